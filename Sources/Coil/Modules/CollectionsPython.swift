// The parts of `collections` written in Python (Lib/), run from the bundled sources:
// collections.abc (Lib/_collections_abc.py + Lib/_collections_abc_containers.py) and the
// classes ChainMap, UserDict, UserList and UserString (Lib/_collections_user.py).

/// The Lib/ files that make up collections.abc, run in this order in one namespace. It is two
/// files only to keep each readable; part 2 builds on part 1's classes.
private let collectionsABCParts = ["_collections_abc", "_collections_abc_containers"]

extension Interpreter {
    /// Runs bundled Lib/ sources, in order, with `ns` as their globals.
    fileprivate func runBundled(_ names: [String], in ns: PyDict) throws {
        for name in names {
            guard let source = bundledModuleSources[name] else {
                throw PyErr.make(BuiltinTypes.ImportError, "bundled source \(name) is missing")
            }
            let code = try compileSource(source, filename: "<frozen \(name)>", mode: .file)
            _ = try runCode(code, globals: ns)
        }
    }
}

/// `collections.abc`. Registered in sys.modules before its code runs, as for any module, so
/// that an import cycle back into it finds the partly built module.
func makeCollectionsABCModule(_ interp: Interpreter) throws -> PyModule {
    let name = "collections.abc"
    let d = PyDict()
    d.setStr("__name__", Value(name))
    d.setStr("__file__", Value("<frozen \(name)>"))
    d.setStr("__builtins__", .object(interp.builtinsModule))
    d.setStr("__package__", Value("collections"))
    let module = PyModule(name: name, dict: d)
    interp.modules.setStr(name, .object(module))
    do {
        try interp.runBundled([collectionsABCParts[0]], in: d)
        let doc = d.getStr("__doc__") ?? .none
        try interp.runBundled(Array(collectionsABCParts.dropFirst()), in: d)
        d.setStr("__doc__", doc)
    } catch {
        interp.modules.removeStr(interp.intern(name))
        throw error
    }
    return module
}

/// `_collections_abc` is another name for collections.abc (a second copy would have classes
/// that are not the same objects).
func makePrivateCollectionsABCModule(_ interp: Interpreter) throws -> PyModule {
    guard case .object(let o) = try interp.importModule("collections.abc"), let m = o as? PyModule else {
        throw PyErr.make(BuiltinTypes.ImportError, "collections.abc is not a module")
    }
    return m
}

/// Names of `collections` defined in Lib/_collections_user.py, compiled on first access.
let pythonCollectionsNames: Set<String> = ["ChainMap", "UserDict", "UserList", "UserString"]

/// Runs Lib/_collections_user.py as part of the collections module (so its classes say
/// `__module__ == 'collections'`) and stores its classes in `collections`' namespace.
func loadPythonCollections(_ interp: Interpreter, into d: PyDict) throws {
    let ns = PyDict()
    ns.setStr("__name__", Value("collections"))
    ns.setStr("__builtins__", .object(interp.builtinsModule))
    try interp.runBundled(["_collections_user"], in: ns)
    for n in pythonCollectionsNames {
        guard let v = ns.getStr(n) else { throw PyErr.make(BuiltinTypes.ImportError, "collections.\(n) is missing") }
        d.setStr(n, v)
    }
}
