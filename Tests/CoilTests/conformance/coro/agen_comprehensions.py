# Async comprehensions and await inside comprehensions.
import types


@types.coroutine
def pause():
    yield


async def arange(n):
    for i in range(n):
        await pause()
        yield i


async def square(x):
    await pause()
    return x * x


def run(coro):
    n = 0
    while True:
        try:
            coro.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n


async def main():
    results = {}
    results['list'] = [x async for x in arange(5)]
    results['set'] = {x % 3 async for x in arange(10)}
    results['dict'] = {x: str(x) async for x in arange(3)}
    results['filtered'] = [x async for x in arange(10) if x % 2]
    results['await in element'] = [await square(x) for x in range(4)]
    results['await in async comp'] = [await square(x) async for x in arange(4)]
    results['await in condition'] = [x for x in range(6) if await square(x) > 10]
    results['nested'] = [(x, y) async for x in arange(3) for y in range(x)]
    results['nested async'] = [(x, y) async for x in arange(2) async for y in arange(2)]
    results['mixed'] = [x + y for x in range(2) async for y in arange(2)]
    gen = (x * 10 async for x in arange(3))
    results['async genexp type'] = type(gen).__name__
    results['async genexp'] = [v async for v in gen]
    results['dict await'] = {k: await square(k) for k in [2, 3]}
    results['set await'] = {await square(k) for k in [-2, 2]}
    return results


result, suspensions = run(main())
for key, value in result.items():
    print(f'{key}: {value}')
print('suspensions', suspensions)

# A generator expression with await inside an async function is an async generator.
async def genexp_with_await():
    g = (await square(x) for x in range(3))
    return type(g).__name__, [v async for v in g]

print(run(genexp_with_await())[0])

# Comprehension variables do not leak.
async def no_leak():
    x = 'outer'
    _ = [x async for x in arange(2)]
    return x

print(run(no_leak())[0])

# Async comprehension outside an async function is a SyntaxError.
try:
    compile('[x async for x in y]', '<test>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('def f():\n    return [x async for x in y]\n', '<test>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
