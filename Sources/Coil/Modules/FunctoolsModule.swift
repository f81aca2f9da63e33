// The `functools` module: partial, reduce, update_wrapper/wraps, cmp_to_key, total_ordering,
// cached_property. lru_cache/cache live in FunctoolsCache.swift.

/// A builtin type whose instances act as descriptors (`__get__`, `__set_name__`). The VM only
/// honours those dunders on heap types, so these types carry the heap-type flag; they are
/// created once per process and never freed.
func makeDescriptorCapableType(_ name: String, module: String) -> PyType {
    let t = PyType(name: name, bases: [BuiltinTypes.object], layout: .object, flags: [.heapType, .hasDict],
                   metatype: BuiltinTypes.type)
    t.typeDict.setStr("__module__", Value(module))
    t.typeDict.setStr("__doc__", .none)
    return t
}

final class PyPartial: PyObject {
    var fn: Value
    var args: [Value]
    var kw: PyDict

    init(type: PyType, fn: Value, args: [Value], kw: PyDict) {
        self.fn = fn; self.args = args; self.kw = kw
        super.init(type: type)
        dict = PyDict()
        trackGC(self)
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(fn, visit)
        for a in args { visitValue(a, visit) }
        visit(kw)
    }

    override func clearReferences() {
        super.clearReferences()
        fn = .none; args = []; kw = PyDict()
    }
}

extension Interpreter {
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o is PyMethodDescriptor { return true }
        return o.type.lookup(names.dcall) != nil
    }

    /// functools.update_wrapper.
    func updateWrapper(_ wrapper: Value, _ wrapped: Value, assigned: [String]? = nil, updated: [String]? = nil) throws {
        for attr in assigned ?? ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            if let v = try getAttrOrNil(wrapped, attr) { try setAttr(wrapper, attr, v) }
        }
        for attr in updated ?? ["__dict__"] {
            let target = try getAttr(wrapper, attr)
            if let src = try getAttrOrNil(wrapped, attr) {
                if let td = target.asDict, let sd = src.asDict, td.type === BuiltinTypes.dict {
                    try sd.forEach { k, v in try dictSet(td, k, v) }
                } else {
                    _ = try callMethod(target, "update", [src])
                }
            }
        }
        try setAttr(wrapper, "__wrapped__", wrapped)
    }
}

extension BuiltinTypes {
    static let partialType: PyType = {
        let t = make("partial", layout: .other, flags: [.baseType, .hasDict])
        t.addValue("__module__", Value("functools"))
        t.addStaticMethod("__new__") { interp, args in
            guard let cls = args[0].asType else { throw PyErr.typeError("partial.__new__(X): X is not a type object") }
            guard args.count >= 2 else { throw PyErr.typeError("type 'partial' takes at least one argument") }
            var fn = args[1]
            var pargs: [Value] = []
            let kw = PyDict()
            if case .object(let o) = fn, let inner = o as? PyPartial, inner.dict?.count ?? 0 == 0 {
                pargs = inner.args
                inner.kw.forEach { k, v in kw.setStr(k.asStr ?? PyStr(""), v) }
                fn = inner.fn
            }
            guard interp.isCallable(fn) else { throw PyErr.typeError("the first argument must be callable") }
            pargs.append(contentsOf: args.positional.dropFirst(2))
            for (k, v) in args.keywords { kw.setStr(k, v) }
            return .object(PyPartial(type: cls, fn: fn, args: pargs, kw: kw))
        }
        t.addMethod("__call__") { interp, args in
            guard let p = args[0].asObject as? PyPartial else { throw PyErr.typeError("partial.__call__ needs a partial") }
            var all = p.args
            let n = args.count
            if n > 1 { all.append(contentsOf: args.values[1..<n]) }
            if p.kw.count == 0 && !args.hasKeywords {
                return try interp.callValues(p.fn, all)
            }
            var names: [Value] = []
            var kwVals: [Value] = []
            let merged = PyDict()
            p.kw.forEach { k, v in merged.setStr(k.asStr ?? PyStr(""), v) }
            for (k, v) in args.keywords { merged.setStr(k, v) }
            merged.forEach { k, v in names.append(k); kwVals.append(v) }
            all.append(contentsOf: kwVals)
            let kwnames = PyTuple(names)
            return try all.withUnsafeBufferPointer { try interp.call(p.fn, args: $0, kwnames: kwnames) }
        }
        t.addGetter("func") { _, v in (v.asObject as? PyPartial)?.fn ?? .none }
        t.addGetter("args") { _, v in .object(PyTuple((v.asObject as? PyPartial)?.args ?? [])) }
        t.addGetter("keywords") { _, v in ((v.asObject as? PyPartial)?.kw).map { .object($0) } ?? .none }
        t.addMethod("__repr__") { interp, args in
            guard case .object(let o) = args[0], let p = o as? PyPartial else { return Value("partial()") }
            let name = o.type === BuiltinTypes.partialType ? "functools.partial" : o.type.name
            return Value(try interp.reprGuarded(o, placeholder: "...") {
                var parts = [try interp.repr(p.fn)]
                for a in p.args { parts.append(try interp.repr(a)) }
                try p.kw.forEach { k, v in parts.append("\(k.asStr?.value ?? "")=\(try interp.repr(v))") }
                return "\(name)(\(parts.joined(separator: ", ")))"
            })
        }
        t.addMethod("__reduce__") { _, args in
            guard case .object(let o) = args[0], let p = o as? PyPartial else { return .none }
            return .object(PyTuple([.object(o.type), .object(PyTuple([p.fn])),
                                    .object(PyTuple([p.fn, .object(PyTuple(p.args)), .object(p.kw), o.dict.map { .object($0) } ?? .none]))]))
        }
        t.addClassMethod("__class_getitem__") { _, args in .object(PyGenericAlias(origin: args[0], args: args[1])) }
        return t
    }()

    /// functools.KeyWrapper (cmp_to_key): compares by calling the cmp function.
    static let keyWrapperType: PyType = {
        let t = make("KeyWrapper", layout: .other, flags: [])
        t.addValue("__module__", Value("functools"))
        t.addMethod("__call__") { _, args in
            guard let k = args[0].asObject as? PyKeyWrapper, args.count == 2 else {
                throw PyErr.typeError("K() takes exactly 1 argument (\(args.count - 1) given)")
            }
            return .object(PyKeyWrapper(cmp: k.cmp, obj: args[1]))
        }
        t.addGetter("obj", { _, v in
            guard let k = v.asObject as? PyKeyWrapper, !k.obj.isUndefined else { throw PyErr.attributeError("obj") }
            return k.obj
        }, set: { _, v, n in (v.asObject as? PyKeyWrapper)?.obj = n })
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            t.addMethod(name) { interp, args in
                guard let a = args[0].asObject as? PyKeyWrapper, args.count == 2 else { throw PyErr.typeError("bad comparison") }
                guard let b = args[1].asObject as? PyKeyWrapper else { throw PyErr.typeError("other argument must be K instance") }
                if a.obj.isUndefined || b.obj.isUndefined { throw PyErr.attributeError("object") }
                let r = try interp.callValues(a.cmp, [a.obj, b.obj])
                return try interp.compare(r, .int(0), op)
            }
        }
        t.addValue("__hash__", .none)
        return t
    }()

    static let cachedPropertyType: PyType = {
        let t = makeDescriptorCapableType("cached_property", module: "functools")
        t.addStaticMethod("__new__") { _, args in
            guard let cls = args[0].asType else { throw PyErr.typeError("cached_property.__new__(X): X is not a type") }
            return .object(PyInstance(type: cls))
        }
        t.addMethod("__init__") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("cached_property.__init__() takes exactly one argument") }
            try interp.setAttr(args[0], "func", args[1])
            try interp.setAttr(args[0], "attrname", .none)
            try interp.setAttr(args[0], "__doc__", try interp.getAttrOrNil(args[1], "__doc__") ?? .none)
            return .none
        }
        t.addMethod("__set_name__") { interp, args in
            guard args.count == 3 else { throw PyErr.typeError("__set_name__() takes 2 arguments") }
            let cur = try interp.getAttr(args[0], "attrname")
            if cur.isNone { try interp.setAttr(args[0], "attrname", args[2]) }
            else if !(try interp.equals(cur, args[2])) {
                throw PyErr.typeError("Cannot assign the same cached_property to two different names (\(try interp.repr(cur)) and \(try interp.repr(args[2]))).")
            }
            return .none
        }
        t.addMethod("__get__") { interp, args in
            let inst = args.count > 1 ? args[1] : .none
            if inst.isNone { return args[0] }
            let name = try interp.getAttr(args[0], "attrname")
            guard let ns = name.asStr else {
                throw PyErr.typeError("Cannot use cached_property instance without calling __set_name__ on it.")
            }
            guard case .object(let io) = inst, let d = io.dict else {
                throw PyErr.typeError("No '__dict__' attribute on \(try interp.repr(.object(inst.type.name == "" ? BuiltinTypes.object : inst.type))) instance to cache \(try interp.repr(name)) property.")
            }
            if let v = d.getStr(ns) { return v }
            let v = try interp.callValues(try interp.getAttr(args[0], "func"), [inst])
            d.setStr(ns, v)
            return v
        }
        t.addClassMethod("__class_getitem__") { _, args in .object(PyGenericAlias(origin: args[0], args: args[1])) }
        return t
    }()
}

final class PyKeyWrapper: PyObject {
    let cmp: Value
    var obj: Value
    init(cmp: Value, obj: Value) {
        self.cmp = cmp; self.obj = obj
        super.init(type: BuiltinTypes.keyWrapperType)
    }
    override func traverse(_ visit: (PyObject) -> Void) { visitValue(cmp, visit); visitValue(obj, visit) }
}

/// The comparison total_ordering derives: (root, derived name, how to build it).
private enum DerivedOp { case notAndNe, orEq, not, notOrEq, andNe }

private let totalOrderingTable: [String: [(String, DerivedOp)]] = [
    "__lt__": [("__gt__", .notAndNe), ("__le__", .orEq), ("__ge__", .not)],
    "__le__": [("__ge__", .notOrEq), ("__lt__", .andNe), ("__gt__", .not)],
    "__gt__": [("__lt__", .notAndNe), ("__ge__", .orEq), ("__le__", .not)],
    "__ge__": [("__le__", .notOrEq), ("__gt__", .andNe), ("__lt__", .not)],
]

private func totalOrdering(_ interp: Interpreter, _ args: Args) throws -> Value {
    guard args.count == 1, let cls = args[0].asType else { throw PyErr.typeError("total_ordering() takes a class") }
    var roots: [String] = []
    for op in ["__lt__", "__le__", "__gt__", "__ge__"] {
        let mine = try interp.getAttrOrNil(.object(cls), op)
        let base = BuiltinTypes.object.lookup(op)
        if let m = mine, !(base.map { m.isIdentical(to: $0) } ?? false) { roots.append(op) }
    }
    guard let root = roots.max() else {
        throw PyErr.valueError("must define at least one ordering operation: < > <= >=")
    }
    for (name, kind) in totalOrderingTable[root] ?? [] where !roots.contains(name) {
        let rootName = root
        let f = PyMethodDescriptor(name: name, owner: cls) { interp, a in
            guard a.count == 2 else { throw PyErr.typeError("\(name)() takes exactly one argument") }
            let s = a[0], o = a[1]
            guard let rm = s.type.lookup(interp.intern(rootName)) else { return .object(BuiltinTypes.notImplemented) }
            let r = try interp.callValues(rm, [s, o])
            if r.asObject === BuiltinTypes.notImplemented { return r }
            switch kind {
            case .not: return .bool(!(try interp.isTrue(r)))
            case .notAndNe:
                if try interp.isTrue(r) { return .false }
                return try interp.compare(s, o, 1)
            case .orEq:
                if try interp.isTrue(r) { return r }
                return try interp.compare(s, o, 0)
            case .notOrEq:
                if !(try interp.isTrue(r)) { return .true }
                return try interp.compare(s, o, 0)
            case .andNe:
                if !(try interp.isTrue(r)) { return r }
                return try interp.compare(s, o, 1)
            }
        }
        cls.typeDict.setStr(name, .object(f))
    }
    cls.modified()
    return args[0]
}

func makeFunctoolsModule(_ interp: Interpreter) throws -> PyModule {
    let assigned: Value = .object(PyTuple(["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"].map { Value($0) }))
    let updated: Value = .object(PyTuple([Value("__dict__")]))
    func strList(_ interp: Interpreter, _ v: Value?) throws -> [String]? {
        guard let v = v else { return nil }
        return try interp.iterate(v).map { $0.asStr?.value ?? "" }
    }
    let m = interp.makeNativeModule("functools", [
        ("reduce", { interp, args in
            guard args.count == 2 || args.count == 3 else {
                throw PyErr.typeError("reduce expected at least 2 arguments, got \(args.count)")
            }
            let f = args[0]
            let it = try interp.getIter(args[1])
            var acc: Value
            if args.count == 3 { acc = args[2] } else {
                guard let first = try interp.next(it) else {
                    throw PyErr.typeError("reduce() of empty iterable with no initial value")
                }
                acc = first
            }
            while let x = try interp.next(it) { acc = try interp.callValues(f, [acc, x]) }
            return acc
        }),
        ("update_wrapper", { interp, args in
            guard let wrapper = interp.osArg(args, 0, "wrapper"), let wrapped = interp.osArg(args, 1, "wrapped") else {
                throw PyErr.typeError("update_wrapper() missing required arguments: 'wrapper' and 'wrapped'")
            }
            try interp.updateWrapper(wrapper, wrapped, assigned: try strList(interp, interp.osArg(args, 2, "assigned")),
                                     updated: try strList(interp, interp.osArg(args, 3, "updated")))
            return wrapper
        }),
        ("wraps", { interp, args in
            guard let wrapped = interp.osArg(args, 0, "wrapped") else {
                throw PyErr.typeError("wraps() missing 1 required positional argument: 'wrapped'")
            }
            let a = try strList(interp, interp.osArg(args, 1, "assigned"))
            let u = try strList(interp, interp.osArg(args, 2, "updated"))
            return .object(PyBuiltinFunction(name: "update_wrapper", ownerName: "functools") { interp, inner in
                guard inner.count == 1 else { throw PyErr.typeError("update_wrapper() takes exactly one argument") }
                try interp.updateWrapper(inner[0], wrapped, assigned: a, updated: u)
                return inner[0]
            })
        }),
        ("cmp_to_key", { interp, args in
            guard let cmp = interp.osArg(args, 0, "mycmp") else { throw PyErr.typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)") }
            return .object(PyKeyWrapper(cmp: cmp, obj: .undefined))
        }),
        ("total_ordering", totalOrdering),
        ("lru_cache", lruCacheFactory),
        ("singledispatch", functoolsSingleDispatch),
        ("cache", { interp, args in
            guard args.count == 1 else { throw PyErr.typeError("cache() takes exactly one argument") }
            return try makeLRUWrapper(interp, args[0], maxsize: nil, typed: false)
        }),
    ])
    let d = m.dict
    d?.setStr("partial", .object(BuiltinTypes.partialType))
    d?.setStr("cached_property", .object(BuiltinTypes.cachedPropertyType))
    d?.setStr("partialmethod", .object(BuiltinTypes.partialMethodType))
    d?.setStr("singledispatchmethod", .object(BuiltinTypes.singleDispatchMethodType))
    d?.setStr("WRAPPER_ASSIGNMENTS", assigned)
    d?.setStr("WRAPPER_UPDATES", updated)
    d?.setStr("_lru_cache_wrapper", .object(BuiltinTypes.lruWrapperType))
    return m
}
