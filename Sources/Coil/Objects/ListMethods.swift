// list: constructor, repr, comparisons, the sequence protocol (ints and slices) and the methods,
// with CPython 3.11's error messages. Loops that call back into scripts (==, key functions)
// re-read `items` on every step, because the callback may mutate the list.

/// The elements a resolved slice selects.
func sliceElements(_ items: [Value], start: Int, step: Int, count: Int) -> [Value] {
    if count <= 0 { return [] }
    if step == 1 { return Array(items[start..<(start + count)]) }
    var out: [Value] = []
    out.reserveCapacity(count)
    var i = start
    for _ in 0..<count { out.append(items[i]); i += step }
    return out
}

/// `items * n` with CPython's MemoryError for absurd sizes.
func repeatedItems(_ items: [Value], _ n: Int) throws -> [Value] {
    if n <= 0 || items.isEmpty { return [] }
    let (total, overflow) = items.count.multipliedReportingOverflow(by: n)
    if overflow || total > (1 << 40) { throw PyErr.make(BuiltinTypes.MemoryError, "") }
    if items.count == 1 { return Array(repeating: items[0], count: n) }
    var out: [Value] = []
    out.reserveCapacity(total)
    for _ in 0..<n { out.append(contentsOf: items) }
    return out
}

extension Interpreter {
    /// The values of an iterable, with a custom TypeError when it is not iterable
    /// (PySequence_Fast's message argument).
    func sequenceFast(_ v: Value, notIterable message: String) throws -> [Value] {
        if case .object(let o) = v {
            if o.type === BuiltinTypes.list { return unsafeDowncast(o, to: PyList.self).items }
            if o.type === BuiltinTypes.tuple { return unsafeDowncast(o, to: PyTuple.self).items }
        }
        let it: Value
        do {
            it = try getIter(v)
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.TypeError) {
            throw PyErr.typeError(message)
        }
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }

    /// `l[k] = v` for ints and slices.
    func listSetItem(_ l: PyList, _ k: Value, _ v: Value) throws {
        if let i = try indexOperand(k) {
            let n = l.items.count
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n { throw PyErr.indexError("list assignment index out of range") }
            l.items[j] = v
            return
        }
        guard case .object(let ko) = k, let s = ko as? PySlice else {
            throw PyErr.typeError("list indices must be integers or slices, not \(k.type.name)")
        }
        let r = try resolveSlice(s, l.items.count)
        if r.step == 1 {
            let newItems = try sequenceFast(v, notIterable: "can only assign an iterable")
            let n = l.items.count
            let lo = Swift.min(r.start, n), hi = Swift.min(Swift.max(r.start, r.stop), n)
            l.items.replaceSubrange(lo..<hi, with: newItems)
            return
        }
        let seq = try sequenceFast(v, notIterable: "must assign iterable to extended slice")
        if seq.count != r.count {
            throw PyErr.valueError("attempt to assign sequence of size \(seq.count) to extended slice of size \(r.count)")
        }
        var i = r.start
        // Bounds re-checked: iterating `v` may have run code that shrank the list.
        for x in seq {
            if i >= 0 && i < l.items.count { l.items[i] = x }
            i += r.step
        }
    }

    /// `del l[k]` for ints and slices.
    func listDelItem(_ l: PyList, _ k: Value) throws {
        if let i = try indexOperand(k) {
            let n = l.items.count
            let j = i < 0 ? i + n : i
            if j < 0 || j >= n { throw PyErr.indexError("list assignment index out of range") }
            l.items.remove(at: j)
            return
        }
        guard case .object(let ko) = k, let s = ko as? PySlice else {
            throw PyErr.typeError("list indices must be integers or slices, not \(k.type.name)")
        }
        let r = try resolveSlice(s, l.items.count)
        if r.count <= 0 { return }
        if r.step == 1 { l.items.removeSubrange(r.start..<(r.start + r.count)); return }
        // Walk the selected indices in increasing order and keep everything else.
        var lo = r.start, step = r.step
        if step < 0 { lo = r.start + (r.count - 1) * step; step = -step }
        var out: [Value] = []
        out.reserveCapacity(l.items.count - r.count)
        var next = lo, removed = 0
        for (i, x) in l.items.enumerated() {
            if i == next && removed < r.count { removed += 1; next += step; continue }
            out.append(x)
        }
        l.items = out
    }

    /// Linear search comparing each element with `x` (element on the left, as CPython).
    func listFind(_ l: PyList, _ x: Value, from start: Int = 0, to stop: Int = Int.max) throws -> Int? {
        var i = start
        while i < stop && i < l.items.count {
            let e = l.items[i]
            if try keyEquals(e, x) { return i }
            i += 1
        }
        return nil
    }

    func listRepr(_ l: PyList) throws -> String {
        let items = l.items
        if items.isEmpty { return "[]" }
        if allScalars(items) { return "[" + (try joinedReprs(items)) + "]" }
        return try reprGuarded(l, placeholder: "[...]") { "[" + (try joinedReprs(items)) + "]" }
    }
}

func installListMethods() {
    let t = BuiltinTypes.list
    let notImpl = Value.object(BuiltinTypes.notImplemented)

    t.addStaticMethod("__new__") { _, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("list.__new__(X): X is not a type object") }
        guard cls.isSubtype(of: BuiltinTypes.list) else {
            throw PyErr.typeError("list.__new__(\(cls.name)): \(cls.name) is not a subtype of list")
        }
        if cls === BuiltinTypes.list { return .object(PyList()) }
        let l = PyList([], type: cls)
        l.dict = PyDict()
        return .object(l)
    }
    t.addMethod("__init__") { interp, args in
        let l = try listSelf(args)
        if args.hasKeywords { throw PyErr.typeError("list() takes no keyword arguments") }
        try checkPositional("list", args.count - 1, min: 0, max: 1)
        if !l.items.isEmpty { l.items = [] }
        if args.count == 2 { l.items = try interp.iterate(args[1]) }
        return .none
    }
    t.addMethod("__repr__") { interp, args in Value(try interp.listRepr(try listSelf(args))) }
    t.addValue("__hash__", .none)

    for op in 0..<6 {
        t.addMethod(Interpreter.compareDunders[op]) { interp, args in
            let l = try listSelf(args)
            guard args.count == 2, case .object(let o) = args[1], let other = o as? PyList else { return notImpl }
            if op < 2 && l.items.count != other.items.count { return .bool(op == 1) }
            return .bool(try interp.sequenceCompare(l.items, other.items, op))
        }
    }

    t.addMethod("__len__") { _, args in .int(try listSelf(args).items.count) }
    t.addMethod("__contains__") { interp, args in
        try exactlyOneArg(args, "list.__contains__")
        return .bool(try interp.listFind(try listSelf(args), args[1]) != nil)
    }
    t.addMethod("__iter__") { _, args in .object(PyListIterator(try listSelf(args))) }
    t.addMethod("__reversed__") { _, args in .object(PyListReverseIterator(try listSelf(args))) }
    t.addMethod("__getitem__") { interp, args in
        try exactlyOneArg(args, "list.__getitem__")
        let l = try listSelf(args)
        let k = args[1]
        if let i = try interp.indexOperand(k) {
            let j = i < 0 ? i + l.items.count : i
            if j < 0 || j >= l.items.count { throw PyErr.indexError("list index out of range") }
            return l.items[j]
        }
        guard case .object(let ko) = k, let s = ko as? PySlice else {
            throw PyErr.typeError("list indices must be integers or slices, not \(k.type.name)")
        }
        let r = try interp.resolveSlice(s, l.items.count)
        return .object(PyList(sliceElements(l.items, start: r.start, step: r.step, count: r.count)))
    }
    t.addMethod("__setitem__") { interp, args in
        guard args.count == 3 else { throw PyErr.typeError("expected 2 arguments, got \(args.count - 1)") }
        try interp.listSetItem(try listSelf(args), args[1], args[2])
        return .none
    }
    t.addMethod("__delitem__") { interp, args in
        try exactlyOneArg(args, "list.__delitem__")
        try interp.listDelItem(try listSelf(args), args[1])
        return .none
    }

    t.addMethod("__add__") { _, args in
        let l = try listSelf(args)
        guard args.count == 2, case .object(let o) = args[1], let other = o as? PyList else { return notImpl }
        return .object(PyList(l.items + other.items))
    }
    t.addMethod("__iadd__") { interp, args in
        let l = try listSelf(args)
        guard args.count == 2 else { throw PyErr.typeError("expected 1 argument") }
        let extra = try interp.iterate(args[1])
        l.items.append(contentsOf: extra)
        return args[0]
    }
    let mul: NativeFunction = { interp, args in
        let l = try listSelf(args)
        guard args.count == 2, let n = try interp.indexOperand(args[1]) else { return notImpl }
        return .object(PyList(try repeatedItems(l.items, n)))
    }
    t.addMethod("__mul__", mul)
    t.addMethod("__rmul__", mul)
    t.addMethod("__imul__") { interp, args in
        let l = try listSelf(args)
        guard args.count == 2, let n = try interp.indexOperand(args[1]) else { return notImpl }
        l.items = try repeatedItems(l.items, n)
        return args[0]
    }

    installListMutators(t)
    addClassGetItem(t)
}

private func installListMutators(_ t: PyType) {
    t.addMethod("append") { _, args in
        try exactlyOneArg(args, "list.append")
        try listSelf(args).items.append(args[1])
        return .none
    }
    t.addMethod("extend") { interp, args in
        try exactlyOneArg(args, "list.extend")
        let l = try listSelf(args)
        let src = args[1]
        if case .object(let o) = src, o.type === BuiltinTypes.list || o.type === BuiltinTypes.tuple {
            let extra = o.type === BuiltinTypes.list ? unsafeDowncast(o, to: PyList.self).items : unsafeDowncast(o, to: PyTuple.self).items
            l.items.append(contentsOf: extra)
            return .none
        }
        // Append as we go: the iterable may observe the list (CPython's list_extend).
        let it = try interp.getIter(src)
        while let x = try interp.next(it) { l.items.append(x) }
        return .none
    }
    t.addMethod("insert") { interp, args in
        try noKeywords(args, "list.insert")
        try checkPositional("insert", args.count - 1, min: 2, max: 2)
        let l = try listSelf(args)
        let n = l.items.count
        var i = try interp.index(args[1])
        if i < 0 { i = Swift.max(0, i + n) }
        l.items.insert(args[2], at: Swift.min(i, n))
        return .none
    }
    t.addMethod("remove") { interp, args in
        try exactlyOneArg(args, "list.remove")
        let l = try listSelf(args)
        guard let i = try interp.listFind(l, args[1]) else { throw PyErr.valueError("list.remove(x): x not in list") }
        if i < l.items.count { l.items.remove(at: i) }
        return .none
    }
    t.addMethod("pop") { interp, args in
        try noKeywords(args, "list.pop")
        try checkPositional("pop", args.count - 1, min: 0, max: 1)
        let l = try listSelf(args)
        let i = args.count == 2 ? try interp.index(args[1]) : -1
        if l.items.isEmpty { throw PyErr.indexError("pop from empty list") }
        let j = i < 0 ? i + l.items.count : i
        if j < 0 || j >= l.items.count { throw PyErr.indexError("pop index out of range") }
        if j == l.items.count - 1 { return l.items.removeLast() }
        return l.items.remove(at: j)
    }
    t.addMethod("index") { interp, args in
        try noKeywords(args, "list.index")
        try checkPositional("index", args.count - 1, min: 1, max: 3)
        let l = try listSelf(args)
        let n = l.items.count
        let start = args.count > 2 ? try interp.clampedBound(args[2], n) : 0
        let stop = args.count > 3 ? try interp.clampedBound(args[3], n) : n
        if let i = try interp.listFind(l, args[1], from: start, to: stop) { return .int(i) }
        throw PyErr.valueError("\(try interp.repr(args[1])) is not in list")
    }
    t.addMethod("count") { interp, args in
        try exactlyOneArg(args, "list.count")
        let l = try listSelf(args)
        var c = 0, i = 0
        while i < l.items.count {
            if try interp.keyEquals(l.items[i], args[1]) { c += 1 }
            i += 1
        }
        return .int(c)
    }
    t.addMethod("sort") { interp, args in
        let l = try listSelf(args)
        if args.count > 1 { throw PyErr.typeError("sort() takes no positional arguments") }
        var key: Value? = nil
        var reverse = false
        for (k, v) in args.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "reverse": reverse = try interp.index(v) != 0
            default: throw PyErr.typeError("'\(k)' is an invalid keyword argument for sort()")
            }
        }
        // As CPython, the list looks empty while it is being sorted; anything added meanwhile
        // is discarded and reported.
        var items = l.items
        l.items = []
        do {
            try sortValues(interp, &items, key: key, reverse: reverse)
        } catch {
            l.items = items
            throw error
        }
        let modified = !l.items.isEmpty
        l.items = items
        if modified { throw PyErr.valueError("list modified during sort") }
        return .none
    }
    t.addMethod("reverse") { _, args in
        try noArgs(args, "list.reverse")
        try listSelf(args).items.reverse()
        return .none
    }
    t.addMethod("copy") { _, args in
        try noArgs(args, "list.copy")
        return .object(PyList(try listSelf(args).items))
    }
    t.addMethod("clear") { _, args in
        try noArgs(args, "list.clear")
        try listSelf(args).items = []
        return .none
    }
}
