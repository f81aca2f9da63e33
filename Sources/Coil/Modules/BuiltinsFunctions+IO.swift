// open() and input(). A file object is one buffered file descriptor (Glibc open/read/write/
// lseek/close): binary files move bytes, text files decode/encode (UTF-8, ASCII or Latin-1)
// with universal newlines on read. Buffered writes are flushed on close, at deallocation and
// at process exit (an atexit hook), so unclosed files lose nothing, as in CPython.

#if canImport(Glibc)
import Glibc
#endif

extension BuiltinTypes {
    static func makeIOType(_ name: String) -> PyType {
        let t = make(name, flags: [])
        t.typeDict.setStr("__module__", Value("_io"))
        return t
    }
    public static let textIOFile = makeIOType("TextIOWrapper")
    public static let bufferedReader = makeIOType("BufferedReader")
    public static let bufferedWriter = makeIOType("BufferedWriter")
    public static let bufferedRandom = makeIOType("BufferedRandom")

    /// io.UnsupportedOperation: both an OSError and a ValueError.
    public static let UnsupportedOperation: PyType = {
        let t = exc("UnsupportedOperation", OSError)
        t.bases = [OSError, ValueError]
        t.mro = [t, OSError, ValueError, Exception, BaseException, object]
        t.typeDict.setStr("__module__", Value("io"))
        return t
    }()
}

/// An open file (the object `open()` returns).
public final class PyFile: PyNativeIterator {
    var fd: Int32
    let nameValue: Value
    let mode: String
    let binary: Bool
    let readable: Bool, writable: Bool
    let closefd: Bool
    let codec: TextCodec
    let encodingName: String
    let errors: String
    /// nil: universal newlines (read: \r and \r\n become \n); otherwise no read translation,
    /// and "\n" is written as this string.
    let newline: String?
    public private(set) var closed = false
    /// Read-ahead bytes (untranslated); `rpos` is the next unread byte.
    var rbuf: [UInt8] = []
    var rpos = 0
    var atEOF = false
    var wbuf: [UInt8] = []

    init(fd: Int32, name: Value, mode: String, binary: Bool, readable: Bool, writable: Bool, closefd: Bool,
         codec: TextCodec, encodingName: String, errors: String, newline: String?, type: PyType) {
        self.fd = fd; self.nameValue = name; self.mode = mode; self.binary = binary
        self.readable = readable; self.writable = writable; self.closefd = closefd
        self.codec = codec; self.encodingName = encodingName; self.errors = errors; self.newline = newline
        super.init(type: type)
        if writable { openFiles.add(self) }
    }

    deinit {
        if !closed { try? closeFile() }
    }

    func checkOpen() throws {
        if closed { throw PyErr.valueError("I/O operation on closed file.") }
    }

    func checkReadable() throws {
        try checkOpen()
        if !readable { throw PyErr.make(BuiltinTypes.UnsupportedOperation, binary ? "read" : "not readable") }
    }

    func checkWritable() throws {
        try checkOpen()
        if !writable { throw PyErr.make(BuiltinTypes.UnsupportedOperation, binary ? "write" : "not writable") }
    }

    // MARK: raw I/O

    /// Reads more bytes into the buffer; false at end of file.
    @discardableResult
    func fill(_ want: Int = 65536) throws -> Bool {
        if atEOF { return false }
        if rpos > 0 && rpos == rbuf.count { rbuf.removeAll(keepingCapacity: true); rpos = 0 }
        else if rpos > 65536 { rbuf.removeFirst(rpos); rpos = 0 }
        let old = rbuf.count
        let chunk = max(want, 65536)
        rbuf.reserveCapacity(old + chunk)
        var n = 0
        while true {
            rbuf.append(contentsOf: repeatElement(0, count: chunk))
            n = rbuf.withUnsafeMutableBytes { read(fd, $0.baseAddress! + old, chunk) }
            if n < 0 && errno == EINTR { rbuf.removeLast(chunk); continue }
            break
        }
        if n < 0 {
            let e = errno
            rbuf.removeLast(chunk)
            throw osErrorFromErrno(e)
        }
        rbuf.removeLast(chunk - n)
        if n == 0 { atEOF = true; return false }
        return true
    }

    func flushWrites() throws {
        if wbuf.isEmpty { return }
        var off = 0
        defer { if off > 0 { wbuf.removeFirst(min(off, wbuf.count)) } }
        while off < wbuf.count {
            let n = wbuf.withUnsafeBytes { write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw osErrorFromErrno(errno)
            }
            off += n
        }
    }

    /// Before writing after reading (r+): move the OS position back over unread bytes.
    func dropReadAhead() {
        let unread = rbuf.count - rpos
        if unread > 0 { lseek(fd, off_t(-unread), SEEK_CUR) }
        rbuf.removeAll(keepingCapacity: true)
        rpos = 0
        atEOF = false
    }

    func closeFile() throws {
        if closed { return }
        closed = true
        openFiles.remove(self)
        defer {
            if closefd && fd >= 0 { Glibc.close(fd) }
            fd = -1
        }
        try flushWrites()
    }

    // MARK: reading

    /// All remaining bytes.
    func readAllBytes() throws -> [UInt8] {
        try flushWrites()
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
            let pos = lseek(fd, 0, SEEK_CUR)
            if pos >= 0 && Int(st.st_size) > Int(pos) { try fill(Int(st.st_size) - Int(pos) + 1) }
        }
        while try fill() {}
        let out = Array(rbuf[rpos...])
        rbuf.removeAll(keepingCapacity: false)
        rpos = 0
        return out
    }

    /// Up to `n` bytes (fewer only at end of file).
    func readBytes(_ n: Int) throws -> [UInt8] {
        try flushWrites()
        while rbuf.count - rpos < n, try fill(n - (rbuf.count - rpos)) {}
        let end = min(rbuf.count, rpos + n)
        let out = Array(rbuf[rpos..<end])
        rpos = end
        return out
    }

    /// How lines end when reading: binary and newline="\n" stop at \n; None and "" at any
    /// of \n, \r, \r\n (None also translates them to \n); "\r" and "\r\n" only at those.
    private var lineMode: (universal: Bool, translate: Bool, cr: Bool, crlf: Bool) {
        if binary { return (false, false, false, false) }
        switch newline {
        case nil: return (true, true, false, false)
        case ""?: return (true, false, false, false)
        case "\r"?: return (false, false, true, false)
        case "\r\n"?: return (false, false, false, true)
        default: return (false, false, false, false)
        }
    }

    /// The next line's bytes including its terminator (translated to \n in universal mode),
    /// at most `limit` characters (bytes for binary files) when limit >= 0.
    func readLineBytes(_ limit: Int) throws -> [UInt8] {
        try flushWrites()
        let m = lineMode
        let plainLF = !m.universal && !m.cr && !m.crlf
        if limit < 0 && (plainLF || m.universal) {
            // Fast path: memchr for the terminator.
            var from = rpos
            while true {
                let hit: Int? = rbuf.withUnsafeBytes { raw -> Int? in
                    guard let base = raw.baseAddress, from < raw.count else { return nil }
                    let n = raw.count - from
                    let lf = memchr(base + from, 10, n).map { UnsafeRawPointer($0) - base }
                    if !m.universal { return lf }
                    let cr = memchr(base + from, 13, (lf.map { $0 + 1 } ?? raw.count) - from).map { UnsafeRawPointer($0) - base }
                    return cr ?? lf
                }
                if let h = hit {
                    if rbuf[h] == 10 { return take(h + 1, translate: false) }
                    // A \r: look ahead for \n.
                    if h + 1 >= rbuf.count {
                        let before = rpos
                        if try !fill() { return take(h + 1, translate: m.translate) }
                        let shifted = h - (before - rpos)
                        return take(rbuf[shifted + 1] == 10 ? shifted + 2 : shifted + 1, translate: m.translate)
                    }
                    return take(rbuf[h + 1] == 10 ? h + 2 : h + 1, translate: m.translate)
                }
                let scanned = rbuf.count - rpos
                if try !fill() { return take(rbuf.count, translate: false) }
                from = rpos + scanned
            }
        }
        let utf8Text: Bool = { if binary { return false }; if case .utf8 = codec { return true }; return false }()
        var k = 0
        var chars = 0
        while true {
            if rpos + k >= rbuf.count {
                if try !fill() { return take(rbuf.count, translate: m.translate) }
                continue
            }
            let p = rpos + k
            let c = rbuf[p]
            if limit >= 0 && (!utf8Text || c & 0xC0 != 0x80) {
                if chars == limit { return take(p, translate: m.translate) }
                chars += 1
            }
            if c == 10 && (plainLF || m.universal) { return take(p + 1, translate: false) }
            if c == 13 && (m.universal || m.cr || m.crlf) {
                if m.cr { return take(p + 1, translate: false) }
                if p + 1 >= rbuf.count, try !fill() {
                    if m.crlf { k += 1; continue }
                    return take(rbuf.count, translate: m.translate)
                }
                let q = rpos + k
                if rbuf[q + 1] == 10 { return take(q + 2, translate: m.translate) }
                if m.universal { return take(q + 1, translate: m.translate) }
            }
            k += 1
        }
    }

    /// Consumes rbuf[rpos..<end], turning \r\n and \r into \n when asked.
    private func take(_ end: Int, translate: Bool) -> [UInt8] {
        let slice = rbuf[rpos..<end]
        rpos = end
        if !translate || !slice.contains(13) { return Array(slice) }
        return translateNewlines(Array(slice))
    }

    /// Text: up to `n` characters' bytes (translated).
    func readTextChars(_ n: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var count = 0
        while count < n {
            let line = try readLineBytes(n - count)
            if line.isEmpty { break }
            count += charCountOf(line)
            out.append(contentsOf: line)
        }
        return out
    }

    private func charCountOf(_ b: [UInt8]) -> Int {
        if case .utf8 = codec { return b.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
        return b.count
    }

    func decode(_ interp: Interpreter, _ bytes: [UInt8]) throws -> Value {
        if binary { return .object(PyBytes(bytes)) }
        if case .utf8 = codec, isValidUTF8(bytes) { return Value(String(decoding: bytes, as: UTF8.self)) }
        return Value(try pyDecode(interp, bytes, encoding: encodingName, errors: errors))
    }

    public override func next(_ interp: Interpreter) throws -> Value? {
        try checkReadable()
        let line = try readLineBytes(-1)
        if line.isEmpty { return nil }
        return try decode(interp, line)
    }

    // MARK: writing

    /// write(): returns the number of characters (text) or bytes (binary) written.
    func writeValue(_ interp: Interpreter, _ v: Value) throws -> Int {
        try checkWritable()
        if rbuf.count > rpos || atEOF {
            // Binary files write at the logical position; text files, like CPython's
            // TextIOWrapper, continue after the chunk already read.
            if binary { dropReadAhead() } else { rbuf.removeAll(keepingCapacity: true); rpos = 0; atEOF = false }
        }
        if binary {
            guard case .object(let o) = v, let b = o as? PyBytes else {
                throw PyErr.typeError("a bytes-like object is required, not '\(v.type.name)'")
            }
            wbuf.append(contentsOf: b.bytes)
            if wbuf.count >= 65536 { try flushWrites() }
            return b.bytes.count
        }
        guard let s = v.asStr else { throw PyErr.typeError("write() argument must be str, not \(v.type.name)") }
        var text = s.value
        if let nl = newline, nl != "" && nl != "\n", text.utf8.contains(10) {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: nl)
        }
        if case .utf8 = codec { wbuf.append(contentsOf: text.utf8) } else {
            wbuf.append(contentsOf: try pyEncode(interp, text, encoding: encodingName, errors: errors))
        }
        if wbuf.count >= 65536 { try flushWrites() }
        return s.count
    }

    /// The current byte offset (what CPython's tell() returns for these encodings).
    func position() throws -> Int {
        let p = lseek(fd, 0, SEEK_CUR)
        if p < 0 { throw osErrorFromErrno(errno) }
        return Int(p) - (rbuf.count - rpos) + wbuf.count
    }
}

/// Strict UTF-8 validity (no overlongs, surrogates or values past U+10FFFF); invalid input is
/// left to pyDecode, which reports the exact error.
func isValidUTF8(_ b: [UInt8]) -> Bool {
    b.withUnsafeBufferPointer { p in
        let n = p.count
        var i = 0
        while i < n {
            let c = p[i]
            if c < 0x80 { i += 1; continue }
            @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && p[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard cont(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return false }
                let c1 = p[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 > 0x9F { return false }
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = p[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 > 0x8F { return false }
                i += 4
            default:
                return false
            }
        }
        return true
    }
}

/// Turns \r\n and lone \r into \n.
private func translateNewlines(_ b: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
        if b[i] == 13 {
            out.append(10)
            if i + 1 < b.count && b[i + 1] == 10 { i += 1 }
        } else {
            out.append(b[i])
        }
        i += 1
    }
    return out
}

/// Writable files still open, flushed by an atexit hook (process exit skips deallocation).
private final class OpenFileRegistry {
    var lock = pthread_mutex_t()
    var files: [ObjectIdentifier: Unmanaged<PyFile>] = [:]
    var hooked = false
    init() { pthread_mutex_init(&lock, nil) }

    func add(_ f: PyFile) {
        pthread_mutex_lock(&lock)
        files[ObjectIdentifier(f)] = Unmanaged.passUnretained(f)
        if !hooked {
            hooked = true
            atexit { openFiles.flushAll() }
        }
        pthread_mutex_unlock(&lock)
    }

    func remove(_ f: PyFile) {
        pthread_mutex_lock(&lock)
        files.removeValue(forKey: ObjectIdentifier(f))
        pthread_mutex_unlock(&lock)
    }

    func flushAll() {
        pthread_mutex_lock(&lock)
        let all = Array(files.values)
        pthread_mutex_unlock(&lock)
        for f in all { try? f.takeUnretainedValue().flushWrites() }
    }
}

private let openFiles = OpenFileRegistry()

private func fileSelf(_ args: Args) throws -> PyFile {
    guard args.count > 0, let f = args[0].asObject as? PyFile else { throw PyErr.typeError("descriptor requires a file object") }
    return f
}

/// A size argument: None or negative means "everything".
private func sizeArg(_ interp: Interpreter, _ v: Value?) throws -> Int {
    guard let v = v, !v.isNone else { return -1 }
    return try interp.index(v)
}

extension BuiltinTypes {
    /// Methods of the four file types, installed once per process.
    static let fileTypesInstalled: Void = {
        for t in [textIOFile, bufferedReader, bufferedWriter, bufferedRandom] { installFileMethods(t) }
    }()
}

private func installFileMethods(_ t: PyType) {
    t.addMethod("read") { interp, args in
        let f = try fileSelf(args)
        let a = try clinicArgs(args, from: 1, "read", ["size"], required: 0)
        try f.checkReadable()
        let n = try sizeArg(interp, a[0])
        if n < 0 {
            var bytes = try f.readAllBytes()
            if !f.binary, f.newline == nil, bytes.contains(13) { bytes = translateNewlines(bytes) }
            return try f.decode(interp, bytes)
        }
        return try f.decode(interp, f.binary ? try f.readBytes(n) : try f.readTextChars(n))
    }
    t.addMethod("readline") { interp, args in
        let f = try fileSelf(args)
        let a = try clinicArgs(args, from: 1, "readline", ["size"], required: 0)
        try f.checkReadable()
        return try f.decode(interp, try f.readLineBytes(try sizeArg(interp, a[0])))
    }
    t.addMethod("readlines") { interp, args in
        let f = try fileSelf(args)
        let a = try clinicArgs(args, from: 1, "readlines", ["hint"], required: 0)
        try f.checkReadable()
        let hint = try sizeArg(interp, a[0])
        var lines: [Value] = []
        var total = 0
        while true {
            let line = try f.readLineBytes(-1)
            if line.isEmpty { break }
            lines.append(try f.decode(interp, line))
            total += line.count
            if hint > 0 && total >= hint { break }
        }
        return .object(PyList(lines))
    }
    t.addMethod("write") { interp, args in
        let f = try fileSelf(args)
        guard args.count == 2 else { throw PyErr.typeError("write() takes exactly one argument (\(args.count - 1) given)") }
        return .int(try f.writeValue(interp, args[1]))
    }
    t.addMethod("writelines") { interp, args in
        let f = try fileSelf(args)
        guard args.count == 2 else { throw PyErr.typeError("writelines() takes exactly one argument (\(args.count - 1) given)") }
        try f.checkWritable()
        try interp.forEach(args[1]) { _ = try f.writeValue(interp, $0) }
        return .none
    }
    t.addMethod("close") { _, args in
        try fileSelf(args).closeFile()
        return .none
    }
    t.addMethod("flush") { _, args in
        let f = try fileSelf(args)
        try f.checkOpen()
        try f.flushWrites()
        return .none
    }
    t.addMethod("seek") { interp, args in
        let f = try fileSelf(args)
        let a = try clinicArgs(args, from: 1, "seek", ["cookie", "whence"], required: 1)
        try f.checkOpen()
        var offset = try interp.index(a[0] ?? .int(0))
        let whence = try a[1].map { try interp.index($0) } ?? 0
        guard whence >= 0 && whence <= 2 else {
            throw PyErr.valueError(f.binary ? "whence value \(whence) unsupported" : "invalid whence (\(whence), should be 0, 1 or 2)")
        }
        if !f.binary {
            if whence == 1 && offset != 0 { throw PyErr.make(BuiltinTypes.UnsupportedOperation, "can't do nonzero cur-relative seeks") }
            if whence == 2 && offset != 0 { throw PyErr.make(BuiltinTypes.UnsupportedOperation, "can't do nonzero end-relative seeks") }
            if offset < 0 { throw PyErr.valueError("negative seek position \(offset)") }
        }
        try f.flushWrites()
        if whence == 1 { offset -= f.rbuf.count - f.rpos }
        f.rbuf.removeAll(keepingCapacity: true)
        f.rpos = 0
        f.atEOF = false
        let r = lseek(f.fd, off_t(offset), Int32(whence))
        if r < 0 { throw osErrorFromErrno(errno) }
        return .int(Int(r))
    }
    t.addMethod("tell") { _, args in
        let f = try fileSelf(args)
        try f.checkOpen()
        return .int(try f.position())
    }
    t.addMethod("truncate") { interp, args in
        let f = try fileSelf(args)
        let a = try clinicArgs(args, from: 1, "truncate", ["pos"], required: 0)
        try f.checkWritable()
        try f.flushWrites()
        let size = try a[0].flatMap { $0.isNone ? nil : $0 }.map { try interp.index($0) } ?? (try f.position())
        if ftruncate(f.fd, off_t(size)) != 0 { throw osErrorFromErrno(errno) }
        return .int(size)
    }
    t.addMethod("fileno") { _, args in
        let f = try fileSelf(args)
        try f.checkOpen()
        return .int(Int(f.fd))
    }
    t.addMethod("isatty") { _, args in
        let f = try fileSelf(args)
        try f.checkOpen()
        return .bool(isatty(f.fd) != 0)
    }
    t.addMethod("readable") { _, args in let f = try fileSelf(args); try f.checkOpen(); return .bool(f.readable) }
    t.addMethod("writable") { _, args in let f = try fileSelf(args); try f.checkOpen(); return .bool(f.writable) }
    t.addMethod("seekable") { _, args in
        let f = try fileSelf(args)
        try f.checkOpen()
        return .bool(lseek(f.fd, 0, SEEK_CUR) >= 0)
    }
    t.addMethod("__iter__") { _, args in
        try fileSelf(args).checkOpen()
        return args[0]
    }
    t.addMethod("__next__") { interp, args in
        if let v = try fileSelf(args).next(interp) { return v }
        throw PyErr.stopIteration()
    }
    t.addMethod("__enter__") { _, args in
        try fileSelf(args).checkOpen()
        return args[0]
    }
    t.addMethod("__exit__") { _, args in
        try fileSelf(args).closeFile()
        return .none
    }
    t.addMethod("__repr__") { interp, args in
        let f = try fileSelf(args)
        let name = try interp.repr(f.nameValue)
        if f.binary { return Value("<_io.\(f.type.name) name=\(name)>") }
        return Value("<_io.TextIOWrapper name=\(name) mode=\(reprString(f.mode)) encoding=\(reprString(f.encodingName))>")
    }
    t.addGetter("closed") { _, v in .bool((v.asObject as? PyFile)?.closed ?? true) }
    t.addGetter("name") { _, v in (v.asObject as? PyFile)?.nameValue ?? .none }
    t.addGetter("mode") { _, v in Value((v.asObject as? PyFile)?.mode ?? "") }
    if t === BuiltinTypes.textIOFile {
        t.addGetter("encoding") { _, v in Value((v.asObject as? PyFile)?.encodingName ?? "UTF-8") }
        t.addGetter("errors") { _, v in Value((v.asObject as? PyFile)?.errors ?? "strict") }
        t.addGetter("newlines") { _, _ in .none }
        t.addGetter("line_buffering") { _, _ in .bool(false) }
    }
}

extension Interpreter {
    /// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
    func builtinOpen(_ args: Args) throws -> Value {
        let a = try clinicArgs(args, from: 0, "open",
                               ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
                               required: 1)
        let file = a[0] ?? .none
        var mode = "r"
        if let m = a[1] {
            guard let s = m.asStr else { throw PyErr.typeError("open() argument 'mode' must be str, not \(m.type.name)") }
            mode = s.value
        }
        func optStr(_ v: Value?, _ name: String) throws -> String? {
            guard let v = v, !v.isNone else { return nil }
            guard let s = v.asStr else { throw PyErr.typeError("open() argument '\(name)' must be str or None, not \(v.type.name)") }
            return s.value
        }
        let encoding = try optStr(a[3], "encoding")
        let errors = try optStr(a[4], "errors")
        let newline = try optStr(a[5], "newline")
        let closefd = try a[6].map { try isTrue($0) } ?? true
        if let o = a[7], !o.isNone { throw PyErr.notImplemented("open() with an opener is not supported by Coil") }

        var seen = Set<Character>()
        for c in mode {
            if !"axrwb+t".contains(c) || seen.contains(c) { throw PyErr.valueError("invalid mode: \(reprString(mode))") }
            seen.insert(c)
        }
        let creating = seen.contains("x"), reading = seen.contains("r"), writing = seen.contains("w")
        let appending = seen.contains("a"), updating = seen.contains("+")
        let text = seen.contains("t"), binary = seen.contains("b")
        if text && binary { throw PyErr.valueError("can't have text and binary mode at once") }
        let kinds = [creating, reading, writing, appending].filter { $0 }.count
        if kinds > 1 { throw PyErr.valueError("must have exactly one of create/read/write/append mode") }
        if kinds == 0 {
            throw PyErr.valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        }
        if binary && encoding != nil { throw PyErr.valueError("binary mode doesn't take an encoding argument") }
        if binary && errors != nil { throw PyErr.valueError("binary mode doesn't take an errors argument") }
        if binary && newline != nil { throw PyErr.valueError("binary mode doesn't take a newline argument") }
        if let nl = newline, !["", "\n", "\r", "\r\n"].contains(nl) {
            throw PyErr.valueError("illegal newline value: \(nl)")
        }
        var codec = TextCodec.utf8
        if let e = encoding {
            codec = try lookupTextCodec(e)
            switch codec {
            case .utf16, .utf32: throw PyErr.notImplemented("open() with encoding \(reprString(e)) is not supported by Coil")
            default: break
            }
        }

        var flags: Int32 = O_CLOEXEC
        if updating { flags |= O_RDWR } else if reading { flags |= O_RDONLY } else { flags |= O_WRONLY }
        if writing { flags |= O_CREAT | O_TRUNC }
        if appending { flags |= O_CREAT | O_APPEND }
        if creating { flags |= O_CREAT | O_EXCL }

        let fd: Int32
        if let n = file.intValue {
            guard n >= 0 else { throw PyErr.valueError("negative file descriptor") }
            fd = Int32(truncatingIfNeeded: n)
        } else {
            guard file.asStr != nil || file.asObject is PyBytes || file.type.lookup(intern("__fspath__")) != nil else {
                throw PyErr.typeError("expected str, bytes or os.PathLike object, not \(file.type.name)")
            }
            if !closefd { throw PyErr.valueError("Cannot use closefd=False with file name") }
            let path = try osPath(file)
            var r: Int32
            repeat { r = Glibc.open(path, flags, 0o666) } while r < 0 && errno == EINTR
            if r < 0 { throw osErrorFromErrno(errno, filename: file) }
            fd = r
            var st = stat()
            if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                Glibc.close(fd)
                throw osErrorFromErrno(EISDIR, filename: file)
            }
        }
        if appending { lseek(fd, 0, SEEK_END) }

        let readable = reading || updating
        let writable = !reading || updating
        let fileType: PyType
        var shownMode = mode
        if binary {
            fileType = updating ? BuiltinTypes.bufferedRandom : readable ? BuiltinTypes.bufferedReader : BuiltinTypes.bufferedWriter
            shownMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + "b" + (updating ? "+" : "")
        } else {
            fileType = BuiltinTypes.textIOFile
        }
        _ = BuiltinTypes.fileTypesInstalled
        let f = PyFile(fd: fd, name: file, mode: shownMode, binary: binary, readable: readable, writable: writable,
                       closefd: closefd, codec: codec, encodingName: encoding ?? "UTF-8", errors: errors ?? "strict",
                       newline: newline, type: fileType)
        return .object(f)
    }

    /// input(prompt): a line from sys.stdin without its newline.
    func builtinInput(_ args: Args) throws -> Value {
        if args.hasKeywords { throw PyErr.typeError("input() takes no keyword arguments") }
        try checkPositional("input", args.count, min: 0, max: 1)
        if args.count == 1 {
            try writeStdout(try str(args[0]))
            flushAll()
        }
        if let stdin = sysModule?.dict?.getStr("stdin"), !stdin.isNone, !(stdin.asObject is PyStdStream) {
            let r = try callMethod(stdin, "readline")
            guard let s = r.asStr?.value else { throw PyErr.typeError("object.readline() returned non-string") }
            if s.isEmpty { throw PyErr.make(BuiltinTypes.EOFError, "EOF when reading a line") }
            return Value(s.hasSuffix("\n") ? String(s.dropLast()) : s)
        }
        guard let line = readStdinLine(keepNewline: false) else {
            throw PyErr.make(BuiltinTypes.EOFError, "EOF when reading a line")
        }
        return Value(line)
    }
}

func installIOBuiltins(_ interp: Interpreter, _ b: PyDict) {
    for (name, fn) in [("open", { (i: Interpreter, a: Args) in try i.builtinOpen(a) } as NativeFunction),
                       ("input", { (i: Interpreter, a: Args) in try i.builtinInput(a) } as NativeFunction)] {
        b.setStr(interp.intern(name), .object(PyBuiltinFunction(name: name, ownerName: "builtins", fn: fn)))
    }
}
