# yield as an expression and generator.send().

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    print('echo got', received)
    yield 'end'


g = echo()
print(g.send(None))        # starts the generator
print(g.send('x'))
print(g.send('y'))
print(g.send(42))
print(next(g))             # next() sends None
try:
    next(g)
except StopIteration:
    print('stopped')


def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


avg = running_average()
next(avg)
for v in [10, 20, 30, 5]:
    print('avg', avg.send(v))

# Sending a non-None value to a just-started generator.
g = echo()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
# The generator is still usable after that error.
print(g.send(None))
print(g.send('ok'))

# Sending to an exhausted generator raises StopIteration.
def once():
    x = yield 1
    print('once received', x)

g = once()
print(next(g))
try:
    g.send('hello')
except StopIteration as e:
    print('StopIteration', e.value)
try:
    g.send('again')
except StopIteration as e:
    print('StopIteration again', e.value)

# Value of a bare yield received from next() is None.
def show():
    while True:
        got = yield
        print('show got', repr(got))

s = show()
next(s)
next(s)
s.send(0)
s.send('')
s.send([1, 2])
s.close()

# yield in various expression positions.
def positions():
    a = (yield 'first') + 1
    b = [(yield 'second'), (yield 'third')]
    c = str((yield 'fourth'))
    d = (yield 'fifth') or 'default'
    yield (a, b, c, d)

g = positions()
print(next(g))
print(g.send(10))
print(g.send('b0'))
print(g.send('b1'))
print(g.send(3.5))
print(g.send(None))
