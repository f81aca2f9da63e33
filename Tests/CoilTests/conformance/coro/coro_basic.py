# Native coroutines: calling runs nothing, send(None) drives them.

async def greet(name):
    print('  greet body runs for', name)
    return f'hello {name}'


print('before call')
c = greet('world')
print('after call')
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result:', e.value)

# A coroutine without awaits finishes on the first send.
async def nothing():
    pass

c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print('nothing returned', e.value)

# Coroutines are not iterable.
c = greet('iter')
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# await another coroutine: the whole chain runs synchronously until done.
async def add(a, b):
    return a + b

async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y

try:
    compute().send(None)
except StopIteration as e:
    print('compute ->', e.value)

# Helper to run a coroutine that never really suspends.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError('coroutine suspended unexpectedly')

async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

print(run(fact(10)))
print(run(fact(30)))

# Coroutine functions can be methods, static methods, and lambdas returning coroutines.
class Calc:
    def __init__(self, base):
        self.base = base

    async def plus(self, n):
        return self.base + n

    @staticmethod
    async def twice(n):
        return 2 * n

    @classmethod
    async def make(cls, base):
        return cls(base)

calc = run(Calc.make(5))
print(run(calc.plus(3)), run(Calc.twice(21)))

# Sending to a finished coroutine.
c = nothing()
run(c)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# Arguments are bound at call time.
async def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(run(show(1, 2, k='v', a=0)))
