// BigInt+Conversion.swift
// Double conversion, bytes, CPython-compatible hashing, gcd, isqrt.

extension BigInt {
    // MARK: Double

    /// Exact conversion: nil for nan, infinities and non-integral values.
    public init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
        self.init(_truncatingFinite: d)
    }

    /// Truncates toward zero like Python's int(3.7) == 3, int(-3.7) == -3.
    /// nil for nan ("cannot convert float NaN to integer") and infinities
    /// ("cannot convert float infinity to integer"); the caller raises.
    public init?(truncating d: Double) {
        guard d.isFinite else { return nil }
        self.init(_truncatingFinite: d)
    }

    init(_truncatingFinite d: Double) {
        let m = d.magnitude
        if m < 1 { self.init(); return }
        if m < 9.2e18 {
            self.init(Int(d))  // exact: |d| < 2^63
            return
        }
        // m = significand * 2^(exponent - 52), significand has 53 bits
        let e = Int(m.exponent)
        let sig = (UInt64(1) << 52) | m.significandBitPattern
        let v = BigInt(rawNegative: false, limbs: _Limbs(single: sig)) << (e &- 52)
        self.init(rawNegative: d < 0, limbs: v.mag)
    }

    /// Correctly rounded (half-even) conversion like Python's float(int);
    /// nil when the result would overflow (caller raises
    /// "OverflowError: int too large to convert to float").
    public func toDouble() -> Double? {
        let n = mag.count
        if n == 0 { return 0.0 }
        let bits = bitLength()
        var r: Double
        if bits <= 64 {
            r = Double(mag[0])   // hardware conversion rounds half-even
        } else {
            if bits > 1025 { return nil }
            // top 64 bits, plus a sticky bit for everything below
            let sh = bits &- 64
            let li = sh >> 6, off = sh & 63
            var top: UInt64
            if off == 0 {
                top = mag[li]
            } else {
                top = (mag[li] >> UInt64(off)) | (mag[li &+ 1] << UInt64(64 &- off))
            }
            var sticky = off != 0 && (mag[li] << UInt64(64 &- off)) != 0
            var k = 0
            while !sticky && k < li { if mag[k] != 0 { sticky = true }; k &+= 1 }
            // The low 11 bits of `top` are below the rounding point; a set
            // bit 0 acts as the sticky bit (it is never the rounding bit).
            if sticky { top |= 1 }
            r = Double(sign: .plus, exponent: sh, significand: Double(top))
            if !r.isFinite { return nil }
        }
        return negative ? -r : r
    }

    // MARK: Bytes

    /// int.to_bytes(length, byteorder, signed=...). nil when the value does
    /// not fit (OverflowError "int too big to convert"), when it is negative
    /// and !signed ("can't convert negative int to unsigned"), or length < 0.
    public func toBytes(length: Int, bigEndian: Bool, signed: Bool) -> [UInt8]? {
        if length < 0 { return nil }
        if negative && !signed { return nil }
        let bits = bitLength()
        if !signed {
            if bits > length &* 8 { return nil }
        } else if negative {
            // need -2^(8L-1) <= x: |x| <= 2^(8L-1)
            let limitBits = length &* 8 &- 1
            if limitBits < 0 { return nil }
            if bits > limitBits &+ 1 { return nil }
            if bits == limitBits &+ 1 && trailingZeroBits() != limitBits { return nil }
        } else {
            if bits > length &* 8 &- 1 { return nil }
        }
        var out = [UInt8](repeating: negative ? 0xFF : 0, count: length)
        if mag.isEmpty { return out }
        // little-endian two's complement bytes
        var borrow: UInt64 = 1
        let n = mag.count
        out.withUnsafeMutableBufferPointer { ob in
            var byteIndex = 0
            var li = 0
            while li < n && byteIndex < length {
                var w = mag[li]
                if negative {
                    let t = w &- borrow
                    borrow = (w < borrow) ? 1 : 0
                    w = ~t
                }
                var k = 0
                while k < 8 && byteIndex < length {
                    ob[byteIndex] = UInt8(truncatingIfNeeded: w >> UInt64(8 &* k))
                    byteIndex &+= 1
                    k &+= 1
                }
                li &+= 1
            }
        }
        if bigEndian { out.reverse() }
        return out
    }

    /// int.from_bytes(bytes, byteorder, signed=...).
    public init(bytes: [UInt8], bigEndian: Bool, signed: Bool) {
        let len = bytes.count
        if len == 0 { self.init(); return }
        let nl = (len &+ 7) / 8
        var l = [UInt64](repeating: 0, count: nl)
        for i in 0..<len {
            let b = bigEndian ? bytes[len &- 1 &- i] : bytes[i]
            l[i >> 3] |= UInt64(b) << UInt64(8 &* (i & 7))
        }
        let msb = bigEndian ? bytes[0] : bytes[len &- 1]
        if signed && msb & 0x80 != 0 {
            // sign-extend to full limbs, then magnitude = ~x + 1
            let usedBits = len &* 8
            if usedBits & 63 != 0 {
                l[nl &- 1] |= UInt64.max << UInt64(usedBits & 63)
            }
            var c: UInt64 = 1
            for i in 0..<nl {
                let t = _w(~l[i]) &+ _w(c)
                l[i] = _lo(t); c = _hi(t)
            }
            self.init(negative: true, limbs: l)
        } else {
            self.init(negative: false, limbs: l)
        }
    }

    // MARK: Hash

    /// CPython's hash(int): |x| mod (2^61 - 1), negated for negatives, -1 -> -2.
    public var pyHash: Int {
        let P: UInt64 = (1 << 61) &- 1
        var h: UInt64 = 0
        var i = mag.count &- 1
        while i >= 0 {
            // h = (h * 2^64 + limb) mod P, with 2^64 ≡ 8 (mod P)
            var t = h << 3                    // h < 2^61 so this fits
            t = (t & P) &+ (t >> 61)
            let l = mag[i]
            let lm = (l & P) &+ (l >> 61)     // < 2^61 + 8
            t = t &+ lm
            t = (t & P) &+ (t >> 61)
            if t >= P { t &-= P }
            h = t
            i &-= 1
        }
        var r = Int(truncatingIfNeeded: h)
        if negative { r = -r }
        return r == -1 ? -2 : r
    }

    /// CPython's hash() of a machine integer.
    public static func pyHash(_ v: Int) -> Int {
        if v == -1 { return -2 }
        let P = (1 << 61) &- 1
        if v > -P && v < P { return v }
        let m = v.magnitude % UInt(P)
        var r = Int(truncatingIfNeeded: m)
        if v < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    // MARK: isqrt

    /// floor(sqrt(self)) (math.isqrt); nil for negative values.
    public func isqrt() -> BigInt? {
        if negative { return nil }
        if mag.isEmpty { return BigInt() }
        if mag.count == 1 { return BigInt(_isqrt64(mag[0])) }
        // CPython's adaptive-precision Newton iteration.
        let c = (bitLength() &- 1) / 2
        var a = BigInt(1)
        var d = 0
        var s = (Int.bitWidth &- c.leadingZeroBitCount) &- 1
        while s >= 0 {
            let e = d
            d = c >> s
            let num = self >> (2 &* c &- e &- d &+ 1)
            guard let q = num.floorDiv(a) else { return nil }
            a = (a << (d &- e &- 1)) + q
            s &-= 1
        }
        if a * a > self { a = a.adding(-1) }
        return a
    }

    // MARK: gcd

    /// Greatest common divisor (nonnegative; gcd(0, 0) == 0). Lehmer's
    /// algorithm with single-word cosequences, updating in place.
    public func gcd(_ other: BigInt) -> BigInt {
        var a0 = self.mag, b0 = other.mag
        if _compareMag(a0, b0) < 0 { swap(&a0, &b0) }
        if b0.isEmpty { return BigInt(rawNegative: false, limbs: a0) }
        if a0.count == 1 { return BigInt(_gcd64(a0[0], b0[0])) }
        if b0.count == 1 {
            let r = _withLimbs(a0) { pa in _mod1(pa, a0.count, b0[0]) }
            return BigInt(_gcd64(b0[0], r))
        }
        let cap = a0.count &+ 1
        let buf = LimbPtr.allocate(capacity: 4 &* cap)
        defer { buf.deallocate() }
        var pa = buf, pb = buf + cap, ta = buf + 2 &* cap, tb = buf + 3 &* cap
        var na = a0.count, nb = b0.count
        _withLimbs(a0) { p in _copy(pa, p, na) }
        _withLimbs(b0) { p in _copy(pb, p, nb) }
        while na > 1 && nb > 0 {
            // invariant: a >= b > 0, a has >= 2 limbs
            let nbits = na &* 64 &- pa[na &- 1].leadingZeroBitCount
            // top 62 bits of a and the same bit range of b
            let sh = nbits &- 62
            var x = _extractBits(pa, na, sh)
            var y = _extractBits(pb, nb, sh)
            var A: UInt64 = 1, B: UInt64 = 0, C: UInt64 = 0, D: UInt64 = 1
            var k = 0
            while true {
                if y <= C { break }
                // Euclid quotients are mostly tiny (Gauss-Kuzmin): handle
                // q == 1 with additions and avoid most hardware divisions.
                let num = x &+ (A &- 1), den = y &- C
                if num < den { break }
                let r1 = num &- den
                let s: UInt64, t: UInt64, t2: UInt64
                if r1 < den {
                    // q == 1 (all values stay below 2^63: no overflow)
                    if y > x { break }
                    s = B &+ D
                    t = x &- y
                    if s > t { break }
                    t2 = A &+ C
                } else {
                    let q = r1 &- den < den ? 2 : num / den
                    let (qd, o1) = q.multipliedReportingOverflow(by: D)
                    let (ss, o2) = B.addingReportingOverflow(qd)
                    let (qy, o3) = q.multipliedReportingOverflow(by: y)
                    if o1 || o2 || o3 || qy > x { break }
                    s = ss
                    t = x &- qy
                    if s > t { break }
                    let (qc, o4) = q.multipliedReportingOverflow(by: C)
                    let (tt, o5) = A.addingReportingOverflow(qc)
                    if o4 || o5 { break }
                    t2 = tt
                }
                x = y; y = t
                A = D; B = C; C = s; D = t2
                k &+= 1
            }
            if k == 0 {
                // no progress: one Euclidean step (a, b) = (b, a mod b)
                if nb == 1 {
                    let r = _mod1(pa, na, pb[0])
                    swap(&pa, &pb); na = 1
                    pb[0] = r; nb = r == 0 ? 0 : 1
                } else {
                    let am = _makeLimbs(na) { p in _copy(p, pa, na); return na }
                    let bm = _makeLimbs(nb) { p in _copy(p, pb, nb); return nb }
                    let r = _divModMag(am, bm, wantQuotient: false).r
                    swap(&pa, &pb); na = nb
                    nb = r.count
                    _withLimbs(r) { p in _copy(pb, p, nb) }
                }
                continue
            }
            // k odd:  a, b = A*b - B*a, D*a - C*b
            // k even: a, b = A*a - B*b, D*b - C*a
            let n = na &+ 1
            pa[na] = 0
            _zero(pb + nb, n &- nb)
            if k & 1 == 1 {
                _lehmerUpdate(ta, tb, pb, pa, n, A, B, D, C)
            } else {
                _lehmerUpdate(ta, tb, pa, pb, n, A, B, D, C)
            }
            swap(&pa, &ta); swap(&pb, &tb)
            na = _normLen(pa, n); nb = _normLen(pb, n)
            if _cmp(pa, na, pb, nb) < 0 { swap(&pa, &pb); swap(&na, &nb) }
        }
        if nb == 0 {
            let res = _makeLimbs(na) { p in _copy(p, pa, na); return na }
            return BigInt(rawNegative: false, limbs: res)
        }
        return BigInt(_gcd64(pa[0], pb[0]))
    }
}

@inline(__always)
func _gcd64(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var x = a, y = b
    while y != 0 { (x, y) = (y, x % y) }
    return x
}

/// 64 bits of a[0..<n] starting at bit `sh` (sh may be negative: shifts left).
@inline(__always)
func _extractBits(_ a: ConstLimbPtr, _ n: Int, _ sh: Int) -> UInt64 {
    if n == 0 { return 0 }
    if sh < 0 { return a[0] << UInt64(-sh) }
    let li = sh >> 6, off = sh & 63
    if li >= n { return 0 }
    var v = a[li] >> UInt64(off)
    if off != 0 && li &+ 1 < n { v |= a[li &+ 1] << UInt64(64 &- off) }
    return v
}

/// One fused pass of the Lehmer update over n limbs (u, v zero padded):
/// r1 = u*p1 - v*q1, r2 = v*p2 - u*q2 (both known to be >= 0 and < B^n).
@inline(__always)
func _lehmerUpdate(_ r1: LimbPtr, _ r2: LimbPtr, _ u: ConstLimbPtr, _ v: ConstLimbPtr, _ n: Int,
                   _ p1: UInt64, _ q1: UInt64, _ p2: UInt64, _ q2: UInt64) {
    var c1: UInt64 = 0, d1: UInt64 = 0, b1: UInt64 = 0
    var c2: UInt64 = 0, d2: UInt64 = 0, b2: UInt64 = 0
    let wp1 = _w(p1), wq1 = _w(q1), wp2 = _w(p2), wq2 = _w(q2)
    var i = 0
    while i < n {
        let ui = _w(u[i]), vi = _w(v[i])
        let x1 = ui &* wp1 &+ _w(c1)
        let y1 = vi &* wq1 &+ _w(d1)
        let x2 = vi &* wp2 &+ _w(c2)
        let y2 = ui &* wq2 &+ _w(d2)
        c1 = _hi(x1); d1 = _hi(y1); c2 = _hi(x2); d2 = _hi(y2)
        let s1 = _w(_lo(x1)) &- _w(_lo(y1)) &- _w(b1)
        let s2 = _w(_lo(x2)) &- _w(_lo(y2)) &- _w(b2)
        r1[i] = _lo(s1); b1 = _hi(s1) & 1
        r2[i] = _lo(s2); b2 = _hi(s2) & 1
        i &+= 1
    }
}

/// floor(sqrt(v)) for a UInt64.
func _isqrt64(_ v: UInt64) -> UInt64 {
    if v == 0 { return 0 }
    var r = UInt64(Double(v).squareRoot())
    // fix up the floating-point estimate
    while r > 0 && (r.multipliedReportingOverflow(by: r).overflow || r &* r > v) { r &-= 1 }
    while true {
        let n = r &+ 1
        let (sq, o) = n.multipliedReportingOverflow(by: n)
        if o || sq > v { break }
        r = n
    }
    return r
}
