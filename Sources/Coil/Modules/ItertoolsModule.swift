// The `itertools` module: each iterator is a native PyNativeIterator subclass with its own
// type, following CPython's itertoolsmodule.c (same laziness, same error messages).
// The combinatoric iterators, groupby and tee are in ItertoolsCombinatorics.swift.

/// Binds `__new__` arguments (args[0] is the class) to parameter names: positional first,
/// then keywords. Returns one slot per name.
func itertoolsArgs(_ args: Args, _ fname: String, _ names: [String], kwOK: Set<String> = []) throws -> [Value?] {
    var out = [Value?](repeating: nil, count: names.count)
    let npos = args.count - 1
    if npos > names.count {
        throw PyErr.typeError("\(fname) expected at most \(names.count) argument\(names.count == 1 ? "" : "s"), got \(npos)")
    }
    for i in 0..<npos { out[i] = args[i + 1] }
    for (k, v) in args.keywords {
        guard kwOK.contains(k), let i = names.firstIndex(of: k) else {
            if kwOK.isEmpty { throw PyErr.typeError("\(fname)() takes no keyword arguments") }
            throw PyErr.typeError("\(fname)() got an unexpected keyword argument '\(k)'")
        }
        if out[i] != nil { throw PyErr.typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))") }
        out[i] = v
    }
    return out
}

/// The class argument of an itertools `__new__`.
func itertoolsClass(_ args: Args, _ base: PyType) throws -> PyType {
    guard args.values.count >= 1, let cls = args[0].asType, cls.isSubtype(of: base) else {
        throw PyErr.typeError("\(base.name).__new__(X): X is not a subtype of \(base.name)")
    }
    return cls
}

/// A new itertools type named `name` whose instances `make` builds.
func itertoolsType(_ name: String, _ make: @escaping (Interpreter, PyType, Args) throws -> PyNativeIterator) -> PyType {
    let t = BuiltinTypes.make(name, layout: .other, flags: [.baseType])
    t.addValue("__module__", Value("itertools"))
    addIteratorProtocol(t, lengthHint: false)
    t.addStaticMethod("__new__") { interp, args in
        let cls = try itertoolsClass(args, t)
        let it = try make(interp, cls, args)
        if cls.isHeapType { it.dict = PyDict() }
        return .object(it)
    }
    return t
}

final class ItCount: PyNativeIterator {
    var current: Value
    let step: Value
    init(_ start: Value, _ step: Value, type: PyType) { current = start; self.step = step; super.init(type: type) }
    override func next(_ interp: Interpreter) throws -> Value? {
        let v = current
        if case .int(let a) = current, case .int(let b) = step {
            let (r, o) = a.addingReportingOverflow(b)
            current = o ? makeInt(BigInt(a) + BigInt(b)) : .int(r)
        } else {
            current = try interp.binaryOp(current, step, BinOpCode.add)
        }
        return v
    }
    override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visitValue(current, visit); visitValue(step, visit) }
}

final class ItCycle: PyNativeIterator {
    var it: Value?
    var saved: [Value] = []
    var index = 0
    init(_ it: Value, type: PyType) { self.it = it; super.init(type: type) }
    override func next(_ interp: Interpreter) throws -> Value? {
        if let src = it {
            if let v = try interp.next(src) { saved.append(v); return v }
            it = nil
        }
        if saved.isEmpty { return nil }
        let v = saved[index]
        index = (index + 1) % saved.count
        return v
    }
    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        if let i = it { visitValue(i, visit) }
        for v in saved { visitValue(v, visit) }
    }
}

final class ItRepeat: PyNativeIterator {
    let value: Value
    var remaining: Int?   // nil = forever
    init(_ v: Value, _ times: Int?, type: PyType) { value = v; remaining = times; super.init(type: type) }
    override func next(_ interp: Interpreter) throws -> Value? {
        guard let r = remaining else { return value }
        if r <= 0 { return nil }
        remaining = r - 1
        return value
    }
    override var lengthHint: Int? { remaining.map { max(0, $0) } }
    override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visitValue(value, visit) }
}

final class ItChain: PyNativeIterator {
    var sources: Value?        // iterator over the iterables
    var active: Value?
    init(sources: Value, type: PyType) { self.sources = sources; super.init(type: type) }
    override func next(_ interp: Interpreter) throws -> Value? {
        while true {
            if let a = active {
                if let v = try interp.next(a) { return v }
                active = nil
            }
            guard let s = sources else { return nil }
            guard let nextIterable = try interp.next(s) else { sources = nil; return nil }
            active = try interp.getIter(nextIterable)
        }
    }
    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        if let s = sources { visitValue(s, visit) }
        if let a = active { visitValue(a, visit) }
    }
}

/// takewhile / dropwhile / filterfalse / compress / starmap / accumulate / pairwise / zip_longest.
final class ItFunc: PyNativeIterator {
    enum Kind { case takewhile, dropwhile, filterfalse, compress, starmap, accumulate, pairwise, zipLongest }
    let kind: Kind
    let fn: Value
    var its: [Value?]
    var state: Value = .undefined     // accumulate total / pairwise previous / fillvalue
    var flag = false                  // dropwhile: done dropping; takewhile: stopped; accumulate: started
    var active = 0                    // zip_longest: iterators still running
    init(_ kind: Kind, fn: Value, its: [Value], type: PyType) {
        self.kind = kind; self.fn = fn; self.its = its
        active = its.count
        super.init(type: type)
    }

    override func next(_ interp: Interpreter) throws -> Value? {
        switch kind {
        case .takewhile:
            guard !flag, let it = its[0], let v = try interp.next(it) else { return nil }
            if try interp.isTrue(try interp.callValues(fn, [v])) { return v }
            flag = true
            return nil
        case .dropwhile:
            guard let it = its[0] else { return nil }
            while let v = try interp.next(it) {
                if flag { return v }
                if !(try interp.isTrue(try interp.callValues(fn, [v]))) { flag = true; return v }
            }
            return nil
        case .filterfalse:
            guard let it = its[0] else { return nil }
            while let v = try interp.next(it) {
                let keep = fn.isNone ? try interp.isTrue(v) : try interp.isTrue(try interp.callValues(fn, [v]))
                if !keep { return v }
            }
            return nil
        case .compress:
            guard let data = its[0], let sel = its[1] else { return nil }
            while true {
                guard let d = try interp.next(data), let s = try interp.next(sel) else { its = [nil, nil]; return nil }
                if try interp.isTrue(s) { return d }
            }
        case .starmap:
            guard let it = its[0], let args = try interp.next(it) else { return nil }
            if let t = args.asTuple { return try interp.callValues(fn, t.items) }
            guard case .object(let o) = args, o.type.lookup(interp.names.diter) != nil || o is PyNativeIterator || o.type.lookup(interp.names.dgetitem) != nil else {
                throw PyErr.typeError("'\(args.type.name)' object is not iterable")
            }
            return try interp.callValues(fn, try interp.iterate(args))
        case .accumulate:
            if !flag {
                flag = true
                if !state.isUndefined { return state }
            }
            guard let it = its[0], let v = try interp.next(it) else { return nil }
            if state.isUndefined { state = v; return v }
            if fn.isNone {
                if case .int(let a) = state, case .int(let b) = v {
                    let (r, o) = a.addingReportingOverflow(b)
                    state = o ? makeInt(BigInt(a) + BigInt(b)) : .int(r)
                } else {
                    state = try interp.binaryOp(state, v, BinOpCode.add)
                }
            } else {
                state = try interp.callValues(fn, [state, v])
            }
            return state
        case .pairwise:
            guard let it = its[0] else { return nil }
            if state.isUndefined {
                guard let first = try interp.next(it) else { its[0] = nil; return nil }
                state = first
            }
            guard let v = try interp.next(it) else { its[0] = nil; state = .undefined; return nil }
            let pair = PyTuple([state, v])
            state = v
            return .object(pair)
        case .zipLongest:
            if its.isEmpty || active == 0 { return nil }
            var out: [Value] = []
            out.reserveCapacity(its.count)
            for i in 0..<its.count {
                guard let it = its[i] else { out.append(state); continue }
                if let v = try interp.next(it) {
                    out.append(v)
                } else {
                    its[i] = nil
                    active -= 1
                    if active == 0 { its = []; return nil }
                    out.append(state)
                }
            }
            return .object(PyTuple(out))
        }
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(fn, visit)
        for i in its { if let v = i { visitValue(v, visit) } }
        visitValue(state, visit)
    }
}

final class ItIslice: PyNativeIterator {
    var it: Value?
    var nextIndex: Int
    let stop: Int?     // nil = no limit
    let step: Int
    var count = 0
    init(_ it: Value, start: Int, stop: Int?, step: Int, type: PyType) {
        self.it = it; nextIndex = start; self.stop = stop; self.step = step
        super.init(type: type)
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        guard let src = it else { return nil }
        while count < nextIndex {
            guard try interp.next(src) != nil else { it = nil; return nil }
            count += 1
        }
        if let s = stop, count >= s { it = nil; return nil }
        guard let v = try interp.next(src) else { it = nil; return nil }
        count += 1
        let old = nextIndex
        let (n, o) = nextIndex.addingReportingOverflow(step)
        nextIndex = n
        if o || nextIndex < old || (stop.map { nextIndex > $0 } ?? false) { nextIndex = stop ?? Int.max }
        return v
    }
    override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); if let i = it { visitValue(i, visit) } }
}

extension BuiltinTypes {
    static let itCount: PyType = {
        let t = itertoolsType("count") { interp, cls, args in
            let a = try itertoolsArgs(args, "count", ["start", "step"], kwOK: ["start", "step"])
            let start = a[0] ?? .int(0), step = a[1] ?? .int(1)
            for v in [start, step] {
                // PyNumber_Check: ints, floats, complex and objects with __index__/__int__/__float__.
                let t = v.type
                let numeric: Bool
                switch v {
                case .int, .bool, .float: numeric = true
                default:
                    numeric = v.isIntLike || t.isSubtype(of: BuiltinTypes.float) || t.isSubtype(of: BuiltinTypes.complex)
                        || t.lookup(interp.names.dindex) != nil || t.lookup(interp.names.dint) != nil
                        || t.lookup(interp.names.dfloat) != nil
                }
                if !numeric { throw PyErr.typeError("a number is required") }
            }
            return ItCount(start, step, type: cls)
        }
        t.addMethod("__repr__") { interp, args in
            guard let c = args[0].asObject as? ItCount else { return Value("count()") }
            let name = c.type === BuiltinTypes.itCount ? "count" : c.type.name
            if c.step.isIntLike, c.step.bigIntValue == BigInt(1) { return Value("\(name)(\(try interp.repr(c.current)))") }
            return Value("\(name)(\(try interp.repr(c.current)), \(try interp.repr(c.step)))")
        }
        return t
    }()
    static let itCycle = itertoolsType("cycle") { interp, cls, args in
        let a = try itertoolsArgs(args, "cycle", ["iterable"])
        guard let src = a[0] else { throw PyErr.typeError("cycle expected 1 argument, got 0") }
        return ItCycle(try interp.getIter(src), type: cls)
    }
    static let itRepeat: PyType = {
        let t = itertoolsType("repeat") { interp, cls, args in
            let a = try itertoolsArgs(args, "repeat", ["object", "times"], kwOK: ["object", "times"])
            guard let obj = a[0] else { throw PyErr.typeError("repeat() missing required argument 'object' (pos 1)") }
            let times = try a[1].map { try interp.index($0) }
            return ItRepeat(obj, times.map { max(0, $0) }, type: cls)
        }
        addIteratorProtocol(t, lengthHint: true)
        t.addMethod("__repr__") { interp, args in
            guard let r = args[0].asObject as? ItRepeat else { return Value("repeat()") }
            if let n = r.remaining { return Value("repeat(\(try interp.repr(r.value)), \(n))") }
            return Value("repeat(\(try interp.repr(r.value)))")
        }
        return t
    }()
    static let itChain: PyType = {
        let t = itertoolsType("chain") { interp, cls, args in
            if args.hasKeywords { throw PyErr.typeError("chain() takes no keyword arguments") }
            return ItChain(sources: try interp.getIter(.object(PyTuple(Array(args.positional.dropFirst())))), type: cls)
        }
        t.addClassMethod("from_iterable") { interp, args in
            guard args.count == 2, let cls = args[0].asType else { throw PyErr.typeError("from_iterable() takes exactly one argument") }
            return .object(ItChain(sources: try interp.getIter(args[1]), type: cls))
        }
        return t
    }()
    static let itTakewhile = predicateType("takewhile", .takewhile)
    static let itDropwhile = predicateType("dropwhile", .dropwhile)
    static let itFilterfalse = predicateType("filterfalse", .filterfalse)
    static let itCompress = itertoolsType("compress") { interp, cls, args in
        let a = try itertoolsArgs(args, "compress", ["data", "selectors"], kwOK: ["data", "selectors"])
        guard let d = a[0], let s = a[1] else { throw PyErr.typeError("compress() missing required argument 'selectors' (pos 2)") }
        return ItFunc(.compress, fn: .none, its: [try interp.getIter(d), try interp.getIter(s)], type: cls)
    }
    static let itStarmap = itertoolsType("starmap") { interp, cls, args in
        let a = try itertoolsArgs(args, "starmap", ["function", "iterable"])
        guard let f = a[0], let it = a[1] else { throw PyErr.typeError("starmap expected 2 arguments, got \(args.count - 1)") }
        return ItFunc(.starmap, fn: f, its: [try interp.getIter(it)], type: cls)
    }
    static let itAccumulate = itertoolsType("accumulate") { interp, cls, args in
        let a = try itertoolsArgs(args, "accumulate", ["iterable", "func", "initial"], kwOK: ["iterable", "func", "initial"])
        guard let src = a[0] else { throw PyErr.typeError("accumulate() missing required argument 'iterable' (pos 1)") }
        let r = ItFunc(.accumulate, fn: a[1] ?? .none, its: [try interp.getIter(src)], type: cls)
        if let i = a[2], !i.isNone { r.state = i }
        return r
    }
    static let itPairwise = itertoolsType("pairwise") { interp, cls, args in
        let a = try itertoolsArgs(args, "pairwise", ["iterable"])
        guard let src = a[0] else { throw PyErr.typeError("pairwise expected 1 argument, got 0") }
        return ItFunc(.pairwise, fn: .none, its: [try interp.getIter(src)], type: cls)
    }
    static let itZipLongest = itertoolsType("zip_longest") { interp, cls, args in
        var fill: Value = .none
        for (k, v) in args.keywords {
            guard k == "fillvalue" else { throw PyErr.typeError("zip_longest() got an unexpected keyword argument '\(k)'") }
            fill = v
        }
        var its: [Value] = []
        for i in 1..<max(1, args.count) {
            do { its.append(try interp.getIter(args[i])) } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
                throw PyErr.typeError("zip_longest argument #\(i) must support iteration")
            }
        }
        let r = ItFunc(.zipLongest, fn: .none, its: its, type: cls)
        r.state = fill
        return r
    }
    static let itIslice = itertoolsType("islice") { interp, cls, args in
        if args.hasKeywords { throw PyErr.typeError("islice() takes no keyword arguments") }
        let n = args.count - 1
        guard n >= 2 && n <= 4 else {
            throw PyErr.typeError(n < 2 ? "islice expected at least 2 arguments, got \(n)" : "islice expected at most 4 arguments, got \(n)")
        }
        func idx(_ v: Value, _ msg: String) throws -> Int? {
            if v.isNone { return nil }
            guard let b = (try? interp.mathIndex(v)) else { throw PyErr.valueError(msg) }
            guard let i = b.asInt, i >= 0 else { throw PyErr.valueError(msg) }
            return i
        }
        let stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        let idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
        var start = 0, stop: Int? = nil, step = 1
        if n == 2 {
            stop = try idx(args[2], stopMsg)
        } else {
            start = try idx(args[2], idxMsg) ?? 0
            stop = try idx(args[3], idxMsg)
            if n == 4 {
                if !args[4].isNone {
                    guard let s = (try? interp.mathIndex(args[4]))?.asInt, s >= 1 else {
                        throw PyErr.valueError("Step for islice() must be a positive integer or None.")
                    }
                    step = s
                }
            }
        }
        return ItIslice(try interp.getIter(args[1]), start: start, stop: stop, step: step, type: cls)
    }

    private static func predicateType(_ name: String, _ kind: ItFunc.Kind) -> PyType {
        itertoolsType(name) { interp, cls, args in
            let a = try itertoolsArgs(args, name, ["predicate", "iterable"])
            guard let p = a[0], let it = a[1] else { throw PyErr.typeError("\(name) expected 2 arguments, got \(args.count - 1)") }
            return ItFunc(kind, fn: p, its: [try interp.getIter(it)], type: cls)
        }
    }
}

func makeItertoolsModule(_ interp: Interpreter) throws -> PyModule {
    let m = interp.makeNativeModule("itertools", [("tee", itertoolsTee)])
    let types: [(String, PyType)] = [
        ("count", BuiltinTypes.itCount), ("cycle", BuiltinTypes.itCycle), ("repeat", BuiltinTypes.itRepeat),
        ("chain", BuiltinTypes.itChain), ("takewhile", BuiltinTypes.itTakewhile), ("dropwhile", BuiltinTypes.itDropwhile),
        ("filterfalse", BuiltinTypes.itFilterfalse), ("compress", BuiltinTypes.itCompress),
        ("starmap", BuiltinTypes.itStarmap), ("accumulate", BuiltinTypes.itAccumulate),
        ("pairwise", BuiltinTypes.itPairwise), ("zip_longest", BuiltinTypes.itZipLongest),
        ("islice", BuiltinTypes.itIslice), ("groupby", BuiltinTypes.itGroupby),
        ("product", BuiltinTypes.itProduct), ("permutations", BuiltinTypes.itPermutations),
        ("combinations", BuiltinTypes.itCombinations),
        ("combinations_with_replacement", BuiltinTypes.itCombinationsWR),
    ]
    for (n, t) in types { m.dict?.setStr(n, .object(t)) }
    m.dict?.setStr("_tee", .object(BuiltinTypes.itTee))
    return m
}
