// The sys module and the standard streams.

#if canImport(Glibc)
import Glibc
#endif

extension BuiltinTypes {
    public static let versionInfo = make("sys.version_info", tuple, layout: .tuple, flags: [])
}

extension Interpreter {
    func setupSysModule() {
        let d = PyDict()
        let sys = PyModule(name: "sys", dict: d)
        sysModule = sys
        modules.setStr("sys", .object(sys))
        func add(_ name: String, _ fn: @escaping NativeFunction) {
            d.setStr(intern(name), .object(PyBuiltinFunction(name: name, ownerName: "sys", fn: fn)))
        }
        d.setStr("modules", .object(modules))
        d.setStr("argv", .object(PyList(argv.map { Value($0) })))
        d.setStr("path", .object(PyList([])))
        d.setStr("version", Value("3.11.7 (Coil 0.1) [Swift]"))
        d.setStr("version_info", .object(PyTuple([.int(3), .int(11), .int(7), Value("final"), .int(0)], type: BuiltinTypes.versionInfo)))
        d.setStr("hexversion", .int(0x030B07F0))
        d.setStr("platform", Value("linux"))
        d.setStr("byteorder", Value("little"))
        d.setStr("maxsize", .int(Int.max))
        d.setStr("maxunicode", .int(0x10FFFF))
        d.setStr("executable", Value("/usr/local/bin/coil"))
        d.setStr("copyright", Value("Copyright (c) Coil authors."))
        d.setStr("implementation", .object(makeNamespace(["name": Value("coil"), "cache_tag": .none,
                                                          "version": d.getStr("version_info") ?? .none])))
        d.setStr("builtin_module_names", .object(PyTuple(["builtins", "sys"].map { Value($0) })))
        d.setStr("float_info", .object(makeNamespace(["max": .float(Double.greatestFiniteMagnitude), "min": .float(Double.leastNormalMagnitude),
                                                      "epsilon": .float(Double.ulpOfOne), "dig": .int(15), "mant_dig": .int(53)])))
        let stdout = PyStdStream(name: "<stdout>", fd: 1)
        let stderr = PyStdStream(name: "<stderr>", fd: 2)
        let stdin = PyStdStream(name: "<stdin>", fd: 0)
        d.setStr("stdout", .object(stdout)); d.setStr("__stdout__", .object(stdout))
        d.setStr("stderr", .object(stderr)); d.setStr("__stderr__", .object(stderr))
        d.setStr("stdin", .object(stdin)); d.setStr("__stdin__", .object(stdin))
        add("exit") { _, args in
            let e = PyBaseException(type: BuiltinTypes.SystemExit, args: args.count > 0 ? [args[0]] : [])
            e.setAttribute("code", args.count > 0 ? args[0] : .none)
            throw e
        }
        add("getrecursionlimit") { interp, _ in .int(interp.recursionLimit) }
        add("setrecursionlimit") { interp, args in
            guard args.count == 1, let n = args[0].intValue else { throw PyErr.typeError("setrecursionlimit() takes exactly one integer argument") }
            if n < 1 { throw PyErr.valueError("recursion limit must be greater or equal than 1") }
            interp.recursionLimit = n
            return .none
        }
        add("exc_info") { interp, _ in
            guard let e = interp.handled.asException else { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(e.type), interp.handled, e.traceback.map { .object($0) } ?? .none]))
        }
        add("exception") { interp, _ in interp.handled.asException.map { .object($0) } ?? .none }
        add("intern") { interp, args in
            guard args.count == 1, let s = args[0].asStr else { throw PyErr.typeError("intern() argument must be str") }
            return .object(interp.intern(s.value))
        }
        add("getsizeof") { _, args in
            throw PyErr.notImplemented("sys.getsizeof is not supported by Coil (object sizes differ from CPython's)")
        }
        add("getdefaultencoding") { _, _ in Value("utf-8") }
        add("getfilesystemencoding") { _, _ in Value("utf-8") }
        add("set_int_max_str_digits") { _, _ in .none }
        add("get_int_max_str_digits") { _, _ in .int(0) }
        add("_getframe") { interp, args in
            var depth = args.count > 0 ? (args[0].intValue ?? 0) : 0
            var f = interp.currentFrame
            while depth > 0, let cur = f { f = cur.caller; depth -= 1 }
            guard let frame = f else { throw PyErr.valueError("call stack is not deep enough") }
            return .object(PyFrameObject(frame))
        }
        installAsyncGenHooks(add)

        let tio = BuiltinTypes.textIOWrapper
        tio.addMethod("write") { interp, args in
            guard let s = args[0].asObject as? PyStdStream, args.count == 2 else { throw PyErr.typeError("write() takes exactly one argument") }
            guard let text = args[1].asStr else { throw PyErr.typeError("write() argument must be str, not \(args[1].type.name)") }
            if s.fd == 2 { interp.stdoutWriter.flush(); interp.stderrWriter.write(text.value) }
            else if s.fd == 1 { interp.stdoutWriter.write(text.value) }
            else { throw PyErr.make(BuiltinTypes.OSError, "not writable") }
            return .int(text.count)
        }
        tio.addMethod("flush") { interp, args in
            if let s = args[0].asObject as? PyStdStream { if s.fd == 2 { interp.stderrWriter.flush() } else { interp.stdoutWriter.flush() } }
            return .none
        }
        tio.addMethod("fileno") { _, args in .int(Int((args[0].asObject as? PyStdStream)?.fd ?? 0)) }
        tio.addMethod("isatty") { _, args in .bool(isatty((args[0].asObject as? PyStdStream)?.fd ?? 0) != 0) }
        tio.addMethod("readline") { interp, args in Value(interp.readStdinLine(keepNewline: true) ?? "") }
        tio.addMethod("read") { interp, args in
            var out = ""
            while let l = interp.readStdinLine(keepNewline: true) { out += l }
            return Value(out)
        }
        tio.addMethod("__iter__") { _, args in args[0] }
        tio.addMethod("__next__") { interp, args in
            guard let l = interp.readStdinLine(keepNewline: true) else { throw PyErr.stopIteration() }
            return Value(l)
        }
        tio.addGetter("name") { _, v in Value((v.asObject as? PyStdStream)?.name ?? "") }
        tio.addGetter("encoding") { _, _ in Value("utf-8") }
        tio.addMethod("__repr__") { _, args in
            Value("<_io.TextIOWrapper name='\((args[0].asObject as? PyStdStream)?.name ?? "")' mode='w' encoding='utf-8'>")
        }
        let vi = BuiltinTypes.versionInfo
        for (i, n) in ["major", "minor", "micro", "releaselevel", "serial"].enumerated() {
            vi.addGetter(n) { _, v in v.asTuple?.items[i] ?? .none }
        }
        vi.addMethod("__repr__") { _, _ in Value("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)") }
    }

    /// Sets sys.argv and sys.path[0] for a run.
    public func configureSys(argv: [String], path0: String) {
        self.argv = argv
        sysModule.dict?.setStr("argv", .object(PyList(argv.map { Value($0) })))
        var paths = [Value(path0)]
        for extra in (getenv("COILPATH").map { String(cString: $0) } ?? "").split(separator: ":") {
            paths.append(Value(String(extra)))
        }
        sysModule.dict?.setStr("path", .object(PyList(paths)))
    }

    /// A simple attribute bag (types.SimpleNamespace-like) for sys.implementation and friends.
    func makeNamespace(_ attrs: [String: Value]) -> PyObject {
        let o = PyInstance(type: BuiltinTypes.simpleNamespace)
        o.dict = PyDict()
        for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { o.dict?.setStr(k, v) }
        return o
    }

    /// One line from standard input (nil at end of file).
    func readStdinLine(keepNewline: Bool) -> String? {
        stdoutWriter.flush()
        var bytes: [UInt8] = []
        var c: UInt8 = 0
        while read(0, &c, 1) == 1 {
            bytes.append(c)
            if c == 10 { break }
        }
        if bytes.isEmpty { return nil }
        if !keepNewline && bytes.last == 10 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension BuiltinTypes {
    public static let simpleNamespace = make("types.SimpleNamespace", flags: [.baseType, .hasDict])
}
