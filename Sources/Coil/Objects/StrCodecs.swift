// Text codecs for str.encode / bytes.decode / str(bytes, encoding): utf-8, ascii, latin-1,
// utf-16 and utf-32 (with -le/-be variants), with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace (encode) and namereplace (encode). Error positions,
// ranges and reasons follow CPython's decoders exactly (UnicodeDecodeError/EncodeError).

enum TextCodec {
    case utf8, utf8Sig, ascii, latin1, cp1252
    case utf16(bigEndian: Bool?), utf32(bigEndian: Bool?)

    /// The codec name CPython reports in errors.
    var errorName: String {
        switch self {
        case .utf8, .utf8Sig: return "utf-8"
        case .cp1252: return "charmap"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16(let be): return be == true ? "utf-16-be" : "utf-16-le"
        case .utf32(let be): return be == true ? "utf-32-be" : "utf-32-le"
        }
    }
}

/// encodings.normalize_encoding plus lower-casing: "UTF-8" → "utf_8".
func normalizeEncodingName(_ s: String) -> String {
    var out = ""
    var punct = false
    for u in s.unicodeScalars {
        let v = u.value
        let alnum = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        if alnum || v == 46 {
            if punct && !out.isEmpty { out += "_" }
            out.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32) ?? u : u)
            punct = false
        } else if v < 128 || !pyIsAlnum(u) {
            punct = true
        } else {
            punct = false
        }
    }
    return out
}

private let codecAliases: [String: TextCodec] = {
    var d: [String: TextCodec] = [:]
    for n in ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"] { d[n] = .utf8 }
    for n in ["ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
              "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us"] { d[n] = .ascii }
    for n in ["latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "csisolatin1",
              "ibm819", "iso_8859_1_1987", "iso_ir_100"] { d[n] = .latin1 }
    for n in ["utf_8_sig", "utf8_sig"] { d[n] = .utf8Sig }
    for n in ["cp1252", "windows_1252"] { d[n] = .cp1252 }
    for n in ["utf_16", "utf16", "u16"] { d[n] = .utf16(bigEndian: nil) }
    for n in ["utf_16_le", "utf_16le", "unicodelittleunmarked"] { d[n] = .utf16(bigEndian: false) }
    for n in ["utf_16_be", "utf_16be", "unicodebigunmarked"] { d[n] = .utf16(bigEndian: true) }
    for n in ["utf_32", "utf32", "u32"] { d[n] = .utf32(bigEndian: nil) }
    for n in ["utf_32_le", "utf_32le"] { d[n] = .utf32(bigEndian: false) }
    for n in ["utf_32_be", "utf_32be"] { d[n] = .utf32(bigEndian: true) }
    return d
}()

/// cp1252 bytes 0x80…0x9F (0 = undefined).
private let cp1252High: [UInt32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
]
private let cp1252Reverse: [UInt32: UInt8] = {
    var d: [UInt32: UInt8] = [:]
    for (i, v) in cp1252High.enumerated() where v != 0 { d[v] = UInt8(0x80 + i) }
    return d
}()

func lookupTextCodec(_ name: String) throws -> TextCodec {
    let norm = normalizeEncodingName(name)
    if let c = codecAliases[norm] ?? codecAliases[norm.replacingDots()] { return c }
    throw PyErr.make(BuiltinTypes.LookupError, "unknown encoding: \(name)")
}

private extension String {
    func replacingDots() -> String { String(unicodeScalars.map { $0 == "." ? "_" : Character($0) }) }
}

private func unknownHandler(_ h: String) -> PyBaseException {
    PyErr.make(BuiltinTypes.LookupError, "unknown error handler name '\(h)'")
}

private func unsupportedHandler(_ h: String) -> PyBaseException {
    PyErr.notImplemented("the '\(h)' error handler is not supported by Coil (strings cannot hold lone surrogates)")
}

// MARK: exceptions

func makeUnicodeDecodeError(_ enc: String, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String) -> PyBaseException {
    let obj = Value.object(PyBytes(bytes))
    let e = PyBaseException(type: BuiltinTypes.UnicodeDecodeError,
                            args: [Value(enc), obj, .int(start), .int(end), Value(reason)])
    e.setAttribute("encoding", Value(enc)); e.setAttribute("object", obj)
    e.setAttribute("start", .int(start)); e.setAttribute("end", .int(end)); e.setAttribute("reason", Value(reason))
    return e
}

func makeUnicodeEncodeError(_ enc: String, _ text: String, _ start: Int, _ end: Int, _ reason: String) -> PyBaseException {
    let obj = Value(text)
    let e = PyBaseException(type: BuiltinTypes.UnicodeEncodeError,
                            args: [Value(enc), obj, .int(start), .int(end), Value(reason)])
    e.setAttribute("encoding", Value(enc)); e.setAttribute("object", obj)
    e.setAttribute("start", .int(start)); e.setAttribute("end", .int(end)); e.setAttribute("reason", Value(reason))
    return e
}

private func hex2(_ v: UInt32) -> String { hex(Int(v), 2) }

/// `__str__` / `__init__` of UnicodeEncodeError and UnicodeDecodeError (the codec owner defines
/// them unless the exceptions module already did).
func installUnicodeErrorTypes() {
    let dec = BuiltinTypes.UnicodeDecodeError, enc = BuiltinTypes.UnicodeEncodeError
    for (t, isDecode) in [(dec, true), (enc, false)] {
        if t.typeDict.getStr("__init__") == nil {
            t.addMethod("__init__") { _, args in
                guard let e = args[0].asException else { return .none }
                let a = Array(args.positional.dropFirst())
                e.args = PyTuple(a)
                if a.count != 5 {
                    throw PyErr.typeError("function takes exactly 5 arguments (\(a.count) given)")
                }
                guard a[0].asStr != nil else { throw PyErr.typeError("argument 1 must be str, not \(a[0].type.name)") }
                if isDecode {
                    guard a[1].asObject is PyBytes else {
                        throw PyErr.typeError("argument 2 must be bytes-like object, not \(a[1].type.name)")
                    }
                } else if a[1].asStr == nil {
                    throw PyErr.typeError("argument 2 must be str, not \(a[1].type.name)")
                }
                guard a[2].isIntLike else { throw PyErr.typeError("'\(a[2].type.name)' object cannot be interpreted as an integer") }
                guard a[3].isIntLike else { throw PyErr.typeError("'\(a[3].type.name)' object cannot be interpreted as an integer") }
                guard a[4].asStr != nil else { throw PyErr.typeError("argument 5 must be str, not \(a[4].type.name)") }
                let obj: Value = isDecode ? .object(PyBytes((a[1].asObject as? PyBytes)?.bytes ?? [])) : a[1]
                e.setAttribute("encoding", a[0]); e.setAttribute("object", obj)
                e.setAttribute("start", a[2]); e.setAttribute("end", a[3]); e.setAttribute("reason", a[4])
                return .none
            }
        }
        if t.typeDict.getStr("__str__") == nil {
            t.addMethod("__str__") { interp, args in
                guard let e = args[0].asException else { return Value("") }
                guard let encv = e.attribute("encoding"), let obj = e.attribute("object"),
                      let start = e.attribute("start")?.intValue, let end = e.attribute("end")?.intValue,
                      let reason = e.attribute("reason") else {
                    if e.args.count == 1 { return Value(try interp.str(e.args.items[0])) }
                    return Value(e.args.count == 0 ? "" : try interp.repr(.object(e.args)))
                }
                let encName = try interp.str(encv), why = try interp.str(reason)
                if isDecode {
                    let bytes = (obj.asObject as? PyBytes)?.bytes ?? []
                    if start >= 0 && start < bytes.count && end == start + 1 {
                        return Value("'\(encName)' codec can't decode byte 0x\(hex2(UInt32(bytes[start]))) in position \(start): \(why)")
                    }
                    return Value("'\(encName)' codec can't decode bytes in position \(start)-\(end - 1): \(why)")
                }
                let sc = obj.asStr?.scalars ?? []
                if start >= 0 && start < sc.count && end == start + 1 {
                    let v = sc[start].value
                    let esc = v <= 0xFF ? "\\x" + hex(Int(v), 2) : (v <= 0xFFFF ? "\\u" + hex(Int(v), 4) : "\\U" + hex(Int(v), 8))
                    return Value("'\(encName)' codec can't encode character '\(esc)' in position \(start): \(why)")
                }
                return Value("'\(encName)' codec can't encode characters in position \(start)-\(end - 1): \(why)")
            }
        }
    }
}

// MARK: encoding

/// `text.encode(encoding, errors)`.
func pyEncode(_ interp: Interpreter, _ text: String, encoding: String, errors: String) throws -> [UInt8] {
    let codec = try lookupTextCodec(encoding)
    switch codec {
    case .utf8:
        return Array(text.utf8)
    case .utf8Sig:
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    case .ascii, .latin1, .cp1252:
        let limit: UInt32 = { if case .ascii = codec { return 128 }; return 256 }()
        let isCharmap: Bool = { if case .cp1252 = codec { return true }; return false }()
        @inline(__always) func encodeOne(_ v: UInt32) -> UInt8? {
            if isCharmap { return v < 0x80 || (v >= 0xA0 && v < 0x100) ? UInt8(v) : cp1252Reverse[v] }
            return v < limit ? UInt8(v) : nil
        }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        let sc = Array(text.unicodeScalars)
        var i = 0
        while i < sc.count {
            if let b = encodeOne(sc[i].value) { out.append(b); i += 1; continue }
            var j = i + 1
            while j < sc.count && encodeOne(sc[j].value) == nil { j += 1 }
            switch errors {
            case "strict", "surrogateescape", "surrogatepass":
                let why = isCharmap ? "character maps to <undefined>" : "ordinal not in range(\(limit))"
                throw makeUnicodeEncodeError(codec.errorName, text, i, j, why)
            case "ignore": break
            case "replace": out.append(contentsOf: repeatElement(63, count: j - i))
            case "backslashreplace":
                for k in i..<j { out.append(contentsOf: backslashEscape(sc[k].value).utf8) }
            case "xmlcharrefreplace":
                for k in i..<j { out.append(contentsOf: "&#\(sc[k].value);".utf8) }
            case "namereplace":
                for k in i..<j {
                    if let n = sc[k].properties.name { out.append(contentsOf: "\\N{\(n)}".utf8) }
                    else { out.append(contentsOf: backslashEscape(sc[k].value).utf8) }
                }
            default: throw unknownHandler(errors)
            }
            i = j
        }
        return out
    case .utf16(let be):
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count * 2 + 2)
        let big = be ?? false
        if be == nil { out.append(0xFF); out.append(0xFE) }
        for u in text.utf16 {
            if big { out.append(UInt8(u >> 8)); out.append(UInt8(u & 0xFF)) }
            else { out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8)) }
        }
        return out
    case .utf32(let be):
        var out = [UInt8]()
        let big = be ?? false
        if be == nil { out.append(contentsOf: [0xFF, 0xFE, 0, 0]) }
        for u in text.unicodeScalars {
            let v = u.value
            let b = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
            out.append(contentsOf: big ? b.reversed() : b)
        }
        return out
    }
}

private func backslashEscape(_ v: UInt32) -> String {
    if v <= 0xFF { return "\\x" + hex(Int(v), 2) }
    if v <= 0xFFFF { return "\\u" + hex(Int(v), 4) }
    return "\\U" + hex(Int(v), 8)
}

// MARK: decoding

/// Applies a decode error handler for bytes `start..<end`, or throws.
private func decodeError(_ codec: TextCodec, _ bytes: [UInt8], _ start: Int, _ end: Int, _ reason: String,
                         _ errors: String, _ out: inout [UInt8]) throws {
    switch errors {
    case "strict": throw makeUnicodeDecodeError(codec.errorName, bytes, start, end, reason)
    case "ignore": break
    case "replace": out.append(contentsOf: [0xEF, 0xBF, 0xBD])
    case "backslashreplace":
        for k in start..<end { out.append(contentsOf: ("\\x" + hex(Int(bytes[k]), 2)).utf8) }
    case "surrogateescape", "surrogatepass": throw unsupportedHandler(errors)
    default: throw unknownHandler(errors)
    }
}

@inline(__always) private func isCont(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

/// Validates one UTF-8 sequence at `i`: nil when valid, else (error end, reason) as CPython's decoder.
@inline(__always) private func utf8Problem(_ p: [UInt8], _ i: Int) -> (len: Int, errEnd: Int, reason: String) {
    let n = p.count
    let ch = p[i]
    if ch < 0x80 { return (1, 0, "") }
    if ch < 0xC2 { return (0, i + 1, "invalid start byte") }
    if ch < 0xE0 {
        if n - i < 2 { return (0, n, "unexpected end of data") }
        if !isCont(p[i + 1]) { return (0, i + 1, "invalid continuation byte") }
        return (2, 0, "")
    }
    if ch < 0xF0 {
        if n - i < 3 {
            if n - i < 2 { return (0, n, "unexpected end of data") }
            let c2 = p[i + 1]
            if !isCont(c2) || (c2 < 0xA0 ? ch == 0xE0 : ch == 0xED) { return (0, i + 1, "invalid continuation byte") }
            return (0, n, "unexpected end of data")
        }
        let c2 = p[i + 1]
        if !isCont(c2) || (ch == 0xE0 && c2 < 0xA0) || (ch == 0xED && c2 >= 0xA0) {
            return (0, i + 1, "invalid continuation byte")
        }
        if !isCont(p[i + 2]) { return (0, i + 2, "invalid continuation byte") }
        return (3, 0, "")
    }
    if ch < 0xF5 {
        if n - i < 4 {
            if n - i < 2 { return (0, n, "unexpected end of data") }
            let c2 = p[i + 1]
            if !isCont(c2) || (c2 < 0x90 ? ch == 0xF0 : ch == 0xF4) { return (0, i + 1, "invalid continuation byte") }
            if n - i < 3 { return (0, n, "unexpected end of data") }
            if !isCont(p[i + 2]) { return (0, i + 2, "invalid continuation byte") }
            return (0, n, "unexpected end of data")
        }
        let c2 = p[i + 1]
        if !isCont(c2) || (ch == 0xF0 && c2 < 0x90) || (ch == 0xF4 && c2 >= 0x90) {
            return (0, i + 1, "invalid continuation byte")
        }
        if !isCont(p[i + 2]) { return (0, i + 2, "invalid continuation byte") }
        if !isCont(p[i + 3]) { return (0, i + 3, "invalid continuation byte") }
        return (4, 0, "")
    }
    return (0, i + 1, "invalid start byte")
}

/// `bytes.decode(encoding, errors)`.
func pyDecode(_ interp: Interpreter, _ bytes: [UInt8], encoding: String, errors: String) throws -> String {
    let codec = try lookupTextCodec(encoding)
    switch codec {
    case .utf8, .utf8Sig:
        var out = [UInt8]()
        var rewritten = false
        var i = 0
        if case .utf8Sig = codec, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            i = 3
            rewritten = true
        }
        var copied = i
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let r = utf8Problem(bytes, i)
            if r.len > 0 { i += r.len; continue }
            if !rewritten { rewritten = true; out.reserveCapacity(n) }
            out.append(contentsOf: bytes[copied..<i])
            try decodeError(codec, bytes, i, r.errEnd, r.reason, errors, &out)
            i = r.errEnd
            copied = i
        }
        if !rewritten { return stringFromBytes(bytes) }
        out.append(contentsOf: bytes[copied..<n])
        return stringFromBytes(out)
    case .ascii:
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        for (i, b) in bytes.enumerated() {
            if b < 0x80 { out.append(b); continue }
            try decodeError(codec, bytes, i, i + 1, "ordinal not in range(128)", errors, &out)
        }
        return stringFromBytes(out)
    case .latin1:
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 8)
        for b in bytes { appendUTF8(&out, UInt32(b)) }
        return stringFromBytes(out)
    case .cp1252:
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 8)
        for (i, b) in bytes.enumerated() {
            if b < 0x80 || b >= 0xA0 { appendUTF8(&out, UInt32(b)); continue }
            let v = cp1252High[Int(b - 0x80)]
            if v == 0 { try decodeError(codec, bytes, i, i + 1, "character maps to <undefined>", errors, &out) }
            else { appendUTF8(&out, v) }
        }
        return stringFromBytes(out)
    case .utf16(let be):
        var big = be ?? false
        var i = 0
        if be == nil && bytes.count >= 2 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE { i = 2 } else if bytes[0] == 0xFE && bytes[1] == 0xFF { i = 2; big = true }
        }
        let c: TextCodec = .utf16(bigEndian: big)
        let n = bytes.count
        var out = [UInt8]()
        @inline(__always) func unit(_ k: Int) -> UInt32 {
            big ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1]) : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
        }
        while i < n {
            if n - i < 2 { try decodeError(c, bytes, i, n, "truncated data", errors, &out); break }
            let u = unit(i)
            if u < 0xD800 || u > 0xDFFF { appendUTF8(&out, u); i += 2; continue }
            if u >= 0xDC00 { try decodeError(c, bytes, i, i + 2, "illegal encoding", errors, &out); i += 2; continue }
            if n - i < 4 {
                try decodeError(c, bytes, i, n, "unexpected end of data", errors, &out)
                break
            }
            let u2 = unit(i + 2)
            if u2 < 0xDC00 || u2 > 0xDFFF { try decodeError(c, bytes, i, i + 2, "illegal UTF-16 surrogate", errors, &out); i += 2; continue }
            appendUTF8(&out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00))
            i += 4
        }
        return stringFromBytes(out)
    case .utf32(let be):
        var big = be ?? false
        var i = 0
        if be == nil && bytes.count >= 4 {
            if bytes[0] == 0xFF && bytes[1] == 0xFE && bytes[2] == 0 && bytes[3] == 0 { i = 4 }
            else if bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF { i = 4; big = true }
        }
        let c: TextCodec = .utf32(bigEndian: big)
        let n = bytes.count
        var out = [UInt8]()
        while i < n {
            if n - i < 4 { try decodeError(c, bytes, i, n, "truncated data", errors, &out); break }
            let b = bytes[i..<(i + 4)].map { UInt32($0) }
            let v = big ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            if v > 0x10FFFF { try decodeError(c, bytes, i, i + 4, "code point not in range(0x110000)", errors, &out) }
            else if v >= 0xD800 && v <= 0xDFFF { try decodeError(c, bytes, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors, &out) }
            else { appendUTF8(&out, v) }
            i += 4
        }
        return stringFromBytes(out)
    }
}

// MARK: str.encode

func installStrCodecs(_ t: PyType) {
    installUnicodeErrorTypes()
    t.addMethod("encode") { interp, args in
        let s = try strSelf(args, "encode")
        let a = try StrArg.bind(args, "encode", ArgNames.codec)
        var enc = "utf-8", errs = "strict"
        if let e = a[0] {
            guard let es = e.asStr else { throw PyErr.typeError("encode() argument 'encoding' must be str, not \(e.type.name)") }
            enc = es.value
        }
        if let e = a[1] {
            guard let es = e.asStr else { throw PyErr.typeError("encode() argument 'errors' must be str, not \(e.type.name)") }
            errs = es.value
        }
        return .object(PyBytes(try pyEncode(interp, s.value, encoding: enc, errors: errs)))
    }
}
