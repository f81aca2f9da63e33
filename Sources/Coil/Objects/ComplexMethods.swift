// complex: constructor (numbers and strings), arithmetic as CPython's complexobject.c (Smith's
// division, integer powers by repeated squaring), equality, hash, repr and format.

#if canImport(Glibc)
import Glibc
#endif

typealias ComplexParts = (re: Double, im: Double)

/// A complex operand: complex, float or int (ints converted exactly rounded); nil otherwise.
func complexOperand(_ v: Value) throws -> ComplexParts? {
    if case .object(let o) = v, let c = o as? PyComplex { return (c.real, c.imag) }
    if let d = try floatOperand(v) { return (d, 0) }
    return nil
}

/// A complex of class `cls` (subclass instances get a __dict__).
func makeComplexOfType(_ c: ComplexParts, _ cls: PyType) -> Value {
    let o = PyComplex(real: c.re, imag: c.im)
    if cls !== BuiltinTypes.complex {
        o.setType(cls)
        if cls.isHeapType { o.dict = PyDict() }
    }
    return .object(o)
}

@inline(__always) func complexProduct(_ a: ComplexParts, _ b: ComplexParts) -> ComplexParts {
    (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// _Py_c_quot: Smith's algorithm (avoids needless overflow, matches CPython bit for bit).
func complexQuotient(_ a: ComplexParts, _ b: ComplexParts) throws -> ComplexParts {
    let absRe = Swift.abs(b.re), absIm = Swift.abs(b.im)
    if absRe >= absIm {
        if absRe == 0 { throw PyErr.zeroDivision("complex division by zero") }
        let ratio = b.im / b.re
        let denom = b.re + b.im * ratio
        return ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    }
    if absIm >= absRe {
        let ratio = b.re / b.im
        let denom = b.re * ratio + b.im
        return ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    }
    return (.nan, .nan)
}

/// complex ** complex (complex_pow): small integral exponents by repeated squaring.
func complexPower(_ a: ComplexParts, _ b: ComplexParts) throws -> ComplexParts {
    var r: ComplexParts
    if b.im == 0, b.re == b.re.rounded(.down), Swift.abs(b.re) <= 100 {
        let n = Int(b.re)
        if n >= 0 {
            r = complexPowU(a, n)
        } else {
            let d = complexPowU(a, -n)
            if d.re == 0 && d.im == 0 { throw PyErr.zeroDivision("0.0 to a negative or complex power") }
            r = try complexQuotient((1, 0), d)
        }
    } else if b.re == 0 && b.im == 0 {
        r = (1, 0)
    } else if a.re == 0 && a.im == 0 {
        if b.im != 0 || b.re < 0 { throw PyErr.zeroDivision("0.0 to a negative or complex power") }
        r = (0, 0)
    } else {
        let vabs = hypot(a.re, a.im)
        var len = pow(vabs, b.re)
        let at = atan2(a.im, a.re)
        var phase = at * b.re
        if b.im != 0 {
            len /= exp(at * b.im)
            phase += b.im * log(vabs)
        }
        r = (len * cos(phase), len * sin(phase))
    }
    if (r.re.isInfinite || r.im.isInfinite) && a.re.isFinite && a.im.isFinite && b.re.isFinite && b.im.isFinite {
        throw PyErr.overflowError("complex exponentiation")
    }
    return r
}

private func complexPowU(_ x: ComplexParts, _ n: Int) -> ComplexParts {
    var r: ComplexParts = (1, 0)
    var p = x
    var mask = 1
    while mask > 0 && n >= mask {
        if n & mask != 0 { r = complexProduct(r, p) }
        mask <<= 1
        p = complexProduct(p, p)
    }
    return r
}

/// repr of one part: the float repr without the ".0" CPython's 'r' mode leaves out here.
private func partRepr(_ d: Double) -> String {
    let s = pyFloatRepr(d)
    return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
}

func complexRepr(_ re: Double, _ im: Double) -> String {
    if re == 0 && re.sign == .plus { return partRepr(im) + "j" }
    var i = partRepr(im)
    if !i.hasPrefix("-") { i = "+" + i }
    return "(" + partRepr(re) + i + "j)"
}

extension Interpreter {
    /// complex.__new__(cls, real=0, imag=0).
    func complexNew(_ args: Args) throws -> Value {
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("complex.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.complex) else {
            throw PyErr.typeError("complex.__new__(\(cls.name)): \(cls.name) is not a subtype of complex")
        }
        if args.count > 3 { throw PyErr.typeError("complex() takes at most 2 arguments (\(args.count - 1) given)") }
        let a = try clinicArgs(args, from: 1, "complex", ["real", "imag"], required: 0)
        let r = a[0] ?? .int(0)
        if a[1] == nil, cls === BuiltinTypes.complex, case .object(let o) = r, o.type === BuiltinTypes.complex { return r }
        if let s = r.asStr {
            if a[1] != nil { throw PyErr.typeError("complex() can't take second arg if first is a string") }
            return makeComplexOfType(try parseComplexString(s.value, original: r), cls)
        }
        if let i = a[1], i.asStr != nil { throw PyErr.typeError("complex() second arg can't be a string") }
        var cr: ComplexParts = (0, 0)
        var crIsComplex = false
        if let c = try complexSpecial(r) {
            cr = c; crIsComplex = true
        } else if isRealNumber(r) {
            cr = (try numberToFloat(r), 0)
        } else {
            throw PyErr.typeError("complex() first argument must be a string or a number, not '\(r.type.name)'")
        }
        var ci: ComplexParts = (cr.im, 0)
        if let i = a[1] {
            if case .object(let o) = i, let c = o as? PyComplex {
                ci = (c.real, c.imag)
                cr.re -= ci.im
            } else if isRealNumber(i) {
                ci = (try numberToFloat(i), 0)
            } else {
                throw PyErr.typeError("complex() second argument must be a number, not '\(i.type.name)'")
            }
            if crIsComplex { ci.re += cr.im }
        }
        return makeComplexOfType((cr.re, ci.re), cls)
    }

    /// The value of a complex, or of an object with `__complex__` (which must return a complex).
    private func complexSpecial(_ v: Value) throws -> ComplexParts? {
        if let m = v.type.lookup(names.dcomplex) {
            let r = try callValues(m, [v])
            guard case .object(let o) = r, let c = o as? PyComplex else {
                throw PyErr.typeError("__complex__ returned non-complex (type \(r.type.name))")
            }
            return (c.real, c.imag)
        }
        if case .object(let o) = v, let c = o as? PyComplex { return (c.real, c.imag) }
        return nil
    }

    private func isRealNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .object(let o): return o is PyInt || o is PyBoxedFloat
            || o.type.lookup(names.dfloat) != nil || o.type.lookup(names.dindex) != nil
        default: return false
        }
    }

    /// complex(str), as complex_from_string_inner.
    func parseComplexString(_ text: String, original: Value) throws -> ComplexParts {
        let malformed = PyErr.valueError("complex() arg is a malformed string")
        var b: [UInt8] = []
        for u in text.unicodeScalars {
            if u.value < 128 { b.append(UInt8(u.value)) }
            else if u.properties.isWhitespace { b.append(32) }
            else if u.properties.numericType == .decimal, let nv = u.properties.numericValue { b.append(48 + UInt8(Int(nv))) }
            else { throw malformed }
        }
        // Underscores are allowed only between digits, then dropped.
        if b.contains(95) {
            for (k, c) in b.enumerated() where c == 95 {
                let ok = k > 0 && k + 1 < b.count && isDigit(b[k - 1]) && isDigit(b[k + 1])
                if !ok { throw PyErr.valueError("could not convert string to complex: \(try repr(original))") }
            }
            b.removeAll { $0 == 95 }
        }
        var p = 0
        func skipSpace() { while p < b.count && (b[p] == 32 || (b[p] >= 9 && b[p] <= 13)) { p += 1 } }
        func isJ() -> Bool { p < b.count && (b[p] == 106 || b[p] == 74) }
        skipSpace()
        var bracket = false
        if p < b.count && b[p] == 40 { bracket = true; p += 1; skipSpace() }
        var x = 0.0, y = 0.0
        if let (z, end) = scanFloat(b, p) {
            p = end
            if p < b.count && (b[p] == 43 || b[p] == 45) {
                x = z
                if let (w, e2) = scanFloat(b, p) { y = w; p = e2 } else { y = b[p] == 43 ? 1 : -1; p += 1 }
                guard isJ() else { throw malformed }
                p += 1
            } else if isJ() {
                p += 1
                y = z
            } else {
                x = z
            }
        } else {
            if p < b.count && (b[p] == 43 || b[p] == 45) { y = b[p] == 43 ? 1 : -1; p += 1 } else { y = 1 }
            guard isJ() else { throw malformed }
            p += 1
        }
        skipSpace()
        if bracket {
            guard p < b.count && b[p] == 41 else { throw malformed }
            p += 1
            skipSpace()
        }
        if p != b.count { throw malformed }
        return (x, y)
    }
}

@inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

/// The longest float literal (with optional sign) at `start`: its value and end index.
private func scanFloat(_ b: [UInt8], _ start: Int) -> (Double, Int)? {
    var p = start
    if p < b.count && (b[p] == 43 || b[p] == 45) { p += 1 }
    let bodyStart = p
    func matchWord(_ w: String) -> Bool {
        let wb = Array(w.utf8)
        guard p + wb.count <= b.count else { return false }
        for (k, c) in wb.enumerated() where b[p + k] | 0x20 != c { return false }
        return true
    }
    if matchWord("infinity") { p += 8 }
    else if matchWord("inf") || matchWord("nan") { p += 3 }
    else {
        var digits = 0
        while p < b.count && isDigit(b[p]) { p += 1; digits += 1 }
        if p < b.count && b[p] == 46 {
            p += 1
            while p < b.count && isDigit(b[p]) { p += 1; digits += 1 }
        }
        if digits == 0 { return nil }
        if p < b.count && (b[p] == 101 || b[p] == 69) {
            var q = p + 1
            if q < b.count && (b[q] == 43 || b[q] == 45) { q += 1 }
            if q < b.count && isDigit(b[q]) {
                while q < b.count && isDigit(b[q]) { q += 1 }
                p = q
            }
        }
    }
    if p == bodyStart { return nil }
    guard let d = parsePyFloat(String(decoding: b[start..<p], as: UTF8.self)) else { return nil }
    return (d, p)
}

/// format(complex, spec), as format_complex_internal.
func formatComplex(_ c: ComplexParts, _ specText: String) throws -> String {
    let spec = try FormatSpec(parsing: specText)
    if spec.zeroPad { throw PyErr.valueError("Zero padding is not allowed in complex format specifier") }
    if spec.align == "=" { throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier") }
    var type = spec.type
    var skipRe = false, parens = false
    if let t = type, !"eEfFgGn".contains(t) {
        throw PyErr.valueError("Unknown format code '\(t)' for object of type 'complex'")
    }
    if type == nil {
        if c.re == 0 && c.re.sign == .plus { skipRe = true } else { parens = true }
        if spec.precision != nil { type = "g" }
    }
    if type == "n" { type = "g" }
    func part(_ d: Double, forceSign: Bool) throws -> String {
        var s: String
        if let t = type {
            var ps = ""
            if spec.noNegZero { ps += "z" }
            if spec.alternate { ps += "#" }
            if let g = spec.grouping { ps.append(g) }
            if let pr = spec.precision { ps += ".\(pr)" }
            ps.append(t)
            s = try formatFloat(d, FormatSpec(parsing: ps))
        } else {
            s = partRepr(d)
            if spec.noNegZero && s == "-0" { s = "0" }
        }
        if !s.hasPrefix("-") {
            if forceSign || spec.sign == "+" { s = "+" + s } else if spec.sign == " " { s = " " + s }
        }
        return s
    }
    var body = (skipRe ? "" : try part(c.re, forceSign: false)) + (try part(c.im, forceSign: !skipRe)) + "j"
    if parens { body = "(" + body + ")" }
    let len = body.unicodeScalars.count
    guard let w = spec.width, w > len else { return body }
    let fill = String(spec.fill ?? " ")
    let pad = w - len
    switch spec.align ?? ">" {
    case "<": return body + String(repeating: fill, count: pad)
    case "^": return String(repeating: fill, count: pad / 2) + body + String(repeating: fill, count: pad - pad / 2)
    default: return String(repeating: fill, count: pad) + body
    }
}

func installComplexMethods() {
    let t = BuiltinTypes.complex
    t.addStaticMethod("__new__") { interp, args in try interp.complexNew(args) }
    func me(_ args: Args) -> ComplexParts {
        guard let c = args[0].asObject as? PyComplex else { return (0, 0) }
        return (c.real, c.imag)
    }
    func binary(_ name: String, _ f: @escaping (ComplexParts, ComplexParts) throws -> ComplexParts) {
        t.addMethod("__\(name)__") { _, args in
            guard let o = try complexOperand(try oneOperand(args)) else { return notImplementedValue }
            let r = try f(me(args), o)
            return makeComplex(real: r.re, imag: r.im)
        }
        t.addMethod("__r\(name)__") { _, args in
            guard let o = try complexOperand(try oneOperand(args)) else { return notImplementedValue }
            let r = try f(o, me(args))
            return makeComplex(real: r.re, imag: r.im)
        }
    }
    binary("add") { a, b in (a.re + b.re, a.im + b.im) }
    binary("sub") { a, b in (a.re - b.re, a.im - b.im) }
    binary("mul", complexProduct)
    binary("truediv", complexQuotient)
    for (name, reflected) in [("__pow__", false), ("__rpow__", true)] {
        t.addMethod(name) { _, args in
            try checkPositional(name, args.count - 1, min: 1, max: 2)
            if args.count > 2 && !args[2].isNone { throw PyErr.valueError("complex modulo") }
            guard let o = try complexOperand(args[1]) else { return notImplementedValue }
            let r = reflected ? try complexPower(o, me(args)) : try complexPower(me(args), o)
            return makeComplex(real: r.re, imag: r.im)
        }
    }
    for (name, negate) in [("__eq__", false), ("__ne__", true)] {
        t.addMethod(name) { interp, args in
            let o = try oneOperand(args)
            let a = me(args)
            var eq: Bool
            if case .object(let oo) = o, let c = oo as? PyComplex {
                eq = a.re == c.real && a.im == c.imag
            } else if let b = o.bigIntValue {
                eq = a.im == 0 && interp.cmpIntFloat(b, a.re, 0)
            } else if let d = floatValue(o) {
                eq = a.im == 0 && a.re == d
            } else {
                return notImplementedValue
            }
            return .bool(eq != negate)
        }
    }
    t.addMethod("__neg__") { _, args in let a = me(args); return makeComplex(real: -a.re, imag: -a.im) }
    t.addMethod("__pos__") { _, args in let a = me(args); return makeComplex(real: a.re, imag: a.im) }
    t.addMethod("__complex__") { _, args in let a = me(args); return makeComplex(real: a.re, imag: a.im) }
    t.addMethod("conjugate") { _, args in
        try noArguments(args, "complex.conjugate")
        let a = me(args)
        return makeComplex(real: a.re, imag: -a.im)
    }
    t.addMethod("__bool__") { _, args in let a = me(args); return .bool(a.re != 0 || a.im != 0) }
    t.addMethod("__abs__") { _, args in
        let a = me(args)
        if a.re.isInfinite || a.im.isInfinite { return .float(.infinity) }
        if a.re.isNaN || a.im.isNaN { return .float(.nan) }
        let r = hypot(a.re, a.im)
        if r.isInfinite { throw PyErr.overflowError("absolute value too large") }
        return .float(r)
    }
    t.addMethod("__hash__") { _, args in
        let a = me(args)
        let h = UInt(bitPattern: hashDouble(a.re)) &+ 1000003 &* UInt(bitPattern: hashDouble(a.im))
        let r = Int(bitPattern: h)
        return .int(r == -1 ? -2 : r)
    }
    t.addMethod("__repr__") { _, args in let a = me(args); return Value(complexRepr(a.re, a.im)) }
    t.addMethod("__format__") { interp, args in
        let specV = try oneOperand(args)
        guard let spec = specV.asStr?.value else {
            throw PyErr.typeError("__format__() argument must be str, not \(specV.type.name)")
        }
        if spec.isEmpty { return Value(try interp.str(args[0])) }
        do {
            return Value(try formatComplex(me(args), spec))
        } catch let e as FormatError {
            throw interp.formatErrorToPy(e)
        }
    }
    t.addMethod("__getnewargs__") { _, args in let a = me(args); return .object(PyTuple([.float(a.re), .float(a.im)])) }
    t.addMethod("__sizeof__") { _, _ in .int(32) }
    t.addGetter("real") { _, v in .float((v.asObject as? PyComplex)?.real ?? 0) }
    t.addGetter("imag") { _, v in .float((v.asObject as? PyComplex)?.imag ?? 0) }
}
