# A tour of Coil's coroutine machinery: generators, yield from, native coroutines driven by a
# tiny scheduler, async generators and greenlets — all on one suspended-frame mechanism.
from greenlet import greenlet


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay():
    result = yield from countdown(3)
    print("relay got:", result)


print("generators:", list(relay()))


class Sleep:
    """An awaitable that yields control back to the scheduler once."""
    def __await__(self):
        yield self


async def worker(name, steps):
    for i in range(steps):
        print(f"  {name} step {i}")
        await Sleep()
    return f"{name} done"


def run_all(*coros):
    results, ready = [], list(coros)
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
            ready.append(coro)
        except StopIteration as stop:
            results.append(stop.value)
    return results


print("coroutines:")
print(run_all(worker("a", 2), worker("b", 3)))


async def ticker(n):
    for i in range(n):
        yield i * i
        await Sleep()


async def collect():
    return [x async for x in ticker(4)]


print("async generator:", run_all(collect()))


def ping():
    for i in range(3):
        print("  ping", i)
        pong_g.switch()


def pong():
    while True:
        print("  pong")
        ping_g.switch()


ping_g, pong_g = greenlet(ping), greenlet(pong)
print("greenlets:")
ping_g.switch()
