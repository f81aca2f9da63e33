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
            // sign-extend to full mag, then magnitude = ~x + 1
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

    /// Greatest common divisor (nonnegative; gcd(0, 0) == 0). Lehmer's algorithm.
    public func gcd(_ other: BigInt) -> BigInt {
        var a = self.mag, b = other.mag
        if _compareMag(a, b) < 0 { swap(&a, &b) }
        while b.count > 1 || (a.count > 1 && !b.isEmpty) {
            // a >= b, a has >= 2 mag
            let na = a.count
            let nbits = na &* 64 &- a[na &- 1].leadingZeroBitCount
            // top 62 bits of a and the same bit range of b
            let sh = nbits &- 62
            var x = _extractBits(a, sh)
            var y = _extractBits(b, sh)
            var A: UInt64 = 1, B: UInt64 = 0, C: UInt64 = 0, D: UInt64 = 1
            var k = 0
            while true {
                if y <= C { break }
                let q = (x &+ (A &- 1)) / (y &- C)
                let (qd, o1) = q.multipliedReportingOverflow(by: D)
                let (s, o2) = B.addingReportingOverflow(qd)
                let (qy, o3) = q.multipliedReportingOverflow(by: y)
                if o1 || o2 || o3 || qy > x { break }
                let t = x &- qy
                if s > t { break }
                let (qc, o4) = q.multipliedReportingOverflow(by: C)
                let (t2, o5) = A.addingReportingOverflow(qc)
                if o4 || o5 { break }
                x = y; y = t
                A = D; B = C; C = s; D = t2
                k &+= 1
            }
            if k == 0 {
                // no progress: one Euclidean step
                let r = _divModMag(a, b, wantQuotient: false).r
                a = b; b = r
                continue
            }
            // k odd:  a, b = A*b - B*a, D*a - C*b
            // k even: a, b = A*a - B*b, D*b - C*a
            let (na2, nb2): (_Limbs, _Limbs)
            if k & 1 == 1 {
                na2 = _linComb(b, A, a, B)
                nb2 = _linComb(a, D, b, C)
            } else {
                na2 = _linComb(a, A, b, B)
                nb2 = _linComb(b, D, a, C)
            }
            a = na2; b = nb2
            if _compareMag(a, b) < 0 { swap(&a, &b) }
        }
        // single-limb finish
        var x = a.first ?? 0, y = b.first ?? 0
        if a.count > 1 {
            // b is a single limb (or zero) here
            if y == 0 { return BigInt(rawNegative: false, limbs: a) }
            let r = _withLimbs(a) { pa in _mod1(pa, a.count, y) }
            x = y; y = r
        }
        while y != 0 { (x, y) = (y, x % y) }
        return BigInt(x)
    }
}

/// 64 bits of a starting at bit `sh` (sh may be negative: shifts left).
@inline(__always)
func _extractBits(_ a: _Limbs, _ sh: Int) -> UInt64 {
    if a.isEmpty { return 0 }
    if sh < 0 { return (a.first ?? 0) << UInt64(-sh) }
    let li = sh >> 6, off = sh & 63
    if li >= a.count { return 0 }
    var v = a[li] >> UInt64(off)
    if off != 0 && li &+ 1 < a.count { v |= a[li &+ 1] << UInt64(64 &- off) }
    return v
}

/// x*p - y*q (known to be >= 0).
func _linComb(_ x: _Limbs, _ p: UInt64, _ y: _Limbs, _ q: UInt64) -> _Limbs {
    let n = max(x.count, y.count) &+ 1
    return _makeLimbs(n) { r in
        _zero(r, n)
        _withLimbs(x) { px in
            r[x.count] = _mul1(r, px, x.count, p)
        }
        _withLimbs(y) { py in
            let borrow = _subMul1(r, py, y.count, q)
            _sub1(r + y.count, r + y.count, n &- y.count, borrow)
        }
        return n
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
