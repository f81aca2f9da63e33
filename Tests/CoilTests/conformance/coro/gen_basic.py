# Basic generator functions: yield statements, next(), for loops, exhaustion.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def three():
    yield 'a'
    yield 'b'
    yield 'c'


g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)

print(list(count_up(5)))
print(sum(count_up(101)))
print(tuple(three()))
print('-'.join(three()))

for ch in three():
    print('for', ch)

# A generator is its own iterator.
g = three()
print(iter(g) is g)
print(next(g), list(g))
print(list(g))

# Calling the function runs nothing until next().
def noisy():
    print('  noisy started')
    yield 1
    print('  noisy resumed')

print('before call')
g = noisy()
print('after call')
print(next(g))
print(next(g, 'done'))

# Empty generator (yield never reached).
def empty():
    return
    yield

print(list(empty()))

# Unpacking, in/not in, max/min, sorted and zip consume generators.
a, b, c = three()
print(a, b, c)
print(2 in count_up(5), 7 in count_up(5))
print(max(count_up(10)), min(x * x - 6 * x for x in count_up(10)))
print(sorted(count_up(4), reverse=True))
print(list(zip(count_up(10), three())))
print(dict(enumerate(three(), 1)))
