// Run-time support for match statements (PEP 634): the MATCH_* opcodes' semantics. The
// compiler (CodeGen+Match.swift) keeps captured values on the stack and binds them only once
// a whole pattern has matched; these helpers answer the questions a pattern asks of its subject.

/// Moves the top of the stack down to depth `n` (1 = top): [x1, …, xn] → [xn, x1, …, xn-1].
@inline(__always)
func rotateTopDown(_ sp: UnsafeMutablePointer<Value>, _ n: Int) {
    guard n >= 2 else { return }
    let top = (sp - 1).move()
    // moveInitialize copies overlapping ranges correctly (memmove semantics).
    (sp - n + 1).moveInitialize(from: sp - n, count: n - 1)
    (sp - n).initialize(to: top)
}

extension Interpreter {
    /// Builtin types whose instances a class pattern with one positional sub-pattern matches
    /// as a whole (`int(x)` binds the subject itself), CPython's _Py_TPFLAGS_MATCH_SELF.
    private static let matchSelfTypes: [PyType] = [
        BuiltinTypes.bool, BuiltinTypes.bytearray, BuiltinTypes.bytes, BuiltinTypes.dict, BuiltinTypes.float,
        BuiltinTypes.frozenset, BuiltinTypes.int, BuiltinTypes.list, BuiltinTypes.set, BuiltinTypes.str,
        BuiltinTypes.tuple,
    ]

    /// `collections.abc.<name>` when that module has been imported. A user class can only be
    /// a registered or derived Sequence/Mapping once the module exists, so it is never imported here.
    private func loadedABC(_ name: String) -> Value? {
        guard let m = modules.getStr("collections.abc") else { return nil }
        return try? getAttr(m, name)
    }

    /// Sequence patterns match list, tuple, range, deque and their subclasses, plus classes
    /// derived from or registered with collections.abc.Sequence — never str, bytes or bytearray.
    func matchesSequence(_ v: Value) throws -> Bool {
        let t = v.type
        for excluded in [BuiltinTypes.str, BuiltinTypes.bytes, BuiltinTypes.bytearray] where t.isSubtype(of: excluded) {
            return false
        }
        for seq in [BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.range, BuiltinTypes.deque] where t.isSubtype(of: seq) {
            return true
        }
        if t.isSubtype(of: BuiltinTypes.dict) || !t.isHeapType { return false }
        guard let abc = loadedABC("Sequence") else { return false }
        return try isInstance(v, abc)
    }

    /// Mapping patterns match dict (and subclasses, mappingproxy) and classes derived from or
    /// registered with collections.abc.Mapping.
    func matchesMapping(_ v: Value) throws -> Bool {
        let t = v.type
        if t.isSubtype(of: BuiltinTypes.dict) { return true }
        if !t.isHeapType { return false }
        guard let abc = loadedABC("Mapping") else { return false }
        return try isInstance(v, abc)
    }

    /// The values of `keys` in the mapping `subject`, looked up with `subject.get(key, sentinel)`
    /// so that `__missing__` is never triggered; None when a key is absent.
    func matchKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let keyList = keys.asTuple?.items ?? []
        if keyList.isEmpty { return .object(PyTuple([])) }
        let seen = PySet()
        var values: [Value] = []
        values.reserveCapacity(keyList.count)
        let exactDict: PyDict? = subject.type === BuiltinTypes.dict ? subject.asDict : nil
        let sentinel = Value.object(PyObject(type: BuiltinTypes.object))
        let getMethod: Value? = exactDict == nil ? try getAttr(subject, "get") : nil
        for key in keyList {
            if try setContains(seen, key) {
                throw PyErr.valueError("mapping pattern checks duplicate key (\(try repr(key)))")
            }
            try setAdd(seen, key)
            if let d = exactDict {
                guard let v = try dictGet(d, key) else { return .none }
                values.append(v)
            } else if let get = getMethod {
                let v = try callValues(get, [key, sentinel])
                if v.isIdentical(to: sentinel) { return .none }
                values.append(v)
            }
        }
        return .object(PyTuple(values))
    }

    /// `dict(subject)` without `keys`: the value bound by `**rest`.
    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws -> Value {
        let d = PyDict()
        try dictMerge(d, subject, forCall: false, callee: .none)
        for k in keys.asTuple?.items ?? [] {
            if try dictRemove(d, k) == nil { throw PyErr.keyError(k) }
        }
        return .object(d)
    }

    /// A class pattern `cls(p1, …, pn, k1=…, …)`: when `subject` is an instance of `cls`, the
    /// tuple of the attributes the sub-patterns match against (positional ones named by
    /// `cls.__match_args__`, then `kwnames`); None otherwise. A missing attribute is no match.
    func matchClass(_ subject: Value, _ cls: Value, _ kwnames: Value, positional nargs: Int) throws -> Value {
        guard let type = cls.asType else { throw PyErr.typeError("called match pattern must be a type") }
        if !(try isInstance(subject, cls)) { return .none }
        var seen = Set<String>()
        var attrs: [Value] = []
        // Fetches one attribute; nil when the subject lacks it.
        func attribute(_ name: PyStr) throws -> Value? {
            if seen.contains(name.value) {
                throw PyErr.typeError("\(type.name)() got multiple sub-patterns for attribute \(try repr(.object(name)))")
            }
            seen.insert(name.value)
            return try getAttrOrNil(subject, name.value)
        }
        if nargs > 0 {
            var matchArgs: [Value] = []
            var matchSelf = false
            if let ma = try getAttrOrNil(cls, "__match_args__") {
                guard let tup = ma.asTuple, ma.type.isSubtype(of: BuiltinTypes.tuple) else {
                    throw PyErr.typeError("\(type.name).__match_args__ must be a tuple (got \(ma.type.name))")
                }
                matchArgs = tup.items
            } else {
                matchSelf = Interpreter.matchSelfTypes.contains { type.isSubtype(of: $0) }
            }
            let allowed = matchSelf ? 1 : matchArgs.count
            if nargs > allowed {
                let plural = allowed == 1 ? "" : "s"
                throw PyErr.typeError("\(type.name)() accepts \(allowed) positional sub-pattern\(plural) (\(nargs) given)")
            }
            if matchSelf {
                attrs.append(subject)
            } else {
                for i in 0..<nargs {
                    guard let name = matchArgs[i].asStr else {
                        throw PyErr.typeError("__match_args__ elements must be strings (got \(matchArgs[i].type.name))")
                    }
                    guard let a = try attribute(name) else { return .none }
                    attrs.append(a)
                }
            }
        }
        for n in kwnames.asTuple?.items ?? [] {
            guard let name = n.asStr, let a = try attribute(name) else { return .none }
            attrs.append(a)
        }
        return .object(PyTuple(attrs))
    }
}
