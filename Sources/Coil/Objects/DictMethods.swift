// dict: constructor/update (mappings, iterables of pairs, keywords), repr, equality, the mapping
// protocol with __missing__ for subclasses, the | operators and the methods. Entries are always
// stored directly (as CPython's dict methods do), never through an overridden __setitem__.

@inline(__always) func dictSelf(_ args: Args) throws -> PyDict {
    guard args.count > 0, let d = args[0].asObject as? PyDict else { throw PyErr.typeError("descriptor requires a 'dict' object") }
    return d
}

extension Interpreter {
    /// Copies every entry of `src` into `dst` reusing the stored hashes. `dst` must be a fresh
    /// dict (no key comparisons are made, as in PyDict_Copy).
    func dictCopyEntries(_ src: PyDict, into dst: PyDict) {
        for e in src.entries where !e.key.isUndefined {
            dst.set(e.key, hash: e.hash, e.value) { _, _ in false }
        }
    }

    /// A plain dict with the same items (dict.copy, PyDict_Copy).
    func dictCopy(_ src: PyDict) -> PyDict {
        let d = PyDict()
        dictCopyEntries(src, into: d)
        return d
    }

    /// dict_update_arg: a mapping (anything with `keys`) or an iterable of key/value pairs.
    func dictUpdate(_ d: PyDict, _ arg: Value) throws {
        if case .object(let o) = arg, let src = o as? PyDict,
           o.type === BuiltinTypes.dict || isDictOwnMethod(o.type.lookup(names.diter)) {
            if src === d { return }
            for e in src.entries where !e.key.isUndefined {
                try d.set(e.key, hash: e.hash, e.value, keyEquals)
            }
            return
        }
        if let keysMethod = arg.type.lookup(intern("keys")) {
            let keys = try callValues(keysMethod, [arg])
            let it = try getIter(keys)
            while let k = try next(it) { try dictSet(d, k, try getItem(arg, k)) }
            return
        }
        try dictMergeFromPairs(d, arg)
    }

    /// True when a dict subclass still uses dict's own method (so the fast merge is valid).
    private func isDictOwnMethod(_ m: Value?) -> Bool {
        guard case .object(let o)? = m, let md = o as? PyMethodDescriptor else { return false }
        return md.owner === BuiltinTypes.dict
    }

    /// PyDict_MergeFromSeq2.
    func dictMergeFromPairs(_ d: PyDict, _ seq: Value) throws {
        let it = try getIter(seq)
        var n = 0
        while let item = try next(it) {
            let pair: [Value]
            if case .object(let o) = item, o.type === BuiltinTypes.tuple || o.type === BuiltinTypes.list {
                pair = o.type === BuiltinTypes.tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
            } else {
                pair = try sequenceFast(item, notIterable: "cannot convert dictionary update sequence element #\(n) to a sequence")
            }
            if pair.count != 2 {
                throw PyErr.valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
            }
            try dictSet(d, pair[0], pair[1])
            n += 1
        }
    }

    /// The keyword arguments of dict(...)/update(...), added after the positional argument.
    func dictAddKeywords(_ d: PyDict, _ args: Args) {
        for (k, v) in args.keywords { d.setStr(intern(k), v) }
    }

    func dictRepr(_ d: PyDict) throws -> String {
        if d.count == 0 { return "{}" }
        return try reprGuarded(d, placeholder: "{...}") {
            var out = "{"
            var first = true
            for e in d.entries where !e.key.isUndefined {
                if !first { out += ", " }
                first = false
                out += try elementRepr(e.key)
                out += ": "
                out += try elementRepr(e.value)
            }
            return out + "}"
        }
    }

    /// dict_equal: same size and every key maps to an equal value.
    func dictEqual(_ a: PyDict, _ b: PyDict) throws -> Bool {
        if a === b { return true }
        if a.count != b.count { return false }
        for e in a.entries where !e.key.isUndefined {
            guard let bv = try b.get(e.key, hash: e.hash, keyEquals) else { return false }
            if !(try keyEquals(e.value, bv)) { return false }
        }
        return true
    }

    /// `d[k]`, consulting `__missing__` on subclasses.
    func dictSubscript(_ d: PyDict, _ k: Value) throws -> Value {
        if let v = try dictGet(d, k) { return v }
        if d.type !== BuiltinTypes.dict, let m = d.type.lookup(names.dmissing) {
            return try callValues(m, [.object(d), k])
        }
        throw PyErr.keyError(k)
    }
}

func installDictMethods() {
    let t = BuiltinTypes.dict
    let notImpl = Value.object(BuiltinTypes.notImplemented)

    t.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("dict.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.dict) else {
            throw PyErr.typeError("dict.__new__(\(cls.name)): \(cls.name) is not a subtype of dict")
        }
        if cls === BuiltinTypes.dict { return .object(PyDict()) }
        let d = PyDict(type: cls)
        d.dict = PyDict()
        return .object(d)
    }
    t.addMethod("__init__") { interp, args in
        let d = try dictSelf(args)
        try checkPositional("dict", args.count - 1, min: 0, max: 1)
        if args.count == 2 { try interp.dictUpdate(d, args[1]) }
        interp.dictAddKeywords(d, args)
        return .none
    }
    t.addMethod("__repr__") { interp, args in Value(try interp.dictRepr(try dictSelf(args))) }
    t.addValue("__hash__", .none)
    t.addMethod("__eq__") { interp, args in
        let d = try dictSelf(args)
        guard args.count == 2, let other = args[1].asObject as? PyDict else { return notImpl }
        return .bool(try interp.dictEqual(d, other))
    }
    t.addMethod("__ne__") { interp, args in
        let d = try dictSelf(args)
        guard args.count == 2, let other = args[1].asObject as? PyDict else { return notImpl }
        return .bool(!(try interp.dictEqual(d, other)))
    }
    t.addMethod("__len__") { _, args in .int(try dictSelf(args).count) }
    t.addMethod("__contains__") { interp, args in
        try exactlyOneArg(args, "dict.__contains__")
        return .bool(try interp.dictGet(try dictSelf(args), args[1]) != nil)
    }
    t.addMethod("__getitem__") { interp, args in
        try exactlyOneArg(args, "dict.__getitem__")
        return try interp.dictSubscript(try dictSelf(args), args[1])
    }
    t.addMethod("__setitem__") { interp, args in
        guard args.count == 3 else { throw PyErr.typeError("expected 2 arguments, got \(args.count - 1)") }
        try interp.dictSet(try dictSelf(args), args[1], args[2])
        return .none
    }
    t.addMethod("__delitem__") { interp, args in
        try exactlyOneArg(args, "dict.__delitem__")
        if try interp.dictRemove(try dictSelf(args), args[1]) == nil { throw PyErr.keyError(args[1]) }
        return .none
    }
    t.addMethod("__iter__") { _, args in .object(PyDictIterator(try dictSelf(args), kind: .keys)) }
    t.addMethod("__reversed__") { _, args in .object(PyDictReverseIterator(try dictSelf(args), kind: .keys)) }

    t.addMethod("__or__") { interp, args in
        let d = try dictSelf(args)
        guard args.count == 2, args[1].asObject is PyDict else { return notImpl }
        let r = interp.dictCopy(d)
        try interp.dictUpdate(r, args[1])
        return .object(r)
    }
    t.addMethod("__ror__") { interp, args in
        let d = try dictSelf(args)
        guard args.count == 2, let left = args[1].asObject as? PyDict else { return notImpl }
        let r = interp.dictCopy(left)
        try interp.dictUpdate(r, .object(d))
        return .object(r)
    }
    t.addMethod("__ior__") { interp, args in
        let d = try dictSelf(args)
        guard args.count == 2 else { return notImpl }
        try interp.dictUpdate(d, args[1])
        return args[0]
    }

    installDictAccessors(t)
    addClassGetItem(t)
}

private func installDictAccessors(_ t: PyType) {
    t.addMethod("keys") { _, args in
        try noArgs(args, "dict.keys")
        return .object(PyDictView(try dictSelf(args), kind: .keys))
    }
    t.addMethod("values") { _, args in
        try noArgs(args, "dict.values")
        return .object(PyDictView(try dictSelf(args), kind: .values))
    }
    t.addMethod("items") { _, args in
        try noArgs(args, "dict.items")
        return .object(PyDictView(try dictSelf(args), kind: .items))
    }
    t.addMethod("get") { interp, args in
        try noKeywords(args, "dict.get")
        try checkPositional("get", args.count - 1, min: 1, max: 2)
        if let v = try interp.dictGet(try dictSelf(args), args[1]) { return v }
        return args.count == 3 ? args[2] : .none
    }
    t.addMethod("setdefault") { interp, args in
        try noKeywords(args, "dict.setdefault")
        try checkPositional("setdefault", args.count - 1, min: 1, max: 2)
        let d = try dictSelf(args)
        if let v = try interp.dictGet(d, args[1]) { return v }
        let dflt: Value = args.count == 3 ? args[2] : .none
        try interp.dictSet(d, args[1], dflt)
        return dflt
    }
    t.addMethod("pop") { interp, args in
        try noKeywords(args, "dict.pop")
        try checkPositional("pop", args.count - 1, min: 1, max: 2)
        if let v = try interp.dictRemove(try dictSelf(args), args[1]) { return v }
        if args.count == 3 { return args[2] }
        throw PyErr.keyError(args[1])
    }
    t.addMethod("popitem") { _, args in
        try noArgs(args, "dict.popitem")
        guard let (k, v) = try dictSelf(args).popLast() else {
            throw PyErr.keyError(Value("popitem(): dictionary is empty"))
        }
        return .object(PyTuple([k, v]))
    }
    t.addMethod("update") { interp, args in
        let d = try dictSelf(args)
        try checkPositional("update", args.count - 1, min: 0, max: 1)
        if args.count == 2 { try interp.dictUpdate(d, args[1]) }
        interp.dictAddKeywords(d, args)
        return .none
    }
    t.addMethod("copy") { interp, args in
        try noArgs(args, "dict.copy")
        return .object(interp.dictCopy(try dictSelf(args)))
    }
    t.addMethod("clear") { _, args in
        try noArgs(args, "dict.clear")
        try dictSelf(args).removeAll()
        return .none
    }
    t.addClassMethod("fromkeys") { interp, args in
        try noKeywords(args, "dict.fromkeys")
        try checkPositional("fromkeys", args.count - 1, min: 1, max: 2)
        let value: Value = args.count == 3 ? args[2] : .none
        let d = try interp.callValues(args[0], [])
        let it = try interp.getIter(args[1])
        if case .object(let o) = d, o.type === BuiltinTypes.dict {
            let dd = unsafeDowncast(o, to: PyDict.self)
            while let k = try interp.next(it) { try interp.dictSet(dd, k, value) }
        } else {
            while let k = try interp.next(it) { try interp.setItem(d, k, value) }
        }
        return d
    }
}
