# aclose() on async generators.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def run(aw):
    pauses = []
    try:
        while True:
            pauses.append(aw.send(None))
    except StopIteration as e:
        return e.value, pauses


async def resource(name):
    print(f'  {name} open')
    try:
        yield 1
        yield 2
    finally:
        await pause(f'{name} async cleanup')
        print(f'  {name} closed')


ag = resource('a')
print(run(ag.__anext__()))
print(run(ag.aclose()))
print('after aclose, ag_frame is None:', ag.ag_frame is None)
try:
    run(ag.__anext__())
except StopAsyncIteration:
    print('StopAsyncIteration after aclose')

# aclose on an unstarted or finished generator does nothing.
ag = resource('b')
print(run(ag.aclose()))

async def drain(ag):
    return [x async for x in ag]

ag = resource('c')
print(run(drain(ag)))
print(run(ag.aclose()))

# Catching GeneratorExit and returning is fine.
async def swallow():
    try:
        yield 'x'
    except GeneratorExit:
        print('  swallow saw GeneratorExit')

ag = swallow()
run(ag.__anext__())
print(run(ag.aclose()))

# Yielding in response to aclose -> RuntimeError.
async def stubborn():
    try:
        yield 'x'
    except GeneratorExit:
        yield 'refuse'

ag = stubborn()
run(ag.__anext__())
try:
    run(ag.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)

# An exception raised during aclose propagates.
async def bad_cleanup():
    try:
        yield 'x'
    finally:
        raise ValueError('cleanup failed')

ag = bad_cleanup()
run(ag.__anext__())
try:
    run(ag.aclose())
except ValueError as e:
    print(type(e).__name__, e)

# aclose called from async code, after break in async for.
async def main():
    ag = resource('d')
    async for x in ag:
        print('  got', x)
        break
    print('  loop left, generator still open')
    await ag.aclose()
    return 'main done'

print(run(main()))

# async with + aclose via contextlib.aclosing (3.10+)
from contextlib import aclosing

async def with_aclosing():
    async with aclosing(resource('e')) as ag:
        async for x in ag:
            return x

print(run(with_aclosing()))
