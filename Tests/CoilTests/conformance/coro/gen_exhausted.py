# Behaviour of exhausted generators.

def two():
    yield 1
    yield 2
    return 'r'


g = two()
print(next(g), next(g))
for i in range(3):
    try:
        next(g)
    except StopIteration as e:
        # The return value is only reported the first time.
        print('attempt', i, 'StopIteration', repr(e.value))

print(next(g, 'default'))
print(list(g), tuple(g), sum(g))
for x in g:
    print('never printed')
print('for loop over exhausted generator did nothing')

try:
    g.send(None)
except StopIteration as e:
    print('send on exhausted -> StopIteration', repr(e.value))
try:
    g.send(5)
except StopIteration as e:
    print('send(5) on exhausted -> StopIteration')
g.close()
print('close ok')

# A generator that failed is also exhausted.
def boom():
    yield 'a'
    raise KeyError('b')

g = boom()
print(next(g))
try:
    next(g)
except KeyError as e:
    print('KeyError', e)
print(next(g, 'exhausted after error'))

# Unpacking an exhausted generator.
g = two()
a, b = g
print(a, b)
try:
    a, b = g
except ValueError as e:
    print(type(e).__name__, e)

# Sharing a generator between two consumers.
g = iter(range(6))
def pairs(it):
    for x in it:
        yield x, next(it, None)
print(list(pairs(g)))
