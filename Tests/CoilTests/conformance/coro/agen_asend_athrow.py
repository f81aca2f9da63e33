# asend() and athrow() on async generators.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


def step(aw, value=None):
    """Run one awaitable returned by asend/athrow/anext to completion.

    Returns ('yielded', v) for a value yielded by the async generator,
    or ('stopped', None) for StopAsyncIteration."""
    pauses = []
    try:
        while True:
            pauses.append(aw.send(None))
    except StopIteration as e:
        return ('yielded', e.value, pauses)
    except StopAsyncIteration:
        return ('stopped', None, pauses)


async def accumulator():
    total = 0
    try:
        while True:
            try:
                value = yield total
                await pause(f'adding {value}')
                total += value
            except ValueError as e:
                print('  accumulator got ValueError', e)
                total = -1
    finally:
        print('  accumulator finally, total', total)


ag = accumulator()
print(step(ag.asend(None)))
print(step(ag.asend(5)))
print(step(ag.asend(10)))
print(step(ag.athrow(ValueError('reset'))))
print(step(ag.asend(3)))

# athrow with an unhandled exception: raised out of the awaitable.
try:
    step(ag.athrow(KeyError('fatal')))
except KeyError as e:
    print(type(e).__name__, e)
print(step(ag.asend(None)))

# asend with a non-None value to a just-started async generator.
ag = accumulator()
try:
    step(ag.asend(1))
except TypeError as e:
    print(type(e).__name__, e)

# athrow into an unstarted async generator.
ag = accumulator()
try:
    step(ag.athrow(RuntimeError('early')))
except RuntimeError as e:
    print(type(e).__name__, e)
print(step(ag.asend(None)))

# athrow forms: type, type+value, instance.
async def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            yield f'caught {type(e).__name__}{e.args}'

ag = catcher()
print(step(ag.asend(None)))
print(step(ag.athrow(IndexError)))
print(step(ag.asend(None)))
print(step(ag.athrow(IndexError, 'value')))
print(step(ag.asend(None)))
print(step(ag.athrow(IndexError('inst'))))

# Awaiting asend() inside an async function.
async def driver():
    ag = accumulator()
    await ag.asend(None)
    a = await ag.asend(1)
    b = await ag.asend(2)
    await ag.aclose()
    return a, b

c = driver()
pauses = []
try:
    while True:
        pauses.append(c.send(None))
except StopIteration as e:
    print('driver ->', e.value, pauses)

# The awaitables can't be reused once finished.
ag = catcher()
aw = ag.asend(None)
print(step(aw))
try:
    aw.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
