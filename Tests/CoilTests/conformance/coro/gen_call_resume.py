# g.send(v), next(g) and g.__next__() called from script code: values, StopIteration at the
# call, exceptions from the body, and generator state while the call runs.
import sys


def echo():
    got = None
    while True:
        got = yield ('echo', got)
        if got == 'stop':
            return 'finished'


g = echo()
print(next(g))
print(g.send(1))
print(g.__next__())
print(g.send([2, 3]))
try:
    g.send('stop')
except StopIteration as e:
    print('StopIteration', repr(e.value), e.args)
try:
    g.send(5)
except StopIteration as e:
    print('again', repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print('next on finished', repr(e.value), e.args)


def returns_none():
    yield 1


g = returns_none()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('None return', e.args, repr(e.value))


def returns_tuple():
    yield 1
    return (1, 2)


g = returns_tuple()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print('tuple return', e.args, e.value)


def returns_exc():
    yield
    return KeyError('k')


g = returns_exc()
next(g)
try:
    g.__next__()
except StopIteration as e:
    print('exception value', type(e.value).__name__, e.args)


# A just-started generator only accepts None.
def simple():
    x = yield 1
    yield x


g = simple()
try:
    g.send(42)
except TypeError as e:
    print('TypeError', e)
print(g.send(None), g.send('x'))


# Exceptions raised inside the body propagate through send/next with the body's frames.
def raiser():
    yield 1
    raise ValueError('inside')


g = raiser()
next(g)
try:
    g.send(None)
except ValueError as e:
    print('ValueError', e)
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name if hasattr(tb, 'tb_frame') else '?')
        tb = tb.tb_next
    print('frames', len(names))
print('finished after raise', g.gi_frame is None)


# PEP 479: StopIteration inside becomes RuntimeError.
def leaks():
    yield 1
    raise StopIteration('leak')


g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__)


# Running state seen from inside.
def watch():
    print('  running', w.gi_running, w.gi_frame is not None)
    yield 1
    print('  running again', w.gi_running)
    yield 2


w = watch()
print(next(w), w.gi_running)
print(w.send(None), w.gi_running)


# Re-entering from inside the body.
def reenter():
    try:
        r.send(None)
    except ValueError as e:
        print('  inner', e)
    try:
        next(r)
    except ValueError as e:
        print('  inner next', e)
    yield 'ok'


r = reenter()
print(r.send(None))


# next() with a default: exhausted returns the default, values pass through.
def two():
    yield 1
    yield 2
    return 'ret'


g = two()
print(next(g, 'd'), next(g, 'd'), next(g, 'd'), next(g, 'd'))


# The StopIteration is raised at the call: an enclosing handler in the caller sees it, and a
# caller's active exception becomes its context.
def one():
    yield 1
    return 'v'


def caller():
    g = one()
    next(g)
    try:
        raise KeyError('active')
    except KeyError:
        try:
            next(g)
        except StopIteration as e:
            print('context', type(e.__context__).__name__, repr(e.value))


caller()


# A temporary generator: resumed and dropped in one expression; its finally runs on reclaim.
def temp():
    try:
        yield 'first'
    finally:
        print('  temp closed')


print(next(temp()))
print('after temp')


# A generator dropping its last outside reference while it runs.
def drops():
    global holder
    holder = None
    yield 'still alive'
    print('  resumed')
    yield 'second'


holder = drops()
h2 = holder
print(holder.send(None))
print(h2.send(None))


# send/next through a yield-from chain.
def inner():
    a = yield 'i1'
    b = yield ('i2', a)
    return ('inner done', b)


def outer():
    r = yield from inner()
    yield ('outer got', r)
    return 'outer done'


g = outer()
print(next(g))
print(g.send('A'))
print(g.send('B'))
try:
    g.send('C')
except StopIteration as e:
    print('chain stop', e.value)


# Bound method objects and unbound descriptor calls take the ordinary path.
g = two()
m = g.send
print(m(None), type(g).send(g, None))
try:
    type(g).send(g, None)
except StopIteration as e:
    print('descriptor stop', e.value)


# Traceback entries: the caller's line, then the generator's for errors from the body; only
# the caller's line for the StopIteration of a finished generator.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def failing():
    yield 1
    x = 1
    raise IndexError(x)


def drive_failing():
    g = failing()
    next(g)
    try:
        next(g)
    except IndexError as e:
        print('body error lines', lines(e))
    g = one()
    next(g)
    try:
        g.send(None)
    except StopIteration as e:
        print('stop lines', lines(e))


drive_failing()
