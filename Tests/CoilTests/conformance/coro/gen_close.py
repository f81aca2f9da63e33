# generator.close() and GeneratorExit.

def worker(name):
    try:
        print(' ', name, 'start')
        yield 1
        yield 2
        yield 3
    except GeneratorExit:
        print(' ', name, 'got GeneratorExit')
        raise
    finally:
        print(' ', name, 'finally')


g = worker('a')
print(next(g))
print(g.close())
print('closed')
print(list(g))
g.close()          # closing again is a no-op
print('second close ok')

# close() on a generator that never started: nothing runs.
g = worker('b')
g.close()
print('unstarted closed', list(g))

# close() on an exhausted generator: nothing runs.
g = worker('c')
print(list(g))
g.close()
print('exhausted closed')

# A generator that swallows GeneratorExit and returns is fine.
def swallow():
    try:
        yield 'x'
    except GeneratorExit:
        print('  swallowed')
        return 'ignored value'

g = swallow()
next(g)
print(g.close())

# A generator that yields after GeneratorExit -> RuntimeError.
def stubborn():
    while True:
        try:
            yield 'still here'
        except GeneratorExit:
            print('  refusing to close')

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# Dropping the last reference closes it once more: it refuses again and the
# RuntimeError is reported on stderr as an unraisable exception (not raised).
print('dropping stubborn')
del g
print('dropped')

# A different exception raised while closing propagates.
def raiser():
    try:
        yield
    except GeneratorExit:
        raise ValueError('error during close')

g = raiser()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)

# with-blocks inside a generator exit on close().
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  enter', self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print('  exit', self.name, exc_type.__name__ if exc_type else None)
        return False


def uses_resources():
    with Resource('outer'):
        with Resource('inner'):
            yield 'inside'
            yield 'never'

g = uses_resources()
print(next(g))
g.close()
print('after close')

# GeneratorExit is a BaseException, not an Exception.
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def catch_exception():
    try:
        yield 1
    except Exception:
        print('  not reached')
    finally:
        print('  finally of catch_exception')

g = catch_exception()
next(g)
g.close()
print('done')
