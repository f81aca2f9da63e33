# yield inside try/except/finally and with blocks.

log = []

def tracked():
    log.append('start')
    try:
        log.append('try')
        yield 1
        log.append('after 1')
        yield 2
    except ValueError:
        log.append('except')
        yield 'recovered'
    else:
        log.append('else')
    finally:
        log.append('finally')
    log.append('end')


print(list(tracked()), log)
log.clear()

g = tracked()
next(g)
print(g.throw(ValueError), log)
print(list(g), log)
log.clear()

# yield inside finally
def yield_in_finally():
    try:
        yield 'body'
    finally:
        yield 'cleanup'

print(list(yield_in_finally()))

# yield in except: the exception is still being handled across the yield
def yield_in_except():
    try:
        raise KeyError('k')
    except KeyError as e:
        yield 'handling ' + repr(e)
        yield 'still handling'
    yield 'after'

print(list(yield_in_except()))

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('  enter', self.name)
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print('  exit', self.name, t.__name__ if t else None, v)
        return self.suppress


def with_gen():
    with CM('a') as a, CM('b') as b:
        x = yield a
        yield b + str(x)
    yield 'outside'

g = with_gen()
print(next(g))
print(g.send(7))
print(next(g))

def suppressing():
    with CM('s', suppress=True):
        yield 'in'
        raise RuntimeError('suppressed')
    yield 'after suppression'

print(list(suppressing()))

# Exception thrown in while inside a with that suppresses.
g = suppressing()
next(g)
print(g.throw(OSError('thrown')))

# return inside try with finally that yields
def return_in_try():  # not a generator: no yield
    try:
        return 'ret'
    finally:
        print('  finally before return')

print(return_in_try())

def ret_gen():
    try:
        yield 1
        return 'ret'
    finally:
        print('  finally on return')

g = ret_gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)

# finally overriding return with its own return
def override():
    try:
        yield 1
        return 'from try'
    finally:
        return 'from finally'

g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)

# finally return swallowing an exception
def swallow():
    try:
        yield 1
        raise ValueError
    finally:
        return 'swallowed'

print(list(swallow()))
