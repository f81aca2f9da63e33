// The `math` module: Glibc libm (what CPython calls on Linux) wrapped with CPython's argument
// conversion and error policy (math_1: NaN from a non-NaN → "math domain error", infinity from a
// finite argument → "math range error" or a domain error). Integer functions live in
// MathIntegers.swift, gamma/lgamma/fsum/hypot ports in MathSpecial.swift.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    /// PyFloat_AsDouble: floats, ints (exactly rounded), `__float__`, then `__index__`.
    func mathDouble(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let p = o as? PyInt {
                guard let d = p.value.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
                return d
            }
            if let m = o.type.lookup(names.dfloat) {
                let r = try callValues(m, [v])
                guard case .float(let d) = r else {
                    throw PyErr.typeError("\(o.type.name).__float__ returned non-float (type \(r.type.name))")
                }
                return d
            }
            if o.type.lookup(names.dindex) != nil {
                let r = try mathIndex(v)
                guard let d = r.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
                return d
            }
        default: break
        }
        throw PyErr.typeError("must be real number, not \(v.type.name)")
    }

    /// PyNumber_Index as a BigInt.
    func mathIndex(_ v: Value) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if let m = v.type.lookup(names.dindex) {
            let r = try callValues(m, [v])
            if let b = r.bigIntValue { return b }
            throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
        }
        throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }
}

let mathDomainError = "math domain error"
let mathRangeError = "math range error"

/// CPython's math_1: calls `f` and converts NaN/infinity results into exceptions.
@inline(__always)
func mathOne(_ x: Double, canOverflow: Bool, _ f: (Double) -> Double) throws -> Value {
    let r = f(x)
    if r.isNaN && !x.isNaN { throw PyErr.valueError(mathDomainError) }
    if r.isInfinite && x.isFinite {
        if canOverflow { throw PyErr.overflowError(mathRangeError) }
        throw PyErr.valueError(mathDomainError)
    }
    return .float(r)
}

/// Errors signalled through errno by CPython's own helpers (is_error).
enum MathErrno { case none, domain, range }

func mathCheck(_ r: Double, _ err: MathErrno) throws -> Value {
    switch err {
    case .none: return .float(r)
    case .domain: throw PyErr.valueError(mathDomainError)
    case .range:
        if Swift.abs(r) < 1.5 { return .float(r) }  // underflow is not an error
        throw PyErr.overflowError(mathRangeError)
    }
}

func mathArgCount(_ args: Args, _ name: String, _ n: Int) throws {
    if args.hasKeywords { throw PyErr.typeError("\(name)() takes no keyword arguments") }
    if args.count != n {
        if n == 1 { throw PyErr.typeError("math.\(name)() takes exactly one argument (\(args.count) given)") }
        throw PyErr.typeError("\(name) expected \(n) arguments, got \(args.count)")
    }
}

/// floor/ceil: ints pass through, floats convert, others use `__floor__`/`__ceil__`.
private func mathRound(_ interp: Interpreter, _ args: Args, _ name: String, _ dunder: String,
                       _ rule: FloatingPointRoundingRule) throws -> Value {
    try mathArgCount(args, name, 1)
    let v = args[0]
    if case .float(let d) = v { return try floatToIntValue(d.rounded(rule)) }
    if v.type === BuiltinTypes.int || v.type === BuiltinTypes.bool { return makeInt(v.bigIntValue ?? BigInt()) }
    if let m = v.type.lookup(interp.intern(dunder)) { return try interp.callValues(m, [v]) }
    return try floatToIntValue(try interp.mathDouble(v).rounded(rule))
}

/// An integral float as an int (big when needed), with CPython's errors for nan/inf.
func floatToIntValue(_ d: Double) throws -> Value {
    if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
    if d.isInfinite { throw PyErr.overflowError("cannot convert float infinity to integer") }
    if Swift.abs(d) < 9.0e18 { return .int(Int(d)) }
    return makeInt(BigInt(truncating: d) ?? BigInt())
}

/// _PyLong_Frexp for a positive BigInt: (m, e) with m in [0.5, 1), correctly rounded.
func bigFrexp(_ b: BigInt) -> (Double, Int) {
    let bits = b.bitLength()
    if bits <= 55 {
        let d = b.toDouble() ?? 0
        var e: Int32 = 0
        let m = frexp(d, &e)
        return (m, Int(e))
    }
    // Keep 55 bits plus a sticky bit so the final rounding to 53 bits is correct.
    let shift = bits - 55
    var top = (b >> shift).truncatedToInt
    if (b & ((BigInt(1) << shift) - BigInt(1))) != BigInt() { top |= 1 }
    var m = Double(top) / 36028797018963968.0  // 2**55
    var e = bits
    if m == 1.0 { m = 0.5; e += 1 }
    return (m, e)
}

/// CPython's loghelper: ints are handled exactly even when too large for a float.
private func mathLog(_ interp: Interpreter, _ v: Value, _ f: @escaping (Double) -> Double) throws -> Double {
    if v.isIntLike, let b = v.bigIntValue {
        if b.signum <= 0 { throw PyErr.valueError(mathDomainError) }
        if let d = b.toDouble() { return f(d) }
        let (m, e) = bigFrexp(b)
        return f(m) + f(2.0) * Double(e)
    }
    let x = try interp.mathDouble(v)
    guard case .float(let r) = try mathOne(x, canOverflow: false, f) else { return .nan }
    return r
}

private func mLog(_ x: Double) -> Double {
    if x.isFinite { return x > 0 ? log(x) : (x == 0 ? -.infinity : .nan) }
    if x.isNaN || x > 0 { return x }
    return .nan
}

private func mLog2(_ x: Double) -> Double {
    if !x.isFinite { return x.isNaN || x > 0 ? x : .nan }
    return x > 0 ? log2(x) : (x == 0 ? -.infinity : .nan)
}

private func mLog10(_ x: Double) -> Double {
    if x.isFinite { return x > 0 ? log10(x) : (x == 0 ? -.infinity : .nan) }
    if x.isNaN || x > 0 { return x }
    return .nan
}

/// CPython's math_pow special-casing, then libm pow.
private func mathPow(_ x: Double, _ y: Double) throws -> Value {
    var r: Double
    var err = MathErrno.none
    if !x.isFinite || !y.isFinite {
        if x.isNaN { r = y == 0 ? 1 : x }
        else if y.isNaN { r = x == 1 ? 1 : y }
        else if x.isInfinite {
            let oddY = y.isFinite && fmod(Swift.abs(y), 2.0) == 1.0
            if y > 0 { r = oddY ? x : Swift.abs(x) }
            else if y == 0 { r = 1 }
            else { r = oddY ? copysign(0.0, x) : 0.0 }
        } else {
            if Swift.abs(x) == 1 { r = 1 }
            else if y > 0 && Swift.abs(x) > 1 { r = y }
            else if y < 0 && Swift.abs(x) < 1 { r = -y }
            else { r = 0 }
        }
    } else {
        r = pow(x, y)
        if !r.isFinite {
            if r.isNaN { err = .domain }
            else if x == 0 { err = .domain }
            else { err = .range }
        }
    }
    return try mathCheck(r, err)
}

private func mAtan2(_ y: Double, _ x: Double) -> Double {
    if x.isNaN || y.isNaN { return .nan }
    if y.isInfinite {
        if x.isInfinite {
            return copysign(x.sign == .plus ? 0.25 * Double.pi : 0.75 * Double.pi, y)
        }
        return copysign(0.5 * Double.pi, y)
    }
    if x.isInfinite || y == 0 {
        return x.sign == .plus ? copysign(0.0, y) : copysign(Double.pi, y)
    }
    return atan2(y, x)
}

/// IEEE remainder (exact), CPython's m_remainder.
private func mRemainder(_ x: Double, _ y: Double) -> Double {
    if x.isFinite && y.isFinite {
        if y == 0 { return .nan }
        let ax = Swift.abs(x), ay = Swift.abs(y)
        let m = fmod(ax, ay)
        let c = ay - m
        let r: Double
        if m < c { r = m } else if m > c { r = -c } else { r = m - 2.0 * fmod(0.5 * (ax - m), ay) }
        return copysign(1.0, x) * r
    }
    if x.isNaN { return x }
    if y.isNaN { return y }
    if x.isInfinite { return .nan }
    return x
}

func makeMathModule(_ interp: Interpreter) throws -> PyModule {
    func f1(_ name: String, canOverflow: Bool = false, _ f: @escaping (Double) -> Double) -> (String, NativeFunction) {
        (name, { interp, args in
            try mathArgCount(args, name, 1)
            return try mathOne(try interp.mathDouble(args[0]), canOverflow: canOverflow, f)
        })
    }
    /// Functions whose only failures come from an errno-style helper (erf, gamma, …).
    func f1a(_ name: String, _ f: @escaping (Double) -> (Double, MathErrno)) -> (String, NativeFunction) {
        (name, { interp, args in
            try mathArgCount(args, name, 1)
            let (r, e) = f(try interp.mathDouble(args[0]))
            return try mathCheck(r, e)
        })
    }
    func f2(_ name: String, _ f: @escaping (Double, Double) throws -> Value) -> (String, NativeFunction) {
        (name, { interp, args in
            try mathArgCount(args, name, 2)
            return try f(try interp.mathDouble(args[0]), try interp.mathDouble(args[1]))
        })
    }
    func pred(_ name: String, _ f: @escaping (Double) -> Bool) -> (String, NativeFunction) {
        (name, { interp, args in
            try mathArgCount(args, name, 1)
            return .bool(f(try interp.mathDouble(args[0])))
        })
    }
    var fns: [(String, NativeFunction)] = [
        f1("sqrt") { sqrt($0) }, f1("exp", canOverflow: true) { exp($0) },
        f1("exp2", canOverflow: true) { exp2($0) },
        f1("expm1", canOverflow: true) { expm1($0) }, f1("log1p") { log1p($0) },
        f1("sin") { sin($0) }, f1("cos") { cos($0) }, f1("tan") { tan($0) },
        f1("asin") { asin($0) }, f1("acos") { acos($0) }, f1("atan") { atan($0) },
        f1("sinh", canOverflow: true) { sinh($0) }, f1("cosh", canOverflow: true) { cosh($0) },
        f1("tanh") { tanh($0) }, f1("asinh") { asinh($0) }, f1("acosh") { acosh($0) },
        f1("atanh") { atanh($0) }, f1("fabs") { Swift.abs($0) }, f1("cbrt") { cbrt($0) },
        f1a("erf") { (erf($0), .none) }, f1a("erfc") { (erfc($0), .none) },
        f1a("gamma", mathTgamma), f1a("lgamma", mathLgamma),
        pred("isnan") { $0.isNaN }, pred("isinf") { $0.isInfinite }, pred("isfinite") { $0.isFinite },
        f2("pow", mathPow),
        f2("atan2") { y, x in .float(mAtan2(y, x)) },
        f2("copysign") { x, y in .float(copysign(x, y)) },
        f2("fmod") { x, y in
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw PyErr.valueError(mathDomainError) }
            return .float(r)
        },
        f2("remainder") { x, y in
            let r = mRemainder(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw PyErr.valueError(mathDomainError) }
            return .float(r)
        },
        ("floor", { interp, args in try mathRound(interp, args, "floor", "__floor__", .down) }),
        ("ceil", { interp, args in try mathRound(interp, args, "ceil", "__ceil__", .up) }),
        ("trunc", { interp, args in
            try mathArgCount(args, "trunc", 1)
            let v = args[0]
            if case .float(let d) = v { return try floatToIntValue(d.rounded(.towardZero)) }
            if v.type === BuiltinTypes.int || v.type === BuiltinTypes.bool { return makeInt(v.bigIntValue ?? BigInt()) }
            guard let m = v.type.lookup(interp.names.dtrunc) else {
                throw PyErr.typeError("type \(v.type.name) doesn't define __trunc__ method")
            }
            return try interp.callValues(m, [v])
        }),
        ("log", { interp, args in
            if args.hasKeywords { throw PyErr.typeError("log() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else {
                throw PyErr.typeError("log expected at least 1 argument, got \(args.count)")
            }
            let num = try mathLog(interp, args[0], mLog)
            if args.count == 1 { return .float(num) }
            let den = try mathLog(interp, args[1], mLog)
            if den == 0 { throw PyErr.zeroDivision("float division by zero") }
            return .float(num / den)
        }),
        ("log2", { interp, args in try mathArgCount(args, "log2", 1); return .float(try mathLog(interp, args[0], mLog2)) }),
        ("log10", { interp, args in try mathArgCount(args, "log10", 1); return .float(try mathLog(interp, args[0], mLog10)) }),
        f1("degrees") { $0 * (180.0 / Double.pi) },
        f1("radians") { $0 * (Double.pi / 180.0) },
        ("modf", { interp, args in
            try mathArgCount(args, "modf", 1)
            let x = try interp.mathDouble(args[0])
            if x.isInfinite { return .object(PyTuple([.float(copysign(0.0, x)), .float(x)])) }
            var ip = 0.0
            let fp = modf(x, &ip)
            return .object(PyTuple([.float(fp), .float(ip)]))
        }),
        ("frexp", { interp, args in
            try mathArgCount(args, "frexp", 1)
            let x = try interp.mathDouble(args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
            var e: Int32 = 0
            let m = frexp(x, &e)
            return .object(PyTuple([.float(m), .int(Int(e))]))
        }),
        ("ldexp", { interp, args in
            try mathArgCount(args, "ldexp", 2)
            let x = try interp.mathDouble(args[0])
            guard args[1].isIntLike, let eb = args[1].bigIntValue else {
                throw PyErr.typeError("Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            let e = eb.asInt ?? (eb.isNegative ? Int.min : Int.max)
            if e > 100_000 { throw PyErr.overflowError(mathRangeError) }
            if e < -100_000 { return .float(copysign(0.0, x)) }
            let r = scalbn(x, Int32(e))
            if r.isInfinite { throw PyErr.overflowError(mathRangeError) }
            return .float(r)
        }),
        ("isclose", mathIsclose),
        ("nextafter", { interp, args in
            try mathArgCount(args, "nextafter", 2)
            return .float(nextafter(try interp.mathDouble(args[0]), try interp.mathDouble(args[1])))
        }),
        ("ulp", { interp, args in
            try mathArgCount(args, "ulp", 1)
            let x = try interp.mathDouble(args[0])
            if x.isNaN { return .float(x) }
            let a = Swift.abs(x)
            if a.isInfinite { return .float(a) }
            let n = nextafter(a, Double.infinity)
            if n.isInfinite { return .float(a - nextafter(a, -Double.infinity)) }
            return .float(n - a)
        }),
    ]
    fns += mathSpecialFunctions()
    fns += mathIntegerFunctions()
    let m = interp.makeNativeModule("math", fns)
    m.dict?.setStr("pi", .float(Double.pi))
    m.dict?.setStr("e", .float(M_E))
    m.dict?.setStr("tau", .float(2 * Double.pi))
    m.dict?.setStr("inf", .float(Double.infinity))
    m.dict?.setStr("nan", .float(Double.nan))
    return m
}

private func mathIsclose(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard args.count == 2 else {
        throw PyErr.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)")
    }
    let a = try interp.mathDouble(args[0]), b = try interp.mathDouble(args[1])
    var relTol = 1e-9, absTol = 0.0
    for (k, v) in args.keywords {
        switch k {
        case "rel_tol": relTol = try interp.mathDouble(v)
        case "abs_tol": absTol = try interp.mathDouble(v)
        default: throw PyErr.typeError("isclose() got an unexpected keyword argument '\(k)'")
        }
    }
    if relTol < 0 || absTol < 0 { throw PyErr.valueError("tolerances must be non-negative") }
    if a == b { return .bool(true) }
    if a.isInfinite || b.isInfinite { return .bool(false) }
    let diff = Swift.abs(b - a)
    return .bool((diff <= Swift.abs(relTol * b)) || (diff <= Swift.abs(relTol * a)) || diff <= absTol)
}
