# close() on a delegating generator closes the inner one first.

def inner(name):
    try:
        yield f'{name}-1'
        yield f'{name}-2'
    except GeneratorExit:
        print(f'  {name} GeneratorExit')
        raise
    finally:
        print(f'  {name} finally')


def outer():
    try:
        yield from inner('a')
    finally:
        print('  outer finally')


g = outer()
print(next(g))
g.close()
print('closed', g.gi_frame is None)

# Three levels.
def level(n):
    try:
        if n == 0:
            yield 'bottom'
        else:
            yield from level(n - 1)
    finally:
        print('  level', n, 'finally')

g = level(3)
print(next(g))
g.close()

# Inner swallowing GeneratorExit with return: the outer still gets GeneratorExit
def swallowing_inner():
    try:
        yield 'x'
    except GeneratorExit:
        print('  inner swallowed')
        return 'value ignored'

def outer2():
    try:
        result = yield from swallowing_inner()
        print('  not reached', result)
        yield 'not reached'
    except GeneratorExit:
        print('  outer2 GeneratorExit')
        raise

g = outer2()
next(g)
g.close()
print('outer2 closed')

# Inner yielding in response to GeneratorExit -> RuntimeError.
def stubborn_inner():
    try:
        yield 'still'
    except GeneratorExit:
        print('  stubborn inner ignores close')
        yield 'again'

def outer3():
    yield from stubborn_inner()

g = outer3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# Dropping the outer generator closes the whole chain.
def outer4():
    try:
        yield from inner('drop')
    finally:
        print('  outer4 finally')

g = outer4()
next(g)
print('dropping')
del g
print('dropped')

# Closing an iterator without close() is fine; one with close() is called.
class WithClose:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def close(self):
        print('  WithClose.close called')

def delegate(it):
    yield from it

g = delegate(WithClose())
print(next(g), next(g))
g.close()

g = delegate(iter([1, 2, 3]))
next(g)
g.close()
print('list iterator closed fine')
