// Integer functions of the math module: gcd, lcm, isqrt, factorial, comb, perm, prod.
// Large products use a balanced product tree so Karatsuba multiplication pays off.

/// Product of the values in a balanced tree (fast for many big factors).
func bigProduct(_ xs: [BigInt]) -> BigInt {
    if xs.isEmpty { return BigInt(1) }
    var level = xs
    while level.count > 1 {
        var next: [BigInt] = []
        next.reserveCapacity((level.count + 1) / 2)
        var i = 0
        while i + 1 < level.count { next.append(level[i] * level[i + 1]); i += 2 }
        if i < level.count { next.append(level[i]) }
        level = next
    }
    return level[0]
}

/// Product of the integers in lo...hi (lo >= 1), packing small factors into machine words.
func bigRangeProduct(_ lo: Int, _ hi: Int) -> BigInt {
    if lo > hi { return BigInt(1) }
    var chunks: [BigInt] = []
    var acc: UInt64 = 1
    var i = lo
    while i <= hi {
        let (p, o) = acc.multipliedReportingOverflow(by: UInt64(i))
        if o {
            chunks.append(BigInt(acc))
            acc = UInt64(i)
        } else {
            acc = p
        }
        i += 1
    }
    chunks.append(BigInt(acc))
    return bigProduct(chunks)
}

/// n! for n >= 0: odd parts multiplied in a tree, the power of two applied with one shift.
func bigFactorial(_ n: Int) -> BigInt {
    if n < 21 {
        var r = 1
        if n > 1 { for i in 2...n { r *= i } }
        return BigInt(r)
    }
    var chunks: [BigInt] = []
    var acc: UInt64 = 1
    var twos = 0
    for i in 2...n {
        let tz = i.trailingZeroBitCount
        twos += tz
        let odd = UInt64(i >> tz)
        if odd == 1 { continue }
        let (p, o) = acc.multipliedReportingOverflow(by: odd)
        if o { chunks.append(BigInt(acc)); acc = odd } else { acc = p }
    }
    chunks.append(BigInt(acc))
    return bigProduct(chunks) << twos
}

private func smallIndex(_ b: BigInt, _ what: String) throws -> Int {
    guard let i = b.asInt else {
        throw PyErr.overflowError("\(what) must not exceed \(Int.max)")
    }
    return i
}

func mathIntegerFunctions() -> [(String, NativeFunction)] {
    [
        ("gcd", { interp, args in
            if args.hasKeywords { throw PyErr.typeError("gcd() takes no keyword arguments") }
            if args.count == 0 { return .int(0) }
            if args.count == 2, case .int(var a) = args[0], case .int(var b) = args[1],
               a != Int.min, b != Int.min {
                a = Swift.abs(a); b = Swift.abs(b)
                while b != 0 { (a, b) = (b, a % b) }
                return .int(a)
            }
            var r = try interp.mathIndex(args[0]).magnitude
            for i in 1..<args.count {
                let x = try interp.mathIndex(args[i])
                if r != BigInt(1) { r = r.gcd(x) }
            }
            return makeInt(r)
        }),
        ("lcm", { interp, args in
            if args.hasKeywords { throw PyErr.typeError("lcm() takes no keyword arguments") }
            if args.count == 0 { return .int(1) }
            var r = try interp.mathIndex(args[0]).magnitude
            for i in 1..<args.count {
                let x = try interp.mathIndex(args[i])
                if r.isZero { continue }
                if x.isZero { r = BigInt(); continue }
                let g = r.gcd(x)
                r = ((r.floorDiv(g) ?? BigInt()) * x).magnitude
            }
            return makeInt(r)
        }),
        ("isqrt", { interp, args in
            try mathArgCount(args, "isqrt", 1)
            let n = try interp.mathIndex(args[0])
            guard let r = n.isqrt() else { throw PyErr.valueError("isqrt() argument must be nonnegative") }
            return makeInt(r)
        }),
        ("factorial", { interp, args in
            try mathArgCount(args, "factorial", 1)
            let n = try interp.mathIndex(args[0])
            if n.isNegative { throw PyErr.valueError("factorial() not defined for negative values") }
            guard let k = n.asInt else {
                throw PyErr.overflowError("factorial() argument should not exceed \(Int.max)")
            }
            return makeInt(bigFactorial(k))
        }),
        ("comb", { interp, args in
            try mathArgCount(args, "comb", 2)
            let n = try interp.mathIndex(args[0]), kb = try interp.mathIndex(args[1])
            if n.isNegative { throw PyErr.valueError("n must be a non-negative integer") }
            if kb.isNegative { throw PyErr.valueError("k must be a non-negative integer") }
            if kb > n { return .int(0) }
            var k = try smallIndex(min(kb, n - kb), "min(n - k, k)")
            if k == 0 { return .int(1) }
            if k == 1 { return makeInt(n) }
            if let ni = n.asInt, k <= 64 {
                // Exact incremental form: each prefix product is itself a binomial coefficient.
                var r = BigInt(1)
                for i in 1...k { r = (r.multiplied(by: ni - k + i)).floorDiv(BigInt(i)) ?? r }
                return makeInt(r)
            }
            let lo = n - BigInt(k) + BigInt(1)
            var factors: [BigInt] = []
            factors.reserveCapacity(min(k, 1 << 16))
            var f = lo
            while k > 0 { factors.append(f); f = f.adding(1); k -= 1 }
            let num = bigProduct(factors)
            let den = bigFactorial(factors.count)
            return makeInt(num.floorDiv(den) ?? BigInt())
        }),
        ("perm", { interp, args in
            if args.hasKeywords { throw PyErr.typeError("perm() takes no keyword arguments") }
            guard args.count == 1 || args.count == 2 else {
                throw PyErr.typeError("perm expected at most 2 arguments, got \(args.count)")
            }
            let n = try interp.mathIndex(args[0])
            if args.count == 1 || args[1].isNone {
                if n.isNegative { throw PyErr.valueError("n must be a non-negative integer") }
                return makeInt(bigFactorial(try smallIndex(n, "n")))
            }
            let kb = try interp.mathIndex(args[1])
            if n.isNegative { throw PyErr.valueError("n must be a non-negative integer") }
            if kb.isNegative { throw PyErr.valueError("k must be a non-negative integer") }
            if kb > n { return .int(0) }
            var k = try smallIndex(kb, "k")
            if k == 0 { return .int(1) }
            if let ni = n.asInt { return makeInt(bigRangeProduct(ni - k + 1, ni)) }
            var factors: [BigInt] = []
            var f = n - kb + BigInt(1)
            while k > 0 { factors.append(f); f = f.adding(1); k -= 1 }
            return makeInt(bigProduct(factors))
        }),
        ("prod", { interp, args in
            guard args.count == 1 else {
                throw PyErr.typeError("prod() takes exactly 1 positional argument (\(args.count) given)")
            }
            var acc: Value = .int(1)
            for (k, v) in args.keywords {
                guard k == "start" else { throw PyErr.typeError("prod() got an unexpected keyword argument '\(k)'") }
                acc = v
            }
            try interp.forEach(args[0]) { x in
                if case .int(let a) = acc, case .int(let b) = x {
                    let (p, o) = a.multipliedReportingOverflow(by: b)
                    if !o { acc = .int(p); return }
                }
                if case .float(let a) = acc, case .float(let b) = x { acc = .float(a * b); return }
                acc = try interp.binaryOp(acc, x, BinOpCode.mul)
            }
            return acc
        }),
    ]
}
