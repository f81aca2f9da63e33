// The `operator` module: the operators as functions (dispatching through the interpreter's
// protocols, so user dunders work) and the itemgetter/attrgetter/methodcaller callables.

final class PyOperatorGetter: PyObject {
    enum Kind { case item, attr, method }
    let kind: Kind
    let items: [Value]              // keys (item), dotted names split (attr: one [String] per name)
    let attrPaths: [[PyStr]]
    let name: Value                 // methodcaller: method name
    let kwargs: [(String, Value)]

    init(kind: Kind, items: [Value], attrPaths: [[PyStr]] = [], name: Value = .none, kwargs: [(String, Value)] = []) {
        self.kind = kind; self.items = items; self.attrPaths = attrPaths; self.name = name; self.kwargs = kwargs
        let t: PyType
        switch kind {
        case .item: t = BuiltinTypes.itemgetterType
        case .attr: t = BuiltinTypes.attrgetterType
        case .method: t = BuiltinTypes.methodcallerType
        }
        super.init(type: t)
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        for v in items { visitValue(v, visit) }
        visitValue(name, visit)
        for (_, v) in kwargs { visitValue(v, visit) }
    }
}

private func getterSelf(_ args: Args) throws -> PyOperatorGetter {
    guard let g = args[0].asObject as? PyOperatorGetter else { throw PyErr.typeError("expected an operator getter") }
    return g
}

extension BuiltinTypes {
    static let itemgetterType: PyType = {
        let t = make("itemgetter", flags: [])
        t.addValue("__module__", Value("operator"))
        t.addStaticMethod("__new__") { _, args in
            if args.hasKeywords { throw PyErr.typeError("itemgetter() takes no keyword arguments") }
            if args.count < 2 { throw PyErr.typeError("itemgetter expected 1 argument, got 0") }
            return .object(PyOperatorGetter(kind: .item, items: Array(args.positional.dropFirst())))
        }
        t.addMethod("__call__") { interp, args in
            let g = try getterSelf(args)
            guard args.count == 2, !args.hasKeywords else {
                throw PyErr.typeError("itemgetter expected 1 argument, got \(args.count - 1)")
            }
            let obj = args[1]
            if g.items.count == 1 { return try interp.getItem(obj, g.items[0]) }
            return .object(PyTuple(try g.items.map { try interp.getItem(obj, $0) }))
        }
        t.addMethod("__repr__") { interp, args in
            let g = try getterSelf(args)
            return Value("operator.itemgetter(\(try g.items.map { try interp.repr($0) }.joined(separator: ", ")))")
        }
        t.addMethod("__reduce__") { _, args in
            let g = try getterSelf(args)
            return .object(PyTuple([.object(BuiltinTypes.itemgetterType), .object(PyTuple(g.items))]))
        }
        return t
    }()

    static let attrgetterType: PyType = {
        let t = make("attrgetter", flags: [])
        t.addValue("__module__", Value("operator"))
        t.addStaticMethod("__new__") { interp, args in
            if args.hasKeywords { throw PyErr.typeError("attrgetter() takes no keyword arguments") }
            if args.count < 2 { throw PyErr.typeError("attrgetter expected 1 argument, got 0") }
            var paths: [[PyStr]] = []
            for v in args.positional.dropFirst() {
                guard let s = v.asStr else { throw PyErr.typeError("attribute name must be a string") }
                paths.append(s.value.split(separator: ".", omittingEmptySubsequences: false).map { interp.intern(String($0)) })
            }
            return .object(PyOperatorGetter(kind: .attr, items: Array(args.positional.dropFirst()), attrPaths: paths))
        }
        t.addMethod("__call__") { interp, args in
            let g = try getterSelf(args)
            guard args.count == 2, !args.hasKeywords else {
                throw PyErr.typeError("attrgetter expected 1 argument, got \(args.count - 1)")
            }
            func resolve(_ path: [PyStr]) throws -> Value {
                var v = args[1]
                for n in path { v = try interp.getAttr(v, n) }
                return v
            }
            if g.attrPaths.count == 1 { return try resolve(g.attrPaths[0]) }
            return .object(PyTuple(try g.attrPaths.map(resolve)))
        }
        t.addMethod("__repr__") { interp, args in
            let g = try getterSelf(args)
            return Value("operator.attrgetter(\(try g.items.map { try interp.repr($0) }.joined(separator: ", ")))")
        }
        t.addMethod("__reduce__") { _, args in
            let g = try getterSelf(args)
            return .object(PyTuple([.object(BuiltinTypes.attrgetterType), .object(PyTuple(g.items))]))
        }
        return t
    }()

    static let methodcallerType: PyType = {
        let t = make("methodcaller", flags: [])
        t.addValue("__module__", Value("operator"))
        t.addStaticMethod("__new__") { interp, args in
            if args.count < 2 { throw PyErr.typeError("methodcaller needs at least one argument, the method name") }
            guard let n = args[1].asStr else { throw PyErr.typeError("method name must be a string") }
            return .object(PyOperatorGetter(kind: .method, items: Array(args.positional.dropFirst(2)),
                                            name: .object(interp.intern(n.value)), kwargs: args.keywords))
        }
        t.addMethod("__call__") { interp, args in
            let g = try getterSelf(args)
            guard args.count == 2, !args.hasKeywords else {
                throw PyErr.typeError("methodcaller expected 1 argument, got \(args.count - 1)")
            }
            guard let n = g.name.asStr else { return .none }
            let m = try interp.getAttr(args[1], n)
            return try interp.callWithKeywords(m, g.items, g.kwargs)
        }
        t.addMethod("__repr__") { interp, args in
            let g = try getterSelf(args)
            var parts = [try interp.repr(g.name)]
            for v in g.items { parts.append(try interp.repr(v)) }
            for (k, v) in g.kwargs { parts.append("\(k)=\(try interp.repr(v))") }
            return Value("operator.methodcaller(\(parts.joined(separator: ", ")))")
        }
        return t
    }()
}

private func two(_ args: Args, _ name: String) throws -> (Value, Value) {
    if args.hasKeywords { throw PyErr.typeError("\(name)() takes no keyword arguments") }
    guard args.count == 2 else { throw PyErr.typeError("\(name) expected 2 arguments, got \(args.count)") }
    return (args[0], args[1])
}

private func one(_ args: Args, _ name: String) throws -> Value {
    if args.hasKeywords { throw PyErr.typeError("\(name)() takes no keyword arguments") }
    guard args.count == 1 else { throw PyErr.typeError("\(name)() takes exactly one argument (\(args.count) given)") }
    return args[0]
}

extension Interpreter {
    /// PySequence_Check: has __getitem__ and is not a dict.
    fileprivate func isSequenceLike(_ v: Value) -> Bool {
        if v.type.isSubtype(of: BuiltinTypes.dict) { return false }
        return v.type.lookup(names.dgetitem) != nil
    }
}

func makeOperatorModule(_ interp: Interpreter) throws -> PyModule {
    var fns: [(String, NativeFunction)] = []
    let binops: [(String, String?, Int)] = [
        ("add", "iadd", BinOpCode.add), ("sub", "isub", BinOpCode.sub), ("mul", "imul", BinOpCode.mul),
        ("matmul", "imatmul", BinOpCode.matmul), ("truediv", "itruediv", BinOpCode.div),
        ("floordiv", "ifloordiv", BinOpCode.floorDiv), ("mod", "imod", BinOpCode.mod), ("pow", "ipow", BinOpCode.pow),
        ("lshift", "ilshift", BinOpCode.lshift), ("rshift", "irshift", BinOpCode.rshift),
        ("or_", "ior", BinOpCode.or), ("xor", "ixor", BinOpCode.xor), ("and_", "iand", BinOpCode.and),
    ]
    for (name, iname, op) in binops {
        fns.append((name, { interp, args in let (a, b) = try two(args, name); return try interp.binaryOp(a, b, op) }))
        if let iname = iname {
            fns.append((iname, { interp, args in let (a, b) = try two(args, iname); return try interp.binaryOp(a, b, op + 13) }))
        }
    }
    for (i, name) in ["eq", "ne", "lt", "le", "gt", "ge"].enumerated() {
        fns.append((name, { interp, args in let (a, b) = try two(args, name); return try interp.compare(a, b, i) }))
    }
    fns += [
        ("neg", { interp, args in try interp.negative(try one(args, "neg")) }),
        ("pos", { interp, args in try interp.positive(try one(args, "pos")) }),
        ("invert", { interp, args in try interp.invert(try one(args, "invert")) }),
        ("inv", { interp, args in try interp.invert(try one(args, "inv")) }),
        ("not_", { interp, args in .bool(!(try interp.isTrue(try one(args, "not_")))) }),
        ("truth", { interp, args in .bool(try interp.isTrue(try one(args, "truth"))) }),
        ("is_", { _, args in let (a, b) = try two(args, "is_"); return .bool(a.isIdentical(to: b)) }),
        ("is_not", { _, args in let (a, b) = try two(args, "is_not"); return .bool(!a.isIdentical(to: b)) }),
        ("index", { interp, args in makeInt(try interp.mathIndex(try one(args, "index"))) }),
        ("getitem", { interp, args in let (a, b) = try two(args, "getitem"); return try interp.getItem(a, b) }),
        ("setitem", { interp, args in
            guard args.count == 3 else { throw PyErr.typeError("setitem expected 3 arguments, got \(args.count)") }
            try interp.setItem(args[0], args[1], args[2])
            return .none
        }),
        ("delitem", { interp, args in let (a, b) = try two(args, "delitem"); try interp.delItem(a, b); return .none }),
        ("contains", { interp, args in let (a, b) = try two(args, "contains"); return .bool(try interp.contains(a, b)) }),
        ("concat", { interp, args in
            let (a, b) = try two(args, "concat")
            guard interp.isSequenceLike(a) else { throw PyErr.typeError("'\(a.type.name)' object can't be concatenated") }
            return try interp.binaryOp(a, b, BinOpCode.add)
        }),
        ("iconcat", { interp, args in
            let (a, b) = try two(args, "iconcat")
            guard interp.isSequenceLike(a) else { throw PyErr.typeError("'\(a.type.name)' object can't be concatenated") }
            return try interp.binaryOp(a, b, BinOpCode.add + 13)
        }),
        ("countOf", { interp, args in
            let (a, b) = try two(args, "countOf")
            var n = 0
            try interp.forEach(a) { x in if try x.isIdentical(to: b) || interp.equals(x, b) { n += 1 } }
            return .int(n)
        }),
        ("indexOf", { interp, args in
            let (a, b) = try two(args, "indexOf")
            var i = 0
            let it = try interp.getIter(a)
            while let x = try interp.next(it) {
                if try x.isIdentical(to: b) || interp.equals(x, b) { return .int(i) }
                i += 1
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence")
        }),
        ("length_hint", { interp, args in
            guard args.count == 1 || args.count == 2 else { throw PyErr.typeError("length_hint expected 1 or 2 arguments") }
            let dflt = args.count == 2 ? try interp.index(args[1]) : 0
            if let n = try? interp.len(args[0]) { return .int(n) }
            if case .object(let o) = args[0], let it = o as? PyNativeIterator, let h = it.lengthHint { return .int(h) }
            if let m = args[0].type.lookup(interp.names.dlengthHint) {
                let r = try interp.callValues(m, [args[0]])
                if r.asObject === BuiltinTypes.notImplemented { return .int(dflt) }
                guard let n = r.intValue else { throw PyErr.typeError("'\(r.type.name)' object cannot be interpreted as an integer") }
                if n < 0 { throw PyErr.valueError("__length_hint__() should return >= 0") }
                return .int(n)
            }
            return .int(dflt)
        }),
        ("call", { interp, args in
            guard args.count >= 1 else { throw PyErr.typeError("call() missing 1 required positional argument: 'obj'") }
            let rest = UnsafeBufferPointer(rebasing: args.values[1...])
            return try interp.call(args[0], args: rest, kwnames: args.kwnames)
        }),
    ]
    let m = interp.makeNativeModule("operator", fns)
    let d = m.dict
    if let abs = interp.builtins.getStr("abs") { d?.setStr("abs", abs) }
    d?.setStr("itemgetter", .object(BuiltinTypes.itemgetterType))
    d?.setStr("attrgetter", .object(BuiltinTypes.attrgetterType))
    d?.setStr("methodcaller", .object(BuiltinTypes.methodcallerType))
    // The dunder aliases (operator.__add__ is operator.add, …).
    let aliases = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "xor",
                   "eq", "ne", "lt", "le", "gt", "ge", "neg", "pos", "invert", "inv", "not_", "index", "getitem",
                   "setitem", "delitem", "contains", "concat", "abs", "iadd", "isub", "imul", "imatmul", "itruediv",
                   "ifloordiv", "imod", "ipow", "ilshift", "irshift", "ixor", "iconcat", "call"]
    for a in aliases {
        if let v = d?.getStr(a) { d?.setStr("__\(a.hasSuffix("_") ? String(a.dropLast()) : a)__", v) }
    }
    for (a, b) in [("__and__", "and_"), ("__or__", "or_"), ("__iand__", "iand"), ("__ior__", "ior")] {
        if let v = d?.getStr(b) { d?.setStr(a, v) }
    }
    return m
}
