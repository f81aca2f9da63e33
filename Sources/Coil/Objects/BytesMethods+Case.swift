// bytes/bytearray ASCII operations: case mapping, predicates, padding, expandtabs, splitlines,
// hex/fromhex and translate/maketrans.

@inline(__always) private func isUpperB(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
@inline(__always) private func isLowerB(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
@inline(__always) private func isAlphaB(_ c: UInt8) -> Bool { isUpperB(c) || isLowerB(c) }
@inline(__always) private func isDigitB(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
@inline(__always) private func lowerB(_ c: UInt8) -> UInt8 { isUpperB(c) ? c + 32 : c }
@inline(__always) private func upperB(_ c: UInt8) -> UInt8 { isLowerB(c) ? c - 32 : c }

private func bytesTitle(_ d: [UInt8]) -> [UInt8] {
    var out = d
    var prevCased = false
    for i in out.indices {
        let c = out[i]
        if isUpperB(c) { if prevCased { out[i] = c + 32 }; prevCased = true }
        else if isLowerB(c) { if !prevCased { out[i] = c - 32 }; prevCased = true }
        else { prevCased = false }
    }
    return out
}

private func bytesIsTitle(_ d: [UInt8]) -> Bool {
    var cased = false, prev = false
    for c in d {
        if isUpperB(c) { if prev { return false }; prev = true; cased = true }
        else if isLowerB(c) { if !prev { return false }; prev = true; cased = true }
        else { prev = false }
    }
    return cased
}

/// splitlines for bytes: \n, \r and \r\n only.
private func bytesSplitLines(_ b: PyBytes, keepends: Bool) -> [Value] {
    let d = b.bytes
    var out = [Value]()
    var i = 0
    while i < d.count {
        let j = i
        while i < d.count && d[i] != 10 && d[i] != 13 { i += 1 }
        var eol = i
        if i < d.count {
            if d[i] == 13 && i + 1 < d.count && d[i + 1] == 10 { i += 2 } else { i += 1 }
            if keepends { eol = i }
        }
        out.append(bytesResult(b, Array(d[j..<eol])))
    }
    return out
}

private let hexDigits = Array("0123456789abcdef".utf8)

/// bytes.hex(sep, bytes_per_sep): groups counted from the right (positive) or left (negative).
func bytesHex(_ d: [UInt8], sep: UInt8?, perSep: Int) -> String {
    var out = [UInt8]()
    out.reserveCapacity(d.count * 3)
    let n = d.count
    let group = Swift.abs(perSep)
    for (i, x) in d.enumerated() {
        if let s = sep, group > 0, i > 0 {
            // Separator before byte i when a group boundary falls there.
            let boundary = perSep > 0 ? (n - i) % group == 0 : i % group == 0
            if boundary { out.append(s) }
        }
        out.append(hexDigits[Int(x >> 4)]); out.append(hexDigits[Int(x & 15)])
    }
    return stringFromBytes(out)
}

private func hexValue(_ c: UInt32) -> Int? {
    switch c {
    case 48...57: return Int(c - 48)
    case 65...70: return Int(c - 55)
    case 97...102: return Int(c - 87)
    default: return nil
    }
}

/// bytes.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs.
func bytesFromHex(_ s: String) throws -> [UInt8] {
    let sc = Array(s.unicodeScalars)
    var out = [UInt8]()
    var i = 0
    func bad(_ at: Int) -> PyBaseException {
        PyErr.valueError("non-hexadecimal number found in fromhex() arg at position \(at)")
    }
    while i < sc.count {
        let v = sc[i].value
        if v < 128 && byteIsSpace(UInt8(v)) { i += 1; continue }
        guard let hi = hexValue(v) else { throw bad(i) }
        i += 1
        guard i < sc.count, let lo = hexValue(sc[i].value) else { throw bad(i) }
        i += 1
        out.append(UInt8(hi * 16 + lo))
    }
    return out
}

func installBytesCase(_ t: PyType) {
    let tname = t === BuiltinTypes.bytearray ? "bytearray" : "bytes"
    func mapMethod(_ name: String, _ f: @escaping ([UInt8]) -> [UInt8]) {
        t.addMethod(name) { _, args in
            let b = try bytesSelf(args, name)
            try StrArg.none(args, "\(tname).\(name)")
            return bytesResult(b, f(b.bytes))
        }
    }
    mapMethod("lower") { $0.map(lowerB) }
    mapMethod("upper") { $0.map(upperB) }
    mapMethod("swapcase") { $0.map { isUpperB($0) ? $0 + 32 : (isLowerB($0) ? $0 - 32 : $0) } }
    mapMethod("title", bytesTitle)
    mapMethod("capitalize") { d in d.enumerated().map { $0.offset == 0 ? upperB($0.element) : lowerB($0.element) } }

    func pred(_ name: String, _ f: @escaping ([UInt8]) -> Bool) {
        t.addMethod(name) { _, args in
            let b = try bytesSelf(args, name)
            try StrArg.none(args, "\(tname).\(name)")
            return .bool(f(b.bytes))
        }
    }
    pred("isalpha") { !$0.isEmpty && $0.allSatisfy(isAlphaB) }
    pred("isalnum") { !$0.isEmpty && $0.allSatisfy { isAlphaB($0) || isDigitB($0) } }
    pred("isdigit") { !$0.isEmpty && $0.allSatisfy(isDigitB) }
    pred("isspace") { !$0.isEmpty && $0.allSatisfy(byteIsSpace) }
    pred("isascii") { $0.allSatisfy { $0 < 128 } }
    pred("islower") { d in !d.contains(where: isUpperB) && d.contains(where: isLowerB) }
    pred("isupper") { d in !d.contains(where: isLowerB) && d.contains(where: isUpperB) }
    pred("istitle", bytesIsTitle)

    func padLike(_ name: String, _ kind: Int) {
        t.addMethod(name) { interp, args in
            let b = try bytesSelf(args, name)
            try StrArg.clinic(args, name, 1, 2)
            let width = try StrArg.index(interp, args[1])
            var fill: UInt8 = 32
            if args.count > 2 {
                guard let f = bytesLike(args[2]), f.count == 1 else {
                    throw PyErr.typeError("\(name)() argument 2 must be a byte string of length 1, not \(args[2].type.name)")
                }
                fill = f[0]
            }
            let d = b.bytes
            if d.count >= width { return bytesSameOrNew(b, args[0], d) }
            let marg = width - d.count
            try checkResultSize(width)
            let left: Int
            switch kind {
            case 0: left = 0
            case 1: left = marg
            default: left = marg / 2 + (marg & width & 1)
            }
            var out = [UInt8](repeating: fill, count: left)
            out.append(contentsOf: d)
            out.append(contentsOf: repeatElement(fill, count: marg - left))
            return bytesResult(b, out)
        }
    }
    padLike("ljust", 0)
    padLike("rjust", 1)
    padLike("center", 2)
    t.addMethod("zfill") { interp, args in
        let b = try bytesSelf(args, "zfill")
        try StrArg.one(args, "\(tname).zfill")
        let width = try StrArg.index(interp, args[1])
        let d = b.bytes
        if d.count >= width { return bytesSameOrNew(b, args[0], d) }
        let fill = width - d.count
        try checkResultSize(width)
        var out = [UInt8](repeating: 48, count: fill)
        out.append(contentsOf: d)
        if !d.isEmpty, out[fill] == 43 || out[fill] == 45 { out[0] = out[fill]; out[fill] = 48 }
        return bytesResult(b, out)
    }
    t.addMethod("expandtabs") { interp, args in
        let b = try bytesSelf(args, "expandtabs")
        let a = try StrArg.bind(args, "expandtabs", ArgNames.tabsize)
        let ts = try a[0].map { try cIntArg(interp, $0) } ?? 8
        var out = [UInt8]()
        var col = 0
        for c in b.bytes {
            if c == 9 {
                if ts > 0 {
                    let n = ts - col % ts
                    col += n
                    try checkResultSize(out.count + n)
                    out.append(contentsOf: repeatElement(32, count: n))
                }
            } else {
                out.append(c)
                if c == 10 || c == 13 { col = 0 } else { col += 1 }
            }
        }
        return bytesResult(b, out)
    }
    t.addMethod("splitlines") { interp, args in
        let b = try bytesSelf(args, "splitlines")
        let a = try StrArg.bind(args, "splitlines", ArgNames.keepends)
        let keep = try a[0].map { try StrArg.index(interp, $0) != 0 } ?? false
        return .object(PyList(bytesSplitLines(b, keepends: keep)))
    }
    t.addMethod("hex") { interp, args in
        let b = try bytesSelf(args, "hex")
        let a = try StrArg.bind(args, "hex", ArgNames.hexArgs)
        var sep: UInt8? = nil
        if let s = a[0] {
            let sb: [UInt8]
            if let ss = s.asStr { sb = Array(ss.value.utf8); if ss.count != 1 { throw PyErr.valueError("sep must be length 1.") } }
            else if let bs = bytesLike(s) { sb = bs }
            else if s.type.lookup(interp.intern("__len__")) == nil { throw PyErr.typeError("object of type '\(s.type.name)' has no len()") }
            else { throw PyErr.typeError("sep must be str or bytes.") }
            if sb.count != 1 { throw PyErr.valueError(sb.isEmpty ? "sep must be length 1." : "sep must be ASCII.") }
            if sb[0] >= 128 { throw PyErr.valueError("sep must be ASCII.") }
            sep = sb[0]
        }
        let per = try a[1].map { try cIntArg(interp, $0) } ?? 1
        return Value(bytesHex(b.bytes, sep: sep, perSep: per))
    }
    t.addClassMethod("fromhex") { interp, args in
        guard args.count == 2 else { throw PyErr.typeError("\(tname).fromhex() takes exactly one argument (\(args.count - 1) given)") }
        guard let s = args[1].asStr else { throw PyErr.typeError("fromhex() argument must be str, not \(args[1].type.name)") }
        let data = try bytesFromHex(s.value)
        guard let cls = args[0].asType else { return .object(PyBytes(data)) }
        if cls === BuiltinTypes.bytes { return .object(PyBytes(data)) }
        if cls === BuiltinTypes.bytearray { return .object(PyBytes(data, type: BuiltinTypes.bytearray)) }
        return try interp.callValues(args[0], [.object(PyBytes(data))])
    }
    t.addStaticMethod("maketrans") { _, args in
        guard args.count == 2 else { throw PyErr.typeError("maketrans expected 2 arguments, got \(args.count)") }
        let from = try bytesArg(args[0]), to = try bytesArg(args[1])
        if from.count != to.count { throw PyErr.valueError("maketrans arguments must have same length") }
        var table = (0..<256).map { UInt8($0) }
        for (a, b) in zip(from, to) { table[Int(a)] = b }
        return .object(PyBytes(table))
    }
    t.addMethod("translate") { _, args in
        let b = try bytesSelf(args, "translate")
        if args.count < 2 { throw PyErr.typeError("translate() takes at least 1 positional argument (0 given)") }
        let a = try StrArg.bind(args, "translate", ArgNames.translate, required: 1)
        var table: [UInt8]? = nil
        if let tv = a[0], !tv.isNone {
            let tb = try bytesArg(tv)
            if tb.count != 256 { throw PyErr.valueError("translation table must be 256 characters long") }
            table = tb
        }
        var del = [Bool](repeating: false, count: 256)
        if let dv = a[1] { for c in try bytesArg(dv) { del[Int(c)] = true } }
        var out = [UInt8]()
        out.reserveCapacity(b.bytes.count)
        for c in b.bytes where !del[Int(c)] { out.append(table.map { $0[Int(c)] } ?? c) }
        return bytesResult(b, out)
    }
}
