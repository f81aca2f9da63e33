// str case mapping (lower, upper, swapcase, title, capitalize, casefold — full Unicode
// mappings with CPython's final-sigma rule), padding (center, ljust, rjust, zfill) and
// translate/maketrans.

enum StrCaseOp { case lower, upper, swapcase, title, capitalize, casefold }

@inline(__always) private func asciiLower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
@inline(__always) private func asciiUpper(_ b: UInt8) -> UInt8 { b >= 97 && b <= 122 ? b - 32 : b }

/// CPython's handle_capital_sigma: U+03A3 lowercases to final sigma at the end of a word.
private func finalSigma(_ sc: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i - 1
    while j >= 0 && sc[j].properties.isCaseIgnorable { j -= 1 }
    guard j >= 0 && pyIsCased(sc[j]) else { return false }
    j = i + 1
    while j < sc.count && sc[j].properties.isCaseIgnorable { j += 1 }
    return j == sc.count || !pyIsCased(sc[j])
}

/// The Cased property (Lowercase, Uppercase or Lt), as of Unicode 14.
@inline(__always) func pyIsCased(_ u: Unicode.Scalar) -> Bool {
    if u.value < 128 { return (u.value >= 65 && u.value <= 90) || (u.value >= 97 && u.value <= 122) }
    return pyIsLowercase(u) || pyIsUppercase(u) || pyIsTitleCase(u)
}

/// Full case folding of one code point (CaseFolding.txt, status C+F).
func caseFold(_ u: Unicode.Scalar, into out: inout [UInt8]) {
    let v = u.value
    if v < 128 { out.append(asciiLower(UInt8(v))); return }
    // Cherokee small letters fold to the capital letters (the only uppercase fold targets).
    if v >= 0xAB70 && v <= 0xABBF { appendUTF8(&out, v - 0xAB70 + 0x13A0); return }
    if v >= 0x13F8 && v <= 0x13FD { appendUTF8(&out, v - 8); return }
    if v >= 0x13A0 && v <= 0x13F5 { appendUTF8(&out, v); return }
    // Changes_When_Casefolded is defined on NFD, so it misses ǰ, ΐ …: test the mappings.
    let props = u.properties
    if !props.changesWhenUppercased && !props.changesWhenLowercased || !pyAssigned(u) { appendUTF8(&out, v); return }
    // Dotless ı has only a Turkic fold; the default fold keeps it.
    if v == 0x131 { appendUTF8(&out, v); return }
    // Lowercase of the uppercase mapping reproduces full folding for every other code point
    // (ß → ss, ﬁ → fi, ς → σ, ẞ → ss …).
    guard let upper = pyCaseMapping(u, props.uppercaseMapping) else { appendUTF8(&out, v); return }
    for up in upper.unicodeScalars {
        for lo in up.properties.lowercaseMapping.unicodeScalars {
            // ẞ maps to ß through upper/lower; its fold is "ss".
            if lo.value == 0xDF { out.append(115); out.append(115); continue }
            appendUTF8(&out, lo.value)
        }
    }
}

func strCaseMap(_ s: PyStr, _ op: StrCaseOp) -> String {
    if s.isASCII {
        return withUTF8Bytes(s.value) { p -> String in
          makeUTF8String(count: p.count) { out in
            var prevCased = false
            for i in 0..<p.count {
                let b = p[i]
                switch op {
                case .lower, .casefold: out[i] = asciiLower(b)
                case .upper: out[i] = asciiUpper(b)
                case .swapcase: out[i] = b >= 65 && b <= 90 ? b + 32 : (b >= 97 && b <= 122 ? b - 32 : b)
                case .capitalize: out[i] = i == 0 ? asciiUpper(b) : asciiLower(b)
                case .title:
                    out[i] = prevCased ? asciiLower(b) : asciiUpper(b)
                    prevCased = (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                }
            }
          }
        }
    }
    let sc = s.scalars
    var out = [UInt8]()
    out.reserveCapacity(s.value.utf8.count + 8)
    func lowerAt(_ i: Int) {
        let u = sc[i]
        if u.value < 128 { out.append(asciiLower(UInt8(u.value))); return }
        if u.value == 0x3A3 { appendUTF8(&out, finalSigma(sc, i) ? 0x3C2 : 0x3C3); return }
        appendMapping(u, u.properties.lowercaseMapping)
    }
    func appendMapping(_ u: Unicode.Scalar, _ m: String) {
        if let mm = pyCaseMapping(u, m) { out.append(contentsOf: mm.utf8) } else { appendUTF8(&out, u.value) }
    }
    func upper(_ u: Unicode.Scalar) {
        if u.value < 128 { out.append(asciiUpper(UInt8(u.value))); return }
        appendMapping(u, u.properties.uppercaseMapping)
    }
    func title(_ u: Unicode.Scalar) {
        if u.value < 128 { out.append(asciiUpper(UInt8(u.value))); return }
        appendMapping(u, u.properties.titlecaseMapping)
    }
    var prevCased = false
    for i in 0..<sc.count {
        let u = sc[i]
        switch op {
        case .lower: lowerAt(i)
        case .upper: upper(u)
        case .casefold: caseFold(u, into: &out)
        case .swapcase:
            if pyIsUppercase(u) { lowerAt(i) }
            else if pyIsLowercase(u) { upper(u) }
            else { appendUTF8(&out, u.value) }
        case .capitalize:
            if i == 0 { title(u) } else { lowerAt(i) }
        case .title:
            if prevCased { lowerAt(i) } else { title(u) }
            prevCased = pyIsCased(u)
        }
    }
    return stringFromBytes(out)
}

// MARK: padding

/// The fill character argument of center/ljust/rjust.
private func fillChar(_ args: Args, _ i: Int) throws -> String {
    guard i < args.count else { return " " }
    guard let f = args[i].asStr else {
        throw PyErr.typeError("The fill character must be a unicode character, not \(args[i].type.name)")
    }
    if f.count != 1 { throw PyErr.typeError("The fill character must be exactly one character long") }
    return f.value
}

/// `s` padded with `left` and `right` copies of `fill`.
func strPad(_ s: String, _ left: Int, _ right: Int, _ fill: String) -> String {
    var out = String()
    out.reserveCapacity(s.utf8.count + (left + right) * fill.utf8.count)
    if left > 0 { out += String(repeating: fill, count: left) }
    out += s
    if right > 0 { out += String(repeating: fill, count: right) }
    return out
}

func installStrPadding(_ t: PyType) {
    func padLike(_ name: String, _ kind: Int) -> NativeFunction {
        return { interp, args in
            let s = try strSelf(args, name)
            try StrArg.clinic(args, name, 1, 2)
            let width = try StrArg.index(interp, args[1])
            let fill = try fillChar(args, 2)
            let len = s.count
            if len >= width { return s.type === BuiltinTypes.str ? args[0] : Value(s.value) }
            let marg = width - len
            try checkResultSize(marg)
            try checkResultSize(marg * fill.utf8.count + s.value.utf8.count)
            switch kind {
            case 0: return Value(strPad(s.value, 0, marg, fill))
            case 1: return Value(strPad(s.value, marg, 0, fill))
            default:
                let left = marg / 2 + (marg & width & 1)
                return Value(strPad(s.value, left, marg - left, fill))
            }
        }
    }
    t.addMethod("ljust", padLike("ljust", 0))
    t.addMethod("rjust", padLike("rjust", 1))
    t.addMethod("center", padLike("center", 2))
    t.addMethod("zfill") { interp, args in
        let s = try strSelf(args, "zfill")
        try StrArg.one(args, "str.zfill")
        let width = try StrArg.index(interp, args[1])
        let len = s.count
        if len >= width { return s.type === BuiltinTypes.str ? args[0] : Value(s.value) }
        let fill = width - len
        try checkResultSize(fill)
        var out = [UInt8](repeating: 48, count: fill)
        out.append(contentsOf: s.value.utf8)
        if len > 0, out[fill] == 43 || out[fill] == 45 {
            out[0] = out[fill]
            out[fill] = 48
        }
        return Value(stringFromBytes(out))
    }

}

func installStrCase(_ t: PyType) {
    func caseMethod(_ name: String, _ op: StrCaseOp) {
        t.addMethod(name) { _, args in
            let s = try strSelf(args, name)
            try StrArg.none(args, "str.\(name)")
            return Value(strCaseMap(s, op))
        }
    }
    caseMethod("lower", .lower)
    caseMethod("upper", .upper)
    caseMethod("swapcase", .swapcase)
    caseMethod("title", .title)
    caseMethod("capitalize", .capitalize)
    caseMethod("casefold", .casefold)

    t.addMethod("translate") { interp, args in
        let s = try strSelf(args, "translate")
        try StrArg.one(args, "str.translate")
        return Value(try strTranslate(interp, s, args[1]))
    }
    t.addStaticMethod("maketrans") { interp, args in
        try strMakeTrans(interp, args)
    }
}


// MARK: translate

/// `s.translate(table)`: table[ord(c)] gives None (delete), an int or a str; LookupError keeps c.
func strTranslate(_ interp: Interpreter, _ s: PyStr, _ table: Value) throws -> String {
    var out = [UInt8]()
    out.reserveCapacity(s.value.utf8.count)
    var cache: [UInt32: [UInt8]?] = [:]
    let dict: PyDict? = table.type === BuiltinTypes.dict ? table.asDict : nil
    for u in s.value.unicodeScalars {
        let v = u.value
        if let c = cache[v] {
            if let bytes = c { out.append(contentsOf: bytes) }
            continue
        }
        var mapped: Value?
        if let d = dict {
            mapped = try interp.dictGet(d, .int(Int(v)))
            if mapped == nil { mapped = .undefined }
        } else {
            do {
                mapped = try interp.getItem(table, .int(Int(v)))
            } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.LookupError) {
                mapped = .undefined
            }
        }
        var rep: [UInt8]? = nil
        var buf = [UInt8]()
        switch mapped ?? .undefined {
        case .undefined: appendUTF8(&buf, v); rep = buf
        case .none: rep = nil
        case let m:
            if let i = m.intValue {
                guard i >= 0 && i < 0x110000 else { throw PyErr.valueError("character mapping must be in range(0x110000)") }
                appendUTF8(&buf, Unicode.Scalar(UInt32(i)) == nil ? 0xFFFD : UInt32(i))
                rep = buf
            } else if m.bigIntValue != nil {
                throw PyErr.valueError("character mapping must be in range(0x110000)")
            } else if let r = m.asStr {
                rep = Array(r.value.utf8)
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str")
            }
        }
        cache[v] = rep
        if let bytes = rep { out.append(contentsOf: bytes) }
    }
    return stringFromBytes(out)
}

/// `str.maketrans(x[, y[, z]])`.
func strMakeTrans(_ interp: Interpreter, _ args: Args) throws -> Value {
    try StrArg.clinic(args, "maketrans", 1, 3, skip: 0)
    let n = args.count
    let d = PyDict()
    if n == 1 {
        guard let src = args[0].asDict else {
            throw PyErr.typeError("if you give only one argument to maketrans it must be a dict")
        }
        for e in src.entries where !e.key.isUndefined {
            let k = e.key, v = e.value
            if let ks = k.asStr {
                guard ks.count == 1, let u = ks.value.unicodeScalars.first else {
                    throw PyErr.valueError("string keys in translate table must be of length 1")
                }
                try interp.dictSet(d, .int(Int(u.value)), v)
            } else if k.isIntLike {
                try interp.dictSet(d, k.type === BuiltinTypes.bool ? .int(k.intValue ?? 0) : k, v)
            } else {
                throw PyErr.typeError("keys in translate table must be strings or integers")
            }
        }
        return .object(d)
    }
    guard let x = args[0].asStr else { throw PyErr.typeError("maketrans() argument 1 must be str, not \(args[0].type.name)") }
    guard let y = args[1].asStr else { throw PyErr.typeError("maketrans() argument 2 must be str, not \(args[1].type.name)") }
    let xs = Array(x.value.unicodeScalars), ys = Array(y.value.unicodeScalars)
    if xs.count != ys.count { throw PyErr.valueError("the first two maketrans arguments must have equal length") }
    for (a, b) in zip(xs, ys) { try interp.dictSet(d, .int(Int(a.value)), .int(Int(b.value))) }
    if n == 3 {
        guard let z = args[2].asStr else { throw PyErr.typeError("maketrans() argument 3 must be str, not \(args[2].type.name)") }
        for c in z.value.unicodeScalars { try interp.dictSet(d, .int(Int(c.value)), .none) }
    }
    return .object(d)
}
