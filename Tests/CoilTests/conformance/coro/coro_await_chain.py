# await chains: suspension from the innermost awaitable reaches the driver.

class Suspend:
    """An awaitable that yields a value to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield self.tag
        return reply


async def level3():
    a = await Suspend('L3-first')
    b = await Suspend('L3-second')
    return f'{a}+{b}'


async def level2():
    r = await level3()
    return f'L2({r})'


async def level1():
    r = await level2()
    extra = await Suspend('L1')
    return f'L1({r}, {extra})'


c = level1()
print(c.send(None))
print(c.send('x'))
print(c.send('y'))
try:
    c.send('z')
except StopIteration as e:
    print('result', e.value)

# Driving loop that answers each suspension.
def drive(coro, answer):
    value = None
    steps = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value, steps
        steps += 1
        value = answer(request)

print(drive(level1(), str.upper))

# The same coroutine function awaited many times in a loop.
async def double(x):
    return await Suspend(x) * 2

async def total(n):
    s = 0
    for i in range(n):
        s += await double(i)
    return s

print(drive(total(10), lambda v: v + 1))

# Deep chain of 100 coroutines.
async def deep(n):
    if n == 0:
        return await Suspend('bottom')
    return 1 + await deep(n - 1)

print(drive(deep(100), lambda _: 0))

# Awaiting coroutine objects stored in variables and data structures.
async def const(v):
    return v

async def collect():
    pending = [const(i) for i in range(5)]
    results = []
    for p in pending:
        results.append(await p)
    d = {'a': const('A')}
    results.append(await d['a'])
    return results

print(drive(collect(), None))
