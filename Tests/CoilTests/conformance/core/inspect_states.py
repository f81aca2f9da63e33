# inspect: predicates and generator/coroutine/async-generator state tracking.
import inspect
import functools
import types


def gen():
    x = yield 1
    print("  inside, state:", inspect.getgeneratorstate(g))
    yield x


async def coro():
    print("  inside, state:", inspect.getcoroutinestate(c))
    await Suspend()
    return 5


class Suspend:
    def __await__(self):
        yield "suspended"


async def agen():
    yield 1


@types.coroutine
def old_style():
    yield


class K:
    def method(self):
        pass

    async def amethod(self):
        pass

    @classmethod
    def cm(cls):
        yield


g = gen()
print(inspect.getgeneratorstate(g), inspect.GEN_CREATED)
print(next(g), inspect.getgeneratorstate(g))
print(g.send("sent"), inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration:
    pass
print(inspect.getgeneratorstate(g))

g2 = gen()
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
try:
    g3 = gen()
    g3.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError", e, inspect.getgeneratorstate(g3))

c = coro()
print(inspect.getcoroutinestate(c))
print(c.send(None), inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value, inspect.getcoroutinestate(c))
c2 = coro()
c2.close()
print(inspect.getcoroutinestate(c2))

print([inspect.isgeneratorfunction(f) for f in (gen, coro, agen, old_style, K.cm, K().method, len)])
print([inspect.iscoroutinefunction(f) for f in (gen, coro, K.amethod, K().amethod, functools.partial(coro), lambda: 0)])
print([inspect.isasyncgenfunction(f) for f in (agen, gen, coro, functools.partial(functools.partial(agen)))])
ag, gn, co = agen(), gen(), coro()
print(inspect.isasyncgen(ag), inspect.isgenerator(gn), inspect.iscoroutine(co), inspect.iscoroutine(gn))
print(inspect.isawaitable(co), inspect.isawaitable(old_style()), inspect.isawaitable(gn), inspect.isawaitable(Suspend()), inspect.isawaitable(ag))
co.close()
print(inspect.isfunction(gen), inspect.isfunction(len), inspect.isfunction(K().method), inspect.ismethod(K().method), inspect.ismethod(K.method))
print(inspect.isclass(K), inspect.isclass(K()), inspect.ismodule(inspect), inspect.ismodule("inspect"))
print(inspect.isbuiltin(len), inspect.isbuiltin([].append), inspect.isbuiltin(gen))
print(inspect.isroutine(len), inspect.isroutine(gen), inspect.isroutine(K().method), inspect.isroutine(str.upper), inspect.isroutine(5))
print(inspect.ismethoddescriptor(str.upper), inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(property()))
print(inspect.iscode(gen.__code__), inspect.iscode(gen), bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
print(inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_ITERABLE_COROUTINE, inspect.CORO_SUSPENDED, inspect.GEN_RUNNING)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper


@deco
@deco
def inner():
    pass


print(inspect.unwrap(inner).__name__, inspect.unwrap(inner) is inner.__wrapped__.__wrapped__)
import abc


class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...


class B(A):
    def f(self): ...


print(inspect.isabstract(A), inspect.isabstract(B), inspect.isabstract(int))
