// The `types` module: the interpreter's own type objects under their public names,
// SimpleNamespace's methods, MethodType construction, types.coroutine and new_class.

/// Installed once per process (builtinInstallers): SimpleNamespace's and method's dunders.
func installTypesModuleTypes() {
    let ns = BuiltinTypes.simpleNamespace
    ns.name = "SimpleNamespace"
    ns.qualname = "SimpleNamespace"
    ns.addValue("__module__", Value("types"))
    ns.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("SimpleNamespace.__new__(X): X is not a type object") }
        let o = PyInstance(type: cls)
        if o.dict == nil { o.dict = PyDict() }
        return .object(o)
    }
    ns.addMethod("__init__") { _, args in
        if args.count > 1 { throw PyErr.typeError("no positional arguments expected") }
        guard case .object(let o) = args[0] else { return .none }
        if o.dict == nil { o.dict = PyDict() }
        for (k, v) in args.keywords { o.dict?.setStr(k, v) }
        return .none
    }
    ns.addMethod("__repr__") { interp, args in
        guard case .object(let o) = args[0] else { return Value("namespace()") }
        let name = o.type === BuiltinTypes.simpleNamespace ? "namespace" : o.type.name
        return Value(try interp.reprGuarded(o, placeholder: "\(name)(...)") {
            var parts: [String] = []
            try o.dict?.forEach { k, v in
                if let s = k.asStr { parts.append("\(s.value)=\(try interp.repr(v))") }
            }
            return "\(name)(\(parts.joined(separator: ", ")))"
        })
    }
    ns.addMethod("__eq__") { interp, args in
        guard args.count == 2, args[0].type.isSubtype(of: BuiltinTypes.simpleNamespace),
              args[1].type.isSubtype(of: BuiltinTypes.simpleNamespace),
              let a = args[0].asObject?.dict, let b = args[1].asObject?.dict else {
            return .object(BuiltinTypes.notImplemented)
        }
        return try interp.compare(.object(a), .object(b), 0)
    }
    ns.addValue("__hash__", .none)
    ns.addMethod("__reduce__") { _, args in
        let d = args[0].asObject?.dict ?? PyDict()
        return .object(PyTuple([.object(args[0].type), .object(PyTuple.empty), .object(d)]))
    }

    let ga = BuiltinTypes.genericAlias
    if ga.typeDict.getStr("__new__") == nil {
        ga.addStaticMethod("__new__") { _, args in
            guard args.count == 3 else { throw PyErr.typeError("GenericAlias expected 2 arguments, got \(max(0, args.count - 1))") }
            return .object(PyGenericAlias(origin: args[1], args: args[2]))
        }
    }

    let m = BuiltinTypes.method
    if m.typeDict.getStr("__new__") == nil {
        m.addStaticMethod("__new__") { _, args in
            guard args.count == 3 else { throw PyErr.typeError("method expected 2 arguments, got \(max(0, args.count - 1))") }
            if case .object(let o) = args[1], o.type.lookup("__call__") != nil || o is PyFunction || o is PyBuiltinFunction {
                if args[2].isNone { throw PyErr.typeError("self must not be None") }
                return .object(PyBoundMethod(function: args[1], selfValue: args[2]))
            }
            throw PyErr.typeError("first argument must be callable")
        }
    }
}

/// types._GeneratorWrapper: makes a plain generator awaitable (types.coroutine of a function
/// that returns a generator).
final class PyGeneratorWrapper: PyObject {
    let wrapped: Value
    init(_ g: Value) { wrapped = g; super.init(type: BuiltinTypes.generatorWrapper) }
    override func traverse(_ visit: (PyObject) -> Void) { visitValue(wrapped, visit) }
}

extension BuiltinTypes {
    static let generatorWrapper: PyType = {
        let t = make("_GeneratorWrapper", flags: [])
        t.addValue("__module__", Value("types"))
        func inner(_ args: Args) -> Value { (args[0].asObject as? PyGeneratorWrapper)?.wrapped ?? .none }
        t.addMethod("__await__") { _, args in inner(args) }
        t.addMethod("__iter__") { _, args in inner(args) }
        t.addMethod("__next__") { interp, args in
            guard let v = try interp.next(inner(args)) else { throw PyErr.stopIteration(interp.lastStopValue) }
            return v
        }
        for name in ["send", "throw", "close"] {
            t.addMethod(name) { interp, args in
                try interp.callMethod(inner(args), name, Array(args.positional.dropFirst()))
            }
        }
        return t
    }()
}

private func typesCoroutine(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard args.count == 1 else { throw PyErr.typeError("coroutine() takes exactly one argument (\(args.count) given)") }
    let f = args[0]
    guard case .object(let o) = f, o.type.lookup("__call__") != nil || o is PyFunction || o is PyBuiltinFunction || o is PyType else {
        throw PyErr.typeError("types.coroutine() expects a callable")
    }
    if let fn = o as? PyFunction, o.type === BuiltinTypes.function {
        let flags = fn.code.flags
        if flags.contains(.coroutine) || flags.contains(.iterableCoroutine) { return f }
        if flags.contains(.generator) {
            fn.code.flags.insert(.iterableCoroutine)
            return f
        }
    }
    // Functions returning generator-like objects: wrap the result when it is a plain generator.
    let name = (try? interp.getAttr(f, "__name__"))?.asStr?.value ?? "wrapped"
    return .object(PyBuiltinFunction(name: name) { interp, a in
        let r = try interp.call(f, args: a.values, kwnames: a.kwnames)
        if case .object(let ro) = r, let g = ro as? PyGenerator, g.kind == .generator,
           !g.code.flags.contains(.iterableCoroutine) {
            return .object(PyGeneratorWrapper(r))
        }
        return r
    })
}

private func typesNewClass(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard let name = interp.osArg(args, 0, "name") else { throw PyErr.typeError("new_class() missing 1 required positional argument: 'name'") }
    let bases = try interp.osArg(args, 1, "bases").map { try interp.iterate($0) } ?? []
    var kwds: [(String, Value)] = []
    if let k = interp.osArg(args, 2, "kwds"), let d = k.asDict {
        d.forEach { key, v in if let s = key.asStr { kwds.append((s.value, v)) } }
    }
    var meta: Value = .object(BuiltinTypes.type)
    if let i = kwds.firstIndex(where: { $0.0 == "metaclass" }) {
        meta = kwds.remove(at: i).1
    } else if let first = bases.first {
        meta = .object(first.type)
    }
    let ns = PyDict()
    if let prep = try interp.getAttrOrNil(meta, "__prepare__"), meta.asType !== BuiltinTypes.type {
        let r = try interp.callWithKeywords(prep, [name, .object(PyTuple(bases))], kwds)
        if let d = r.asDict { d.forEach { k, v in ns.setStr(k.asStr ?? PyStr(""), v) } }
    }
    if let body = interp.osArg(args, 3, "exec_body"), !body.isNone { _ = try interp.callValues(body, [.object(ns)]) }
    // type() takes __module__ from its caller, which in CPython is types.py.
    if ns.getStr("__module__") == nil { ns.setStr("__module__", Value("types")) }
    return try interp.callWithKeywords(meta, [name, .object(PyTuple(bases)), .object(ns)], kwds)
}

func makeTypesModule(_ interp: Interpreter) throws -> PyModule {
    let m = interp.makeNativeModule("types", [
        ("coroutine", typesCoroutine),
        ("new_class", typesNewClass),
        ("resolve_bases", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("resolve_bases() takes exactly one argument") }
            return .object(PyTuple(try interp.iterate(args[0])))
        }),
    ])
    let d = m.dict
    let names: [(String, PyType)] = [
        ("FunctionType", BuiltinTypes.function), ("LambdaType", BuiltinTypes.function),
        ("CodeType", BuiltinTypes.code), ("MethodType", BuiltinTypes.method),
        ("BuiltinFunctionType", BuiltinTypes.builtinFunction), ("BuiltinMethodType", BuiltinTypes.builtinFunction),
        ("MethodDescriptorType", BuiltinTypes.methodDescriptor), ("WrapperDescriptorType", BuiltinTypes.methodDescriptor),
        ("ClassMethodDescriptorType", BuiltinTypes.methodDescriptor),
        ("GetSetDescriptorType", BuiltinTypes.getsetDescriptor), ("MemberDescriptorType", BuiltinTypes.getsetDescriptor),
        ("ModuleType", BuiltinTypes.module), ("GeneratorType", BuiltinTypes.generator),
        ("CoroutineType", BuiltinTypes.coroutine), ("AsyncGeneratorType", BuiltinTypes.asyncGenerator),
        ("FrameType", BuiltinTypes.frame), ("TracebackType", BuiltinTypes.traceback),
        ("CellType", BuiltinTypes.cell), ("NoneType", BuiltinTypes.noneType),
        ("EllipsisType", BuiltinTypes.ellipsisType), ("NotImplementedType", BuiltinTypes.notImplementedType),
        ("SimpleNamespace", BuiltinTypes.simpleNamespace), ("GenericAlias", BuiltinTypes.genericAlias),
    ]
    for (n, t) in names { d?.setStr(n, .object(t)) }
    return m
}
