// The file object `open()` returns: one buffered file descriptor (Glibc read/write/lseek).
// Binary files move bytes; text files decode/encode UTF-8, ASCII or Latin-1 and translate
// newlines on read (universal newlines by default). Buffered writes are flushed on close, at
// deallocation and at process exit (an atexit hook), so unclosed files lose nothing.

#if canImport(Glibc)
import Glibc
#endif

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
            n = rbuf.withUnsafeMutableBytes { raw in raw.baseAddress.map { read(fd, $0 + old, chunk) } ?? 0 }
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
            let n = wbuf.withUnsafeBytes { raw in raw.baseAddress.map { write(fd, $0 + off, raw.count - off) } ?? 0 }
            if n < 0 {
                if errno == EINTR { continue }
                throw osErrorFromErrno(errno)
            }
            if n == 0 { break }
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
                // Untranslated, \r\n is two characters: the limit may split it.
                if limit >= 0 && chars == limit && !m.translate { return take(p + 1, translate: false) }
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
func translateNewlines(_ b: [UInt8]) -> [UInt8] {
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
