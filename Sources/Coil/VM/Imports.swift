// The import system: built-in (native) modules, `.py` files and packages found on sys.path
// or a package's __path__, relative imports, `from … import …` and `import *`.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    /// IMPORT_NAME: returns the top package (no fromlist) or the named module.
    func importName(_ name: String, fromlist: Value, level: Value, globals: PyDict) throws -> Value {
        let lvl = level.intValue ?? 0
        var absName = name
        if lvl > 0 {
            absName = try resolveRelative(name, level: lvl, globals: globals)
        } else if name.isEmpty {
            throw PyErr.valueError("Empty module name")
        }
        let module = try importModule(absName)
        let hasFromlist = !fromlist.isNone && (fromlist.asTuple?.count ?? 1) > 0
        if !hasFromlist {
            if lvl > 0 || !absName.contains(".") { return lvl > 0 && name.isEmpty ? module : try topLevel(absName, name, lvl) }
            let top = String(absName.split(separator: ".")[0])
            return modules.getStr(top) ?? module
        }
        // `from package import submodule`: import submodules named in the fromlist.
        if case .object(let mo) = module, let m = mo as? PyModule, m.dict?.getStr("__path__") != nil {
            for item in try iterate(fromlist) {
                guard let s = item.asStr, s.value != "*" else { continue }
                if m.dict?.getStr(s.value) == nil {
                    do { _ = try importModule(absName + "." + s.value) }
                    catch let e as PyBaseException where e.type === BuiltinTypes.ModuleNotFoundError {}
                }
            }
        }
        return module
    }

    private func topLevel(_ absName: String, _ name: String, _ lvl: Int) throws -> Value {
        if lvl == 0 {
            let top = String(absName.split(separator: ".")[0])
            return modules.getStr(top) ?? .none
        }
        return try importModule(absName)
    }

    func resolveRelative(_ name: String, level: Int, globals: PyDict) throws -> String {
        var package = globals.getStr("__package__")?.asStr?.value
        if package == nil || package == "" {
            guard let modName = globals.getStr("__name__")?.asStr?.value else {
                throw PyErr.make(BuiltinTypes.ImportError, "attempted relative import with no known parent package")
            }
            if globals.getStr("__path__") != nil { package = modName }
            else if let dot = modName.lastIndex(of: ".") { package = String(modName[..<dot]) }
            else { package = "" }
        }
        guard let pkg = package, !pkg.isEmpty else {
            throw PyErr.make(BuiltinTypes.ImportError, "attempted relative import with no known parent package")
        }
        var parts = pkg.split(separator: ".").map(String.init)
        if level - 1 > parts.count - 1 && level > 1 {
            throw PyErr.make(BuiltinTypes.ImportError, "attempted relative import beyond top-level package")
        }
        parts.removeLast(level - 1)
        let base = parts.joined(separator: ".")
        return name.isEmpty ? base : base + "." + name
    }

    /// Imports `fullName` (dotted), importing its parents first.
    public func importModule(_ fullName: String) throws -> Value {
        if let m = modules.getStr(fullName) {
            if m.isNone { throw moduleNotFound(fullName) }
            return m
        }
        var parentPath: [String]? = nil
        var parent: PyModule? = nil
        if let factory = nativeModuleFactories[fullName] {
            if let dot = fullName.lastIndex(of: ".") { _ = try importModule(String(fullName[..<dot])) }
            if let m = modules.getStr(fullName) { return m }
            let module = try factory(self)
            modules.setStr(fullName, .object(module))
            if let dot = fullName.lastIndex(of: "."), case .object(let po) = modules.getStr(String(fullName[..<dot])) ?? .none {
                po.dict?.setStr(String(fullName[fullName.index(after: dot)...]), .object(module))
            }
            return .object(module)
        }
        if let dot = fullName.lastIndex(of: ".") {
            let parentName = String(fullName[..<dot])
            guard case .object(let po) = try importModule(parentName), let pm = po as? PyModule else {
                throw moduleNotFound(fullName)
            }
            parent = pm
            // Importing the parent may have registered the submodule (os registers os.path).
            if let m = modules.getStr(fullName), !m.isNone { return m }
            // Native submodules of native packages (collections.abc).
            if let factory = nativeModuleFactories[fullName] {
                let m = try factory(self)
                modules.setStr(fullName, .object(m))
                pm.dict?.setStr(String(fullName[fullName.index(after: dot)...]), .object(m))
                return .object(m)
            }
            if let p = pm.dict?.getStr("__path__") {
                parentPath = try iterate(p).compactMap { $0.asStr?.value }
            } else {
                let e = PyErr.make(BuiltinTypes.ModuleNotFoundError, "No module named '\(fullName)'; '\(parentName)' is not a package")
                e.setAttribute("name", Value(fullName))
                throw e
            }
        }
        let module: PyModule
        if parent == nil, let factory = nativeModuleFactories[fullName] {
            module = try factory(self)
            modules.setStr(fullName, .object(module))
        } else {
            let shortName = String(fullName.split(separator: ".").last ?? "")
            let searchPath = try parentPath ?? sysPath()
            if let (file, isPackage) = findModuleFile(shortName, in: searchPath) {
                module = try loadSourceModule(fullName, file: file, isPackage: isPackage)
            } else if parent == nil, let source = bundledModuleSources[fullName] {
                module = try loadBundledModule(fullName, source: source)
            } else {
                throw moduleNotFound(fullName)
            }
        }
        if let p = parent, let short = fullName.split(separator: ".").last {
            p.dict?.setStr(String(short), .object(module))
        }
        return .object(module)
    }

    func moduleNotFound(_ name: String) -> PyBaseException {
        let e = PyErr.make(BuiltinTypes.ModuleNotFoundError, "No module named '\(name)'")
        e.setAttribute("name", Value(name))
        return e
    }

    func sysPath() throws -> [String] {
        guard let p = sysModule?.dict?.getStr("path") else { return [] }
        return try iterate(p).compactMap { $0.asStr?.value }
    }

    func findModuleFile(_ name: String, in dirs: [String]) -> (String, Bool)? {
        for d in dirs {
            let dir = d.isEmpty ? "." : d
            let pkgInit = dir + "/" + name + "/__init__.py"
            if fileExists(pkgInit) { return (pkgInit, true) }
            let file = dir + "/" + name + ".py"
            if fileExists(file) { return (file, false) }
        }
        return nil
    }

    func loadSourceModule(_ name: String, file: String, isPackage: Bool) throws -> PyModule {
        guard let bytes = readFileBytes(file) else {
            throw PyErr.osError(BuiltinTypes.FileNotFoundError, errno: 2, message: "No such file or directory", filename: Value(file))
        }
        let source = try decodeSource(bytes, filename: file)
        let dict = PyDict()
        dict.setStr("__name__", Value(name))
        dict.setStr("__file__", Value(file))
        dict.setStr("__doc__", .none)
        dict.setStr("__builtins__", .object(builtinsModule))
        dict.setStr("__spec__", .none)
        dict.setStr("__loader__", .none)
        if isPackage {
            let dir = String(file.dropLast("/__init__.py".count))
            dict.setStr("__path__", .object(PyList([Value(dir)])))
            dict.setStr("__package__", Value(name))
        } else {
            let pkg = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? ""
            dict.setStr("__package__", Value(pkg))
        }
        let module = PyModule(name: name, dict: dict)
        modules.setStr(name, .object(module))
        do {
            let code = try compileSource(source, filename: file, mode: .file)
            _ = try runCode(code, globals: dict)
        } catch {
            modules.removeStr(intern(name))
            throw error
        }
        // The module may have replaced itself in sys.modules.
        if case .object(let o) = modules.getStr(name) ?? .none, let m = o as? PyModule { return m }
        return module
    }

    /// A standard-library module written in Python and built into the binary (Lib/).
    func loadBundledModule(_ name: String, source: String) throws -> PyModule {
        let dict = PyDict()
        dict.setStr("__name__", Value(name))
        dict.setStr("__file__", Value("<frozen \(name)>"))
        dict.setStr("__doc__", .none)
        dict.setStr("__builtins__", .object(builtinsModule))
        dict.setStr("__package__", Value(""))
        let module = PyModule(name: name, dict: dict)
        modules.setStr(name, .object(module))
        do {
            let code = try compileSource(source, filename: "<frozen \(name)>", mode: .file)
            _ = try runCode(code, globals: dict)
        } catch {
            modules.removeStr(intern(name))
            throw error
        }
        return module
    }

    /// IMPORT_FROM.
    func importFrom(_ module: Value, _ name: String) throws -> Value {
        if let v = try getAttrOrNil(module, name) { return v }
        let modName = (try? getAttr(module, "__name__"))?.asStr?.value ?? "?"
        if let sub = modules.getStr(modName + "." + name) { return sub }
        var location = "unknown location"
        if let f = (try? getAttr(module, "__file__"))?.asStr?.value { location = f }
        let e = PyErr.make(BuiltinTypes.ImportError, "cannot import name '\(name)' from '\(modName)' (\(location))")
        e.setAttribute("name", Value(modName))
        throw e
    }

    func importStar(_ module: Value, into ns: PyDict) throws {
        guard case .object(let o) = module, let d = o.dict else { return }
        if let all = d.getStr("__all__") {
            for n in try iterate(all) {
                guard let s = n.asStr else { continue }
                ns.setStr(intern(s.value), try getAttr(module, s.value))
            }
            return
        }
        d.forEach { k, v in
            if let s = k.asStr, !s.value.hasPrefix("_") { ns.setStr(intern(s.value), v) }
        }
    }

    /// Registers a module implemented in Swift, created on first import.
    public func registerNativeModule(_ name: String, _ factory: @escaping (Interpreter) throws -> PyModule) {
        nativeModuleFactories[name] = factory
    }

    /// A new native module with the given functions.
    public func makeNativeModule(_ name: String, _ functions: [(String, NativeFunction)]) -> PyModule {
        let d = PyDict()
        let m = PyModule(name: name, dict: d)
        for (n, f) in functions {
            d.setStr(intern(n), .object(PyBuiltinFunction(name: n, boundSelf: nil, ownerName: name, fn: f)))
        }
        return m
    }
}

// MARK: files (no Foundation)

func fileExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}

func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

func readFileBytes(_ path: String) -> [UInt8]? {
    guard let f = fopen(path, "rb") else { return nil }
    defer { fclose(f) }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = buf.withUnsafeMutableBytes { fread($0.baseAddress, 1, 65536, f) }
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    return out
}
