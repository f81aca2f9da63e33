// Binary and unary operators: the numeric tower (int with overflow promotion, float, complex)
// inline, then dunder dispatch with reflected operands and subclass priority, as CPython's
// binary_op1.

#if canImport(Glibc)
import Glibc
#endif

let binOpDunders: [(name: String, rname: String, iname: String, symbol: String)] = [
    ("__add__", "__radd__", "__iadd__", "+"), ("__sub__", "__rsub__", "__isub__", "-"),
    ("__mul__", "__rmul__", "__imul__", "*"), ("__matmul__", "__rmatmul__", "__imatmul__", "@"),
    ("__truediv__", "__rtruediv__", "__itruediv__", "/"), ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
    ("__mod__", "__rmod__", "__imod__", "%"), ("__pow__", "__rpow__", "__ipow__", "**"),
    ("__lshift__", "__rlshift__", "__ilshift__", "<<"), ("__rshift__", "__rrshift__", "__irshift__", ">>"),
    ("__or__", "__ror__", "__ior__", "|"), ("__xor__", "__rxor__", "__ixor__", "^"),
    ("__and__", "__rand__", "__iand__", "&"),
]

public enum BinOpCode {
    public static let add = 0, sub = 1, mul = 2, matmul = 3, div = 4, floorDiv = 5, mod = 6, pow = 7
    public static let lshift = 8, rshift = 9, or = 10, xor = 11, and = 12
}

/// Int ⊕ Int without promotion; nil when the result needs the slow path (overflow, errors).
@inline(__always)
func intFastBinary(_ x: Int, _ y: Int, _ op: Int) -> Value? {
    switch op >= 13 ? op - 13 : op {
    case 0:
        let (r, o) = x.addingReportingOverflow(y)
        return o ? nil : .int(r)
    case 1:
        let (r, o) = x.subtractingReportingOverflow(y)
        return o ? nil : .int(r)
    case 2:
        let (r, o) = x.multipliedReportingOverflow(by: y)
        return o ? nil : .int(r)
    case 4:
        if y == 0 { return nil }
        let limit = 1 << 53
        if x.magnitude > limit || y.magnitude > limit { return nil }
        return .float(Double(x) / Double(y))
    case 5:
        if y == 0 || (x == Int.min && y == -1) { return nil }
        var q = x / y
        if x % y != 0 && ((x < 0) != (y < 0)) { q -= 1 }
        return .int(q)
    case 6:
        if y == 0 { return nil }
        if y == -1 { return .int(0) }
        var r = x % y
        if r != 0 && ((r < 0) != (y < 0)) { r += y }
        return .int(r)
    case 7:
        if y < 0 { return nil }
        var result = 1, base = x, e = y
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { return nil }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (b2, o) = base.multipliedReportingOverflow(by: base)
                if o { return nil }
                base = b2
            }
        }
        return .int(result)
    case 8:
        if y < 0 || y >= 63 { return x == 0 && y >= 0 ? .int(0) : nil }
        let r = x << y
        return (r >> y) == x ? .int(r) : nil
    case 9:
        if y < 0 { return nil }
        return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
    case 10: return .int(x | y)
    case 11: return .int(x ^ y)
    case 12: return .int(x & y)
    default: return nil
    }
}

@inline(__always)
func floatFastBinary(_ x: Double, _ y: Double, _ op: Int) -> Value? {
    switch op >= 13 ? op - 13 : op {
    case 0: return .float(x + y)
    case 1: return .float(x - y)
    case 2: return .float(x * y)
    case 4: return y == 0 ? nil : .float(x / y)
    default: return nil
    }
}

/// Python's float divmod (floor semantics, sign of the divisor).
func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) { mod += wx; div -= 1.0 }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

extension Interpreter {
    /// The general binary operator (`op` as in BINARY_OP: 0…12, +13 for in-place).
    public func binaryOp(_ a: Value, _ b: Value, _ op: Int) throws -> Value {
        let base = op >= 13 ? op - 13 : op
        if let r = try numericBinary(a, b, base) { return r }
        if let r = try sequenceBinary(a, b, base, inplace: op >= 13) { return r }
        return try dunderBinary(a, b, base, inplace: op >= 13)
    }

    /// Numbers of builtin numeric types (subclasses too, unless they override the operator).
    func numericBinary(_ a: Value, _ b: Value, _ op: Int) throws -> Value? {
        if a.type.isHeapType || b.type.isHeapType { return nil }
        switch (a, b) {
        case (.float(let x), _):
            guard let y = try asDoubleOperand(b) else { return nil }
            return try floatBinary(x, y, op)
        case (_, .float(let y)):
            guard let x = try asDoubleOperand(a) else { return nil }
            return try floatBinary(x, y, op)
        default:
            break
        }
        if case .bool(let x) = a, case .bool(let y) = b, op >= 10 {
            return .bool(op == 10 ? (x || y) : op == 11 ? (x != y) : (x && y))
        }
        if let x = a.intValue, let y = b.intValue, let r = intFastBinary(x, y, op) { return r }
        guard let x = a.bigIntValue, let y = b.bigIntValue else {
            if case .object(let o) = a, o is PyComplex { return try complexBinary(a, b, op) }
            if case .object(let o) = b, o is PyComplex { return try complexBinary(a, b, op) }
            return nil
        }
        return try bigBinary(x, y, op)
    }

    /// A number operand as Double (int, bool, boxed int, float); nil for non-numbers.
    func asDoubleOperand(_ v: Value) throws -> Double? {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let p = o as? PyInt {
                guard let d = p.value.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
                return d
            }
            return nil
        default: return nil
        }
    }

    func floatBinary(_ x: Double, _ y: Double, _ op: Int) throws -> Value? {
        switch op {
        case 0: return .float(x + y)
        case 1: return .float(x - y)
        case 2: return .float(x * y)
        case 4:
            if y == 0 { throw PyErr.zeroDivision("float division by zero") }
            return .float(x / y)
        case 5:
            if y == 0 { throw PyErr.zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case 6:
            if y == 0 { throw PyErr.zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case 7:
            return try floatPow(x, y)
        default:
            return nil
        }
    }

    func floatPow(_ x: Double, _ y: Double) throws -> Value {
        if x == 0 && y < 0 { throw PyErr.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            // A negative base with a fractional exponent gives a complex result.
            let r = pow(-x, y)
            let angle = Double.pi * y
            return makeComplex(real: r * cos(angle), imag: r * sin(angle))
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite {
            throw PyErr.overflowError("(34, 'Numerical result out of range')")
        }
        return .float(r)
    }

    func bigBinary(_ x: BigInt, _ y: BigInt, _ op: Int) throws -> Value? {
        switch op {
        case 0: return makeInt(x + y)
        case 1: return makeInt(x - y)
        case 2: return makeInt(x * y)
        case 4:
            if y.isZero { throw PyErr.zeroDivision("division by zero") }
            guard let d = truedivide(x, y), d.isFinite else {
                throw PyErr.overflowError("integer division result too large for a float")
            }
            return .float(d)
        case 5, 6:
            guard let (q, r) = x.floorDivMod(y) else {
                throw PyErr.zeroDivision(op == 6 ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            return makeInt(op == 5 ? q : r)
        case 7:
            if y.isNegative {
                guard let fx = x.toDouble(), let fy = y.toDouble() else {
                    throw PyErr.overflowError("int too large to convert to float")
                }
                return try floatPow(fx, fy)
            }
            guard let e = y.asInt else {
                if x.isZero || x == BigInt(1) { return makeInt(x) }
                if x == BigInt(-1) { return .int(y.testBit(0) ? -1 : 1) }
                throw PyErr.make(BuiltinTypes.MemoryError, "")
            }
            return makeInt(x.power(e))
        case 8:
            if y.isNegative { throw PyErr.valueError("negative shift count") }
            guard let n = y.asInt, n < (1 << 40) else {
                if x.isZero { return .int(0) }
                throw PyErr.overflowError("too many digits in integer")
            }
            return makeInt(x << n)
        case 9:
            if y.isNegative { throw PyErr.valueError("negative shift count") }
            guard let n = y.asInt else { return .int(x.isNegative ? -1 : 0) }
            return makeInt(x >> n)
        case 10: return makeInt(x | y)
        case 11: return makeInt(x ^ y)
        case 12: return makeInt(x & y)
        default: return nil
        }
    }

    /// str/list/tuple/bytes concatenation and repetition for exact builtin types.
    func sequenceBinary(_ a: Value, _ b: Value, _ op: Int, inplace: Bool) throws -> Value? {
        guard case .object(let ao) = a else {
            if op == 2, case .object(let bo) = b, let n = a.intValue { return try repeatSequence(bo, n) }
            return nil
        }
        let at = ao.type!
        // str % args: straight to the formatter unless a str subclass on the right may reflect.
        if op == 6, at === BuiltinTypes.str, !(b.type.isHeapType && b.type.isSubtype(of: BuiltinTypes.str)) {
            return Value(try percentFormatStr(self, unsafeDowncast(ao, to: PyStr.self).value, b))
        }
        if op == 0, case .object(let bo) = b {
            if at === BuiltinTypes.str, bo.type === BuiltinTypes.str {
                return Value(unsafeDowncast(ao, to: PyStr.self).value + unsafeDowncast(bo, to: PyStr.self).value)
            }
            if at === BuiltinTypes.list, bo.type === BuiltinTypes.list {
                let l = unsafeDowncast(ao, to: PyList.self)
                if inplace {
                    l.items.append(contentsOf: unsafeDowncast(bo, to: PyList.self).items)
                    return a
                }
                return .object(PyList(l.items + unsafeDowncast(bo, to: PyList.self).items))
            }
            if at === BuiltinTypes.tuple, bo.type === BuiltinTypes.tuple {
                return .object(PyTuple(unsafeDowncast(ao, to: PyTuple.self).items + unsafeDowncast(bo, to: PyTuple.self).items))
            }
        }
        if op == 0 && inplace && at === BuiltinTypes.list {
            unsafeDowncast(ao, to: PyList.self).items.append(contentsOf: try iterate(b))
            return a
        }
        if op == 2, let n = b.intValue, !at.isHeapType {
            if inplace, at === BuiltinTypes.list {
                let l = unsafeDowncast(ao, to: PyList.self)
                let items = l.items
                l.items = n > 0 ? Array([[Value]](repeating: items, count: n).joined()) : []
                return a
            }
            return try repeatSequence(ao, n)
        }
        return nil
    }

    func repeatSequence(_ o: PyObject, _ n: Int) throws -> Value? {
        let count = max(0, n)
        switch o {
        case let s as PyStr where s.type === BuiltinTypes.str:
            if count > 0 && s.value.utf8.count > (1 << 40) / count { throw PyErr.make(BuiltinTypes.MemoryError, "") }
            return Value(String(repeating: s.value, count: count))
        case let l as PyList where l.type === BuiltinTypes.list:
            return .object(PyList(Array([[Value]](repeating: l.items, count: count).joined())))
        case let t as PyTuple where t.type === BuiltinTypes.tuple:
            return .object(PyTuple(Array([[Value]](repeating: t.items, count: count).joined())))
        default:
            return nil
        }
    }

    /// Dunder dispatch with reflected operands and subclass priority.
    func dunderBinary(_ a: Value, _ b: Value, _ op: Int, inplace: Bool) throws -> Value {
        let names = binOpNames[op]
        let notImpl = BuiltinTypes.notImplemented
        if inplace, let im = a.type.lookup(names.iname) {
            let r = try call2(im, a, b)
            if r.asObject !== notImpl { return r }
        }
        let ta = a.type, tb = b.type
        let lm = ta.lookup(names.name)
        var rm = ta !== tb ? tb.lookup(names.rname) : nil
        if let r = rm, tb.isSubtype(of: ta), !(ta.lookup(names.rname).map { $0.isIdentical(to: r) } ?? false) {
            let res = try call2(r, b, a)
            if res.asObject !== notImpl { return res }
            rm = nil
        }
        if let l = lm {
            let res = try call2(l, a, b)
            if res.asObject !== notImpl { return res }
        }
        if let r = rm {
            let res = try call2(r, b, a)
            if res.asObject !== notImpl { return res }
        }
        throw binaryTypeError(a, b, op, inplace: inplace)
    }

    func binaryTypeError(_ a: Value, _ b: Value, _ op: Int, inplace: Bool) -> PyBaseException {
        let ta = a.type
        if op == 0 && !inplace, ta === BuiltinTypes.str || ta === BuiltinTypes.list || ta === BuiltinTypes.tuple
            || ta === BuiltinTypes.bytes || ta === BuiltinTypes.bytearray {
            let bn = b.type.name
            if ta === BuiltinTypes.str { return PyErr.typeError("can only concatenate str (not \"\(bn)\") to str") }
            if ta === BuiltinTypes.bytes || ta === BuiltinTypes.bytearray {
                return PyErr.typeError("can't concat \(bn) to \(ta.name)")
            }
            return PyErr.typeError("can only concatenate \(ta.name) (not \"\(bn)\") to \(ta.name)")
        }
        if op == 2 {
            let seqTypes: [PyType] = [BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.bytes, BuiltinTypes.bytearray]
            if seqTypes.contains(where: { ta.isSubtype(of: $0) }) || seqTypes.contains(where: { b.type.isSubtype(of: $0) }) {
                let other = seqTypes.contains(where: { ta.isSubtype(of: $0) }) ? b : a
                return PyErr.typeError("can't multiply sequence by non-int of type '\(other.type.name)'")
            }
        }
        let sym = binOpDunders[op].symbol + (inplace ? "=" : "")
        if op == 7 && !inplace {
            return PyErr.typeError("unsupported operand type(s) for ** or pow(): '\(ta.name)' and '\(b.type.name)'")
        }
        return PyErr.typeError("unsupported operand type(s) for \(sym): '\(ta.name)' and '\(b.type.name)'")
    }

    // MARK: unary

    public func negative(_ a: Value) throws -> Value {
        switch a {
        case .int(let i): return i == Int.min ? makeInt(-BigInt(i)) : .int(-i)
        case .bool(let b): return .int(b ? -1 : 0)
        case .float(let d): return .float(-d)
        default:
            if case .object(let o) = a, o.type === BuiltinTypes.int, let p = o as? PyInt { return makeInt(-p.value) }
            return try unaryDunder(a, "__neg__", "-")
        }
    }

    public func positive(_ a: Value) throws -> Value {
        switch a {
        case .int, .float: return a
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if case .object(let o) = a, o.type === BuiltinTypes.int { return a }
            return try unaryDunder(a, "__pos__", "+")
        }
    }

    public func invert(_ a: Value) throws -> Value {
        switch a {
        case .int(let i): return .int(~i)
        case .bool(let b): return .int(b ? -2 : -1)
        default:
            if case .object(let o) = a, o.type === BuiltinTypes.int, let p = o as? PyInt { return makeInt(~p.value) }
            return try unaryDunder(a, "__invert__", "~")
        }
    }

    func unaryDunder(_ a: Value, _ name: String, _ sym: String) throws -> Value {
        if let m = a.type.lookup(intern(name)) { return try callValues(m, [a]) }
        throw PyErr.typeError("bad operand type for unary \(sym): '\(a.type.name)'")
    }

    // MARK: complex (minimal)

    func complexParts(_ v: Value) throws -> (Double, Double)? {
        if case .object(let o) = v, let c = o as? PyComplex { return (c.real, c.imag) }
        if let d = try asDoubleOperand(v) { return (d, 0) }
        return nil
    }

    func complexBinary(_ a: Value, _ b: Value, _ op: Int) throws -> Value? {
        guard let (ar, ai) = try complexParts(a), let (br, bi) = try complexParts(b) else { return nil }
        switch op {
        case 0: return makeComplex(real: ar + br, imag: ai + bi)
        case 1: return makeComplex(real: ar - br, imag: ai - bi)
        case 2: return makeComplex(real: ar * br - ai * bi, imag: ar * bi + ai * br)
        case 4:
            let q = try complexQuotient((ar, ai), (br, bi))
            return makeComplex(real: q.0, imag: q.1)
        default:
            return nil
        }
    }
}

extension Interpreter {
    /// `f(x, y)` with the arguments in a stack buffer (no array per call).
    func call2(_ f: Value, _ x: Value, _ y: Value) throws -> Value {
        try withUnsafeTemporaryAllocation(of: Value.self, capacity: 2) { buf in
            let p = buf.baseAddress.unsafelyUnwrapped
            p.initialize(to: x)
            (p + 1).initialize(to: y)
            defer { p.deinitialize(count: 2) }
            return try call(f, args: UnsafeBufferPointer(start: p, count: 2))
        }
    }
}
