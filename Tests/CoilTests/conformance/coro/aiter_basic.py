# async for over objects with __aiter__/__anext__, driven without an event loop.
import types


@types.coroutine
def pause(tag):
    yield tag


class Countdown:
    def __init__(self, start):
        self.n = start

    def __aiter__(self):
        print('  __aiter__ called')
        return self

    async def __anext__(self):
        if self.n <= 0:
            print('  raising StopAsyncIteration')
            raise StopAsyncIteration
        await pause(f'anext {self.n}')
        self.n -= 1
        return self.n + 1


def run(coro):
    pauses = []
    while True:
        try:
            pauses.append(coro.send(None))
        except StopIteration as e:
            return e.value, pauses


async def collect(aiterable):
    items = []
    async for x in aiterable:
        items.append(x)
    return items

print(run(collect(Countdown(3))))

# async for ... else: else runs when the loop is not broken.
async def with_else(n, stop_at):
    async for x in Countdown(n):
        if x == stop_at:
            print('  break at', x)
            break
    else:
        print('  else clause ran')
        return 'no break'
    return 'broke'

print(run(with_else(3, 99))[0])
print(run(with_else(3, 2))[0])

# continue inside async for, and tuple unpacking targets.
class Pairs:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def pairs_demo():
    out = []
    async for key, value in Pairs([('a', 1), ('b', 2), ('c', 3)]):
        if key == 'b':
            continue
        out.append(f'{key}={value}')
    return out

print(run(pairs_demo())[0])

# __anext__ returning a custom awaitable instead of being async def.
class Awaitable:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        if self.value is None:
            raise StopAsyncIteration
        yield 'custom await'
        return self.value

class Manual:
    def __init__(self, values):
        self.values = list(values) + [None]

    def __aiter__(self):
        return self

    def __anext__(self):
        return Awaitable(self.values.pop(0))

print(run(collect(Manual(['x', 'y']))))

# __aiter__ returning a separate iterator object.
class Iterable:
    def __aiter__(self):
        return Countdown(2)

print(run(collect(Iterable())))

# Nested async for loops.
async def nested():
    result = []
    async for i in Pairs([1, 2]):
        async for j in Pairs('ab'):
            result.append(f'{i}{j}')
    return result

print(run(nested())[0])

# Exceptions inside the loop body propagate; StopAsyncIteration raised in
# the body is not swallowed.
async def body_raises():
    try:
        async for x in Countdown(3):
            raise KeyError(x)
    except KeyError as e:
        return f'caught KeyError {e}'

print(run(body_raises())[0])

# The iterator is not closed by break (it has no aclose here); state remains.
async def resume_after_break():
    it = Pairs(range(5))
    async for x in it:
        if x == 1:
            break
    rest = [x async for x in it]
    return rest

print(run(resume_after_break())[0])
