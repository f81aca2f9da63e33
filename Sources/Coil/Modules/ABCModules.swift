// The `abc` and `collections.abc` modules, written in Python and compiled at import: `abc` is
// CPython's pure-Python ABCMeta (_py_abc) with sets for its caches and the instantiation check
// in ABCMeta.__call__; `_collections_abc` is CPython 3.11's module with Callable[...] returning
// a plain GenericAlias and _check_methods implemented natively.

extension Interpreter {
    /// A module whose body is Python `source`, registered in sys.modules before it runs.
    func makeModuleFromSource(_ name: String, _ source: String, extra: [(String, Value)] = []) throws -> PyModule {
        let d = PyDict()
        d.setStr("__name__", Value(name))
        d.setStr("__doc__", .none)
        d.setStr("__package__", Value(""))
        d.setStr("__spec__", .none)
        d.setStr("__loader__", .none)
        d.setStr("__builtins__", .object(builtinsModule))
        for (k, v) in extra { d.setStr(k, v) }
        let m = PyModule(name: name, dict: d)
        modules.setStr(name, .object(m))
        do {
            let code = try compileSource(source, filename: "<frozen \(name)>", mode: .file)
            _ = try runCode(code, globals: d)
        } catch {
            modules.removeStr(intern(name))
            throw error
        }
        return m
    }
}

/// _collections_abc._check_methods: each method must be defined (and not None) along C's MRO.
private let checkMethods = PyBuiltinFunction(name: "_check_methods", ownerName: "_collections_abc") { interp, args in
    guard args.count >= 1, let c = args[0].asType else { return .object(BuiltinTypes.notImplemented) }
    for i in 1..<max(1, args.count) {
        guard let name = args[i].asStr else { continue }
        var found = false
        // Functions and methods are called natively, without a __call__ entry in their type.
        if name.value == "__call__" && c.mro.contains(where: {
            $0 === BuiltinTypes.function || $0 === BuiltinTypes.builtinFunction || $0 === BuiltinTypes.method
                || $0 === BuiltinTypes.methodDescriptor
        }) { continue }
        for b in c.mro {
            if let v = b.typeDict.getStr(name) {
                if v.isNone { return .object(BuiltinTypes.notImplemented) }
                found = true
                break
            }
        }
        if !found { return .object(BuiltinTypes.notImplemented) }
    }
    return .true
}

func makeABCModule(_ interp: Interpreter) throws -> PyModule {
    try interp.makeModuleFromSource("abc", abcModuleSource)
}

func makeCollectionsABCModule(_ interp: Interpreter) throws -> PyModule {
    if case .object(let o) = interp.modules.getStr("collections.abc") ?? .none, let m = o as? PyModule { return m }
    // Named collections.abc, as CPython's module renames itself; registered under both names.
    let m = try interp.makeModuleFromSource("collections.abc", collectionsABCSource,
                                            extra: [("_check_methods", .object(checkMethods))])
    interp.modules.setStr("_collections_abc", .object(m))
    if let ms = m.dict?.getStr("MutableSequence") {
        _ = try interp.callMethod(ms, "register", [.object(BuiltinTypes.deque)])
    }
    // Replace the lazy placeholder in an already-imported collections module.
    if case .object(let co) = interp.modules.getStr("collections") ?? .none, let c = co as? PyModule {
        c.dict?.setStr("abc", .object(m))
    }
    return m
}

private let abcModuleSource = #"""
"""Abstract Base Classes (ABCs) according to PEP 3119."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A decorator indicating abstract classmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A decorator indicating abstract staticmethods (deprecated)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A decorator indicating abstract properties (deprecated)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    # property, classmethod and staticmethod are abstract when what they wrap is.
    if getattr(value, "__isabstractmethod__", False):
        return True
    for attr in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def get_cache_token():
    """Returns the current ABC cache token."""
    return ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", ()):
                value = getattr(cls, name, None)
                if _is_abstract(value):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def __call__(cls, /, *args, **kwargs):
        abstracts = cls.__dict__.get("__abstractmethods__")
        if abstracts:
            names = sorted(abstracts)
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return type.__call__(cls, *args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1  # Invalidate negative cache
        return subclass

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        for name in cls.__dict__:
            if name.startswith("_abc_"):
                value = getattr(cls, name)
                print(f"{name}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version ==
                ABCMeta._abc_invalidation_counter and
                subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
"""#
