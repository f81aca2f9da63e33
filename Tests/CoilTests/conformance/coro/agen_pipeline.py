# Async generator pipelines run by a small round-robin scheduler.
import types
from collections import deque


@types.coroutine
def switch():
    yield


async def source(name, n):
    for i in range(n):
        print(f'  {name} produces {i}')
        yield i
        await switch()


async def scale(agen, factor):
    async for x in agen:
        yield x * factor


async def keep_even(agen):
    async for x in agen:
        if x % 2 == 0:
            yield x


async def running_total(agen):
    total = 0
    async for x in agen:
        total += x
        yield total


async def sink(name, agen, log):
    async for value in agen:
        log.append((name, value))
        await switch()
    return name


def run_all(*coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            results.append(e.value)
        else:
            ready.append(c)
    return results


log = []
print(run_all(
    sink('A', running_total(keep_even(scale(source('srcA', 5), 3))), log),
    sink('B', scale(source('srcB', 3), 100), log),
))
print(log)

# An async generator delegating to another one (no 'yield from' in async gens).
async def chain(*agens):
    for ag in agens:
        async for x in ag:
            yield x

async def collect():
    return [x async for x in chain(source('c1', 2), source('c2', 2))]

print(run_all(collect()))

# Early exit from a pipeline: closing the outermost stage with aclose() closes
# only that stage; inner stages are closed when dropped.
async def noisy_source():
    try:
        for i in range(100):
            yield i
    finally:
        print('  noisy_source finalized')

async def stage(agen):
    try:
        async for x in agen:
            yield x
    finally:
        print('  stage finalized')

async def take_two():
    s = stage(noisy_source())
    out = []
    async for x in s:
        out.append(x)
        if len(out) == 2:
            break
    await s.aclose()
    return out

print(run_all(take_two()))
