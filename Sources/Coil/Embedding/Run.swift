// The embedding API: compile and run source, evaluate expressions, run a main script with
// CPython's exit-code rules.

extension Interpreter {
    /// Decodes UTF-8 source (a BOM is dropped); invalid bytes are a SyntaxError like CPython's.
    func decodeSource(_ bytes: [UInt8], filename: String) throws -> String {
        var b = bytes[...]
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
        guard let s = String(validatingUTF8Bytes: b) else {
            let info = SyntaxErrorInfo(message: "(unicode error) 'utf-8' codec can't decode bytes", filename: filename,
                                       line: 1, column: 0, text: nil)
            throw makeSyntaxError(info)
        }
        return s
    }

    /// Parses and compiles source; syntax errors become SyntaxError exceptions.
    public func compileSource(_ source: String, filename: String, mode: ParseMode) throws -> CodeObject {
        registerSource(source, filename: filename)
        do {
            let module = try parseModule(source, filename: filename, mode: mode)
            return try compileModule(module, source: source, filename: filename, mode: mode)
        } catch let info as SyntaxErrorInfo {
            throw makeSyntaxError(info)
        }
    }

    /// Executes module-level code with `globals` as its namespace.
    public func runCode(_ code: CodeObject, globals: PyDict, locals: PyDict? = nil) throws -> Value {
        if globals.getStr("__builtins__") == nil, let b = builtinsModule { globals.setStr("__builtins__", .object(b)) }
        let frame = Frame(code: code, rt: runtime(for: code), globals: globals, builtins: builtins)
        frame.locals = locals ?? globals
        try pushDepth()
        let result: ExecResult
        do {
            result = try execute(frame)
        } catch {
            runPendingFinalizers()
            throw error
        }
        runPendingFinalizers()
        switch result {
        case .returned(let v), .yielded(let v): return v
        }
    }

    /// A fresh `__main__` module namespace.
    public func makeMainModule(file: String?) -> PyDict {
        let d = PyDict()
        d.setStr("__name__", Value("__main__"))
        d.setStr("__doc__", .none)
        d.setStr("__package__", .none)
        d.setStr("__spec__", .none)
        d.setStr("__loader__", .none)
        d.setStr("__builtins__", .object(builtinsModule))
        if let f = file { d.setStr("__file__", Value(f)) }
        modules.setStr("__main__", .object(PyModule(name: "__main__", dict: d)))
        return d
    }

    /// Runs `source` as the main program and returns the process exit status, printing any
    /// uncaught exception's traceback to stderr (SystemExit decides the status itself).
    public func runMain(source: String, filename: String) -> Int32 {
        mainPath = filename
        let globals = makeMainModule(file: filename == "<string>" || filename == "<stdin>" ? nil : filename)
        defer { flushAll() }
        do {
            let code = try compileSource(source, filename: filename, mode: .file)
            _ = try runCode(code, globals: globals)
            return 0
        } catch let e as PyBaseException {
            return handleUncaught(e)
        } catch {
            writeStderr("internal error: \(error)\n")
            return 1
        }
    }

    /// Runs a script file as `__main__`.
    public func runFile(_ path: String) -> Int32 {
        guard let bytes = readFileBytes(path) else {
            writeStderr("coil: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        let source: String
        do {
            source = try decodeSource(bytes, filename: path)
        } catch let e as PyBaseException {
            return handleUncaught(e)
        } catch {
            return 1
        }
        return runMain(source: source, filename: path)
    }

    /// Prints an uncaught exception (or applies SystemExit) and returns the exit status.
    public func handleUncaught(_ e: PyBaseException) -> Int32 {
        stdoutWriter.flush()
        if e.type.isSubtype(of: BuiltinTypes.SystemExit) {
            let code = e.attribute("code") ?? (e.args.items.first ?? .none)
            switch code {
            case .none: return 0
            case .int(let i): return Int32(truncatingIfNeeded: i)
            case .bool(let b): return b ? 1 : 0
            default:
                writeStderr(((try? str(code)) ?? "") + "\n")
                return 1
            }
        }
        writeStderr(formatException(e))
        return 1
    }

    /// Evaluates an expression in a namespace (embedding convenience).
    public func eval(_ source: String, globals: PyDict? = nil) throws -> Value {
        let code = try compileSource(source, filename: "<string>", mode: .eval)
        return try runCode(code, globals: globals ?? makeMainModule(file: nil))
    }

    public func flushAll() {
        if let out = sysModule?.dict?.getStr("stdout"), !(out.asObject is PyStdStream) {
            if let f = try? getAttrOrNil(out, "flush") { _ = try? callValues(f, []) }
        }
        stdoutWriter.flush()
        stderrWriter.flush()
    }
}

extension String {
    /// Strict UTF-8 decoding (nil for invalid input), without Foundation.
    init?<C: Collection>(validatingUTF8Bytes bytes: C) where C.Element == UInt8 {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(scalars)
    }
}

extension Interpreter {
    /// `coil --dis -c CODE`: prints the disassembly instead of running.
    public func disassembleSource(_ source: String, filename: String) -> Int32 {
        do {
            let code = try compileSource(source, filename: filename, mode: .file)
            stdoutWriter.write(disassemble(code))
            stdoutWriter.flush()
            return 0
        } catch let e as PyBaseException {
            return handleUncaught(e)
        } catch {
            return 1
        }
    }

    public func disassembleFile(_ path: String) -> Int32 {
        guard let bytes = readFileBytes(path) else {
            writeStderr("coil: can't open file '\(path)': [Errno 2] No such file or directory\n")
            return 2
        }
        return disassembleSource(String(decoding: bytes, as: UTF8.self), filename: path)
    }

    /// `coil -m module`: finds the module on sys.path and runs it as `__main__`.
    public func runModuleAsMain(_ name: String) -> Int32 {
        do {
            let short = String(name.split(separator: ".").last ?? "")
            var dirs = try sysPath()
            if name.contains(".") {
                let parent = String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
                if case .object(let po) = try importModule(parent), let p = po.dict?.getStr("__path__") {
                    dirs = try iterate(p).compactMap { $0.asStr?.value }
                }
            }
            guard let (file, isPackage) = findModuleFile(short, in: dirs) else {
                writeStderr("coil: No module named \(name)\n")
                return 1
            }
            let target = isPackage ? String(file.dropLast("__init__.py".count)) + "__main__.py" : file
            return runFile(target)
        } catch let e as PyBaseException {
            return handleUncaught(e)
        } catch {
            return 1
        }
    }
}
