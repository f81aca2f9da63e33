// set and frozenset storage. The table layout and probing follow CPython's setobject.c exactly
// (linear probes of 9, then perturbation; same growth policy), so iteration order matches
// CPython's for the same insertions — scripts print sets of ints and expect that order.

public final class PySet: PyObject {
    struct Slot {
        var hash: Int
        var key: Value      // .undefined = never used; `dummy` flag marks deleted
        var dummy: Bool
    }
    private static let linearProbes = 9
    private var table: [Slot] = Array(repeating: Slot(hash: 0, key: .undefined, dummy: false), count: 8)
    private var fill = 0
    public private(set) var count = 0
    private var finger = 0
    public private(set) var mutations: UInt = 0
    /// Cached hash for frozensets.
    var frozenHash: Int?

    public override init(type: PyType) { super.init(type: type); trackGC(self) }
    public convenience init(frozen: Bool = false) {
        self.init(type: frozen ? BuiltinTypes.frozenset : BuiltinTypes.set)
    }

    public var isFrozen: Bool { type.isSubtype(of: BuiltinTypes.frozenset) }

    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for s in table { visitValue(s.key, visit) }
    }

    public override func clearReferences() {
        super.clearReferences()
        removeAll()
    }

    public func removeAll() {
        table = Array(repeating: Slot(hash: 0, key: .undefined, dummy: false), count: 8)
        fill = 0; count = 0; finger = 0; mutations &+= 1
    }

    @inline(__always) private var mask: Int { table.count - 1 }

    public func contains(_ key: Value, hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            repeat {
                let s = table[j]
                if s.key.isUndefined && !s.dummy { return false }
                if !s.dummy && s.hash == hash, try eq(s.key, key) { return true }
                j += 1
                probes -= 1
            } while probes >= 0
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    /// Adds `key`; returns false when it was already present.
    @discardableResult
    public func add(_ key: Value, hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        var freeSlot = -1
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            repeat {
                let s = table[j]
                if s.key.isUndefined && !s.dummy {
                    if freeSlot >= 0 {
                        table[freeSlot] = Slot(hash: hash, key: key, dummy: false)
                        count += 1; mutations &+= 1
                        return true
                    }
                    table[j] = Slot(hash: hash, key: key, dummy: false)
                    fill += 1; count += 1; mutations &+= 1
                    if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
                    return true
                }
                if s.dummy {
                    freeSlot = j   // CPython 3.11 reuses the last dummy on the probe path
                } else if s.hash == hash, try eq(s.key, key) {
                    return false
                }
                j += 1
                probes -= 1
            } while probes >= 0
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    private func resize(_ minUsed: Int) {
        var newSize = 8
        while newSize <= minUsed { newSize <<= 1 }
        let old = table
        table = Array(repeating: Slot(hash: 0, key: .undefined, dummy: false), count: newSize)
        let mask = newSize - 1
        fill = count
        for s in old where !s.dummy && !s.key.isUndefined {
            var perturb = UInt(bitPattern: s.hash)
            var i = Int(perturb & UInt(mask))
            outer: while true {
                if table[i].key.isUndefined { table[i] = s; break }
                if i + PySet.linearProbes <= mask {
                    for k in 1...PySet.linearProbes where table[i + k].key.isUndefined {
                        table[i + k] = s
                        break outer
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
            }
        }
    }

    @discardableResult
    public func remove(_ key: Value, hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        let mask = self.mask
        var perturb = UInt(bitPattern: hash)
        var i = Int(perturb & UInt(mask))
        while true {
            var probes = i + PySet.linearProbes <= mask ? PySet.linearProbes : 0
            var j = i
            repeat {
                let s = table[j]
                if s.key.isUndefined && !s.dummy { return false }
                if !s.dummy && s.hash == hash, try eq(s.key, key) {
                    table[j] = Slot(hash: -1, key: .undefined, dummy: true)
                    count -= 1; mutations &+= 1
                    return true
                }
                j += 1
                probes -= 1
            } while probes >= 0
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    /// Removes and returns an arbitrary element, in CPython's order (`set.pop`).
    public func pop() -> Value? {
        if count == 0 { return nil }
        var i = finger & mask
        while table[i].key.isUndefined { i = (i + 1) & mask }
        let k = table[i].key
        table[i] = Slot(hash: -1, key: .undefined, dummy: true)
        count -= 1; mutations &+= 1
        finger = i + 1
        return k
    }

    /// Elements in table order, with their hashes.
    public func forEach(_ body: (Value, Int) throws -> Void) rethrows {
        for s in table where !s.key.isUndefined { try body(s.key, s.hash) }
    }

    public var elements: [Value] { table.compactMap { $0.key.isUndefined ? nil : $0.key } }

    /// The next element at table position >= `position` (iterators).
    public func element(from position: Int) -> (index: Int, key: Value)? {
        var i = position
        while i < table.count {
            if !table[i].key.isUndefined { return (i, table[i].key) }
            i += 1
        }
        return nil
    }
}

// MARK: bulk operations (setobject.c's set_merge, pre-sizing and set_swap_bodies), which the set
// methods (SetMethods.swift) need so results iterate in CPython's order.

extension PySet {
    /// The one big resize CPython does before adding `incoming` elements in bulk.
    public func reserve(adding incoming: Int) {
        if (fill + incoming) * 5 >= mask * 3 { resize((count + incoming) * 2) }
    }

    /// set_merge: adds every element of `other`, copying its table layout when this set is empty.
    public func merge(_ other: PySet, _ eq: (Value, Value) throws -> Bool) rethrows {
        if other === self || other.count == 0 { return }
        reserve(adding: other.count)
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill; count = other.count; mutations &+= 1
            return
        }
        if fill == 0 {
            let m = mask
            for s in other.table where !s.dummy && !s.key.isUndefined { PySet.insertClean(&table, m, s) }
            fill = other.count; count = other.count; mutations &+= 1
            return
        }
        for s in other.table where !s.dummy && !s.key.isUndefined { try add(s.key, hash: s.hash, eq) }
    }

    private static func insertClean(_ table: inout [Slot], _ mask: Int, _ s: Slot) {
        var perturb = UInt(bitPattern: s.hash)
        var i = Int(perturb & UInt(mask))
        while true {
            if table[i].key.isUndefined && !table[i].dummy { table[i] = s; return }
            if i + PySet.linearProbes <= mask {
                for k in 1...PySet.linearProbes where table[i + k].key.isUndefined && !table[i + k].dummy {
                    table[i + k] = s
                    return
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(perturb)) & mask
        }
    }

    /// set_swap_bodies: exchanges the contents of two sets (intersection_update).
    public func swapContents(with other: PySet) {
        swap(&table, &other.table)
        swap(&fill, &other.fill)
        swap(&count, &other.count)
        mutations &+= 1; other.mutations &+= 1
        frozenHash = nil; other.frozenHash = nil
    }

    /// After bulk removals: rebuild when more than a quarter of the table is dummies
    /// (set_difference_update_internal's tail).
    public func compactIfSparse() {
        if fill - count > mask / 4 { resize(count > 50000 ? count * 2 : count * 4) }
    }
}
