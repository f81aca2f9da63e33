// The root of every heap object, and type objects.

open class PyObject {
    /// The object's class. Builtin types live for the whole process, so the pointer is not
    /// retained; instances of heap types (user classes) keep their class alive via `heapTypeRef`.
    public final var type: PyType! {
        @inline(__always) get { typeRef?.takeUnretainedValue() }
        @inline(__always) set { typeRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// The storage of `type`. Unmanaged so that hot paths can compare it (`hasType`) without
    /// the retain/release an `unowned(unsafe)` read costs when passed on as a strong reference.
    public final var typeRef: Unmanaged<PyType>?
    /// Strong reference to a heap-allocated class, so an instance keeps its class alive.
    public final var heapTypeRef: PyType?
    /// Instance attributes (`__dict__`), created on demand for types that allow them. Instances
    /// of user classes start with inline values instead (InlineValues.swift); reading `dict`
    /// turns those into a dict, so hot paths check `hasInlineValues` first.
    public final var dict: PyDict? {
        @inline(__always) get {
            if let d = dictStorage { return d }
            return hasInlineValues ? materializeInlineValues() : nil
        }
        set {
            if hasInlineValues { dropInlineValues() }
            dictStorage = newValue
        }
    }
    public final var dictStorage: PyDict?
    /// Index in the heap's registry of containers, or -1 when not tracked.
    final var gcIndex: Int32 = -1
    /// A `PyInstance` whose attributes are inline values rather than `dictStorage`.
    final var hasInlineValues = false

    public init(type: PyType) {
        self.type = type
        if type.isHeapType { heapTypeRef = type }
    }

    /// Whether the object's class is exactly `t` (a pointer compare, no reference counting).
    @inline(__always) public final func hasType(_ t: PyType) -> Bool {
        guard let r = typeRef else { return false }
        return r.toOpaque() == Unmanaged.passUnretained(t).toOpaque()
    }

    /// Only for bootstrapping `type` itself.
    init(bootstrap: ()) {}

    deinit {
        if gcIndex >= 0, let h = Heap.current { h.untrack(self) }
    }

    /// Rebinds the class (`obj.__class__ = C`).
    public final func setType(_ t: PyType) {
        // Inline values are indexed by the old class's shared keys.
        if hasInlineValues { _ = dict }
        type = t
        heapTypeRef = t.isHeapType ? t : nil
    }

    /// Only `PyInstance` has inline values (these run only when `hasInlineValues`).
    open func materializeInlineValues() -> PyDict? { nil }
    open func dropInlineValues() {}

    /// The references this object holds to other objects, for the cycle collector.
    open func traverse(_ visit: (PyObject) -> Void) {
        if let d = dictStorage { visit(d) }
        if let t = heapTypeRef { visit(t) }
    }

    /// Drops every reference this object holds (cycle collector, on unreachable objects).
    open func clearReferences() {
        dict = nil
    }
}

@inline(__always) func visitValue(_ v: Value, _ visit: (PyObject) -> Void) {
    if case .object(let o) = v { visit(o) }
}

public struct TypeFlags: OptionSet {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Created at run time by a class statement or type(); mutable, may be collected.
    public static let heapType = TypeFlags(rawValue: 1)
    /// Can be subclassed.
    public static let baseType = TypeFlags(rawValue: 2)
    /// Instances carry a `__dict__`.
    public static let hasDict = TypeFlags(rawValue: 4)
    public static let isException = TypeFlags(rawValue: 8)
    /// `__abstractmethods__` was set non-empty: object.__new__ refuses to instantiate it.
    public static let isAbstract = TypeFlags(rawValue: 16)
}

/// Which Swift class implements instances of a type: decides what `__new__` allocates for
/// subclasses of builtin types.
public enum InstanceLayout {
    case object, int, float, str, bytes, bytearray, tuple, list, dict, set, frozenset, exception, type
    case function, module, property, other
}

public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    public var bases: [PyType]
    public var mro: [PyType] = []
    public var typeDict: PyDict
    public var flags: TypeFlags
    public let layout: InstanceLayout
    /// Replaced whenever this type or a base changes, invalidating attribute caches. Versions
    /// are unique across all types (`nextTypeVersion`), so a version alone names one type in
    /// one state: the run loop's attribute caches compare only this.
    public var version: UInt64 = nextTypeVersion()
    /// Subclasses, so a change can invalidate their caches too (weakly held).
    var subclassRefs: [WeakType] = []
    /// Direct-mapped cache of MRO lookups by interned name (valid while `version` matches).
    var lookupCache = ContiguousArray<TypeCacheEntry>(repeating: TypeCacheEntry(), count: 64)

    @inline(__always) public var isHeapType: Bool { flags.contains(.heapType) }

    /// Which attribute hooks the MRO overrides (`AttrHooks`), valid while `hooksVersion == version`.
    var attrHooks: UInt8 = 0
    var hooksVersion: UInt64 = .max
    /// When instances are made by `object.__new__` plus the script `__init__` `plainInit`
    /// (owned by the MRO's dicts): valid while `plainInitVersion == version`.
    var plainInitVersion: UInt64 = .max
    var plainInit: Unmanaged<PyFunction>?
    /// Attribute names of instances that keep their attributes inline (InlineValues.swift).
    var sharedKeys: SharedKeys? {
        didSet {
            sharedKeysCount = sharedKeys?.names.count ?? 0
            sharedKeysRef = sharedKeys.map { Unmanaged.passUnretained($0) }
        }
    }
    /// `sharedKeys` without reference counting, for lookups.
    var sharedKeysRef: Unmanaged<SharedKeys>?
    /// How many names `sharedKeys` holds (what a new instance's values buffer should fit).
    var sharedKeysCount = 0

    init(name: String, bases: [PyType], layout: InstanceLayout, flags: TypeFlags, metatype: PyType?) {
        self.name = name
        self.qualname = name
        self.bases = bases
        self.typeDict = PyDict(bootstrapDict: ())
        self.flags = flags
        self.layout = layout
        if let m = metatype {
            super.init(type: m)
        } else {
            super.init(bootstrap: ())
            self.type = self
        }
        mro = [self] + (bases.first.map { $0.mro } ?? [])
        for b in bases { b.subclassRefs.append(WeakType(b: self)) }
        if flags.contains(.heapType) { trackGC(self) }
    }

    deinit {
        let me = ObjectIdentifier(self)
        for b in bases { b.subclassRefs.removeAll { $0.b.map(ObjectIdentifier.init) == me } }
    }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visit(typeDict)
        for b in bases { visit(b) }
        for m in mro { visit(m) }
        for e in lookupCache {
            if let k = e.key { visit(k) }
            visitValue(e.value, visit)
        }
    }

    public override func clearReferences() {
        super.clearReferences()
        typeDict.clearReferences()
        let me = ObjectIdentifier(self)
        for b in bases { b.subclassRefs.removeAll { $0.b.map(ObjectIdentifier.init) == me } }
        bases = []
        mro = [self]
        for i in lookupCache.indices { lookupCache[i] = TypeCacheEntry() }
        version = nextTypeVersion()
    }

    /// Looks `name` up along the MRO, without descriptors.
    @inline(__always)
    public func lookup(_ name: PyStr) -> Value? {
        // Only interned names are cached: a transient string's address can be reused.
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(name)) >> 4) & 63
        if name.isInterned {
            // Compare in place: copying the entry out would retain and release its key and value.
            if lookupCache[slot].key === name && lookupCache[slot].version == version {
                let v = lookupCache[slot].value
                return v.isUndefined ? nil : v
            }
        }
        var found = Value.undefined
        for t in mro {
            if let v = t.typeDict.getStr(name) { found = v; break }
        }
        if name.isInterned { lookupCache[slot] = TypeCacheEntry(key: name, version: version, value: found) }
        return found.isUndefined ? nil : found
    }

    /// Looks a Swift string name up along the MRO (slow path, for builtins code).
    public func lookup(_ name: String) -> Value? {
        for t in mro { if let v = t.typeDict.getStr(name) { return v } }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        for t in mro where t === other { return true }
        return false
    }

    /// Invalidates cached lookups here and in every subclass.
    public func modified() {
        version = nextTypeVersion()
        for s in subclassRefs { s.b?.modified() }
    }

    /// The closest builtin (non-heap) ancestor, e.g. `list` for `class L(list)`.
    public var builtinBase: PyType {
        var t = self
        while t.isHeapType, let b = t.bases.first { t = b }
        return t
    }
}

/// A process-wide counter (like the dict version seeds): two interpreters racing on it could
/// at worst hand out one version twice, which only costs cache misses there.
private var typeVersionCounter: UInt64 = 0
@inline(__always) func nextTypeVersion() -> UInt64 {
    typeVersionCounter &+= 1
    return typeVersionCounter
}

/// A subclass link; unowned because a subclass removes itself from its bases when freed
/// (weak references would put every type on Swift's slow reference-counting path).
struct WeakType {
    // Unmanaged rather than `unowned(unsafe) PyType?`: an Optional of a struct holding an
    // unowned(unsafe) optional made `for … in [WeakType]` never terminate (tag collision).
    let ref: Unmanaged<PyType>
    init(b: PyType) { ref = .passUnretained(b) }
    var b: PyType? { ref.takeUnretainedValue() }
}

struct TypeCacheEntry {
    var key: PyStr? = nil
    var version: UInt64 = .max
    var value: Value = .undefined
}
