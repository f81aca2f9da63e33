# A coroutine object can only be awaited once.

async def value():
    return 42


async def await_twice():
    c = value()
    first = await c
    print('  first await ->', first)
    try:
        await c
    except RuntimeError as e:
        print(' ', type(e).__name__, e)
    return 'ok'


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(run(await_twice()))

# Sending to a finished coroutine.
c = value()
print(run(c))
for _ in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)

# A coroutine that raised is finished too.
async def fails():
    raise ValueError('inside')

c = fails()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# A closed coroutine cannot be awaited.
async def await_closed():
    c = value()
    c.close()
    try:
        await c
    except RuntimeError as e:
        print(' ', type(e).__name__, e)

run(await_closed())

# Awaiting a coroutine that is currently suspended elsewhere.
class Pause:
    def __await__(self):
        yield 'paused'

async def sleeper():
    await Pause()
    return 'slept'

shared = sleeper()

async def first_awaiter():
    return await shared

async def second_awaiter():
    try:
        return await shared
    except RuntimeError as e:
        return f'{type(e).__name__}: {e}'

a = first_awaiter()
print(a.send(None))           # shared is now suspended inside a
print(run(second_awaiter()))
print(run(a))

# A coroutine awaiting itself is re-entered while running.
async def selfish():
    await me

me = selfish()
try:
    me.send(None)
except ValueError as e:
    print(type(e).__name__, e)
