# yield from passes send() values to the innermost generator (PEP 380).

def inner():
    print('  inner started')
    a = yield 'inner-1'
    print('  inner got', a)
    b = yield 'inner-2'
    print('  inner got', b)
    return a + b


def middle():
    print('  middle started')
    result = yield from inner()
    print('  middle got result', result)
    c = yield 'middle-1'
    print('  middle got', c)
    return result * 2


def outer():
    result = yield from middle()
    print('  outer got result', result)
    yield 'outer-done'


g = outer()
print(next(g))
print(g.send(10))
print(g.send(5))
print(g.send('c'))
try:
    next(g)
except StopIteration:
    print('finished')

# The delegating generator does not see the sent values.
def spy():
    while True:
        x = yield
        print('  spy received', repr(x))

def wrapper():
    yield from spy()

w = wrapper()
next(w)
w.send(1)
w.send('two')
w.send(None)
next(w)
w.close()

# Sending before start through yield from.
w = wrapper()
try:
    w.send('early')
except TypeError as e:
    print(type(e).__name__, e)

# Echo through three levels.
def echo():
    value = None
    while True:
        value = yield value
        if value == 'stop':
            return 'echo stopped'

def level(n):
    if n == 0:
        return (yield from echo())
    return (yield from level(n - 1)) + f'/{n}'

g = level(3)
next(g)
for msg in ['a', 'b', 'c']:
    print(g.send(msg))
try:
    g.send('stop')
except StopIteration as e:
    print('result', e.value)
