// itertools: product, permutations, combinations, combinations_with_replacement (CPython's
// index algorithms, so the output order matches), groupby with its shared-state groupers, and
// tee over a shared chain of buffered chunks.

final class ItCombinatoric: PyNativeIterator {
    enum Kind { case product, permutations, combinations, cwr }
    let kind: Kind
    let pools: [[Value]]       // product: one pool per position; others: pools[0]
    let r: Int
    var indices: [Int]
    var cycles: [Int] = []
    var first = true
    var stopped = false

    init(_ kind: Kind, pools: [[Value]], r: Int, type: PyType) {
        self.kind = kind; self.pools = pools; self.r = r
        let n = pools.first?.count ?? 0
        switch kind {
        case .product:
            indices = [Int](repeating: 0, count: pools.count)
            stopped = pools.contains { $0.isEmpty }
        case .permutations:
            indices = Array(0..<n)
            cycles = Array(stride(from: n, to: n - r, by: -1))
            stopped = r > n
        case .combinations:
            indices = Array(0..<r)
            stopped = r > n
        case .cwr:
            indices = [Int](repeating: 0, count: r)
            stopped = n == 0 && r > 0
        }
        super.init(type: type)
    }

    private func current() -> Value {
        switch kind {
        case .product: return .object(PyTuple(indices.enumerated().map { pools[$0.offset][$0.element] }))
        default:
            let pool = pools[0]
            return .object(PyTuple(indices[0..<r].map { pool[$0] }))
        }
    }

    override func next(_ interp: Interpreter) throws -> Value? {
        if stopped { return nil }
        if first { first = false; return current() }
        switch kind {
        case .product:
            var i = pools.count - 1
            while i >= 0 {
                indices[i] += 1
                if indices[i] == pools[i].count { indices[i] = 0 } else { return current() }
                i -= 1
            }
        case .permutations:
            let n = pools[0].count
            if n == 0 { break }
            var i = r - 1
            while i >= 0 {
                cycles[i] -= 1
                if cycles[i] == 0 {
                    let x = indices[i]
                    indices.remove(at: i)
                    indices.append(x)
                    cycles[i] = n - i
                } else {
                    let j = cycles[i]
                    indices.swapAt(i, n - j)
                    return current()
                }
                i -= 1
            }
        case .combinations:
            let n = pools[0].count
            var i = r - 1
            while i >= 0 && indices[i] == i + n - r { i -= 1 }
            if i >= 0 {
                indices[i] += 1
                for j in (i + 1)..<max(i + 1, r) { indices[j] = indices[j - 1] + 1 }
                return current()
            }
        case .cwr:
            let n = pools[0].count
            var i = r - 1
            while i >= 0 && indices[i] == n - 1 { i -= 1 }
            if i >= 0 {
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
                return current()
            }
        }
        stopped = true
        return nil
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        for p in pools { for v in p { visitValue(v, visit) } }
    }
}

final class ItGroupby: PyNativeIterator {
    var it: Value
    let keyfunc: Value
    var tgtkey: Value = .undefined
    var currkey: Value = .undefined
    var currvalue: Value = .undefined
    weak var currgrouper: ItGrouper?

    init(_ it: Value, key: Value, type: PyType) { self.it = it; keyfunc = key; super.init(type: type) }

    /// groupby_step: false at the end of the input.
    func step(_ interp: Interpreter) throws -> Bool {
        guard let v = try interp.next(it) else { return false }
        let k = keyfunc.isNone ? v : try interp.callValues(keyfunc, [v])
        currvalue = v
        currkey = k
        return true
    }

    override func next(_ interp: Interpreter) throws -> Value? {
        currgrouper = nil
        while true {
            if currkey.isUndefined {
                // first call: step below
            } else if tgtkey.isUndefined {
                break
            } else if !(try interp.equals(tgtkey, currkey)) {
                break
            }
            if !(try step(interp)) { return nil }
        }
        tgtkey = currkey
        let g = ItGrouper(parent: self, key: tgtkey)
        currgrouper = g
        return .object(PyTuple([currkey, .object(g)]))
    }

    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(it, visit); visitValue(keyfunc, visit)
        visitValue(tgtkey, visit); visitValue(currkey, visit); visitValue(currvalue, visit)
    }
}

final class ItGrouper: PyNativeIterator {
    let parent: ItGroupby
    let tgtkey: Value
    init(parent: ItGroupby, key: Value) {
        self.parent = parent; tgtkey = key
        super.init(type: BuiltinTypes.itGrouper)
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        let gbo = parent
        if gbo.currgrouper !== self { return nil }
        if gbo.currvalue.isUndefined {
            if !(try gbo.step(interp)) { return nil }
        }
        if !(try interp.equals(tgtkey, gbo.currkey)) { return nil }
        let r = gbo.currvalue
        gbo.currvalue = .undefined
        return r
    }
    override func traverse(_ visit: (PyObject) -> Void) { super.traverse(visit); visit(parent); visitValue(tgtkey, visit) }
}

/// tee's shared state: the source iterator and a chain of chunks every tee object walks.
final class TeeChunk {
    static let size = 57
    var values: [Value] = []
    var next: TeeChunk?
    let source: TeeSource
    init(_ s: TeeSource) { source = s; values.reserveCapacity(TeeChunk.size) }
}

final class TeeSource {
    var it: Value?
    var running = false
    init(_ it: Value) { self.it = it }
}

final class ItTee: PyNativeIterator {
    var chunk: TeeChunk
    var index: Int
    init(chunk: TeeChunk, index: Int) {
        self.chunk = chunk; self.index = index
        super.init(type: BuiltinTypes.itTee)
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        if index >= TeeChunk.size {
            if chunk.next == nil { chunk.next = TeeChunk(chunk.source) }
            if let n = chunk.next { chunk = n }
            index = 0
        }
        if index < chunk.values.count {
            index += 1
            return chunk.values[index - 1]
        }
        let src = chunk.source
        guard let it = src.it else { return nil }
        if src.running { throw PyErr.runtimeError("cannot re-enter the tee iterator") }
        src.running = true
        defer { src.running = false }
        guard let v = try interp.next(it) else { src.it = nil; return nil }
        chunk.values.append(v)
        index += 1
        return v
    }
    override func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        var c: TeeChunk? = chunk
        while let x = c { for v in x.values { visitValue(v, visit) }; c = x.next }
        if let it = chunk.source.it { visitValue(it, visit) }
    }
}

func itertoolsTee(_ interp: Interpreter, _ args: Args) throws -> Value {
    if args.hasKeywords { throw PyErr.typeError("tee() takes no keyword arguments") }
    guard args.count == 1 || args.count == 2 else { throw PyErr.typeError("tee expected at most 2 arguments, got \(args.count)") }
    let n = args.count == 2 ? try interp.index(args[1]) : 2
    if n < 0 { throw PyErr.valueError("n must be >= 0") }
    if n == 0 { return .object(PyTuple.empty) }
    let it = try interp.getIter(args[0])
    let first: ItTee
    if case .object(let o) = it, let t = o as? ItTee {
        first = t
    } else {
        first = ItTee(chunk: TeeChunk(TeeSource(it)), index: 0)
    }
    var out: [Value] = [.object(first)]
    for _ in 1..<n { out.append(.object(ItTee(chunk: first.chunk, index: first.index))) }
    return .object(PyTuple(out))
}

extension BuiltinTypes {
    static let itProduct = itertoolsType("product") { interp, cls, args in
        var repeatN = 1
        for (k, v) in args.keywords {
            guard k == "repeat" else { throw PyErr.typeError("product() got an unexpected keyword argument '\(k)'") }
            repeatN = try interp.index(v)
        }
        if repeatN < 0 { throw PyErr.valueError("repeat argument cannot be negative") }
        var pools: [[Value]] = []
        for i in 1..<max(1, args.count) { pools.append(try interp.iterate(args[i])) }
        var all: [[Value]] = []
        for _ in 0..<repeatN { all.append(contentsOf: pools) }
        return ItCombinatoric(.product, pools: all, r: all.count, type: cls)
    }
    static let itPermutations = itertoolsType("permutations") { interp, cls, args in
        let a = try itertoolsArgs(args, "permutations", ["iterable", "r"], kwOK: ["iterable", "r"])
        guard let src = a[0] else { throw PyErr.typeError("permutations() missing required argument 'iterable' (pos 1)") }
        let pool = try interp.iterate(src)
        var r = pool.count
        if let rv = a[1], !rv.isNone {
            guard rv.isIntLike else { throw PyErr.typeError("Expected int as r") }
            r = try interp.index(rv)
            if r < 0 { throw PyErr.valueError("r must be non-negative") }
        }
        return ItCombinatoric(.permutations, pools: [pool], r: r, type: cls)
    }
    static let itCombinations = combinationsType("combinations", .combinations)
    static let itCombinationsWR = combinationsType("combinations_with_replacement", .cwr)

    private static func combinationsType(_ name: String, _ kind: ItCombinatoric.Kind) -> PyType {
        itertoolsType(name) { interp, cls, args in
            let a = try itertoolsArgs(args, name, ["iterable", "r"], kwOK: ["iterable", "r"])
            guard let src = a[0] else { throw PyErr.typeError("\(name)() missing required argument 'iterable' (pos 1)") }
            guard let rv = a[1] else { throw PyErr.typeError("\(name)() missing required argument 'r' (pos 2)") }
            let pool = try interp.iterate(src)
            let r = try interp.index(rv)
            if r < 0 { throw PyErr.valueError("r must be non-negative") }
            return ItCombinatoric(kind, pools: [pool], r: r, type: cls)
        }
    }

    static let itGroupby = itertoolsType("groupby") { interp, cls, args in
        let a = try itertoolsArgs(args, "groupby", ["iterable", "key"], kwOK: ["iterable", "key"])
        guard let src = a[0] else { throw PyErr.typeError("groupby() missing required argument 'iterable' (pos 1)") }
        return ItGroupby(try interp.getIter(src), key: a[1] ?? .none, type: cls)
    }
    static let itGrouper: PyType = {
        let t = make("_grouper", layout: .other, flags: [])
        t.addValue("__module__", Value("itertools"))
        addIteratorProtocol(t, lengthHint: false)
        return t
    }()
    static let itTee: PyType = {
        let t = make("_tee", layout: .other, flags: [])
        t.addValue("__module__", Value("itertools"))
        addIteratorProtocol(t, lengthHint: false)
        t.addMethod("__copy__") { _, args in
            guard let me = args[0].asObject as? ItTee else { return args[0] }
            return .object(ItTee(chunk: me.chunk, index: me.index))
        }
        return t
    }()
}
