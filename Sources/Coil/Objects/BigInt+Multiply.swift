// BigInt+Multiply.swift
// Karatsuba multiplication/squaring on top of the basecase kernels, plus the
// magnitude-level entry points used by the operators, power() and the
// string conversion code.

/// Below this many limbs in the smaller operand, schoolbook multiplication is used.
let _karatsubaMulThreshold = 24
/// Below this many limbs, schoolbook squaring is used.
let _karatsubaSqrThreshold = 48

/// Scratch limbs needed by `_mulRec` / `_sqrRec` when the larger operand has n limbs.
func _mulScratchSize(_ n: Int) -> Int {
    var total = 16
    var k = n
    let t = min(_karatsubaMulThreshold, _karatsubaSqrThreshold)
    while k >= t {
        let h = (k &+ 1) / 2 &+ 1
        total &+= 4 &* h &+ 4
        k = h
    }
    return total
}

/// r[0..<an+bn] = a * b. Requires an >= bn >= 1, r not overlapping a or b,
/// ws at least `_mulScratchSize(an)` limbs. Operands need not be normalized.
func _mulRec(_ r: LimbPtr, _ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int, _ ws: LimbPtr) {
    if bn < _karatsubaMulThreshold {
        _mulBasecase(r, a, an, b, bn)
        return
    }
    if an >= 2 &* bn {
        // Unbalanced: multiply bn-limb chunks of a by b and accumulate.
        _mulRec(r, a, bn, b, bn, ws)
        _zero(r + 2 &* bn, an &- bn)
        let tmp = ws
        let ws2 = ws + 2 &* bn
        var off = bn
        let total = an &+ bn
        while off < an {
            let c = min(bn, an &- off)
            if c == bn {
                _mulRec(tmp, a + off, c, b, bn, ws2)
            } else {
                _mulRec(tmp, b, bn, a + off, c, ws2)
            }
            let len = c &+ bn
            let carry = _add(r + off, r + off, len, tmp, len)
            if carry != 0 && off &+ len < total {
                _add1(r + (off &+ len), r + (off &+ len), total &- off &- len, carry)
            }
            off &+= c
        }
        return
    }
    // Balanced Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 (bn > h).
    let h = an / 2
    let a1n = an &- h, b1n = bn &- h
    _mulRec(r, a, h, b, h, ws)                          // z0 -> r[0..<2h]
    _mulRec(r + 2 &* h, a + h, a1n, b + h, b1n, ws)     // z2 -> r[2h..<an+bn]
    let sa = ws
    sa[a1n] = _add(sa, a + h, a1n, a, h)
    let sal = sa[a1n] != 0 ? a1n &+ 1 : a1n
    let sbCap = max(h, b1n) &+ 1
    let sb = ws + (a1n &+ 1)
    if b1n >= h {
        sb[b1n] = _add(sb, b + h, b1n, b, h)
    } else {
        sb[h] = _add(sb, b, h, b + h, b1n)
    }
    let sbl = sb[sbCap &- 1] != 0 ? sbCap : sbCap &- 1
    let t = sb + sbCap
    let tl = sal &+ sbl
    let ws2 = t + (a1n &+ 1 &+ sbCap)
    if sal >= sbl {
        _mulRec(t, sa, sal, sb, sbl, ws2)
    } else {
        _mulRec(t, sb, sbl, sa, sal, ws2)
    }
    _sub(t, t, tl, r, 2 &* h)
    _sub(t, t, tl, r + 2 &* h, an &+ bn &- 2 &* h)
    let rest = an &+ bn &- h
    _add(r + h, r + h, rest, t, min(tl, rest))
}

/// r[0..<2n] = a^2. r must not overlap a; ws at least `_mulScratchSize(n)` limbs.
func _sqrRec(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ ws: LimbPtr) {
    if n < _karatsubaSqrThreshold {
        _sqrBasecase(r, a, n)
        return
    }
    let h = n / 2
    let a1n = n &- h
    _sqrRec(r, a, h, ws)
    _sqrRec(r + 2 &* h, a + h, a1n, ws)
    let sa = ws
    sa[a1n] = _add(sa, a + h, a1n, a, h)
    let sal = sa[a1n] != 0 ? a1n &+ 1 : a1n
    let t = ws + (a1n &+ 1)
    let tl = 2 &* sal
    _sqrRec(t, sa, sal, t + 2 &* (a1n &+ 1))
    _sub(t, t, tl, r, 2 &* h)
    _sub(t, t, tl, r + 2 &* h, 2 &* a1n)
    let rest = 2 &* n &- h
    _add(r + h, r + h, rest, t, min(tl, rest))
}

/// r[0..<an+bn] = a*b for arbitrary an, bn >= 1 (any order). Allocates scratch if needed.
func _mulAny(_ r: LimbPtr, _ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int) {
    let (x, xn, y, yn) = an >= bn ? (a, an, b, bn) : (b, bn, a, an)
    if yn == 1 {
        r[xn] = _mul1(r, x, xn, y[0])
        return
    }
    if yn < _karatsubaMulThreshold {
        _mulBasecase(r, x, xn, y, yn)
        return
    }
    let s = _mulScratchSize(xn)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: s) { buf in
        guard let ws = buf.baseAddress else { return }
        _mulRec(r, x, xn, y, yn, ws)
    }
}

/// r[0..<2n] = a^2, n >= 1. Allocates scratch if needed.
func _sqrAny(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int) {
    if n < _karatsubaSqrThreshold {
        _sqrBasecase(r, a, n)
        return
    }
    let s = _mulScratchSize(n)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: s) { buf in
        guard let ws = buf.baseAddress else { return }
        _sqrRec(r, a, n, ws)
    }
}

/// Product of two magnitudes (normalized result).
func _mulMag(_ a: _Limbs, _ b: _Limbs) -> _Limbs {
    let an = a.count, bn = b.count
    if an == 0 || bn == 0 { return [] }
    let square = an == bn && an >= 8 && a == b
    return _makeLimbs(an &+ bn) { r in
        _withLimbs(a) { pa in
            if square {
                _sqrAny(r, pa, an)
            } else {
                _withLimbs(b) { pb in _mulAny(r, pa, an, pb, bn) }
            }
        }
        return an &+ bn
    }
}

/// Square of a magnitude (normalized result).
func _sqrMag(_ a: _Limbs) -> _Limbs {
    let n = a.count
    if n == 0 { return [] }
    return _makeLimbs(2 &* n) { r in
        _withLimbs(a) { pa in _sqrAny(r, pa, n) }
        return 2 &* n
    }
}

// MARK: - Power

extension BigInt {
    /// self ** exp for exp >= 0 (binary exponentiation with squaring).
    /// A negative `exp` is the caller's job (Python returns a float); this
    /// returns 0 for it (or ±1 when |self| == 1). The caller must bound the
    /// result size (see `power(_:maxBits:)`); huge results exhaust memory.
    public func power(_ exp: Int) -> BigInt {
        if exp < 0 {
            if mag.count == 1 && mag[0] == 1 {
                return (negative && exp & 1 != 0) ? BigInt(-1) : BigInt(1)
            }
            return BigInt()
        }
        if exp == 0 { return BigInt(1) }
        if mag.isEmpty { return BigInt() }
        if exp == 1 { return self }
        let neg = negative && (exp & 1) != 0
        // Split off powers of two: |self| = odd * 2^tz.
        var tz = 0
        while mag[tz >> 6 ] == 0 { tz &+= 64 }
        tz &+= mag[tz >> 6].trailingZeroBitCount
        let (shift, ovf) = tz.multipliedReportingOverflow(by: exp)
        if ovf { return BigInt() }  // unreachable in practice (memory)
        let odd = tz == 0 ? self.magnitude : (self.magnitude >> tz)
        var mag: _Limbs
        if odd.mag.count == 1 && odd.mag[0] == 1 {
            mag = _Limbs(single: 1)
        } else {
            mag = _powMag(odd.mag, exp)
        }
        var r = BigInt(rawNegative: false, limbs: mag)
        if shift > 0 { r = r << shift }
        if neg { r.negative = true }
        return r
    }

    /// Like `power(_:)` but returns nil when exp < 0 or the result would have
    /// more than `maxBits` bits (so the caller can raise MemoryError/OverflowError).
    public func power(_ exp: Int, maxBits: Int) -> BigInt? {
        if exp < 0 { return nil }
        if exp == 0 || mag.isEmpty { return power(exp) }
        let bl = bitLength()
        if bl == 1 { return power(exp) }
        let (bits, o) = (bl &- 1).multipliedReportingOverflow(by: exp)
        if o || bits > maxBits { return nil }
        return power(exp)
    }
}

/// base^exp for a magnitude base > 1 (normalized, nonempty) and exp >= 1.
func _powMag(_ base: _Limbs, _ exp: Int) -> _Limbs {
    let bn = base.count
    let bits = base.count &* 64 &- base[bn &- 1].leadingZeroBitCount
    let (tb, o) = bits.multipliedReportingOverflow(by: exp)
    if o { return [] }
    let cap = tb / 64 &+ 2 &+ bn
    let expBits = Int.bitWidth &- exp.leadingZeroBitCount
    let scratchSize = _mulScratchSize(cap)
    var resultLen = 0
    let bufA = LimbPtr.allocate(capacity: cap)
    let bufB = LimbPtr.allocate(capacity: cap)
    let ws = LimbPtr.allocate(capacity: scratchSize)
    defer { bufA.deallocate(); bufB.deallocate(); ws.deallocate() }
    _withLimbs(base) { pb in
        var x = bufA, y = bufB
        _copy(x, pb, bn)
        var n = bn
        var bit = expBits &- 2
        while bit >= 0 {
            // y = x^2
            if n < _karatsubaSqrThreshold { _sqrBasecase(y, x, n) } else { _sqrRec(y, x, n, ws) }
            n = _normLen(y, 2 &* n)
            swap(&x, &y)
            if (exp >> bit) & 1 != 0 {
                if bn == 1 {
                    x[n] = _mul1(x, x, n, pb[0])
                    n = x[n] != 0 ? n &+ 1 : n
                } else {
                    if n >= bn {
                        if bn < _karatsubaMulThreshold { _mulBasecase(y, x, n, pb, bn) } else { _mulRec(y, x, n, pb, bn, ws) }
                    } else {
                        if n < _karatsubaMulThreshold { _mulBasecase(y, pb, bn, x, n) } else { _mulRec(y, pb, bn, x, n, ws) }
                    }
                    n = _normLen(y, n &+ bn)
                    swap(&x, &y)
                }
            }
            bit &-= 1
        }
        resultLen = n
        if x != bufA { _copy(bufA, x, n) }
    }
    return _makeLimbs(resultLen) { p in
        _copy(p, bufA, resultLen)
        return resultLen
    }
}
