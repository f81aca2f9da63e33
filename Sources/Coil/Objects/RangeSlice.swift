// range and slice objects. Ranges that fit in machine ints are PyRange (iterated natively by
// the VM); larger ones are PyBigRange (RangeBig.swift). Every range method accepts both.

@inline(__always) private func sliceSelf(_ args: Args) throws -> PySlice {
    guard args.count > 0, let s = args[0].asObject as? PySlice else { throw PyErr.typeError("descriptor requires a 'slice' object") }
    return s
}

private func rangeParts(_ args: Args) throws -> RangeParts {
    guard args.count > 0, let p = RangeParts(args[0]) else { throw PyErr.typeError("descriptor requires a 'range' object") }
    return p
}

/// Position of `x` in a native range, or nil.
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
    let argMessage: (Value) -> String = { "'\($0.type.name)' object cannot be interpreted as an integer" }
    t.addStaticMethod("__new__") { interp, args in
        if args.hasKeywords { throw PyErr.typeError("range() takes no keyword arguments") }
        try checkPositional("range", args.count - 1, min: 1, max: 3)
        // Machine-word arguments (almost always): no big-int round trip.
        if args.count == 2, case .int(let n) = args[1] { return .object(PyRange(start: 0, stop: n, step: 1)) }
        if args.count == 3, case .int(let a) = args[1], case .int(let b) = args[2],
           !b.subtractingReportingOverflow(a).overflow, !a.subtractingReportingOverflow(b).overflow {
            return .object(PyRange(start: a, stop: b, step: 1))
        }
        var start = BigInt(0), stop = BigInt(0), step = BigInt(1)
        if args.count == 2 {
            stop = try interp.bigIndexValue(args[1], argMessage(args[1]))
        } else {
            start = try interp.bigIndexValue(args[1], argMessage(args[1]))
            stop = try interp.bigIndexValue(args[2], argMessage(args[2]))
            if args.count == 4 {
                step = try interp.bigIndexValue(args[3], argMessage(args[3]))
                if step.isZero { throw PyErr.valueError("range() arg 3 must not be zero") }
            }
        }
        return makeRangeValue(start, stop, step)
    }
    t.addMethod("__repr__") { _, args in
        let r = try rangeParts(args)
        if r.step == BigInt(1) { return Value("range(\(r.start.toString()), \(r.stop.toString()))") }
        return Value("range(\(r.start.toString()), \(r.stop.toString()), \(r.step.toString()))")
    }
    t.addGetter("start") { _, v in RangeParts(v).map { makeInt($0.start) } ?? .none }
    t.addGetter("stop") { _, v in RangeParts(v).map { makeInt($0.stop) } ?? .none }
    t.addGetter("step") { _, v in RangeParts(v).map { makeInt($0.step) } ?? .none }
    t.addMethod("__len__") { _, args in
        if let r = args[0].asObject as? PyRange { return .int(r.count) }
        guard let n = try rangeParts(args).length.asInt else {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t")
        }
        return .int(n)
    }
    t.addMethod("__bool__") { _, args in .bool(!(try rangeParts(args).length.isZero)) }
    t.addMethod("__iter__") { _, args in
        if let r = args[0].asObject as? PyRange { return .object(PyRangeIterator(start: r.start, step: r.step, count: r.count)) }
        return try rangeParts(args).iterator(reversed: false)
    }
    t.addMethod("__reversed__") { _, args in try rangeParts(args).iterator(reversed: true) }
    t.addMethod("__getitem__") { interp, args in
        try exactlyOneArg(args, "range.__getitem__")
        let k = args[1]
        if let r = args[0].asObject as? PyRange, case .int(let i) = k {
            let n = r.count
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n { throw PyErr.indexError("range object index out of range") }
            return .int(r.item(j))
        }
        let r = try rangeParts(args)
        if case .object(let ko) = k, let s = ko as? PySlice { return try interp.rangeSlice(r, s) }
        guard k.bigIntValue != nil || k.type.lookup(interp.names.dindex) != nil else {
            throw PyErr.typeError("range indices must be integers or slices, not \(k.type.name)")
        }
        var i = try interp.bigIndexValue(k, "")
        if i.isNegative { i = i + r.length }
        if i.isNegative || i >= r.length { throw PyErr.indexError("range object index out of range") }
        return makeInt(r.item(i))
    }
    t.addMethod("__contains__") { interp, args in
        try exactlyOneArg(args, "range.__contains__")
        if let b = exactIntOperand(args[1]) {
            if let r = args[0].asObject as? PyRange {
                guard let x = b.asInt else { return .bool(false) }
                return .bool(rangeIndex(r, x) != nil)
            }
            return .bool(try rangeParts(args).index(of: b) != nil)
        }
        let it = try interp.getIter(args[0])
        while let v = try interp.next(it) {
            if try interp.equals(v, args[1]) { return .bool(true) }
        }
        return .bool(false)
    }
    t.addMethod("count") { interp, args in
        try exactlyOneArg(args, "range.count")
        if let b = exactIntOperand(args[1]) { return .int(try rangeParts(args).index(of: b) != nil ? 1 : 0) }
        var c = 0
        let it = try interp.getIter(args[0])
        while let v = try interp.next(it) { if try interp.equals(v, args[1]) { c += 1 } }
        return .int(c)
    }
    t.addMethod("index") { interp, args in
        try exactlyOneArg(args, "range.index")
        if let b = exactIntOperand(args[1]) {
            if let i = try rangeParts(args).index(of: b) { return makeInt(i) }
            throw PyErr.valueError("\(try interp.repr(args[1])) is not in range")
        }
        var i = 0
        let it = try interp.getIter(args[0])
        while let v = try interp.next(it) {
            if try interp.equals(v, args[1]) { return .int(i) }
            i += 1
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence")
    }
    t.addMethod("__eq__") { _, args in
        let a = try rangeParts(args)
        guard args.count == 2, let b = RangeParts(args[1]) else { return notImpl }
        return .bool(a.equals(b))
    }
    t.addMethod("__ne__") { _, args in
        let a = try rangeParts(args)
        guard args.count == 2, let b = RangeParts(args[1]) else { return notImpl }
        return .bool(!a.equals(b))
    }
    t.addMethod("__hash__") { interp, args in .int(try interp.hash(.object(try rangeParts(args).hashTuple()))) }
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
