// collections.Counter: a dict subclass ported from CPython's collections/__init__.py (same
// iteration orders, same positive-count rules for the operators, most_common stable on ties).

extension Interpreter {
    /// self[k] for a Counter: missing keys count as 0 (subclasses may override __getitem__).
    fileprivate func counterGet(_ c: PyDict, _ k: Value) throws -> Value {
        if c.type.isHeapType { return try getItem(.object(c), k) }
        return try dictGet(c, k) ?? .int(0)
    }

    fileprivate func counterSet(_ c: PyDict, _ k: Value, _ v: Value) throws {
        if c.type.isHeapType { try setItem(.object(c), k, v) } else { try dictSet(c, k, v) }
    }

    @inline(__always) fileprivate func addValues(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        }
        return try binaryOp(a, b, BinOpCode.add)
    }

    fileprivate func isPositive(_ v: Value) throws -> Bool {
        if case .int(let i) = v { return i > 0 }
        return try isTrue(try compare(v, .int(0), 4))
    }

    fileprivate func isMapping(_ v: Value) -> Bool {
        v.type.isSubtype(of: BuiltinTypes.dict) || (v.type.isHeapType && v.type.lookup(intern("keys")) != nil
            && v.type.lookup(names.dgetitem) != nil && v.type.mro.contains { $0.name == "Mapping" })
    }

    /// (key, value) pairs of a mapping, via items() for non-dicts.
    fileprivate func mappingItems(_ m: Value) throws -> [(Value, Value)] {
        if case .object(let o) = m, let d = o as? PyDict, o.type === BuiltinTypes.dict || !o.type.isHeapType {
            var out: [(Value, Value)] = []
            d.forEach { k, v in out.append((k, v)) }
            return out
        }
        return try iterate(try callMethod(m, "items")).map { p in
            let kv = try unpack(p, count: 2)
            return (kv[0], kv[1])
        }
    }

    func counterUpdate(_ c: PyDict, _ iterable: Value?, _ kwds: [(String, Value)], subtract: Bool = false) throws {
        if let src = iterable, !src.isNone {
            if isMapping(src) {
                if c.count > 0 || subtract {
                    for (k, v) in try mappingItems(src) {
                        let cur = try dictGet(c, k) ?? .int(0)
                        try counterSet(c, k, subtract ? try binaryOp(cur, v, BinOpCode.sub) : try addValues(v, cur))
                    }
                } else {
                    for (k, v) in try mappingItems(src) { try dictSet(c, k, v) }
                }
            } else if c.type.isHeapType {
                let it = try getIter(src)
                while let k = try next(it) {
                    let cur = try callMethod(.object(c), "get", [k, .int(0)])
                    try counterSet(c, k, subtract ? try binaryOp(cur, .int(1), BinOpCode.sub) : try addValues(cur, .int(1)))
                }
            } else {
                let it = try getIter(src)
                while let k = try next(it) {
                    let h = try hash(k)
                    let cur = try c.get(k, hash: h, keyEquals) ?? .int(0)
                    let nv = subtract ? try binaryOp(cur, .int(1), BinOpCode.sub) : try addValues(cur, .int(1))
                    try c.set(k, hash: h, nv, keyEquals)
                }
            }
        }
        if !kwds.isEmpty {
            let d = PyDict()
            for (k, v) in kwds { d.setStr(k, v) }
            try counterUpdate(c, .object(d), [], subtract: subtract)
        }
    }

    /// most_common(): items sorted by count, descending, ties in insertion order.
    func counterMostCommon(_ c: PyDict) throws -> [(Value, Value)] {
        var items: [(Value, Value)] = []
        c.forEach { k, v in items.append((k, v)) }
        try jsonStableSort(&items) { a, b in
            if case .int(let x) = a.1, case .int(let y) = b.1 { return y < x }
            return try self.isTrue(try self.compare(b.1, a.1, 2))
        }
        return items
    }

    fileprivate func counterSelf(_ args: Args) throws -> PyDict {
        guard args.values.count > 0, let d = args[0].asObject as? PyDict, d.type.isSubtype(of: BuiltinTypes.counter) else {
            throw PyErr.typeError("descriptor requires a 'Counter' object")
        }
        return d
    }

    fileprivate func otherCounter(_ args: Args) -> PyDict? {
        guard args.count == 2, let d = args[1].asObject as? PyDict, d.type.isSubtype(of: BuiltinTypes.counter) else { return nil }
        return d
    }
}

private func makeCounter() -> PyDict { PyDict(type: BuiltinTypes.counter) }

extension BuiltinTypes {
    static let counter: PyType = {
        let t = make("Counter", dict, layout: .dict, flags: [.baseType, .hasDict])
        t.addValue("__module__", Value("collections"))
        t.addMethod("__init__") { interp, args in
            let c = try interp.counterSelf(args)
            if args.count > 2 { throw PyErr.typeError("Counter.__init__() takes from 1 to 2 positional arguments but \(args.count) were given") }
            try interp.counterUpdate(c, args.count > 1 ? args[1] : nil, args.keywords)
            return .none
        }
        t.addMethod("__missing__") { _, _ in .int(0) }
        t.addMethod("total") { interp, args in
            let c = try interp.counterSelf(args)
            var acc: Value = .int(0)
            for v in c.values { acc = try interp.addValues(acc, v) }
            return acc
        }
        t.addMethod("most_common") { interp, args in
            let c = try interp.counterSelf(args)
            var items = try interp.counterMostCommon(c)
            if let nv = interp.osArg(args, 1, "n"), !nv.isNone {
                let n = try interp.index(nv)
                items = Array(items.prefix(max(0, n)))
            }
            return .object(PyList(items.map { .object(PyTuple([$0.0, $0.1])) }))
        }
        t.addMethod("elements") { interp, args in
            let c = try interp.counterSelf(args)
            var out: [Value] = []
            for (k, v) in c.entries.filter({ !$0.key.isUndefined }).map({ ($0.key, $0.value) }) {
                let n = try interp.index(v)
                if n > 0 { for _ in 0..<n { out.append(k) } }
            }
            return try interp.getIter(.object(PyList(out)))
        }
        t.addClassMethod("fromkeys") { _, _ in
            throw PyErr.notImplemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
        }
        t.addMethod("update") { interp, args in
            let c = try interp.counterSelf(args)
            try interp.counterUpdate(c, args.count > 1 ? args[1] : nil, args.keywords)
            return .none
        }
        t.addMethod("subtract") { interp, args in
            let c = try interp.counterSelf(args)
            try interp.counterUpdate(c, args.count > 1 ? args[1] : nil, args.keywords, subtract: true)
            return .none
        }
        t.addMethod("copy") { interp, args in
            let c = try interp.counterSelf(args)
            return try interp.callValues(.object(c.type), [.object(c)])
        }
        t.addMethod("__reduce__") { interp, args in
            let c = try interp.counterSelf(args)
            return .object(PyTuple([.object(c.type), .object(PyTuple([.object(interp.dictCopy(c))]))]))
        }
        t.addMethod("__delitem__") { interp, args in
            let c = try interp.counterSelf(args)
            _ = try interp.dictRemove(c, args[1])
            return .none
        }
        t.addMethod("__repr__") { interp, args in
            let c = try interp.counterSelf(args)
            let name = c.type.name
            if c.count == 0 { return Value("\(name)()") }
            let d = PyDict()
            do {
                for (k, v) in try interp.counterMostCommon(c) { try interp.dictSet(d, k, v) }
            } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.TypeError) {
                d.removeAll()
                interp.dictCopyEntries(c, into: d)
            }
            return Value("\(name)(\(try interp.repr(.object(d))))")
        }
        // Rich comparisons treat missing counts as zero (3.10+).
        func allCounts(_ interp: Interpreter, _ a: PyDict, _ b: PyDict, _ op: Int) throws -> Bool {
            for c in [a, b] {
                for k in c.keys {
                    if !(try interp.isTrue(try interp.compare(try interp.counterGet(a, k), try interp.counterGet(b, k), op))) { return false }
                }
            }
            return true
        }
        let notImpl = Value.object(BuiltinTypes.notImplemented)
        t.addMethod("__eq__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            return .bool(try allCounts(interp, try interp.counterSelf(args), o, 0))
        }
        t.addMethod("__ne__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            return .bool(!(try allCounts(interp, try interp.counterSelf(args), o, 0)))
        }
        t.addMethod("__le__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            return .bool(try allCounts(interp, try interp.counterSelf(args), o, 3))
        }
        t.addMethod("__ge__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            return .bool(try allCounts(interp, try interp.counterSelf(args), o, 5))
        }
        t.addMethod("__lt__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            let s = try interp.counterSelf(args)
            return .bool(try allCounts(interp, s, o, 3) && !(try allCounts(interp, s, o, 0)))
        }
        t.addMethod("__gt__") { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            let s = try interp.counterSelf(args)
            return .bool(try allCounts(interp, s, o, 5) && !(try allCounts(interp, s, o, 0)))
        }
        t.addValue("__hash__", .none)
        installCounterArithmetic(t)
        return t
    }()
}

private func installCounterArithmetic(_ t: PyType) {
    let notImpl = Value.object(BuiltinTypes.notImplemented)
    func binary(_ name: String, _ body: @escaping (Interpreter, PyDict, PyDict, PyDict) throws -> Void) {
        t.addMethod(name) { interp, args in
            guard let o = interp.otherCounter(args) else { return notImpl }
            let s = try interp.counterSelf(args)
            let result = makeCounter()
            try body(interp, s, o, result)
            return .object(result)
        }
    }
    func items(_ d: PyDict) -> [(Value, Value)] { d.entries.filter { !$0.key.isUndefined }.map { ($0.key, $0.value) } }
    binary("__add__") { interp, s, o, r in
        for (k, c) in items(s) {
            let n = try interp.addValues(c, try interp.counterGet(o, k))
            if try interp.isPositive(n) { try interp.dictSet(r, k, n) }
        }
        for (k, c) in items(o) where try interp.dictGet(s, k) == nil && interp.isPositive(c) { try interp.dictSet(r, k, c) }
    }
    binary("__sub__") { interp, s, o, r in
        for (k, c) in items(s) {
            let n = try interp.binaryOp(c, try interp.counterGet(o, k), BinOpCode.sub)
            if try interp.isPositive(n) { try interp.dictSet(r, k, n) }
        }
        for (k, c) in items(o) where try interp.dictGet(s, k) == nil && interp.isTrue(try interp.compare(c, .int(0), 2)) {
            try interp.dictSet(r, k, try interp.binaryOp(.int(0), c, BinOpCode.sub))
        }
    }
    binary("__or__") { interp, s, o, r in
        for (k, c) in items(s) {
            let oc = try interp.counterGet(o, k)
            let n = try interp.isTrue(try interp.compare(c, oc, 2)) ? oc : c
            if try interp.isPositive(n) { try interp.dictSet(r, k, n) }
        }
        for (k, c) in items(o) where try interp.dictGet(s, k) == nil && interp.isPositive(c) { try interp.dictSet(r, k, c) }
    }
    binary("__and__") { interp, s, o, r in
        for (k, c) in items(s) {
            let oc = try interp.counterGet(o, k)
            let n = try interp.isTrue(try interp.compare(c, oc, 2)) ? c : oc
            if try interp.isPositive(n) { try interp.dictSet(r, k, n) }
        }
    }
    t.addMethod("__pos__") { interp, args in
        let s = try interp.counterSelf(args)
        let r = makeCounter()
        for (k, c) in items(s) where try interp.isPositive(c) { try interp.dictSet(r, k, c) }
        return .object(r)
    }
    t.addMethod("__neg__") { interp, args in
        let s = try interp.counterSelf(args)
        let r = makeCounter()
        for (k, c) in items(s) where try interp.isTrue(try interp.compare(c, .int(0), 2)) {
            try interp.dictSet(r, k, try interp.binaryOp(.int(0), c, BinOpCode.sub))
        }
        return .object(r)
    }
    func keepPositive(_ interp: Interpreter, _ s: PyDict) throws {
        for (k, c) in items(s) where !(try interp.isPositive(c)) { _ = try interp.dictRemove(s, k) }
    }
    func inplace(_ name: String, _ body: @escaping (Interpreter, PyDict, Value) throws -> Void) {
        t.addMethod(name) { interp, args in
            let s = try interp.counterSelf(args)
            try body(interp, s, args[1])
            try keepPositive(interp, s)
            return args[0]
        }
    }
    inplace("__iadd__") { interp, s, o in
        for (k, c) in try interp.mappingItems(o) { try interp.counterSet(s, k, try interp.addValues(try interp.counterGet(s, k), c)) }
    }
    inplace("__isub__") { interp, s, o in
        for (k, c) in try interp.mappingItems(o) {
            try interp.counterSet(s, k, try interp.binaryOp(try interp.counterGet(s, k), c, BinOpCode.sub))
        }
    }
    inplace("__ior__") { interp, s, o in
        for (k, oc) in try interp.mappingItems(o) {
            let c = try interp.counterGet(s, k)
            if try interp.isTrue(try interp.compare(oc, c, 4)) { try interp.counterSet(s, k, oc) }
        }
    }
    inplace("__iand__") { interp, s, o in
        for (k, c) in items(s) {
            let oc = try interp.getItem(o, k)
            if try interp.isTrue(try interp.compare(oc, c, 2)) { try interp.counterSet(s, k, oc) }
        }
    }
}
