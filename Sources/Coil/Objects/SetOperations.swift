// The set algebra of setobject.c, step for step: which operand is iterated, which table is
// copied and when the table is pre-sized all decide the iteration order of the result, and
// scripts print sets of small ints expecting CPython's order.

extension Interpreter {
    /// make_new_set_basetype: a set or frozenset (never a subclass) filled from `iterable`.
    func newSetBaseType(_ t: PyType, _ iterable: Value? = nil) throws -> PySet {
        let frozen = !t.isSubtype(of: BuiltinTypes.set)
        let s = PySet(frozen: frozen)
        if let it = iterable { try setUpdateInternal(s, it) }
        return s
    }

    /// set_update_internal: sets merge their tables, exact dicts pre-size and reuse stored
    /// hashes, anything else is iterated.
    func setUpdateInternal(_ s: PySet, _ other: Value) throws {
        if case .object(let o) = other {
            if let os = o as? PySet {
                try s.merge(os, keyEquals)
                return
            }
            if o.type === BuiltinTypes.dict {
                let d = unsafeDowncast(o, to: PyDict.self)
                s.reserve(adding: d.count)
                for e in d.entries where !e.key.isUndefined { try s.add(e.key, hash: e.hash, keyEquals) }
                return
            }
        }
        if case .object(let o) = other, o.type === BuiltinTypes.list || o.type === BuiltinTypes.tuple {
            let items = o.type === BuiltinTypes.list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            for x in items { try s.add(x, hash: try hash(x), keyEquals) }
            return
        }
        let it = try getIter(other)
        while let x = try next(it) { try s.add(x, hash: try hash(x), keyEquals) }
    }

    /// The frozenset constant CPython's compiler makes for a set display of 3+ constants
    /// (`{10, 2, 18}`): built from the items in source order, then rebuilt from that set's
    /// iteration order (merge_consts_recursive). A display then copies it into a new set with
    /// `setUpdateInternal`, which reproduces CPython's printed order.
    public func makeConstantFrozenset(_ items: [Value]) throws -> PySet {
        let first = PySet(frozen: true)
        for v in items { try first.add(v, hash: try hash(v), keyEquals) }
        let second = PySet(frozen: true)
        try first.forEach { k, h in try second.add(k, hash: h, keyEquals) }
        return second
    }

    /// set_copy: same elements, same table layout, base type of `s`.
    func setCopy(_ s: PySet) throws -> PySet {
        try newSetBaseType(s.type, .object(s))
    }

    /// set_intersection.
    func setIntersection(_ so: PySet, _ other: Value) throws -> PySet {
        if case .object(let o) = other, o === so { return try setCopy(so) }
        let result = try newSetBaseType(so.type)
        if case .object(let o) = other, let os = o as? PySet {
            // Iterate the smaller set, probe the larger.
            var big = so, small = os
            if os.count > so.count { big = os; small = so }
            try small.forEach { k, h in
                if try big.contains(k, hash: h, keyEquals) { try result.add(k, hash: h, keyEquals) }
            }
            return result
        }
        let it = try getIter(other)
        while let k = try next(it) {
            let h = try hash(k)
            if try so.contains(k, hash: h, keyEquals) {
                try result.add(k, hash: h, keyEquals)
                if result.count >= so.count { break }
            }
        }
        return result
    }

    /// set_difference_update_internal.
    func setDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if case .object(let o) = other, o === so { so.removeAll(); return }
        if case .object(let o) = other, var os = o as? PySet {
            // A much larger other set: only the common elements matter.
            if (os.count >> 3) > so.count { os = try setIntersection(so, other) }
            try os.forEach { k, h in _ = try so.remove(k, hash: h, keyEquals) }
        } else {
            let it = try getIter(other)
            while let k = try next(it) { _ = try so.remove(k, hash: try hash(k), keyEquals) }
        }
        so.compactIfSparse()
    }

    /// set_difference.
    func setDifference(_ so: PySet, _ other: Value) throws -> PySet {
        let otherSize: Int
        var otherSet: PySet? = nil
        var otherDict: PyDict? = nil
        if case .object(let o) = other, let os = o as? PySet {
            otherSize = os.count; otherSet = os
        } else if case .object(let o) = other, o.type === BuiltinTypes.dict {
            let d = unsafeDowncast(o, to: PyDict.self)
            otherSize = d.count; otherDict = d
        } else {
            return try setCopyAndDifference(so, other)
        }
        if (so.count >> 2) > otherSize { return try setCopyAndDifference(so, other) }
        let result = try newSetBaseType(so.type)
        try so.forEach { k, h in
            let present: Bool
            if let d = otherDict { present = try d.get(k, hash: h, keyEquals) != nil }
            else { present = try otherSet?.contains(k, hash: h, keyEquals) ?? false }
            if !present { try result.add(k, hash: h, keyEquals) }
        }
        return result
    }

    private func setCopyAndDifference(_ so: PySet, _ other: Value) throws -> PySet {
        let result = try setCopy(so)
        try setDifferenceUpdate(result, other)
        return result
    }

    /// set_symmetric_difference_update.
    func setSymmetricDifferenceUpdate(_ so: PySet, _ other: Value) throws {
        if case .object(let o) = other, o === so { so.removeAll(); return }
        if case .object(let o) = other, o.type === BuiltinTypes.dict {
            let d = unsafeDowncast(o, to: PyDict.self)
            for e in d.entries where !e.key.isUndefined {
                if !(try so.remove(e.key, hash: e.hash, keyEquals)) { try so.add(e.key, hash: e.hash, keyEquals) }
            }
            return
        }
        let otherSet: PySet
        if case .object(let o) = other, let os = o as? PySet { otherSet = os }
        else { otherSet = try newSetBaseType(so.type, other) }
        try otherSet.forEach { k, h in
            if !(try so.remove(k, hash: h, keyEquals)) { try so.add(k, hash: h, keyEquals) }
        }
    }

    /// set_symmetric_difference: a copy of `other` updated with `so`.
    func setSymmetricDifference(_ so: PySet, _ other: Value) throws -> PySet {
        let result = try newSetBaseType(so.type, other)
        try setSymmetricDifferenceUpdate(result, .object(so))
        return result
    }

    /// set_union(so, *others).
    func setUnion(_ so: PySet, _ others: [Value]) throws -> PySet {
        let result = try setCopy(so)
        for o in others {
            if case .object(let oo) = o, oo === so { continue }
            try setUpdateInternal(result, o)
        }
        return result
    }

    /// set_issubset.
    func setIsSubset(_ so: PySet, _ other: Value) throws -> Bool {
        guard case .object(let o) = other, let os = o as? PySet else {
            return try setIsSubset(so, .object(try newSetBaseType(BuiltinTypes.set, other)))
        }
        if so.count > os.count { return false }
        var ok = true
        try so.forEach { k, h in
            if try ok && !os.contains(k, hash: h, keyEquals) { ok = false }
        }
        return ok
    }

    /// set_issuperset.
    func setIsSuperset(_ so: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, let os = o as? PySet { return try setIsSubset(os, .object(so)) }
        let it = try getIter(other)
        while let k = try next(it) {
            if !(try so.contains(k, hash: try hash(k), keyEquals)) { return false }
        }
        return true
    }

    /// set_isdisjoint.
    func setIsDisjoint(_ so: PySet, _ other: Value) throws -> Bool {
        if case .object(let o) = other, o === so { return so.count == 0 }
        if case .object(let o) = other, let os = o as? PySet,
           o.type === BuiltinTypes.set || o.type === BuiltinTypes.frozenset {
            var big = so, small = os
            if os.count > so.count { big = os; small = so }
            var disjoint = true
            try small.forEach { k, h in
                if try disjoint && big.contains(k, hash: h, keyEquals) { disjoint = false }
            }
            return disjoint
        }
        let it = try getIter(other)
        while let k = try next(it) {
            if try so.contains(k, hash: try hash(k), keyEquals) { return false }
        }
        return true
    }

    /// set_richcompare for two sets; op as Interpreter.compare.
    func setCompare(_ v: PySet, _ w: PySet, _ op: Int) throws -> Bool {
        switch op {
        case 0:
            if v.count != w.count { return false }
            if let hv = v.frozenHash, let hw = w.frozenHash, hv != hw { return false }
            return try setIsSubset(v, .object(w))
        case 1: return !(try setCompare(v, w, 0))
        case 2: return try v.count < w.count && setIsSubset(v, .object(w))
        case 3: return try setIsSubset(v, .object(w))
        case 4: return try v.count > w.count && setIsSuperset(v, .object(w))
        default: return try setIsSuperset(v, .object(w))
        }
    }

    /// Membership that retries an unhashable set key as a frozenset (set_contains / discard).
    func setLookupKey(_ key: Value, _ body: (Value, Int) throws -> Bool) throws -> Bool {
        let h: Int
        do {
            h = try hash(key)
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.TypeError) {
            guard case .object(let o) = key, let ks = o as? PySet, !ks.isFrozen else { throw e }
            let tmp = PySet(frozen: true)
            try setUpdateInternal(tmp, key)
            let tv = Value.object(tmp)
            return try body(tv, try hash(tv))
        }
        return try body(key, h)
    }

    /// frozenset_hash: xor of shuffled element hashes, then CPython's final mixing.
    func frozensetHash(_ s: PySet) -> Int {
        if let h = s.frozenHash { return h }
        @inline(__always) func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        s.forEach { _, h in hash ^= shuffle(UInt(bitPattern: h)) }
        hash ^= (UInt(s.count) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        let r = Int(bitPattern: hash)
        s.frozenHash = r
        return r
    }

    func setRepr(_ s: PySet) throws -> String {
        let exact = s.type === BuiltinTypes.set
        let name = s.type.name
        if s.count == 0 { return name + "()" }
        return try reprGuarded(s, placeholder: name + "(...)") {
            let inner = "{" + (try joinedReprs(s.elements)) + "}"
            return exact ? inner : name + "(" + inner + ")"
        }
    }
}
