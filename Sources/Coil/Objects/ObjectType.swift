// `object` and `type`: the default dunders every class inherits, class creation
// (`__build_class__`, three-argument `type()`, C3 linearization) and `super`.

extension BuiltinTypes {
    static let objectNew = Value.object(PyStaticMethod(.object(PyBuiltinFunction(name: "__new__", ownerName: "object") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("object.__new__(X): X is not a type object") }
        return try interp.allocateInstance(cls)
    })))
    static let objectInit = Value.object(PyMethodDescriptor(name: "__init__", owner: object) { _, _ in .none })
    static let objectGetattribute = Value.object(PyMethodDescriptor(name: "__getattribute__", owner: object) { interp, args in
        guard args.count == 2, let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string") }
        if let v = try interp.objectGetAttribute(args[0], name, args[0].type) { return v }
        throw interp.attributeError(args[0], name.value)
    })
    static let objectSetattr = Value.object(PyMethodDescriptor(name: "__setattr__", owner: object) { interp, args in
        guard args.count == 3, let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string") }
        try interp.genericSetAttr(args[0], name, args[2])
        return .none
    })
    static let objectDelattr = Value.object(PyMethodDescriptor(name: "__delattr__", owner: object) { interp, args in
        guard args.count == 2, let name = args[1].asStr else { throw PyErr.typeError("attribute name must be string") }
        try interp.genericDelAttr(args[0], name)
        return .none
    })
}

extension Interpreter {
    var objectNew: Value { BuiltinTypes.objectNew }
    var objectInit: Value { BuiltinTypes.objectInit }
    var typeCall: Value { BuiltinTypes.type.typeDict.getStr("__call__") ?? .none }

    /// A new, empty instance of `cls` with the storage of its nearest builtin base.
    func allocateInstance(_ cls: PyType) throws -> Value {
        if cls.flags.contains(.isAbstract) { throw try abstractInstantiationError(cls) }
        switch cls.builtinBase.layout {
        case .object: return .object(PyInstance(type: cls))
        case .exception: return .object(PyBaseException(type: cls, args: []))
        case .list: let l = PyList([], type: cls); if cls.isHeapType { l.dict = PyDict() }; return .object(l)
        case .dict: let d = PyDict(type: cls); if cls.isHeapType { d.dict = PyDict() }; return .object(d)
        case .set, .frozenset: let s = PySet(type: cls); if cls.isHeapType { s.dict = PyDict() }; return .object(s)
        default:
            if cls.builtinBase === BuiltinTypes.object { return .object(PyInstance(type: cls)) }
            throw PyErr.typeError("object.__new__(\(cls.name)) is not safe, use \(cls.builtinBase.name).__new__()")
        }
    }

    /// CPython 3.11's message for instantiating a class whose `__abstractmethods__` is non-empty:
    /// the names sorted, joined by ", ", "method" pluralised when there are several.
    func abstractInstantiationError(_ cls: PyType) throws -> PyBaseException {
        let names = try iterate(cls.typeDict.getStr("__abstractmethods__") ?? .object(PyTuple.empty))
        let sorted = PyList(names)
        _ = try callMethod(.object(sorted), "sort")
        let joined = try sorted.items.map { try str($0) }.joined(separator: ", ")
        return PyErr.typeError("Can't instantiate abstract class \(cls.name) with abstract method\(sorted.items.count > 1 ? "s" : "") \(joined)")
    }

    /// C3 linearization of a new class's bases.
    func computeMRO(_ cls: PyType, _ bases: [PyType]) throws -> [PyType] {
        var seqs: [[PyType]] = bases.map { $0.mro }
        seqs.append(bases)
        var result: [PyType] = [cls]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType? = nil
            for s in seqs {
                let head = s[0]
                if !seqs.contains(where: { $0.dropFirst().contains(where: { $0 === head }) }) { candidate = head; break }
            }
            guard let next = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyErr.typeError("Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(next)
            seqs = seqs.map { s in s.first === next ? Array(s.dropFirst()) : s }
        }
    }

    /// Creates a class object: `type(name, bases, ns)` and the end of a class statement.
    func makeClass(meta: PyType, name: String, bases basesIn: [Value], namespace: PyDict, kwargs: [(String, Value)]) throws -> PyType {
        var bases: [PyType] = []
        for b in basesIn {
            guard let t = b.asType else { throw PyErr.typeError("bases must be types") }
            if !t.flags.contains(.baseType) { throw PyErr.typeError("type '\(t.name)' is not an acceptable base type") }
            bases.append(t)
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        // Instances need one storage layout: at most one non-object builtin base.
        let layouts = Set(bases.map { "\($0.builtinBase.layout)" }).subtracting(["object"])
        if layouts.count > 1 { throw PyErr.typeError("multiple bases have instance lay-out conflict") }
        var flags: TypeFlags = [.heapType, .baseType, .hasDict]
        if bases.contains(where: { $0.flags.contains(.isException) }) { flags.insert(.isException) }
        let solid = bases.first { $0.builtinBase !== BuiltinTypes.object }?.builtinBase ?? BuiltinTypes.object
        let cls = PyType(name: name, bases: bases, layout: solid.layout, flags: flags, metatype: meta)
        cls.mro = try computeMRO(cls, bases)
        let dict = PyDict()
        namespace.forEach { k, v in dict.setStr(k.asStr ?? PyStr(""), v) }
        cls.typeDict = dict
        if let q = dict.getStr("__qualname__")?.asStr { cls.qualname = q.value; dict.removeStr(names.dqualname) }
        if dict.getStr("__module__") == nil, let m = currentFrame?.globals.getStr("__name__") { dict.setStr("__module__", m) }
        if dict.getStr("__doc__") == nil { dict.setStr("__doc__", .none) }
        // __eq__ without __hash__ makes instances unhashable.
        if dict.getStr("__eq__") != nil && dict.getStr("__hash__") == nil { dict.setStr("__hash__", .none) }
        // Implicit classmethod/staticmethod for these special methods.
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let f = dict.getStr(special), case .object(let fo) = f, fo is PyFunction {
                dict.setStr(special, .object(PyClassMethod(f)))
            }
        }
        if let f = dict.getStr("__new__"), case .object(let fo) = f, fo is PyFunction {
            dict.setStr("__new__", .object(PyStaticMethod(f)))
        }
        if let cell = dict.getStr("__classcell__"), case .object(let co) = cell, let c = co as? PyCell {
            c.value = .object(cls)
            dict.removeStr(names.dclasscell)
        }
        // __set_name__ on descriptors.
        for (k, v) in dict.entries.filter({ !$0.key.isUndefined }).map({ ($0.key, $0.value) }) {
            if case .object(let vo) = v, vo.type.isHeapType, let sn = vo.type.lookup(names.dsetName) {
                _ = try callValues(sn, [v, .object(cls), k])
            }
        }
        // __init_subclass__ of the parent.
        if let parent = cls.mro.dropFirst().first, let isc = parent.lookup(names.dinitSubclass) {
            let bound: Value
            if case .object(let o) = isc, let cm = o as? PyClassMethod {
                bound = .object(PyBoundMethod(function: cm.function, selfValue: .object(cls)))
            } else {
                bound = try bindDescriptor(isc, .object(cls))
            }
            _ = try callWithKeywords(bound, [], kwargs)
        }
        return cls
    }

    /// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
    func buildClass(_ args: Args) throws -> Value {
        guard args.count >= 2, case .object(let fo) = args[0], let body = fo as? PyFunction, let name = args[1].asStr else {
            throw PyErr.typeError("__build_class__: func must be a function")
        }
        let bases = Array(args.positional[2...])
        var kwargs = args.keywords
        var meta: PyType = BuiltinTypes.type
        var explicitMeta: Value? = nil
        if let i = kwargs.firstIndex(where: { $0.0 == "metaclass" }) {
            explicitMeta = kwargs[i].1
            kwargs.remove(at: i)
        }
        if let m = explicitMeta {
            if let mt = m.asType { meta = mt }
        }
        // The most derived metaclass among the bases wins.
        for b in bases {
            let bt = b.type
            if bt.isSubtype(of: meta) { meta = bt }
            else if !meta.isSubtype(of: bt) && explicitMeta?.asType != nil {
                throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
            }
        }
        // __prepare__
        var ns = PyDict()
        let metaValue = explicitMeta.flatMap { $0.asType == nil ? $0 : nil } ?? .object(meta)
        if let prep = try getAttrOrNil(metaValue, "__prepare__"), meta !== BuiltinTypes.type || explicitMeta != nil {
            let r = try callWithKeywords(prep, [.object(name), .object(PyTuple(bases))], kwargs)
            if let d = r.asDict { ns = d }
        }
        // Run the body with the namespace as its locals.
        let frame = try makeFrame(body, args: emptyArgs, argc: 0, kwnames: nil)
        frame.locals = ns
        try pushDepth()
        switch try execute(frame) {
        case .returned, .yielded: break
        }
        var callArgs: [Value] = [.object(name), .object(PyTuple(bases)), .object(ns)]
        _ = callArgs
        if meta === BuiltinTypes.type && explicitMeta?.asType == nil || (explicitMeta?.asType === BuiltinTypes.type) {
            return .object(try makeClass(meta: BuiltinTypes.type, name: name.value, bases: bases, namespace: ns, kwargs: kwargs))
        }
        callArgs = [.object(name), .object(PyTuple(bases)), .object(ns)]
        return try callWithKeywords(metaValue, callArgs, kwargs)
    }
}

func installObjectType() {
    let o = BuiltinTypes.object
    o.addValue("__new__", BuiltinTypes.objectNew)
    o.addValue("__init__", BuiltinTypes.objectInit)
    o.addValue("__getattribute__", BuiltinTypes.objectGetattribute)
    o.addValue("__setattr__", BuiltinTypes.objectSetattr)
    o.addValue("__delattr__", BuiltinTypes.objectDelattr)
    o.addMethod("__repr__") { interp, args in
        guard case .object(let obj) = args[0] else { return Value(try interp.repr(args[0])) }
        return Value(interp.defaultRepr(obj))
    }
    o.addMethod("__str__") { interp, args in Value(try interp.repr(args[0])) }
    o.addMethod("__eq__") { _, args in
        args.count == 2 && args[0].isIdentical(to: args[1]) ? .bool(true) : .object(BuiltinTypes.notImplemented)
    }
    o.addMethod("__ne__") { interp, args in
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument") }
        let eq = try interp.compare(args[0], args[1], 0)
        if eq.asObject === BuiltinTypes.notImplemented { return eq }
        return .bool(!(try interp.isTrue(eq)))
    }
    o.addMethod("__hash__") { interp, args in
        guard case .object(let obj) = args[0] else { return .int(try interp.hash(args[0])) }
        return .int(interp.pointerHash(obj))
    }
    o.addMethod("__format__") { interp, args in
        guard args.count == 2, let spec = args[1].asStr else { throw PyErr.typeError("__format__() takes exactly one argument") }
        if !spec.value.isEmpty {
            throw PyErr.typeError("unsupported format string passed to \(args[0].type.name).__format__")
        }
        return Value(try interp.str(args[0]))
    }
    o.addMethod("__dir__") { interp, args in .object(PyList(try interp.dirOf(args[0]).map { Value($0) })) }
    o.addMethod("__reduce_ex__") { _, _ in throw PyErr.notImplemented("object.__reduce_ex__ is not supported by Coil") }
    o.addClassMethod("__init_subclass__") { _, _ in .none }
    o.addClassMethod("__subclasshook__") { _, _ in .object(BuiltinTypes.notImplemented) }
    o.addGetter("__class__", { _, v in .object(v.type) }, set: { _, obj, newType in
        guard case .object(let o) = obj, let t = newType.asType, t.isHeapType, o.type.isHeapType else {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        o.setType(t)
    })
    o.addGetter("__dict__", { _, v in
        // Builtin exceptions get their dict when first needed (most never do).
        if case .object(let obj) = v, obj.dict == nil, obj is PyBaseException { obj.dict = PyDict() }
        guard case .object(let obj) = v, let d = obj.dict else {
            throw PyErr.attributeError("'\(v.type.name)' object has no attribute '__dict__'")
        }
        return .object(d)
    }, set: { _, v, nd in
        guard case .object(let obj) = v, obj.dict != nil, let d = nd.asDict else {
            throw PyErr.typeError("__dict__ must be set to a dictionary")
        }
        obj.dict = d
    })
    o.addValue("__doc__", Value("The base class of the class hierarchy."))

    let t = BuiltinTypes.type
    t.addMethod("__call__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("descriptor '__call__' requires a 'type' object") }
        let rest = UnsafeBufferPointer(rebasing: args.values[1...])
        return try interp.typeCallDefault(cls, args: rest, kwnames: args.kwnames)
    }
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let meta = args[0].asType else { throw PyErr.typeError("type.__new__(X): X is not a type object") }
        if args.count == 2 && meta === BuiltinTypes.type { return .object(args[1].type) }
        guard args.count == 4, let name = args[1].asStr, let bases = args[2].asTuple, let ns = args[3].asDict else {
            throw PyErr.typeError("type() takes 1 or 3 arguments")
        }
        return .object(try interp.makeClass(meta: meta, name: name.value, bases: bases.items, namespace: ns, kwargs: args.keywords))
    }
    t.addMethod("__init__") { _, _ in .none }
    t.addMethod("__repr__") { _, args in
        guard let cls = args[0].asType else { return Value("<class '?'>") }
        let mod = cls.typeDict.getStr("__module__")?.asStr?.value
        if let m = mod, m != "builtins" { return Value("<class '\(m).\(cls.qualname)'>") }
        return Value("<class '\(cls.qualname)'>")
    }
    t.addMethod("mro") { _, args in .object(PyList((args[0].asType?.mro ?? []).map { .object($0) })) }
    t.addMethod("__subclasses__") { _, args in
        .object(PyList((args[0].asType?.subclassRefs ?? []).compactMap { $0.b.map { .object($0) } }))
    }
    t.addMethod("__instancecheck__") { interp, args in .bool(try interp.isInstance(args[1], args[0])) }
    t.addMethod("__subclasscheck__") { interp, args in .bool(try interp.isSubclass(args[1], args[0])) }
    t.addMethod("__or__") { _, args in .object(PyGenericAlias(origin: args[0], args: args[1])) }
    t.addMethod("__ror__") { _, args in .object(PyGenericAlias(origin: args[1], args: args[0])) }
    t.addGetter("__name__", { _, v in Value(v.asType?.name ?? "") }, set: { _, v, n in
        guard let cls = v.asType, let s = n.asStr else { throw PyErr.typeError("can only assign string to __name__") }
        cls.name = s.value
    })
    t.addGetter("__qualname__", { _, v in Value(v.asType?.qualname ?? "") }, set: { _, v, n in
        guard let cls = v.asType, let s = n.asStr else { throw PyErr.typeError("can only assign string to __qualname__") }
        cls.qualname = s.value
    })
    // Kept in the class's own dict (not inherited, like CPython's getset); setting it decides
    // whether object.__new__ may instantiate the class (abc.ABCMeta sets it on every class).
    t.addGetter("__abstractmethods__", { _, v in
        if let cls = v.asType, cls !== BuiltinTypes.type, let am = cls.typeDict.getStr("__abstractmethods__") { return am }
        let e = PyErr.attributeError("__abstractmethods__")
        e.setAttribute("name", Value("__abstractmethods__"))
        throw e
    }, set: { interp, v, am in
        guard let cls = v.asType, cls.isHeapType else {
            throw PyErr.typeError("cannot set '__abstractmethods__' attribute of immutable type '\(v.asType?.name ?? "?")'")
        }
        let abstract = try interp.isTrue(am)
        cls.typeDict.setStr("__abstractmethods__", am)
        if abstract { cls.flags.insert(.isAbstract) } else { cls.flags.remove(.isAbstract) }
        cls.modified()
    })
    t.addGetter("__mro__") { _, v in .object(PyTuple((v.asType?.mro ?? []).map { .object($0) })) }
    t.addGetter("__bases__") { _, v in
        guard let cls = v.asType else { return .object(PyTuple.empty) }
        if cls === BuiltinTypes.object { return .object(PyTuple.empty) }
        return .object(PyTuple(cls.bases.map { .object($0) }))
    }
    t.addGetter("__base__") { _, v in
        guard let cls = v.asType, cls !== BuiltinTypes.object, let b = cls.bases.first else { return .none }
        return .object(b)
    }
    t.addGetter("__module__") { _, v in
        guard let cls = v.asType else { return .none }
        return cls.typeDict.getStr("__module__") ?? Value("builtins")
    }
    t.addGetter("__doc__") { _, v in v.asType?.typeDict.getStr("__doc__") ?? .none }
    t.addGetter("__dict__") { _, v in
        guard let cls = v.asType else { return .none }
        let copy = PyDict(type: BuiltinTypes.mappingProxy)
        cls.typeDict.forEach { k, val in copy.setStr(k.asStr ?? PyStr(""), val) }
        return .object(copy)
    }
    t.addGetter("__annotations__") { _, v in
        guard let cls = v.asType else { return .none }
        if let a = cls.typeDict.getStr("__annotations__") { return a }
        let d = PyDict()
        if cls.isHeapType { cls.typeDict.setStr("__annotations__", .object(d)) }
        return .object(d)
    }
}

extension BuiltinTypes {
    /// Read-mostly view of a class namespace (`C.__dict__`); a dict underneath.
    public static let mappingProxy = make("mappingproxy", dict, layout: .dict, flags: [])
}
