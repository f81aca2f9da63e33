// Instance attributes without a dict (CPython 3.11's shared keys + inline values): the names
// live once per class, in the order instances first assign them; each instance of a user class
// keeps only a buffer of values indexed like those names. That is one allocation per instance
// instead of a dict object plus its entry storage, and an attribute cache hit is an index.
//
// A real `__dict__` is made from the values ("materialized") as soon as anything needs one:
// `o.__dict__`, `vars(o)`, deleting an attribute, changing `__class__`, or an assignment that
// would list the attributes in a different order than a dict would. From then on the instance
// uses the dict like any other object, so every path that reads `PyObject.dict` stays correct.

#if canImport(Glibc)
import Glibc
#endif

/// Attribute names shared by the instances of one class; append-only, interned names.
final class SharedKeys {
    private(set) var names: [PyStr] = []
    /// Beyond this many names new attributes go to a per-instance dict.
    static let limit = 48

    /// The index of `name`, or -1.
    @inline(__always) func index(of name: PyStr) -> Int {
        var i = 0
        let n = names.count
        while i < n {
            if names[i] === name { return i }
            i &+= 1
        }
        // Interned names are the only ones stored, so an interned miss is a miss.
        if name.isInterned { return -1 }
        i = 0
        while i < n {
            if names[i].value == name.value { return i }
            i &+= 1
        }
        return -1
    }

    /// Appends `name` (interned); -1 when the table is full.
    func add(_ name: PyStr) -> Int {
        if names.count >= SharedKeys.limit { return -1 }
        names.append(name)
        return names.count - 1
    }
}

extension PyInstance {
    /// The shared keys of `type` for instances that store attributes inline, made on first use.
    static func sharedKeys(for t: PyType) -> SharedKeys {
        if let k = t.sharedKeys { return k }
        let k = SharedKeys()
        t.sharedKeys = k
        return k
    }

    /// The inline value at `i`, nil when unset.
    @inline(__always) func inlineValue(at i: Int) -> Value? {
        guard i < Int(valuesTop), let v = values else { return nil }
        let x = v[i]
        return x.isUndefined ? nil : x
    }

    /// Replaces the value at `i` when it is set, taking `src.move()`; false otherwise.
    @inline(__always) func replaceInlineValue(at i: Int, from src: UnsafeMutablePointer<Value>) -> Bool {
        guard i < Int(valuesTop), let v = values, !v[i].isUndefined else { return false }
        v[i] = src.move()
        return true
    }

    /// Stores a new attribute at `i` when that keeps insertion order (nothing set at or above
    /// `i`); false otherwise.
    @inline(__always) func insertInlineValue(at i: Int, from src: UnsafeMutablePointer<Value>) -> Bool {
        guard i >= Int(valuesTop) else { return false }
        if i >= Int(valuesCapacity) && !growValues(to: i + 1) { return false }
        values.unsafelyUnwrapped[i] = src.move()
        valuesTop = Int32(i + 1)
        return true
    }

    /// Makes room for index `needed - 1`; false (nothing changed) when memory is exhausted.
    @inline(never) private func growValues(to needed: Int) -> Bool {
        let keys = typeRef.unsafelyUnwrapped._withUnsafeGuaranteedRef { $0.sharedKeysCount }
        let old = Int(valuesCapacity)
        var cap = max(needed, keys, old * 2)
        if cap < 2 { cap = 2 }
        // malloc/realloc directly: the values are plain Swift-managed `Value`s moved bitwise.
        let raw = realloc(values.map { UnsafeMutableRawPointer($0) }, cap * MemoryLayout<Value>.stride)
        guard let raw else { return false }
        let nv = raw.bindMemory(to: Value.self, capacity: cap)
        var i = old
        while i < cap { (nv + i).initialize(to: .undefined); i &+= 1 }
        values = nv
        valuesCapacity = Int32(cap)
        return true
    }

    /// `self.name` when the attributes are inline: the value, or nil when unset.
    @inline(__always) func inlineAttr(_ name: PyStr) -> Value? {
        if valuesTop == 0 { return nil }
        let i = typeRef.unsafelyUnwrapped._withUnsafeGuaranteedRef { t -> Int in
            guard let k = t.sharedKeysRef else { return -1 }
            return k._withUnsafeGuaranteedRef { $0.index(of: name) }
        }
        return i < 0 ? nil : inlineValue(at: i)
    }

    /// `self.name = value` when the attributes are inline; false when a dict is needed (the
    /// caller then materializes one).
    func setInlineAttr(_ name: PyStr, _ value: Value, intern: (String) -> PyStr) -> Bool {
        let keys = PyInstance.sharedKeys(for: type)
        var i = keys.index(of: name)
        if i < 0 {
            i = keys.add(name.isInterned ? name : intern(name.value))
            if i < 0 { return false }
            type.sharedKeysCount = keys.names.count
        }
        if i < Int(valuesTop) {
            // Set already (a replacement), or unset below the top: a dict would list it last.
            guard let v = values, !v[i].isUndefined else { return false }
            v[i] = value
            return true
        }
        if i >= Int(valuesCapacity) && !growValues(to: i + 1) { return false }
        values.unsafelyUnwrapped[i] = value
        valuesTop = Int32(i + 1)
        return true
    }

    /// Moves the inline values into a new dict (in index order, which is insertion order) and
    /// switches this instance to it.
    func materializeDict() -> PyDict {
        let d = PyDict()
        if let v = values {
            let names = type.sharedKeys?.names ?? []
            for i in 0..<Int(valuesTop) where !v[i].isUndefined && i < names.count {
                d.setStr(names[i], v[i])
            }
        }
        dropValues()
        dictStorage = d
        return d
    }

    /// Frees the inline values (their references are released).
    func dropValues() {
        freeValues()
        values = nil
        valuesCapacity = 0
        valuesTop = 0
        hasInlineValues = false
    }

    /// Releases the values and frees their buffer (slots at and above `valuesTop` are unset).
    @inline(__always) func freeValues() {
        guard let v = values else { return }
        var i = 0
        let n = Int(valuesTop)
        while i < n { (v + i).deinitialize(count: 1); i &+= 1 }
        free(v)
    }

    func traverseValues(_ visit: (PyObject) -> Void) {
        guard let v = values else { return }
        for i in 0..<Int(valuesTop) { visitValue(v[i], visit) }
    }
}

extension PyObject {
    /// The instance attribute `name`, from inline values or the dict, without making a dict.
    @inline(__always) final func instanceAttr(_ name: PyStr) -> Value? {
        if hasInlineValues { return unsafeDowncast(self, to: PyInstance.self).inlineAttr(name) }
        return dictStorage?.getStr(name)
    }

    /// Whether the object has instance attributes (`__dict__` or inline values) at all.
    @inline(__always) final var hasInstanceAttrs: Bool { hasInlineValues || dictStorage != nil }
}
