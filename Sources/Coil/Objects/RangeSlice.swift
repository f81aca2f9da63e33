// range and slice objects. Ranges hold machine ints: bounds beyond Int (or a span whose length
// overflows) raise OverflowError at construction, where CPython would only fail on len().

extension Interpreter {
    /// A range argument: int or __index__, with CPython's TypeError for anything else.
    func rangeArgument(_ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        if v.bigIntValue != nil { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
        guard let m = v.type.lookup(intern("__index__")) else {
            throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        let r = try callValues(m, [v])
        if let i = r.intValue { return i }
        if r.bigIntValue != nil { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
        throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
    }
}

/// A range whose length and span fit in Int (PyRange.count relies on it).
func makeRange(_ start: Int, _ stop: Int, _ step: Int) throws -> PyRange {
    let (_, o1) = stop.subtractingReportingOverflow(start)
    let (_, o2) = start.subtractingReportingOverflow(stop)
    if o1 || o2 { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
    return PyRange(start: start, stop: stop, step: step)
}

@inline(__always) private func rangeSelf(_ args: Args) throws -> PyRange {
    guard args.count > 0, let r = args[0].asObject as? PyRange else { throw PyErr.typeError("descriptor requires a 'range' object") }
    return r
}

@inline(__always) private func sliceSelf(_ args: Args) throws -> PySlice {
    guard args.count > 0, let s = args[0].asObject as? PySlice else { throw PyErr.typeError("descriptor requires a 'slice' object") }
    return s
}

/// Position of `x` in the range, or nil.
private func rangeIndex(_ r: PyRange, _ x: Int) -> Int? {
    if r.step > 0 {
        if x < r.start || x >= r.stop { return nil }
    } else {
        if x > r.start || x <= r.stop { return nil }
    }
    let d = x - r.start
    if d % r.step != 0 { return nil }
    return d / r.step
}

/// Exact ints and bools take the O(1) path (CPython's PyLong_CheckExact || PyBool_Check).
@inline(__always) private func exactIntOperand(_ v: Value) -> BigInt? {
    switch v {
    case .int, .bool: return v.bigIntValue
    case .object(let o): return o.type === BuiltinTypes.int ? v.bigIntValue : nil
    default: return nil
    }
}

func installRangeAndSlice() {
    installRange()
    installSlice()
}

private func installRange() {
    let t = BuiltinTypes.range
    let notImpl = Value.object(BuiltinTypes.notImplemented)
    t.addStaticMethod("__new__") { interp, args in
        if args.hasKeywords { throw PyErr.typeError("range() takes no keyword arguments") }
        try checkPositional("range", args.count - 1, min: 1, max: 3)
        var start = 0, stop = 0, step = 1
        if args.count == 2 {
            stop = try interp.rangeArgument(args[1])
        } else {
            start = try interp.rangeArgument(args[1])
            stop = try interp.rangeArgument(args[2])
            if args.count == 4 {
                step = try interp.rangeArgument(args[3])
                if step == 0 { throw PyErr.valueError("range() arg 3 must not be zero") }
            }
        }
        return .object(try makeRange(start, stop, step))
    }
    t.addMethod("__repr__") { _, args in
        let r = try rangeSelf(args)
        if r.step == 1 { return Value("range(\(r.start), \(r.stop))") }
        return Value("range(\(r.start), \(r.stop), \(r.step))")
    }
    t.addGetter("start") { _, v in .int((v.asObject as? PyRange)?.start ?? 0) }
    t.addGetter("stop") { _, v in .int((v.asObject as? PyRange)?.stop ?? 0) }
    t.addGetter("step") { _, v in .int((v.asObject as? PyRange)?.step ?? 1) }
    t.addMethod("__len__") { _, args in .int(try rangeSelf(args).count) }
    t.addMethod("__bool__") { _, args in .bool(try rangeSelf(args).count != 0) }
    t.addMethod("__iter__") { _, args in
        let r = try rangeSelf(args)
        return .object(PyRangeIterator(start: r.start, step: r.step, count: r.count))
    }
    t.addMethod("__reversed__") { _, args in
        let r = try rangeSelf(args)
        let n = r.count
        if n == 0 { return .object(PyRangeIterator(start: 0, step: 1, count: 0)) }
        let (negStep, o) = (0).subtractingReportingOverflow(r.step)
        if o { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
        return .object(PyRangeIterator(start: r.item(n - 1), step: negStep, count: n))
    }
    t.addMethod("__getitem__") { interp, args in
        try exactlyOneArg(args, "range.__getitem__")
        let r = try rangeSelf(args)
        let k = args[1]
        let n = r.count
        if let i = try interp.indexOperand(k) {
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n { throw PyErr.indexError("range object index out of range") }
            return .int(r.item(j))
        }
        guard case .object(let ko) = k, let s = ko as? PySlice else {
            throw PyErr.typeError("range indices must be integers or slices, not \(k.type.name)")
        }
        let sr = try interp.resolveSlice(s, n)
        // Positions may lie just outside the range (-1, n): compute them with overflow checks.
        func at(_ i: Int) throws -> Int {
            let (m, o1) = i.multipliedReportingOverflow(by: r.step)
            let (v, o2) = r.start.addingReportingOverflow(m)
            if o1 || o2 { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
            return v
        }
        let (newStep, o) = r.step.multipliedReportingOverflow(by: sr.step)
        if o { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
        return .object(try makeRange(try at(sr.start), try at(sr.stop), newStep))
    }
    t.addMethod("__contains__") { interp, args in
        try exactlyOneArg(args, "range.__contains__")
        let r = try rangeSelf(args)
        if let b = exactIntOperand(args[1]) {
            guard let x = b.asInt else { return .bool(false) }
            return .bool(rangeIndex(r, x) != nil)
        }
        for i in 0..<r.count where try interp.equals(.int(r.item(i)), args[1]) { return .bool(true) }
        return .bool(false)
    }
    t.addMethod("count") { interp, args in
        try exactlyOneArg(args, "range.count")
        let r = try rangeSelf(args)
        if let b = exactIntOperand(args[1]) {
            guard let x = b.asInt else { return .int(0) }
            return .int(rangeIndex(r, x) != nil ? 1 : 0)
        }
        var c = 0
        for i in 0..<r.count where try interp.equals(.int(r.item(i)), args[1]) { c += 1 }
        return .int(c)
    }
    t.addMethod("index") { interp, args in
        try exactlyOneArg(args, "range.index")
        let r = try rangeSelf(args)
        if let b = exactIntOperand(args[1]) {
            if let x = b.asInt, let i = rangeIndex(r, x) { return .int(i) }
            throw PyErr.valueError("\(try interp.repr(args[1])) is not in range")
        }
        for i in 0..<r.count where try interp.equals(.int(r.item(i)), args[1]) { return .int(i) }
        throw PyErr.valueError("sequence.index(x): x not in sequence")
    }
    func rangesEqual(_ a: PyRange, _ b: PyRange) -> Bool {
        if a === b { return true }
        let n = a.count
        if n != b.count { return false }
        if n == 0 { return true }
        if a.start != b.start { return false }
        if n == 1 { return true }
        return a.step == b.step
    }
    t.addMethod("__eq__") { _, args in
        let a = try rangeSelf(args)
        guard args.count == 2, let b = args[1].asObject as? PyRange else { return notImpl }
        return .bool(rangesEqual(a, b))
    }
    t.addMethod("__ne__") { _, args in
        let a = try rangeSelf(args)
        guard args.count == 2, let b = args[1].asObject as? PyRange else { return notImpl }
        return .bool(!rangesEqual(a, b))
    }
    t.addMethod("__hash__") { interp, args in
        // hash((len, start, step)) with None for the parts that do not matter, as CPython.
        let r = try rangeSelf(args)
        let n = r.count
        let parts: [Value] = n == 0 ? [.int(0), .none, .none]
            : n == 1 ? [.int(1), .int(r.start), .none] : [.int(n), .int(r.start), .int(r.step)]
        return .int(try interp.hash(.object(PyTuple(parts))))
    }
}

private func installSlice() {
    let t = BuiltinTypes.slice
    let notImpl = Value.object(BuiltinTypes.notImplemented)
    t.addStaticMethod("__new__") { _, args in
        if args.hasKeywords { throw PyErr.typeError("slice() takes no keyword arguments") }
        try checkPositional("slice", args.count - 1, min: 1, max: 3)
        switch args.count {
        case 2: return .object(PySlice(start: .none, stop: args[1], step: .none))
        case 3: return .object(PySlice(start: args[1], stop: args[2], step: .none))
        default: return .object(PySlice(start: args[1], stop: args[2], step: args[3]))
        }
    }
    t.addMethod("__repr__") { interp, args in
        let s = try sliceSelf(args)
        return Value("slice(\(try interp.repr(s.start)), \(try interp.repr(s.stop)), \(try interp.repr(s.step)))")
    }
    t.addGetter("start") { _, v in (v.asObject as? PySlice)?.start ?? .none }
    t.addGetter("stop") { _, v in (v.asObject as? PySlice)?.stop ?? .none }
    t.addGetter("step") { _, v in (v.asObject as? PySlice)?.step ?? .none }
    t.addValue("__hash__", .none)
    t.addMethod("indices") { interp, args in
        try exactlyOneArg(args, "slice.indices")
        let s = try sliceSelf(args)
        let length = try interp.index(args[1])
        if length < 0 { throw PyErr.valueError("length should not be negative") }
        let r = try sliceIndices(interp, s, length: length)
        return .object(PyTuple([.int(r.start), .int(r.stop), .int(r.step)]))
    }
    // Slices compare as (start, stop, step) tuples.
    for op in 0..<6 {
        t.addMethod(Interpreter.compareDunders[op]) { interp, args in
            let a = try sliceSelf(args)
            guard args.count == 2, let b = args[1].asObject as? PySlice else { return notImpl }
            return .bool(try interp.sequenceCompare([a.start, a.stop, a.step], [b.start, b.stop, b.step], op))
        }
    }
}
