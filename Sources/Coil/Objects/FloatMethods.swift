// float: constructor, arithmetic/comparison dunders (deferring to the VM's floatBinary), and
// the float methods (is_integer, as_integer_ratio, hex/fromhex, __round__ …). Exact floats are
// the unboxed `Value.float`; instances of subclasses are `PyBoxedFloat`.

#if canImport(Glibc)
import Glibc
#endif

private let floatBinaryDunders: [(Int, String)] = [
    (0, "add"), (1, "sub"), (2, "mul"), (4, "truediv"), (5, "floordiv"), (6, "mod"),
]

private func selfFloat(_ args: Args) -> Double { floatValue(args[0]) ?? 0 }

extension Interpreter {
    /// float.__new__(cls, x=0.0).
    func floatNew(_ args: Args) throws -> Value {
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("float.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.float) else {
            throw PyErr.typeError("float.__new__(\(cls.name)): \(cls.name) is not a subtype of float")
        }
        if args.hasKeywords { throw PyErr.typeError("float() takes no keyword arguments") }
        try checkPositional("float", args.count - 1, min: 0, max: 1)
        let d = args.count > 1 ? try numberToFloat(args[1]) : 0.0
        return makeFloatOfType(d, cls)
    }

    /// PyNumber_Float: float(x).
    func numberToFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .none, .undefined: break
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.int, let p = o as? PyInt {
                guard let d = p.value.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
                return d
            }
            if let m = t.lookup(names.dfloat) {
                let r = try callValues(m, [v])
                guard let d = floatValue(r) else {
                    throw PyErr.typeError("\(t.name).__float__ returned non-float (type \(r.type.name))")
                }
                return d
            }
            if t.lookup(names.dindex) != nil {
                guard let d = try indexBig(v).toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
                return d
            }
            if let s = o as? PyStr {
                if let d = parsePyFloat(s.value) { return d }
                throw PyErr.valueError("could not convert string to float: \(try repr(v))")
            }
            if let b = o as? PyBytes {
                if b.bytes.allSatisfy({ $0 < 0x80 }), let d = parsePyFloat(String(decoding: b.bytes, as: UTF8.self)) { return d }
                throw PyErr.valueError("could not convert string to float: \(try repr(v))")
            }
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '\(v.type.name)'")
    }

    /// float ** float with the 3-argument form rejected (float_pow).
    func floatPowDunder(_ x: Value, _ y: Value, _ mod: Value) throws -> Value {
        guard let a = try floatOperand(x), let b = try floatOperand(y) else { return notImplementedValue }
        if !mod.isNone { throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers") }
        return try floatPow(a, b)
    }
}

/// round(x) for a float: half-even to an int.
func roundDoubleToInt(_ x: Double) throws -> Value {
    try truncateDoubleToInt(x.rounded(.toNearestOrEven))
}

func floatDivmodValue(_ x: Double, _ y: Double) throws -> Value {
    if y == 0 { throw PyErr.zeroDivision("float divmod()") }
    let (q, r) = floatDivMod(x, y)
    return .object(PyTuple([.float(q), .float(r)]))
}

/// The exact ratio of a finite double as (numerator, denominator), denominator a power of 2.
func doubleIntegerRatio(_ d: Double) throws -> (BigInt, BigInt) {
    if d.isInfinite { throw PyErr.overflowError("cannot convert Infinity to integer ratio") }
    if d.isNaN { throw PyErr.valueError("cannot convert NaN to integer ratio") }
    if d == 0 { return (BigInt(), BigInt(1)) }
    var m = d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)
    var e = Int(d.exponent) - 52
    if !d.isNormal { e = -1074 }
    let tz = m.trailingZeroBitCount
    m >>= UInt64(tz)
    e += tz
    var num = BigInt(m)
    if d < 0 { num = -num }
    if e >= 0 { return (num << e, BigInt(1)) }
    return (num, BigInt(1) << (-e))
}

/// float.hex(), as CPython's float_hex.
func doubleToHex(_ x: Double) -> String {
    if !x.isFinite { return pyFloatRepr(x) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    let digits = Array("0123456789abcdef")
    var e: Int32 = 0
    var m = frexp(Swift.abs(x), &e)
    let shift = 1 - max(-1021 - Int(e), 0)
    m = scalbn(m, Int32(shift))
    var ex = Int(e) - shift
    var s = String(digits[Int(m)])
    m -= Double(Int(m))
    s += "."
    for _ in 0..<13 {
        m *= 16
        s.append(digits[Int(m)])
        m -= Double(Int(m))
    }
    let esign = ex < 0 ? "-" : "+"
    ex = Swift.abs(ex)
    return (x < 0 ? "-0x" : "0x") + s + "p" + esign + String(ex)
}

/// float.fromhex(s), correctly rounded (half-even), including subnormals.
func doubleFromHex(_ text: String) throws -> Double {
    let invalid = PyErr.valueError("invalid hexadecimal floating-point string")
    var s = Substring(text)
    while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = s.dropFirst() }
    while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = s.dropLast() }
    var negative = false
    if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
    let lower = s.lowercased()
    if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
    if lower == "nan" { return .nan }
    var chars = Array(lower.utf8)[...]
    if chars.starts(with: Array("0x".utf8)) { chars = chars.dropFirst(2) }
    var mant = BigInt()
    var fracDigits = 0, nDigits = 0
    var seenDot = false
    while let c = chars.first {
        if c == UInt8(ascii: ".") {
            if seenDot { throw invalid }
            seenDot = true
        } else if let v = hexDigitValue(c) {
            mant = (mant << 4) + BigInt(v)
            nDigits += 1
            if seenDot { fracDigits += 1 }
        } else {
            break
        }
        chars = chars.dropFirst()
    }
    if nDigits == 0 { throw invalid }
    var exp = 0
    if chars.first == UInt8(ascii: "p") {
        chars = chars.dropFirst()
        var eneg = false
        if chars.first == UInt8(ascii: "-") { eneg = true; chars = chars.dropFirst() } else if chars.first == UInt8(ascii: "+") { chars = chars.dropFirst() }
        var any = false
        while let c = chars.first, c >= 48 && c <= 57 {
            if exp < 1 << 40 { exp = exp * 10 + Int(c - 48) }
            any = true
            chars = chars.dropFirst()
        }
        if !any { throw invalid }
        if eneg { exp = -exp }
    }
    if !chars.isEmpty { throw invalid }
    if mant.isZero { return negative ? -0.0 : 0.0 }
    var e2 = exp - 4 * fracDigits
    let bl = mant.bitLength()
    let top = bl + e2  // value in [2^(top-1), 2^top)
    if top > 1024 { throw PyErr.overflowError("hexadecimal value too large to represent as a float") }
    // Bits of precision available at this magnitude (fewer for subnormals).
    let bits = top - 1 >= -1022 ? 53 : 53 - (-1022 - (top - 1))
    if bits < 0 { return negative ? -0.0 : 0.0 }
    var q = mant
    if bl > bits {
        let shift = bl - max(bits, 0)
        q = mant >> shift
        let rem = mant - (q << shift)
        let half = BigInt(1) << (shift - 1)
        let c = rem.compare(half)
        if c > 0 || (c == 0 && q.isOdd) { q = q + BigInt(1) }
        e2 += shift
    }
    guard let qd = q.toDouble() else { throw PyErr.overflowError("hexadecimal value too large to represent as a float") }
    let r = scalbn(qd, Int32(max(min(e2, 4000), -4000)))
    if r.isInfinite { throw PyErr.overflowError("hexadecimal value too large to represent as a float") }
    return negative ? -r : r
}

private func hexDigitValue(_ c: UInt8) -> Int? {
    switch c {
    case 48...57: return Int(c - 48)
    case 97...102: return Int(c - 87)
    default: return nil
    }
}

func installFloatMethods() {
    let t = BuiltinTypes.float
    t.addStaticMethod("__new__") { interp, args in try interp.floatNew(args) }

    for (op, name) in floatBinaryDunders {
        t.addMethod("__\(name)__") { interp, args in
            let o = try oneOperand(args)
            guard let y = try floatOperand(o) else { return notImplementedValue }
            return try interp.floatBinary(selfFloat(args), y, op) ?? notImplementedValue
        }
        t.addMethod("__r\(name)__") { interp, args in
            let o = try oneOperand(args)
            guard let x = try floatOperand(o) else { return notImplementedValue }
            return try interp.floatBinary(x, selfFloat(args), op) ?? notImplementedValue
        }
    }
    t.addMethod("__pow__") { interp, args in
        try checkPositional("__pow__", args.count - 1, min: 1, max: 2)
        return try interp.floatPowDunder(args[0], args[1], args.count > 2 ? args[2] : .none)
    }
    t.addMethod("__rpow__") { interp, args in
        try checkPositional("__rpow__", args.count - 1, min: 1, max: 2)
        return try interp.floatPowDunder(args[1], args[0], args.count > 2 ? args[2] : .none)
    }
    t.addMethod("__divmod__") { _, args in
        guard let y = try floatOperand(try oneOperand(args)) else { return notImplementedValue }
        return try floatDivmodValue(selfFloat(args), y)
    }
    t.addMethod("__rdivmod__") { _, args in
        guard let x = try floatOperand(try oneOperand(args)) else { return notImplementedValue }
        return try floatDivmodValue(x, selfFloat(args))
    }

    let cmpNames = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    for (op, name) in cmpNames.enumerated() {
        t.addMethod(name) { interp, args in
            let o = try oneOperand(args)
            let x = selfFloat(args)
            if let y = floatValue(o) { return .bool(interp.cmp(x, y, op)) }
            if let b = o.bigIntValue { return .bool(interp.cmpIntFloat(b, x, Interpreter.reflectedCompare[op])) }
            return notImplementedValue
        }
    }

    t.addMethod("__neg__") { _, args in .float(-selfFloat(args)) }
    t.addMethod("__pos__") { _, args in .float(selfFloat(args)) }
    t.addMethod("__float__") { _, args in .float(selfFloat(args)) }
    t.addMethod("__abs__") { _, args in .float(Swift.abs(selfFloat(args))) }
    t.addMethod("__bool__") { _, args in .bool(selfFloat(args) != 0) }
    t.addMethod("__int__") { _, args in try truncateDoubleToInt(selfFloat(args)) }
    t.addMethod("__trunc__") { _, args in try truncateDoubleToInt(selfFloat(args)) }
    t.addMethod("__floor__") { _, args in try truncateDoubleToInt(selfFloat(args).rounded(.down)) }
    t.addMethod("__ceil__") { _, args in try truncateDoubleToInt(selfFloat(args).rounded(.up)) }
    t.addMethod("__round__") { interp, args in
        try checkPositional("__round__", args.count - 1, min: 0, max: 1)
        let x = selfFloat(args)
        guard args.count > 1, !args[1].isNone else { return try roundDoubleToInt(x) }
        let nb = try interp.indexBig(args[1])
        let n = nb.asInt ?? (nb.isNegative ? Int.min : Int.max)
        do {
            return .float(try pyRoundDoubleChecked(x, ndigits: n))
        } catch let e as FormatError {
            throw interp.formatErrorToPy(e)
        }
    }
    t.addMethod("__hash__") { _, args in .int(hashDouble(selfFloat(args))) }
    t.addMethod("__repr__") { _, args in Value(pyFloatRepr(selfFloat(args))) }
    t.addMethod("__format__") { interp, args in
        let specV = try oneOperand(args)
        guard let spec = specV.asStr?.value else {
            throw PyErr.typeError("__format__() argument must be str, not \(specV.type.name)")
        }
        if spec.isEmpty { return Value(try interp.str(args[0])) }
        do {
            return Value(try formatFloat(selfFloat(args), FormatSpec(parsing: spec)))
        } catch let e as FormatError {
            throw interp.formatErrorToPy(e)
        }
    }
    t.addMethod("__getnewargs__") { _, args in .object(PyTuple([.float(selfFloat(args))])) }
    t.addMethod("__sizeof__") { _, _ in .int(24) }
    t.addMethod("conjugate") { _, args in
        try noArguments(args, "float.conjugate")
        return .float(selfFloat(args))
    }
    t.addMethod("is_integer") { _, args in
        try noArguments(args, "float.is_integer")
        let x = selfFloat(args)
        return .bool(x.isFinite && x == x.rounded(.towardZero))
    }
    t.addMethod("as_integer_ratio") { _, args in
        try noArguments(args, "float.as_integer_ratio")
        let (n, d) = try doubleIntegerRatio(selfFloat(args))
        return .object(PyTuple([makeInt(n), makeInt(d)]))
    }
    t.addMethod("hex") { _, args in
        try noArguments(args, "float.hex")
        return Value(doubleToHex(selfFloat(args)))
    }
    t.addClassMethod("fromhex") { interp, args in
        guard args.count == 2, !args.hasKeywords else {
            throw PyErr.typeError("float.fromhex() takes exactly one argument (\(max(0, args.count - 1)) given)")
        }
        guard let s = args[1].asStr else {
            throw PyErr.typeError("fromhex() argument must be str, not \(args[1].type.name)")
        }
        let d = try doubleFromHex(s.value)
        if let cls = args[0].asType, cls !== BuiltinTypes.float { return try interp.callValues(args[0], [.float(d)]) }
        return .float(d)
    }
    t.addClassMethod("__getformat__") { _, args in
        guard args.count == 2, let s = args[1].asStr?.value else {
            throw PyErr.typeError("float.__getformat__() argument must be str")
        }
        guard s == "double" || s == "float" else {
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'")
        }
        return Value("IEEE, little-endian")
    }
    t.addGetter("real") { _, v in .float(floatValue(v) ?? 0) }
    t.addGetter("imag") { _, _ in .float(0) }
}
