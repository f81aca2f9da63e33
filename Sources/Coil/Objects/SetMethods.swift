// set and frozenset: constructors, repr, comparisons (subset order), hashing, operators and
// methods. The algorithms live in SetOperations.swift.

@inline(__always) func setSelf(_ args: Args) throws -> PySet {
    guard args.count > 0, let s = args[0].asObject as? PySet else { throw PyErr.typeError("descriptor requires a 'set' object") }
    return s
}

/// Both operands of a set operator must be sets or frozensets (else NotImplemented).
@inline(__always) private func otherSet(_ args: Args) -> PySet? {
    guard args.count == 2, case .object(let o) = args[1] else { return nil }
    return o as? PySet
}

func installSetMethods() {
    let set = BuiltinTypes.set, frozen = BuiltinTypes.frozenset
    let notImpl = Value.object(BuiltinTypes.notImplemented)

    set.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType, cls.isSubtype(of: BuiltinTypes.set) else {
            throw PyErr.typeError("set.__new__(X): X is not a subtype of set")
        }
        let s = PySet(type: cls)
        if cls.isHeapType { s.dict = PyDict() }
        return .object(s)
    }
    set.addMethod("__init__") { interp, args in
        let s = try setSelf(args)
        if args.hasKeywords { throw PyErr.typeError("set() takes no keyword arguments") }
        try checkPositional(s.type.name, args.count - 1, min: 0, max: 1)
        // set_clear_internal only when something was ever stored (a fresh set is already empty).
        if s.count > 0 || s.mutations != 0 { s.removeAll() }
        if args.count == 2 { try interp.setUpdateInternal(s, args[1]) }
        return .none
    }
    frozen.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType, cls.isSubtype(of: BuiltinTypes.frozenset) else {
            throw PyErr.typeError("frozenset.__new__(X): X is not a subtype of frozenset")
        }
        if args.hasKeywords { throw PyErr.typeError("frozenset() takes no keyword arguments") }
        try checkPositional(cls.name, args.count - 1, min: 0, max: 1)
        if cls === BuiltinTypes.frozenset, args.count == 2, case .object(let o) = args[1], o.type === BuiltinTypes.frozenset {
            return args[1]
        }
        let s = PySet(type: cls)
        if cls.isHeapType { s.dict = PyDict() }
        if args.count == 2 { try interp.setUpdateInternal(s, args[1]) }
        return .object(s)
    }
    set.addValue("__hash__", .none)
    frozen.addMethod("__hash__") { interp, args in .int(interp.frozensetHash(try setSelf(args))) }

    for t in [set, frozen] {
        let tn = t.name
        t.addMethod("__repr__") { interp, args in Value(try interp.setRepr(try setSelf(args))) }
        t.addMethod("__len__") { _, args in .int(try setSelf(args).count) }
        t.addMethod("__iter__") { _, args in .object(PySetIterator(try setSelf(args))) }
        t.addMethod("__contains__") { interp, args in
            try exactlyOneArg(args, "\(tn).__contains__")
            let s = try setSelf(args)
            return .bool(try interp.setLookupKey(args[1]) { k, h in try s.contains(k, hash: h, interp.keyEquals) })
        }
        for op in 0..<6 {
            t.addMethod(Interpreter.compareDunders[op]) { interp, args in
                let s = try setSelf(args)
                guard let o = otherSet(args) else { return notImpl }
                return .bool(try interp.setCompare(s, o, op))
            }
        }
        // Operators: both operands sets; the reflected forms compute `other op self`.
        func binary(_ name: String, _ rname: String, _ f: @escaping (Interpreter, PySet, PySet) throws -> PySet) {
            t.addMethod(name) { interp, args in
                let s = try setSelf(args)
                guard let o = otherSet(args) else { return notImpl }
                return .object(try f(interp, s, o))
            }
            t.addMethod(rname) { interp, args in
                let s = try setSelf(args)
                guard let o = otherSet(args) else { return notImpl }
                return .object(try f(interp, o, s))
            }
        }
        binary("__or__", "__ror__") { interp, a, b in
            let r = try interp.setCopy(a)
            if a !== b { try interp.setUpdateInternal(r, .object(b)) }
            return r
        }
        binary("__and__", "__rand__") { interp, a, b in try interp.setIntersection(a, .object(b)) }
        binary("__sub__", "__rsub__") { interp, a, b in try interp.setDifference(a, .object(b)) }
        binary("__xor__", "__rxor__") { interp, a, b in try interp.setSymmetricDifference(a, .object(b)) }

        t.addMethod("copy") { interp, args in
            try noArgs(args, "\(tn).copy")
            let s = try setSelf(args)
            if s.type === BuiltinTypes.frozenset { return args[0] }
            return .object(try interp.setCopy(s))
        }
        t.addMethod("union") { interp, args in
            try noKeywords(args, "\(tn).union")
            return .object(try interp.setUnion(try setSelf(args), Array(args.positional.dropFirst())))
        }
        t.addMethod("intersection") { interp, args in
            try noKeywords(args, "\(tn).intersection")
            let s = try setSelf(args)
            if args.count == 1 { return .object(try interp.setCopy(s)) }
            var r = s
            for i in 1..<args.count { r = try interp.setIntersection(r, args[i]) }
            return .object(r)
        }
        t.addMethod("difference") { interp, args in
            try noKeywords(args, "\(tn).difference")
            let s = try setSelf(args)
            if args.count == 1 { return .object(try interp.setCopy(s)) }
            let r = try interp.setDifference(s, args[1])
            for i in 2..<max(2, args.count) { try interp.setDifferenceUpdate(r, args[i]) }
            return .object(r)
        }
        t.addMethod("symmetric_difference") { interp, args in
            try exactlyOneArg(args, "\(tn).symmetric_difference")
            return .object(try interp.setSymmetricDifference(try setSelf(args), args[1]))
        }
        t.addMethod("issubset") { interp, args in
            try exactlyOneArg(args, "\(tn).issubset")
            return .bool(try interp.setIsSubset(try setSelf(args), args[1]))
        }
        t.addMethod("issuperset") { interp, args in
            try exactlyOneArg(args, "\(tn).issuperset")
            return .bool(try interp.setIsSuperset(try setSelf(args), args[1]))
        }
        t.addMethod("isdisjoint") { interp, args in
            try exactlyOneArg(args, "\(tn).isdisjoint")
            return .bool(try interp.setIsDisjoint(try setSelf(args), args[1]))
        }
        addClassGetItem(t)
    }
    installSetMutators(set)
}

private func installSetMutators(_ t: PyType) {
    let notImpl = Value.object(BuiltinTypes.notImplemented)
    t.addMethod("add") { interp, args in
        try exactlyOneArg(args, "set.add")
        try interp.setAdd(try setSelf(args), args[1])
        return .none
    }
    t.addMethod("discard") { interp, args in
        try exactlyOneArg(args, "set.discard")
        let s = try setSelf(args)
        _ = try interp.setLookupKey(args[1]) { k, h in try s.remove(k, hash: h, interp.keyEquals) }
        return .none
    }
    t.addMethod("remove") { interp, args in
        try exactlyOneArg(args, "set.remove")
        let s = try setSelf(args)
        if !(try interp.setLookupKey(args[1]) { k, h in try s.remove(k, hash: h, interp.keyEquals) }) {
            throw PyErr.keyError(args[1])
        }
        return .none
    }
    t.addMethod("pop") { _, args in
        try noArgs(args, "set.pop")
        guard let v = try setSelf(args).pop() else { throw PyErr.keyError(Value("pop from an empty set")) }
        return v
    }
    t.addMethod("clear") { _, args in
        try noArgs(args, "set.clear")
        try setSelf(args).removeAll()
        return .none
    }
    t.addMethod("update") { interp, args in
        try noKeywords(args, "set.update")
        let s = try setSelf(args)
        for i in 1..<max(1, args.count) { try interp.setUpdateInternal(s, args[i]) }
        return .none
    }
    t.addMethod("intersection_update") { interp, args in
        try noKeywords(args, "set.intersection_update")
        let s = try setSelf(args)
        var r = s
        for i in 1..<max(1, args.count) { r = try interp.setIntersection(r, args[i]) }
        if r === s { r = try interp.setCopy(s) }
        s.swapContents(with: r)
        return .none
    }
    t.addMethod("difference_update") { interp, args in
        try noKeywords(args, "set.difference_update")
        let s = try setSelf(args)
        for i in 1..<max(1, args.count) { try interp.setDifferenceUpdate(s, args[i]) }
        return .none
    }
    t.addMethod("symmetric_difference_update") { interp, args in
        try exactlyOneArg(args, "set.symmetric_difference_update")
        try interp.setSymmetricDifferenceUpdate(try setSelf(args), args[1])
        return .none
    }
    // In-place operators: the right operand must be a set too.
    t.addMethod("__ior__") { interp, args in
        guard let o = otherSet(args) else { return notImpl }
        try interp.setUpdateInternal(try setSelf(args), .object(o))
        return args[0]
    }
    t.addMethod("__iand__") { interp, args in
        guard let o = otherSet(args) else { return notImpl }
        let s = try setSelf(args)
        s.swapContents(with: try interp.setIntersection(s, .object(o)))
        return args[0]
    }
    t.addMethod("__isub__") { interp, args in
        guard let o = otherSet(args) else { return notImpl }
        try interp.setDifferenceUpdate(try setSelf(args), .object(o))
        return args[0]
    }
    t.addMethod("__ixor__") { interp, args in
        guard let o = otherSet(args) else { return notImpl }
        try interp.setSymmetricDifferenceUpdate(try setSelf(args), .object(o))
        return args[0]
    }
}
