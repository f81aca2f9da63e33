// dict: an insertion-ordered hash map (compact layout: an index table over an entry array, as
// CPython's). String keys have an identity/equality fast path that needs no interpreter.

public final class PyDict: PyObject {
    public struct Entry {
        public var hash: Int
        public var key: Value     // .undefined marks a deleted entry
        public var value: Value
    }
    public private(set) var entries: [Entry] = []
    private var indices: [Int32] = []   // -1 empty, -2 deleted
    public private(set) var count = 0
    /// Bumped on insertions and deletions (not on value replacement): iteration guards, and
    /// the key-layout version LOAD_GLOBAL caches check. Each dict starts from its own seed so
    /// that no two dicts share a version (see `nextDictVersionSeed`).
    public private(set) var mutations: UInt = nextDictVersionSeed()

    public override init(type: PyType) { super.init(type: type); trackGC(self) }
    public convenience init() { self.init(type: BuiltinTypes.dict) }
    init(bootstrapDict: ()) { super.init(bootstrap: ()) }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for e in entries { visitValue(e.key, visit); visitValue(e.value, visit) }
    }

    public override func clearReferences() {
        super.clearReferences()
        entries = []; indices = []; count = 0; mutations &+= 1
    }

    // MARK: probing

    /// Dicts of up to `linearLimit` entries (most instance and keyword dicts) have no hash
    /// index: lookups scan the entries, which saves an allocation per dict and a rehash.
    static let linearLimit = 8

    @inline(__always) private func probe(hash: Int, _ matches: (Int) throws -> Bool) rethrows -> (slot: Int, entry: Int) {
        if indices.isEmpty {
            var i = 0
            let n = entries.count
            while i < n {
                if entries[i].hash == hash, !entries[i].key.isUndefined, try matches(i) { return (-1, i) }
                i &+= 1
            }
            return (-1, -1)
        }
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        var freeSlot = -1
        while true {
            let ix = Int(indices[i])
            if ix == -1 { return (freeSlot >= 0 ? freeSlot : i, -1) }
            if ix == -2 {
                if freeSlot < 0 { freeSlot = i }
            } else if entries[ix].hash == hash, try matches(ix) {
                return (i, ix)
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    private func grow() {
        var live: [Entry]
        if count == entries.count {
            live = entries
            entries = []   // keeps `live` uniquely referenced for reserveCapacity
        } else {
            live = entries.filter { !$0.key.isUndefined }
        }
        var size = 8
        while size * 2 <= (live.count + 1) * 3 { size <<= 1 }
        // Room for every entry the new table admits: appends then never reallocate (a fresh
        // instance dict would otherwise reallocate on its 1st, 2nd and 3rd attribute).
        live.reserveCapacity(size * 2 / 3 + 1)
        entries = live
        indices = Array(repeating: -1, count: size)
        let mask = size - 1
        for (n, e) in entries.enumerated() {
            var perturb = UInt(bitPattern: e.hash)
            var i = Int(perturb & UInt(mask))
            while indices[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
            }
            indices[i] = Int32(n)
        }
    }

    @inline(__always) private static func strMatch(_ k: PyStr, _ v: Value) -> Bool {
        if case .object(let o) = v {
            if o === k { return true }
            if let s = o as? PyStr { return s.value == k.value }
        }
        return false
    }

    // MARK: string-keyed fast path (attribute dicts, globals, kwargs)

    @inline(__always) public func getStr(_ key: PyStr) -> Value? {
        let (_, e) = probe(hash: key.pyHash) { PyDict.strMatch(key, entries[$0].key) }
        return e >= 0 ? entries[e].value : nil
    }

    public func getStr(_ key: String) -> Value? { getStr(PyStr(key)) }

    /// Position of `key` in the entry storage, or -1; stays valid while `mutations` is unchanged.
    @inline(__always) func entryIndex(ofStr key: PyStr) -> Int {
        probe(hash: key.pyHash) { PyDict.strMatch(key, entries[$0].key) }.entry
    }

    @inline(__always) func value(atEntry i: Int) -> Value { entries[i].value }

    /// The value at entry `i` when that entry's key is `key` itself (identity, not equality):
    /// how attribute caches check that a remembered position still holds the name.
    @inline(__always) func value(atEntry i: Int, ifKeyIs key: PyStr) -> Value? {
        guard i < entries.count, case .object(let k) = entries[i].key, k === key else { return nil }
        return entries[i].value
    }

    /// Stores `src.move()` at entry `i` when that entry's key is `key` itself; false (and `src`
    /// untouched) otherwise. A value replacement, so no version bump (as in `setStr`).
    @inline(__always) func replaceValue(atEntry i: Int, ifKeyIs key: PyStr, from src: UnsafeMutablePointer<Value>) -> Bool {
        guard i < entries.count, case .object(let k) = entries[i].key, k === key else { return false }
        entries[i].value = src.move()
        return true
    }

    /// Replaces the value at a position from `entryIndex(ofStr:)` (same key, so `mutations`
    /// stays: caches keyed on it remain valid).
    @inline(__always) func setValue(atEntry i: Int, _ v: Value) { entries[i].value = v }

    public func setStr(_ key: PyStr, _ value: Value) {
        let h = key.pyHash
        let (slot, e) = probe(hash: h) { PyDict.strMatch(key, entries[$0].key) }
        if e >= 0 { entries[e].value = value; return }
        insertNew(slot: slot, hash: h, key: .object(key), value: value)
    }

    public func setStr(_ key: String, _ value: Value) { setStr(PyStr(key), value) }

    @discardableResult
    public func removeStr(_ key: PyStr) -> Value? {
        let (slot, e) = probe(hash: key.pyHash) { PyDict.strMatch(key, entries[$0].key) }
        if e < 0 { return nil }
        return removeAt(slot: slot, entry: e)
    }

    // MARK: general keys

    public func get(_ key: Value, hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        let (_, e) = try probe(hash: hash) { try eq(entries[$0].key, key) }
        return e >= 0 ? entries[e].value : nil
    }

    public func set(_ key: Value, hash: Int, _ value: Value, _ eq: (Value, Value) throws -> Bool) rethrows {
        let (slot, e) = try probe(hash: hash) { try eq(entries[$0].key, key) }
        if e >= 0 { entries[e].value = value; return }
        insertNew(slot: slot, hash: hash, key: key, value: value)
    }

    @discardableResult
    public func remove(_ key: Value, hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        let (slot, e) = try probe(hash: hash) { try eq(entries[$0].key, key) }
        if e < 0 { return nil }
        return removeAt(slot: slot, entry: e)
    }

    private func insertNew(slot: Int, hash: Int, key: Value, value: Value) {
        if indices.isEmpty && entries.count < PyDict.linearLimit {
            if entries.isEmpty { entries.reserveCapacity(PyDict.linearLimit) }
            entries.append(Entry(hash: hash, key: key, value: value))
            count += 1
            mutations &+= 1
            return
        }
        if indices.isEmpty || (entries.count + 1) * 3 > indices.count * 2 {
            grow()
            let (s, _) = probe(hash: hash) { _ in false }
            indices[s] = Int32(entries.count)
        } else {
            indices[slot] = Int32(entries.count)
        }
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        mutations &+= 1
    }

    private func removeAt(slot: Int, entry e: Int) -> Value {
        let v = entries[e].value
        if slot >= 0 { indices[slot] = -2 }
        entries[e].key = .undefined
        entries[e].value = .undefined
        count -= 1
        mutations &+= 1
        if count == 0 { entries.removeAll(keepingCapacity: true); indices = [] }
        return v
    }

    public func removeAll() {
        entries = []; indices = []; count = 0; mutations &+= 1
    }

    /// Removes and returns the last inserted pair (`popitem`).
    public func popLast() -> (Value, Value)? {
        guard let idx = entries.lastIndex(where: { !$0.key.isUndefined }) else { return nil }
        let e = entries[idx]
        let (slot, _) = probe(hash: e.hash) { $0 == idx }
        _ = removeAt(slot: slot, entry: idx)
        return (e.key, e.value)
    }

    /// Live entries in insertion order.
    @inline(__always) public func forEach(_ body: (Value, Value) throws -> Void) rethrows {
        for e in entries where !e.key.isUndefined { try body(e.key, e.value) }
    }

    public var keys: [Value] { entries.compactMap { $0.key.isUndefined ? nil : $0.key } }
    public var values: [Value] { entries.compactMap { $0.key.isUndefined ? nil : $0.value } }

    /// Entry storage position for iteration: the next live entry at or after `position`.
    public func entry(from position: Int) -> (index: Int, entry: Entry)? {
        var i = position
        while i < entries.count {
            if !entries[i].key.isUndefined { return (i, entries[i]) }
            i += 1
        }
        return nil
    }
}

/// Version seeds spaced 2^24 apart. A process-wide counter; a race between interpreters on
/// different threads could only repeat a seed, which the cache tolerates as a miss-or-hit on a
/// dict with identical key layout history at the same version (practically impossible).
private var dictVersionCounter: UInt = 0
@inline(__always) private func nextDictVersionSeed() -> UInt {
    dictVersionCounter &+= 1
    return dictVersionCounter << 24
}
