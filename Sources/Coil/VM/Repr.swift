// repr(), str(), ascii() and format() for every value, plus the stdout/stderr writers.

#if canImport(Glibc)
import Glibc
#endif

/// Buffered output to a file descriptor, or captured into a string (tests, embedding).
public final class OutputStreamBuffer {
    let fd: Int32
    var buffer: [UInt8] = []
    public private(set) var captured: String = ""
    let capturing: Bool
    /// Flush after every newline (interactive terminals).
    public var lineBuffered: Bool

    public init(fd: Int32) {
        self.fd = fd
        capturing = false
        lineBuffered = isatty(fd) != 0
    }

    public init(capturing: ()) {
        fd = -1
        self.capturing = true
        lineBuffered = false
    }

    public static var stdout: OutputStreamBuffer { OutputStreamBuffer(fd: 1) }
    public static var stderr: OutputStreamBuffer { OutputStreamBuffer(fd: 2) }

    public func write(_ s: String) {
        if capturing { captured += s; return }
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 8192 || (lineBuffered && s.utf8.contains(10)) || fd == 2 { flush() }
    }

    public func flush() {
        guard !capturing, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Takes the captured text (capturing buffers only).
    public func takeCaptured() -> String {
        let s = captured
        captured = ""
        return s
    }
}

extension Interpreter {
    public func writeStdout(_ s: String) throws {
        if let out = sysModule?.dict?.getStr("stdout"), !(out.asObject is PyStdStream) {
            _ = try callMethod(out, "write", [Value(s)])
            return
        }
        stdoutWriter.write(s)
    }

    public func writeStderr(_ s: String) {
        stdoutWriter.flush()
        if let err = sysModule?.dict?.getStr("stderr"), !(err.asObject is PyStdStream) {
            _ = try? callMethod(err, "write", [Value(s)])
            return
        }
        stderrWriter.write(s)
    }

    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none, .undefined: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pyFloatRepr(d)
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.str { return reprString(unsafeDowncast(o, to: PyStr.self).value) }
            guard let m = t.lookup(names.drepr) else { return defaultRepr(o) }
            nativeDepth += 1
            defer { nativeDepth -= 1 }
            if nativeDepth > maxNativeDepth {
                throw PyErr.make(BuiltinTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
            }
            let r = try callValues(m, [v])
            guard let s = r.asStr else { throw PyErr.typeError("__repr__ returned non-string (type \(r.type.name))") }
            return s.value
        }
    }

    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            let t = o.type!
            if t === BuiltinTypes.str { return unsafeDowncast(o, to: PyStr.self).value }
            guard let m = t.lookup(names.dstr) else { return try repr(v) }
            let r = try callValues(m, [v])
            guard let s = r.asStr else { throw PyErr.typeError("__str__ returned non-string (type \(r.type.name))") }
            return s.value
        default:
            return try repr(v)
        }
    }

    public func ascii(_ v: Value) throws -> String {
        let r = try repr(v)
        var out = ""
        for u in r.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(Int(u.value), 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(Int(u.value), 4) }
            else { out += "\\U" + hex(Int(u.value), 8) }
        }
        return out
    }

    /// `format(v, spec)`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        do {
            switch v {
            case .int(let i):
                if v.type === BuiltinTypes.int { return try formatInteger(i, FormatSpec(parsing: spec)) }
            case .bool(let b):
                if spec.isEmpty { return b ? "True" : "False" }
                return try formatInteger(b ? 1 : 0, FormatSpec(parsing: spec))
            case .float(let d):
                return try formatFloat(d, FormatSpec(parsing: spec))
            case .none:
                if spec.isEmpty { return "None" }
            case .object(let o):
                if o.type === BuiltinTypes.str { return try formatString(unsafeDowncast(o, to: PyStr.self).value, FormatSpec(parsing: spec)) }
                if o.type === BuiltinTypes.int, let p = o as? PyInt {
                    let b = p.value
                    return try formatInteger(negative: b.isNegative, digits: { (b.isNegative ? -b : b).toString(radix: $0) },
                                             asDouble: { b.toDouble() }, FormatSpec(parsing: spec))
                }
            default: break
            }
        } catch let e as FormatError {
            throw formatErrorToPy(e)
        }
        guard let m = v.type.lookup(names.dformat) else {
            if spec.isEmpty { return try str(v) }
            throw PyErr.typeError("unsupported format string passed to \(v.type.name).__format__")
        }
        let r = try callValues(m, [v, Value(spec)])
        guard let s = r.asStr else { throw PyErr.typeError("__format__ must return a str, not \(r.type.name)") }
        return s.value
    }

    func formatErrorToPy(_ e: FormatError) -> PyBaseException {
        switch e.kind {
        case .valueError: return PyErr.valueError(e.message)
        case .overflowError: return PyErr.overflowError(e.message)
        case .typeError: return PyErr.typeError(e.message)
        }
    }

    func defaultRepr(_ o: PyObject) -> String {
        let mod = (o.type.typeDict.getStr("__module__")?.asStr?.value).map { $0 == "builtins" ? "" : $0 + "." } ?? ""
        return "<\(mod)\(o.type.qualname) object at \(addressString(o))>"
    }

    func addressString(_ o: AnyObject) -> String {
        "0x" + hex(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))), 12)
    }
}

func hex(_ v: Int, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Python's repr of a str: single quotes unless the text has ' and no ", escapes for
/// control and non-printable characters.
public func reprString(_ s: String) -> String {
    var hasSingle = false, hasDouble = false
    for u in s.unicodeScalars {
        if u == "'" { hasSingle = true } else if u == "\"" { hasDouble = true }
    }
    let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
    var out = String.UnicodeScalarView()
    out.append(quote)
    for u in s.unicodeScalars {
        switch u {
        case quote, "\\": out.append("\\"); out.append(u)
        case "\n": out.append(contentsOf: "\\n".unicodeScalars)
        case "\r": out.append(contentsOf: "\\r".unicodeScalars)
        case "\t": out.append(contentsOf: "\\t".unicodeScalars)
        default:
            if pyIsPrintable(u) {
                out.append(u)
            } else if u.value < 0x100 {
                out.append(contentsOf: ("\\x" + hex(Int(u.value), 2)).unicodeScalars)
            } else if u.value < 0x10000 {
                out.append(contentsOf: ("\\u" + hex(Int(u.value), 4)).unicodeScalars)
            } else {
                out.append(contentsOf: ("\\U" + hex(Int(u.value), 8)).unicodeScalars)
            }
        }
    }
    out.append(quote)
    return String(out)
}

/// Python's str.isprintable for one code point (approximation via Unicode general categories).
public func pyIsPrintable(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x20 || u.value == 0x7F { return false }
    if u.value < 0x7F { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return u == " "
    default:
        return true
    }
}
