# Type checks for generator-related objects.
import types
import collections.abc as abc


def gen_func():
    yield 1


async def coro_func():
    return 1


async def agen_func():
    yield 1


g = gen_func()
c = coro_func()
ag = agen_func()
ge = (x for x in [])

print(type(g).__name__, type(c).__name__, type(ag).__name__, type(ge).__name__)
print(isinstance(g, types.GeneratorType), isinstance(ge, types.GeneratorType))
print(isinstance(c, types.CoroutineType), isinstance(g, types.CoroutineType))
print(isinstance(ag, types.AsyncGeneratorType), isinstance(ag, types.GeneratorType))
print(types.GeneratorType is type(g), types.CoroutineType is type(c))
print(types.AsyncGeneratorType is type(ag))
print(isinstance(gen_func, types.FunctionType), type(gen_func).__name__)
print(type(coro_func).__name__, type(agen_func).__name__)

print('Iterator', isinstance(g, abc.Iterator), isinstance(c, abc.Iterator))
print('Generator', isinstance(g, abc.Generator), isinstance([], abc.Generator))
print('Coroutine', isinstance(c, abc.Coroutine), isinstance(g, abc.Coroutine))
print('Awaitable', isinstance(c, abc.Awaitable), isinstance(g, abc.Awaitable))
print('AsyncIterator', isinstance(ag, abc.AsyncIterator), isinstance(g, abc.AsyncIterator))
print('AsyncGenerator', isinstance(ag, abc.AsyncGenerator))
print('Iterable', isinstance(g, abc.Iterable), isinstance(ag, abc.Iterable))

# Generator methods exist.
for name in ('send', 'throw', 'close', '__next__', '__iter__'):
    print(name, hasattr(g, name))
for name in ('send', 'throw', 'close', '__await__', '__next__'):
    print('coroutine', name, hasattr(c, name))
for name in ('asend', 'athrow', 'aclose', '__anext__', '__aiter__', '__next__'):
    print('async generator', name, hasattr(ag, name))

# Code flags tell generator functions apart.
import inspect
print(inspect.isgeneratorfunction(gen_func), inspect.isgeneratorfunction(coro_func))
print(inspect.iscoroutinefunction(coro_func), inspect.iscoroutinefunction(gen_func))
print(inspect.isasyncgenfunction(agen_func), inspect.isasyncgenfunction(gen_func))
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(ag))
print(inspect.isawaitable(c), inspect.isawaitable(g))

# Generator state via inspect.
def states():
    yield

s = states()
print(inspect.getgeneratorstate(s))
next(s)
print(inspect.getgeneratorstate(s))
s.close()
print(inspect.getgeneratorstate(s))
print(inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
