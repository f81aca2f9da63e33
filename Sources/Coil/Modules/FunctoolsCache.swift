// functools.lru_cache / cache: a wrapper object keyed like CPython's _make_key (a lone int or
// str argument is its own key, otherwise a tuple of args, a marker and keyword pairs, plus
// types when typed=True). Bounded caches keep recency in a doubly linked list over arrays.

final class PyLRUWrapper: PyObject {
    var fn: Value
    let maxsize: Int?      // nil = unbounded
    let typed: Bool
    var cache = PyDict()   // key -> node index (bounded) or result (unbounded)
    var hits = 0, misses = 0
    // Bounded caches: node storage, most recent at `tail`.
    var keys: [Value] = [], results: [Value] = [], prev: [Int] = [], next: [Int] = []
    var head = -1, tail = -1

    init(fn: Value, maxsize: Int?, typed: Bool) {
        self.fn = fn; self.maxsize = maxsize; self.typed = typed
        super.init(type: BuiltinTypes.lruWrapperType)
        dict = PyDict()
        trackGC(self)
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(fn, visit)
        visit(cache)
        for k in keys { visitValue(k, visit) }
        for r in results { visitValue(r, visit) }
    }

    override func clearReferences() {
        super.clearReferences()
        fn = .none
        clear()
    }

    func clear() {
        cache = PyDict()
        keys = []; results = []; prev = []; next = []
        head = -1; tail = -1
        hits = 0; misses = 0
    }

    func unlink(_ i: Int) {
        if prev[i] >= 0 { next[prev[i]] = next[i] } else { head = next[i] }
        if next[i] >= 0 { prev[next[i]] = prev[i] } else { tail = prev[i] }
    }

    func append(_ i: Int) {
        prev[i] = tail; next[i] = -1
        if tail >= 0 { next[tail] = i } else { head = i }
        tail = i
    }
}

/// The separator between positional and keyword parts of a cache key (`_kwd_mark`).
private let kwdMark = PyInstance(type: BuiltinTypes.object)

extension Interpreter {
    fileprivate func lruKey(_ w: PyLRUWrapper, _ args: Args) -> Value {
        let n = args.count
        if !args.hasKeywords && n == 2 && !w.typed {
            let a = args[1]
            switch a {
            case .int: return a
            case .object(let o) where o.type === BuiltinTypes.str || o.type === BuiltinTypes.int: return a
            default: break
            }
        }
        var items = Array(args.values[1..<n])
        let kws = args.keywords
        if !kws.isEmpty {
            items.append(.object(kwdMark))
            for (k, v) in kws { items.append(Value(k)); items.append(v) }
        }
        if w.typed {
            for i in 1..<n { items.append(.object(args[i].type)) }
            for (_, v) in kws { items.append(.object(v.type)) }
        }
        return .object(PyTuple(items))
    }

    fileprivate func lruCall(_ w: PyLRUWrapper, _ args: Args) throws -> Value {
        func callThrough() throws -> Value {
            let rest = UnsafeBufferPointer(rebasing: args.values[1...])
            return try call(w.fn, args: rest, kwnames: args.kwnames)
        }
        guard let maxsize = w.maxsize else {
            let key = lruKey(w, args)
            let h = try hash(key)
            if let v = try w.cache.get(key, hash: h, keyEquals) { w.hits += 1; return v }
            w.misses += 1
            let r = try callThrough()
            try w.cache.set(key, hash: h, r, keyEquals)
            return r
        }
        if maxsize == 0 {
            w.misses += 1
            return try callThrough()
        }
        let key = lruKey(w, args)
        let h = try hash(key)
        if let node = try w.cache.get(key, hash: h, keyEquals), let i = node.intValue {
            w.unlink(i)
            w.append(i)
            w.hits += 1
            return w.results[i]
        }
        w.misses += 1
        let r = try callThrough()
        // A recursive call may have cached this key meanwhile.
        if try w.cache.get(key, hash: h, keyEquals) != nil { return r }
        if w.cache.count >= maxsize && w.head >= 0 {
            let old = w.head
            w.unlink(old)
            _ = try w.cache.remove(w.keys[old], hash: try hash(w.keys[old]), keyEquals)
            w.keys[old] = key; w.results[old] = r
            w.append(old)
            try w.cache.set(key, hash: h, .int(old), keyEquals)
        } else {
            let i = w.keys.count
            w.keys.append(key); w.results.append(r); w.prev.append(-1); w.next.append(-1)
            w.append(i)
            try w.cache.set(key, hash: h, .int(i), keyEquals)
        }
        return r
    }
}

func makeLRUWrapper(_ interp: Interpreter, _ fn: Value, maxsize: Int?, typed: Bool) throws -> Value {
    guard interp.isCallable(fn) else { throw PyErr.typeError("the first argument must be callable") }
    let w = PyLRUWrapper(fn: fn, maxsize: maxsize, typed: typed)
    try interp.updateWrapper(.object(w), fn)
    return .object(w)
}

/// lru_cache(maxsize=128, typed=False), also usable directly as `@lru_cache`.
func lruCacheFactory(_ interp: Interpreter, _ args: Args) throws -> Value {
    let first = interp.osArg(args, 0, "maxsize") ?? .int(128)
    let typed = try interp.isTrue(interp.osArg(args, 1, "typed") ?? .false)
    var maxsize: Int?
    if first.isNone {
        maxsize = nil
    } else if first.isIntLike {
        maxsize = max(0, first.intValue ?? Int.max)
    } else if interp.isCallable(first) && args.count == 1 {
        return try makeLRUWrapper(interp, first, maxsize: 128, typed: typed)
    } else {
        throw PyErr.typeError("Expected first argument to be an integer, a callable, or None")
    }
    return .object(PyBuiltinFunction(name: "decorating_function", ownerName: "functools") { interp, a in
        guard a.count == 1 else { throw PyErr.typeError("decorating_function() takes exactly one argument") }
        return try makeLRUWrapper(interp, a[0], maxsize: maxsize, typed: typed)
    })
}

extension BuiltinTypes {
    static let cacheInfoType: PyType = {
        let fields = ["hits", "misses", "maxsize", "currsize"]
        let t = make("CacheInfo", tuple, layout: .tuple, flags: [])
        t.addValue("__module__", Value("functools"))
        t.addValue("_fields", .object(PyTuple(fields.map { Value($0) })))
        for (i, f) in fields.enumerated() { t.addGetter(f) { _, v in v.asTuple?.items[i] ?? .none } }
        t.addMethod("__repr__") { interp, args in
            let items = args[0].asTuple?.items ?? []
            var parts: [String] = []
            for (i, f) in fields.enumerated() where i < items.count { parts.append("\(f)=\(try interp.repr(items[i]))") }
            return Value("CacheInfo(\(parts.joined(separator: ", ")))")
        }
        t.addMethod("_asdict") { _, args in
            let d = PyDict()
            for (i, v) in (args[0].asTuple?.items ?? []).enumerated() where i < fields.count { d.setStr(fields[i], v) }
            return .object(d)
        }
        return t
    }()

    static let lruWrapperType: PyType = {
        let t = makeDescriptorCapableType("_lru_cache_wrapper", module: "functools")
        func wrapper(_ args: Args) throws -> PyLRUWrapper {
            guard let w = args[0].asObject as? PyLRUWrapper else { throw PyErr.typeError("expected an lru_cache wrapper") }
            return w
        }
        t.addMethod("__call__") { interp, args in try interp.lruCall(try wrapper(args), args) }
        t.addMethod("__get__") { _, args in
            if args.count < 2 || args[1].isNone { return args[0] }
            return .object(PyBoundMethod(function: args[0], selfValue: args[1]))
        }
        t.addMethod("cache_info") { _, args in
            let w = try wrapper(args)
            return .object(PyTuple([.int(w.hits), .int(w.misses), w.maxsize.map { .int($0) } ?? .none, .int(w.cache.count)],
                                   type: BuiltinTypes.cacheInfoType))
        }
        t.addMethod("cache_clear") { _, args in
            try wrapper(args).clear()
            return .none
        }
        t.addMethod("cache_parameters") { _, args in
            let w = try wrapper(args)
            let d = PyDict()
            d.setStr("maxsize", w.maxsize.map { .int($0) } ?? .none)
            d.setStr("typed", .bool(w.typed))
            return .object(d)
        }
        t.addMethod("__repr__") { interp, args in
            let w = try wrapper(args)
            return Value("<functools._lru_cache_wrapper object at \(interp.addressString(w))>")
        }
        t.addMethod("__reduce__") { interp, args in try interp.getAttr(args[0], "__qualname__") }
        return t
    }()
}
