// The `json` module: dumps/dump with CPython's encoder semantics (separators, indent,
// sort_keys, ensure_ascii, allow_nan, default, skipkeys, circular-reference detection),
// loads/load (JSONDecode.swift), and JSONEncoder/JSONDecoder classes for `cls=` subclasses.

struct JSONEncodeOptions {
    var skipkeys = false
    var ensureASCII = true
    var checkCircular = true
    var allowNaN = true
    var sortKeys = false
    var indent: String? = nil
    var itemSeparator = ", "
    var keySeparator = ": "
    var defaultFn: Value = .none
}

/// Stable merge sort with a throwing comparator (sort_keys compares arbitrary keys).
func jsonStableSort<T>(_ a: inout [T], _ less: (T, T) throws -> Bool) rethrows {
    if a.count < 2 { return }
    var src = a
    var dst = a
    var width = 1
    let n = a.count
    while width < n {
        var lo = 0
        while lo < n {
            let mid = min(lo + width, n), hi = min(lo + 2 * width, n)
            var i = lo, j = mid, k = lo
            while i < mid && j < hi {
                if try less(src[j], src[i]) { dst[k] = src[j]; j += 1 } else { dst[k] = src[i]; i += 1 }
                k += 1
            }
            while i < mid { dst[k] = src[i]; i += 1; k += 1 }
            while j < hi { dst[k] = src[j]; j += 1; k += 1 }
            lo = hi
        }
        swap(&src, &dst)
        width *= 2
    }
    a = src
}

struct JSONEncoderState {
    let interp: Interpreter
    let opts: JSONEncodeOptions
    var out: [UInt8] = []
    var markers: Set<ObjectIdentifier> = []
    var depth = 0
    /// Collect the output as json's iterencode chunks instead of one string.
    var chunked = false
    var chunks: [String] = []

    init(_ interp: Interpreter, _ opts: JSONEncodeOptions) {
        self.interp = interp
        self.opts = opts
        out.reserveCapacity(256)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    mutating func appendU(_ v: UInt32) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"),
                                JSONEncoderState.hexDigits[Int(v >> 12 & 15)], JSONEncoderState.hexDigits[Int(v >> 8 & 15)],
                                JSONEncoderState.hexDigits[Int(v >> 4 & 15)], JSONEncoderState.hexDigits[Int(v & 15)]])
    }

    mutating func encodeString(_ s: String) {
        out.append(UInt8(ascii: "\""))
        for u in s.unicodeScalars {
            let v = u.value
            switch v {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
            case 0..<0x20: appendU(v)
            case 0x20..<0x7F: out.append(UInt8(v))
            default:
                if !opts.ensureASCII {
                    out.append(contentsOf: String(Character(u)).utf8)
                } else if v >= 0x10000 {
                    let w = v - 0x10000
                    appendU(0xD800 | (w >> 10))
                    appendU(0xDC00 | (w & 0x3FF))
                } else {
                    appendU(v)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    func floatText(_ d: Double) throws -> String {
        if d.isFinite { return pyFloatRepr(d) }
        if !opts.allowNaN {
            throw PyErr.valueError("Out of range float values are not JSON compliant")
        }
        if d.isNaN { return "NaN" }
        return d > 0 ? "Infinity" : "-Infinity"
    }

    mutating func newline(_ level: Int) {
        guard let ind = opts.indent else { return }
        out.append(0x0A)
        for _ in 0..<level { out.append(contentsOf: ind.utf8) }
    }

    mutating func encode(_ v: Value, _ level: Int) throws {
        switch v {
        case .none, .undefined: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .float(let d): out.append(contentsOf: try floatText(d).utf8)
        case .object(let o):
            if let s = o as? PyStr { encodeString(s.value); return }
            if let p = o as? PyInt { out.append(contentsOf: p.value.toString().utf8); return }
            if o.type.isSubtype(of: BuiltinTypes.float) {
                out.append(contentsOf: try floatText(try interp.mathDouble(v)).utf8)
                return
            }
            if let l = o as? PyList { try encodeArray(o, l.items, level); return }
            if let t = o as? PyTuple { try encodeArray(o, t.items, level); return }
            if let d = o as? PyDict { try encodeDict(d, level); return }
            try encodeDefault(o, v, level)
        }
    }

    mutating func enter(_ o: PyObject) throws -> ObjectIdentifier? {
        depth += 1
        if depth > interp.recursionLimit {
            throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        guard opts.checkCircular else { return nil }
        let id = ObjectIdentifier(o)
        if markers.contains(id) { throw PyErr.valueError("Circular reference detected") }
        markers.insert(id)
        return id
    }

    mutating func leave(_ id: ObjectIdentifier?) {
        depth -= 1
        if let i = id { markers.remove(i) }
    }

    mutating func encodeDefault(_ o: PyObject, _ v: Value, _ level: Int) throws {
        let id = try enter(o)
        let replacement: Value
        if opts.defaultFn.isNone {
            throw PyErr.typeError("Object of type \(o.type.name) is not JSON serializable")
        }
        replacement = try interp.callValues(opts.defaultFn, [v])
        try encode(replacement, level)
        if isScalar(replacement) { mark() }
        leave(id)
    }

    mutating func encodeArray(_ o: PyObject, _ items: [Value], _ level: Int) throws {
        if items.isEmpty { out.append(contentsOf: "[]".utf8); mark(); return }
        let id = try enter(o)
        out.append(UInt8(ascii: "["))
        newline(level + 1)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(contentsOf: opts.itemSeparator.utf8)
                newline(level + 1)
            }
            if isScalar(item) {
                try encode(item, level + 1)
                mark()
            } else {
                mark()
                try encode(item, level + 1)
            }
        }
        if opts.indent != nil { newline(level); mark() }
        out.append(UInt8(ascii: "]"))
        mark()
        leave(id)
    }

    /// Values the pure-Python encoder emits together with the preceding separator.
    func isScalar(_ v: Value) -> Bool {
        switch v {
        case .none, .bool, .int, .float, .undefined: return true
        case .object(let o): return o is PyStr || o is PyInt || o.type.isSubtype(of: BuiltinTypes.float)
        }
    }

    /// A chunk boundary of json's pure-Python _iterencode (iterencode/dump write these pieces).
    @inline(__always) mutating func mark() {
        guard chunked else { return }
        chunks.append(String(decoding: out, as: UTF8.self))
        out.removeAll(keepingCapacity: true)
    }

    /// A dict key as JSON text, or nil to skip it (skipkeys).
    func keyText(_ k: Value) throws -> String? {
        switch k {
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            if let p = o as? PyInt { return p.value.toString() }
            if o.type.isSubtype(of: BuiltinTypes.float) { return try floatText(try interp.mathDouble(k)) }
        case .float(let d): return try floatText(d)
        case .bool(let b): return b ? "true" : "false"
        case .none: return "null"
        case .int(let i): return String(i)
        case .undefined: break
        }
        if opts.skipkeys { return nil }
        throw PyErr.typeError("keys must be str, int, float, bool or None, not \(k.type.name)")
    }

    mutating func encodeDict(_ d: PyDict, _ level: Int) throws {
        if d.count == 0 { out.append(contentsOf: "{}".utf8); mark(); return }
        let id = try enter(d)
        out.append(UInt8(ascii: "{"))
        mark()
        if opts.indent != nil { newline(level + 1); mark() }
        var items: [(Value, Value)] = []
        items.reserveCapacity(d.count)
        if d.type === BuiltinTypes.dict || d.type.lookup(interp.intern("items")) == nil {
            d.forEach { k, v in items.append((k, v)) }
        } else {
            // Dict subclasses may override items() (PyMapping_Items).
            for pair in try interp.iterate(try interp.callMethod(.object(d), "items")) {
                let kv = try interp.unpack(pair, count: 2)
                items.append((kv[0], kv[1]))
            }
        }
        if opts.sortKeys {
            let interp = self.interp
            try jsonStableSort(&items) { a, b in
                if let x = a.0.asStr, let y = b.0.asStr { return compareUTF8(x.value, y.value) < 0 }
                return try interp.isTrue(try interp.compare(a.0, b.0, 2))
            }
        }
        var first = true
        for (k, v) in items {
            guard let key = try keyText(k) else { continue }
            if !first {
                out.append(contentsOf: opts.itemSeparator.utf8)
                newline(level + 1)
                mark()
            }
            first = false
            encodeString(key)
            mark()
            out.append(contentsOf: opts.keySeparator.utf8)
            mark()
            try encode(v, level + 1)
            if isScalar(v) { mark() }
        }
        if opts.indent != nil { newline(level); mark() }
        out.append(UInt8(ascii: "}"))
        mark()
        leave(id)
    }
}

extension Interpreter {
    func jsonEncode(_ v: Value, _ opts: JSONEncodeOptions) throws -> String {
        var st = JSONEncoderState(self, opts)
        try st.encode(v, 0)
        return String(decoding: st.out, as: UTF8.self)
    }

    /// The pieces json.dump writes / JSONEncoder.iterencode yields.
    func jsonEncodeChunks(_ v: Value, _ opts: JSONEncodeOptions) throws -> [String] {
        var st = JSONEncoderState(self, opts)
        st.chunked = true
        try st.encode(v, 0)
        if !st.out.isEmpty { st.mark() }
        return st.chunks
    }

    /// Encoder options from dumps()/JSONEncoder() keyword arguments.
    func jsonEncodeOptions(_ kw: [(String, Value)], fname: String) throws -> JSONEncodeOptions {
        var o = JSONEncodeOptions()
        var separators: Value = .none
        var indent: Value = .none
        for (k, v) in kw {
            switch k {
            case "skipkeys": o.skipkeys = try isTrue(v)
            case "ensure_ascii": o.ensureASCII = try isTrue(v)
            case "check_circular": o.checkCircular = try isTrue(v)
            case "allow_nan": o.allowNaN = try isTrue(v)
            case "sort_keys": o.sortKeys = try isTrue(v)
            case "indent": indent = v
            case "separators": separators = v
            case "default": o.defaultFn = v
            default: throw PyErr.typeError("\(fname) got an unexpected keyword argument '\(k)'")
            }
        }
        if let s = indent.asStr { o.indent = s.value }
        else if !indent.isNone { o.indent = String(repeating: " ", count: max(0, try self.index(indent))) }
        if o.indent != nil { o.itemSeparator = "," }
        if !separators.isNone {
            let parts = try unpack(separators, count: 2)
            guard let a = parts[0].asStr, let b = parts[1].asStr else {
                throw PyErr.typeError("separators must be a pair of strings")
            }
            o.itemSeparator = a.value
            o.keySeparator = b.value
        }
        return o
    }

    func jsonDecodeOptions(_ kw: [(String, Value)], fname: String) throws -> JSONDecodeOptions {
        var o = JSONDecodeOptions()
        for (k, v) in kw {
            switch k {
            case "object_hook": o.objectHook = v
            case "object_pairs_hook": o.objectPairsHook = v
            case "parse_float": o.parseFloat = v.isIdentical(to: .object(BuiltinTypes.float)) ? .none : v
            case "parse_int": o.parseInt = v.isIdentical(to: .object(BuiltinTypes.int)) ? .none : v
            case "parse_constant": o.parseConstant = v
            case "strict": o.strict = try isTrue(v)
            default: throw PyErr.typeError("\(fname) got an unexpected keyword argument '\(k)'")
            }
        }
        return o
    }

    /// dumps: a custom `cls` is instantiated with the keywords and its encode() called.
    func jsonDumps(_ obj: Value, _ kw: [(String, Value)]) throws -> Value {
        var rest = kw
        if let i = rest.firstIndex(where: { $0.0 == "cls" }) {
            let cls = rest.remove(at: i).1
            if !cls.isNone {
                let enc = try callWithKeywords(cls, [], rest)
                return try callMethod(enc, "encode", [obj])
            }
        }
        return Value(try jsonEncode(obj, try jsonEncodeOptions(rest, fname: "dumps()")))
    }

    func jsonLoadsCall(_ s: Value, _ kw: [(String, Value)]) throws -> Value {
        var rest = kw
        if let i = rest.firstIndex(where: { $0.0 == "cls" }) {
            let cls = rest.remove(at: i).1
            if !cls.isNone {
                let doc = try jsonDocument(s)
                if doc.value.unicodeScalars.first == "\u{FEFF}" {
                    throw JSONScanner(self, doc, JSONDecodeOptions()).error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
                }
                let dec = try callWithKeywords(cls, [], rest)
                return try callMethod(dec, "decode", [.object(doc)])
            }
        }
        return try jsonLoads(s, try jsonDecodeOptions(rest, fname: "loads()"))
    }
}

private let encoderAttrs = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"]

extension BuiltinTypes {
    static let JSONEncoder: PyType = {
        let t = make("JSONEncoder", layout: .object, flags: [.baseType, .hasDict])
        t.addValue("__module__", Value("json.encoder"))
        t.addValue("item_separator", Value(", "))
        t.addValue("key_separator", Value(": "))
        t.addMethod("__init__") { interp, args in
            if args.count > 1 { throw PyErr.typeError("JSONEncoder.__init__() takes 1 positional argument but \(args.count) were given") }
            let opts = try interp.jsonEncodeOptions(args.keywords, fname: "JSONEncoder.__init__()")
            let s = args[0]
            try interp.setAttr(s, "skipkeys", .bool(opts.skipkeys))
            try interp.setAttr(s, "ensure_ascii", .bool(opts.ensureASCII))
            try interp.setAttr(s, "check_circular", .bool(opts.checkCircular))
            try interp.setAttr(s, "allow_nan", .bool(opts.allowNaN))
            try interp.setAttr(s, "sort_keys", .bool(opts.sortKeys))
            try interp.setAttr(s, "indent", args.keyword("indent") ?? .none)
            try interp.setAttr(s, "item_separator", Value(opts.itemSeparator))
            try interp.setAttr(s, "key_separator", Value(opts.keySeparator))
            if !opts.defaultFn.isNone { try interp.setAttr(s, "default", opts.defaultFn) }
            return .none
        }
        t.addMethod("default") { _, args in
            throw PyErr.typeError("Object of type \(args.count > 1 ? args[1].type.name : "?") is not JSON serializable")
        }
        func options(_ interp: Interpreter, _ s: Value) throws -> JSONEncodeOptions {
            var o = JSONEncodeOptions()
            o.skipkeys = try interp.isTrue(try interp.getAttr(s, "skipkeys"))
            o.ensureASCII = try interp.isTrue(try interp.getAttr(s, "ensure_ascii"))
            o.checkCircular = try interp.isTrue(try interp.getAttr(s, "check_circular"))
            o.allowNaN = try interp.isTrue(try interp.getAttr(s, "allow_nan"))
            o.sortKeys = try interp.isTrue(try interp.getAttr(s, "sort_keys"))
            let ind = try interp.getAttr(s, "indent")
            if let str = ind.asStr { o.indent = str.value } else if !ind.isNone { o.indent = String(repeating: " ", count: max(0, try interp.index(ind))) }
            o.itemSeparator = try interp.getAttr(s, "item_separator").asStr?.value ?? ", "
            o.keySeparator = try interp.getAttr(s, "key_separator").asStr?.value ?? ": "
            o.defaultFn = try interp.getAttr(s, "default")
            return o
        }
        let encode: NativeFunction = { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("encode() takes exactly one argument") }
            return Value(try interp.jsonEncode(args[1], try options(interp, args[0])))
        }
        t.addMethod("encode", encode)
        t.addMethod("iterencode") { interp, args in
            guard args.count >= 2 else { throw PyErr.typeError("iterencode() missing 1 required positional argument: 'o'") }
            let chunks = try interp.jsonEncodeChunks(args[1], try options(interp, args[0]))
            return try interp.getIter(.object(PyList(chunks.map { Value($0) })))
        }
        return t
    }()

    static let JSONDecoder: PyType = {
        let t = make("JSONDecoder", layout: .object, flags: [.baseType, .hasDict])
        t.addValue("__module__", Value("json.decoder"))
        t.addMethod("__init__") { interp, args in
            if args.count > 1 { throw PyErr.typeError("JSONDecoder.__init__() takes 1 positional argument but \(args.count) were given") }
            let o = try interp.jsonDecodeOptions(args.keywords, fname: "JSONDecoder.__init__()")
            let s = args[0]
            try interp.setAttr(s, "object_hook", o.objectHook)
            try interp.setAttr(s, "object_pairs_hook", o.objectPairsHook)
            try interp.setAttr(s, "parse_float", o.parseFloat.isNone ? .object(BuiltinTypes.float) : o.parseFloat)
            try interp.setAttr(s, "parse_int", o.parseInt.isNone ? .object(BuiltinTypes.int) : o.parseInt)
            try interp.setAttr(s, "parse_constant", o.parseConstant)
            try interp.setAttr(s, "strict", .bool(o.strict))
            return .none
        }
        func options(_ interp: Interpreter, _ s: Value) throws -> JSONDecodeOptions {
            var o = JSONDecodeOptions()
            o.objectHook = try interp.getAttrOrNil(s, "object_hook") ?? .none
            o.objectPairsHook = try interp.getAttrOrNil(s, "object_pairs_hook") ?? .none
            let pf = try interp.getAttrOrNil(s, "parse_float") ?? .none
            o.parseFloat = pf.isIdentical(to: .object(BuiltinTypes.float)) ? .none : pf
            let pi = try interp.getAttrOrNil(s, "parse_int") ?? .none
            o.parseInt = pi.isIdentical(to: .object(BuiltinTypes.int)) ? .none : pi
            o.parseConstant = try interp.getAttrOrNil(s, "parse_constant") ?? .none
            o.strict = try interp.isTrue(try interp.getAttrOrNil(s, "strict") ?? .true)
            return o
        }
        t.addMethod("decode") { interp, args in
            guard args.count == 2, let doc = args[1].asStr else { throw PyErr.typeError("decode() argument must be str") }
            var sc = JSONScanner(interp, doc, try options(interp, args[0]))
            return try sc.decode()
        }
        t.addMethod("raw_decode") { interp, args in
            guard args.count >= 2, let doc = args[1].asStr else { throw PyErr.typeError("raw_decode() argument must be str") }
            var sc = JSONScanner(interp, doc, try options(interp, args[0]))
            var idx = 0
            if args.count > 2 { idx = try interp.index(args[2]) } else if let i = args.keyword("idx") { idx = try interp.index(i) }
            if idx < 0 { throw PyErr.valueError("idx cannot be negative") }
            let (v, end) = try sc.rawDecode(sc.bytePos(idx))
            return .object(PyTuple([v, .int(sc.charPos(end))]))
        }
        return t
    }()
}

func makeJSONModule(_ interp: Interpreter) throws -> PyModule {
    let m = interp.makeNativeModule("json", [
        ("dumps", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("dumps() takes 1 positional argument but \(args.count) were given") }
            return try interp.jsonDumps(args[0], args.keywords)
        }),
        ("dump", { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("dump() takes 2 positional arguments but \(args.count) were given") }
            // Like CPython, write each piece of the pure-Python encoder's output.
            var kw = args.keywords
            let chunks: Value
            if let i = kw.firstIndex(where: { $0.0 == "cls" }), !kw[i].1.isNone {
                let cls = kw.remove(at: i).1
                let enc = try interp.callWithKeywords(cls, [], kw)
                chunks = try interp.callMethod(enc, "iterencode", [args[0]])
            } else {
                kw.removeAll { $0.0 == "cls" }
                let parts = try interp.jsonEncodeChunks(args[0], try interp.jsonEncodeOptions(kw, fname: "dump()"))
                chunks = .object(PyList(parts.map { Value($0) }))
            }
            let write = try interp.getAttr(args[1], "write")
            try interp.forEach(chunks) { c in _ = try interp.callValues(write, [c]) }
            return .none
        }),
        ("loads", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("loads() takes 1 positional argument but \(args.count) were given") }
            return try interp.jsonLoadsCall(args[0], args.keywords)
        }),
        ("load", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("load() takes 1 positional argument but \(args.count) were given") }
            return try interp.jsonLoadsCall(try interp.callMethod(args[0], "read"), args.keywords)
        }),
    ])
    let d = m.dict
    d?.setStr("JSONDecodeError", .object(BuiltinTypes.JSONDecodeError))
    d?.setStr("JSONEncoder", .object(BuiltinTypes.JSONEncoder))
    d?.setStr("JSONDecoder", .object(BuiltinTypes.JSONDecoder))
    // json.decoder / json.encoder submodules for `from json.decoder import JSONDecodeError`.
    let dec = interp.makeNativeModule("json.decoder", [])
    dec.dict?.setStr("JSONDecodeError", .object(BuiltinTypes.JSONDecodeError))
    dec.dict?.setStr("JSONDecoder", .object(BuiltinTypes.JSONDecoder))
    let enc = interp.makeNativeModule("json.encoder", [])
    enc.dict?.setStr("JSONEncoder", .object(BuiltinTypes.JSONEncoder))
    d?.setStr("decoder", .object(dec))
    d?.setStr("encoder", .object(enc))
    interp.modules.setStr("json.decoder", .object(dec))
    interp.modules.setStr("json.encoder", .object(enc))
    return m
}
