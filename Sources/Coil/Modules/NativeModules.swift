// The table of modules implemented in Swift, imported on demand.

extension Interpreter {
    func registerNativeModules() {
        for (name, factory) in nativeModuleTable { registerNativeModule(name, factory) }
    }
}

/// Name → factory for every built-in module.
let nativeModuleTable: [(String, (Interpreter) throws -> PyModule)] = [
    ("greenlet", makeGreenletModule),
    ("traceback", makeTracebackModule),
    ("math", makeMathModule),
    ("time", makeTimeModule),
    ("os", makeOSModule),
    ("os.path", makePathModuleViaOS),
    ("posixpath", makePathModuleViaOS),
    ("json", makeJSONModule),
    ("random", makeRandomModule),
    ("types", makeTypesModule),
    ("gc", makeGCModule),
    ("functools", makeFunctoolsModule),
    ("operator", makeOperatorModule),
    ("itertools", makeItertoolsModule),
    ("collections", makeCollectionsModule),
    ("collections.abc", makeCollectionsABCModule),
    ("_collections_abc", makePrivateCollectionsABCModule),
]

/// Builtin functions beyond the core ones (BuiltinsCore.swift).
func installMoreBuiltins(_ interp: Interpreter) {
    for installer in moreBuiltinInstallers { installer(interp, interp.builtins) }
}

let moreBuiltinInstallers: [(Interpreter, PyDict) -> Void] = [
    installIteratorBuiltins,
    installBuiltinFunctions,
]
