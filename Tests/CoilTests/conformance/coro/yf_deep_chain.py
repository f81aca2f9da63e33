# A 10,000-deep chain of generators delegating with yield from.
# CPython recurses on the C stack for each level and only manages this with a
# raised recursion limit (the default limit 1000 allows a depth of about 997).
import sys

sys.setrecursionlimit(15000)


def chain(n):
    if n == 0:
        received = yield 'leaf'
        yield f'leaf got {received}'
        return 0
    depth = yield from chain(n - 1)
    return depth + 1


g = chain(10000)
print(next(g))
print(g.send('hello'))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)

# Throwing into the deep chain reaches the leaf.
def catching_chain(n):
    if n == 0:
        try:
            yield 'ready'
        except KeyError as e:
            yield f'leaf caught {e}'
        return 'leaf'
    return (yield from catching_chain(n - 1))

g = catching_chain(10000)
print(next(g))
print(g.throw(KeyError('deep')))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)

# Closing the deep chain runs every finally block.
closed = []

def closing_chain(n):
    try:
        if n == 0:
            yield 'bottom'
        else:
            yield from closing_chain(n - 1)
    finally:
        closed.append(n)

g = closing_chain(10000)
print(next(g))
g.close()
print(len(closed), closed[:3], closed[-3:])

# Many values through a moderately deep chain.
def relay(n, items):
    if n == 0:
        yield from items
    else:
        yield from relay(n - 1, items)

print(sum(relay(500, range(1000))))
