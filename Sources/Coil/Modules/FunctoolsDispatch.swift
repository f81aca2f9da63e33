// functools.singledispatch, singledispatchmethod and partialmethod. Dispatch walks the
// argument type's MRO, then falls back to registered ABCs (issubclass), then `object`
// (CPython merges ABCs into the MRO with _compose_mro; plain class hierarchies agree).

final class PySingleDispatch: PyObject {
    var registry = PyDict()          // class -> implementation, in registration order
    var funcName: String

    init(type: PyType, name: String) {
        funcName = name
        super.init(type: type)
        dict = PyDict()
        trackGC(self)
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visit(registry)
    }

    override func clearReferences() {
        super.clearReferences()
        registry = PyDict()
    }
}

extension Interpreter {
    func singleDispatchFind(_ sd: PySingleDispatch, _ cls: PyType) throws -> Value {
        for t in cls.mro where t !== BuiltinTypes.object {
            if let f = try dictGet(sd.registry, .object(t)) { return f }
        }
        // Registered ABCs and other virtual base classes.
        for e in sd.registry.entries where !e.key.isUndefined {
            if case .object(let ko) = e.key, let k = ko as? PyType, k !== BuiltinTypes.object, try isSubclass(.object(cls), .object(k)) {
                return e.value
            }
        }
        if let f = try dictGet(sd.registry, .object(BuiltinTypes.object)) { return f }
        throw PyErr.runtimeError("no implementation found for \(sd.funcName)")
    }

    /// register(cls, func=None): by class, as a decorator factory, or from the first annotation.
    func singleDispatchRegister(_ sd: PySingleDispatch, _ clsV: Value, _ funcV: Value?) throws -> Value {
        if let f = funcV, !f.isNone {
            try dictSet(sd.registry, clsV, f)
            return f
        }
        if clsV.asType != nil || clsV.asObject is PyGenericAlias {
            if clsV.asObject is PyGenericAlias {
                throw PyErr.typeError("Invalid first argument to `register()`. \(try repr(clsV)) is not a class.")
            }
            return .object(PyBuiltinFunction(name: "register", ownerName: "functools") { interp, a in
                guard a.count == 1 else { throw PyErr.typeError("register() takes exactly one argument") }
                try interp.dictSet(sd.registry, clsV, a[0])
                return a[0]
            })
        }
        // Plain @register on an annotated function: dispatch on the first parameter's annotation.
        let ann = try getAttrOrNil(clsV, "__annotations__")
        guard let annD = ann?.asDict, isCallable(clsV) else {
            throw PyErr.typeError("Invalid first argument to `register()`: \(try repr(clsV)). Use either `@register(some_class)` or plain `@register` on an annotated function.")
        }
        var target: Value? = nil
        for e in annD.entries where !e.key.isUndefined && e.key.asStr?.value != "return" { target = e.value; break }
        guard let t = target else {
            throw PyErr.typeError("Invalid first argument to `register()`: \(try repr(clsV)). Use either `@register(some_class)` or plain `@register` on an annotated function.")
        }
        guard t.asType != nil else {
            throw PyErr.typeError("Invalid annotation for \(reprString((try getAttrOrNil(clsV, "__name__"))?.asStr?.value ?? "?")). \(try repr(t)) is not a class.")
        }
        try dictSet(sd.registry, t, clsV)
        return clsV
    }
}

private func sdSelf(_ args: Args) throws -> PySingleDispatch {
    guard args.values.count > 0, let s = args[0].asObject as? PySingleDispatch else { throw PyErr.typeError("expected a singledispatch function") }
    return s
}

extension BuiltinTypes {
    static let singleDispatchType: PyType = {
        let t = makeDescriptorCapableType("_singledispatch_function", module: "functools")
        t.addMethod("__call__") { interp, args in
            let sd = try sdSelf(args)
            guard args.count >= 2 else { throw PyErr.typeError("\(sd.funcName) requires at least 1 positional argument") }
            let impl = try interp.singleDispatchFind(sd, args[1].type)
            let rest = UnsafeBufferPointer(rebasing: args.values[1...])
            return try interp.call(impl, args: rest, kwnames: args.kwnames)
        }
        t.addMethod("__get__") { _, args in
            if args.count < 2 || args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
        }
        t.addMethod("register") { interp, args in
            let sd = try sdSelf(args)
            guard let cls = interp.osArg(args, 1, "cls") else { throw PyErr.typeError("register() missing 1 required positional argument: 'cls'") }
            return try interp.singleDispatchRegister(sd, cls, interp.osArg(args, 2, "func"))
        }
        t.addMethod("dispatch") { interp, args in
            let sd = try sdSelf(args)
            guard args.count == 2, let cls = args[1].asType else { throw PyErr.typeError("dispatch() takes a class") }
            return try interp.singleDispatchFind(sd, cls)
        }
        t.addMethod("_clear_cache") { _, _ in .none }
        t.addGetter("registry") { interp, v in
            guard let sd = v.asObject as? PySingleDispatch else { return .none }
            return .object(interp.dictCopy(sd.registry))
        }
        t.addMethod("__repr__") { interp, args in
            let sd = try sdSelf(args)
            return Value("<function \(sd.funcName) at \(interp.addressString(sd))>")
        }
        return t
    }()

    /// partialmethod / singledispatchmethod: descriptors resolving to a callable on access.
    static let partialMethodType: PyType = {
        let t = makeDescriptorCapableType("partialmethod", module: "functools")
        t.addStaticMethod("__new__") { _, args in
            guard let cls = args[0].asType else { throw PyErr.typeError("partialmethod.__new__(X): X is not a type") }
            return .object(PyInstance(type: cls))
        }
        t.addMethod("__init__") { interp, args in
            guard args.count >= 2 else { throw PyErr.typeError("type 'partialmethod' takes at least one argument") }
            let f = args[1]
            guard interp.isCallable(f) || f.type.lookup(interp.intern("__get__")) != nil else {
                throw PyErr.typeError("\(try interp.repr(f)) is not callable or a descriptor")
            }
            try interp.setAttr(args[0], "func", f)
            try interp.setAttr(args[0], "args", .object(PyTuple(Array(args.positional.dropFirst(2)))))
            let kw = PyDict()
            for (k, v) in args.keywords { kw.setStr(k, v) }
            try interp.setAttr(args[0], "keywords", .object(kw))
            return .none
        }
        t.addMethod("__get__") { interp, args in
            let me = args[0]
            let obj = args.count > 1 ? args[1] : .none
            let f = try interp.getAttr(me, "func")
            let pargs = try interp.getAttr(me, "args").asTuple?.items ?? []
            let kw = try interp.getAttr(me, "keywords").asDict ?? PyDict()
            var kwList: [(String, Value)] = []
            kw.forEach { k, v in kwList.append((k.asStr?.value ?? "", v)) }
            if obj.isNone {
                // Unbound: the first argument is `self`.
                return .object(PyBuiltinFunction(name: "_method", ownerName: "functools") { interp, a in
                    guard a.count >= 1 else { throw PyErr.typeError("_method() missing 1 required positional argument: 'cls_or_self'") }
                    var all = [a[0]] + pargs + Array(a.positional.dropFirst())
                    var names = kwList.map { $0.0 }
                    var vals = kwList.map { $0.1 }
                    for (k, v) in a.keywords {
                        if let i = names.firstIndex(of: k) { vals[i] = v } else { names.append(k); vals.append(v) }
                    }
                    all.append(contentsOf: vals)
                    let kwnames = PyTuple(names.map { Value($0) })
                    return try all.withUnsafeBufferPointer { try interp.call(f, args: $0, kwnames: kwnames) }
                })
            }
            let bound: Value
            if let get = f.type.lookup(interp.intern("__get__")) {
                bound = try interp.callValues(get, [f, obj, .object(obj.type)])
            } else {
                bound = f
            }
            return try interp.callWithKeywords(.object(BuiltinTypes.partialType), [bound] + pargs, kwList)
        }
        return t
    }()

    static let singleDispatchMethodType: PyType = {
        let t = makeDescriptorCapableType("singledispatchmethod", module: "functools")
        t.addStaticMethod("__new__") { _, args in
            guard let cls = args[0].asType else { throw PyErr.typeError("singledispatchmethod.__new__(X): X is not a type") }
            return .object(PyInstance(type: cls))
        }
        t.addMethod("__init__") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("singledispatchmethod() takes exactly one argument") }
            let f = args[1]
            let sd = PySingleDispatch(type: BuiltinTypes.singleDispatchType,
                                      name: (try interp.getAttrOrNil(f, "__name__"))?.asStr?.value ?? "singledispatch function")
            try interp.dictSet(sd.registry, .object(BuiltinTypes.object), f)
            try interp.setAttr(args[0], "dispatcher", .object(sd))
            try interp.setAttr(args[0], "func", f)
            return .none
        }
        t.addMethod("register") { interp, args in
            guard let sd = try interp.getAttr(args[0], "dispatcher").asObject as? PySingleDispatch,
                  let cls = interp.osArg(args, 1, "cls") else { throw PyErr.typeError("register() missing 1 required positional argument: 'cls'") }
            return try interp.singleDispatchRegister(sd, cls, interp.osArg(args, 2, "method"))
        }
        t.addMethod("__get__") { interp, args in
            guard let sd = try interp.getAttr(args[0], "dispatcher").asObject as? PySingleDispatch else { return .none }
            let obj = args.count > 1 ? args[1] : .none
            let cls: Value = args.count > 2 && !args[2].isNone ? args[2] : .object(obj.type)
            return .object(PyBuiltinFunction(name: sd.funcName, ownerName: "functools") { interp, a in
                guard a.count >= 1 else { throw PyErr.typeError("\(sd.funcName) requires at least 1 positional argument") }
                let impl = try interp.singleDispatchFind(sd, a[0].type)
                let method: Value
                if let get = impl.type.lookup(interp.intern("__get__")) {
                    method = try interp.callValues(get, [impl, obj, cls])
                } else {
                    method = impl
                }
                return try interp.call(method, args: a.values, kwnames: a.kwnames)
            })
        }
        return t
    }()
}

func functoolsSingleDispatch(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard args.count == 1 else { throw PyErr.typeError("singledispatch() takes exactly one argument (\(args.count) given)") }
    let f = args[0]
    let name = (try interp.getAttrOrNil(f, "__name__"))?.asStr?.value ?? "singledispatch function"
    let sd = PySingleDispatch(type: BuiltinTypes.singleDispatchType, name: name)
    try interp.dictSet(sd.registry, .object(BuiltinTypes.object), f)
    try interp.updateWrapper(.object(sd), f)
    return .object(sd)
}
