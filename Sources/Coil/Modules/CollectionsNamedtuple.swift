// collections.namedtuple: builds a tuple subclass like CPython's factory. `__new__` is compiled
// from generated Python source (as CPython does with eval), so argument errors read
// "Point.__new__() missing 1 required positional argument: 'y'"; the rest is native.

private let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]

/// str.isidentifier (ASCII letters/digits/underscore plus Unicode letters).
private func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first else { return false }
    func start(_ u: Unicode.Scalar) -> Bool { u == "_" || u.properties.isXIDStart }
    func cont(_ u: Unicode.Scalar) -> Bool { u == "_" || u.properties.isXIDContinue }
    return start(first) && s.unicodeScalars.dropFirst().allSatisfy(cont)
}

private let tupleNew = PyBuiltinFunction(name: "_tuple_new", ownerName: "tuple") { interp, args in
    guard args.count == 2, let cls = args[0].asType else { throw PyErr.typeError("_tuple_new expects (cls, iterable)") }
    return .object(PyTuple(try interp.iterate(args[1]), type: cls))
}

func namedtupleFactory(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard let tnV = interp.osArg(args, 0, "typename"), let fnV = interp.osArg(args, 1, "field_names") else {
        throw PyErr.typeError("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'")
    }
    if args.count > 2 { throw PyErr.typeError("namedtuple() takes 2 positional arguments but \(args.count) were given") }
    var rename = false
    var defaultsV: Value = .none
    var moduleV: Value = .none
    for (k, v) in args.keywords {
        switch k {
        case "typename", "field_names": break
        case "rename": rename = try interp.isTrue(v)
        case "defaults": defaultsV = v
        case "module": moduleV = v
        default: throw PyErr.typeError("namedtuple() got an unexpected keyword argument '\(k)'")
        }
    }
    guard let typenameS = tnV.asStr else { throw PyErr.typeError("Type names and field names must be strings") }
    let typename = typenameS.value
    var fields: [String]
    if let s = fnV.asStr {
        let spaced = String(s.value.map { $0 == "," ? " " : $0 })
        fields = spaced.split(whereSeparator: { $0.isPyWhitespace }).map(String.init)
    } else {
        fields = try interp.iterate(fnV).map { v in
            guard let s = v.asStr else { throw PyErr.typeError("Type names and field names must be strings") }
            return s.value
        }
    }
    if rename {
        var seen = Set<String>()
        for (i, name) in fields.enumerated() {
            if !isIdentifier(name) || pythonKeywords.contains(name) || name.hasPrefix("_") || seen.contains(name) {
                fields[i] = "_\(i)"
            }
            seen.insert(fields[i])
        }
    }
    for name in [typename] + fields {
        if !isIdentifier(name) { throw PyErr.valueError("Type names and field names must be valid identifiers: \(reprString(name))") }
        if pythonKeywords.contains(name) { throw PyErr.valueError("Type names and field names cannot be a keyword: \(reprString(name))") }
    }
    var seen = Set<String>()
    for name in fields {
        if name.hasPrefix("_") && !rename { throw PyErr.valueError("Field names cannot start with an underscore: \(reprString(name))") }
        if seen.contains(name) { throw PyErr.valueError("Encountered duplicate field name: \(reprString(name))") }
        seen.insert(name)
    }
    var defaults: [Value] = []
    if !defaultsV.isNone {
        defaults = try interp.iterate(defaultsV)
        if defaults.count > fields.count { throw PyErr.typeError("Got more defaults than field names") }
    }
    let argList = fields.joined(separator: ", ")
    let numFields = fields.count

    // __new__ from source, so binding errors match CPython's generated lambda.
    let ns = PyDict()
    ns.setStr("_tuple_new", .object(tupleNew))
    ns.setStr("__builtins__", .object(PyDict()))
    ns.setStr("__name__", Value("namedtuple_\(typename)"))
    let tupleLiteral = numFields == 1 ? "(\(argList),)" : "(\(argList))"
    let src = "def __new__(_cls\(fields.isEmpty ? "" : ", " + argList)):\n    return _tuple_new(_cls, \(tupleLiteral))\n"
    let code = try interp.compileSource(src, filename: "<string>", mode: .file)
    _ = try interp.runCode(code, globals: ns)
    guard case .object(let no) = ns.getStr("__new__") ?? .none, let newFn = no as? PyFunction else {
        throw PyErr.runtimeError("namedtuple: could not build __new__")
    }
    newFn.qualname = "\(typename).__new__"
    newFn.doc = Value("Create new instance of \(typename)(\(argList))")
    if !defaults.isEmpty { newFn.defaults = defaults }

    let body = PyDict()
    body.setStr("__doc__", Value("\(typename)(\(argList))"))
    body.setStr("__slots__", .object(PyTuple.empty))
    body.setStr("_fields", .object(PyTuple(fields.map { Value($0) })))
    let fieldDefaults = PyDict()
    for (i, d) in defaults.enumerated() { fieldDefaults.setStr(fields[numFields - defaults.count + i], d) }
    body.setStr("_field_defaults", .object(fieldDefaults))
    body.setStr("__match_args__", .object(PyTuple(fields.map { Value($0) })))
    body.setStr("__new__", .object(newFn))
    if !moduleV.isNone { body.setStr("__module__", moduleV) }
    let cls = try interp.makeClass(meta: BuiltinTypes.type, name: typename, bases: [.object(BuiltinTypes.tuple)],
                                   namespace: body, kwargs: [])
    installNamedtupleMethods(cls, fields: fields)
    return .object(cls)
}

private func installNamedtupleMethods(_ cls: PyType, fields: [String]) {
    let numFields = fields.count
    for (i, f) in fields.enumerated() {
        cls.typeDict.setStr(f, .object(PyGetSetDescriptor(name: f, get: { _, v in
            guard let t = v.asTuple, i < t.count else { throw PyErr.attributeError(f) }
            return t.items[i]
        }, set: { _, _, _ in throw PyErr.attributeError("can't set attribute") })))
    }
    func method(_ name: String, _ fn: @escaping NativeFunction) {
        cls.typeDict.setStr(name, .object(PyMethodDescriptor(name: name, owner: cls, fn: fn)))
    }
    method("__repr__") { interp, args in
        guard let t = args[0].asTuple else { return Value("") }
        let name = t.type.name
        return Value(try interp.reprGuarded(t, placeholder: "...") {
            var parts: [String] = []
            for (i, f) in fields.enumerated() where i < t.count { parts.append("\(f)=\(try interp.repr(t.items[i]))") }
            return "\(name)(\(parts.joined(separator: ", ")))"
        })
    }
    method("_asdict") { _, args in
        let d = PyDict()
        for (i, v) in (args[0].asTuple?.items ?? []).enumerated() where i < numFields { d.setStr(fields[i], v) }
        return .object(d)
    }
    method("__getnewargs__") { _, args in .object(PyTuple(args[0].asTuple?.items ?? [])) }
    method("_replace") { interp, args in
        guard let t = args[0].asTuple else { throw PyErr.typeError("_replace() requires a namedtuple") }
        if args.count > 1 { throw PyErr.typeError("\(cls.name)._replace() takes 1 positional argument but \(args.count) were given") }
        var items = t.items
        var kw = args.keywords
        for (i, f) in fields.enumerated() {
            if let j = kw.firstIndex(where: { $0.0 == f }) { items[i] = kw.remove(at: j).1 }
        }
        if !kw.isEmpty {
            let names = kw.map { reprString($0.0) }.joined(separator: ", ")
            throw PyErr.valueError("Got unexpected field names: [\(names)]")
        }
        return try makeNamedtuple(interp, t.type, items)
    }
    let make = PyBuiltinFunction(name: "_make", ownerName: cls.name) { interp, args in
        guard args.count == 2, let c = args[0].asType else { throw PyErr.typeError("_make() takes exactly one argument") }
        return try makeNamedtuple(interp, c, try interp.iterate(args[1]))
    }
    cls.typeDict.setStr("_make", .object(PyClassMethod(.object(make))))
    cls.modified()
}

private func makeNamedtuple(_ interp: Interpreter, _ cls: PyType, _ items: [Value]) throws -> Value {
    guard let n = (cls.lookup("_fields")?.asTuple)?.count else { return .object(PyTuple(items, type: cls)) }
    if items.count != n { throw PyErr.typeError("Expected \(n) arguments, got \(items.count)") }
    return .object(PyTuple(items, type: cls))
}
