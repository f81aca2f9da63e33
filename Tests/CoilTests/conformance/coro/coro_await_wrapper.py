# coroutine.__await__() returns an iterator (coroutine_wrapper) that drives the
# coroutine; this is how a coroutine can be run by generator-based code.

class Pause:
    def __await__(self):
        got = yield 'pause'
        return got


async def job():
    a = await Pause()
    b = await Pause()
    return (a, b)


c = job()
w = c.__await__()
print(type(w).__name__)
print(iter(w) is w)
print(next(w))
print(w.send('first'))
try:
    w.send('second')
except StopIteration as e:
    print('wrapper result', e.value)

# Driving a coroutine with yield from in a plain generator.
def driver():
    result = yield from job().__await__()
    return ('driver', result)

g = driver()
print(next(g))
print(g.send(1))
try:
    g.send(2)
except StopIteration as e:
    print(e.value)

# throw and close through the wrapper.
async def guarded():
    try:
        await Pause()
    except KeyError as e:
        return f'caught {e}'
    finally:
        print('  guarded finally')

w = guarded().__await__()
next(w)
try:
    w.throw(KeyError('k'))
except StopIteration as e:
    print(e.value)

w = guarded().__await__()
next(w)
w.close()
print('wrapper closed')

# list() over a wrapper collects the values yielded to the driver.
async def three_pauses():
    for _ in range(3):
        await Pause()
    return 'done'

print(list(three_pauses().__await__()))

# A class whose __await__ delegates to a coroutine's wrapper.
class Delegating:
    def __await__(self):
        return job().__await__()

async def use():
    return await Delegating()

c = use()
print(c.send(None), c.send('x'))
try:
    c.send('y')
except StopIteration as e:
    print('delegating result', e.value)
