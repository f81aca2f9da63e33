"""A subset of the inspect module for Coil: type predicates, the code flags that tell
generator, coroutine and async-generator functions apart, and generator/coroutine states.

Not here yet: signature() and Signature/Parameter (they raise NotImplementedError), source
and frame introspection (getsource, stack, getmembers, ...).
"""
import types
import functools

# Code object flags (co_flags), as in CPython.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    """A method bound to an instance (or to a class, for classmethods)."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """A function defined by `def` or `lambda` (not a builtin)."""
    return isinstance(object, types.FunctionType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """Something like `str.upper`: has __get__ but no __set__ and is not a class, method or
    function itself."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """A descriptor defining __set__ or __delete__ (property, getset descriptors)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def iscode(object):
    return isinstance(object, types.CodeType)


def isframe(object):
    return isinstance(object, types.FrameType)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isabstract(object):
    """A class that abc.ABCMeta found to have abstract methods left."""
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def _code_flag_set(f, flag):
    """Whether the function behind `f` (looking through bound methods and functools.partial)
    was compiled with `flag`."""
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, functools.partial):
            f = f.func
        else:
            break
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(object):
    return _code_flag_set(object, CO_GENERATOR)


def iscoroutinefunction(object):
    return _code_flag_set(object, CO_COROUTINE)


def isasyncgenfunction(object):
    return _code_flag_set(object, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Can be used in `await`: a native coroutine, a generator from a @types.coroutine
    function, or any object with __await__."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


def getgeneratorstate(generator):
    """One of GEN_CREATED (not started), GEN_RUNNING, GEN_SUSPENDED (at a yield) and
    GEN_CLOSED (finished or closed)."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    """One of CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED (at an await) and CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def unwrap(func, *, stop=None):
    """Follows the __wrapped__ chain that functools.wraps leaves, to the innermost function."""
    seen = {id(func)}
    original = func
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {original!r}')
        seen.add(id(func))
    return func


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    raise NotImplementedError("inspect.signature is not implemented in Coil")
