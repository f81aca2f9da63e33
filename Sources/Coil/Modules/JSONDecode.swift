// JSON decoding: a port of CPython's C scanner (_json.c scan_once_unicode) over UTF-8 bytes,
// with its error messages; positions are reported in code points like CPython's.

extension BuiltinTypes {
    static let JSONDecodeError: PyType = {
        let t = exc("JSONDecodeError", ValueError)
        t.addValue("__module__", Value("json.decoder"))
        t.addMethod("__init__") { interp, args in
            guard let e = args[0].asException, args.count == 4, let msg = args[1].asStr, let doc = args[2].asStr,
                  let pos = args[3].intValue else {
                throw PyErr.typeError("JSONDecodeError.__init__() takes 3 arguments: msg, doc, pos")
            }
            jsonFillError(e, msg: msg.value, doc: doc, pos: pos)
            return .none
        }
        t.addMethod("__reduce__") { _, args in
            guard let e = args[0].asException else { return .none }
            let a: [Value] = ["msg", "doc", "pos"].map { e.attribute($0) ?? .none }
            return .object(PyTuple([.object(e.type), .object(PyTuple(a))]))
        }
        return t
    }()
}

/// Sets msg/doc/pos/lineno/colno and the formatted message, as JSONDecodeError.__init__.
func jsonFillError(_ e: PyBaseException, msg: String, doc: PyStr, pos: Int) {
    var lineno = 1, lastNewline = -1
    var i = 0
    for u in doc.value.unicodeScalars {
        if i >= pos { break }
        if u == "\n" { lineno += 1; lastNewline = i }
        i += 1
    }
    let colno = pos - lastNewline
    e.args = PyTuple([Value("\(msg): line \(lineno) column \(colno) (char \(pos))")])
    e.setAttribute("msg", Value(msg))
    e.setAttribute("doc", .object(doc))
    e.setAttribute("pos", .int(pos))
    e.setAttribute("lineno", .int(lineno))
    e.setAttribute("colno", .int(colno))
}

/// Decoder settings (JSONDecoder's attributes).
struct JSONDecodeOptions {
    var objectHook: Value = .none
    var objectPairsHook: Value = .none
    var parseFloat: Value = .none
    var parseInt: Value = .none
    var parseConstant: Value = .none
    var strict = true
}

/// Thrown inside the scanner: "no value here" (CPython raises StopIteration(idx)).
private struct JSONNoValue: Error { let pos: Int }

struct JSONScanner {
    let interp: Interpreter
    let doc: PyStr
    let b: [UInt8]
    let opts: JSONDecodeOptions
    var depth = 0

    init(_ interp: Interpreter, _ doc: PyStr, _ opts: JSONDecodeOptions) {
        self.interp = interp
        self.doc = doc
        self.b = Array(doc.value.utf8)
        self.opts = opts
    }

    /// Code point index of a byte offset (for messages).
    func charPos(_ byte: Int) -> Int {
        if doc.isASCII { return byte }
        var n = 0
        for i in 0..<min(byte, b.count) where b[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Byte offset of a code point index.
    func bytePos(_ char: Int) -> Int {
        if doc.isASCII { return char }
        var n = 0, i = 0
        while i < b.count && n < char {
            i += 1
            while i < b.count && b[i] & 0xC0 == 0x80 { i += 1 }
            n += 1
        }
        return i
    }

    func error(_ msg: String, _ byte: Int) -> PyBaseException {
        let e = PyBaseException(type: BuiltinTypes.JSONDecodeError, args: [])
        jsonFillError(e, msg: msg, doc: doc, pos: charPos(byte))
        return e
    }

    @inline(__always) func skipWS(_ i: inout Int) {
        while i < b.count {
            let c = b[i]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 } else { break }
        }
    }

    /// Decodes the whole document (JSONDecoder.decode).
    mutating func decode() throws -> Value {
        var i = 0
        skipWS(&i)
        let (v, end) = try rawDecode(i)
        var j = end
        skipWS(&j)
        if j != b.count { throw error("Extra data", j) }
        return v
    }

    /// JSONDecoder.raw_decode at a byte offset: (value, end byte offset).
    mutating func rawDecode(_ i: Int) throws -> (Value, Int) {
        do {
            return try scan(i)
        } catch let e as JSONNoValue {
            throw error("Expecting value", e.pos)
        }
    }

    private func literal(_ i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        if i + w.count > b.count { return false }
        for k in 0..<w.count where b[i + k] != w[k] { return false }
        return true
    }

    private func constant(_ name: String, _ v: Double) throws -> Value {
        if opts.parseConstant.isNone { return .float(v) }
        return try interp.callValues(opts.parseConstant, [Value(name)])
    }

    mutating func scan(_ i: Int) throws -> (Value, Int) {
        if i >= b.count { throw JSONNoValue(pos: i) }
        switch b[i] {
        case UInt8(ascii: "\""):
            return try scanString(i + 1)
        case UInt8(ascii: "{"):
            depth += 1
            defer { depth -= 1 }
            if depth > interp.recursionLimit {
                throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON object from a unicode string")
            }
            return try scanObject(i + 1)
        case UInt8(ascii: "["):
            depth += 1
            defer { depth -= 1 }
            if depth > interp.recursionLimit {
                throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON array from a unicode string")
            }
            return try scanArray(i + 1)
        case UInt8(ascii: "n") where literal(i, "null"): return (.none, i + 4)
        case UInt8(ascii: "t") where literal(i, "true"): return (.true, i + 4)
        case UInt8(ascii: "f") where literal(i, "false"): return (.false, i + 5)
        case UInt8(ascii: "N") where literal(i, "NaN"): return (try constant("NaN", .nan), i + 3)
        case UInt8(ascii: "I") where literal(i, "Infinity"): return (try constant("Infinity", .infinity), i + 8)
        case UInt8(ascii: "-") where literal(i, "-Infinity"): return (try constant("-Infinity", -.infinity), i + 9)
        default:
            return try scanNumber(i)
        }
    }

    @inline(__always) private func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private func scanNumber(_ start: Int) throws -> (Value, Int) {
        var i = start
        if b[i] == UInt8(ascii: "-") {
            i += 1
            if i >= b.count { throw JSONNoValue(pos: start) }
        }
        if b[i] >= 0x31 && b[i] <= 0x39 {
            i += 1
            while i < b.count && isDigit(b[i]) { i += 1 }
        } else if b[i] == 0x30 {
            i += 1
        } else {
            throw JSONNoValue(pos: start)
        }
        var isFloat = false
        if i + 1 < b.count && b[i] == UInt8(ascii: ".") && isDigit(b[i + 1]) {
            isFloat = true
            i += 2
            while i < b.count && isDigit(b[i]) { i += 1 }
        }
        if i + 1 < b.count && (b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E")) {
            let eStart = i
            i += 1
            if i + 1 < b.count && (b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+")) { i += 1 }
            while i < b.count && isDigit(b[i]) { i += 1 }
            if isDigit(b[i - 1]) { isFloat = true } else { i = eStart }
        }
        let text = String(decoding: b[start..<i], as: UTF8.self)
        if isFloat {
            if !opts.parseFloat.isNone { return (try interp.callValues(opts.parseFloat, [Value(text)]), i) }
            return (.float(Double(text) ?? .nan), i)
        }
        if !opts.parseInt.isNone { return (try interp.callValues(opts.parseInt, [Value(text)]), i) }
        if i - start < 19 {
            var v = 0, k = start, neg = false
            if b[k] == UInt8(ascii: "-") { neg = true; k += 1 }
            while k < i { v = v * 10 + Int(b[k] - 0x30); k += 1 }
            return (.int(neg ? -v : v), i)
        }
        return (makeInt(parsingDecimal: text), i)
    }

    private func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        default: return nil
        }
    }

    /// scanstring: `start` is just past the opening quote; returns the string and the index
    /// just past the closing quote.
    func scanString(_ start: Int) throws -> (Value, Int) {
        let begin = start - 1
        var out: [UInt8] = []
        var i = start
        var chunkStart = i
        while true {
            while i < b.count {
                let c = b[i]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") { break }
                if c <= 0x1F && opts.strict { throw error("Invalid control character at", i) }
                i += 1
            }
            if i >= b.count { throw error("Unterminated string starting at", begin) }
            if b[i] == UInt8(ascii: "\"") {
                if out.isEmpty {
                    return (Value(String(decoding: b[chunkStart..<i], as: UTF8.self)), i + 1)
                }
                out.append(contentsOf: b[chunkStart..<i])
                return (Value(String(decoding: out, as: UTF8.self)), i + 1)
            }
            out.append(contentsOf: b[chunkStart..<i])
            // Backslash escape.
            i += 1
            if i >= b.count { throw error("Unterminated string starting at", begin) }
            let c = b[i]
            if c != UInt8(ascii: "u") {
                let r: UInt8
                switch c {
                case UInt8(ascii: "\""): r = c
                case UInt8(ascii: "\\"): r = c
                case UInt8(ascii: "/"): r = c
                case UInt8(ascii: "b"): r = 0x08
                case UInt8(ascii: "f"): r = 0x0C
                case UInt8(ascii: "n"): r = 0x0A
                case UInt8(ascii: "r"): r = 0x0D
                case UInt8(ascii: "t"): r = 0x09
                default: throw error("Invalid \\escape", i - 1)
                }
                out.append(r)
                i += 1
                chunkStart = i
                continue
            }
            let uPos = i
            i += 1
            if i + 4 > b.count { throw error("Invalid \\uXXXX escape", uPos) }
            var cp: UInt32 = 0
            for k in 0..<4 {
                guard let h = hexValue(b[i + k]) else { throw error("Invalid \\uXXXX escape", uPos) }
                cp = cp << 4 | h
            }
            i += 4
            if cp >= 0xD800 && cp <= 0xDBFF && i + 6 < b.count && b[i] == UInt8(ascii: "\\") && b[i + 1] == UInt8(ascii: "u") {
                var c2: UInt32 = 0
                for k in 0..<4 {
                    guard let h = hexValue(b[i + 2 + k]) else { throw error("Invalid \\uXXXX escape", i + 1) }
                    c2 = c2 << 4 | h
                }
                if c2 >= 0xDC00 && c2 <= 0xDFFF {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (c2 - 0xDC00)
                    i += 6
                }
            }
            // Lone surrogates cannot live in a Swift String; they become U+FFFD.
            let scalar = Unicode.Scalar(cp) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            chunkStart = i
        }
    }

    private mutating func scanObject(_ start: Int) throws -> (Value, Int) {
        var i = start
        let usePairs = !opts.objectPairsHook.isNone
        var pairs: [Value] = []
        let dict = PyDict()
        skipWS(&i)
        if i >= b.count || b[i] != UInt8(ascii: "}") {
            while true {
                if i >= b.count || b[i] != UInt8(ascii: "\"") {
                    throw error("Expecting property name enclosed in double quotes", i)
                }
                let (key, afterKey) = try scanString(i + 1)
                i = afterKey
                skipWS(&i)
                if i >= b.count || b[i] != UInt8(ascii: ":") { throw error("Expecting ':' delimiter", i) }
                i += 1
                skipWS(&i)
                let (val, afterVal) = try scan(i)
                i = afterVal
                if usePairs {
                    pairs.append(.object(PyTuple([key, val])))
                } else if let ks = key.asStr {
                    dict.setStr(ks, val)
                }
                skipWS(&i)
                if i < b.count && b[i] == UInt8(ascii: "}") { break }
                if i >= b.count || b[i] != UInt8(ascii: ",") { throw error("Expecting ',' delimiter", i) }
                i += 1
                skipWS(&i)
            }
        }
        if usePairs { return (try interp.callValues(opts.objectPairsHook, [.object(PyList(pairs))]), i + 1) }
        if !opts.objectHook.isNone { return (try interp.callValues(opts.objectHook, [.object(dict)]), i + 1) }
        return (.object(dict), i + 1)
    }

    private mutating func scanArray(_ start: Int) throws -> (Value, Int) {
        var i = start
        var items: [Value] = []
        skipWS(&i)
        if i >= b.count || b[i] != UInt8(ascii: "]") {
            while true {
                let (val, after) = try scan(i)
                items.append(val)
                i = after
                skipWS(&i)
                if i < b.count && b[i] == UInt8(ascii: "]") { break }
                if i >= b.count || b[i] != UInt8(ascii: ",") { throw error("Expecting ',' delimiter", i) }
                i += 1
                skipWS(&i)
            }
        }
        return (.object(PyList(items)), i + 1)
    }
}

extension Interpreter {
    /// The JSON document as a str: str as is, bytes decoded (json.detect_encoding's UTF-8 case).
    func jsonDocument(_ v: Value) throws -> PyStr {
        if let s = v.asStr { return s }
        if case .object(let o) = v, let bytes = o as? PyBytes {
            var bs = bytes.bytes
            if bs.starts(with: [0xEF, 0xBB, 0xBF]) { bs.removeFirst(3) }
            return PyStr(String(decoding: bs, as: UTF8.self))
        }
        throw PyErr.typeError("the JSON object must be str, bytes or bytearray, not \(v.type.name)")
    }

    func jsonLoads(_ v: Value, _ opts: JSONDecodeOptions) throws -> Value {
        let doc = try jsonDocument(v)
        if v.asStr != nil && doc.value.unicodeScalars.first == "\u{FEFF}" {
            throw JSONScanner(self, doc, opts).error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
        }
        var scanner = JSONScanner(self, doc, opts)
        return try scanner.decode()
    }
}
