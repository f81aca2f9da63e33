# An await chain of depth 20 driven by .send(None) without an event loop.
import types


@types.coroutine
def suspend():
    return (yield)


async def node(depth, steps):
    if depth == 0:
        total = 0
        for i in range(steps):
            await suspend()
            total += i
        return total
    return await node(depth - 1, steps) + depth


def run(coro):
    switches = 0
    try:
        while True:
            coro.send(None)
            switches += 1
    except StopIteration as e:
        return e.value, switches


checksum = 0
switches = 0
for _ in range(10_000):
    value, n = run(node(20, 20))
    checksum += value
    switches += n
print('checksum', checksum, 'switches', switches)
