"""Abstract base classes (PEP 3119), written for Coil.

The VM supplies the two hooks this needs: `type.__abstractmethods__` (a non-empty value makes
object.__new__ refuse to instantiate the class) and isinstance()/issubclass() dispatching to a
metaclass's __instancecheck__/__subclasscheck__. Everything else lives here.

Coil has no weak references yet, so registries and caches hold their classes strongly.
"""


def abstractmethod(funcobj):
    """Marks `funcobj` abstract: a class whose metaclass is ABCMeta (or derived from it) cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated spelling of @classmethod @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated spelling of @staticmethod @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated spelling of @property @abstractmethod."""
    __isabstractmethod__ = True


# Bumped by every register() call anywhere: negative answers cached before a registration may
# have become wrong, positive ones cannot.
_invalidation_counter = 0


def get_cache_token():
    """An opaque value that changes whenever the set of virtual subclasses changes."""
    return _invalidation_counter


class _ABCState:
    """Per-class bookkeeping, kept in one `_abc_impl` attribute so that the class namespace
    stays clean and nothing leaks to subclasses through attribute inheritance."""
    __slots__ = ('registry', 'yes', 'no', 'no_version')

    def __init__(self):
        self.registry = set()       # classes passed to register()
        self.yes = set()            # known subclasses
        self.no = set()             # known non-subclasses, valid while no_version is current
        self.no_version = _invalidation_counter


def _state(cls):
    # ABCMeta.__new__ gives every class its own state, so the attribute found is never a
    # base's; reading cls.__dict__ instead would copy the namespace on every check.
    try:
        return cls._abc_impl
    except AttributeError:
        raise TypeError(f"{cls.__name__!r} was not created by ABCMeta") from None


def _is_abstract(value):
    return bool(getattr(value, '__isabstractmethod__', False))


def _abstract_names(cls):
    """Names still abstract in `cls`: its own abstract attributes, plus those its bases declare
    abstract that `cls` resolves to something still abstract."""
    found = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if name not in found and _is_abstract(getattr(cls, name, None)):
                found.add(name)
    return frozenset(found)


class ABCMeta(type):
    """Metaclass of abstract base classes: tracks abstract methods, lets unrelated classes be
    registered as virtual subclasses, and lets an ABC decide membership structurally through
    `__subclasshook__`."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)
        cls._abc_impl = _ABCState()
        return cls

    def register(cls, subclass):
        """Makes `subclass` a virtual subclass of `cls`; returns it (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            # Registering an ancestor would make cls a subclass of itself.
            raise RuntimeError("Refusing to create an inheritance cycle")
        _state(cls).registry.add(subclass)
        global _invalidation_counter
        _invalidation_counter += 1
        return subclass

    # The two checks below read cls._abc_impl directly rather than through _state(): they run
    # on every isinstance()/issubclass() against an ABC, and a call costs more than the check.
    def __instancecheck__(cls, instance):
        klass = instance.__class__
        st = cls._abc_impl
        if klass in st.yes:
            return True
        actual = type(instance)
        if actual is klass:
            if st.no_version == _invalidation_counter and klass in st.no:
                return False
            return cls.__subclasscheck__(klass)
        # `__class__` may lie (proxies): accept either answer.
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        st = cls._abc_impl
        if subclass in st.yes:
            return True
        if st.no_version != _invalidation_counter:
            st.no = set()
            st.no_version = _invalidation_counter
        elif subclass in st.no:
            return False
        answer = cls._abc_decide(subclass, st)
        (st.yes if answer else st.no).add(subclass)
        return answer

    def _abc_decide(cls, subclass, st):
        """The uncached answer to issubclass(subclass, cls)."""
        hooked = cls.__subclasshook__(subclass)
        if hooked is not NotImplemented:
            if not isinstance(hooked, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return hooked
        if cls in subclass.__mro__:
            return True
        # A class registered with cls, or with any subclass of cls, counts as a subclass.
        for candidate in st.registry:
            if issubclass(subclass, candidate):
                return True
        for child in type.__subclasses__(cls):
            if issubclass(subclass, child):
                return True
        return False

    def _dump_registry(cls, file=None):
        """Debugging aid: prints the registry and caches of `cls`."""
        st = _state(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {st.registry!r}", file=file)
        print(f"_abc_cache: {st.yes!r}", file=file)
        print(f"_abc_negative_cache: {st.no!r}", file=file)
        print(f"_abc_negative_cache_version: {st.no_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets every registered virtual subclass (for tests)."""
        _state(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forgets cached answers (for tests)."""
        st = _state(cls)
        st.yes.clear()
        st.no.clear()


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` after methods were added or replaced on an already
    created class (e.g. by a class decorator). Classes that are not ABCs are returned as is."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Convenience base: `class C(ABC)` instead of `class C(metaclass=ABCMeta)`."""
    __slots__ = ()
