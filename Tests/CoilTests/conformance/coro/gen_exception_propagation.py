# Exceptions raised inside generators propagate to the consumer.

def failing_at(n):
    for i in range(10):
        if i == n:
            raise ValueError(f'failed at {i}')
        yield i


try:
    for x in failing_at(3):
        print('got', x)
except ValueError as e:
    print(type(e).__name__, e)

try:
    print(list(failing_at(0)))
except ValueError as e:
    print(type(e).__name__, e)

# The exception traceback passes through the generator frame.
import traceback
try:
    sum(failing_at(2))
except ValueError as e:
    names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
    print(names)

# Exceptions in the consumer do not affect the generator until it's resumed.
def resilient():
    try:
        yield 1
        yield 2
    finally:
        print('  resilient finally')

g = resilient()
try:
    for x in g:
        print('consumer got', x)
        raise KeyError('consumer error')
except KeyError as e:
    print('consumer caught', e)
print('generator still suspended:', g.gi_frame is not None)
print(next(g))
g.close()

# An exception from a nested generator stage.
def stage1():
    yield 1
    yield 0
    yield 2

def stage2(xs):
    for x in xs:
        yield 10 // x

try:
    for v in stage2(stage1()):
        print('v', v)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Exceptions inside generator expressions.
try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print('genexp', type(e).__name__, e)

# Generator handles its own exceptions and continues.
def safe_div2(pairs):
    for a, b in pairs:
        try:
            result = a / b
        except (ZeroDivisionError, TypeError) as e:
            yield type(e).__name__
        else:
            yield result

print(list(safe_div2([(1, 2), (1, 0), ('a', 1), (9, 3)])))

# KeyboardInterrupt-like BaseException passes through except Exception.
class Stop(BaseException):
    pass

def only_exception():
    try:
        yield 1
        raise Stop('base')
    except Exception:
        yield 'not here'

try:
    list(only_exception())
except Stop as e:
    print('BaseException subclass propagated:', e)
