// The `collections` module: OrderedDict and defaultdict (dict subclasses whose instances are
// PyDicts of the subclass type), plus deque (CollectionsDeque.swift), Counter
// (CollectionsCounter.swift) and namedtuple (CollectionsNamedtuple.swift).

private func dictArg(_ args: Args, _ what: String) throws -> PyDict {
    guard args.values.count > 0, let d = args[0].asObject as? PyDict else { throw PyErr.typeError("descriptor requires a '\(what)' object") }
    return d
}

extension Interpreter {
    /// Rebuilds `d` with `entries` in the given order (OrderedDict.move_to_end(last=False)).
    fileprivate func reorder(_ d: PyDict, _ entries: [(Value, Value)]) throws {
        d.removeAll()
        for (k, v) in entries { try dictSet(d, k, v) }
    }

    /// MutableMapping.update semantics for OrderedDict.__init__/update (goes through self[k] = v).
    fileprivate func mappingUpdate(_ target: Value, _ args: Args, first: Int) throws {
        guard case .object(let o) = target, let d = o as? PyDict else { return }
        let setDirect = !o.type.isHeapType || o.type.lookup(names.dsetitem).map {
            ($0.asObject as? PyMethodDescriptor)?.owner === BuiltinTypes.dict
        } ?? true
        func put(_ k: Value, _ v: Value) throws {
            if setDirect { try dictSet(d, k, v) } else { try setItem(target, k, v) }
        }
        if args.count > first + 1 {
            throw PyErr.typeError("expected at most 1 argument, got \(args.count - first)")
        }
        if args.count > first {
            let src = args[first]
            if case .object(let so) = src, let sd = so as? PyDict {
                for (k, v) in sd.entries.filter({ !$0.key.isUndefined }).map({ ($0.key, $0.value) }) { try put(k, v) }
            } else if src.type.lookup(intern("keys")) != nil {
                for k in try iterate(try callMethod(src, "keys")) { try put(k, try getItem(src, k)) }
            } else {
                var n = 0
                try forEach(src) { item in
                    let kv = try iterate(item)
                    if kv.count != 2 {
                        throw PyErr.valueError("dictionary update sequence element #\(n) has length \(kv.count); 2 is required")
                    }
                    try put(kv[0], kv[1])
                    n += 1
                }
            }
        }
        for (k, v) in args.keywords { try put(Value(k), v) }
    }
}

extension BuiltinTypes {
    static let orderedDict: PyType = {
        let t = make("OrderedDict", dict, layout: .dict, flags: [.baseType, .hasDict])
        t.addValue("__module__", Value("collections"))
        t.addMethod("__init__") { interp, args in
            try interp.mappingUpdate(args[0], args, first: 1)
            return .none
        }
        t.addMethod("update") { interp, args in
            try interp.mappingUpdate(args[0], args, first: 1)
            return .none
        }
        t.addMethod("move_to_end") { interp, args in
            let d = try dictArg(args, "OrderedDict")
            guard let key = interp.osArg(args, 1, "key") else { throw PyErr.typeError("move_to_end() missing required argument 'key' (pos 1)") }
            let last = try interp.isTrue(interp.osArg(args, 2, "last") ?? .true)
            guard let v = try interp.dictGet(d, key) else { throw PyErr.keyError(key) }
            if last {
                _ = try interp.dictRemove(d, key)
                try interp.dictSet(d, key, v)
            } else {
                var entries: [(Value, Value)] = [(key, v)]
                for e in d.entries where try !e.key.isUndefined && !interp.keyEquals(e.key, key) { entries.append((e.key, e.value)) }
                try interp.reorder(d, entries)
            }
            return .none
        }
        t.addMethod("popitem") { interp, args in
            let d = try dictArg(args, "OrderedDict")
            let last = try interp.isTrue(interp.osArg(args, 1, "last") ?? .true)
            if d.count == 0 { throw PyErr.keyError(Value("dictionary is empty")) }
            if last, let (k, v) = d.popLast() { return .object(PyTuple([k, v])) }
            guard let (_, e) = d.entry(from: 0) else { throw PyErr.keyError(Value("dictionary is empty")) }
            _ = try interp.dictRemove(d, e.key)
            return .object(PyTuple([e.key, e.value]))
        }
        t.addMethod("__repr__") { interp, args in
            let d = try dictArg(args, "OrderedDict")
            let name = d.type.name
            if d.count == 0 { return Value("\(name)()") }
            return Value(try interp.reprGuarded(d, placeholder: "...") {
                var parts: [String] = []
                for e in d.entries where !e.key.isUndefined {
                    parts.append("(\(try interp.repr(e.key)), \(try interp.repr(e.value)))")
                }
                return "\(name)([\(parts.joined(separator: ", "))])"
            })
        }
        t.addMethod("__eq__") { interp, args in
            let a = try dictArg(args, "OrderedDict")
            guard args.count == 2, let b = args[1].asObject as? PyDict else { return .object(BuiltinTypes.notImplemented) }
            if !(try interp.dictEqual(a, b)) { return .false }
            if b.type.isSubtype(of: BuiltinTypes.orderedDict) {
                let ka = a.keys, kb = b.keys
                for (x, y) in Swift.zip(ka, kb) where !(try interp.keyEquals(x, y)) { return .false }
            }
            return .true
        }
        t.addMethod("__ne__") { interp, args in
            let r = try interp.callMethod(args[0], "__eq__", [args[1]])
            if r.asObject === BuiltinTypes.notImplemented { return r }
            return .bool(!(try interp.isTrue(r)))
        }
        t.addMethod("copy") { interp, args in try interp.callValues(.object(args[0].type), [args[0]]) }
        t.addMethod("__copy__") { interp, args in try interp.callValues(.object(args[0].type), [args[0]]) }
        t.addMethod("__or__") { interp, args in
            guard args[1].type.isSubtype(of: BuiltinTypes.dict) else { return .object(BuiltinTypes.notImplemented) }
            let n = try interp.callValues(.object(args[0].type), [args[0]])
            _ = try interp.callMethod(n, "update", [args[1]])
            return n
        }
        t.addMethod("__ror__") { interp, args in
            guard args[1].type.isSubtype(of: BuiltinTypes.dict) else { return .object(BuiltinTypes.notImplemented) }
            let n = try interp.callValues(.object(args[0].type), [args[1]])
            _ = try interp.callMethod(n, "update", [args[0]])
            return n
        }
        t.addMethod("__ior__") { interp, args in
            _ = try interp.callMethod(args[0], "update", [args[1]])
            return args[0]
        }
        t.addMethod("__reduce__") { interp, args in
            let d = try dictArg(args, "OrderedDict")
            let items = d.entries.filter { !$0.key.isUndefined }.map { Value.object(PyTuple([$0.key, $0.value])) }
            return .object(PyTuple([.object(d.type), .object(PyTuple.empty), .none, .none,
                                    try interp.getIter(.object(PyList(items)))]))
        }
        return t
    }()

    static let defaultDict: PyType = {
        let t = make("defaultdict", dict, layout: .dict, flags: [.baseType])
        t.addValue("__module__", Value("collections"))
        func factory(_ d: PyDict) -> Value { d.dict?.getStr("default_factory") ?? .none }
        t.addMethod("__init__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            var f: Value = .none
            if args.count > 1 {
                f = args[1]
                if !f.isNone && !interp.isCallable(f) { throw PyErr.typeError("first argument must be callable or None") }
            }
            if d.dict == nil { d.dict = PyDict() }
            d.dict?.setStr("default_factory", f)
            if args.count > 3 { throw PyErr.typeError("dict expected at most 1 argument, got \(args.count - 2)") }
            if args.count == 3 { try interp.dictUpdate(d, args[2]) }
            interp.dictAddKeywords(d, args)
            return .none
        }
        t.addMethod("__missing__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            let f = factory(d)
            if f.isNone { throw PyErr.keyError(args[1]) }
            let v = try interp.callValues(f, [])
            try interp.setItem(args[0], args[1], v)
            return v
        }
        t.addMethod("__repr__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            let f = factory(d)
            var fr = "None"
            if !f.isNone {
                if case .object(let fo) = f {
                    fr = try interp.reprGuarded(fo, placeholder: "...") { try interp.repr(f) }
                } else {
                    fr = try interp.repr(f)
                }
            }
            return Value("\(d.type.name)(\(fr), \(try interp.dictRepr(d)))")
        }
        t.addMethod("copy") { interp, args in
            let d = try dictArg(args, "defaultdict")
            return try interp.callValues(.object(d.type), [factory(d), args[0]])
        }
        t.addMethod("__copy__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            return try interp.callValues(.object(d.type), [factory(d), args[0]])
        }
        t.addMethod("__or__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            guard args[1].type.isSubtype(of: BuiltinTypes.dict) else { return .object(BuiltinTypes.notImplemented) }
            let n = try interp.callValues(.object(d.type), [factory(d), args[0]])
            _ = try interp.callMethod(n, "update", [args[1]])
            return n
        }
        t.addMethod("__ror__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            guard args[1].type.isSubtype(of: BuiltinTypes.dict) else { return .object(BuiltinTypes.notImplemented) }
            let n = try interp.callValues(.object(d.type), [factory(d), args[1]])
            _ = try interp.callMethod(n, "update", [args[0]])
            return n
        }
        t.addMethod("__reduce__") { interp, args in
            let d = try dictArg(args, "defaultdict")
            let f = factory(d)
            let items = d.entries.filter { !$0.key.isUndefined }.map { Value.object(PyTuple([$0.key, $0.value])) }
            return .object(PyTuple([.object(d.type), .object(PyTuple(f.isNone ? [] : [f])), .none, .none,
                                    try interp.getIter(.object(PyList(items)))]))
        }
        return t
    }()
}

/// collections' module __getattr__ (PEP 562): `abc` imports collections.abc; ChainMap and the
/// User* classes compile their Python source once (CollectionsPython.swift).
private func collectionsGetattr(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard args.count == 1, let name = args[0].asStr else { throw PyErr.typeError("__getattr__ expects a name") }
    guard case .object(let mo) = interp.modules.getStr("collections") ?? .none, let m = mo as? PyModule, let d = m.dict else {
        throw PyErr.attributeError("module 'collections' has no attribute '\(name.value)'")
    }
    if name.value == "abc" { return try interp.importModule("collections.abc") }
    if pythonCollectionsNames.contains(name.value) {
        try loadPythonCollections(interp, into: d)
        if let v = d.getStr(name.value) { return v }
    }
    let e = PyErr.attributeError("module 'collections' has no attribute '\(name.value)'")
    e.setAttribute("name", .object(name))
    e.setAttribute("obj", .object(m))
    throw e
}

func makeCollectionsModule(_ interp: Interpreter) throws -> PyModule {
    let m = interp.makeNativeModule("collections", [("namedtuple", namedtupleFactory)])
    let d = m.dict
    d?.setStr("deque", .object(BuiltinTypes.deque))
    d?.setStr("OrderedDict", .object(BuiltinTypes.orderedDict))
    d?.setStr("defaultdict", .object(BuiltinTypes.defaultDict))
    d?.setStr("Counter", .object(BuiltinTypes.counter))
    // collections is a package; its `abc` submodule and the Python-defined classes load on first
    // use (compiling them costs more than the rest of the module).
    d?.setStr("__path__", .object(PyList()))
    d?.setStr("__package__", Value("collections"))
    d?.setStr("__getattr__", .object(PyBuiltinFunction(name: "__getattr__", ownerName: "collections", fn: collectionsGetattr)))
    d?.setStr("__all__", .object(PyList(["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
                                         "defaultdict", "deque", "namedtuple"].map { Value($0) })))
    if case .object(let o) = interp.modules.getStr("collections.abc") ?? .none, o is PyModule {
        d?.setStr("abc", .object(o))
    }
    return m
}
