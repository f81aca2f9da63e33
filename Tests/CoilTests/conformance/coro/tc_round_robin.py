# A round-robin scheduler for async def tasks, driven by .send(None).
import types
from collections import deque


@types.coroutine
def sleep0():
    """Give control back to the scheduler (like asyncio.sleep(0))."""
    yield


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
        self.steps = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.popleft()
            self.steps += 1
            try:
                coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f'  [{name}] finished -> {e.value!r}')
            except Exception as e:
                self.results[name] = e
                print(f'  [{name}] failed -> {type(e).__name__}: {e}')
            else:
                self.ready.append((name, coro))


async def countdown(label, n):
    while n > 0:
        print(label, n)
        n -= 1
        await sleep0()
    return f'{label} done'


async def summer(values):
    total = 0
    for v in values:
        total += v
        print('sum so far', total)
        await sleep0()
    return total


async def nested(depth):
    if depth == 0:
        await sleep0()
        return 0
    print('nested entering', depth)
    r = await nested(depth - 1)
    await sleep0()
    return r + depth


async def failing():
    await sleep0()
    raise ValueError('task failure')


s = Scheduler()
s.spawn('A', countdown('A', 3))
s.spawn('B', countdown('B', 5))
s.spawn('sum', summer([1, 2, 3]))
s.spawn('nested', nested(3))
s.spawn('fail', failing())
s.run()
print('steps', s.steps)
for name in sorted(s.results, key=str):
    r = s.results[name]
    print(name, type(r).__name__, r)
