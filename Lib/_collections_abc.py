"""collections.abc for Coil, part 1: the one- and few-method protocols (Hashable, Iterable,
Awaitable, Callable, ...). Part 2, _collections_abc_containers.py, adds the sets, mappings and
sequences and registers the builtin types.

The collections.abc module is both parts run in one namespace (CollectionsABC.swift); the name
`_collections_abc` imports that same module. Membership is decided three ways: real
inheritance, register() (the builtin types are registered in part 2), and `__subclasshook__`,
which accepts any class that defines the required methods somewhere in its MRO without setting
them to None.
"""
from abc import ABCMeta, abstractmethod

GenericAlias = type(list[int])

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
           "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
           "ByteString"]


def _implements(C, *names):
    """True if every name is defined somewhere in C's MRO and the first definition found is
    not None (None is how a class opts out, e.g. `__hash__ = None`); else NotImplemented so
    that the ordinary inheritance and registry rules still apply."""
    mro = C.__mro__
    for name in names:
        for klass in mro:
            ns = klass.__dict__
            if name in ns:
                if ns[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _raise_thrown(typ, val, tb):
    """What the default throw()/athrow() do: raise the exception described by the old
    (type, value, traceback) calling convention."""
    if val is None:
        val = typ() if tb is None else typ
    if tb is not None:
        val = val.with_traceback(tb)
    raise val


# --- protocols checked structurally ----------------------------------------------------------

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__hash__") if cls is Hashable else NotImplemented


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__await__") if cls is Awaitable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Sends a value into the coroutine; returns the next value it yields or raises
        StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raises an exception inside the coroutine at its suspension point."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Throws GeneratorExit in; the coroutine must finish rather than suspend again."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("coroutine ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__await__", "send", "throw", "close") if cls is Coroutine else NotImplemented


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__aiter__") if cls is AsyncIterable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__anext__", "__aiter__") if cls is AsyncIterator else NotImplemented


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            pass
        else:
            raise RuntimeError("asynchronous generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__aiter__", "__anext__", "asend", "athrow", "aclose") if cls is AsyncGenerator else NotImplemented


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__iter__") if cls is Iterable else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__iter__", "__next__") if cls is Iterator else NotImplemented


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__reversed__", "__iter__") if cls is Reversible else NotImplemented


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError("generator ignored GeneratorExit")

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__iter__", "__next__", "send", "throw", "close") if cls is Generator else NotImplemented


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__len__") if cls is Sized else NotImplemented


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__contains__") if cls is Container else NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__len__", "__iter__", "__contains__") if cls is Collection else NotImplemented


class _CallableGenericAlias:
    """`Callable[[A, B], R]`: a parameterised Callable whose first argument is a list of
    parameter types (or Ellipsis). `__args__` is flattened to (A, B, R) as in CPython."""
    __slots__ = ('__origin__', '__args__')

    def __init__(self, origin, params, result):
        self.__origin__ = origin
        self.__args__ = (*params, result) if isinstance(params, list) else (params, result)

    def __repr__(self):
        def show(t):
            if t is Ellipsis:
                return '...'
            if isinstance(t, type):
                return t.__qualname__ if t.__module__ == 'builtins' else f"{t.__module__}.{t.__qualname__}"
            return repr(t)
        *params, result = self.__args__
        if len(params) == 1 and params[0] is Ellipsis:
            inner = '...'
        else:
            inner = '[' + ', '.join(show(p) for p in params) + ']'
        return f"{show(self.__origin__)}[{inner}, {show(result)}]"

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


def _callable_getitem(cls, item):
    if not (isinstance(item, tuple) and len(item) == 2):
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    params, result = item
    if not (isinstance(params, list) or params is Ellipsis):
        raise TypeError(f"Callable[args, result]: args must be a list, ellipsis or ParamSpec. Got {params!r}")
    return _CallableGenericAlias(cls, params, result)


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    @classmethod
    def __subclasshook__(cls, C):
        return _implements(C, "__call__") if cls is Callable else NotImplemented

    __class_getitem__ = classmethod(_callable_getitem)
