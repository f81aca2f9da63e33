// The methods of random.Random: integer/sequence methods call RandomModule.swift; the
// continuous distributions are straight ports of random.py (same operation order, so the
// floating-point results are identical to CPython's).

#if canImport(Glibc)
import Glibc
#endif

private let nvMagic = 4 * exp(-0.5) / 2.0.squareRoot()
private let twoPi = 2.0 * Double.pi
private let log4 = log(4.0)
private let sgMagic = 1.0 + log(4.5)

/// Python's float `%`.
private func pyFloatMod(_ a: Double, _ b: Double) -> Double {
    var m = fmod(a, b)
    if m != 0 { if (b < 0) != (m < 0) { m += b } } else { m = copysign(0.0, b) }
    return m
}

extension BuiltinTypes {
    static let randomType: PyType = {
        let t = make("Random", layout: .other, flags: [.baseType])
        t.addValue("__module__", Value("random"))
        t.addValue("VERSION", .int(3))
        installRandomMethods(t)
        return t
    }()

    static let systemRandomType: PyType = {
        let t = make("SystemRandom", randomType, layout: .other, flags: [.baseType])
        t.addValue("__module__", Value("random"))
        t.addMethod("random") { _, _ in
            let b = osRandomBytes(7)
            var v: UInt64 = 0
            for x in b { v = v << 8 | UInt64(x) }
            return .float(Double(v >> 3) * (1.0 / 9007199254740992.0))
        }
        t.addMethod("getrandbits") { interp, args in
            guard args.count == 2 else { throw PyErr.typeError("getrandbits() takes exactly one argument") }
            let k = try interp.index(args[1])
            if k < 0 { throw PyErr.valueError("number of bits must be non-negative") }
            if k == 0 { return .int(0) }
            let nbytes = (k + 7) / 8
            let x = BigInt(bytes: osRandomBytes(nbytes), bigEndian: true, signed: false)
            return makeInt(x >> (nbytes * 8 - k))
        }
        t.addMethod("seed") { _, _ in .none }
        let notImpl: NativeFunction = { _, _ in throw PyErr.notImplemented("System entropy source does not have state.") }
        t.addMethod("getstate", notImpl)
        t.addMethod("setstate", notImpl)
        return t
    }()
}

private func installRandomMethods(_ t: PyType) {
    t.addStaticMethod("__new__") { interp, args in
        guard args.count >= 1, let cls = args[0].asType else { throw PyErr.typeError("Random.__new__(X): X is not a type object") }
        let r = PyRandom(type: cls)
        if cls.isHeapType { try interp.randomSeed(r, .none, version: 2) }
        return .object(r)
    }
    t.addMethod("__init__") { interp, args in
        let r = try interp.randomSelf(args, "__init__")
        let x = interp.osArg(args, 1, "x") ?? .none
        if r.type.isHeapType, let m = r.type.lookup(interp.intern("seed")), !(m.asObject is PyMethodDescriptor) {
            _ = try interp.callMethod(args[0], "seed", [x])
        } else {
            try interp.randomSeed(r, x, version: 2)
        }
        r.gaussNext = .none
        return .none
    }
    t.addMethod("seed") { interp, args in
        let r = try interp.randomSelf(args, "seed")
        let a = interp.osArg(args, 1, "a") ?? .none
        let version = try interp.osArg(args, 2, "version").map { try interp.index($0) } ?? 2
        try interp.randomSeed(r, a, version: version)
        return .none
    }
    t.addMethod("random") { interp, args in
        let r = try interp.randomSelf(args, "random")
        return .float(r.mt.nextDouble())
    }
    t.addMethod("getrandbits") { interp, args in
        let r = try interp.randomSelf(args, "getrandbits")
        guard args.count == 2 else { throw PyErr.typeError("getrandbits() takes exactly one argument (\(args.count - 1) given)") }
        let k = try interp.index(args[1])
        if k < 0 { throw PyErr.valueError("number of bits must be non-negative") }
        if k == 0 { return .int(0) }
        if k <= 63 { return .int(Int(r.mt.bits64(k))) }
        return makeInt(r.mt.bigBits(k))
    }
    t.addMethod("randbytes") { interp, args in
        let r = try interp.randomSelf(args, "randbytes")
        guard let nv = interp.osArg(args, 1, "n") else { throw PyErr.typeError("randbytes() missing 1 required positional argument: 'n'") }
        let n = try interp.index(nv)
        if n < 0 { throw PyErr.valueError("negative argument not allowed") }
        let bits = try interp.mathIndex(try interp.callMethod(args[0], "getrandbits", [.int(n * 8)]))
        _ = r
        return .object(PyBytes(bits.toBytes(length: n, bigEndian: false, signed: false) ?? []))
    }
    t.addMethod("_randbelow") { interp, args in
        let r = try interp.randomSelf(args, "_randbelow")
        guard args.count == 2 else { throw PyErr.typeError("_randbelow() takes exactly one argument") }
        return makeInt(try interp.randomBelow(r, try interp.mathIndex(args[1])))
    }
    t.addMethod("randrange") { interp, args in
        let r = try interp.randomSelf(args, "randrange")
        guard let start = interp.osArg(args, 1, "start") else {
            throw PyErr.typeError("Random.randrange() missing 1 required positional argument: 'start'")
        }
        return try interp.randrange(r, start, interp.osArg(args, 2, "stop"), interp.osArg(args, 3, "step"))
    }
    t.addMethod("randint") { interp, args in
        let r = try interp.randomSelf(args, "randint")
        guard let a = interp.osArg(args, 1, "a"), let b = interp.osArg(args, 2, "b") else {
            throw PyErr.typeError("Random.randint() missing 2 required positional arguments: 'a' and 'b'")
        }
        if case .int(let x) = a, case .int(let y) = b, y >= x, !r.type.isHeapType {
            let (w, o) = (y - x).addingReportingOverflow(1)
            if !o && y - x >= 0 { return .int(x + r.mt.below(w)) }
        }
        return try interp.randrange(r, a, try interp.binaryOp(b, .int(1), BinOpCode.add), nil)
    }
    t.addMethod("choice") { interp, args in
        let r = try interp.randomSelf(args, "choice")
        guard args.count == 2 else { throw PyErr.typeError("Random.choice() takes 2 positional arguments but \(args.count) were given") }
        let seq = args[1]
        let n = try interp.len(seq)
        if n == 0 { throw PyErr.indexError("Cannot choose from an empty sequence") }
        return try interp.randomItem(seq, try interp.randomBelowInt(r, n))
    }
    t.addMethod("shuffle") { interp, args in
        let r = try interp.randomSelf(args, "shuffle")
        guard args.count == 2 else { throw PyErr.typeError("Random.shuffle() takes 2 positional arguments but \(args.count) were given") }
        try interp.randomShuffle(r, args[1])
        return .none
    }
    t.addMethod("sample") { interp, args in
        let r = try interp.randomSelf(args, "sample")
        guard let pop = interp.osArg(args, 1, "population") else {
            throw PyErr.typeError("Random.sample() missing 2 required positional arguments: 'population' and 'k'")
        }
        return try interp.randomSample(r, pop, interp.osArg(args, 2, "k"), counts: args.keyword("counts"))
    }
    t.addMethod("choices") { interp, args in
        let r = try interp.randomSelf(args, "choices")
        guard let pop = interp.osArg(args, 1, "population") else {
            throw PyErr.typeError("Random.choices() missing 1 required positional argument: 'population'")
        }
        return try interp.randomChoices(r, pop, weights: interp.osArg(args, 2, "weights") ?? .none,
                                        cumWeights: args.keyword("cum_weights") ?? .none, k: args.keyword("k") ?? .int(1))
    }
    t.addMethod("uniform") { interp, args in
        let r = try interp.randomSelf(args, "uniform")
        guard let a = interp.osArg(args, 1, "a"), let b = interp.osArg(args, 2, "b") else {
            throw PyErr.typeError("Random.uniform() missing 2 required positional arguments: 'a' and 'b'")
        }
        let u = try interp.randomFloat(r)
        if case .float(let x) = a, case .float(let y) = b { return .float(x + (y - x) * u) }
        let diff = try interp.binaryOp(b, a, BinOpCode.sub)
        return try interp.binaryOp(a, try interp.binaryOp(diff, .float(u), BinOpCode.mul), BinOpCode.add)
    }
    t.addMethod("triangular") { interp, args in
        let r = try interp.randomSelf(args, "triangular")
        let lowV = interp.osArg(args, 1, "low") ?? .float(0.0)
        let highV = interp.osArg(args, 2, "high") ?? .float(1.0)
        let modeV = interp.osArg(args, 3, "mode") ?? .none
        var u = try interp.randomFloat(r)
        var low = try interp.mathDouble(lowV), high = try interp.mathDouble(highV)
        var c: Double
        if modeV.isNone { c = 0.5 } else {
            if high - low == 0 { return lowV }
            c = (try interp.mathDouble(modeV) - low) / (high - low)
        }
        if u > c { u = 1.0 - u; c = 1.0 - c; swap(&low, &high) }
        return .float(low + (high - low) * (u * c).squareRoot())
    }
    func dist(_ name: String, _ params: [(String, Double?)], _ f: @escaping (Interpreter, PyRandom, [Double]) throws -> Double) {
        t.addMethod(name) { interp, args in
            let r = try interp.randomSelf(args, name)
            var vals: [Double] = []
            for (i, (pname, dflt)) in params.enumerated() {
                if let v = interp.osArg(args, i + 1, pname) { vals.append(try interp.mathDouble(v)) }
                else if let d = dflt { vals.append(d) }
                else { throw PyErr.typeError("Random.\(name)() missing 1 required positional argument: '\(pname)'") }
            }
            return .float(try f(interp, r, vals))
        }
    }
    dist("normalvariate", [("mu", 0.0), ("sigma", 1.0)]) { interp, r, p in
        var z = 0.0
        while true {
            let u1 = try interp.randomFloat(r)
            let u2 = 1.0 - (try interp.randomFloat(r))
            z = nvMagic * (u1 - 0.5) / u2
            let zz = z * z / 4.0
            if zz <= -log(u2) { break }
        }
        return p[0] + z * p[1]
    }
    dist("gauss", [("mu", 0.0), ("sigma", 1.0)]) { interp, r, p in
        var z: Double
        if case .float(let g) = r.gaussNext {
            z = g
            r.gaussNext = .none
        } else {
            r.gaussNext = .none
            let x2pi = try interp.randomFloat(r) * twoPi
            let g2rad = (-2.0 * log(1.0 - (try interp.randomFloat(r)))).squareRoot()
            z = cos(x2pi) * g2rad
            r.gaussNext = .float(sin(x2pi) * g2rad)
        }
        return p[0] + z * p[1]
    }
    dist("lognormvariate", [("mu", nil), ("sigma", nil)]) { interp, r, p in
        var z = 0.0
        while true {
            let u1 = try interp.randomFloat(r)
            let u2 = 1.0 - (try interp.randomFloat(r))
            z = nvMagic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -log(u2) { break }
        }
        return exp(p[0] + z * p[1])
    }
    dist("expovariate", [("lambd", nil)]) { interp, r, p in
        let u = try interp.randomFloat(r)
        if p[0] == 0 { throw PyErr.zeroDivision("float division by zero") }
        return -log(1.0 - u) / p[0]
    }
    dist("vonmisesvariate", [("mu", nil), ("kappa", nil)]) { interp, r, p in
        let mu = p[0], kappa = p[1]
        if kappa <= 1e-6 { return twoPi * (try interp.randomFloat(r)) }
        let s = 0.5 / kappa
        let rr = s + (1.0 + s * s).squareRoot()
        var z = 0.0
        while true {
            let u1 = try interp.randomFloat(r)
            z = cos(Double.pi * u1)
            let d = z / (rr + z)
            let u2 = try interp.randomFloat(r)
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d) { break }
        }
        let q = 1.0 / rr
        let f = (q + z) / (1.0 + q * z)
        let u3 = try interp.randomFloat(r)
        return u3 > 0.5 ? pyFloatMod(mu + acos(f), twoPi) : pyFloatMod(mu - acos(f), twoPi)
    }
    dist("gammavariate", [("alpha", nil), ("beta", nil)]) { interp, r, p in try gammaVariate(interp, r, p[0], p[1]) }
    dist("betavariate", [("alpha", nil), ("beta", nil)]) { interp, r, p in
        let y = try gammaVariate(interp, r, p[0], 1.0)
        if y != 0 { return y / (y + (try gammaVariate(interp, r, p[1], 1.0))) }
        return 0.0
    }
    dist("paretovariate", [("alpha", nil)]) { interp, r, p in
        let u = 1.0 - (try interp.randomFloat(r))
        return pow(u, -1.0 / p[0])
    }
    dist("weibullvariate", [("alpha", nil), ("beta", nil)]) { interp, r, p in
        let u = 1.0 - (try interp.randomFloat(r))
        return p[0] * pow(-log(u), 1.0 / p[1])
    }
    t.addMethod("getstate") { interp, args in
        let r = try interp.randomSelf(args, "getstate")
        var items = r.mt.mt.map { Value.int(Int($0)) }
        items.append(.int(r.mt.index))
        return .object(PyTuple([.int(3), .object(PyTuple(items)), r.gaussNext]))
    }
    t.addMethod("setstate") { interp, args in
        let r = try interp.randomSelf(args, "setstate")
        guard args.count == 2 else { throw PyErr.typeError("setstate() takes exactly one argument") }
        let st = try interp.iterate(args[1])
        guard let version = st.first?.intValue, version == 3 || version == 2, st.count == 3 else {
            let v = st.first.map { (try? interp.repr($0)) ?? "?" } ?? "?"
            throw PyErr.valueError("state with version \(v) passed to Random.setstate() of version 3")
        }
        guard let inner = st[1].asTuple else { throw PyErr.typeError("state vector must be a tuple") }
        if inner.count != MersenneTwister.n + 1 { throw PyErr.valueError("state vector is the wrong size") }
        var mt = [UInt32](repeating: 0, count: MersenneTwister.n)
        for i in 0..<MersenneTwister.n {
            guard let b = inner.items[i].bigIntValue else { throw PyErr.typeError("state vector items must be integers") }
            mt[i] = UInt32(truncatingIfNeeded: b.truncatedToInt)
        }
        guard let idx = inner.items[MersenneTwister.n].intValue, idx >= 0, idx <= MersenneTwister.n else {
            throw PyErr.valueError("invalid state")
        }
        r.mt.mt = mt
        r.mt.index = idx
        r.gaussNext = st[2]
        return .none
    }
    t.addGetter("gauss_next", { _, v in (v.asObject as? PyRandom)?.gaussNext ?? .none },
                set: { _, v, n in (v.asObject as? PyRandom)?.gaussNext = n })
}

private func gammaVariate(_ interp: Interpreter, _ r: PyRandom, _ alpha: Double, _ beta: Double) throws -> Double {
    if alpha <= 0.0 || beta <= 0.0 { throw PyErr.valueError("gammavariate: alpha and beta must be > 0.0") }
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).squareRoot()
        let bbb = alpha - log4
        let ccc = alpha + ainv
        while true {
            let u1 = try interp.randomFloat(r)
            if !(1e-7 < u1 && u1 < 0.9999999) { continue }
            let u2 = 1.0 - (try interp.randomFloat(r))
            let v = log(u1 / (1.0 - u1)) / ainv
            let x = alpha * exp(v)
            let z = u1 * u1 * u2
            let rr = bbb + ccc * v - x
            if rr + sgMagic - 4.5 * z >= 0.0 || rr >= log(z) { return x * beta }
        }
    } else if alpha == 1.0 {
        return -log(1.0 - (try interp.randomFloat(r))) * beta
    }
    var x = 0.0
    while true {
        let u = try interp.randomFloat(r)
        let b = (M_E + alpha) / M_E
        let p = b * u
        if p <= 1.0 { x = pow(p, 1.0 / alpha) } else { x = -log((b - p) / alpha) }
        let u1 = try interp.randomFloat(r)
        if p > 1.0 {
            if u1 <= pow(x, alpha - 1.0) { break }
        } else if u1 <= exp(-x) {
            break
        }
    }
    return x * beta
}
