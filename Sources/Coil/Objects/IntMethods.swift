// int and bool: constructors, the arithmetic/bitwise/comparison dunders (which defer to the
// VM's numeric fast paths in Operators.swift), and the int methods (bit_length, to_bytes …).
// The dunders matter for subclasses, explicit `int.__add__` calls and reflected dispatch.

/// Installs int, bool, float and complex.
func installNumberTypes() {
    installIntMethods()
    installBoolMethods()
    installFloatMethods()
    installComplexMethods()
}

/// `(op index, name)` for the binary dunders int supports (BinOpCode numbering).
private let intBinaryDunders: [(Int, String)] = [
    (0, "add"), (1, "sub"), (2, "mul"), (4, "truediv"), (5, "floordiv"), (6, "mod"),
    (8, "lshift"), (9, "rshift"), (10, "or"), (11, "xor"), (12, "and"),
]

extension Interpreter {
    /// Int ⊕ int for any two int-like values (bools and subclasses included); nil when either
    /// operand is not an int.
    func intBinary(_ a: Value, _ b: Value, _ op: Int) throws -> Value? {
        if let x = a.intValue, let y = b.intValue, let r = intFastBinary(x, y, op) { return r }
        guard let x = a.bigIntValue, let y = b.bigIntValue else { return nil }
        return try bigBinary(x, y, op)
    }

    /// pow(a, b, m) for ints, with Python 3.8+ modular inverses for negative exponents.
    func intPowMod(_ a: BigInt, _ b: BigInt, _ m: BigInt) throws -> Value {
        if m.isZero { throw PyErr.valueError("pow() 3rd argument cannot be 0") }
        guard let r = a.modPow(b, m) else { throw PyErr.valueError("base is not invertible for the given modulus") }
        return makeInt(r)
    }

    /// PyNumber_Long: int(x) without a base.
    func numberToInt(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try truncateDoubleToInt(d)
        case .none, .undefined: break
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.int { return v }
            // Exact str/bytes have no __int__/__index__/__trunc__: parse directly.
            if t === BuiltinTypes.str, let s = o as? PyStr { return try parseIntText(s.value, base: 10, original: v) }
            if t === BuiltinTypes.bytes, let b = o as? PyBytes { return try parseIntBytes(b.bytes, base: 10, original: v) }
            if let m = t.lookup(names.dint) {
                let r = try callValues(m, [v])
                guard let e = exactInt(r) else { throw PyErr.typeError("__int__ returned non-int (type \(r.type.name))") }
                return e
            }
            if let m = t.lookup(names.dindex) {
                let r = try callValues(m, [v])
                guard let e = exactInt(r) else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
                return e
            }
            if let m = t.lookup(names.dtrunc) {
                let r = try callValues(m, [v])
                if let e = exactInt(r) { return e }
                guard r.type.lookup(names.dindex) != nil else {
                    throw PyErr.typeError("__trunc__ returned non-Integral (type \(r.type.name))")
                }
                return makeInt(try indexBig(r))
            }
            if let s = o as? PyStr { return try parseIntText(s.value, base: 10, original: v) }
            if let b = o as? PyBytes { return try parseIntBytes(b.bytes, base: 10, original: v) }
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.type.name)'")
    }

    func parseIntText(_ s: String, base: Int, original: Value) throws -> Value {
        switch parsePythonIntLiteral(s, base: base) {
        case .int(let i): return .int(i)
        case .big(let b): return makeInt(b)
        case .invalid:
            throw PyErr.valueError("invalid literal for int() with base \(base): \(try repr(original))")
        }
    }

    func parseIntBytes(_ bytes: [UInt8], base: Int, original: Value) throws -> Value {
        // Bytes are parsed as ASCII: non-ASCII bytes are never digits or spaces.
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let s = String(decoding: bytes, as: UTF8.self)
            switch parsePythonIntLiteral(s, base: base) {
            case .int(let i): return .int(i)
            case .big(let b): return makeInt(b)
            case .invalid: break
            }
        }
        throw PyErr.valueError("invalid literal for int() with base \(base): \(try repr(original))")
    }

    /// int.__new__(cls, x=0, base=10).
    func intNew(_ args: Args) throws -> Value {
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("int.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.int) else {
            throw PyErr.typeError("int.__new__(\(cls.name)): \(cls.name) is not a subtype of int")
        }
        let x: Value? = args.count > 1 ? args[1] : nil
        var base: Value? = args.count > 2 ? args[2] : nil
        if args.count > 3 { throw PyErr.typeError("int() takes at most 2 arguments (\(args.count - 1) given)") }
        for (k, v) in args.keywords {
            guard k == "base" else { throw PyErr.typeError("'\(k)' is an invalid keyword argument for int()") }
            if base != nil { throw PyErr.typeError("argument for int() given by name ('base') and position (2)") }
            base = v
        }
        let result: Value
        if let bv = base {
            guard let xv = x else { throw PyErr.typeError("int() missing string argument") }
            let b = try indexBig(bv)
            guard let bi = b.asInt, bi == 0 || (bi >= 2 && bi <= 36) else {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0")
            }
            if let s = xv.asObject as? PyStr {
                result = try parseIntText(s.value, base: bi, original: xv)
            } else if let by = xv.asObject as? PyBytes {
                result = try parseIntBytes(by.bytes, base: bi, original: xv)
            } else {
                throw PyErr.typeError("int() can't convert non-string with explicit base")
            }
        } else if let xv = x {
            result = try numberToInt(xv)
        } else {
            result = .int(0)
        }
        if cls === BuiltinTypes.int { return result }
        return makeIntOfType(result.bigIntValue ?? BigInt(), cls)
    }
}

private func selfBig(_ args: Args) -> BigInt { args[0].bigIntValue ?? BigInt() }

private func installIntMethods() {
    let t = BuiltinTypes.int
    t.addStaticMethod("__new__") { interp, args in try interp.intNew(args) }

    for (op, name) in intBinaryDunders {
        t.addMethod("__\(name)__") { interp, args in
            try interp.intBinary(args[0], try oneOperand(args), op) ?? notImplementedValue
        }
        t.addMethod("__r\(name)__") { interp, args in
            try interp.intBinary(try oneOperand(args), args[0], op) ?? notImplementedValue
        }
    }
    t.addMethod("__pow__") { interp, args in
        try checkPositional("__pow__", args.count - 1, min: 1, max: 2)
        let mod: Value = args.count > 2 ? args[2] : .none
        if mod.isNone { return try interp.intBinary(args[0], args[1], BinOpCode.pow) ?? notImplementedValue }
        guard let a = args[0].bigIntValue, let b = args[1].bigIntValue, let m = mod.bigIntValue else { return notImplementedValue }
        return try interp.intPowMod(a, b, m)
    }
    t.addMethod("__rpow__") { interp, args in
        try checkPositional("__rpow__", args.count - 1, min: 1, max: 2)
        let mod: Value = args.count > 2 ? args[2] : .none
        if mod.isNone { return try interp.intBinary(args[1], args[0], BinOpCode.pow) ?? notImplementedValue }
        guard let a = args[1].bigIntValue, let b = args[0].bigIntValue, let m = mod.bigIntValue else { return notImplementedValue }
        return try interp.intPowMod(a, b, m)
    }
    t.addMethod("__divmod__") { interp, args in
        let o = try oneOperand(args)
        guard let a = args[0].bigIntValue, let b = o.bigIntValue else { return notImplementedValue }
        return try intDivmod(a, b)
    }
    t.addMethod("__rdivmod__") { interp, args in
        let o = try oneOperand(args)
        guard let a = o.bigIntValue, let b = args[0].bigIntValue else { return notImplementedValue }
        return try intDivmod(a, b)
    }

    let cmpNames = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    for (op, name) in cmpNames.enumerated() {
        t.addMethod(name) { interp, args in
            let o = try oneOperand(args)
            guard let a = args[0].bigIntValue, let b = o.bigIntValue else { return notImplementedValue }
            return .bool(interp.cmp(a, b, op))
        }
    }

    t.addMethod("__neg__") { _, args in makeInt(-selfBig(args)) }
    t.addMethod("__invert__") { _, args in makeInt(~selfBig(args)) }
    t.addMethod("__abs__") { _, args in makeInt(selfBig(args).magnitude) }
    t.addMethod("__bool__") { _, args in .bool(!selfBig(args).isZero) }
    for name in ["__pos__", "__int__", "__index__", "__trunc__", "__floor__", "__ceil__", "conjugate"] {
        t.addMethod(name) { _, args in
            if name == "conjugate" { try noArguments(args, "int.conjugate") }
            return exactInt(args[0]) ?? .int(0)
        }
    }
    t.addMethod("__float__") { _, args in
        guard let d = selfBig(args).toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
        return .float(d)
    }
    t.addMethod("__hash__") { _, args in
        if let i = args[0].intValue { return .int(BigInt.pyHash(i)) }
        return .int(selfBig(args).pyHash)
    }
    t.addMethod("__repr__") { _, args in
        if let i = args[0].intValue { return Value(String(i)) }
        return Value(selfBig(args).toString(radix: 10))
    }
    t.addMethod("__format__") { interp, args in
        let specV = try oneOperand(args)
        guard let spec = specV.asStr?.value else {
            throw PyErr.typeError("__format__() argument must be str, not \(specV.type.name)")
        }
        if spec.isEmpty { return Value(try interp.str(args[0])) }
        let b = selfBig(args)
        do {
            return Value(try formatInteger(negative: b.isNegative, digits: { b.magnitude.toString(radix: $0) },
                                           asDouble: { b.toDouble() }, FormatSpec(parsing: spec)))
        } catch let e as FormatError {
            throw interp.formatErrorToPy(e)
        }
    }
    t.addMethod("__round__") { interp, args in
        try checkPositional("__round__", args.count - 1, min: 0, max: 1)
        guard args.count > 1, !args[1].isNone else { return exactInt(args[0]) ?? .int(0) }
        return try intRound(selfBig(args), try interp.indexBig(args[1]))
    }
    t.addMethod("__getnewargs__") { _, args in .object(PyTuple([exactInt(args[0]) ?? .int(0)])) }
    // CPython's layout: a 24-byte header plus one 4-byte digit per 30 bits.
    t.addMethod("__sizeof__") { _, args in .int(24 + 4 * ((selfBig(args).magnitude.bitLength() + 29) / 30)) }

    t.addMethod("bit_length") { _, args in
        try noArguments(args, "int.bit_length")
        if let i = args[0].intValue { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
        return .int(selfBig(args).bitLength())
    }
    t.addMethod("bit_count") { _, args in
        try noArguments(args, "int.bit_count")
        if let i = args[0].intValue { return .int(i.magnitude.nonzeroBitCount) }
        return .int(selfBig(args).magnitude.bitCount())
    }
    t.addMethod("as_integer_ratio") { _, args in
        try noArguments(args, "int.as_integer_ratio")
        return .object(PyTuple([exactInt(args[0]) ?? .int(0), .int(1)]))
    }
    t.addMethod("to_bytes") { interp, args in
        let a = try clinicArgs(args, from: 1, "to_bytes", ["length", "byteorder", "signed"], required: 0, positionalMax: 2)
        let length = try a[0].map { try interp.index($0) } ?? 1
        let bigEndian = try byteOrder(a[1])
        let signed = try a[2].map { try interp.isTrue($0) } ?? false
        if length < 0 { throw PyErr.valueError("length argument must be non-negative") }
        let v = selfBig(args)
        if v.isNegative && !signed { throw PyErr.overflowError("can't convert negative int to unsigned") }
        guard let bytes = v.toBytes(length: length, bigEndian: bigEndian, signed: signed) else {
            throw PyErr.overflowError("int too big to convert")
        }
        return .object(PyBytes(bytes))
    }
    t.addClassMethod("from_bytes") { interp, args in
        let a = try clinicArgs(args, from: 1, "from_bytes", ["bytes", "byteorder", "signed"], required: 1, positionalMax: 2)
        let bigEndian = try byteOrder(a[1])
        let signed = try a[2].map { try interp.isTrue($0) } ?? false
        let src = a[0] ?? .none
        var bytes: [UInt8]
        if let b = src.asObject as? PyBytes {
            bytes = b.bytes
        } else if src.asStr != nil {
            throw PyErr.typeError("cannot convert 'str' object to bytes")
        } else {
            bytes = []
            for item in try interp.iterate(src) {
                let n = try interp.index(item)
                guard n >= 0 && n < 256 else { throw PyErr.valueError("bytes must be in range(0, 256)") }
                bytes.append(UInt8(n))
            }
        }
        let v = BigInt(bytes: bytes, bigEndian: bigEndian, signed: signed)
        if let cls = args[0].asType, cls !== BuiltinTypes.int {
            return try interp.callValues(args[0], [makeInt(v)])
        }
        return makeInt(v)
    }
    let selfInt: (Interpreter, Value) throws -> Value = { _, v in exactInt(v) ?? .int(0) }
    t.addGetter("real", selfInt)
    t.addGetter("numerator", selfInt)
    t.addGetter("imag") { _, _ in .int(0) }
    t.addGetter("denominator") { _, _ in .int(1) }
}

private func byteOrder(_ v: Value?) throws -> Bool {
    guard let v = v else { return true }
    guard let s = v.asStr?.value else {
        throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not \(v.type.name)")
    }
    if s == "big" { return true }
    if s == "little" { return false }
    throw PyErr.valueError("byteorder must be either 'little' or 'big'")
}

func intDivmod(_ a: BigInt, _ b: BigInt) throws -> Value {
    guard let (q, r) = a.floorDivMod(b) else { throw PyErr.zeroDivision("integer division or modulo by zero") }
    return .object(PyTuple([makeInt(q), makeInt(r)]))
}

/// round(int, ndigits): identity for ndigits >= 0, else half-even to a multiple of 10**-ndigits.
func intRound(_ v: BigInt, _ ndigits: BigInt) throws -> Value {
    if !ndigits.isNegative { return makeInt(v) }
    // 10**k exceeds 2|v| once k > bitLength/3 + 1, and then the result is 0.
    guard let k = (-ndigits).asInt, k <= v.bitLength() / 3 + 1 else { return .int(0) }
    let p = BigInt(10).power(k)
    guard let (q0, r) = v.floorDivMod(p) else { return .int(0) }
    var q = q0
    let c = (r + r).compare(p)
    if c > 0 || (c == 0 && q.isOdd) { q = q + BigInt(1) }
    return makeInt(q * p)
}

private func installBoolMethods() {
    let t = BuiltinTypes.bool
    t.addStaticMethod("__new__") { interp, args in
        if args.hasKeywords { throw PyErr.typeError("bool() takes no keyword arguments") }
        try checkPositional("bool", args.count - 1, min: 0, max: 1)
        return .bool(args.count > 1 ? try interp.isTrue(args[1]) : false)
    }
    t.addMethod("__repr__") { _, args in
        Value(args[0].bigIntValue.map { $0.isZero ? "False" : "True" } ?? "False")
    }
    // & | ^ of two bools stay bool; otherwise they are int operations.
    for (op, name) in [(12, "and"), (10, "or"), (11, "xor")] {
        let both: NativeFunction = { interp, args in
            let o = try oneOperand(args)
            if case .bool(let x) = args[0], case .bool(let y) = o {
                return .bool(op == 12 ? (x && y) : op == 10 ? (x || y) : (x != y))
            }
            return try interp.intBinary(args[0], o, op) ?? notImplementedValue
        }
        t.addMethod("__\(name)__", both)
        t.addMethod("__r\(name)__", both)
    }
}
