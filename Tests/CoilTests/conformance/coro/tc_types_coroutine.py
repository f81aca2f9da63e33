# types.coroutine: generator-based coroutines that interoperate with async def.
import types


@types.coroutine
def suspend(value):
    """Yields value to the driver and returns what the driver sends back."""
    received = yield value
    return received


async def worker(name):
    a = await suspend(f'{name}: step 1')
    b = await suspend(f'{name}: step 2')
    return f'{name} got {a} and {b}'


c = worker('w')
print(c.send(None))
print(c.send('A'))
try:
    c.send('B')
except StopIteration as e:
    print(e.value)

# The decorated function still returns a generator object...
g = suspend(1)
print(type(g).__name__)
# ...flagged as an iterable coroutine, so it is awaitable.
print(g.gi_code.co_flags & 0x100 != 0)
g.close()


# A types.coroutine generator may 'yield from' native coroutines and other awaitables.
async def native(x):
    return await suspend(x * 10)

@types.coroutine
def legacy(x):
    first = yield from native(x)
    second = yield from suspend('legacy direct')
    return first, second

async def top():
    return await legacy(4)

c = top()
print(c.send(None))
print(c.send('r1'))
try:
    c.send('r2')
except StopIteration as e:
    print('top ->', e.value)

# A plain generator cannot 'yield from' a native coroutine.
def plain():
    yield from native(1)

try:
    next(plain())
except TypeError as e:
    print(type(e).__name__, e)

# types.coroutine on a non-generator function that returns an awaitable.
class Ready:
    def __await__(self):
        return iter(['from Ready'])

@types.coroutine
def returns_awaitable():
    return Ready()

async def use_it():
    return await returns_awaitable()

c = use_it()
print(c.send(None))

# types.coroutine applied to an async def function returns it unchanged.
async def already():
    return 1
print(types.coroutine(already) is already)

# A decorated generator used directly with send/throw like a generator.
@types.coroutine
def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError:
            n = 100

g = counter()
print(next(g), next(g), g.throw(ValueError), next(g))
g.close()

# Await a types.coroutine generator object created earlier.
async def await_obj(obj):
    return await obj

c = await_obj(suspend('stored'))
print(c.send(None))
try:
    c.send('reply')
except StopIteration as e:
    print('stored ->', e.value)
