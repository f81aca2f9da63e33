// The `random` module: a native `Random` class (MT19937 state per instance) with CPython
// 3.11's algorithms from random.py (seeding, _randbelow via getrandbits, randrange, choice,
// shuffle, sample, choices); the module functions are bound to a hidden instance, as in
// CPython. Continuous distributions are in RandomDistributions.swift.

#if canImport(Glibc)
import Glibc
#endif

public final class PyRandom: PyObject {
    var mt = MersenneTwister()
    var gaussNext: Value = .none

    override init(type: PyType) {
        super.init(type: type)
        if type.isHeapType { dict = PyDict(); trackGC(self) }
    }

    override public func traverse(_ visit: (PyObject) -> Void) {
        super.traverse(visit)
        visitValue(gaussNext, visit)
    }
}

extension Interpreter {
    /// `self` of a Random method.
    func randomSelf(_ args: Args, _ name: String) throws -> PyRandom {
        guard args.values.count > 0, let r = args[0].asObject as? PyRandom else {
            throw PyErr.typeError("descriptor '\(name)' requires a 'random.Random' object")
        }
        return r
    }

    /// True when `r` is an instance of a subclass that overrides `name` in Python.
    fileprivate func randomOverrides(_ r: PyRandom, _ name: String) -> Bool {
        guard r.type.isHeapType, let m = r.type.lookup(intern(name)) else { return false }
        return !(m.asObject is PyMethodDescriptor)
    }

    /// self.random(), honouring subclass overrides.
    func randomFloat(_ r: PyRandom) throws -> Double {
        if randomOverrides(r, "random") {
            let v = try callMethod(.object(r), "random")
            return try mathDouble(v)
        }
        return r.mt.nextDouble()
    }

    /// self._randbelow(n) for n > 0 (CPython's choice depends on which methods a subclass defines).
    func randomBelow(_ r: PyRandom, _ n: BigInt) throws -> BigInt {
        if r.type.isHeapType && (randomOverrides(r, "getrandbits") || randomOverrides(r, "random")) {
            if randomOverrides(r, "getrandbits") || !randomOverrides(r, "random") {
                let k = n.bitLength()
                while true {
                    let v = try mathIndex(try callMethod(.object(r), "getrandbits", [.int(k)]))
                    if v < n { return v }
                }
            }
            // _randbelow_without_getrandbits
            let maxsize = BigInt(1) << 53
            if n >= maxsize { return BigInt(exactly: (try randomFloat(r) * (n.toDouble() ?? .infinity)).rounded(.down)) ?? BigInt() }
            let ni = n.asInt ?? 1
            let rem = (1 << 53) % ni
            let limit = Double((1 << 53) - rem) / 9007199254740992.0
            var x = try randomFloat(r)
            while x >= limit { x = try randomFloat(r) }
            return BigInt(Int((x * 9007199254740992.0).rounded(.down)) % ni)
        }
        if let ni = n.asInt { return BigInt(r.mt.below(ni)) }
        let k = n.bitLength()
        while true {
            let v = r.mt.bigBits(k)
            if v < n { return v }
        }
    }

    func randomBelowInt(_ r: PyRandom, _ n: Int) throws -> Int {
        if !r.type.isHeapType { return r.mt.below(n) }
        return try randomBelow(r, BigInt(n)).asInt ?? 0
    }

    /// Random.seed(a, version).
    func randomSeed(_ r: PyRandom, _ a: Value, version: Int) throws {
        var n: BigInt
        switch a {
        case .none:
            let bytes = osRandomBytes(624 * 4)
            var key: [UInt32] = []
            for i in 0..<624 {
                key.append(UInt32(bytes[4 * i]) | UInt32(bytes[4 * i + 1]) << 8 | UInt32(bytes[4 * i + 2]) << 16 | UInt32(bytes[4 * i + 3]) << 24)
            }
            r.mt.initByArray(key)
            r.gaussNext = .none
            return
        case .int, .bool:
            n = (a.bigIntValue ?? BigInt()).magnitude
        case .float(let d):
            n = BigInt(UInt64(bitPattern: Int64(hashDouble(d))))
        case .object(let o):
            if let p = o as? PyInt {
                n = p.value.magnitude
            } else if let s = o as? PyStr {
                let bytes = Array(s.value.utf8)
                if version == 1 {
                    n = randomSeedV1(s.value.unicodeScalars.map { UInt64($0.value) })
                } else {
                    n = BigInt(bytes: bytes + sha512Digest(bytes), bigEndian: true, signed: false)
                }
            } else if let b = o as? PyBytes {
                if version == 1 && !b.isMutable {
                    n = randomSeedV1(b.bytes.map { UInt64($0) })
                } else {
                    n = BigInt(bytes: b.bytes + sha512Digest(b.bytes), bigEndian: true, signed: false)
                }
            } else if o.type.isSubtype(of: BuiltinTypes.float) {
                n = BigInt(UInt64(bitPattern: Int64(try hash(a))))
            } else {
                throw PyErr.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
        default:
            throw PyErr.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
        }
        // The absolute value split into 32-bit words, least significant first.
        var key: [UInt32] = []
        for limb in n.limbs {
            key.append(UInt32(truncatingIfNeeded: limb))
            key.append(UInt32(truncatingIfNeeded: limb >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        r.mt.initByArray(key)
        r.gaussNext = .none
    }

    private func randomSeedV1(_ codes: [UInt64]) -> BigInt {
        var x: UInt64 = codes.first.map { $0 << 7 } ?? 0
        for c in codes { x = (1000003 &* x) ^ c }
        x ^= UInt64(codes.count)
        return BigInt(x)
    }

    /// An int argument of randrange (CPython 3.11 still accepts integral floats).
    fileprivate func randrangeArg(_ v: Value, _ what: String) throws -> BigInt {
        if let b = v.bigIntValue { return b }
        if v.type.lookup(names.dindex) != nil { return try mathIndex(v) }
        if case .float(let d) = v {
            if d.isFinite, d == d.rounded(.towardZero), let b = BigInt(exactly: d) { return b }
            if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyErr.overflowError("cannot convert float infinity to integer") }
            throw PyErr.valueError("non-integer \(what) for randrange()")
        }
        throw PyErr.typeError("'\(v.type.name)' object cannot be interpreted as an integer")
    }

    func randrange(_ r: PyRandom, _ startV: Value, _ stopV: Value?, _ stepV: Value?) throws -> Value {
        let start = try randrangeArg(startV, "arg 1")
        guard let stopV = stopV, !stopV.isNone else {
            if let s = stepV, !(s.intValue == 1) { throw PyErr.typeError("Missing a non-None stop argument") }
            if start.signum > 0 { return makeInt(try randomBelow(r, start)) }
            throw PyErr.valueError("empty range for randrange()")
        }
        let stop = try randrangeArg(stopV, "stop")
        let width = stop - start
        let step = try stepV.map { try randrangeArg($0, "step") } ?? BigInt(1)
        if step == BigInt(1) {
            if width.signum > 0 {
                if let s = start.asInt, let w = width.asInt {
                    let (v, o) = s.addingReportingOverflow(try randomBelowInt(r, w))
                    if !o { return .int(v) }
                }
                return makeInt(start + (try randomBelow(r, width)))
            }
            throw PyErr.valueError("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let n: BigInt
        if step.signum > 0 { n = (width + step - BigInt(1)).floorDiv(step) ?? BigInt() }
        else if step.signum < 0 { n = (width + step + BigInt(1)).floorDiv(step) ?? BigInt() }
        else { throw PyErr.valueError("zero step for randrange()") }
        if n.signum <= 0 { throw PyErr.valueError("empty range for randrange()") }
        return makeInt(start + step * (try randomBelow(r, n)))
    }

    /// random.sample's Sequence check, approximating isinstance(population, Sequence).
    fileprivate func isSequence(_ v: Value) -> Bool {
        let t = v.type
        if t.isSubtype(of: BuiltinTypes.dict) || t.isSubtype(of: BuiltinTypes.set) || t.isSubtype(of: BuiltinTypes.frozenset) {
            return false
        }
        if t.isSubtype(of: BuiltinTypes.list) || t.isSubtype(of: BuiltinTypes.tuple) || t.isSubtype(of: BuiltinTypes.str)
            || t === BuiltinTypes.range || t.isSubtype(of: BuiltinTypes.bytes) || t.isSubtype(of: BuiltinTypes.bytearray) {
            return true
        }
        return t.lookup(names.dgetitem) != nil && t.lookup(names.dlen) != nil && t.lookup(intern("keys")) == nil
    }

    /// Item `i` of a sequence, with fast paths for lists and tuples.
    @inline(__always) func randomItem(_ seq: Value, _ i: Int) throws -> Value {
        if case .object(let o) = seq {
            if let l = o as? PyList, i < l.items.count { return l.items[i] }
            if let t = o as? PyTuple, i < t.items.count { return t.items[i] }
        }
        return try getItem(seq, .int(i))
    }

    func randomSample(_ r: PyRandom, _ population: Value, _ kV: Value?, counts: Value?) throws -> Value {
        guard isSequence(population) else {
            throw PyErr.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        guard let kV = kV else { throw PyErr.typeError("sample() missing 1 required positional argument: 'k'") }
        let n = try len(population)
        if let c = counts, !c.isNone {
            var cum: [Value] = []
            var acc: Value? = nil
            try forEach(c) { x in
                acc = try acc.map { try binaryOp($0, x, BinOpCode.add) } ?? x
                cum.append(acc ?? x)
            }
            if cum.count != n { throw PyErr.valueError("The number of counts does not match the population") }
            let total = cum.removeLast()
            guard total.isIntLike, let t = total.bigIntValue else { throw PyErr.typeError("Counts must be integers") }
            if t.signum <= 0 { throw PyErr.valueError("Total of counts must be greater than zero") }
            guard let ti = t.asInt else { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
            let sel = try randomSample(r, .object(PyRange(start: 0, stop: ti, step: 1)), kV, counts: nil)
            var out: [Value] = []
            for s in try iterate(sel) {
                var lo = 0, hi = cum.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if try isTrue(try compare(s, cum[mid], 2)) { hi = mid } else { lo = mid + 1 }
                }
                out.append(try randomItem(population, lo))
            }
            return .object(PyList(out))
        }
        let k = try index(kV)
        if k < 0 || k > n { throw PyErr.valueError("Sample larger than population or is negative") }
        var result: [Value] = []
        result.reserveCapacity(min(k, 1 << 20))
        var setsize = 21
        if k > 5 {
            let e = Int((log(Double(k * 3)) / log(4.0)).rounded(.up))
            setsize += e >= 31 ? Int.max / 2 : 1 << (2 * e)
        }
        if n <= setsize {
            var pool = try iterate(population)
            for i in 0..<k {
                let j = try randomBelowInt(r, n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = try randomBelowInt(r, n)
                while selected.contains(j) { j = try randomBelowInt(r, n) }
                selected.insert(j)
                result.append(try randomItem(population, j))
            }
        }
        return .object(PyList(result))
    }

    func randomChoices(_ r: PyRandom, _ population: Value, weights: Value, cumWeights: Value, k kV: Value) throws -> Value {
        let n = try len(population)
        let k = try index(kV)
        var out: [Value] = []
        out.reserveCapacity(min(max(0, k), 1 << 20))
        var cum: [Value]
        if cumWeights.isNone {
            if weights.isNone {
                let nf = Double(n)
                for _ in 0..<max(0, k) {
                    let x = (try randomFloat(r) * nf).rounded(.down)
                    out.append(try randomItem(population, Int(x)))
                }
                return .object(PyList(out))
            }
            if weights.isIntLike {
                throw PyErr.typeError("The number of choices must be a keyword argument: k=\(try repr(weights))")
            }
            cum = []
            var acc: Value? = nil
            try forEach(weights) { x in
                acc = try acc.map { try binaryOp($0, x, BinOpCode.add) } ?? x
                cum.append(acc ?? x)
            }
        } else {
            if !weights.isNone { throw PyErr.typeError("Cannot specify both weights and cumulative weights") }
            cum = try iterate(cumWeights)
        }
        if cum.count != n { throw PyErr.valueError("The number of weights does not match the population") }
        let totalV = try binaryOp(cum[cum.count - 1], .float(0.0), BinOpCode.add)
        let total = try mathDouble(totalV)
        if total <= 0.0 { throw PyErr.valueError("Total of weights must be greater than zero") }
        if !total.isFinite { throw PyErr.valueError("Total of weights must be finite") }
        let fast = cum.allSatisfy { if case .float = $0 { return true }; if case .int = $0 { return true }; return false }
        let cumD = fast ? cum.map { v -> Double in if case .float(let d) = v { return d }; return Double(v.intValue ?? 0) } : []
        let hi = n - 1
        for _ in 0..<max(0, k) {
            let x = try randomFloat(r) * total
            var lo = 0, h = hi
            while lo < h {
                let mid = (lo + h) / 2
                let less: Bool
                if fast, cum[mid].intValue.map({ Swift.abs($0) < (1 << 53) }) ?? true { less = x < cumD[mid] }
                else { less = try isTrue(try compare(.float(x), cum[mid], 2)) }
                if less { h = mid } else { lo = mid + 1 }
            }
            out.append(try randomItem(population, lo))
        }
        return .object(PyList(out))
    }

    func randomShuffle(_ r: PyRandom, _ x: Value) throws {
        if case .object(let o) = x, let l = o as? PyList, o.type === BuiltinTypes.list {
            var i = l.items.count - 1
            while i >= 1 {
                let j = try randomBelowInt(r, i + 1)
                if i < l.items.count && j < l.items.count { l.items.swapAt(i, j) }
                i -= 1
            }
            return
        }
        var i = try len(x) - 1
        while i >= 1 {
            let j = try randomBelowInt(r, i + 1)
            let a = try getItem(x, .int(i)), b = try getItem(x, .int(j))
            try setItem(x, .int(i), b)
            try setItem(x, .int(j), a)
            i -= 1
        }
    }
}

func makeRandomModule(_ interp: Interpreter) throws -> PyModule {
    let cls = BuiltinTypes.randomType
    let inst = PyRandom(type: cls)
    try interp.randomSeed(inst, .none, version: 2)
    var fns: [(String, NativeFunction)] = []
    let m = interp.makeNativeModule("random", fns)
    fns.removeAll()
    let d = m.dict
    // Module functions are methods bound to one hidden instance, as in CPython.
    for name in ["seed", "random", "getrandbits", "randbytes", "randrange", "randint", "choice", "choices", "shuffle",
                 "sample", "uniform", "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate",
                 "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
                 "getstate", "setstate"] {
        if case .object(let o) = cls.typeDict.getStr(name) ?? .none, let md = o as? PyMethodDescriptor {
            d?.setStr(name, .object(PyBuiltinFunction(name: name, boundSelf: .object(inst), ownerName: "Random", fn: md.fn)))
        }
    }
    d?.setStr("Random", .object(cls))
    d?.setStr("SystemRandom", .object(BuiltinTypes.systemRandomType))
    d?.setStr("_inst", .object(inst))
    return m
}
