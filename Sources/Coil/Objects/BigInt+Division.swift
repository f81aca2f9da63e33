// BigInt+Division.swift
// Floor division / modulo (Python semantics), modular exponentiation and
// correctly rounded true division.

/// Truncating division of magnitudes. `b` must be nonempty (nonzero).
/// Returns normalized (quotient, remainder); the quotient is empty when
/// `wantQuotient` is false.
func _divModMag(_ a: _Limbs, _ b: _Limbs, wantQuotient: Bool = true) -> (q: _Limbs, r: _Limbs) {
    let an = a.count, bn = b.count
    if bn == 0 { return ([], []) }  // caller guarantees b != 0
    if an < bn { return ([], a) }
    if an == bn {
        let c = _compareMag(a, b)
        if c < 0 { return ([], a) }
        if c == 0 { return (_Limbs(single: 1), _Limbs()) }
    }
    if bn == 1 {
        let d = b[0]
        if !wantQuotient {
            let rem = _withLimbs(a) { pa in _mod1(pa, an, d) }
            return ([], _Limbs(single: rem))
        }
        var rem: UInt64 = 0
        let q = _makeLimbs(an) { p in
            rem = _withLimbs(a) { pa in _divRem1(p, pa, an, d) }
            return an
        }
        return (q, _Limbs(single: rem))
    }
    if bn >= _bzThreshold && an &- bn >= _bzThreshold {
        return _divModLarge(a, b, wantQuotient: wantQuotient)
    }
    let s = b[bn &- 1].leadingZeroBitCount
    var q: _Limbs = []
    var r: _Limbs = []
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: an &+ 1 &+ bn) { buf in
        guard let un = buf.baseAddress else { return }
        let vn = un + (an &+ 1)
        _withLimbs(b) { pb in
            if s == 0 { _copy(vn, pb, bn) } else { _shlBits(vn, pb, bn, s) }
        }
        _withLimbs(a) { pa in
            if s == 0 { _copy(un, pa, an); un[an] = 0 } else { un[an] = _shlBits(un, pa, an, s) }
        }
        if wantQuotient {
            q = _makeLimbs(an &- bn &+ 1) { qp in
                _divremKnuth(un, an, vn, bn, qp)
                return an &- bn &+ 1
            }
        } else {
            _divremKnuth(un, an, vn, bn, nil)
        }
        r = _makeLimbs(bn) { rp in
            if s == 0 { _copy(rp, un, bn) } else { _shrBits(rp, un, bn, s) }
            return bn
        }
    }
    return (q, r)
}

// MARK: - Recursive division for large operands

/// Divisor size (limbs) from which the recursive (Karatsuba-speed) division is used.
let _bzThreshold = 80

/// Divide-and-conquer division: splits the quotient into halves computed by
/// recursive calls on the top half of the divisor (Burnikel-Ziegler style,
/// via "divide by the top part, then correct"). Works on normalized
/// magnitudes; b has >= _bzThreshold limbs.
func _divModLarge(_ a: _Limbs, _ b: _Limbs, wantQuotient: Bool) -> (q: _Limbs, r: _Limbs) {
    let bn = b.count
    // Pad the divisor to m = j * 2^k limbs (j below the threshold) and
    // normalize it (top bit set), so every recursion level splits evenly.
    var k = 0
    while (bn >> k) >= _bzThreshold { k &+= 1 }
    let j = (bn &+ (1 << k) &- 1) >> k
    let m = j << k
    let shiftBits = (m &- bn) &* 64 &+ b[bn &- 1].leadingZeroBitCount
    let bs = (BigInt(rawNegative: false, limbs: b) << shiftBits).mag
    let asl = (BigInt(rawNegative: false, limbs: a) << shiftBits).mag
    // Long division in blocks of m limbs from the top: each step divides
    // (rem * B^m + block), which is < bs * B^m, by bs.
    let chunks = (asl.count &+ m &- 1) / m
    var rem = _Limbs()
    let qLen = wantQuotient ? chunks &* m : 0
    let qOut = LimbPtr.allocate(capacity: max(qLen, 1))
    defer { qOut.deallocate() }
    _zero(qOut, qLen)
    var i = chunks &- 1
    while i >= 0 {
        let lo = i &* m
        let cur = _joinLimbs(rem, asl.slice(lo, lo &+ m), at: m)
        let (q, r) = _div2n1n(cur, bs)
        if wantQuotient {
            _withLimbs(q) { pq in _copy(qOut + lo, pq, Swift.min(q.count, qLen &- lo)) }
        }
        rem = r
        i &-= 1
    }
    let r = (BigInt(rawNegative: false, limbs: rem) >> shiftBits).mag
    let q = _makeLimbs(qLen) { p in _copy(p, qOut, qLen); return qLen }
    return (q, r)
}

/// Divides a (< b * B^n, at most 2n limbs) by a normalized n-limb b. Returns
/// (q, r), q < B^n. Recursive: the quotient's high and low halves are each
/// computed by `_div3n2n`.
func _div2n1n(_ a: _Limbs, _ b: _Limbs) -> (_Limbs, _Limbs) {
    let n = b.count
    if n < _bzThreshold || n & 1 == 1 {
        return _divModSchool(a, b)
    }
    let h = n / 2
    // a = [a3 a2 a1 a0] in h-limb blocks; first divide [a3 a2 a1] by b.
    let (q1, r1) = _div3n2n(a.slice(h, Int.max), b, h)
    // then [r1 a0] by b
    let (q0, r0) = _div3n2n(_joinLimbs(r1, a.slice(0, h), at: h), b, h)
    return (_joinLimbs(q1, q0, at: h), r0)
}

/// Divides a (< b * B^h) by normalized b (2h limbs), quotient < B^h.
func _div3n2n(_ a: _Limbs, _ b: _Limbs, _ h: Int) -> (_Limbs, _Limbs) {
    let b0 = b.slice(0, h), b1 = b.slice(h, Int.max)   // b = b1*B^h + b0
    let aLo = a.slice(0, h), aHi = a.slice(h, Int.max)  // a = aHi*B^h + aLo
    let a2 = aHi.slice(h, Int.max)
    var q: BigInt
    var r1: BigInt
    let bB1 = BigInt(rawNegative: false, limbs: b1)
    if _compareMag(a2, b1) < 0 {
        let (qq, rr) = _div2n1n(aHi, b1)
        q = BigInt(rawNegative: false, limbs: qq)
        r1 = BigInt(rawNegative: false, limbs: rr)
    } else {
        // q = B^h - 1; r1 = aHi - q*b1 = aHi - b1*B^h + b1
        q = BigInt(rawNegative: false, limbs: _makeLimbs(h) { p in p.update(repeating: UInt64.max, count: h); return h })
        r1 = BigInt(rawNegative: false, limbs: aHi) - (bB1 << (64 &* h)) + bB1
    }
    let d = q * BigInt(rawNegative: false, limbs: b0)
    var r = (r1 << (64 &* h)) + BigInt(rawNegative: false, limbs: aLo) - d
    let bB = BigInt(rawNegative: false, limbs: b)
    while r.negative {
        q = q.adding(-1)
        r = r + bB
    }
    return (q.mag, r.mag)
}

/// hi * B^h + lo, where lo < B^h.
@inline(__always)
func _joinLimbs(_ hi: _Limbs, _ lo: _Limbs, at h: Int) -> _Limbs {
    if hi.isEmpty { return lo }
    let hn = hi.count, ln = lo.count
    return _makeLimbs(h &+ hn) { p in
        _withLimbs(lo) { pl in _copy(p, pl, ln) }
        _zero(p + ln, h &- ln)
        _withLimbs(hi) { ph in _copy(p + h, ph, hn) }
        return h &+ hn
    }
}

/// Schoolbook division used by the recursive algorithm's leaves.
func _divModSchool(_ a: _Limbs, _ b: _Limbs) -> (_Limbs, _Limbs) {
    let an = a.count, bn = b.count
    if an < bn { return ([], a) }
    if bn == 1 { return _divModMag(a, b) }
    let s = b[bn &- 1].leadingZeroBitCount
    var q: _Limbs = []
    var r: _Limbs = []
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: an &+ 1 &+ bn) { buf in
        guard let un = buf.baseAddress else { return }
        let vn = un + (an &+ 1)
        _withLimbs(b) { pb in
            if s == 0 { _copy(vn, pb, bn) } else { _shlBits(vn, pb, bn, s) }
        }
        _withLimbs(a) { pa in
            if s == 0 { _copy(un, pa, an); un[an] = 0 } else { un[an] = _shlBits(un, pa, an, s) }
        }
        q = _makeLimbs(an &- bn &+ 1) { qp in
            _divremKnuth(un, an, vn, bn, qp)
            return an &- bn &+ 1
        }
        r = _makeLimbs(bn) { rp in
            if s == 0 { _copy(rp, un, bn) } else { _shrBits(rp, un, bn, s) }
            return bn
        }
    }
    return (q, r)
}

// MARK: - Public division API

extension BigInt {
    /// Python divmod(self, other): q = floor(self / other), r = self - q*other
    /// (r has the sign of `other`). nil when other == 0 (ZeroDivisionError).
    public func floorDivMod(_ other: BigInt) -> (BigInt, BigInt)? {
        if other.mag.isEmpty { return nil }
        let (qm, rm) = _divModMag(mag, other.mag)
        let signsDiffer = negative != other.negative
        var q = BigInt(rawNegative: signsDiffer && !qm.isEmpty, limbs: qm)
        var r = BigInt(rawNegative: negative && !rm.isEmpty, limbs: rm)
        if !rm.isEmpty && signsDiffer {
            q = q.adding(-1)
            r = r + other
        }
        return (q, r)
    }

    /// Python self // other; nil when other == 0.
    public func floorDiv(_ other: BigInt) -> BigInt? { floorDivMod(other)?.0 }

    /// Python self % other; nil when other == 0.
    public func floorMod(_ other: BigInt) -> BigInt? {
        if other.mag.isEmpty { return nil }
        let (_, rm) = _divModMag(mag, other.mag, wantQuotient: false)
        let r = BigInt(rawNegative: negative && !rm.isEmpty, limbs: rm)
        if !rm.isEmpty && negative != other.negative { return r + other }
        return r
    }

    /// Truncating (C-style) division: q rounded toward zero, r has the sign of self.
    public func truncDivMod(_ other: BigInt) -> (BigInt, BigInt)? {
        if other.mag.isEmpty { return nil }
        let (qm, rm) = _divModMag(mag, other.mag)
        return (BigInt(rawNegative: negative != other.negative && !qm.isEmpty, limbs: qm),
                BigInt(rawNegative: negative && !rm.isEmpty, limbs: rm))
    }

    /// divmod by a machine integer; nil when v == 0. The remainder has the sign of v.
    public func floorDivMod(_ v: Int) -> (BigInt, Int)? {
        if v == 0 { return nil }
        let d = v.magnitude.toUInt64
        let n = mag.count
        if n == 0 { return (BigInt(), 0) }
        var rem: UInt64 = 0
        let qm = _makeLimbs(n) { p in
            rem = _withLimbs(mag) { pa in _divRem1(p, pa, n, d) }
            return n
        }
        let signsDiffer = negative != (v < 0)
        var q = BigInt(rawNegative: signsDiffer && !qm.isEmpty, limbs: qm)
        // rem < |v| so it fits in Int unless v == Int.min (then rem < 2^63 fits too)
        var r = Int(truncatingIfNeeded: rem)
        if negative { r = -r }
        if rem != 0 && signsDiffer {
            q = q.adding(-1)
            r = r &+ v
        }
        return (q, r)
    }

    /// self mod m for a positive machine modulus (result in [0, m)); nil if m <= 0.
    public func mod(_ m: Int) -> Int? {
        if m <= 0 { return nil }
        let r = _withLimbs(mag) { pa in _mod1(pa, mag.count, UInt64(m)) }
        if r == 0 || !negative { return Int(r) }
        return m &- Int(r)
    }
}

// MARK: - True division

/// Python's int / int, correctly rounded (round-half-even), also when both
/// operands are huge. Returns nil when b == 0 (ZeroDivisionError). When the
/// result is too large for a Double it returns ±infinity: the caller raises
/// OverflowError("integer division result too large for a float").
public func truedivide(_ a: BigInt, _ b: BigInt) -> Double? {
    if b.isZero { return nil }
    let negate = a.negative != b.negative
    if a.isZero { return negate ? -0.0 : 0.0 }
    let aBits = a.bitLength(), bBits = b.bitLength()
    // Fast path: both exactly representable.
    if aBits <= 53 && bBits <= 53 {
        let x = Double(a.mag[0]), y = Double(b.mag[0])
        let r = x / y
        return negate ? -r : r
    }
    let diff = aBits &- bBits
    let DBL_MAX_EXP = 1024, DBL_MIN_EXP = -1021, DBL_MANT_DIG = 53
    if diff > DBL_MAX_EXP { return negate ? -Double.infinity : Double.infinity }
    if diff < DBL_MIN_EXP &- DBL_MANT_DIG &- 1 { return negate ? -0.0 : 0.0 }
    let shift = max(diff, DBL_MIN_EXP) &- DBL_MANT_DIG &- 2
    var inexact = false
    var x: BigInt
    let am = a.magnitude
    if shift <= 0 {
        x = am << (-shift)
    } else {
        x = am >> shift
        // inexact if any of the low `shift` bits of |a| are set
        if am.trailingZeroBits() < shift { inexact = true }
    }
    let (qm, rm) = _divModMag(x.mag, b.mag)
    if !rm.isEmpty { inexact = true }
    // qm has at most 56 bits here
    guard let q0 = qm.first, qm.count == 1 else { return nil }  // unreachable
    let xBits = 64 &- q0.leadingZeroBitCount
    let extraBits = max(xBits, DBL_MIN_EXP &- shift) &- DBL_MANT_DIG
    var low = q0 | (inexact ? 1 : 0)
    let mask = UInt64(1) << UInt64(extraBits &- 1)
    if (low & mask) != 0 && (low & (3 &* mask &- 1)) != 0 { low &+= mask }
    low &= ~(2 &* mask &- 1)
    let dx = Double(low)
    if shift &+ xBits >= DBL_MAX_EXP
        && (shift &+ xBits > DBL_MAX_EXP || dx == Double(sign: .plus, exponent: xBits, significand: 1.0)) {
        return negate ? -Double.infinity : Double.infinity
    }
    let result = Double(sign: .plus, exponent: shift, significand: dx)
    return negate ? -result : result
}

// MARK: - Modular exponentiation

extension BigInt {
    /// Python pow(self, exp, mod). The result has the sign of `mod` (floor
    /// semantics). Negative exponents use the modular inverse like Python 3.8+.
    /// Returns nil when mod == 0 (ValueError "pow() 3rd argument cannot be 0")
    /// or when exp < 0 and self is not invertible modulo mod
    /// (ValueError "base is not invertible for the given modulus").
    public func modPow(_ exp: BigInt, _ mod: BigInt) -> BigInt? {
        if mod.isZero { return nil }
        let m = mod.magnitude
        var base: BigInt
        var e = exp
        if m.mag.count == 1 && m.mag[0] == 1 {
            if exp.negative && modInverse(m) == nil { return nil }
            return BigInt()
        }
        guard let b0 = self.floorMod(m) else { return nil }
        base = b0
        if e.negative {
            guard let inv = base.modInverse(m) else { return nil }
            base = inv
            e = -e
        }
        var r: BigInt
        if m.mag.count == 1 {
            r = BigInt(_powMod1(base.mag.first ?? 0, e.mag, m.mag[0]))
        } else {
            r = BigInt(rawNegative: false, limbs: _powModMag(base.mag, e.mag, m.mag))
        }
        if mod.negative && !r.isZero { r = r - m }
        return r
    }

    /// Inverse of self modulo m (m > 0): x in [0, m) with self*x ≡ 1 (mod m),
    /// or nil when gcd(self, m) != 1 or m <= 0.
    public func modInverse(_ m: BigInt) -> BigInt? {
        if m.signum <= 0 { return nil }
        if m.mag.count == 1 && m.mag[0] == 1 { return BigInt() }
        guard var a = self.floorMod(m) else { return nil }
        var b = m
        var x0 = BigInt(1), x1 = BigInt()
        // invariant: x0*self ≡ a, x1*self ≡ b (mod m)
        while !b.isZero {
            guard let (q, r) = a.floorDivMod(b) else { return nil }
            (a, b) = (b, r)
            (x0, x1) = (x1, x0 - q * x1)
        }
        if !(a.mag.count == 1 && a.mag[0] == 1) { return nil }
        return x0.floorMod(m)
    }
}

/// base^exp mod m for single-limb m >= 2, base < m.
func _powMod1(_ base: UInt64, _ exp: _Limbs, _ m: UInt64) -> UInt64 {
    let s = m.leadingZeroBitCount
    let dn = m &<< UInt64(s)
    let v = _reciprocal(dn)
    @inline(__always) func mulmod(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let p = (_w(x) &* _w(y)) &<< UInt128(s)
        return _div2by1(_hi(p), _lo(p), dn, v).r &>> UInt64(s)
    }
    var result: UInt64 = 1 % m
    var i = exp.count &- 1
    while i >= 0 {
        let word = exp[i]
        var bit = 63
        while bit >= 0 {
            result = mulmod(result, result)
            if (word >> UInt64(bit)) & 1 != 0 { result = mulmod(result, base) }
            bit &-= 1
        }
        i &-= 1
    }
    return result
}

/// base^exp mod m for multi-limb m (normalized, >= 2 limbs), base < m.
/// Sliding-window exponentiation, reductions by Knuth division.
func _powModMag(_ base: _Limbs, _ exp: _Limbs, _ mod: _Limbs) -> _Limbs {
    let n = mod.count
    if exp.isEmpty { return [1] }
    if base.isEmpty { return [] }
    let ebits = exp.count &* 64 &- (exp.last ?? 1).leadingZeroBitCount
    let k = ebits <= 8 ? 1 : ebits <= 64 ? 3 : ebits <= 512 ? 4 : ebits <= 4096 ? 5 : 6
    let tableSize = 1 << (k &- 1)   // odd powers base^1, base^3, ..., base^(2^k - 1)
    let s = mod[n &- 1].leadingZeroBitCount
    let ws = LimbPtr.allocate(capacity: _mulScratchSize(n))
    let vn = LimbPtr.allocate(capacity: n)
    let un = LimbPtr.allocate(capacity: 2 &* n &+ 1)
    let prod = LimbPtr.allocate(capacity: 2 &* n)
    let table = LimbPtr.allocate(capacity: tableSize &* n)
    let x = LimbPtr.allocate(capacity: n)
    let sq = LimbPtr.allocate(capacity: n)
    defer {
        ws.deallocate(); vn.deallocate(); un.deallocate(); prod.deallocate()
        table.deallocate(); x.deallocate(); sq.deallocate()
    }
    _withLimbs(mod) { pm in
        if s == 0 { _copy(vn, pm, n) } else { _shlBits(vn, pm, n, s) }
    }
    // dst = (p * q) mod m; p, q, dst are n-limb (zero padded) buffers
    func mulmod(_ dst: LimbPtr, _ p: ConstLimbPtr, _ q: ConstLimbPtr) {
        if p == q {
            if n < _karatsubaSqrThreshold { _sqrBasecase(prod, p, n) } else { _sqrRec(prod, p, n, ws) }
        } else {
            if n < _karatsubaMulThreshold { _mulBasecase(prod, p, n, q, n) } else { _mulRec(prod, p, n, q, n, ws) }
        }
        if s == 0 { _copy(un, prod, 2 &* n); un[2 &* n] = 0 } else { un[2 &* n] = _shlBits(un, prod, 2 &* n, s) }
        _divremKnuth(un, 2 &* n, vn, n, nil)
        if s == 0 { _copy(dst, un, n) } else { _shrBits(dst, un, n, s) }
    }
    // table[0] = base
    _zero(table, n)
    _withLimbs(base) { pb in _copy(table, pb, base.count) }
    if tableSize > 1 {
        mulmod(sq, table, table)
        var i = 1
        while i < tableSize {
            mulmod(table + i &* n, table + (i &- 1) &* n, sq)
            i &+= 1
        }
    }
    @inline(__always) func bitAt(_ i: Int) -> Bool { (exp[i >> 6] >> UInt64(i & 63)) & 1 != 0 }
    var started = false
    var i = ebits &- 1
    while i >= 0 {
        if !bitAt(i) {
            if started { mulmod(x, x, x) }
            i &-= 1
            continue
        }
        var l = max(i &- k &+ 1, 0)
        while !bitAt(l) { l &+= 1 }
        var wv = 0
        var j = i
        while j >= l { wv = (wv << 1) | (bitAt(j) ? 1 : 0); j &-= 1 }
        if started {
            var c = 0
            while c <= i &- l { mulmod(x, x, x); c &+= 1 }
            mulmod(x, x, table + (wv >> 1) &* n)
        } else {
            _copy(x, table + (wv >> 1) &* n, n)
            started = true
        }
        i = l &- 1
    }
    if !started { _zero(x, n); x[0] = 1 }
    return _makeLimbs(n) { p in _copy(p, x, n); return n }
}
