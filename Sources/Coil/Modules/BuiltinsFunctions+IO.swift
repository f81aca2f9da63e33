// open() and input(), and the methods of the file types (the PyFile object itself is in
// Objects/FileObject.swift).

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
        if let bv = a[2], let bi = bv.intValue, bi == 0, !binary { throw PyErr.valueError("can't have unbuffered text I/O") }
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
            guard file.asStr != nil || file.asObject is PyBytes || file.type.lookup(names.dfspath) != nil else {
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
