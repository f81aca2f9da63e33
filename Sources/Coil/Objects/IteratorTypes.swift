// enumerate, zip, map, filter and reversed: builtin types whose instances are native iterators
// (the run loop's FOR_ITER calls `next` directly), plus `__iter__`/`__next__` on every native
// iterator type so scripts can drive them by hand.

/// The next item of an iterator held by a native iterator type; native sources skip dispatch.
@inline(__always) func nextItem(_ interp: Interpreter, _ native: PyNativeIterator?, _ source: Value) throws -> Value? {
    if let n = native { return try n.next(interp) }
    return try interp.next(source)
}

public final class PyEnumerate: PyNativeIterator {
    let source: Value
    // Same object as `source` (which keeps it alive); unowned so the collector's counts stay exact.
    unowned(unsafe) let native: PyNativeIterator?
    var count: Int
    var bigCount: BigInt?
    init(_ it: Value, start: BigInt, type: PyType) {
        source = it
        native = it.asObject as? PyNativeIterator
        count = start.asInt ?? 0
        bigCount = start.asInt == nil ? start : nil
        super.init(type: type)
        trackGC(self)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let x = try nextItem(interp, native, source) else { return nil }
        let index: Value
        if let b = bigCount {
            index = makeInt(b)
            bigCount = b + BigInt(1)
        } else {
            index = .int(count)
            let (n, o) = count.addingReportingOverflow(1)
            if o { bigCount = BigInt(count) + BigInt(1) } else { count = n }
        }
        return .object(PyTuple([index, x]))
    }
    public override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visitValue(source, visit) }
}

public final class PyZip: PyNativeIterator {
    var iterators: [Value]
    // Mirrors `iterators` without extra retains (the collector compares retain counts).
    let natives: [Unmanaged<PyNativeIterator>?]
    let strict: Bool
    init(_ its: [Value], strict: Bool, type: PyType) {
        iterators = its; self.strict = strict
        natives = its.map { ($0.asObject as? PyNativeIterator).map { Unmanaged.passUnretained($0) } }
        super.init(type: type)
        trackGC(self)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if iterators.isEmpty { return nil }
        var out: [Value] = []
        out.reserveCapacity(iterators.count)
        for (i, it) in iterators.enumerated() {
            guard let x = try nextItem(interp, natives[i]?.takeUnretainedValue(), it) else {
                let its = iterators
                iterators = []
                if strict { try strictFailure(interp, its, exhausted: i) }
                return nil
            }
            out.append(x)
        }
        return .object(PyTuple(out))
    }
    private func strictFailure(_ interp: Interpreter, _ its: [Value], exhausted i: Int) throws {
        if i > 0 {
            let plural = i == 1 ? " " : "s 1-"
            throw PyErr.valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
        }
        for j in 1..<max(1, its.count) where try interp.next(its[j]) != nil {
            let plural = j == 1 ? " " : "s 1-"
            throw PyErr.valueError("zip() argument \(j + 1) is longer than argument\(plural)\(j)")
        }
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for v in iterators { visitValue(v, visit) }
    }
    public override func clearReferences() { super.clearReferences(); iterators = [] }
}

public final class PyMap: PyNativeIterator {
    let function: Value
    var iterators: [Value]
    unowned(unsafe) let first: PyNativeIterator?
    init(_ f: Value, _ its: [Value], type: PyType) {
        function = f; iterators = its
        first = its.count == 1 ? its[0].asObject as? PyNativeIterator : nil
        super.init(type: type)
        trackGC(self)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if iterators.count == 1 {
            guard let x = try nextItem(interp, first, iterators[0]) else { return nil }
            return try interp.callValues(function, [x])
        }
        var args: [Value] = []
        args.reserveCapacity(iterators.count)
        for it in iterators {
            guard let x = try interp.next(it) else { return nil }
            args.append(x)
        }
        return try interp.callValues(function, args)
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(function, visit)
        for v in iterators { visitValue(v, visit) }
    }
    public override func clearReferences() { super.clearReferences(); iterators = [] }
}

public final class PyFilter: PyNativeIterator {
    let function: Value
    let source: Value
    // Same object as `source` (which keeps it alive); unowned so the collector's counts stay exact.
    unowned(unsafe) let native: PyNativeIterator?
    init(_ f: Value, _ it: Value, type: PyType) {
        function = f; source = it; native = it.asObject as? PyNativeIterator
        super.init(type: type)
        trackGC(self)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        // None and bool both mean "keep truthy items" (CPython skips the call for bool).
        let identity = function.isNone || function.asObject === BuiltinTypes.bool
        while let x = try nextItem(interp, native, source) {
            let keep = identity ? try interp.isTrue(x) : try interp.isTrue(try interp.callValues(function, [x]))
            if keep { return x }
        }
        return nil
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(function, visit); visitValue(source, visit)
    }
}

/// reversed() over the sequence protocol (`__len__` + `__getitem__`).
public final class PyReversed: PyNativeIterator {
    var seq: Value?
    var index: Int
    init(_ s: Value, count: Int, type: PyType) { seq = s; index = count - 1; super.init(type: type); trackGC(self) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let s = seq, index >= 0 else { seq = nil; return nil }
        do {
            let v = try interp.getItem(s, .int(index))
            index -= 1
            return v
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.IndexError) || e.type.isSubtype(of: BuiltinTypes.StopIteration) {
            seq = nil
            return nil
        }
    }
    public override var lengthHint: Int? { seq == nil ? 0 : index + 1 }
    public override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); if let s = seq { visitValue(s, visit) } }
}

extension BuiltinTypes {
    public static let enumerate = make("enumerate")
    public static let zip = make("zip")
    public static let map = make("map")
    public static let filter = make("filter")
    public static let reversed = make("reversed")
}

/// `__iter__` (self) and `__next__` for a native iterator type, plus `__length_hint__` for the
/// kinds that have one in CPython (sequence and container iterators, not enumerate/zip/map/filter).
func addIteratorProtocol(_ t: PyType, lengthHint: Bool) {
    t.addMethod("__iter__") { _, args in args[0] }
    t.addMethod("__next__") { interp, args in
        guard case .object(let o) = args[0], let it = o as? PyNativeIterator else {
            throw PyErr.typeError("'\(args[0].type.name)' object is not an iterator")
        }
        if let v = try it.next(interp) { return v }
        throw PyErr.stopIteration()
    }
    guard lengthHint else { return }
    t.addMethod("__length_hint__") { _, args in
        guard case .object(let o) = args[0], let it = o as? PyNativeIterator else { return .int(0) }
        if let r = it as? PyListReverseIterator {
            guard let l = r.list else { return .int(0) }
            return .int(max(0, min(r.index + 1, l.items.count)))
        }
        return .int(it.lengthHint ?? 0)
    }
}

/// Instances of user subclasses get a `__dict__`.
@inline(__always) private func withDict<T: PyObject>(_ o: T, _ cls: PyType) -> Value {
    if cls.isHeapType { o.dict = PyDict() }
    return .object(o)
}

private func clsArg(_ args: Args, _ base: PyType) throws -> PyType {
    guard args.count >= 1, let cls = args[0].asType, cls.isSubtype(of: base) else {
        throw PyErr.typeError("\(base.name).__new__(X): X is not a subtype of \(base.name)")
    }
    return cls
}

func installIteratorTypes() {
    BuiltinTypes.enumerate.addStaticMethod("__new__") { interp, args in
        let cls = try clsArg(args, BuiltinTypes.enumerate)
        var iterable: Value? = args.count > 1 ? args[1] : nil
        var start: Value? = args.count > 2 ? args[2] : nil
        let total = args.count - 1 + args.keywords.count
        if total > 2 { throw PyErr.typeError("enumerate() takes at most 2 arguments (\(total) given)") }
        for (k, v) in args.keywords {
            switch k {
            case "iterable" where iterable == nil: iterable = v
            case "start" where start == nil: start = v
            case "iterable", "start":
                throw PyErr.typeError("argument for enumerate() given by name ('\(k)') and position (\(k == "iterable" ? 1 : 2))")
            default: throw PyErr.typeError("'\(k)' is an invalid keyword argument for enumerate()")
            }
        }
        guard let src = iterable else { throw PyErr.typeError("enumerate() missing required argument 'iterable'") }
        var first = BigInt(0)
        if let s = start {
            if let b = s.bigIntValue { first = b }
            else { first = BigInt(try interp.index(s)) }
        }
        return withDict(PyEnumerate(try interp.getIter(src), start: first, type: cls), cls)
    }
    BuiltinTypes.zip.addStaticMethod("__new__") { interp, args in
        let cls = try clsArg(args, BuiltinTypes.zip)
        var strict = false
        for (k, v) in args.keywords {
            guard k == "strict" else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for zip()") }
            strict = try interp.isTrue(v)
        }
        var its: [Value] = []
        for i in 1..<max(1, args.count) { its.append(try interp.getIter(args[i])) }
        return withDict(PyZip(its, strict: strict, type: cls), cls)
    }
    BuiltinTypes.map.addStaticMethod("__new__") { interp, args in
        let cls = try clsArg(args, BuiltinTypes.map)
        if args.hasKeywords && cls === BuiltinTypes.map { throw PyErr.typeError("map() takes no keyword arguments") }
        if args.count < 3 { throw PyErr.typeError("map() must have at least two arguments.") }
        var its: [Value] = []
        for i in 2..<args.count { its.append(try interp.getIter(args[i])) }
        return withDict(PyMap(args[1], its, type: cls), cls)
    }
    BuiltinTypes.filter.addStaticMethod("__new__") { interp, args in
        let cls = try clsArg(args, BuiltinTypes.filter)
        if args.hasKeywords && cls === BuiltinTypes.filter { throw PyErr.typeError("filter() takes no keyword arguments") }
        try checkPositional("filter", args.count - 1, min: 2, max: 2)
        return withDict(PyFilter(args[1], try interp.getIter(args[2]), type: cls), cls)
    }
    BuiltinTypes.reversed.addStaticMethod("__new__") { interp, args in
        let cls = try clsArg(args, BuiltinTypes.reversed)
        if args.hasKeywords && cls === BuiltinTypes.reversed { throw PyErr.typeError("reversed() takes no keyword arguments") }
        try checkPositional("reversed", args.count - 1, min: 1, max: 1)
        let seq = args[1]
        if case .object(let o) = seq, o.type === BuiltinTypes.list {
            return .object(PyListReverseIterator(unsafeDowncast(o, to: PyList.self)))
        }
        let t = seq.type
        // As CPython, __reversed__'s result is returned even for subclasses of reversed.
        if let m = t.lookup(interp.names.dreversed) {
            if m.isNone { throw PyErr.typeError("'\(t.name)' object is not reversible") }
            return try interp.callValues(m, [seq])
        }
        // The sequence protocol; dicts are mappings, not sequences.
        guard t.lookup(interp.names.dgetitem) != nil, !t.isSubtype(of: BuiltinTypes.dict),
              t.lookup(interp.names.dlen) != nil else {
            throw PyErr.typeError("'\(t.name)' object is not reversible")
        }
        return withDict(PyReversed(seq, count: try interp.len(seq), type: cls), cls)
    }
    for t in [BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.callableIterator] {
        addIteratorProtocol(t, lengthHint: false)
    }
    for t in [BuiltinTypes.reversed, BuiltinTypes.listIterator, BuiltinTypes.listReverseIterator, BuiltinTypes.tupleIterator,
              BuiltinTypes.rangeIterator, BuiltinTypes.longRangeIterator, BuiltinTypes.strIterator,
              BuiltinTypes.dictKeyIterator, BuiltinTypes.dictValueIterator, BuiltinTypes.dictItemIterator,
              BuiltinTypes.setIterator, BuiltinTypes.iterator, BuiltinTypes.dictReverseKeyIterator,
              BuiltinTypes.dictReverseValueIterator, BuiltinTypes.dictReverseItemIterator] {
        addIteratorProtocol(t, lengthHint: true)
    }
    for t in [BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed] {
        addClassGetItemIfGeneric(t)
    }
}

/// enumerate supports `enumerate[int]` (PEP 585); the others do not.
private func addClassGetItemIfGeneric(_ t: PyType) {
    if t === BuiltinTypes.enumerate { addClassGetItem(t) }
}

/// Puts the iterator types in the builtins namespace.
func installIteratorBuiltins(_ interp: Interpreter, _ builtins: PyDict) {
    for t in [BuiltinTypes.enumerate, BuiltinTypes.zip, BuiltinTypes.map, BuiltinTypes.filter, BuiltinTypes.reversed] {
        builtins.setStr(interp.intern(t.name), .object(t))
    }
}
