// Native iterators (the run loop's FOR_ITER calls `next` directly) and the iteration protocol.

open class PyNativeIterator: PyObject {
    /// The next value, or nil when exhausted.
    open func next(_ interp: Interpreter) throws -> Value? { nil }
    /// `__length_hint__`, when cheap.
    open var lengthHint: Int? { nil }
}

public final class PyListIterator: PyNativeIterator {
    var list: PyList?
    var index = 0
    init(_ l: PyList) { list = l; super.init(type: BuiltinTypes.listIterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let l = list else { return nil }
        if index < l.items.count { index += 1; return l.items[index - 1] }
        list = nil
        return nil
    }
    public override var lengthHint: Int? { list.map { max(0, $0.items.count - index) } ?? 0 }
    public override func traverse(_ visit: (PyObject) -> Void) { if let l = list { visit(l) } }
}

public final class PyListReverseIterator: PyNativeIterator {
    var list: PyList?
    var index: Int
    init(_ l: PyList) { list = l; index = l.items.count - 1; super.init(type: BuiltinTypes.listReverseIterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let l = list, index >= 0, index < l.items.count else { list = nil; return nil }
        index -= 1
        return l.items[index + 1]
    }
    public override func traverse(_ visit: (PyObject) -> Void) { if let l = list { visit(l) } }
}

/// Iterates a fixed array of values (tuples, dict/set snapshots where safe).
public final class PyArrayIterator: PyNativeIterator {
    let items: [Value]
    var index = 0
    init(_ items: [Value], type: PyType) { self.items = items; super.init(type: type) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if index < items.count { index += 1; return items[index - 1] }
        return nil
    }
    public override var lengthHint: Int? { max(0, items.count - index) }
    public override func traverse(_ visit: (PyObject) -> Void) { for v in items { visitValue(v, visit) } }
}

public final class PyRangeIterator: PyNativeIterator {
    var current: Int
    let step: Int
    var remaining: Int
    init(start: Int, step: Int, count: Int) {
        current = start; self.step = step; remaining = count
        super.init(type: BuiltinTypes.rangeIterator)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if remaining <= 0 { return nil }
        remaining -= 1
        let v = current
        current &+= step
        return .int(v)
    }
    public override var lengthHint: Int? { remaining }
}

public final class PyStrIterator: PyNativeIterator {
    let scalars: [Unicode.Scalar]
    var index = 0
    init(_ s: PyStr) { scalars = s.scalars; super.init(type: BuiltinTypes.strIterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if index < scalars.count { index += 1; return Value(String(Character(scalars[index - 1]))) }
        return nil
    }
    public override var lengthHint: Int? { max(0, scalars.count - index) }
}

/// dict keys/values/items iterators; detect size changes like CPython.
public final class PyDictIterator: PyNativeIterator {
    public enum Kind { case keys, values, items }
    let source: PyDict
    let kind: Kind
    var position = 0
    let mutations: UInt
    let initialCount: Int
    init(_ d: PyDict, kind: Kind) {
        source = d; self.kind = kind; mutations = d.mutations; initialCount = d.count
        let t: PyType
        switch kind {
        case .keys: t = BuiltinTypes.dictKeyIterator
        case .values: t = BuiltinTypes.dictValueIterator
        case .items: t = BuiltinTypes.dictItemIterator
        }
        super.init(type: t)
    }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if source.mutations != mutations {
            if source.count != initialCount { throw PyErr.runtimeError("dictionary changed size during iteration") }
            throw PyErr.runtimeError("dictionary keys changed during iteration")
        }
        guard let (i, e) = source.entry(from: position) else { return nil }
        position = i + 1
        switch kind {
        case .keys: return e.key
        case .values: return e.value
        case .items: return .object(PyTuple([e.key, e.value]))
        }
    }
    public override var lengthHint: Int? { source.count }
    public override func traverse(_ visit: (PyObject) -> Void) { visit(source) }
}

public final class PySetIterator: PyNativeIterator {
    let set: PySet
    var position = 0
    let mutations: UInt
    init(_ s: PySet) { set = s; mutations = s.mutations; super.init(type: BuiltinTypes.setIterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        if set.mutations != mutations { throw PyErr.runtimeError("Set changed size during iteration") }
        guard let (i, k) = set.element(from: position) else { return nil }
        position = i + 1
        return k
    }
    public override func traverse(_ visit: (PyObject) -> Void) { visit(set) }
}

/// The old sequence protocol: `__getitem__` with 0, 1, 2… until IndexError.
public final class PySeqIterator: PyNativeIterator {
    var seq: Value?
    var index = 0
    init(_ s: Value) { seq = s; super.init(type: BuiltinTypes.iterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let s = seq else { return nil }
        do {
            let v = try interp.getItem(s, .int(index))
            index += 1
            return v
        } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.IndexError) || e.type.isSubtype(of: BuiltinTypes.StopIteration) {
            seq = nil
            return nil
        }
    }
    public override func traverse(_ visit: (PyObject) -> Void) { if let s = seq { visitValue(s, visit) } }
}

/// `iter(callable, sentinel)`.
public final class PyCallableIterator: PyNativeIterator {
    var callable: Value?
    let sentinel: Value
    init(_ c: Value, _ s: Value) { callable = c; sentinel = s; super.init(type: BuiltinTypes.callableIterator) }
    public override func next(_ interp: Interpreter) throws -> Value? {
        guard let c = callable else { return nil }
        let v = try interp.callValues(c, [])
        if try interp.equals(v, sentinel) { callable = nil; return nil }
        return v
    }
    public override func traverse(_ visit: (PyObject) -> Void) {
        if let c = callable { visitValue(c, visit) }
        visitValue(sentinel, visit)
    }
}

extension BuiltinTypes {
    public static let listIterator = make("list_iterator", flags: [])
    public static let listReverseIterator = make("list_reverseiterator", flags: [])
    public static let tupleIterator = make("tuple_iterator", flags: [])
    public static let rangeIterator = make("range_iterator", flags: [])
    public static let strIterator = make("str_ascii_iterator", flags: [])
    public static let dictKeyIterator = make("dict_keyiterator", flags: [])
    public static let dictValueIterator = make("dict_valueiterator", flags: [])
    public static let dictItemIterator = make("dict_itemiterator", flags: [])
    public static let setIterator = make("set_iterator", flags: [])
    public static let callableIterator = make("callable_iterator", flags: [])
    public static let genericAlias = make("types.GenericAlias", flags: [])
}

extension Interpreter {
    /// `iter(v)`.
    public func getIter(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            let t = o.type!
            if t === BuiltinTypes.list { return .object(PyListIterator(unsafeDowncast(o, to: PyList.self))) }
            if t === BuiltinTypes.tuple { return .object(PyArrayIterator(unsafeDowncast(o, to: PyTuple.self).items, type: BuiltinTypes.tupleIterator)) }
            if t === BuiltinTypes.range {
                let r = unsafeDowncast(o, to: PyRange.self)
                return .object(PyRangeIterator(start: r.start, step: r.step, count: r.count))
            }
            if t === BuiltinTypes.str { return .object(PyStrIterator(unsafeDowncast(o, to: PyStr.self))) }
            if t === BuiltinTypes.dict { return .object(PyDictIterator(unsafeDowncast(o, to: PyDict.self), kind: .keys)) }
            if t === BuiltinTypes.set || t === BuiltinTypes.frozenset { return .object(PySetIterator(unsafeDowncast(o, to: PySet.self))) }
            // Builtin iterators are their own iterators; skip the Python-level __iter__ call.
            if o is PyNativeIterator && !t.isHeapType { return v }
            if let g = o as? PyGenerator, g.kind == .generator { return v }
            if let m = t.lookup(names.diter) {
                if m.isNone { throw PyErr.typeError("'\(t.name)' object is not iterable") }
                let it = try callValues(m, [v])
                if !(it.asObject is PyNativeIterator) && !((it.asObject as? PyGenerator)?.kind == .generator)
                    && it.type.lookup(names.dnext) == nil {
                    throw PyErr.typeError("iter() returned non-iterator of type '\(it.type.name)'")
                }
                return it
            }
            if t.lookup(names.dgetitem) != nil { return .object(PySeqIterator(v)) }
        }
        throw PyErr.typeError("'\(v.type.name)' object is not iterable")
    }

    /// `next(it)`: nil when exhausted (the StopIteration value is kept in `lastStopValue`).
    public func next(_ it: Value) throws -> Value? {
        if case .object(let o) = it {
            // The final class first: its cast is a pointer compare, the open class's a call.
            if let g = o as? PyGenerator {
                if g.kind == .generator {
                    switch try resumeGenerator(g, sending: .none) {
                    case .yielded(let v): return v
                    case .returned(let r): lastStopValue = r; return nil
                    }
                }
            } else if let n = o as? PyNativeIterator {
                return try n.next(self)
            }
            if let m = o.type.lookup(names.dnext) {
                do {
                    return try callValues(m, [it])
                } catch let e as PyBaseException where e.type.isSubtype(of: BuiltinTypes.StopIteration) {
                    lastStopValue = stopIterationValue(e)
                    return nil
                }
            }
        }
        throw PyErr.typeError("'\(it.type.name)' object is not an iterator")
    }

    /// All values of an iterable.
    public func iterate(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if o.type === BuiltinTypes.list { return unsafeDowncast(o, to: PyList.self).items }
            if o.type === BuiltinTypes.tuple { return unsafeDowncast(o, to: PyTuple.self).items }
        }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }

    /// Calls `body` for each value of an iterable.
    public func forEach(_ v: Value, _ body: (Value) throws -> Void) throws {
        let it = try getIter(v)
        while let x = try next(it) { try body(x) }
    }

    func unpack(_ seq: Value, count: Int) throws -> [Value] {
        if case .object(let o) = seq, o.type === BuiltinTypes.tuple || o.type === BuiltinTypes.list {
            let items = o.type === BuiltinTypes.tuple ? unsafeDowncast(o, to: PyTuple.self).items : unsafeDowncast(o, to: PyList.self).items
            if items.count == count { return items }
            if items.count < count {
                throw PyErr.valueError("not enough values to unpack (expected \(count), got \(items.count))")
            }
            throw PyErr.valueError("too many values to unpack (expected \(count))")
        }
        guard let it = try? getIter(seq) else {
            throw PyErr.typeError("cannot unpack non-iterable \(seq.type.name) object")
        }
        var out: [Value] = []
        while out.count < count, let x = try next(it) { out.append(x) }
        if out.count < count {
            throw PyErr.valueError("not enough values to unpack (expected \(count), got \(out.count))")
        }
        if try next(it) != nil { throw PyErr.valueError("too many values to unpack (expected \(count))") }
        return out
    }

    func unpackStar(_ seq: Value, before: Int, after: Int) throws -> [Value] {
        guard let items = try? iterate(seq) else {
            throw PyErr.typeError("cannot unpack non-iterable \(seq.type.name) object")
        }
        if items.count < before + after {
            throw PyErr.valueError("not enough values to unpack (expected at least \(before + after), got \(items.count))")
        }
        var out = Array(items[0..<before])
        out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
        out.append(contentsOf: items[(items.count - after)...])
        return out
    }
}
