// Slice index resolution shared by every sequence type, following CPython's
// PySlice_Unpack + PySlice_AdjustIndices (PySlice_GetIndicesEx) exactly: None defaults depend on
// the step's sign, out-of-range ints (even huge ones) clamp instead of raising, and objects with
// `__index__` are accepted.

/// Resolves `s` against a sequence of `length` items. `count` is the number of selected items.
public func sliceIndices(_ interp: Interpreter, _ s: PySlice, length: Int) throws
    -> (start: Int, stop: Int, step: Int, count: Int) {
    // PySlice_Unpack
    var step = 1
    if !s.step.isNone {
        step = try sliceIndexValue(interp, s.step)
        if step == 0 { throw PyErr.valueError("slice step cannot be zero") }
        // CPython keeps -step from overflowing.
        if step < -Int.max { step = -Int.max }
    }
    var start: Int
    if s.start.isNone {
        start = step < 0 ? Int.max : 0
    } else {
        start = try sliceIndexValue(interp, s.start)
    }
    var stop: Int
    if s.stop.isNone {
        stop = step < 0 ? Int.min : Int.max
    } else {
        stop = try sliceIndexValue(interp, s.stop)
    }
    // PySlice_AdjustIndices
    if start < 0 {
        start += length
        if start < 0 { start = step < 0 ? -1 : 0 }
    } else if start >= length {
        start = step < 0 ? length - 1 : length
    }
    if stop < 0 {
        stop += length
        if stop < 0 { stop = step < 0 ? -1 : 0 }
    } else if stop >= length {
        stop = step < 0 ? length - 1 : length
    }
    var count = 0
    if step < 0 {
        if stop < start { count = (start - stop - 1) / (-step) + 1 }
    } else {
        if start < stop { count = (stop - start - 1) / step + 1 }
    }
    return (start, stop, step, count)
}

/// `_PyEval_SliceIndex`: an int (clamped to the Int range) from an int or `__index__` object.
public func sliceIndexValue(_ interp: Interpreter, _ v: Value) throws -> Int {
    if case .int(let i) = v { return i }
    if case .bool(let b) = v { return b ? 1 : 0 }
    if let b = v.bigIntValue { return clampBigToInt(b) }
    if let m = v.type.lookup(interp.names.dindex) {
        let r = try interp.callValues(m, [v])
        if let i = r.intValue { return i }
        if let b = r.bigIntValue { return clampBigToInt(b) }
        throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
    }
    throw PyErr.typeError("slice indices must be integers or None or have an __index__ method")
}

@inline(__always) private func clampBigToInt(_ b: BigInt) -> Int {
    if let i = b.asInt { return i }
    return b.isNegative ? Int.min : Int.max
}
