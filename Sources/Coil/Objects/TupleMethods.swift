// tuple: constructor, repr, hash (for subclasses; exact tuples hash in Interpreter.hash),
// comparisons and the sequence protocol.

@inline(__always) func tupleSelf(_ args: Args) throws -> PyTuple {
    guard args.count > 0, let t = args[0].asObject as? PyTuple else { throw PyErr.typeError("descriptor requires a 'tuple' object") }
    return t
}

extension Interpreter {
    func tupleRepr(_ t: PyTuple) throws -> String {
        let items = t.items
        if items.isEmpty { return "()" }
        func body() throws -> String {
            if items.count == 1 { return "(" + (try elementRepr(items[0])) + ",)" }
            return "(" + (try joinedReprs(items)) + ")"
        }
        if allScalars(items) { return try body() }
        return try reprGuarded(t, placeholder: "(...)", body)
    }
}

func installTupleMethods() {
    let t = BuiltinTypes.tuple
    let notImpl = Value.object(BuiltinTypes.notImplemented)

    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("tuple.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.tuple) else {
            throw PyErr.typeError("tuple.__new__(\(cls.name)): \(cls.name) is not a subtype of tuple")
        }
        if args.hasKeywords { throw PyErr.typeError("tuple() takes no keyword arguments") }
        try checkPositional("tuple", args.count - 1, min: 0, max: 1)
        if cls === BuiltinTypes.tuple {
            if args.count == 1 { return .object(PyTuple.empty) }
            if case .object(let o) = args[1], o.type === BuiltinTypes.tuple { return args[1] }
            let items = try interp.iterate(args[1])
            return .object(items.isEmpty ? PyTuple.empty : PyTuple(items))
        }
        let items = args.count == 2 ? try interp.iterate(args[1]) : []
        let obj = PyTuple(items, type: cls)
        obj.dict = PyDict()
        return .object(obj)
    }
    t.addMethod("__repr__") { interp, args in Value(try interp.tupleRepr(try tupleSelf(args))) }
    t.addMethod("__hash__") { interp, args in .int(try interp.hashTuple(try tupleSelf(args))) }

    for op in 0..<6 {
        t.addMethod(Interpreter.compareDunders[op]) { interp, args in
            let a = try tupleSelf(args)
            guard args.count == 2, case .object(let o) = args[1], let b = o as? PyTuple else { return notImpl }
            if op < 2 && a.items.count != b.items.count { return .bool(op == 1) }
            return .bool(try interp.sequenceCompare(a.items, b.items, op))
        }
    }

    t.addMethod("__len__") { _, args in .int(try tupleSelf(args).items.count) }
    t.addMethod("__contains__") { interp, args in
        try exactlyOneArg(args, "tuple.__contains__")
        for x in try tupleSelf(args).items where try interp.keyEquals(x, args[1]) { return .bool(true) }
        return .bool(false)
    }
    t.addMethod("__iter__") { _, args in .object(PyArrayIterator(try tupleSelf(args).items, type: BuiltinTypes.tupleIterator)) }
    t.addMethod("__getitem__") { interp, args in
        try exactlyOneArg(args, "tuple.__getitem__")
        let tup = try tupleSelf(args)
        let k = args[1]
        if let i = try interp.indexOperand(k) {
            let j = i < 0 ? i + tup.items.count : i
            if j < 0 || j >= tup.items.count { throw PyErr.indexError("tuple index out of range") }
            return tup.items[j]
        }
        guard case .object(let ko) = k, let s = ko as? PySlice else {
            throw PyErr.typeError("tuple indices must be integers or slices, not \(k.type.name)")
        }
        let r = try interp.resolveSlice(s, tup.items.count)
        if r.step == 1 && r.start == 0 && r.count == tup.items.count && tup.type === BuiltinTypes.tuple { return args[0] }
        let items = sliceElements(tup.items, start: r.start, step: r.step, count: r.count)
        return .object(items.isEmpty ? PyTuple.empty : PyTuple(items))
    }
    t.addMethod("__add__") { _, args in
        let a = try tupleSelf(args)
        guard args.count == 2, case .object(let o) = args[1], let b = o as? PyTuple else { return notImpl }
        return .object(PyTuple(a.items + b.items))
    }
    let mul: NativeFunction = { interp, args in
        let a = try tupleSelf(args)
        guard args.count == 2, let n = try interp.indexOperand(args[1]) else { return notImpl }
        if n == 1 && a.type === BuiltinTypes.tuple { return args[0] }
        let items = try repeatedItems(a.items, n)
        return .object(items.isEmpty ? PyTuple.empty : PyTuple(items))
    }
    t.addMethod("__mul__", mul)
    t.addMethod("__rmul__", mul)
    t.addMethod("__getnewargs__") { _, args in .object(PyTuple([.object(PyTuple(try tupleSelf(args).items))])) }

    t.addMethod("count") { interp, args in
        try exactlyOneArg(args, "tuple.count")
        var c = 0
        for x in try tupleSelf(args).items where try interp.keyEquals(x, args[1]) { c += 1 }
        return .int(c)
    }
    t.addMethod("index") { interp, args in
        try noKeywords(args, "tuple.index")
        try checkPositional("index", args.count - 1, min: 1, max: 3)
        let items = try tupleSelf(args).items
        let n = items.count
        let start = args.count > 2 ? try interp.clampedBound(args[2], n) : 0
        let stop = args.count > 3 ? try interp.clampedBound(args[3], n) : n
        var i = start
        while i < stop {
            if try interp.keyEquals(items[i], args[1]) { return .int(i) }
            i += 1
        }
        throw PyErr.valueError("tuple.index(x): x not in tuple")
    }
    addClassGetItem(t)
}
