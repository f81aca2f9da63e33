// dict_keys / dict_values / dict_items views and dict reverse iterators. Keys and items views
// are set-like: comparisons and & | - ^ (results are sets), following dictobject.c's
// dictviews_* functions for which operand is iterated.

public final class PyDictView: PyObject {
    public let mapping: PyDict
    public let kind: PyDictIterator.Kind
    init(_ d: PyDict, kind: PyDictIterator.Kind) {
        mapping = d
        self.kind = kind
        let t: PyType
        switch kind {
        case .keys: t = BuiltinTypes.dictKeys
        case .values: t = BuiltinTypes.dictValues
        case .items: t = BuiltinTypes.dictItems
        }
        super.init(type: t)
        trackGC(self)
    }
    public override func traverse(_ visit: (PyObject) -> Void) { visit(mapping) }
}

/// reversed(dict) and reversed(view): walks the entries backwards.
public final class PyDictReverseIterator: PyNativeIterator {
    let source: PyDict
    let kind: PyDictIterator.Kind
    var position: Int
    let initialCount: Int
    var done = false
    init(_ d: PyDict, kind: PyDictIterator.Kind) {
        source = d; self.kind = kind; position = d.entries.count - 1; initialCount = d.count
        let t: PyType
        switch kind {
        case .keys: t = BuiltinTypes.dictReverseKeyIterator
        case .values: t = BuiltinTypes.dictReverseValueIterator
        case .items: t = BuiltinTypes.dictReverseItemIterator
        }
        super.init(type: t)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if done { return nil }
        if source.count != initialCount {
            done = true
            throw PyErr.runtimeError("dictionary changed size during iteration")
        }
        let entries = source.entries
        while position >= 0 && position < entries.count {
            let e = entries[position]
            position -= 1
            if e.key.isUndefined { continue }
            switch kind {
            case .keys: return e.key
            case .values: return e.value
            case .items: return .object(PyTuple([e.key, e.value]))
            }
        }
        done = true
        return nil
    }
    public override var lengthHint: Int? { done ? 0 : source.count }
    public override func traverse(_ visit: (PyObject) -> Void) { visit(source) }
}

extension BuiltinTypes {
    public static let dictReverseKeyIterator = make("dict_reversekeyiterator", flags: [])
    public static let dictReverseValueIterator = make("dict_reversevalueiterator", flags: [])
    public static let dictReverseItemIterator = make("dict_reverseitemiterator", flags: [])
}

@inline(__always) private func viewSelf(_ args: Args) throws -> PyDictView {
    guard args.count > 0, let v = args[0].asObject as? PyDictView else { throw PyErr.typeError("descriptor requires a dict view") }
    return v
}

/// A keys or items view (the set-like ones).
@inline(__always) private func setLikeView(_ v: Value) -> PyDictView? {
    guard case .object(let o) = v, let dv = o as? PyDictView, dv.kind != .values else { return nil }
    return dv
}

extension Interpreter {
    /// `x in view`.
    func viewContains(_ v: PyDictView, _ x: Value) throws -> Bool {
        switch v.kind {
        case .keys:
            return try dictGet(v.mapping, x) != nil
        case .items:
            guard case .object(let o) = x, let t = o as? PyTuple, t.items.count == 2 else { return false }
            guard let found = try dictGet(v.mapping, t.items[0]) else { return false }
            return try keyEquals(found, t.items[1])
        case .values:
            for e in v.mapping.entries where !e.key.isUndefined {
                if try keyEquals(e.value, x) { return true }
            }
            return false
        }
    }

    /// dictviews_to_set: a set of the view's elements (or of any iterable on the left).
    func viewToSet(_ v: Value) throws -> PySet {
        let s = PySet()
        if let dv = setLikeView(v), dv.kind == .keys, dv.mapping.type === BuiltinTypes.dict {
            try setUpdateInternal(s, .object(dv.mapping))
        } else {
            try setUpdateInternal(s, v)
        }
        return s
    }

    /// _PyDictView_Intersect.
    func viewIntersect(_ a: Value, _ b: Value) throws -> PySet {
        var selfV = a, other = b
        if setLikeView(selfV) == nil { swap(&selfV, &other) }
        guard var view = setLikeView(selfV) else { return try viewToSet(a) }
        let lenSelf = view.mapping.count
        if case .object(let o) = other, o.type === BuiltinTypes.set, let os = o as? PySet, lenSelf <= os.count {
            return try setIntersection(os, selfV)
        }
        if let ov = setLikeView(other), ov.mapping.count > lenSelf {
            other = selfV
            view = ov
        }
        let result = PySet()
        let it = try getIter(other)
        while let k = try next(it) {
            if try viewContains(view, k) { try setAdd(result, k) }
        }
        return result
    }

    /// dictitems_xor: items views on both sides.
    func itemsXor(_ a: PyDictView, _ b: PyDictView) throws -> PySet {
        let temp = dictCopy(a.mapping)
        let result = PySet()
        for e in b.mapping.entries where !e.key.isUndefined {
            if let v1 = try temp.get(e.key, hash: e.hash, keyEquals) {
                if try keyEquals(v1, e.value) {
                    _ = try temp.remove(e.key, hash: e.hash, keyEquals)
                } else {
                    try setAdd(result, .object(PyTuple([e.key, e.value])))
                }
            } else {
                try setAdd(result, .object(PyTuple([e.key, e.value])))
            }
        }
        try setUpdateInternal(result, .object(PyDictView(temp, kind: .items)))
        return result
    }

    /// all_contained_in: every element of `a` is in `b`.
    func allContained(_ a: Value, _ b: Value) throws -> Bool {
        let it = try getIter(a)
        while let x = try next(it) {
            if !(try contains(b, x)) { return false }
        }
        return true
    }

    func viewRepr(_ v: PyDictView) throws -> String {
        try reprGuarded(v, placeholder: "...") {
            var items: [Value] = []
            let it = PyDictIterator(v.mapping, kind: v.kind)
            while let x = try it.next(self) { items.append(x) }
            return v.type.name + "([" + (try joinedReprs(items)) + "])"
        }
    }
}

func installDictViews() {
    let notImpl = Value.object(BuiltinTypes.notImplemented)
    for t in [BuiltinTypes.dictKeys, BuiltinTypes.dictValues, BuiltinTypes.dictItems] {
        t.addMethod("__len__") { _, args in .int(try viewSelf(args).mapping.count) }
        t.addMethod("__iter__") { _, args in
            let v = try viewSelf(args)
            return .object(PyDictIterator(v.mapping, kind: v.kind))
        }
        t.addMethod("__reversed__") { _, args in
            let v = try viewSelf(args)
            return .object(PyDictReverseIterator(v.mapping, kind: v.kind))
        }
        t.addMethod("__contains__") { interp, args in
            try exactlyOneArg(args, "\(t.name).__contains__")
            return .bool(try interp.viewContains(try viewSelf(args), args[1]))
        }
        t.addMethod("__repr__") { interp, args in Value(try interp.viewRepr(try viewSelf(args))) }
        t.addGetter("mapping") { _, v in
            throw PyErr.notImplemented("dict view .mapping (mappingproxy) is not supported by Coil")
        }
    }
    for t in [BuiltinTypes.dictKeys, BuiltinTypes.dictItems] {
        t.addValue("__hash__", .none)
        t.addMethod("__and__") { interp, args in .object(try interp.viewIntersect(args[0], args[1])) }
        t.addMethod("__rand__") { interp, args in .object(try interp.viewIntersect(args[1], args[0])) }
        t.addMethod("__or__") { interp, args in
            let s = try interp.viewToSet(args[0])
            try interp.setUpdateInternal(s, args[1])
            return .object(s)
        }
        t.addMethod("__ror__") { interp, args in
            let s = try interp.viewToSet(args[1])
            try interp.setUpdateInternal(s, args[0])
            return .object(s)
        }
        t.addMethod("__sub__") { interp, args in
            let s = try interp.viewToSet(args[0])
            try interp.setDifferenceUpdate(s, args[1])
            return .object(s)
        }
        t.addMethod("__rsub__") { interp, args in
            let s = try interp.viewToSet(args[1])
            try interp.setDifferenceUpdate(s, args[0])
            return .object(s)
        }
        func xor(_ left: Value, _ right: Value, _ interp: Interpreter) throws -> Value {
            if let a = setLikeView(left), let b = setLikeView(right), a.kind == .items, b.kind == .items {
                return .object(try interp.itemsXor(a, b))
            }
            let s = try interp.viewToSet(left)
            try interp.setSymmetricDifferenceUpdate(s, right)
            return .object(s)
        }
        t.addMethod("__xor__") { interp, args in try xor(args[0], args[1], interp) }
        t.addMethod("__rxor__") { interp, args in try xor(args[1], args[0], interp) }
        // dictview_richcompare: against sets and other set-like views only.
        for op in 0..<6 {
            t.addMethod(Interpreter.compareDunders[op]) { interp, args in
                let v = try viewSelf(args)
                guard args.count == 2 else { return notImpl }
                let other = args[1]
                let otherLen: Int
                if case .object(let o) = other, let os = o as? PySet { otherLen = os.count }
                else if let ov = setLikeView(other) { otherLen = ov.mapping.count }
                else { return notImpl }
                let n = v.mapping.count
                let me = args[0]
                switch op {
                case 0: return .bool(try n == otherLen && interp.allContained(me, other))
                case 1: return .bool(!(try n == otherLen && interp.allContained(me, other)))
                case 2: return .bool(try n < otherLen && interp.allContained(me, other))
                case 3: return .bool(try n <= otherLen && interp.allContained(me, other))
                case 4: return .bool(try n > otherLen && interp.allContained(other, me))
                default: return .bool(try n >= otherLen && interp.allContained(other, me))
                }
            }
        }
        t.addMethod("isdisjoint") { interp, args in
            try exactlyOneArg(args, "\(t.name).isdisjoint")
            var me = args[0], other = args[1]
            if case .object(let a) = me, case .object(let b) = other, a === b { return .bool(try viewSelf(args).mapping.count == 0) }
            let otherLen: Int?
            if case .object(let o) = other, let os = o as? PySet { otherLen = os.count }
            else if let ov = setLikeView(other) { otherLen = ov.mapping.count }
            else { otherLen = nil }
            if let ol = otherLen, ol > (try viewSelf(args).mapping.count) { swap(&me, &other) }
            let it = try interp.getIter(other)
            while let x = try interp.next(it) {
                if try interp.contains(me, x) { return .bool(false) }
            }
            return .bool(true)
        }
    }
}
