// The `os` module: processes, environment, files and directories over Glibc. `os.environ` is
// a dict subclass filled from the environment at import whose item assignment and deletion
// also update the process environment (as CPython's os._Environ). os.path is OSPath.swift.

#if canImport(Glibc)
import Glibc
#endif

private let statFields = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                          "st_atime", "st_mtime", "st_ctime"]

extension BuiltinTypes {
    static let statResult: PyType = {
        let t = makeStructSeqType(name: "stat_result", module: "os", fields: statFields,
                                  extra: ["st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"])
        // The attributes give float times; the tuple items are whole seconds (as CPython).
        for n in ["st_atime", "st_mtime", "st_ctime"] {
            t.addGetter(n) { _, v in
                if let f = v.asObject?.dict?.getStr("_" + n) { return f }
                guard let tup = v.asTuple, let i = statFields.firstIndex(of: n), i < tup.count else { return .none }
                return tup.items[i]
            }
        }
        return t
    }()
    static let osEnviron: PyType = {
        let t = make("_Environ", dict, layout: .dict, flags: [])
        t.addValue("__module__", Value("os"))
        t.addMethod("__setitem__") { interp, args in
            guard args.count == 3, let d = args[0].asDict else { throw PyErr.typeError("expected 2 arguments") }
            guard let k = args[1].asStr else { throw PyErr.typeError("str expected, not \(args[1].type.name)") }
            guard let v = args[2].asStr else { throw PyErr.typeError("str expected, not \(args[2].type.name)") }
            if k.value.isEmpty || k.value.contains("=") { throw PyErr.valueError("illegal environment variable name") }
            setenv(k.value, v.value, 1)
            d.setStr(k, args[2])
            return .none
        }
        t.addMethod("__delitem__") { interp, args in
            guard args.count == 2, let d = args[0].asDict else { throw PyErr.typeError("expected 1 argument") }
            guard let k = args[1].asStr, d.removeStr(k) != nil else { throw PyErr.keyError(args[1]) }
            unsetenv(k.value)
            return .none
        }
        t.addMethod("__repr__") { interp, args in
            guard let d = args[0].asDict else { return Value("environ({})") }
            var parts: [String] = []
            try d.forEach { k, v in parts.append("\(try interp.repr(k)): \(try interp.repr(v))") }
            return Value("environ({\(parts.joined(separator: ", "))})")
        }
        t.addMethod("copy") { _, args in
            let out = PyDict()
            args[0].asDict?.forEach { k, v in out.setStr(k.asStr ?? PyStr(""), v) }
            return .object(out)
        }
        return t
    }()
}

/// The OSError subclass CPython raises for an errno value.
func osErrorType(_ err: Int32) -> PyType {
    switch err {
    case ENOENT: return BuiltinTypes.FileNotFoundError
    case EEXIST: return BuiltinTypes.FileExistsError
    case EISDIR: return BuiltinTypes.IsADirectoryError
    case ENOTDIR: return BuiltinTypes.NotADirectoryError
    case EACCES, EPERM: return BuiltinTypes.PermissionError
    case EAGAIN, EALREADY, EINPROGRESS: return BuiltinTypes.BlockingIOError
    case ECHILD: return BuiltinTypes.ChildProcessError
    case EPIPE, ESHUTDOWN: return BuiltinTypes.BrokenPipeError
    case ECONNABORTED: return BuiltinTypes.ConnectionAbortedError
    case ECONNREFUSED: return BuiltinTypes.ConnectionRefusedError
    case ECONNRESET: return BuiltinTypes.ConnectionResetError
    case EINTR: return BuiltinTypes.InterruptedError
    case ESRCH: return BuiltinTypes.ProcessLookupError
    case ETIMEDOUT: return BuiltinTypes.TimeoutError
    default: return BuiltinTypes.OSError
    }
}

/// An OSError for the current `errno`, like PyErr_SetFromErrnoWithFilenameObject.
func osErrorFromErrno(_ err: Int32 = errno, filename: Value? = nil, filename2: Value? = nil) -> PyBaseException {
    let msg = String(cString: strerror(err))
    let e = PyErr.osError(osErrorType(err), errno: err, message: msg, filename: filename)
    if let f2 = filename2 { e.setAttribute("filename2", f2) }
    return e
}

extension Interpreter {
    /// os.fspath: str, bytes (decoded) or an object with `__fspath__`.
    func osPath(_ v: Value, _ fname: String = "") throws -> String {
        if let s = v.asStr { return s.value }
        if case .object(let o) = v {
            if let b = o as? PyBytes, !b.isMutable { return String(decoding: b.bytes, as: UTF8.self) }
            if let m = o.type.lookup(names.dfspath) {
                let r = try callValues(m, [v])
                if let s = r.asStr { return s.value }
                if let b = r.asObject as? PyBytes { return String(decoding: b.bytes, as: UTF8.self) }
                throw PyErr.typeError("expected \(o.type.name).__fspath__() to return str or bytes, not \(r.type.name)")
            }
        }
        let prefix = fname.isEmpty ? "" : "\(fname): "
        throw PyErr.typeError("\(prefix)path should be string, bytes or os.PathLike, not \(v.type.name)")
    }

    /// The argument named `name` at position `i`, or the keyword, or nil.
    func osArg(_ args: Args, _ i: Int, _ name: String) -> Value? {
        if i < args.count { return args[i] }
        return args.keyword(name)
    }
}

private func osStat(_ path: String, follow: Bool, original: Value) throws -> Value {
    var st = stat()
    let rc = follow ? stat(path, &st) : lstat(path, &st)
    if rc != 0 { throw osErrorFromErrno(filename: original) }
    func secs(_ ts: timespec) -> Double { Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9 }
    func ns(_ ts: timespec) -> Value { makeInt(BigInt(ts.tv_sec) * BigInt(1_000_000_000) + BigInt(ts.tv_nsec)) }
    let items: [Value] = [
        .int(Int(st.st_mode)), .int(Int(st.st_ino)), .int(Int(st.st_dev)), .int(Int(st.st_nlink)),
        .int(Int(st.st_uid)), .int(Int(st.st_gid)), .int(Int(st.st_size)),
        .int(Int(st.st_atim.tv_sec)), .int(Int(st.st_mtim.tv_sec)), .int(Int(st.st_ctim.tv_sec)),
    ]
    return makeStructSeq(BuiltinTypes.statResult, items, [
        ("_st_atime", .float(secs(st.st_atim))), ("_st_mtime", .float(secs(st.st_mtim))),
        ("_st_ctime", .float(secs(st.st_ctim))),
        ("st_atime_ns", ns(st.st_atim)), ("st_mtime_ns", ns(st.st_mtim)), ("st_ctime_ns", ns(st.st_ctim)),
        ("st_blksize", .int(Int(st.st_blksize))), ("st_blocks", .int(Int(st.st_blocks))), ("st_rdev", .int(Int(st.st_rdev))),
    ])
}

/// Names in a directory (without "." and ".."), in readdir order like CPython.
func osListdir(_ path: String, original: Value) throws -> [String] {
    guard let dir = opendir(path) else { throw osErrorFromErrno(filename: original) }
    defer { closedir(dir) }
    var names: [String] = []
    while let ent = readdir(dir) {
        let name = withUnsafePointer(to: &ent.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

func osIsDir(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

private func makedirs(_ interp: Interpreter, _ path: String, mode: mode_t, existOK: Bool, original: Value) throws {
    let (head, tail) = posixSplit(path)
    var h = head, t = tail
    if t.isEmpty { (h, t) = posixSplit(h) }
    if !h.isEmpty && !t.isEmpty && !osPathExists(h) {
        do { try makedirs(interp, h, mode: mode, existOK: true, original: Value(h)) }
        catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.FileExistsError) {}
        if t == "." { return }
    }
    if mkdir(path, mode) != 0 {
        let err = errno
        if !existOK || !osIsDir(path) { throw osErrorFromErrno(err, filename: original) }
    }
}

private func urandomBytes(_ n: Int) throws -> [UInt8] {
    // getrandom(2) is not exported by the Glibc module; /dev/urandom is the same pool.
    var out = [UInt8](repeating: 0, count: n)
    if n == 0 { return out }
    let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw osErrorFromErrno() }
    defer { close(fd) }
    var filled = 0
    while filled < n {
        let r = out.withUnsafeMutableBytes { buf -> Int in
            guard let base = buf.baseAddress else { return 0 }
            return read(fd, base + filled, n - filled)
        }
        if r < 0 {
            if errno == EINTR { continue }
            throw osErrorFromErrno()
        }
        if r == 0 { throw PyErr.make(BuiltinTypes.OSError, "/dev/urandom returned no data") }
        filled += r
    }
    return out
}

/// Cryptographic random bytes (os.urandom, random.seed()).
func osRandomBytes(_ n: Int) -> [UInt8] { (try? urandomBytes(n)) ?? [UInt8](repeating: 0, count: n) }

func makeOSModule(_ interp: Interpreter) throws -> PyModule {
    func pathFn(_ name: String, _ body: @escaping (Interpreter, String, Value) throws -> Value) -> (String, NativeFunction) {
        (name, { interp, args in
            guard let p = interp.osArg(args, 0, "path") else {
                throw PyErr.typeError("\(name)() missing required argument 'path' (pos 1)")
            }
            return try body(interp, try interp.osPath(p, name), p)
        })
    }
    let m = interp.makeNativeModule("os", [
        ("getpid", { _, _ in .int(Int(getpid())) }),
        ("getppid", { _, _ in .int(Int(getppid())) }),
        ("getuid", { _, _ in .int(Int(getuid())) }),
        ("geteuid", { _, _ in .int(Int(geteuid())) }),
        ("getgid", { _, _ in .int(Int(getgid())) }),
        ("getcwd", { _, _ in
            var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            guard getcwd(&buf, buf.count) != nil else { throw osErrorFromErrno() }
            return Value(String(cString: buf))
        }),
        pathFn("chdir") { _, p, o in
            if chdir(p) != 0 { throw osErrorFromErrno(filename: o) }
            return .none
        },
        ("listdir", { interp, args in
            let pv = interp.osArg(args, 0, "path") ?? .none
            let p = pv.isNone ? "." : try interp.osPath(pv, "listdir")
            return .object(PyList(try osListdir(p, original: pv.isNone ? Value(".") : pv).map { Value($0) }))
        }),
        ("mkdir", { interp, args in
            guard let o = interp.osArg(args, 0, "path") else { throw PyErr.typeError("mkdir() missing required argument 'path' (pos 1)") }
            let p = try interp.osPath(o, "mkdir")
            let mode = try interp.osArg(args, 1, "mode").map { try interp.index($0) } ?? 0o777
            if mkdir(p, mode_t(truncatingIfNeeded: mode)) != 0 { throw osErrorFromErrno(filename: o) }
            return .none
        }),
        ("makedirs", { interp, args in
            guard let pv = interp.osArg(args, 0, "name") else {
                throw PyErr.typeError("makedirs() missing 1 required positional argument: 'name'")
            }
            let mode = interp.osArg(args, 1, "mode")?.intValue ?? 0o777
            let existOK = try interp.isTrue(interp.osArg(args, 2, "exist_ok") ?? .false)
            try makedirs(interp, try interp.osPath(pv, "makedirs"), mode: mode_t(mode), existOK: existOK, original: pv)
            return .none
        }),
        pathFn("remove") { _, p, o in
            if unlink(p) != 0 { throw osErrorFromErrno(filename: o) }
            return .none
        },
        pathFn("unlink") { _, p, o in
            if unlink(p) != 0 { throw osErrorFromErrno(filename: o) }
            return .none
        },
        pathFn("rmdir") { _, p, o in
            if rmdir(p) != 0 { throw osErrorFromErrno(filename: o) }
            return .none
        },
        ("rename", { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("rename() takes exactly 2 arguments") }
            if rename(try interp.osPath(args[0], "rename"), try interp.osPath(args[1], "rename")) != 0 {
                throw osErrorFromErrno(filename: args[0], filename2: args[1])
            }
            return .none
        }),
        ("replace", { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("replace() takes exactly 2 arguments") }
            if rename(try interp.osPath(args[0], "replace"), try interp.osPath(args[1], "replace")) != 0 {
                throw osErrorFromErrno(filename: args[0], filename2: args[1])
            }
            return .none
        }),
        pathFn("stat") { _, p, o in try osStat(p, follow: true, original: o) },
        pathFn("lstat") { _, p, o in try osStat(p, follow: false, original: o) },
        ("access", { interp, args in
            guard args.count >= 2, let mode = args[1].intValue else { throw PyErr.typeError("access() takes 2 arguments") }
            return .bool(access(try interp.osPath(args[0], "access"), Int32(mode)) == 0)
        }),
        ("getenv", { interp, args in
            guard let k = interp.osArg(args, 0, "key") else { throw PyErr.typeError("getenv() missing 1 required positional argument: 'key'") }
            let dflt = interp.osArg(args, 1, "default") ?? .none
            if let env = interp.modules.getStr("os")?.asObject?.dict?.getStr("environ"), let d = env.asDict {
                guard k.asStr != nil else { throw PyErr.typeError("str expected, not \(k.type.name)") }
                return try interp.dictGet(d, k) ?? dflt
            }
            guard let ks = k.asStr else { throw PyErr.typeError("str expected, not \(k.type.name)") }
            if let v = getenv(ks.value) { return Value(String(cString: v)) }
            return dflt
        }),
        ("putenv", { interp, args in
            guard args.count == 2, let k = args[0].asStr, let v = args[1].asStr else {
                throw PyErr.typeError("putenv() takes 2 str arguments")
            }
            if k.value.isEmpty || k.value.contains("=") { throw PyErr.valueError("illegal environment variable name") }
            setenv(k.value, v.value, 1)
            return .none
        }),
        ("unsetenv", { interp, args in
            guard args.count == 1, let k = args[0].asStr else { throw PyErr.typeError("unsetenv() takes 1 str argument") }
            unsetenv(k.value)
            return .none
        }),
        ("cpu_count", { _, _ in
            let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
            return n > 0 ? .int(n) : .none
        }),
        ("urandom", { interp, args in
            guard args.count == 1, let n = args[0].intValue else { throw PyErr.typeError("urandom() takes one integer argument") }
            if n < 0 { throw PyErr.valueError("negative argument not allowed") }
            return .object(PyBytes(try urandomBytes(n)))
        }),
        ("fspath", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("fspath() takes exactly one argument") }
            let v = args[0]
            if v.asStr != nil || v.asObject is PyBytes { return v }
            if let m = v.type.lookup(interp.names.dfspath) { return try interp.callValues(m, [v]) }
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not \(v.type.name)")
        }),
        ("strerror", { _, args in
            guard args.count == 1, let n = args[0].intValue else { throw PyErr.typeError("strerror() takes one integer argument") }
            return Value(String(cString: strerror(Int32(truncatingIfNeeded: n))))
        }),
        ("system", { interp, args in
            guard args.count == 1, let c = args[0].asStr else { throw PyErr.typeError("system() takes one str argument") }
            interp.stdoutWriter.flush()
            return .int(Int(system(c.value)))
        }),
        ("_exit", { interp, args in
            interp.stdoutWriter.flush()
            _exit(Int32(truncatingIfNeeded: args.count > 0 ? (args[0].intValue ?? 0) : 0))
        }),
        ("walk", osWalk),
    ])
    let d = m.dict
    let env = PyDict(type: BuiltinTypes.osEnviron)
    var p = environ
    while let entry = p.pointee {
        let s = String(cString: entry)
        if let eq = s.firstIndex(of: "=") {
            env.setStr(String(s[..<eq]), Value(String(s[s.index(after: eq)...])))
        }
        p += 1
    }
    d?.setStr("environ", .object(env))
    d?.setStr("name", Value("posix"))
    d?.setStr("sep", Value("/"))
    d?.setStr("altsep", .none)
    d?.setStr("extsep", Value("."))
    d?.setStr("pathsep", Value(":"))
    d?.setStr("linesep", Value("\n"))
    d?.setStr("curdir", Value("."))
    d?.setStr("pardir", Value(".."))
    d?.setStr("defpath", Value("/bin:/usr/bin"))
    d?.setStr("devnull", Value("/dev/null"))
    d?.setStr("error", .object(BuiltinTypes.OSError))
    d?.setStr("stat_result", .object(BuiltinTypes.statResult))
    d?.setStr("F_OK", .int(Int(F_OK))); d?.setStr("R_OK", .int(Int(R_OK)))
    d?.setStr("W_OK", .int(Int(W_OK))); d?.setStr("X_OK", .int(Int(X_OK)))
    let path = makePosixPathModule(interp)
    d?.setStr("path", .object(path))
    interp.modules.setStr("posixpath", .object(path))
    interp.modules.setStr("os.path", .object(path))
    return m
}

/// os.walk(top, topdown=True): a native iterator that reads each directory when it is reached,
/// so a top-down caller can prune `dirnames` in place.
private final class OSWalkIterator: PyNativeIterator {
    var stack: [String]
    var pendingDirs: (String, PyList)?
    let topdown: Bool
    var bottomUp: [Value] = []
    var started = false

    init(top: String, topdown: Bool) {
        stack = [top]
        self.topdown = topdown
        super.init(type: BuiltinTypes.osWalkIterator)
    }

    func scan(_ dir: String) -> (PyList, PyList)? {
        guard let names = try? osListdir(dir, original: Value(dir)) else { return nil }
        var dirs: [Value] = [], files: [Value] = []
        for n in names {
            if osIsDir(posixJoin(dir, n)) { dirs.append(Value(n)) } else { files.append(Value(n)) }
        }
        return (PyList(dirs), PyList(files))
    }

    func walkBottomUp(_ dir: String) {
        guard let (dirs, files) = scan(dir) else { return }
        for dv in dirs.items {
            if let n = dv.asStr?.value {
                let p = posixJoin(dir, n)
                var st = stat()
                if lstat(p, &st) == 0 && (st.st_mode & S_IFMT) != S_IFLNK { walkBottomUp(p) }
            }
        }
        bottomUp.append(.object(PyTuple([Value(dir), .object(dirs), .object(files)])))
    }

    override func next(_ interp: Interpreter) throws -> Value? {
        if !topdown {
            if !started {
                started = true
                if let top = stack.first { walkBottomUp(top) }
                bottomUp.reverse()
            }
            return bottomUp.popLast()
        }
        if let (dir, dirs) = pendingDirs {
            pendingDirs = nil
            for dv in dirs.items.reversed() {
                if let n = dv.asStr?.value {
                    let p = posixJoin(dir, n)
                    var st = stat()
                    if lstat(p, &st) == 0 && (st.st_mode & S_IFMT) != S_IFLNK { stack.append(p) }
                }
            }
        }
        while let dir = stack.popLast() {
            guard let (dirs, files) = scan(dir) else { continue }
            pendingDirs = (dir, dirs)
            return .object(PyTuple([Value(dir), .object(dirs), .object(files)]))
        }
        return nil
    }
}

extension BuiltinTypes {
    static let osWalkIterator = make("generator", flags: [])
}

private func osWalk(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard let top = interp.osArg(args, 0, "top") else { throw PyErr.typeError("walk() missing 1 required positional argument: 'top'") }
    let topdown = try interp.isTrue(interp.osArg(args, 1, "topdown") ?? .true)
    return .object(OSWalkIterator(top: try interp.osPath(top, "walk"), topdown: topdown))
}
