# coro.send(v) called from script code: values through an await chain, the StopIteration
# carrying the result, errors from the body, reuse of a finished coroutine and running state.
import types


@types.coroutine
def suspend(tag):
    got = yield ('suspended', tag)
    return got


async def leaf(n):
    total = 0
    for i in range(n):
        total += await suspend(i)
    return total


async def middle(n):
    return await leaf(n) * 10


def run(coro, values):
    out = []
    try:
        out.append(coro.send(None))
        for v in values:
            out.append(coro.send(v))
    except StopIteration as e:
        out.append(('result', e.value))
    return out


print(run(middle(3), [1, 2, 3]))

c = middle(1)
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print('done', e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)


async def nothing():
    return None


c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print('None result', e.args, e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('reuse', e)


async def boom():
    await suspend('b')
    raise KeyError('boom')


c = boom()
print(c.send(None))
try:
    c.send(None)
except KeyError as e:
    print('KeyError', e)


async def fresh():
    return 1


c = fresh()
try:
    c.send(1)
except TypeError as e:
    print('TypeError', e)
c.close()


async def watch():
    print('  cr_running', w.cr_running, w.cr_frame is not None)
    await suspend('w')
    print('  cr_running again', w.cr_running)
    return 'w done'


w = watch()
print(w.send(None), w.cr_running, w.cr_await is not None)
try:
    w.send(None)
except StopIteration as e:
    print('watched', e.value)


async def reenter():
    try:
        me.send(None)
    except ValueError as e:
        print('  inner', e)
    return 'ok'


me = reenter()
try:
    me.send(None)
except StopIteration as e:
    print('reenter', e.value)


# The StopIteration raised inside a coroutine becomes RuntimeError (PEP 479).
async def leaks():
    raise StopIteration('x')


try:
    leaks().send(None)
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__))


# A coroutine awaiting an object with __await__ that yields plain values.
class Ticks:
    def __await__(self):
        a = yield 'tick1'
        b = yield 'tick2'
        return (a, b)


async def ticking():
    return await Ticks()


c = ticking()
print(c.send(None), c.send('A'))
try:
    c.send('B')
except StopIteration as e:
    print('ticks', e.value)
