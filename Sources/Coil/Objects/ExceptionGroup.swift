// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, message/exceptions,
// derive, split and subgroup, and the two operations `except*` compiles to (CHECK_EG_MATCH and
// PREP_RERAISE_STAR), with CPython 3.11's messages and results.

extension BuiltinTypes {
    public static let BaseExceptionGroup = exc("BaseExceptionGroup", BaseException)
    /// ExceptionGroup(BaseExceptionGroup, Exception): the MRO is set by hand, since builtin
    /// types get their base's MRO only.
    public static let ExceptionGroup: PyType = {
        let t = PyType(name: "ExceptionGroup", bases: [BaseExceptionGroup, Exception], layout: .exception,
                       flags: [.baseType, .isException, .hasDict], metatype: type)
        t.mro = [t, BaseExceptionGroup, Exception, BaseException, object]
        return t
    }()
}

/// How split()/subgroup() decide that a leaf matches (CPython's _exceptiongroup_split_matcher).
private enum GroupMatcher {
    case type(Value)
    case predicate(Value)
    /// Leaves that are (identical to) these exceptions: PREP_RERAISE_STAR's projection.
    case identities(Set<ObjectIdentifier>)
}

func installExceptionGroupTypes() {
    let t = BuiltinTypes.BaseExceptionGroup
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else {
            throw PyErr.typeError("BaseExceptionGroup.__new__(X): X is not a type object")
        }
        let given = args.count - 1
        if given != 2 {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (\(given) given)")
        }
        return .object(try interp.newExceptionGroup(cls, message: args[1], exceptions: args[2]))
    }
    t.addMethod("__init__") { _, args in
        guard let e = args[0].asException else { return .none }
        if args.hasKeywords { throw PyErr.typeError("\(e.type.name)() takes no keyword arguments") }
        e.args = PyTuple(Array(args.positional.dropFirst()))
        return .none
    }
    t.addMethod("__str__") { interp, args in
        guard let e = args[0].asException, let excs = e.groupExceptions else { return Value("") }
        let n = excs.count
        return Value("\(try interp.str(e.groupMessage)) (\(n) sub-exception\(n > 1 ? "s" : ""))")
    }
    t.addGetter("message", { _, v in v.asException?.groupMessage ?? .none },
                set: { _, _, _ in throw PyErr.attributeError("readonly attribute") })
    t.addGetter("exceptions", { _, v in v.asException?.groupExceptions.map { .object($0) } ?? .none },
                set: { _, _, _ in throw PyErr.attributeError("readonly attribute") })
    t.addMethod("derive") { interp, args in
        guard let e = args[0].asException, args.count == 2 else {
            throw PyErr.typeError("derive() takes exactly one argument (\(max(0, args.count - 1)) given)")
        }
        return try interp.callValues(.object(BuiltinTypes.BaseExceptionGroup), [e.groupMessage, args[1]])
    }
    t.addMethod("split") { interp, args in
        guard let e = args[0].asException, args.count == 2 else {
            throw PyErr.typeError("split() takes exactly one argument (\(max(0, args.count - 1)) given)")
        }
        let (match, rest) = try interp.splitGroup(e, try interp.groupMatcher(args[1]), constructRest: true)
        return .object(PyTuple([match.map { .object($0) } ?? .none, rest.map { .object($0) } ?? .none]))
    }
    t.addMethod("subgroup") { interp, args in
        guard let e = args[0].asException, args.count == 2 else {
            throw PyErr.typeError("subgroup() takes exactly one argument (\(max(0, args.count - 1)) given)")
        }
        let (match, _) = try interp.splitGroup(e, try interp.groupMatcher(args[1]), constructRest: false)
        return match.map { .object($0) } ?? .none
    }
    addClassGetItem(t)
}

extension Interpreter {
    /// BaseExceptionGroup.__new__: validates the arguments and picks the class (a plain
    /// BaseExceptionGroup of Exceptions becomes an ExceptionGroup).
    func newExceptionGroup(_ cls: PyType, message: Value, exceptions: Value) throws -> PyBaseException {
        guard message.asStr != nil else {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(message.type.name)")
        }
        guard isSequenceForGroup(exceptions) else {
            throw PyErr.typeError("second argument (exceptions) must be a sequence")
        }
        let items = try iterate(exceptions)
        if items.isEmpty { throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence") }
        var nestedBase = false
        for (i, x) in items.enumerated() {
            guard let xe = x.asException else {
                throw PyErr.valueError("Item \(i) of second argument (exceptions) is not an exception")
            }
            if !xe.type.isSubtype(of: BuiltinTypes.Exception) { nestedBase = true }
        }
        var target = cls
        if cls === BuiltinTypes.ExceptionGroup {
            if nestedBase { throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup") }
        } else if cls === BuiltinTypes.BaseExceptionGroup {
            if !nestedBase { target = BuiltinTypes.ExceptionGroup }
        } else if nestedBase && cls.isSubtype(of: BuiltinTypes.Exception) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '\(cls.name)'")
        }
        let e = PyBaseException(type: target, args: [message, exceptions])
        e.groupMessage = message
        e.groupExceptions = PyTuple(items)
        return e
    }

    /// PySequence_Check as the constructor uses it: sequences, not mappings or sets.
    private func isSequenceForGroup(_ v: Value) -> Bool {
        let t = v.type
        if t.isSubtype(of: BuiltinTypes.dict) { return false }
        for s in [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.str, BuiltinTypes.bytes,
                  BuiltinTypes.bytearray, BuiltinTypes.range] where t.isSubtype(of: s) {
            return true
        }
        return t.lookup(intern("__getitem__")) != nil
    }

    /// A group constructed by the interpreter (`_PyExc_CreateExceptionGroup`).
    func makeExceptionGroup(_ message: String, _ excs: Value) throws -> PyBaseException {
        let v = try callValues(.object(BuiltinTypes.BaseExceptionGroup), [Value(message), excs])
        guard let e = v.asException else { throw PyErr.typeError("BaseExceptionGroup() did not return an exception") }
        return e
    }

    fileprivate func groupMatcher(_ v: Value) throws -> GroupMatcher {
        if isCallable(v) && v.asType == nil { return .predicate(v) }
        func isExceptionClass(_ x: Value) -> Bool { x.asType?.isSubtype(of: BuiltinTypes.BaseException) ?? false }
        if isExceptionClass(v) { return .type(v) }
        if let tup = v.asTuple, v.type === BuiltinTypes.tuple, tup.items.allSatisfy(isExceptionClass) { return .type(v) }
        throw PyErr.typeError("expected a function, exception type or tuple of exception types")
    }

    private func leafMatches(_ e: PyBaseException, _ m: GroupMatcher) throws -> Bool {
        switch m {
        case .type(let t): return try exceptionMatches(.object(e), t)
        case .predicate(let f): return try isTrue(try callValues(f, [.object(e)]))
        case .identities(let ids): return e.groupExceptions == nil && ids.contains(ObjectIdentifier(e))
        }
    }

    /// exceptiongroup_split_recursive: the matching and (optionally) the other leaves of `e`,
    /// each as a group derived from the nesting groups, or nil when empty.
    fileprivate func splitGroup(_ e: PyBaseException, _ m: GroupMatcher, constructRest: Bool) throws
        -> (PyBaseException?, PyBaseException?) {
        if try leafMatches(e, m) { return (e, nil) }
        guard let excs = e.groupExceptions else { return (nil, constructRest ? e : nil) }
        try pushDepth()
        defer { depth -= 1 }
        var matches: [Value] = [], rests: [Value] = []
        for x in excs.items {
            guard let xe = x.asException else { continue }
            let (mm, rr) = try splitGroup(xe, m, constructRest: constructRest)
            if let a = mm { matches.append(.object(a)) }
            if let b = rr { rests.append(.object(b)) }
        }
        let match = try groupSubset(e, matches)
        let rest = constructRest ? try groupSubset(e, rests) : nil
        return (match, rest)
    }

    /// exceptiongroup_subset: `orig.derive(excs)` carrying orig's traceback, cause, context and
    /// a copy of its notes (setting the cause also sets __suppress_context__, as in CPython).
    private func groupSubset(_ orig: PyBaseException, _ excs: [Value]) throws -> PyBaseException? {
        if excs.isEmpty { return nil }
        let derived = try callMethod(.object(orig), "derive", [.object(PyList(excs))])
        guard let eg = derived.asException, eg.groupExceptions != nil else {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup")
        }
        eg.traceback = orig.traceback
        eg.context = orig.context
        eg.cause = orig.cause
        eg.suppressContext = true
        eg.notes = orig.notes
        return eg
    }

    // MARK: except*

    /// CHECK_EG_MATCH: (rest, match) when `exc` or part of it matches `type`, else nil. A
    /// matching naked exception is wrapped in a new group.
    func exceptionGroupMatch(_ exc: Value, _ type: Value) throws -> (rest: Value, match: Value)? {
        try checkExceptStarType(type)
        guard let e = exc.asException else { return nil }
        if try exceptionMatches(exc, type) {
            if e.groupExceptions != nil { return (.none, exc) }
            return (.none, .object(try makeExceptionGroup("", .object(PyTuple([exc])))))
        }
        guard e.groupExceptions != nil else { return nil }
        let pair = try callMethod(exc, "split", [type])
        guard let tup = pair.asTuple, pair.type === BuiltinTypes.tuple else {
            throw PyErr.typeError("\(e.type.name).split must return a tuple, not \(pair.type.name)")
        }
        guard tup.count == 2 else {
            throw PyErr.typeError("\(e.type.name).split must return a 2-tuple, got tuple of size \(tup.count)")
        }
        if tup.items[0].isNone { return nil }
        return (tup.items[1], tup.items[0])
    }

    private func checkExceptStarType(_ type: Value) throws {
        let types = type.asTuple?.items ?? [type]
        for t in types {
            guard let tt = t.asType, tt.isSubtype(of: BuiltinTypes.BaseException) else {
                throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
        }
        for t in types where t.asType?.isSubtype(of: BuiltinTypes.BaseExceptionGroup) == true {
            throw PyErr.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        }
    }

    /// PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): from the exceptions the clauses raised or
    /// re-raised (and the unmatched rest), what the try statement re-raises, or nil.
    func prepReraiseStar(_ orig: Value, _ list: Value) throws -> PyBaseException? {
        let excs = (list.asObject as? PyList)?.items.compactMap { $0.asException } ?? []
        if excs.isEmpty { return nil }
        guard let o = orig.asException, o.groupExceptions != nil else {
            // A naked exception was wrapped: only one clause can have run.
            return excs[0]
        }
        var raised: [Value] = [], reraised: [PyBaseException] = []
        for e in excs {
            if sameExceptionMetadata(e, o) { reraised.append(e) } else { raised.append(.object(e)) }
        }
        // The re-raised parts, as a projection of the original group (its structure kept).
        var ids = Set<ObjectIdentifier>()
        for e in reraised { collectLeafIDs(e, &ids) }
        let reraisedGroup = ids.isEmpty ? nil : try splitGroup(o, .identities(ids), constructRest: false).0
        if raised.isEmpty { return reraisedGroup }
        if let r = reraisedGroup { raised.append(.object(r)) }
        if raised.count == 1, let only = raised[0].asException { return only }
        return try makeExceptionGroup("", .object(PyList(raised)))
    }

    /// is_same_exception_metadata: a clause re-raised (part of) the original when traceback,
    /// cause, context and notes are the original's (split copies notes, so only empty ones match).
    private func sameExceptionMetadata(_ a: PyBaseException, _ b: PyBaseException) -> Bool {
        if a === b { return true }
        return a.traceback === b.traceback && a.cause.isIdentical(to: b.cause) && a.context.isIdentical(to: b.context)
            && a.notes.isEmpty && b.notes.isEmpty
    }

    private func collectLeafIDs(_ e: PyBaseException, _ ids: inout Set<ObjectIdentifier>) {
        guard let excs = e.groupExceptions else { ids.insert(ObjectIdentifier(e)); return }
        for x in excs.items { if let xe = x.asException { collectLeafIDs(xe, &ids) } }
    }
}
