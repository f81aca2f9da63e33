// math functions CPython implements itself rather than taking from libm, ported so results
// match to the last bit: gamma/lgamma (Lanczos), fsum (Shewchuk's msum), hypot/dist
// (vector_norm with compensated summation).

#if canImport(Glibc)
import Glibc
#endif

private let lanczosG = 6.024680040776729583740234375
private let lanczosGMinusHalf = 5.524680040776729583740234375
private let lanczosNum: [Double] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
]
private let lanczosDen: [Double] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
]
private let gammaIntegral: [Double] = [
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
]
private let logPi = 1.144729885849400174143427351353058711647

private func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
        var i = lanczosNum.count - 1
        while i >= 0 {
            num = num * x + lanczosNum[i]
            den = den * x + lanczosDen[i]
            i -= 1
        }
    } else {
        for i in 0..<lanczosNum.count {
            num = num / x + lanczosNum[i]
            den = den / x + lanczosDen[i]
        }
    }
    return num / den
}

private func mSinpi(_ x: Double) -> Double {
    let y = fmod(Swift.abs(x), 2.0)
    let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
    let r: Double
    switch n {
    case 0: r = sin(Double.pi * y)
    case 1: r = cos(Double.pi * (y - 0.5))
    case 2: r = sin(Double.pi * (1.0 - y))
    case 3: r = -cos(Double.pi * (y - 1.5))
    default: r = sin(Double.pi * (y - 2.0))
    }
    return copysign(1.0, x) * r
}

func mathTgamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite {
        if x.isNaN || x > 0 { return (x, .none) }
        return (.nan, .domain)
    }
    if x == 0 { return (copysign(.infinity, x), .domain) }
    if x == x.rounded(.down) {
        if x < 0 { return (.nan, .domain) }
        if x <= Double(gammaIntegral.count) { return (gammaIntegral[Int(x) - 1], .none) }
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 {
        let r = 1.0 / x
        return (r, r.isInfinite ? .range : .none)
    }
    if absx > 200.0 {
        if x < 0 { return (0.0 / mSinpi(x), .none) }
        return (.infinity, .range)
    }
    let y = absx + lanczosGMinusHalf
    var z: Double
    if absx > lanczosGMinusHalf {
        let q = y - absx
        z = q - lanczosGMinusHalf
    } else {
        let q = y - lanczosGMinusHalf
        z = q - absx
    }
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / mSinpi(absx) / absx * exp(y) / lanczosSum(absx)
        r -= z * r
        if absx < 140.0 {
            r /= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
        }
    } else {
        r = lanczosSum(absx) / exp(y)
        r += z * r
        if absx < 140.0 {
            r *= pow(y, absx - 0.5)
        } else {
            let sqrtpow = pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
        }
    }
    return (r, r.isInfinite ? .range : .none)
}

func mathLgamma(_ x: Double) -> (Double, MathErrno) {
    if !x.isFinite { return (x.isNaN ? x : .infinity, .none) }
    if x == x.rounded(.down) && x <= 2.0 {
        if x <= 0 { return (.infinity, .domain) }
        return (0.0, .none)
    }
    let absx = Swift.abs(x)
    if absx < 1e-20 { return (-log(absx), .none) }
    var r = log(lanczosSum(absx)) - lanczosG
    r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
    if x < 0 { r = logPi - log(Swift.abs(mSinpi(absx))) - log(absx) - r }
    return (r, r.isInfinite ? .range : .none)
}

/// sqrt(sum(x*x)) as CPython 3.11's vector_norm: lossless scaling, Veltkamp-Dekker squaring,
/// Neumaier summation and a differential correction of the square root.
func vectorNorm(_ vec: inout [Double], _ maxIn: Double, _ foundNaN: Bool) -> Double {
    let t27 = 134217729.0
    var maxV = maxIn
    if maxV.isInfinite { return maxV }
    if foundNaN { return .nan }
    if maxV == 0 || vec.count <= 1 { return maxV }
    var maxE: Int32 = 0
    _ = frexp(maxV, &maxE)
    if maxE < -1023 {
        // ldexp(1.0, -max_e) would overflow: normalize subnormals first.
        for i in vec.indices { vec[i] /= Double.leastNormalMagnitude }
        maxV /= Double.leastNormalMagnitude
        return Double.leastNormalMagnitude * vectorNorm(&vec, maxV, foundNaN)
    }
    let scale = ldexp(1.0, -maxE)
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
    var x: Double, t: Double, hi: Double, lo: Double, old: Double
    for v in vec {
        x = v * scale
        t = x * t27
        hi = t - (t - x)
        lo = x - hi
        x = hi * hi
        old = csum; csum += x; frac1 += (old - csum) + x
        x = 2.0 * hi * lo
        old = csum; csum += x; frac2 += (old - csum) + x
        frac3 += lo * lo
    }
    let h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
    x = h
    t = x * t27
    hi = t - (t - x)
    lo = x - hi
    x = -hi * hi
    old = csum; csum += x; frac1 += (old - csum) + x
    x = -2.0 * hi * lo
    old = csum; csum += x; frac2 += (old - csum) + x
    x = -lo * lo
    old = csum; csum += x; frac3 += (old - csum) + x
    x = csum - 1.0 + (frac1 + frac2 + frac3)
    return (h + x / (2.0 * h)) / scale
}

/// CPython's math.fsum: exact partial sums (Shewchuk), special values, correct final rounding.
func mathFsum(_ interp: Interpreter, _ iterable: Value) throws -> Double {
    var partials: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    try interp.forEach(iterable) { item in
        var x = try interp.mathDouble(item)
        let xsave = x
        var i = 0
        for j in 0..<partials.count {
            var y = partials[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 { partials[i] = lo; i += 1 }
            x = hi
        }
        partials.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                // A nonfinite x may be the result of overflow of finite inputs.
                if xsave.isFinite { throw PyErr.overflowError("intermediate overflow in fsum") }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                partials.removeAll()
            } else {
                partials.append(x)
            }
        }
    }
    if specialSum != 0 {
        if infSum.isNaN { throw PyErr.valueError("-inf + inf in fsum") }
        return specialSum
    }
    var hi = 0.0
    var n = partials.count
    if n > 0 {
        n -= 1
        hi = partials[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = partials[n]
            hi = x + y
            let yr = hi - x
            lo = y - yr
            if lo != 0 { break }
        }
        // Round-half-even correction when the rest of the partials push past a tie.
        if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            let yr = x - hi
            if y == yr { hi = x }
        }
    }
    return hi
}

func mathSpecialFunctions() -> [(String, NativeFunction)] {
    [
        ("fsum", { interp, args in
            try mathArgCount(args, "fsum", 1)
            return .float(try mathFsum(interp, args[0]))
        }),
        ("hypot", { interp, args in
            if args.hasKeywords { throw PyErr.typeError("hypot() takes no keyword arguments") }
            var vec: [Double] = []
            vec.reserveCapacity(args.count)
            var maxV = 0.0
            var nan = false
            for i in 0..<args.count {
                let x = Swift.abs(try interp.mathDouble(args[i]))
                vec.append(x)
                if x.isNaN { nan = true }
                if x > maxV { maxV = x }
            }
            return .float(vectorNorm(&vec, maxV, nan))
        }),
        ("dist", { interp, args in
            try mathArgCount(args, "dist", 2)
            let p = try interp.iterate(args[0]), q = try interp.iterate(args[1])
            if p.count != q.count { throw PyErr.valueError("both points must have the same number of dimensions") }
            var vec: [Double] = []
            vec.reserveCapacity(p.count)
            var maxV = 0.0
            var nan = false
            for i in 0..<p.count {
                let x = Swift.abs(try interp.mathDouble(p[i]) - interp.mathDouble(q[i]))
                vec.append(x)
                if x.isNaN { nan = true }
                if x > maxV { maxV = x }
            }
            return .float(vectorNorm(&vec, maxV, nan))
        }),
    ]
}
