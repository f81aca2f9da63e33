// The abstract object protocols (CPython's abstract.c / object.c): truth, comparison,
// hashing, containment, items, length. Each has fast paths for exact builtin types and
// otherwise dispatches to the type's dunder methods (builtin types install native dunders).

extension Interpreter {
    // MARK: truth

    @inline(__always) public func isTrue(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .none, .undefined: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.str { return unsafeDowncast(o, to: PyStr.self).value.utf8.count != 0 }
            if t === BuiltinTypes.list { return unsafeDowncast(o, to: PyList.self).items.count != 0 }
            if t === BuiltinTypes.tuple { return unsafeDowncast(o, to: PyTuple.self).items.count != 0 }
            if t === BuiltinTypes.dict { return unsafeDowncast(o, to: PyDict.self).count != 0 }
            return try objectTruth(v, t)
        }
    }

    func objectTruth(_ v: Value, _ t: PyType) throws -> Bool {
        if let b = t.lookup(names.dbool) {
            let r = try callValues(b, [v])
            guard case .bool(let x) = r else {
                throw PyErr.typeError("__bool__ should return bool, returned \(r.type.name)")
            }
            return x
        }
        if t.lookup(names.dlen) != nil { return try len(v) != 0 }
        return true
    }

    // MARK: comparison

    static let reflectedCompare = [0, 1, 4, 5, 2, 3]
    static let compareDunders = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    static let compareSymbols = ["==", "!=", "<", "<=", ">", ">="]

    /// Rich comparison; `op` 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=.
    public func compare(_ a: Value, _ b: Value, _ op: Int) throws -> Value {
        if let r = try fastCompare(a, b, op) { return .bool(r) }
        let ta = a.type, tb = b.type
        let notImpl = BuiltinTypes.notImplemented
        let name = intern(Interpreter.compareDunders[op])
        let rname = intern(Interpreter.compareDunders[Interpreter.reflectedCompare[op]])
        var triedReflected = false
        if ta !== tb, tb.isSubtype(of: ta), let rm = tb.lookup(rname) {
            triedReflected = true
            let r = try callValues(rm, [b, a])
            if r.asObject !== notImpl { return r }
        }
        if let lm = ta.lookup(name) {
            let r = try callValues(lm, [a, b])
            if r.asObject !== notImpl { return r }
        }
        if !triedReflected, let rm = tb.lookup(rname) {
            let r = try callValues(rm, [b, a])
            if r.asObject !== notImpl { return r }
        }
        switch op {
        case 0: return .bool(a.isIdentical(to: b))
        case 1: return .bool(!a.isIdentical(to: b))
        default:
            throw PyErr.typeError("'\(Interpreter.compareSymbols[op])' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// Comparisons of builtin scalars and strings, and sequences of them; nil = use dunders.
    func fastCompare(_ a: Value, _ b: Value, _ op: Int) throws -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return cmp(x, y, op)
        case (.float(let x), .float(let y)): return cmp(x, y, op)
        case (.int(let x), .float(let y)): return cmpIntFloat(BigInt(x), y, op)
        case (.float(let x), .int(let y)): return cmpIntFloat(BigInt(y), x, Interpreter.reflectedCompare[op])
        case (.bool, _), (_, .bool):
            if let x = a.intValue, let y = b.intValue { return cmp(x, y, op) }
            if let x = a.intValue, case .float(let y) = b { return cmp(Double(x), y, op) }
            if case .float(let x) = a, let y = b.intValue { return cmp(x, Double(y), op) }
        case (.none, .none): if op < 2 { return op == 0 }
        case (.object(let x), .object(let y)):
            let tx = x.type!, ty = y.type!
            if tx === BuiltinTypes.str && ty === BuiltinTypes.str {
                return strCompare(unsafeDowncast(x, to: PyStr.self), unsafeDowncast(y, to: PyStr.self), op)
            }
            if (tx === BuiltinTypes.int || tx === BuiltinTypes.bool) && (ty === BuiltinTypes.int || ty === BuiltinTypes.bool),
               let bx = a.bigIntValue, let by = b.bigIntValue {
                return cmp(bx, by, op)
            }
            if tx === ty && (tx === BuiltinTypes.tuple || tx === BuiltinTypes.list) {
                let xs = tx === BuiltinTypes.tuple ? unsafeDowncast(x, to: PyTuple.self).items : unsafeDowncast(x, to: PyList.self).items
                let ys = tx === BuiltinTypes.tuple ? unsafeDowncast(y, to: PyTuple.self).items : unsafeDowncast(y, to: PyList.self).items
                return try sequenceCompare(xs, ys, op)
            }
        default:
            break
        }
        if a.isIntLike && b.isIntLike && !a.type.isHeapType && !b.type.isHeapType,
           let bx = a.bigIntValue, let by = b.bigIntValue {
            return cmp(bx, by, op)
        }
        if !a.type.isHeapType && !b.type.isHeapType {
            if case .float(let y) = b, let bx = a.bigIntValue { return cmpIntFloat(bx, y, op) }
            if case .float(let x) = a, let by = b.bigIntValue { return cmpIntFloat(by, x, Interpreter.reflectedCompare[op]) }
        }
        return nil
    }

    @inline(__always) func cmp<T: Comparable>(_ x: T, _ y: T, _ op: Int) -> Bool {
        switch op {
        case 0: return x == y
        case 1: return x != y
        case 2: return x < y
        case 3: return x <= y
        case 4: return x > y
        default: return x >= y
        }
    }

    /// Exact int-vs-float comparison (no rounding of large ints).
    func cmpIntFloat(_ i: BigInt, _ f: Double, _ op: Int) -> Bool {
        if f.isNaN { return op == 1 }
        if f.isInfinite { return cmp(0.0, f, op) }
        let fl = f.rounded(.down)
        guard let fi = BigInt(exactly: fl) else { return cmp(0.0, f, op) }
        if i != fi { return cmp(i, fi, op) }
        // Equal integer parts: the float's fraction decides.
        return cmp(0.0, f - fl, op)
    }

    func strCompare(_ x: PyStr, _ y: PyStr, _ op: Int) -> Bool {
        if op == 0 { return x === y || strEqual(x.value, y.value) }
        if op == 1 { return !(x === y || strEqual(x.value, y.value)) }
        // UTF-8 byte order equals code point order.
        let c = compareUTF8(x.value, y.value)
        return cmp(c, 0, op)
    }

    func sequenceCompare(_ xs: [Value], _ ys: [Value], _ op: Int) throws -> Bool {
        let n = min(xs.count, ys.count)
        var i = 0
        while i < n {
            if !(xs[i].isIdentical(to: ys[i])), !(try equals(xs[i], ys[i])) { break }
            i += 1
        }
        if i >= n { return cmp(xs.count, ys.count, op) }
        if op == 0 { return false }
        if op == 1 { return true }
        return try isTrue(try compare(xs[i], ys[i], op))
    }

    /// `a == b` as a Bool (identity implies equality, as in containers).
    @inline(__always) public func equals(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x == y }
        if case .object(let x) = a, case .object(let y) = b {
            if x === y { return true }
            if x.type === BuiltinTypes.str && y.type === BuiltinTypes.str {
                return strEqual(unsafeDowncast(x, to: PyStr.self).value, unsafeDowncast(y, to: PyStr.self).value)
            }
        }
        return try isTrue(try compare(a, b, 0))
    }

    // MARK: hashing

    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return BigInt.pyHash(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return hashDouble(d)
        case .none, .undefined: return 0x5f3759df
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.str { return unsafeDowncast(o, to: PyStr.self).pyHash }
            if t === BuiltinTypes.int, let p = o as? PyInt { return p.value.pyHash }
            if t === BuiltinTypes.tuple { return try hashTuple(unsafeDowncast(o, to: PyTuple.self)) }
            guard let h = t.lookup(names.dhash) else { return pointerHash(o) }
            if h.isNone { throw PyErr.typeError("unhashable type: '\(t.name)'") }
            let r = try callValues(h, [v])
            guard let hv = r.bigIntValue else { throw PyErr.typeError("__hash__ method should return an integer") }
            if let i = hv.asInt { return i == -1 ? -2 : i }
            return hv.pyHash
        }
    }

    func pointerHash(_ o: PyObject) -> Int {
        let y = UInt(bitPattern: ObjectIdentifier(o))
        let r = Int(bitPattern: (y >> 4) | (y << 60))
        return r == -1 ? -2 : r
    }

    func hashTuple(_ t: PyTuple) throws -> Int {
        try t.cachedHash {
            var acc: UInt = 2870177450012600261
            for item in t.items {
                let lane = UInt(bitPattern: try hash(item))
                acc = acc &+ lane &* 14029467366897019727
                acc = (acc << 31) | (acc >> 33)
                acc = acc &* 11400714785074694791
            }
            acc = acc &+ (UInt(t.items.count) ^ (2870177450012600261 ^ 3527539))
            if acc == UInt.max { return 1546275796 }
            return Int(bitPattern: acc)
        }
    }

    /// Dict/set key equality.
    @inline(__always) func keyEquals(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equals(a, b)
    }

    // MARK: dict and set helpers

    public func dictGet(_ d: PyDict, _ key: Value) throws -> Value? {
        if case .object(let o) = key, o.type === BuiltinTypes.str { return d.getStr(unsafeDowncast(o, to: PyStr.self)) }
        return try d.get(key, hash: try hash(key), keyEquals)
    }

    public func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws {
        if case .object(let o) = key, o.type === BuiltinTypes.str { d.setStr(unsafeDowncast(o, to: PyStr.self), value); return }
        try d.set(key, hash: try hash(key), value, keyEquals)
    }

    @discardableResult
    public func dictRemove(_ d: PyDict, _ key: Value) throws -> Value? {
        if case .object(let o) = key, o.type === BuiltinTypes.str { return d.removeStr(unsafeDowncast(o, to: PyStr.self)) }
        return try d.remove(key, hash: try hash(key), keyEquals)
    }

    public func setAdd(_ s: PySet, _ v: Value) throws {
        try s.add(v, hash: try hash(v), keyEquals)
    }

    public func setContains(_ s: PySet, _ v: Value) throws -> Bool {
        // An unhashable set key is looked up as a frozenset, as set_contains does.
        try setLookupKey(v) { k, h in try s.contains(k, hash: h, keyEquals) }
    }

    /// `{**m}` and `f(**m)`.
    func dictMerge(_ d: PyDict, _ m: Value, forCall: Bool, callee: Value) throws {
        if case .object(let o) = m, let src = o as? PyDict, o.type === BuiltinTypes.dict {
            for (k, v) in src.entries.lazy.filter({ !$0.key.isUndefined }).map({ ($0.key, $0.value) }) {
                if forCall {
                    guard k.asStr != nil else { throw PyErr.typeError("keywords must be strings") }
                    if try dictGet(d, k) != nil {
                        throw PyErr.typeError("\(try calleeName(callee))() got multiple values for keyword argument '\(k.asStr?.value ?? "")'")
                    }
                }
                try dictSet(d, k, v)
            }
            return
        }
        guard let keysMethod = m.type.lookup(intern("keys")) else {
            if forCall {
                throw PyErr.typeError("\(try calleeName(callee))() argument after ** must be a mapping, not \(m.type.name)")
            }
            throw PyErr.typeError("'\(m.type.name)' object is not a mapping")
        }
        for k in try iterate(try callValues(keysMethod, [m])) {
            if forCall, try dictGet(d, k) != nil {
                throw PyErr.typeError("\(try calleeName(callee))() got multiple values for keyword argument '\(k.asStr?.value ?? "")'")
            }
            try dictSet(d, k, try getItem(m, k))
        }
    }

    func calleeName(_ callee: Value) throws -> String {
        if case .object(let o) = callee {
            if let f = o as? PyFunction {
                if let m = f.module.asStr?.value, m != "builtins" { return m + "." + f.qualname }
                return f.qualname
            }
            if let b = o as? PyBuiltinFunction { return b.name }
            if let t = o as? PyType { return t.name }
        }
        return callee.type.name + " object"
    }

    /// `m[k]` returning nil for KeyError (name lookups in custom class namespaces).
    func mappingGet(_ m: Value, _ k: Value) throws -> Value? {
        do {
            return try getItem(m, k)
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.KeyError) {
            return nil
        }
    }

    // MARK: containment, items, length

    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            let t = o.type!
            if t === BuiltinTypes.dict { return try dictGet(unsafeDowncast(o, to: PyDict.self), item) != nil }
            if t === BuiltinTypes.set || t === BuiltinTypes.frozenset { return try setContains(unsafeDowncast(o, to: PySet.self), item) }
            if t === BuiltinTypes.list || t === BuiltinTypes.tuple {
                let items = t === BuiltinTypes.list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
                for x in items where try keyEquals(x, item) { return true }
                return false
            }
            if t === BuiltinTypes.str {
                guard let s = item.asStr else {
                    throw PyErr.typeError("'in <string>' requires string as left operand, not \(item.type.name)")
                }
                let hay = unsafeDowncast(o, to: PyStr.self).value
                return s.value.isEmpty || hay.utf8.firstRange(of: s.value.utf8) != nil
            }
            if let m = t.lookup(names.dcontains) {
                return try isTrue(try callValues(m, [container, item]))
            }
        }
        if container.type.lookup(names.diter) == nil && container.type.lookup(names.dgetitem) == nil {
            throw PyErr.typeError("argument of type '\(container.type.name)' is not iterable")
        }
        let it = try getIter(container)
        while let x = try next(it) {
            if try keyEquals(x, item) { return true }
        }
        return false
    }

    public func getItem(_ o: Value, _ k: Value) throws -> Value {
        if case .object(let obj) = o {
            let t = obj.type!
            if t === BuiltinTypes.dict {
                let d = unsafeDowncast(obj, to: PyDict.self)
                if let v = try dictGet(d, k) { return v }
                throw PyErr.keyError(k)
            }
            if t === BuiltinTypes.tuple, case .int(let i) = k {
                let items = unsafeDowncast(obj, to: PyTuple.self).items
                let j = i < 0 ? i + items.count : i
                if j < 0 || j >= items.count { throw PyErr.indexError("tuple index out of range") }
                return items[j]
            }
            if let m = t.lookup(names.dgetitem) {
                return try callValues(m, [o, k])
            }
            if let cls = obj as? PyType {
                if cls.lookup(names.dclassGetitem) != nil {
                    return try callValues(try typeGetAttr(cls, names.dclassGetitem), [k])
                }
                if cls === BuiltinTypes.type { return .object(PyGenericAlias(origin: o, args: k)) }
                throw PyErr.typeError("type '\(cls.name)' is not subscriptable")
            }
        }
        throw PyErr.typeError("'\(o.type.name)' object is not subscriptable")
    }

    public func setItem(_ o: Value, _ k: Value, _ v: Value) throws {
        if case .object(let obj) = o {
            if obj.type === BuiltinTypes.dict { try dictSet(unsafeDowncast(obj, to: PyDict.self), k, v); return }
            if let m = obj.type.lookup(names.dsetitem) {
                _ = try callValues(m, [o, k, v])
                return
            }
        }
        throw PyErr.typeError("'\(o.type.name)' object does not support item assignment")
    }

    public func delItem(_ o: Value, _ k: Value) throws {
        if case .object(let obj) = o {
            if obj.type === BuiltinTypes.dict {
                if try dictRemove(unsafeDowncast(obj, to: PyDict.self), k) == nil { throw PyErr.keyError(k) }
                return
            }
            if let m = obj.type.lookup(names.ddelitem) {
                _ = try callValues(m, [o, k])
                return
            }
        }
        throw PyErr.typeError("'\(o.type.name)' object doesn't support item deletion")
    }

    public func len(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            if o.hasType(listType) { return unsafeDowncast(o, to: PyList.self).items.count }
            if o.hasType(tupleType) { return unsafeDowncast(o, to: PyTuple.self).items.count }
            if o.hasType(strType) { return unsafeDowncast(o, to: PyStr.self).count }
            if o.hasType(dictType) { return unsafeDowncast(o, to: PyDict.self).count }
            let t = o.type!
            if let m = t.lookup(names.dlen) {
                let r = try callValues(m, [v])
                guard let n = r.bigIntValue else {
                    throw PyErr.typeError("'\(r.type.name)' object cannot be interpreted as an integer")
                }
                guard let i = n.asInt else { throw PyErr.overflowError("cannot fit 'int' into an index-sized integer") }
                if i < 0 { throw PyErr.valueError("__len__() should return >= 0") }
                return i
            }
        }
        throw PyErr.typeError("object of type '\(v.type.name)' has no len()")
    }

    /// An integer usable as an index (`__index__`).
    public func index(_ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        if let b = v.bigIntValue {
            guard let i = b.asInt else { throw PyErr.make(BuiltinTypes.IndexError, "cannot fit 'int' into an index-sized integer") }
            return i
        }
        if let m = v.type.lookup(names.dindex) {
            let r = try callValues(m, [v])
            if let i = r.intValue { return i }
        }
        throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }
}

/// `list[int]` and friends: kept for annotations and repr.
public final class PyGenericAlias: PyObject {
    public let origin: Value
    public let args: Value
    init(origin: Value, args: Value) {
        self.origin = origin; self.args = args
        super.init(type: BuiltinTypes.genericAlias)
    }
}

/// Code-point equality (Swift's `==` on String uses canonical equivalence; Python does not).
@inline(__always) func strEqual(_ a: String, _ b: String) -> Bool {
    var a = a, b = b
    return a.withUTF8 { ua in b.withUTF8 { ub in
        ua.count == ub.count && (ua.count == 0 || memcmpEqual(ua.baseAddress, ub.baseAddress, ua.count))
    } }
}

@inline(__always) func memcmpEqual(_ a: UnsafePointer<UInt8>?, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
    guard let a = a, let b = b else { return n == 0 }
    if a == b { return true }
    for i in 0..<n where a[i] != b[i] { return false }
    return true
}

/// Three-way comparison of UTF-8 bytes (code point order).
func compareUTF8(_ a: String, _ b: String) -> Int {
    var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
        }
    }
}

/// CPython's hash of a float (equal to the int hash for integral values).
public func hashDouble(_ v: Double) -> Int {
    let bits = 61
    let modulus: UInt = (1 << 61) - 1
    if !v.isFinite {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        return 0
    }
    var e: Int32 = 0
    var m = frexpValue(v, &e)
    var sign: Int = 1
    if m < 0 { sign = -1; m = -m }
    var x: UInt = 0
    var ee = Int(e)
    while m != 0 {
        x = ((x << 28) & modulus) | x >> (bits - 28)
        m *= 268435456.0
        ee -= 28
        let y = UInt(m)
        m -= Double(y)
        x += y
        if x >= modulus { x -= modulus }
    }
    ee = ee >= 0 ? ee % bits : bits - 1 - ((-1 - ee) % bits)
    x = ((x << UInt(ee)) & modulus) | x >> UInt(bits - ee)
    var r = Int(bitPattern: x) &* sign
    if r == -1 { r = -2 }
    return r
}

@inline(__always) func frexpValue(_ v: Double, _ e: inout Int32) -> Double {
    if v == 0 { e = 0; return 0 }
    let ex = v.exponent + 1
    e = Int32(ex)
    return v / Double(sign: .plus, exponent: Int(ex), significand: 1)
}
