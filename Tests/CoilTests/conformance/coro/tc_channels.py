# Producer/consumer tasks communicating through a channel awaitable,
# scheduled by a small round-robin loop.
import types
from collections import deque


class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = deque()
        self.closed = False

    @types.coroutine
    def put(self, item):
        while len(self.items) >= self.capacity:
            yield 'blocked on put'
        self.items.append(item)

    @types.coroutine
    def get(self):
        while not self.items:
            if self.closed:
                return None
            yield 'blocked on get'
        return self.items.popleft()

    def close(self):
        self.closed = True


class Loop:
    def __init__(self):
        self.tasks = deque()
        self.switches = 0

    def add(self, name, coro):
        self.tasks.append((name, coro))

    def run(self):
        while self.tasks:
            name, coro = self.tasks.popleft()
            try:
                reason = coro.send(None)
            except StopIteration as e:
                print(f'{name} returned {e.value!r}')
                continue
            self.switches += 1
            self.tasks.append((name, coro))


async def producer(ch, name, items):
    for item in items:
        await ch.put(f'{name}{item}')
        print(f'{name} put {item} (queue size {len(ch.items)})')
    return f'{name} produced {len(items)}'


async def consumer(ch, name):
    got = []
    while True:
        item = await ch.get()
        if item is None:
            break
        print(f'{name} got {item}')
        got.append(item)
    return got


async def closer(ch, producers_done):
    while not all(p() for p in producers_done):
        await types.coroutine(lambda: (yield))()
    ch.close()
    print('channel closed')
    return 'closer'


ch = Channel(capacity=2)
loop = Loop()
state = {'p': False, 'q': False}

async def tracked(name, coro):
    result = await coro
    state[name] = True
    return result

loop.add('prodP', tracked('p', producer(ch, 'p', [1, 2, 3, 4])))
loop.add('prodQ', tracked('q', producer(ch, 'q', [1, 2])))
loop.add('cons', consumer(ch, 'c'))
loop.add('closer', closer(ch, [lambda: state['p'], lambda: state['q']]))
loop.run()
print('switches', loop.switches)
