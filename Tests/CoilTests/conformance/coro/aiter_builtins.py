# aiter() and anext() builtins (Python 3.10+).

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Numbers:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen():
    yield 'a'
    yield 'b'


async def main():
    it = aiter(Numbers(2))
    print('  aiter returned the same object:', isinstance(it, Numbers))
    print('  anext', await anext(it))
    print('  anext', await anext(it))
    print('  anext default', await anext(it, 'default'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('  StopAsyncIteration raised')

    g = agen()
    print('  agen', await anext(g), await anext(g), await anext(g, 'end'))

    try:
        aiter(5)
    except TypeError as e:
        print(' ', type(e).__name__, e)
    try:
        await anext(5)
    except TypeError as e:
        print(' ', type(e).__name__, e)
    try:
        anext([1])
    except TypeError as e:
        print(' ', type(e).__name__, e)
    return 'main done'


print(run(main()))

# anext() returns an awaitable; it does nothing until awaited.
async def noisy():
    print('  noisy produced')
    yield 1

g = noisy()
aw = anext(g)
print('awaitable created')

async def await_it(x):
    return await x

print(run(await_it(aw)))
