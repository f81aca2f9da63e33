// Ranges whose bounds or length do not fit in Int (`range(0, 10**20, 10**15)`). PyRange holds
// machine ints and the VM iterates it natively; these are the rare rest, computed with BigInt.
// Their class is a hidden subclass of range named "range", so isinstance(r, range) holds (only
// `type(r) is range` tells them apart).

public final class PyBigRange: PyObject {
    public let start: BigInt, stop: BigInt, step: BigInt
    public let length: BigInt
    init(start: BigInt, stop: BigInt, step: BigInt) {
        self.start = start; self.stop = stop; self.step = step
        length = bigRangeLength(start, stop, step)
        super.init(type: BuiltinTypes.bigRange)
    }
}

/// Iterates ranges whose items do not fit in Int (CPython's longrange_iterator).
public final class PyBigRangeIterator: PyNativeIterator {
    var current: BigInt
    let step: BigInt
    var remaining: BigInt
    init(start: BigInt, step: BigInt, count: BigInt) {
        current = start; self.step = step; remaining = count
        super.init(type: BuiltinTypes.longRangeIterator)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if remaining.isNegative || remaining.isZero { return nil }
        remaining = remaining - BigInt(1)
        let v = current
        current = current + step
        return makeInt(v)
    }
    public override var lengthHint: Int? { remaining.asInt ?? Int.max }
}

extension BuiltinTypes {
    public static let bigRange = make("range", range, flags: [])
    public static let longRangeIterator = make("longrange_iterator", flags: [])
}

func bigRangeLength(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> BigInt {
    let one = BigInt(1)
    if step.isNegative {
        if start > stop { return ((start - stop - one).floorDiv(BigInt(0) - step) ?? BigInt(0)) + one }
    } else if start < stop {
        return ((stop - start - one).floorDiv(step) ?? BigInt(0)) + one
    }
    return BigInt(0)
}

/// A range value: a native PyRange when everything fits, else a PyBigRange.
func makeRangeValue(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> Value {
    // PyRange.count negates a negative step, so Int.min stays big.
    if let a = start.asInt, let b = stop.asInt, let c = step.asInt, c != Int.min {
        let (_, o1) = b.subtractingReportingOverflow(a)
        let (_, o2) = a.subtractingReportingOverflow(b)
        if !o1 && !o2 { return .object(PyRange(start: a, stop: b, step: c)) }
    }
    return .object(PyBigRange(start: start, stop: stop, step: step))
}

/// The (start, stop, step, length) of either kind of range.
struct RangeParts {
    let start: BigInt, stop: BigInt, step: BigInt, length: BigInt

    init?(_ v: Value) {
        guard case .object(let o) = v else { return nil }
        if let r = o as? PyRange {
            start = BigInt(r.start); stop = BigInt(r.stop); step = BigInt(r.step); length = BigInt(r.count)
        } else if let b = o as? PyBigRange {
            start = b.start; stop = b.stop; step = b.step; length = b.length
        } else {
            return nil
        }
    }

    func item(_ i: BigInt) -> BigInt { start + i * step }

    /// The position of `x`, if it is an item.
    func index(of x: BigInt) -> BigInt? {
        if step.isNegative {
            if !(x <= start && x > stop) { return nil }
        } else {
            if !(x >= start && x < stop) { return nil }
        }
        guard let (q, r) = (x - start).floorDivMod(step), r.isZero else { return nil }
        return q
    }

    /// range_hash: hash((len, start, step)) with None for the parts that do not matter.
    func hashTuple() -> PyTuple {
        if length.isZero { return PyTuple([.int(0), .none, .none]) }
        if length == BigInt(1) { return PyTuple([.int(1), makeInt(start), .none]) }
        return PyTuple([makeInt(length), makeInt(start), makeInt(step)])
    }

    func equals(_ o: RangeParts) -> Bool {
        if length != o.length { return false }
        if length.isZero { return true }
        if start != o.start { return false }
        if length == BigInt(1) { return true }
        return step == o.step
    }

    func iterator(reversed: Bool) -> Value {
        if length.isZero { return .object(PyRangeIterator(start: 0, step: 1, count: 0)) }
        let first = reversed ? item(length - BigInt(1)) : start
        let st = reversed ? BigInt(0) - step : step
        if let f = first.asInt, let s = st.asInt, let n = length.asInt, item(length - BigInt(1)).asInt != nil,
           start.asInt != nil, s != Int.min {
            return .object(PyRangeIterator(start: f, step: s, count: n))
        }
        return .object(PyBigRangeIterator(start: first, step: st, count: length))
    }
}

extension Interpreter {
    /// An int (any size) from an int or __index__ object, for range arguments and slices.
    func bigIndexValue(_ v: Value, _ message: @autoclosure () -> String) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        guard let m = v.type.lookup(names.dindex) else { throw PyErr.typeError(message()) }
        let r = try callValues(m, [v])
        guard let b = r.bigIntValue else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
        return b
    }

    /// _PySlice_GetLongIndices against a (possibly huge) length.
    func bigSliceIndices(_ s: PySlice, _ length: BigInt) throws -> (start: BigInt, stop: BigInt, step: BigInt) {
        let msg = "slice indices must be integers or None or have an __index__ method"
        var step = BigInt(1)
        if !s.step.isNone {
            step = try bigIndexValue(s.step, msg)
            if step.isZero { throw PyErr.valueError("slice step cannot be zero") }
        }
        let neg = step.isNegative
        let lower = neg ? BigInt(-1) : BigInt(0)
        let upper = neg ? length - BigInt(1) : length
        func clamp(_ v: Value, _ dflt: BigInt) throws -> BigInt {
            if v.isNone { return dflt }
            var i = try bigIndexValue(v, msg)
            if i.isNegative {
                i = i + length
                if i < lower { i = lower }
            } else if i > upper {
                i = upper
            }
            return i
        }
        let start = try clamp(s.start, neg ? upper : lower)
        let stop = try clamp(s.stop, neg ? lower : upper)
        return (start, stop, step)
    }

    /// range[slice] for either kind of range.
    func rangeSlice(_ r: RangeParts, _ s: PySlice) throws -> Value {
        let (start, stop, step) = try bigSliceIndices(s, r.length)
        return makeRangeValue(r.item(start), r.item(stop), step * r.step)
    }
}
