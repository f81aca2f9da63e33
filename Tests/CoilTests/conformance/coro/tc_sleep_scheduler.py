# A scheduler with virtual time: tasks await sleep(n) and are resumed in
# order of wake-up time (ties broken by sequence number).
import heapq
import types


@types.coroutine
def sleep(delay):
    woke_at = yield ('sleep', delay)
    return woke_at


@types.coroutine
def now():
    t = yield ('now',)
    return t


class Kernel:
    def __init__(self):
        self.clock = 0
        self.queue = []
        self.seq = 0
        self.finished = []

    def spawn(self, coro, at=0):
        self.seq += 1
        heapq.heappush(self.queue, (at, self.seq, coro, None))

    def run(self):
        while self.queue:
            when, _, coro, value = heapq.heappop(self.queue)
            self.clock = when
            while True:
                try:
                    request = coro.send(value)
                except StopIteration as e:
                    self.finished.append((self.clock, e.value))
                    break
                if request[0] == 'now':
                    value = self.clock
                    continue
                _, delay = request
                self.seq += 1
                heapq.heappush(self.queue, (self.clock + delay, self.seq, coro, self.clock + delay))
                break


kernel = Kernel()


async def ticker(name, interval, count):
    for i in range(count):
        t = await sleep(interval)
        print(f'{t:3} {name} tick {i}')
    return name


async def slow_then_fast():
    await sleep(10)
    print(f'{await now():3} slow part done')
    for _ in range(3):
        await sleep(1)
    print(f'{await now():3} fast part done')
    return 'stf'


async def spawner():
    print(f'{await now():3} spawner starts a child at t+4')
    kernel.spawn(ticker('child', 2, 2), at=(await now()) + 4)
    await sleep(0)
    return 'spawner'


kernel.spawn(ticker('fast', 1, 4))
kernel.spawn(ticker('slow', 3, 3))
kernel.spawn(slow_then_fast())
kernel.spawn(spawner())
kernel.run()
print('clock', kernel.clock)
print(kernel.finished)
