# Exceptions raised by the inner generator propagate through yield from.

def inner(fail_at):
    for i in range(3):
        if i == fail_at:
            raise ValueError(f'inner failed at {i}')
        yield i


def outer(fail_at):
    try:
        yield from inner(fail_at)
    except ValueError as e:
        print('  outer caught:', e)
        yield 'recovered'
    yield 'outer end'


print(list(outer(1)))
print(list(outer(5)))

# Not caught: propagates to the consumer; every level is finished afterwards.
def middle():
    yield from inner(0)

def top():
    yield 'top start'
    yield from middle()

g = top()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'top finished'))

# Inner raising StopIteration explicitly -> RuntimeError at the inner level.
def bad_inner():
    yield 1
    raise StopIteration('oops')

def wrapper():
    try:
        yield from bad_inner()
    except RuntimeError as e:
        yield f'wrapper saw RuntimeError: {e}'

print(list(wrapper()))

# Exception from the delegator itself after the inner finished.
def after():
    yield from [1]
    raise LookupError('after delegation')

try:
    list(after())
except LookupError as e:
    print(type(e).__name__, e)

# finally blocks run innermost-first during propagation.
def f3():
    try:
        yield 'f3'
        raise KeyError('deep')
    finally:
        print('  finally f3')

def f2():
    try:
        yield from f3()
    finally:
        print('  finally f2')

def f1():
    try:
        yield from f2()
    except KeyError as e:
        print('  f1 caught', e)
    finally:
        print('  finally f1')

print(list(f1()))

# Traceback contains every delegating frame.
import traceback

def d2():
    yield 1
    1 / 0

def d1():
    yield from d2()

try:
    list(d1())
except ZeroDivisionError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
