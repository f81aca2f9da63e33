// bytes and bytearray: construction, the dunders, and shared helpers. Both are PyBytes; a
// bytearray is a PyBytes whose type is (a subclass of) bytearray. Methods live in
// BytesMethods+Search.swift, +Case.swift and (bytearray only) +Mutable.swift.

/// The receiver of a bytes/bytearray method.
@inline(__always) func bytesSelf(_ args: Args, _ name: String) throws -> PyBytes {
    if args.count > 0, let b = args[0].asObject as? PyBytes { return b }
    let got = args.count > 0 ? args[0].type.name : "nothing"
    throw PyErr.typeError("descriptor '\(name)' for 'bytes' objects doesn't apply to a '\(got)' object")
}

/// Contents of a bytes-like argument (bytes, bytearray), or nil.
@inline(__always) func bytesLike(_ v: Value) -> [UInt8]? {
    (v.asObject as? PyBytes)?.bytes
}

/// A bytes-like argument or "a bytes-like object is required, not 'str'".
func bytesArg(_ v: Value) throws -> [UInt8] {
    if let b = bytesLike(v) { return b }
    throw PyErr.typeError("a bytes-like object is required, not '\(v.type.name)'")
}

/// A result of the same kind as `b`: bytes for bytes (and subclasses), bytearray for bytearray.
@inline(__always) func bytesResult(_ b: PyBytes, _ data: [UInt8]) -> Value {
    .object(PyBytes(data, type: b.isMutable ? BuiltinTypes.bytearray : BuiltinTypes.bytes))
}

/// Returns the receiver itself when unchanged and an exact bytes (immutable), else a copy.
@inline(__always) func bytesSameOrNew(_ b: PyBytes, _ selfValue: Value, _ data: @autoclosure () -> [UInt8]) -> Value {
    if b.type === BuiltinTypes.bytes { return selfValue }
    return bytesResult(b, data())
}

/// A byte value from an int-like (via __index__): "byte must be in range(0, 256)".
func byteValue(_ interp: Interpreter, _ v: Value, message: String = "byte must be in range(0, 256)") throws -> UInt8 {
    let i: Int
    if let x = v.intValue { i = x } else if v.bigIntValue != nil { i = -1 } else {
        if case .float = v { throw PyErr.typeError("'float' object cannot be interpreted as an integer") }
        guard v.type.lookup(interp.names.dindex) != nil else {
            throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
        }
        i = try interp.index(v)
    }
    guard i >= 0 && i < 256 else { throw PyErr.valueError(message) }
    return UInt8(i)
}

/// Bytes from an iterable of ints (list/tuple fast paths).
func bytesFromIterable(_ interp: Interpreter, _ v: Value, rangeMessage: String) throws -> [UInt8] {
    var out = [UInt8]()
    if let l = v.asList, l.type === BuiltinTypes.list {
        out.reserveCapacity(l.items.count)
        for x in l.items { out.append(try byteValue(interp, x, message: rangeMessage)) }
        return out
    }
    if let t = v.asTuple {
        out.reserveCapacity(t.items.count)
        for x in t.items { out.append(try byteValue(interp, x, message: rangeMessage)) }
        return out
    }
    try interp.forEach(v) { out.append(try byteValue(interp, $0, message: rangeMessage)) }
    return out
}

/// FNV-1a like strHash, so hash(b"abc") == hash("abc") as in CPython.
func bytesHash(_ b: [UInt8]) -> Int {
    var h: UInt64 = 0xcbf29ce484222325
    for x in b { h ^= UInt64(x); h = h &* 0x100000001b3 }
    var r = Int(bitPattern: UInt(h))
    if r == -1 { r = -2 }
    return r
}

/// CPython's bytes repr: b'...' (double quotes when only ' occurs), \t \n \r \\ \xhh escapes.
/// bytearray's repr escapes ' even inside double quotes.
func bytesRepr(_ b: [UInt8], bytearray: Bool = false) -> String {
    var hasSingle = false, hasDouble = false
    for x in b { if x == 39 { hasSingle = true } else if x == 34 { hasDouble = true } }
    let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
    var out: [UInt8] = [98, quote]
    out.reserveCapacity(b.count + 3)
    let hexd = Array("0123456789abcdef".utf8)
    for x in b {
        switch x {
        case quote, 92: out.append(92); out.append(x)
        case 39 where bytearray: out.append(92); out.append(x)
        case 9: out.append(92); out.append(116)
        case 10: out.append(92); out.append(110)
        case 13: out.append(92); out.append(114)
        default:
            if x < 32 || x >= 127 {
                out.append(92); out.append(120); out.append(hexd[Int(x >> 4)]); out.append(hexd[Int(x & 15)])
            } else {
                out.append(x)
            }
        }
    }
    out.append(quote)
    return stringFromBytes(out)
}

/// The data of `bytes(x)` / `bytearray(x)` with optional encoding/errors (bytes_new order).
func bytesConstructorData(_ interp: Interpreter, _ x: Value?, _ enc: Value?, _ errs: Value?, mutable: Bool,
                          fname: String) throws -> [UInt8] {
    guard let x = x else {
        if enc != nil { throw PyErr.typeError("encoding without a string argument") }
        if errs != nil { throw PyErr.typeError("errors without a string argument") }
        return []
    }
    if enc != nil || errs != nil {
        guard let s = x.asStr else {
            throw PyErr.typeError(enc != nil ? "encoding without a string argument" : "errors without a string argument")
        }
        guard let e = enc else { throw PyErr.typeError("string argument without an encoding") }
        guard let es = e.asStr else { throw PyErr.typeError("\(fname)() argument 'encoding' must be str, not \(e.type.name)") }
        var er = "strict"
        if let ev = errs {
            guard let s2 = ev.asStr else { throw PyErr.typeError("\(fname)() argument 'errors' must be str, not \(ev.type.name)") }
            er = s2.value
        }
        return try pyEncode(interp, s.value, encoding: es.value, errors: er)
    }
    if let b = bytesLike(x) { return b }
    if !mutable, let m = x.type.lookup(interp.names.dbytes) {
        let r = try interp.callValues(m, [x])
        guard let rb = r.asObject as? PyBytes, !rb.isMutable else {
            throw PyErr.typeError("__bytes__ returned non-bytes (type \(r.type.name))")
        }
        return rb.bytes
    }
    if x.asStr != nil { throw PyErr.typeError("string argument without an encoding") }
    if x.isIntLike || (!(x.type === BuiltinTypes.float) && x.type.lookup(interp.names.dindex) != nil) {
        let n: Int
        if let b = x.bigIntValue {
            guard let i = b.asInt else { throw PyErr.overflowError("cannot fit 'int' into an index-sized integer") }
            n = i
        } else {
            n = try interp.index(x)
        }
        if n < 0 { throw PyErr.valueError("negative count") }
        if n > (1 << 40) { throw PyErr.make(BuiltinTypes.MemoryError, "") }
        return [UInt8](repeating: 0, count: n)
    }
    let rangeMsg = mutable ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)"
    if x.asList != nil || x.asTuple != nil { return try bytesFromIterable(interp, x, rangeMessage: rangeMsg) }
    let it: Value
    do {
        it = try interp.getIter(x)
    } catch let e as PyBaseException where e.type === BuiltinTypes.TypeError {
        throw PyErr.typeError("cannot convert '\(x.type.name)' object to \(mutable ? "bytearray" : "bytes")")
    }
    var out = [UInt8]()
    while let v = try interp.next(it) { out.append(try byteValue(interp, v, message: rangeMsg)) }
    return out
}

/// Iterates the ints of a bytes/bytearray (sees bytearray mutations, like CPython).
public final class PyBytesIterator: PyNativeIterator {
    var source: PyBytes?
    var index = 0
    init(_ b: PyBytes) {
        source = b
        super.init(type: b.isMutable ? BuiltinTypes.bytearrayIterator : BuiltinTypes.bytesIterator)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let b = source else { return nil }
        if index < b.bytes.count { index += 1; return .int(Int(b.bytes[index - 1])) }
        source = nil
        return nil
    }
    public override var lengthHint: Int? { source.map { max(0, $0.bytes.count - index) } ?? 0 }
    public override func traverse(_ visit: (PyObject) -> Void) { if let s = source { visit(s) } }
}

extension BuiltinTypes {
    public static let bytesIterator = make("bytes_iterator", flags: [])
    public static let bytearrayIterator = make("bytearray_iterator", flags: [])
}

/// Three-way comparison of byte strings.
func compareBytes(_ a: [UInt8], _ b: [UInt8]) -> Int {
    let n = min(a.count, b.count)
    var i = 0
    while i < n {
        if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
        i += 1
    }
    return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
}

// MARK: installer

func installBytesMethods() {
    installBytesCore(BuiltinTypes.bytes, mutable: false)
    installBytesCore(BuiltinTypes.bytearray, mutable: true)
    for t in [BuiltinTypes.bytes, BuiltinTypes.bytearray] {
        installBytesSearch(t)
        installBytesCase(t)
    }
    installByteArrayMutators(BuiltinTypes.bytearray)
}

private func installBytesCore(_ t: PyType, mutable: Bool) {
    let tname = mutable ? "bytearray" : "bytes"
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("\(tname).__new__(X): X is not a type object") }
        let o: PyBytes
        if mutable {
            o = PyBytes([], type: cls)
        } else {
            let a = try StrArg.bind(args, "bytes", ArgNames.bytesNew)
            let data = try bytesConstructorData(interp, a[0], a[1], a[2], mutable: false, fname: "bytes")
            if cls === BuiltinTypes.bytes { return .object(PyBytes(data)) }
            o = PyBytes(data, type: cls)
        }
        if cls.isHeapType { o.dict = PyDict() }
        return .object(o)
    }
    if mutable {
        t.addMethod("__init__") { interp, args in
            let b = try bytesSelf(args, "__init__")
            guard b.isMutable else {
                throw PyErr.typeError("descriptor '__init__' requires a 'bytearray' object but received a '\(b.type.name)'")
            }
            let a = try StrArg.bind(args, "bytearray", ArgNames.bytesNew)
            b.bytes = try bytesConstructorData(interp, a[0], a[1], a[2], mutable: true, fname: "bytearray")
            return .none
        }
    }
    t.addMethod("__repr__") { _, args in
        let b = try bytesSelf(args, "__repr__")
        if b.isMutable {
            let name = b.type.isHeapType ? b.type.name : "bytearray"
            return Value("\(name)(\(bytesRepr(b.bytes, bytearray: true)))")
        }
        return Value(bytesRepr(b.bytes))
    }
    t.addMethod("__len__") { _, args in .int(try bytesSelf(args, "__len__").bytes.count) }
    t.addMethod("__iter__") { _, args in .object(PyBytesIterator(try bytesSelf(args, "__iter__"))) }
    if mutable {
        t.addValue("__hash__", .none)
    } else {
        t.addMethod("__hash__") { _, args in .int(bytesHash(try bytesSelf(args, "__hash__").bytes)) }
        t.addMethod("__bytes__") { _, args in
            let b = try bytesSelf(args, "__bytes__")
            return b.type === BuiltinTypes.bytes ? args[0] : .object(PyBytes(b.bytes))
        }
        t.addMethod("__getnewargs__") { _, args in .object(PyTuple([.object(PyBytes(try bytesSelf(args, "__getnewargs__").bytes))])) }
    }
    let names = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]
    for (op, name) in names.enumerated() {
        t.addMethod(name) { _, args in
            guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
            guard let a = bytesLike(args[0]), let b = bytesLike(args[1]) else { return .object(BuiltinTypes.notImplemented) }
            switch op {
            case 0: return .bool(a == b)
            case 1: return .bool(a != b)
            default:
                let c = compareBytes(a, b)
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
        let b = try bytesSelf(args, "__getitem__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        let k = args[1]
        if case .object(let ko) = k, let sl = ko as? PySlice {
            let r = try sliceIndices(interp, sl, length: b.bytes.count)
            if r.step == 1 {
                if r.count == b.bytes.count && b.type === BuiltinTypes.bytes { return args[0] }
                return bytesResult(b, r.count > 0 ? Array(b.bytes[r.start..<(r.start + r.count)]) : [])
            }
            var out = [UInt8](); out.reserveCapacity(max(0, r.count))
            var i = r.start
            for _ in 0..<max(0, r.count) { out.append(b.bytes[i]); i += r.step }
            return bytesResult(b, out)
        }
        let i: Int
        if let x = k.intValue { i = x } else if k.bigIntValue != nil || (!(k.type === BuiltinTypes.float) && k.type.lookup(interp.names.dindex) != nil) {
            i = try interp.index(k)
        } else {
            throw PyErr.typeError("\(mutable ? "bytearray" : "byte") indices must be integers or slices, not \(k.type.name)")
        }
        let n = b.bytes.count
        let j = i < 0 ? i + n : i
        if j < 0 || j >= n { throw PyErr.indexError(mutable ? "bytearray index out of range" : "index out of range") }
        return .int(Int(b.bytes[j]))
    }
    t.addMethod("__contains__") { interp, args in
        let b = try bytesSelf(args, "__contains__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        if let sub = bytesLike(args[1]) { return .bool(bytesFind(b.bytes, sub, 0, b.bytes.count, reverse: false) >= 0) }
        if args[1].isIntLike || args[1].type.lookup(interp.names.dindex) != nil {
            let v = try byteValue(interp, args[1])
            return .bool(b.bytes.contains(v))
        }
        throw PyErr.typeError("a bytes-like object is required, not '\(args[1].type.name)'")
    }
    t.addMethod("__add__") { _, args in
        let b = try bytesSelf(args, "__add__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let o = bytesLike(args[1]) else {
            throw PyErr.typeError("can't concat \(args[1].type.name) to \(tname)")
        }
        return bytesResult(b, b.bytes + o)
    }
    let mul: NativeFunction = { interp, args in
        let b = try bytesSelf(args, "__mul__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        guard let n = try repeatCount(interp, args[1]) else { return .object(BuiltinTypes.notImplemented) }
        if n <= 0 { return bytesResult(b, []) }
        if n == 1 && b.type === BuiltinTypes.bytes { return args[0] }
        if b.bytes.count > 0 && b.bytes.count > (1 << 40) / n { throw PyErr.make(BuiltinTypes.MemoryError, "") }
        var out = [UInt8](); out.reserveCapacity(b.bytes.count * n)
        for _ in 0..<n { out.append(contentsOf: b.bytes) }
        return bytesResult(b, out)
    }
    t.addMethod("__mul__", mul)
    t.addMethod("__rmul__", mul)
    t.addMethod("__mod__") { interp, args in
        let b = try bytesSelf(args, "__mod__")
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument, got \(args.count - 1)") }
        return bytesResult(b, try percentFormatBytes(interp, b.bytes, args[1]))
    }
    t.addMethod("__rmod__") { _, _ in .object(BuiltinTypes.notImplemented) }
    t.addMethod("decode") { interp, args in
        let b = try bytesSelf(args, "decode")
        let a = try StrArg.bind(args, "decode", ArgNames.codec)
        var enc = "utf-8", errs = "strict"
        if let e = a[0] {
            guard let s = e.asStr else { throw PyErr.typeError("decode() argument 'encoding' must be str, not \(e.type.name)") }
            enc = s.value
        }
        if let e = a[1] {
            guard let s = e.asStr else { throw PyErr.typeError("decode() argument 'errors' must be str, not \(e.type.name)") }
            errs = s.value
        }
        return Value(try pyDecode(interp, b.bytes, encoding: enc, errors: errs))
    }
    t.addMethod("__sizeof__") { _, args in .int(33 + (try bytesSelf(args, "__sizeof__").bytes.count)) }
}
