// Methods of the VM's own object kinds: functions, methods, modules, descriptors (property,
// classmethod, staticmethod), super, NoneType and the other singletons.

public final class PySuper: PyObject {
    let thisType: PyType
    let obj: Value
    let objType: PyType
    init(thisType: PyType, obj: Value, objType: PyType) {
        self.thisType = thisType; self.obj = obj; self.objType = objType
        super.init(type: BuiltinTypes.superType)
    }

    /// The class attribute `name` found along `objType`'s MRO after `thisType`, undecorated.
    func find(_ name: PyStr) -> Value? {
        let mro = objType.mro
        var start = 0
        if let i = mro.firstIndex(where: { $0 === thisType }) { start = i + 1 }
        for t in mro[start...] {
            if let v = t.typeDict.getStr(name) { return v }
        }
        return nil
    }
}

/// `__call__` for the VM's callable kinds. The VM calls them directly; the slot exists so that
/// structural checks (collections.abc.Callable looks for `__call__` in the MRO) see them.
private let callSelf: NativeFunction = { interp, args in
    try interp.call(args[0], args: UnsafeBufferPointer(rebasing: args.values[1...]), kwnames: args.kwnames)
}

func installCoreTypes() {
    let fn = BuiltinTypes.function
    fn.addMethod("__call__", callSelf)
    fn.addGetter("__name__", { _, v in Value((v.asObject as? PyFunction)?.name ?? "") }, set: { _, v, n in
        guard let f = v.asObject as? PyFunction, let s = n.asStr else { throw PyErr.typeError("__name__ must be set to a string object") }
        f.name = s.value
    })
    fn.addGetter("__qualname__", { _, v in Value((v.asObject as? PyFunction)?.qualname ?? "") }, set: { _, v, n in
        guard let f = v.asObject as? PyFunction, let s = n.asStr else { throw PyErr.typeError("__qualname__ must be set to a string object") }
        f.qualname = s.value
    })
    fn.addGetter("__doc__", { _, v in (v.asObject as? PyFunction)?.doc ?? .none }, set: { _, v, d in
        (v.asObject as? PyFunction)?.doc = d
    })
    fn.addGetter("__module__", { _, v in (v.asObject as? PyFunction)?.module ?? .none }, set: { _, v, d in
        (v.asObject as? PyFunction)?.module = d
    })
    fn.addGetter("__defaults__", { _, v in
        guard let f = v.asObject as? PyFunction, !f.defaults.isEmpty else { return .none }
        return .object(PyTuple(f.defaults))
    }, set: { _, v, d in
        guard let f = v.asObject as? PyFunction else { return }
        f.defaults = d.asTuple?.items ?? []
    })
    fn.addGetter("__kwdefaults__", { _, v in (v.asObject as? PyFunction)?.kwDefaults.map { .object($0) } ?? .none })
    fn.addGetter("__globals__") { _, v in (v.asObject as? PyFunction).map { .object($0.globals) } ?? .none }
    fn.addGetter("__closure__") { _, v in
        guard let f = v.asObject as? PyFunction, !f.closure.isEmpty else { return .none }
        return .object(PyTuple(f.closure.map { .object($0) }))
    }
    fn.addGetter("__code__") { _, v in (v.asObject as? PyFunction).map { .object(PyCode($0.code)) } ?? .none }
    fn.addGetter("__annotations__", { _, v in
        guard let f = v.asObject as? PyFunction else { return .none }
        if let a = f.annotations { return .object(a) }
        let d = PyDict()
        f.annotations = d
        return .object(d)
    }, set: { _, v, d in (v.asObject as? PyFunction)?.annotations = d.asDict })
    fn.addGetter("__dict__") { _, v in
        guard case .object(let o) = v else { return .none }
        if o.dict == nil { o.dict = PyDict() }
        return .object(o.dict ?? PyDict())
    }
    fn.addMethod("__get__") { _, args in
        if args.count >= 2 && !args[1].isNone { return .object(PyBoundMethod(function: args[0], selfValue: args[1])) }
        return args[0]
    }
    fn.addMethod("__repr__") { interp, args in
        guard let f = args[0].asObject as? PyFunction else { return Value("<function>") }
        return Value("<function \(f.qualname) at \(interp.addressString(f))>")
    }

    let code = BuiltinTypes.code
    code.addGetter("co_name") { _, v in Value((v.asObject as? PyCode)?.code.name ?? "") }
    code.addGetter("co_qualname") { _, v in Value((v.asObject as? PyCode)?.code.qualname ?? "") }
    code.addGetter("co_filename") { _, v in Value((v.asObject as? PyCode)?.code.filename ?? "") }
    code.addGetter("co_firstlineno") { _, v in .int((v.asObject as? PyCode)?.code.firstLine ?? 0) }
    code.addGetter("co_argcount") { _, v in .int((v.asObject as? PyCode)?.code.argCount ?? 0) }
    code.addGetter("co_varnames") { _, v in .object(PyTuple(((v.asObject as? PyCode)?.code.varnames ?? []).map { Value($0) })) }
    code.addGetter("co_flags") { _, v in .int(Int((v.asObject as? PyCode)?.code.flags.rawValue ?? 0)) }

    let m = BuiltinTypes.method
    m.addMethod("__call__", callSelf)
    m.addGetter("__self__") { _, v in (v.asObject as? PyBoundMethod)?.selfValue ?? .none }
    m.addGetter("__func__") { _, v in (v.asObject as? PyBoundMethod)?.function ?? .none }
    m.addGetter("__name__") { interp, v in try interp.getAttr((v.asObject as? PyBoundMethod)?.function ?? .none, "__name__") }
    m.addGetter("__qualname__") { interp, v in try interp.getAttr((v.asObject as? PyBoundMethod)?.function ?? .none, "__qualname__") }
    m.addGetter("__doc__") { interp, v in try interp.getAttr((v.asObject as? PyBoundMethod)?.function ?? .none, "__doc__") }
    m.addMethod("__repr__") { interp, args in
        guard let bm = args[0].asObject as? PyBoundMethod else { return Value("<bound method>") }
        let name = (try? interp.getAttr(bm.function, "__qualname__"))?.asStr?.value ?? "?"
        return Value("<bound method \(name) of \(try interp.repr(bm.selfValue))>")
    }
    m.addMethod("__eq__") { _, args in
        guard let a = args[0].asObject as? PyBoundMethod, let b = args[1].asObject as? PyBoundMethod else {
            return .object(BuiltinTypes.notImplemented)
        }
        return .bool(a.function.isIdentical(to: b.function) && a.selfValue.isIdentical(to: b.selfValue))
    }
    m.addMethod("__hash__") { interp, args in
        guard let a = args[0].asObject as? PyBoundMethod else { return .int(0) }
        return .int(try interp.hash(a.function) ^ (a.selfValue.asObject.map { interp.pointerHash($0) } ?? 0))
    }

    let bf = BuiltinTypes.builtinFunction
    bf.addMethod("__call__", callSelf)
    bf.addGetter("__name__") { _, v in Value((v.asObject as? PyBuiltinFunction)?.name ?? "") }
    bf.addGetter("__qualname__") { _, v in Value((v.asObject as? PyBuiltinFunction)?.name ?? "") }
    bf.addGetter("__doc__") { _, v in (v.asObject as? PyBuiltinFunction)?.doc.map { Value($0) } ?? .none }
    bf.addGetter("__self__") { _, v in (v.asObject as? PyBuiltinFunction)?.boundSelf ?? .none }
    bf.addMethod("__repr__") { interp, args in
        guard let b = args[0].asObject as? PyBuiltinFunction else { return Value("<built-in function>") }
        if let s = b.boundSelf {
            if case .object(let so) = s, so is PyModule { return Value("<built-in function \(b.name)>") }
            return Value("<built-in method \(b.name) of \(s.type.name) object at \(s.asObject.map { interp.addressString($0) } ?? "0x0")>")
        }
        return Value("<built-in function \(b.name)>")
    }
    let md = BuiltinTypes.methodDescriptor
    md.addMethod("__call__", callSelf)
    md.addGetter("__name__") { _, v in Value((v.asObject as? PyMethodDescriptor)?.name ?? "") }
    md.addMethod("__repr__") { _, args in
        guard let d = args[0].asObject as? PyMethodDescriptor else { return Value("<method>") }
        return Value("<method '\(d.name)' of '\(d.owner.name)' objects>")
    }
    md.addMethod("__get__") { _, args in
        guard let d = args[0].asObject as? PyMethodDescriptor, args.count >= 2, !args[1].isNone else { return args[0] }
        return .object(PyBuiltinFunction(name: d.name, boundSelf: args[1], ownerName: d.owner.name, fn: d.fn))
    }

    let mod = BuiltinTypes.module
    mod.addMethod("__repr__") { _, args in
        guard let m = args[0].asObject as? PyModule else { return Value("<module>") }
        if let f = m.dict?.getStr("__file__")?.asStr { return Value("<module '\(m.name)' from '\(f.value)'>") }
        return Value("<module '\(m.name)' (built-in)>")
    }
    mod.addStaticMethod("__new__") { _, args in
        guard args.count >= 2, let name = args[1].asStr else { throw PyErr.typeError("module.__new__() requires a name") }
        let cls = args[0].asType.flatMap { $0.isSubtype(of: BuiltinTypes.module) ? $0 : nil } ?? BuiltinTypes.module
        return .object(PyModule(name: name.value, dict: PyDict(), type: cls))
    }

    let ga = BuiltinTypes.genericAlias
    ga.addMethod("__repr__") { interp, args in
        guard let g = args[0].asObject as? PyGenericAlias else { return Value("") }
        func show(_ v: Value) throws -> String {
            if let t = v.asType {
                let m = t.typeDict.getStr("__module__")?.asStr?.value
                return m == nil || m == "builtins" ? t.qualname : "\(m ?? "").\(t.qualname)"
            }
            if case .object(let o) = v, o is PyGenericAlias { return try interp.repr(v) }
            if v.asObject === BuiltinTypes.ellipsis { return "..." }
            return try interp.repr(v)
        }
        let argList = g.args.asTuple?.items ?? [g.args]
        return Value("\(try show(g.origin))[\(try argList.map(show).joined(separator: ", "))]")
    }
    ga.addGetter("__origin__") { _, v in (v.asObject as? PyGenericAlias)?.origin ?? .none }
    ga.addGetter("__args__") { _, v in
        guard let g = v.asObject as? PyGenericAlias else { return .none }
        return .object(g.args.asTuple ?? PyTuple([g.args]))
    }
    ga.addMethod("__call__") { interp, args in
        guard let g = args[0].asObject as? PyGenericAlias else { return .none }
        return try interp.callValues(g.origin, Array(args.positional.dropFirst()))
    }

    let none = BuiltinTypes.noneType
    none.addMethod("__repr__") { _, _ in Value("None") }
    none.addMethod("__bool__") { _, _ in .bool(false) }
    none.addStaticMethod("__new__") { _, _ in .none }
    BuiltinTypes.notImplementedType.addMethod("__repr__") { _, _ in Value("NotImplemented") }
    BuiltinTypes.ellipsisType.addMethod("__repr__") { _, _ in Value("Ellipsis") }
    BuiltinTypes.cell.addGetter("cell_contents") { _, v in
        guard let c = v.asObject as? PyCell, !c.value.isUndefined else { throw PyErr.valueError("Cell is empty") }
        return c.value
    }

    installDescriptorTypes()
}

extension Interpreter {
    /// Whether `f.__isabstractmethod__` is true (missing counts as false).
    func isAbstractCallable(_ f: Value) throws -> Bool {
        if f.isNone { return false }
        guard let flag = try getAttrOrNil(f, "__isabstractmethod__") else { return false }
        return try isTrue(flag)
    }
}

private func installDescriptorTypes() {
    let p = BuiltinTypes.property
    p.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("property.__new__ requires a type") }
        return .object(PyProperty(fget: .none, fset: .none, fdel: .none, doc: .none, type: cls))
    }
    p.addMethod("__init__") { interp, args in
        guard let prop = args[0].asObject as? PyProperty else { return .none }
        let names = ["fget", "fset", "fdel", "doc"]
        var vals: [Value] = [.none, .none, .none, .none]
        for i in 1..<max(1, args.count) where i - 1 < 4 { vals[i - 1] = args[i] }
        for (k, v) in args.keywords {
            guard let i = names.firstIndex(of: k) else { throw PyErr.typeError("property() got an unexpected keyword argument '\(k)'") }
            vals[i] = v
        }
        prop.fget = vals[0]; prop.fset = vals[1]; prop.fdel = vals[2]; prop.doc = vals[3]
        if prop.doc.isNone && !prop.fget.isNone, let d = try interp.getAttrOrNil(prop.fget, "__doc__") { prop.doc = d }
        return .none
    }
    p.addMethod("__get__") { interp, args in
        guard let prop = args[0].asObject as? PyProperty else { return .none }
        if args.count < 2 || args[1].isNone { return args[0] }
        if prop.fget.isNone { throw PyErr.attributeError("unreadable attribute") }
        return try interp.callValues(prop.fget, [args[1]])
    }
    p.addMethod("__set__") { interp, args in
        guard let prop = args[0].asObject as? PyProperty, args.count == 3 else { return .none }
        if prop.fset.isNone { throw PyErr.attributeError("can't set attribute") }
        return try interp.callValues(prop.fset, [args[1], args[2]])
    }
    func copyWith(_ idx: Int) -> NativeFunction {
        return { _, args in
            guard let prop = args[0].asObject as? PyProperty, args.count == 2 else { throw PyErr.typeError("expected one argument") }
            var parts = [prop.fget, prop.fset, prop.fdel]
            parts[idx] = args[1]
            let np = PyProperty(fget: parts[0], fset: parts[1], fdel: parts[2], doc: prop.doc, type: prop.type)
            return .object(np)
        }
    }
    p.addMethod("getter", copyWith(0))
    p.addMethod("setter", copyWith(1))
    p.addMethod("deleter", copyWith(2))
    p.addGetter("fget") { _, v in (v.asObject as? PyProperty)?.fget ?? .none }
    p.addGetter("fset") { _, v in (v.asObject as? PyProperty)?.fset ?? .none }
    p.addGetter("fdel") { _, v in (v.asObject as? PyProperty)?.fdel ?? .none }
    p.addGetter("__doc__") { _, v in (v.asObject as? PyProperty)?.doc ?? .none }
    // abc.ABCMeta asks descriptors whether they wrap an abstract method.
    p.addGetter("__isabstractmethod__") { interp, v in
        guard let prop = v.asObject as? PyProperty else { return .bool(false) }
        for f in [prop.fget, prop.fset, prop.fdel] where try interp.isAbstractCallable(f) { return .bool(true) }
        return .bool(false)
    }

    let cm = BuiltinTypes.classmethod
    cm.addStaticMethod("__new__") { _, args in
        guard args.count == 2, let cls = args[0].asType else { throw PyErr.typeError("classmethod expected 1 argument, got \(max(0, args.count - 1))") }
        return .object(PyClassMethod(args[1], type: cls))
    }
    cm.addMethod("__get__") { _, args in
        guard let c = args[0].asObject as? PyClassMethod else { return .none }
        let owner: Value = args.count >= 3 && !args[2].isNone ? args[2] : .object(args[1].type)
        return .object(PyBoundMethod(function: c.function, selfValue: owner))
    }
    cm.addGetter("__func__") { _, v in (v.asObject as? PyClassMethod)?.function ?? .none }
    cm.addGetter("__isabstractmethod__") { interp, v in
        .bool(try interp.isAbstractCallable((v.asObject as? PyClassMethod)?.function ?? .none))
    }
    let sm = BuiltinTypes.staticmethod
    sm.addStaticMethod("__new__") { _, args in
        guard args.count == 2, let cls = args[0].asType else { throw PyErr.typeError("staticmethod expected 1 argument, got \(max(0, args.count - 1))") }
        return .object(PyStaticMethod(args[1], type: cls))
    }
    sm.addMethod("__get__") { _, args in (args[0].asObject as? PyStaticMethod)?.function ?? .none }
    sm.addMethod("__call__") { interp, args in
        guard let s = args[0].asObject as? PyStaticMethod else { return .none }
        return try interp.callValues(s.function, Array(args.positional.dropFirst()))
    }
    sm.addGetter("__func__") { _, v in (v.asObject as? PyStaticMethod)?.function ?? .none }
    sm.addGetter("__isabstractmethod__") { interp, v in
        .bool(try interp.isAbstractCallable((v.asObject as? PyStaticMethod)?.function ?? .none))
    }

    let sup = BuiltinTypes.superType
    sup.addStaticMethod("__new__") { interp, args in
        let thisType: PyType
        let obj: Value
        if args.count >= 3 {
            guard let t = args[1].asType else { throw PyErr.typeError("super() argument 1 must be a type, not \(args[1].type.name)") }
            thisType = t
            obj = args[2]
        } else if args.count == 2 {
            throw PyErr.notImplemented("unbound super objects (super(type)) are not supported by Coil")
        } else {
            return .object(try interp.zeroArgumentSuper())
        }
        return .object(try makeSuper(thisType, obj))
    }
    sup.addMethod("__getattribute__") { interp, args in
        guard let s = args[0].asObject as? PySuper, let name = args[1].asStr else { throw PyErr.typeError("bad super") }
        if name.value == "__class__" { return .object(BuiltinTypes.superType) }
        if let v = s.find(name) {
            guard case .object(let o) = v else { return v }
            if let cmeth = o as? PyClassMethod { return .object(PyBoundMethod(function: cmeth.function, selfValue: .object(s.objType))) }
            if let st = o as? PyStaticMethod { return st.function }
            if s.obj.asType != nil && s.obj.asType === s.objType && !(o is PyProperty) {
                // super() in a classmethod: functions stay unbound.
                if o is PyFunction { return v }
            }
            if o.type === BuiltinTypes.function { return .object(PyBoundMethod(function: v, selfValue: s.obj)) }
            if let m = o as? PyMethodDescriptor {
                return .object(PyBuiltinFunction(name: m.name, boundSelf: s.obj, ownerName: m.owner.name, fn: m.fn))
            }
            if let p = o as? PyProperty { return try interp.callValues(p.fget, [s.obj]) }
            if o.type.isHeapType, let get = o.type.lookup(interp.names.dget) {
                return try interp.callValues(get, [v, s.obj, .object(s.objType)])
            }
            return v
        }
        throw PyErr.attributeError("'super' object has no attribute '\(name.value)'")
    }
    sup.addMethod("__repr__") { _, args in
        guard let s = args[0].asObject as? PySuper else { return Value("<super>") }
        return Value("<super: <class '\(s.thisType.name)'>, <\(s.objType.name) object>>")
    }
}

/// Creates a `super` object.
func makeSuper(_ thisType: PyType, _ obj: Value) throws -> PySuper {
    let objType: PyType
    // Only classes (whose type has the `type` layout) need the dynamic cast.
    if obj.type.layout == .type, let t = obj.asType, t.isSubtype(of: thisType) { objType = t }
    else if obj.type.isSubtype(of: thisType) { objType = obj.type }
    else { throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type") }
    return PySuper(thisType: thisType, obj: obj, objType: objType)
}

extension Interpreter {
    /// `super()` with no arguments: the calling frame's `__class__` cell and first argument.
    func zeroArgumentSuper() throws -> PySuper {
        // CPython's order of checks: arguments, first argument, then the __class__ cell.
        guard let f = currentFrame else { throw PyErr.runtimeError("super(): no current frame") }
        guard f.code.argCount > 0 || f.code.flags.contains(.varargs) else { throw PyErr.runtimeError("super(): no arguments") }
        let rt = f.rt
        let obj = rt.superSelfCell >= 0 ? f.cell(rt.superSelfCell).value : f.slots[0]
        if obj.isUndefined { throw PyErr.runtimeError("super(): arg[0] deleted") }
        guard rt.superClassCell >= 0 else {
            throw PyErr.runtimeError("super(): __class__ cell not found")
        }
        guard case .object(let co) = f.cell(rt.superClassCell).value, let t = co as? PyType else {
            throw PyErr.runtimeError("super(): empty __class__ cell")
        }
        return try makeSuper(t, obj)
    }
}
