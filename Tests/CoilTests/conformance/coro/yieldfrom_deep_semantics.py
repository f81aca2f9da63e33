# Deep yield-from / await chains: values, return values, exceptions caught at a middle level,
# gi_running of every generator in the chain, exc_info visibility, throw and close.
import sys
import traceback


def leaf(tag, n):
    got = []
    for i in range(n):
        x = yield (tag, i)
        got.append(x)
    return got


def middle(depth, n):
    if depth == 0:
        r = yield from leaf('leaf', n)
        return ('m0', r)
    r = yield from middle(depth - 1, n)
    return ('m%d' % depth, r)


g = middle(3, 3)
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    g.send('c')
except StopIteration as e:
    print('returned', e.value)


# Exception raised deep inside, caught two levels up; the chain continues afterwards.
def failing():
    yield 1
    raise KeyError('deep')


def catcher():
    try:
        yield from failing()
    except KeyError as e:
        print('caught at catcher', repr(e))
        yield 'after-catch'
    return 'catcher-done'


def outer():
    r = yield from catcher()
    yield ('outer got', r)


g = outer()
for v in g:
    print('v', v)


# Uncaught: the traceback goes through every level.
def l3():
    yield 1
    1 / 0


def l2():
    yield from l3()


def l1():
    yield from l2()


g = l1()
next(g)
try:
    next(g)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([f.name for f in tb])

# gi_running is true for every generator of the chain while the innermost runs.
gens = []


def inner_probe():
    yield [x.gi_running for x in gens]
    yield [x.gi_running for x in gens]


def mid_probe():
    yield from inner_probe()


def top_probe():
    yield from mid_probe()


t = top_probe()
gens.append(t)
print(next(t))
print(next(t))
print(t.gi_running, t.gi_yieldfrom is not None)


# exc_info seen by the innermost generator comes from the delegating frames' handlers.
def show_exc():
    yield sys.exc_info()[0]


def in_handler():
    try:
        raise ValueError('ctx')
    except ValueError:
        yield from show_exc()
        yield from show_exc()


def wrapper():
    yield from in_handler()


w = wrapper()
print(next(w), next(w), sys.exc_info()[0])


# throw() and close() reach the innermost generator.
def closing_leaf():
    try:
        while True:
            try:
                yield 'tick'
            except ValueError as e:
                print('leaf got', e)
    finally:
        print('leaf finally')


def mid2():
    yield from closing_leaf()


def top2():
    yield from mid2()


t = top2()
print(next(t))
print(t.throw(ValueError('boom')))
print(t.send(None))
t.close()
print('closed', t.gi_frame is None)


# Sending into a generator that is already running somewhere in the chain.
def reentrant():
    yield from selfref()


def selfref():
    try:
        yield top.send(None)
    except ValueError as e:
        yield 'ValueError: %s' % e


top = reentrant()
print(next(top))

# await chains driven by send(None).
import types


@types.coroutine
def pause(v):
    got = yield v
    return got


async def a0():
    x = await pause('p0')
    y = await pause('p1')
    return x + y


async def a1():
    return await a0() * 2


async def a2():
    try:
        return await a1()
    finally:
        print('a2 finally')


c = a2()
print(c.send(None))
print(c.send(3))
try:
    c.send(4)
except StopIteration as e:
    print('coroutine result', e.value)


# A for loop over a delegating generator; the delegate finishes mid-way.
def part(n):
    for i in range(n):
        yield i
    return n


def whole():
    a = yield from part(2)
    b = yield from part(3)
    yield a + b


print(list(whole()))
print(sum(x for x in whole()))
