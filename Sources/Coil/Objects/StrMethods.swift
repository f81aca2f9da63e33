// The str type's method suite: construction, the dunders, and the shared plumbing (argument
// checking with CPython's messages, UTF-8 access, code point ↔ byte offset conversion) used
// by the other StrMethods+*.swift files. Strings are stored as UTF-8 (PyStr.value); ASCII
// strings index bytes directly, others convert code point indices to byte offsets by scanning.

public typealias UTF8Buf = UnsafeBufferPointer<UInt8>

/// Runs `body` over the UTF-8 bytes of `s` without copying (native Swift strings are contiguous).
@inline(__always)
func withUTF8Bytes<R>(_ s: String, _ body: (UTF8Buf) throws -> R) rethrows -> R {
    if let r = try s.utf8.withContiguousStorageIfAvailable(body) { return r }
    let a = Array(s.utf8)
    return try a.withUnsafeBufferPointer(body)
}

/// Byte length of the UTF-8 sequence introduced by lead byte `b` (input is valid UTF-8).
@inline(__always) func utf8SeqLen(_ b: UInt8) -> Int {
    b < 0x80 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4))
}

/// Decodes the scalar starting at byte `i` of valid UTF-8.
@inline(__always) func utf8Decode(_ p: UTF8Buf, _ i: Int) -> UInt32 {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return b0 }
    if b0 < 0xE0 { return (b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F) }
    if b0 < 0xF0 { return (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F) }
    return (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
}

/// Byte offset of code point `cp`, scanning from (`fromByte`, `fromCp`).
@inline(__always) func utf8Offset(_ p: UTF8Buf, cp: Int, fromByte: Int = 0, fromCp: Int = 0) -> Int {
    var i = fromByte, n = fromCp
    while n < cp && i < p.count { i += utf8SeqLen(p[i]); n += 1 }
    return i
}

/// Number of code points in bytes `from..<to`.
@inline(__always) func utf8CountScalars(_ p: UTF8Buf, _ from: Int, _ to: Int) -> Int {
    var n = 0
    var i = from
    while i < to { if p[i] & 0xC0 != 0x80 { n += 1 }; i += 1 }
    return n
}

/// A String from a byte range of valid UTF-8.
@inline(__always) func stringFromUTF8(_ p: UTF8Buf, _ from: Int, _ to: Int) -> String {
    if from >= to { return "" }
    return String(decoding: UTF8Buf(rebasing: p[from..<to]), as: UTF8.self)
}

func stringFromBytes(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

/// A String of `count` UTF-8 bytes written in place by `body` (no intermediate array).
@inline(__always) func makeUTF8String(count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) -> String {
    if count <= 0 { return "" }
    return String(unsafeUninitializedCapacity: count) { buf in
        guard let p = buf.baseAddress else { return 0 }
        body(p)
        return count
    }
}

/// Appends the UTF-8 encoding of scalar value `v` (must be a valid scalar).
@inline(__always) func appendUTF8(_ out: inout [UInt8], _ v: UInt32) {
    if v < 0x80 {
        out.append(UInt8(v))
    } else if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
    }
}

/// One-character strings for code points below 256 are shared, like CPython's latin-1 cache.
let latin1CharStrs: [PyStr] = (0..<256).map { PyStr(String(Character(Unicode.Scalar(UInt8($0))))) }

let emptyPyStr = PyStr("")

/// The str for bytes `from..<to` of valid UTF-8: shared objects for "" and single ASCII chars.
@inline(__always) func strValue(_ p: UTF8Buf, _ from: Int, _ to: Int) -> Value {
    let n = to - from
    if n <= 0 { return .object(emptyPyStr) }
    if n == 1 && p[from] < 0x80 { return .object(latin1CharStrs[Int(p[from])]) }
    return Value(String(decoding: UTF8Buf(rebasing: p[from..<to]), as: UTF8.self))
}

/// The str for one code point.
@inline(__always) func strOfScalar(_ v: UInt32) -> Value {
    if v < 256 { return .object(latin1CharStrs[Int(v)]) }
    // Surrogates cannot be stored in a Swift String; they become U+FFFD.
    return Value(String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")))
}

/// A str result: reuses the receiver when the text is unchanged and it is an exact str.
@inline(__always) func strResult(_ s: PyStr, _ selfValue: Value, unchanged: Bool, _ text: @autoclosure () -> String) -> Value {
    if unchanged && s.type === BuiltinTypes.str { return selfValue }
    return Value(text())
}

/// Code points of a str with their byte offsets, for algorithms that index both ways.
/// ASCII strings need no tables.
struct StrIndex {
    let ascii: Bool
    let scalars: [Unicode.Scalar]
    /// offsets[i] = byte offset of code point i; offsets[count] = byte length.
    let offsets: [Int]
    let count: Int

    init(_ s: PyStr) {
        ascii = s.isASCII
        count = s.count
        if ascii {
            scalars = []; offsets = []
        } else {
            scalars = s.scalars
            var offs = [Int](); offs.reserveCapacity(scalars.count + 1)
            var o = 0
            for u in scalars { offs.append(o); o += UTF8.width(u) }
            offs.append(o)
            offsets = offs
        }
    }
    @inline(__always) func off(_ i: Int) -> Int { ascii ? i : offsets[i] }
    @inline(__always) func scalar(_ p: UTF8Buf, _ i: Int) -> UInt32 { ascii ? UInt32(p[i]) : scalars[i].value }
}

// MARK: argument checking

/// Parameter name lists, allocated once (array literals in a method body allocate per call).
enum ArgNames {
    static let tabsize = ["tabsize"], keepends = ["keepends"], hexArgs = ["sep", "bytes_per_sep"]
    static let translate = ["table", "delete"], split = ["sep", "maxsplit"], codec = ["encoding", "errors"]
    static let bytesNew = ["source", "encoding", "errors"], strNew = ["object", "encoding", "errors"]
}

enum StrArg {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    static func none(_ args: Args, _ qual: @autoclosure () -> String) throws {
        if args.hasKeywords { throw PyErr.typeError("\(qual())() takes no keyword arguments") }
        if args.count != 1 { throw PyErr.typeError("\(qual())() takes no arguments (\(args.count - 1) given)") }
    }

    /// METH_O: "str.join() takes exactly one argument (0 given)".
    static func one(_ args: Args, _ qual: @autoclosure () -> String) throws {
        if args.hasKeywords { throw PyErr.typeError("\(qual())() takes no keyword arguments") }
        if args.count != 2 { throw PyErr.typeError("\(qual())() takes exactly one argument (\(args.count - 1) given)") }
    }

    /// "str", "bytes" or "bytearray" for the receiver, in qualified names of errors.
    static func owner(_ args: Args) -> String {
        guard args.count > 0 else { return "str" }
        if let b = args[0].asObject as? PyBytes { return b.isMutable ? "bytearray" : "bytes" }
        return "str"
    }

    /// Argument Clinic positional-only: "center expected at least 1 argument, got 0".
    static func clinic(_ args: Args, _ name: String, _ min: Int, _ max: Int, skip: Int = 1) throws {
        if args.hasKeywords { throw PyErr.typeError("\(owner(args)).\(name)() takes no keyword arguments") }
        let given = args.count - skip
        func pl(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        if given < min {
            if min == max { throw PyErr.typeError("\(name) expected \(min) \(pl(min)), got \(given)") }
            throw PyErr.typeError("\(name) expected at least \(min) \(pl(min)), got \(given)")
        }
        if given > max {
            if min == max { throw PyErr.typeError("\(name) expected \(max) \(pl(max)), got \(given)") }
            throw PyErr.typeError("\(name) expected at most \(max) \(pl(max)), got \(given)")
        }
    }

    /// PyArg_ParseTuple style: "find() takes at least 1 argument (0 given)".
    static func varargs(_ args: Args, _ name: String, _ min: Int, _ max: Int) throws {
        if args.hasKeywords { throw PyErr.typeError("\(owner(args)).\(name)() takes no keyword arguments") }
        let given = args.count - 1
        func pl(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        if given < min {
            throw PyErr.typeError("\(name)() takes \(min == max ? "exactly" : "at least") \(min) \(pl(min)) (\(given) given)")
        }
        if given > max {
            throw PyErr.typeError("\(name)() takes \(min == max ? "exactly" : "at most") \(max) \(pl(max)) (\(given) given)")
        }
    }

    /// Positional-or-keyword parameters `names` after the first `skip` values (self / cls).
    /// Returns one slot per name (nil = not given).
    static func bind(_ args: Args, _ fname: String, _ names: [String], required: Int = 0, skip: Int = 1) throws -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let npos = args.count - skip
        if !args.hasKeywords && npos <= names.count && npos >= required {
            for i in 0..<max(0, npos) { out[i] = args[skip + i] }
            return out
        }
        if npos > names.count {
            let n = names.count
            throw PyErr.typeError("\(fname)() takes at most \(n) argument\(n == 1 ? "" : "s") (\(npos) given)")
        }
        for i in 0..<max(0, npos) { out[i] = args[skip + i] }
        for (k, v) in args.keywords {
            guard let i = names.firstIndex(of: k) else {
                throw PyErr.typeError("'\(k)' is an invalid keyword argument for \(fname)()")
            }
            if out[i] != nil {
                throw PyErr.typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw PyErr.typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }

    /// An optional start/end argument (None or missing → nil; __index__ with clamping).
    static func sliceBound(_ interp: Interpreter, _ args: Args, _ i: Int) throws -> Int? {
        guard i < args.count, !args[i].isNone else { return nil }
        return try sliceIndexValue(interp, args[i])
    }

    /// An int argument through __index__ (width, count, tabsize …), clamped like PyNumber_AsSsize_t
    /// with an OverflowError for huge values.
    static func index(_ interp: Interpreter, _ v: Value) throws -> Int {
        if let i = v.intValue { return i }
        if let b = v.bigIntValue {
            guard let i = b.asInt else { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
            return i
        }
        if case .float = v { throw PyErr.typeError("'float' object cannot be interpreted as an integer") }
        guard let m = v.type.lookup(interp.names.dindex) else {
            throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        let r = try interp.callValues(m, [v])
        if let i = r.intValue { return i }
        if let b = r.bigIntValue {
            guard let i = b.asInt else { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
            return i
        }
        throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
    }
}

/// Results larger than this raise MemoryError instead of trapping the process on allocation.
let maxResultBytes = 1 << 32

@inline(__always) func checkResultSize(_ n: Int) throws {
    if n < 0 || n > maxResultBytes { throw PyErr.make(BuiltinTypes.MemoryError, "") }
}

/// A C int argument (tabsize, bytes_per_sep …): "Python int too large to convert to C int".
func cIntArg(_ interp: Interpreter, _ v: Value) throws -> Int {
    let i = try StrArg.index(interp, v)
    if i > Int(Int32.max) || i < Int(Int32.min) { throw PyErr.overflowError("Python int too large to convert to C int") }
    return i
}

/// The receiver of a str method (guards direct calls such as `str.upper(1)`).
@inline(__always) func strSelf(_ args: Args, _ name: String) throws -> PyStr {
    if args.count > 0, let s = args[0].asStr { return s }
    let got = args.count > 0 ? args[0].type.name : "nothing"
    throw PyErr.typeError("descriptor '\(name)' for 'str' objects doesn't apply to a '\(got)' object")
}

/// A str argument ("must be str, not int").
@inline(__always) func strArg(_ v: Value) throws -> PyStr {
    if let s = v.asStr { return s }
    throw PyErr.typeError("must be str, not \(v.type.name)")
}

/// CPython's ADJUST_INDICES for (start, end) against `len`.
@inline(__always) func adjustIndices(_ start: Int?, _ end: Int?, _ len: Int) -> (Int, Int) {
    var s = start ?? 0, e = end ?? len
    if e > len { e = len } else if e < 0 { e += len; if e < 0 { e = 0 } }
    if s < 0 { s += len; if s < 0 { s = 0 } }
    return (s, e)
}

// MARK: installer

func installStrMethods() {
    let t = BuiltinTypes.str
    installStrCore(t)
    installStrSearch(t)
    installStrSplit(t)
    installStrCase(t)
    installStrPadding(t)
    installStrPredicates(t)
    installStrCodecs(t)
    installStrFormat(t)
}

private func installStrCore(_ t: PyType) {
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("str.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.str) else {
            throw PyErr.typeError("str.__new__(\(cls.name)): \(cls.name) is not a subtype of str")
        }
        // str(x): the common form, without the general argument binding.
        if cls === BuiltinTypes.str && args.values.count == 2 && !args.hasKeywords {
            if let s = args[1].asStr, s.type === BuiltinTypes.str { return args[1] }
            return Value(try interp.str(args[1]))
        }
        let a = try StrArg.bind(args, "str", ArgNames.strNew)
        var text = ""
        if let obj = a[0] {
            if a[1] == nil && a[2] == nil {
                if cls === BuiltinTypes.str, let s = obj.asStr, s.type === BuiltinTypes.str { return obj }
                text = try interp.str(obj)
            } else {
                var enc = "utf-8", errs = "strict"
                if let e = a[1] {
                    guard let s = e.asStr else { throw PyErr.typeError("str() argument 'encoding' must be str, not \(e.type.name)") }
                    enc = s.value
                }
                if let e = a[2] {
                    guard let s = e.asStr else { throw PyErr.typeError("str() argument 'errors' must be str, not \(e.type.name)") }
                    errs = s.value
                }
                if obj.asStr != nil { throw PyErr.typeError("decoding str is not supported") }
                guard let b = obj.asObject as? PyBytes else {
                    throw PyErr.typeError("decoding to str: need a bytes-like object, \(obj.type.name) found")
                }
                text = try pyDecode(interp, b.bytes, encoding: enc, errors: errs)
            }
        } else if a[1] != nil || a[2] != nil {
            text = ""
        }
        if cls === BuiltinTypes.str { return Value(text) }
        let o = PyStr(text, type: cls)
        o.dict = PyDict()
        return .object(o)
    }
    t.addMethod("__repr__") { _, args in Value(reprString(try strSelf(args, "__repr__").value)) }
    t.addMethod("__str__") { _, args in
        let s = try strSelf(args, "__str__")
        return s.type === BuiltinTypes.str ? args[0] : Value(s.value)
    }
    t.addMethod("__hash__") { _, args in .int(try strSelf(args, "__hash__").pyHash) }
    t.addMethod("__len__") { _, args in .int(try strSelf(args, "__len__").count) }
    t.addMethod("__iter__") { _, args in .object(PyStrIterator(try strSelf(args, "__iter__"))) }
    t.addMethod("__getnewargs__") { _, args in .object(PyTuple([Value(try strSelf(args, "__getnewargs__").value)])) }
    t.addMethod("__sizeof__") { _, args in
        let s = try strSelf(args, "__sizeof__")
        return .int(49 + s.value.utf8.count + 1)
    }

    let names = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    for (op, name) in names.enumerated() {
        t.addMethod(name) { _, args in
            guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let a = args[0].asStr, let b = args[1].asStr else { return .object(BuiltinTypes.notImplemented) }
            switch op {
            case 0: return .bool(a === b || strEqual(a.value, b.value))
            case 1: return .bool(!(a === b || strEqual(a.value, b.value)))
            default:
                let c = compareUTF8(a.value, b.value)
                switch op {
                case 2: return .bool(c < 0)
                case 3: return .bool(c <= 0)
                case 4: return .bool(c > 0)
                default: return .bool(c >= 0)
                }
            }
        }
    }

    t.addMethod("__getitem__") { interp, args in
        let s = try strSelf(args, "__getitem__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        return try strGetItem(interp, s, args[0], args[1])
    }
    t.addMethod("__contains__") { _, args in
        let s = try strSelf(args, "__contains__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let sub = args[1].asStr else {
            throw PyErr.typeError("'in <string>' requires string as left operand, not \(args[1].type.name)")
        }
        return .bool(strFind(s, sub, nil, nil, reverse: false) >= 0)
    }
    t.addMethod("__add__") { _, args in
        let s = try strSelf(args, "__add__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let o = args[1].asStr else { return .object(BuiltinTypes.notImplemented) }
        return Value(s.value + o.value)
    }
    let mul: NativeFunction = { interp, args in
        let s = try strSelf(args, "__mul__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let n = try repeatCount(interp, args[1]) else { return .object(BuiltinTypes.notImplemented) }
        if n <= 0 { return Value("") }
        if n == 1 && s.type === BuiltinTypes.str { return args[0] }
        let len = s.value.utf8.count
        if len > 0 && len > Int.max / n { throw PyErr.overflowError("repeated string is too long") }
        if len * n > (1 << 40) { throw PyErr.make(BuiltinTypes.MemoryError, "") }
        return Value(String(repeating: s.value, count: n))
    }
    t.addMethod("__mul__", mul)
    t.addMethod("__rmul__", mul)
    t.addMethod("__mod__") { interp, args in
        let s = try strSelf(args, "__mod__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        return Value(try percentFormatStr(interp, s.value, args[1]))
    }
    t.addMethod("__rmod__") { _, args in
        // Only reached when the left operand is not a str: str never handles it (CPython).
        _ = args
        return .object(BuiltinTypes.notImplemented)
    }
    t.addMethod("__format__") { interp, args in
        let s = try strSelf(args, "__format__")
        guard args.count == 2 else { throw PyErr.typeError("str.__format__() takes exactly one argument (\(args.count - 1) given)") }
        guard let spec = args[1].asStr else {
            throw PyErr.typeError("__format__() argument must be str, not \(args[1].type.name)")
        }
        if spec.value.isEmpty { return s.type === BuiltinTypes.str ? args[0] : Value(s.value) }
        do {
            return Value(try formatString(s.value, FormatSpec(parsing: spec.value), typeName: "str"))
        } catch let e as FormatError {
            throw interp.formatErrorToPy(e)
        }
    }
}

/// The repeat count of `seq * n`: nil when `n` is not an integer (→ NotImplemented).
func repeatCount(_ interp: Interpreter, _ v: Value) throws -> Int? {
    if let i = v.intValue { return i }
    if let b = v.bigIntValue {
        guard let i = b.asInt else { throw PyErr.overflowError("cannot fit 'int' into an index-sized integer") }
        return i
    }
    if case .float = v { return nil }
    guard let m = v.type.lookup(interp.names.dindex) else { return nil }
    let r = try interp.callValues(m, [v])
    if let i = r.intValue { return i }
    if let b = r.bigIntValue {
        guard let i = b.asInt else { throw PyErr.overflowError("cannot fit 'int' into an index-sized integer") }
        return i
    }
    throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))")
}

/// `s[k]` for an int index or a slice.
func strGetItem(_ interp: Interpreter, _ s: PyStr, _ selfValue: Value, _ k: Value) throws -> Value {
    if case .object(let ko) = k, let sl = ko as? PySlice {
        let n = s.count
        let r = try sliceIndices(interp, sl, length: n)
        if r.count <= 0 { return Value("") }
        if r.step == 1 {
            if r.count == n && s.type === BuiltinTypes.str { return selfValue }
            if r.count == 1 { return strOfScalar(s.scalar(at: r.start).value) }
            return Value(s.substring(r.start, r.start + r.count))
        }
        if s.isASCII {
            return Value(withUTF8Bytes(s.value) { p -> String in
                var out = [UInt8](); out.reserveCapacity(r.count)
                var i = r.start
                for _ in 0..<r.count { out.append(p[i]); i += r.step }
                return stringFromBytes(out)
            })
        }
        let sc = s.scalars
        var out = String.UnicodeScalarView()
        var i = r.start
        for _ in 0..<r.count { out.append(sc[i]); i += r.step }
        return Value(String(out))
    }
    let i: Int
    if let x = k.intValue {
        i = x
    } else if k.bigIntValue != nil || (!(k.type === BuiltinTypes.float) && k.type.lookup(interp.names.dindex) != nil) {
        i = try interp.index(k)
    } else {
        throw PyErr.typeError("string indices must be integers, not '\(k.type.name)'")
    }
    let n = s.count
    let j = i < 0 ? i + n : i
    if j < 0 || j >= n { throw PyErr.indexError("string index out of range") }
    return strOfScalar(s.scalar(at: j).value)
}
