# Async generators: yield inside async def.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def run(coro):
    pauses = []
    while True:
        try:
            pauses.append(coro.send(None))
        except StopIteration as e:
            return e.value, pauses


async def countdown(n):
    print('  countdown started')
    while n > 0:
        await pause(f'before {n}')
        yield n
        n -= 1
    print('  countdown finished')


print('calling')
ag = countdown(2)
print('called, nothing ran yet')
print(type(ag).__name__)
print(ag.__aiter__() is ag)


async def consume():
    out = []
    async for v in countdown(3):
        out.append(v)
    return out

print(run(consume()))

# Driving __anext__ by hand: the awaitable's send() either yields a value to
# the driver (an await inside the generator) or raises StopIteration(value)
# (a value yielded by the async generator).
ag = countdown(2)
step = ag.__anext__()
print(type(step).__name__)
print('send ->', step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print('StopIteration carries the yielded value:', e.value)

step = ag.__anext__()
print('send ->', step.send(None))
try:
    step.send(None)
except StopIteration as e:
    print('StopIteration carries the yielded value:', e.value)

step = ag.__anext__()
try:
    step.send(None)
except StopAsyncIteration:
    print('StopAsyncIteration at the end')

# Further __anext__ calls keep raising StopAsyncIteration.
try:
    ag.__anext__().send(None)
except StopAsyncIteration:
    print('still StopAsyncIteration')

# Async generator without awaits.
async def letters():
    for ch in 'xyz':
        yield ch

async def gather_letters():
    return [c async for c in letters()]

print(run(gather_letters()))

# Yield expressions receive asend() values; plain iteration sends None.
async def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    yield received

async def iterate_echo():
    return [v async for v in echo()]

print(run(iterate_echo())[0])

# Return without value ends iteration.
async def early(flag):
    yield 'first'
    if flag:
        return
    yield 'second'

async def both():
    return [x async for x in early(True)], [x async for x in early(False)]

print(run(both())[0])

# Attributes
async def attrs():
    yield 1

ag = attrs()
print(ag.__name__, ag.__qualname__, ag.ag_code.co_name)
print(ag.ag_running, ag.ag_frame is not None, ag.ag_await)
