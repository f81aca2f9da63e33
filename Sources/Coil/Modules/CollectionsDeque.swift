// collections.deque: a ring buffer with CPython's method set, messages, bounded (maxlen)
// behaviour and mutation detection for iterators.

final class PyDeque: PyObject {
    var buf: [Value] = [Value](repeating: .undefined, count: 8)
    var head = 0
    var count = 0
    var maxlen: Int? = nil
    /// Bumped by every mutation; iterators compare it (CPython's deque->state).
    var state: UInt = 0

    override init(type: PyType) {
        super.init(type: type)
        if type.isHeapType { dict = PyDict() }
        trackGC(self)
    }

    @inline(__always) var mask: Int { buf.count - 1 }
    @inline(__always) subscript(i: Int) -> Value {
        get { buf[(head + i) & mask] }
        set { buf[(head + i) & mask] = newValue }
    }

    var items: [Value] { (0..<count).map { self[$0] } }

    private func grow() {
        var nb = [Value](repeating: .undefined, count: buf.count * 2)
        for i in 0..<count { nb[i] = self[i] }
        buf = nb
        head = 0
    }

    func append(_ v: Value) {
        state &+= 1
        if maxlen == 0 { return }
        if let m = maxlen, count >= m { _ = popLeft() }
        if count == buf.count { grow() }
        buf[(head + count) & mask] = v
        count += 1
    }

    func appendLeft(_ v: Value) {
        state &+= 1
        if maxlen == 0 { return }
        if let m = maxlen, count >= m { _ = pop() }
        if count == buf.count { grow() }
        head = (head - 1) & mask
        buf[head] = v
        count += 1
    }

    func pop() -> Value? {
        if count == 0 { return nil }
        state &+= 1
        count -= 1
        let i = (head + count) & mask
        let v = buf[i]
        buf[i] = .undefined
        return v
    }

    func popLeft() -> Value? {
        if count == 0 { return nil }
        state &+= 1
        let v = buf[head]
        buf[head] = .undefined
        head = (head + 1) & mask
        count -= 1
        return v
    }

    func replaceAll(_ vs: [Value]) {
        state &+= 1
        var cap = 8
        while cap < vs.count { cap *= 2 }
        buf = [Value](repeating: .undefined, count: cap)
        for (i, v) in vs.enumerated() { buf[i] = v }
        head = 0
        count = vs.count
    }

    func rotate(_ nIn: Int) {
        if count <= 1 { return }
        var n = nIn % count
        if n < 0 { n += count }
        if n == 0 { return }
        // Rotating right by n: the last n items move to the front, one O(1) step at a time.
        if n <= count / 2 {
            for _ in 0..<n { if let v = pop() { appendLeft(v) } }
        } else {
            for _ in 0..<(count - n) { if let v = popLeft() { append(v) } }
        }
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for i in 0..<count { visitValue(self[i], visit) }
    }

    override func clearReferences() {
        super.clearReferences()
        buf = [Value](repeating: .undefined, count: 8); head = 0; count = 0
    }
}

final class PyDequeIterator: PyNativeIterator {
    let deque: PyDeque
    var index: Int
    let state: UInt
    let reverse: Bool
    init(_ d: PyDeque, reverse: Bool) {
        deque = d; state = d.state; self.reverse = reverse
        index = reverse ? d.count - 1 : 0
        super.init(type: reverse ? BuiltinTypes.dequeReverseIterator : BuiltinTypes.dequeIterator)
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        if deque.state != state { throw PyErr.runtimeError("deque mutated during iteration") }
        if reverse {
            if index < 0 || index >= deque.count { return nil }
            index -= 1
            return deque[index + 1]
        }
        if index >= deque.count { return nil }
        index += 1
        return deque[index - 1]
    }
    override var lengthHint: Int? { reverse ? max(0, index + 1) : max(0, deque.count - index) }
    override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visit(deque) }
}

private func dequeSelf(_ args: Args) throws -> PyDeque {
    guard args.values.count > 0, let d = args[0].asObject as? PyDeque else { throw PyErr.typeError("descriptor requires a 'collections.deque' object") }
    return d
}

extension Interpreter {
    fileprivate func dequeIndex(_ d: PyDeque, _ k: Value) throws -> Int {
        guard k.isIntLike || k.type.lookup(names.dindex) != nil else {
            throw PyErr.typeError("sequence index must be integer, not '\(k.type.name)'")
        }
        var i = try index(k)
        if i < 0 { i += d.count }
        if i < 0 || i >= d.count { throw PyErr.indexError("deque index out of range") }
        return i
    }

    func dequeExtend(_ d: PyDeque, _ iterable: Value, left: Bool) throws {
        if case .object(let o) = iterable, o === d {
            for v in left ? d.items : d.items { left ? d.appendLeft(v) : d.append(v) }
            return
        }
        if case .object(let o) = iterable, let l = o as? PyList, o.type === BuiltinTypes.list {
            for v in l.items { left ? d.appendLeft(v) : d.append(v) }
            return
        }
        let it = try getIter(iterable)
        while let v = try next(it) { left ? d.appendLeft(v) : d.append(v) }
    }

    fileprivate func dequeRepr(_ d: PyDeque) throws -> String {
        let name = d.type === BuiltinTypes.deque ? "deque" : d.type.name
        return try reprGuarded(d, placeholder: "[...]") {
            let inner = "[" + (try d.items.map { try elementRepr($0) }.joined(separator: ", ")) + "]"
            if let m = d.maxlen { return "\(name)(\(inner), maxlen=\(m))" }
            return "\(name)(\(inner))"
        }
    }

    fileprivate func newDequeLike(_ d: PyDeque, _ items: [Value]) throws -> Value {
        if d.type === BuiltinTypes.deque {
            let n = PyDeque(type: BuiltinTypes.deque)
            n.maxlen = d.maxlen
            for v in items { n.append(v) }
            return .object(n)
        }
        let maxlen: Value = d.maxlen.map { .int($0) } ?? .none
        return try callValues(.object(d.type), [.object(PyList(items)), maxlen])
    }
}

extension BuiltinTypes {
    static let dequeIterator: PyType = {
        let t = make("_deque_iterator", layout: .other, flags: [])
        t.addValue("__module__", Value("_collections"))
        addIteratorProtocol(t, lengthHint: true)
        return t
    }()
    static let dequeReverseIterator: PyType = {
        let t = make("_deque_reverse_iterator", layout: .other, flags: [])
        t.addValue("__module__", Value("_collections"))
        addIteratorProtocol(t, lengthHint: true)
        return t
    }()

    static let deque: PyType = {
        let t = make("deque", layout: .other, flags: [.baseType])
        t.addValue("__module__", Value("collections"))
        t.addValue("__hash__", .none)
        t.addStaticMethod("__new__") { _, args in
            guard args.values.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("deque.__new__(X): X is not a type object") }
            return .object(PyDeque(type: cls))
        }
        t.addMethod("__init__") { interp, args in
            let d = try dequeSelf(args)
            var iterable: Value? = args.count > 1 ? args[1] : nil
            var maxlenV: Value? = args.count > 2 ? args[2] : nil
            if args.count > 3 { throw PyErr.typeError("deque expected at most 2 arguments, got \(args.count - 1)") }
            for (k, v) in args.keywords {
                switch k {
                case "iterable": iterable = v
                case "maxlen": maxlenV = v
                default: throw PyErr.typeError("deque() got an unexpected keyword argument '\(k)'")
                }
            }
            var maxlen: Int? = nil
            if let m = maxlenV, !m.isNone {
                let n = try interp.index(m)
                if n < 0 { throw PyErr.valueError("maxlen must be non-negative") }
                maxlen = n
            }
            d.maxlen = maxlen
            if d.count > 0 { d.replaceAll([]) }
            if let it = iterable { try interp.dequeExtend(d, it, left: false) }
            return .none
        }
        t.addMethod("append") { _, args in
            guard args.count == 2 else { throw PyErr.typeError("deque.append() takes exactly one argument (\(args.count - 1) given)") }
            try dequeSelf(args).append(args[1]); return .none
        }
        t.addMethod("appendleft") { _, args in
            guard args.count == 2 else { throw PyErr.typeError("deque.appendleft() takes exactly one argument (\(args.count - 1) given)") }
            try dequeSelf(args).appendLeft(args[1]); return .none
        }
        t.addMethod("pop") { _, args in
            guard let v = try dequeSelf(args).pop() else { throw PyErr.indexError("pop from an empty deque") }
            return v
        }
        t.addMethod("popleft") { _, args in
            guard let v = try dequeSelf(args).popLeft() else { throw PyErr.indexError("pop from an empty deque") }
            return v
        }
        t.addMethod("extend") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("deque.extend() takes exactly one argument (\(args.count - 1) given)") }
            try interp.dequeExtend(try dequeSelf(args), args[1], left: false); return .none
        }
        t.addMethod("extendleft") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("deque.extendleft() takes exactly one argument (\(args.count - 1) given)") }
            try interp.dequeExtend(try dequeSelf(args), args[1], left: true); return .none
        }
        t.addMethod("rotate") { interp, args in
            let d = try dequeSelf(args)
            let n = args.count > 1 ? try interp.index(args[1]) : 1
            d.rotate(n)
            return .none
        }
        t.addMethod("clear") { _, args in try dequeSelf(args).replaceAll([]); return .none }
        t.addMethod("copy") { interp, args in let d = try dequeSelf(args); return try interp.newDequeLike(d, d.items) }
        t.addMethod("__copy__") { interp, args in let d = try dequeSelf(args); return try interp.newDequeLike(d, d.items) }
        t.addMethod("count") { interp, args in
            let d = try dequeSelf(args)
            guard args.count == 2 else { throw PyErr.typeError("deque.count() takes exactly one argument (\(args.count - 1) given)") }
            let st = d.state
            var n = 0
            for v in d.items {
                if try interp.keyEquals(v, args[1]) { n += 1 }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
            }
            return .int(n)
        }
        t.addMethod("index") { interp, args in
            let d = try dequeSelf(args)
            guard args.count >= 2 && args.count <= 4 else { throw PyErr.typeError("index expected at least 1 argument, got 0") }
            var start = args.count > 2 ? try interp.index(args[2]) : 0
            var stop = args.count > 3 ? try interp.index(args[3]) : d.count
            if start < 0 { start = max(0, start + d.count) }
            if stop < 0 { stop = max(0, stop + d.count) }
            stop = min(stop, d.count)
            let st = d.state
            var i = start
            while i < stop {
                if try interp.keyEquals(d[i], args[1]) { return .int(i) }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
                i += 1
            }
            throw PyErr.valueError("\(try interp.repr(args[1])) is not in deque")
        }
        t.addMethod("insert") { interp, args in
            let d = try dequeSelf(args)
            guard args.count == 3 else { throw PyErr.typeError("insert expected 2 arguments, got \(args.count - 1)") }
            if let m = d.maxlen, d.count >= m { throw PyErr.indexError("deque already at its maximum size") }
            var i = try interp.index(args[1])
            if i < 0 { i = max(0, i + d.count) }
            i = min(i, d.count)
            var vs = d.items
            vs.insert(args[2], at: i)
            d.replaceAll(vs)
            return .none
        }
        t.addMethod("remove") { interp, args in
            let d = try dequeSelf(args)
            guard args.count == 2 else { throw PyErr.typeError("deque.remove() takes exactly one argument (\(args.count - 1) given)") }
            let st = d.state
            for i in 0..<d.count {
                let eq = try interp.keyEquals(d[i], args[1])
                if d.state != st { throw PyErr.indexError("deque mutated during remove().") }
                if eq {
                    var vs = d.items
                    vs.remove(at: i)
                    d.replaceAll(vs)
                    return .none
                }
            }
            throw PyErr.valueError("\(try interp.repr(args[1])) is not in deque")
        }
        t.addMethod("reverse") { _, args in
            let d = try dequeSelf(args)
            d.replaceAll(d.items.reversed())
            return .none
        }
        t.addGetter("maxlen") { _, v in ((v.asObject as? PyDeque)?.maxlen).map { .int($0) } ?? .none }
        t.addMethod("__len__") { _, args in .int(try dequeSelf(args).count) }
        t.addMethod("__bool__") { _, args in .bool(try dequeSelf(args).count > 0) }
        t.addMethod("__iter__") { _, args in .object(PyDequeIterator(try dequeSelf(args), reverse: false)) }
        t.addMethod("__reversed__") { _, args in .object(PyDequeIterator(try dequeSelf(args), reverse: true)) }
        t.addMethod("__getitem__") { interp, args in
            let d = try dequeSelf(args)
            return d[try interp.dequeIndex(d, args[1])]
        }
        t.addMethod("__setitem__") { interp, args in
            let d = try dequeSelf(args)
            let i = try interp.dequeIndex(d, args[1])
            d[i] = args[2]
            return .none
        }
        t.addMethod("__delitem__") { interp, args in
            let d = try dequeSelf(args)
            let i = try interp.dequeIndex(d, args[1])
            var vs = d.items
            vs.remove(at: i)
            d.replaceAll(vs)
            return .none
        }
        t.addMethod("__contains__") { interp, args in
            let d = try dequeSelf(args)
            let st = d.state
            for v in d.items {
                if try interp.keyEquals(v, args[1]) { return .true }
                if d.state != st { throw PyErr.runtimeError("deque mutated during iteration") }
            }
            return .false
        }
        t.addMethod("__repr__") { interp, args in Value(try interp.dequeRepr(try dequeSelf(args))) }
        for (op, name) in ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"].enumerated() {
            t.addMethod(name) { interp, args in
                let a = try dequeSelf(args)
                guard args.count == 2, let b = args[1].asObject as? PyDeque else { return .object(BuiltinTypes.notImplemented) }
                return .bool(try interp.sequenceCompare(a.items, b.items, op))
            }
        }
        t.addMethod("__add__") { interp, args in
            let a = try dequeSelf(args)
            guard let b = args[1].asObject as? PyDeque else {
                throw PyErr.typeError("can only concatenate deque (not \"\(args[1].type.name)\") to deque")
            }
            return try interp.newDequeLike(a, a.items + b.items)
        }
        t.addMethod("__iadd__") { interp, args in
            try interp.dequeExtend(try dequeSelf(args), args[1], left: false)
            return args[0]
        }
        func repeated(_ items: [Value], _ nIn: Int, maxlen: Int? = nil) throws -> [Value] {
            if nIn <= 0 || items.isEmpty { return [] }
            // A bounded deque keeps only its last maxlen items: repeat just enough of them.
            let n = maxlen.map { min(nIn, $0 / items.count + 1) } ?? nIn
            let (total, o) = items.count.multipliedReportingOverflow(by: n)
            if o || total > Int(Int32.max) { throw PyErr.make(BuiltinTypes.MemoryError, "") }
            var out: [Value] = []
            out.reserveCapacity(total)
            for _ in 0..<n { out.append(contentsOf: items) }
            return out
        }
        t.addMethod("__mul__") { interp, args in
            let a = try dequeSelf(args)
            guard args[1].isIntLike else { return .object(BuiltinTypes.notImplemented) }
            return try interp.newDequeLike(a, try repeated(a.items, try interp.index(args[1]), maxlen: a.maxlen))
        }
        t.addMethod("__rmul__") { interp, args in
            let a = try dequeSelf(args)
            guard args[1].isIntLike else { return .object(BuiltinTypes.notImplemented) }
            return try interp.newDequeLike(a, try repeated(a.items, try interp.index(args[1]), maxlen: a.maxlen))
        }
        t.addMethod("__imul__") { interp, args in
            let a = try dequeSelf(args)
            let n = try interp.index(args[1])
            let vs = try repeated(a.items, n, maxlen: a.maxlen)
            a.replaceAll([])
            for v in vs { a.append(v) }
            return args[0]
        }
        t.addMethod("__reduce__") { _, args in
            let d = try dequeSelf(args)
            let maxlen: Value = d.maxlen.map { .int($0) } ?? .none
            return .object(PyTuple([.object(d.type), .object(PyTuple([.object(PyList(d.items)), maxlen]))]))
        }
        t.addClassMethod("__class_getitem__") { _, args in .object(PyGenericAlias(origin: args[0], args: args[1])) }
        return t
    }()
}
