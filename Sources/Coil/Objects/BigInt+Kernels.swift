// BigInt+Kernels.swift
// Low-level limb kernels for BigInt. Everything here works on raw pointers to
// little-endian UInt64 limbs; callers guarantee sizes (documented per
// function). None of these allocate. UInt128 is used for double-width
// arithmetic because LLVM lowers it to mul/add/adc chains without branches.

typealias LimbPtr = UnsafeMutablePointer<UInt64>
typealias ConstLimbPtr = UnsafePointer<UInt64>

// The underscored UInt128 accessors are concrete (non-generic), which keeps
// debug builds usable; in release builds they compile to plain registers.
@inline(__always) func _lo(_ x: UInt128) -> UInt64 { x._low }
@inline(__always) func _hi(_ x: UInt128) -> UInt64 { x._high }
@inline(__always) func _w(_ x: UInt64) -> UInt128 { UInt128(_low: x, _high: 0) }

/// A readable dummy pointer used for empty limb arrays (never dereferenced
/// when the accompanying count is 0).
let _emptyLimbs: LimbPtr = {
    let p = LimbPtr.allocate(capacity: 2)
    p.initialize(repeating: 0, count: 2)
    return p
}()

/// Number of significant limbs in p[0..<n].
@inline(__always)
func _normLen(_ p: ConstLimbPtr, _ n: Int) -> Int {
    var n = n
    while n > 0 && p[n &- 1] == 0 { n &-= 1 }
    return n
}

@inline(__always)
func _zero(_ r: LimbPtr, _ n: Int) {
    if n > 0 { r.update(repeating: 0, count: n) }
}

@inline(__always)
func _copy(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int) {
    if n > 0 { r.update(from: a, count: n) }
}

/// Compares a[0..<an] and b[0..<bn] (both normalized). Returns -1, 0, 1.
func _cmp(_ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int) -> Int {
    if an != bn { return an < bn ? -1 : 1 }
    var i = an &- 1
    while i >= 0 {
        let x = a[i], y = b[i]
        if x != y { return x < y ? -1 : 1 }
        i &-= 1
    }
    return 0
}

/// r[0..<an] = a + b, an >= bn. Returns carry (0/1). r may alias a or b.
@discardableResult
func _add(_ r: LimbPtr, _ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int) -> UInt64 {
    var c: UInt64 = 0
    var i = 0
    while i < bn {
        let t = _w(a[i]) &+ _w(b[i]) &+ _w(c)
        r[i] = _lo(t); c = _hi(t)
        i &+= 1
    }
    while i < an && c != 0 {
        let t = a[i] &+ 1
        r[i] = t
        c = t == 0 ? 1 : 0
        i &+= 1
    }
    if i < an && UnsafePointer(r) != a { _copy(r + i, a + i, an &- i) }
    return c
}

/// r[0..<n] = a[0..<n] + c (c small). Returns carry out. r may alias a.
@discardableResult
func _add1(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ c: UInt64) -> UInt64 {
    var c = c
    var i = 0
    while i < n && c != 0 {
        let t = _w(a[i]) &+ _w(c)
        r[i] = _lo(t); c = _hi(t)
        i &+= 1
    }
    if i < n && UnsafePointer(r) != a { _copy(r + i, a + i, n &- i) }
    return c
}

/// r[0..<an] = a - b, an >= bn. Returns borrow (0/1). r may alias a or b.
@discardableResult
func _sub(_ r: LimbPtr, _ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int) -> UInt64 {
    var br: UInt64 = 0
    var i = 0
    while i < bn {
        let t = _w(a[i]) &- _w(b[i]) &- _w(br)
        r[i] = _lo(t); br = _hi(t) & 1
        i &+= 1
    }
    while i < an && br != 0 {
        let x = a[i]
        r[i] = x &- 1
        br = x == 0 ? 1 : 0
        i &+= 1
    }
    if i < an && UnsafePointer(r) != a { _copy(r + i, a + i, an &- i) }
    return br
}

/// r[0..<n] = a[0..<n] - c. Returns borrow. r may alias a.
@discardableResult
func _sub1(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ c: UInt64) -> UInt64 {
    var br = c
    var i = 0
    while i < n && br != 0 {
        let t = _w(a[i]) &- _w(br)
        r[i] = _lo(t); br = _hi(t) & 1
        i &+= 1
    }
    if i < n && UnsafePointer(r) != a { _copy(r + i, a + i, n &- i) }
    return br
}

/// r[0..<n] = a * m + c. Returns the high limb. r may alias a.
@discardableResult
func _mul1(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ m: UInt64, _ c: UInt64 = 0) -> UInt64 {
    var carry = c
    var i = 0
    let wm = _w(m)
    while i < n {
        let t = _w(a[i]) &* wm &+ _w(carry)
        r[i] = _lo(t); carry = _hi(t)
        i &+= 1
    }
    return carry
}

/// r[0..<n] += a[0..<n] * m. Returns the carry limb.
@discardableResult
func _addMul1(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ m: UInt64) -> UInt64 {
    var carry: UInt64 = 0
    var i = 0
    let wm = _w(m)
    while i &+ 1 < n {
        let p0 = _w(a[i]) &* wm &+ _w(r[i])
        let p1 = _w(a[i &+ 1]) &* wm &+ _w(r[i &+ 1])
        let t0 = p0 &+ _w(carry)
        r[i] = _lo(t0)
        let t1 = p1 &+ _w(_hi(t0))
        r[i &+ 1] = _lo(t1)
        carry = _hi(t1)
        i &+= 2
    }
    if i < n {
        let t = _w(a[i]) &* wm &+ _w(r[i]) &+ _w(carry)
        r[i] = _lo(t); carry = _hi(t)
    }
    return carry
}

/// r[0...n] += a[0..<n] * (m0 + m1*B). r must have n+1 readable/writable
/// limbs; returns the limb for position n+1.
@discardableResult
func _addMul2(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ m0: UInt64, _ m1: UInt64) -> UInt64 {
    var c0: UInt64 = 0
    var c1: UInt64 = 0
    var i = 0
    let w0 = _w(m0), w1 = _w(m1)
    while i < n {
        let ai = _w(a[i])
        let t0 = ai &* w0 &+ _w(r[i]) &+ _w(c0)
        r[i] = _lo(t0)
        let t1 = ai &* w1 &+ _w(c1) &+ _w(_hi(t0))
        c0 = _lo(t1); c1 = _hi(t1)
        i &+= 1
    }
    let t = _w(r[n]) &+ _w(c0)
    r[n] = _lo(t)
    return c1 &+ _hi(t)
}

/// r[0..<n] -= a[0..<n] * m. Returns the borrow limb.
@discardableResult
func _subMul1(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ m: UInt64) -> UInt64 {
    var carry: UInt64 = 0
    var i = 0
    let wm = _w(m)
    while i < n {
        let p = _w(a[i]) &* wm &+ _w(carry)
        let t = _w(r[i]) &- _w(_lo(p))
        r[i] = _lo(t)
        carry = _hi(p) &+ (_hi(t) & 1)
        i &+= 1
    }
    return carry
}

/// r[0..<n] = a[0..<n] << s (0 < s < 64). Returns the bits shifted out.
/// r may alias a when r <= a... we iterate from the top, so r >= a is safe.
@discardableResult
func _shlBits(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ s: Int) -> UInt64 {
    if n == 0 { return 0 }
    let rs = UInt64(64 &- s), ls = UInt64(s)
    var i = n &- 1
    let out = a[i] &>> rs
    while i > 0 {
        r[i] = (a[i] &<< ls) | (a[i &- 1] &>> rs)
        i &-= 1
    }
    r[0] = a[0] &<< ls
    return out
}

/// r[0..<n] = a[0..<n] >> s (0 < s < 64), shifting in `hiIn` at the top.
/// Iterates upward, so r <= a is safe. Returns the bits shifted out at the
/// bottom (in the high bits of the result word).
@discardableResult
func _shrBits(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ s: Int, _ hiIn: UInt64 = 0) -> UInt64 {
    if n == 0 { return 0 }
    let rs = UInt64(s), ls = UInt64(64 &- s)
    let out = a[0] &<< ls
    var i = 0
    while i < n &- 1 {
        r[i] = (a[i] &>> rs) | (a[i &+ 1] &<< ls)
        i &+= 1
    }
    r[n &- 1] = (a[n &- 1] &>> rs) | (hiIn &<< ls)
    return out
}

// MARK: - Basecase multiplication / squaring

/// r[0..<an+bn] = a * b (schoolbook). an >= bn >= 1. r must not alias a/b.
func _mulBasecase(_ r: LimbPtr, _ a: ConstLimbPtr, _ an: Int, _ b: ConstLimbPtr, _ bn: Int) {
    r[an] = _mul1(r, a, an, b[0])
    var j = 1
    if bn >= 2 {
        // second row as mul: r[an+1] fresh
        r[an &+ 1] = 0
        r[an &+ 1] = _addMul1(r + 1, a, an, b[1])
        j = 2
        while j &+ 1 < bn {
            r[j &+ an] = 0
            r[j &+ an &+ 1] = _addMul2(r + j, a, an, b[j], b[j &+ 1])
            j &+= 2
        }
        if j < bn {
            r[j &+ an] = _addMul1(r + j, a, an, b[j])
        }
    }
}

/// r[0..<2n] = a^2 (schoolbook, ~half the multiplications). r must not alias a.
func _sqrBasecase(_ r: LimbPtr, _ a: ConstLimbPtr, _ n: Int) {
    if n == 1 {
        let t = _w(a[0]) &* _w(a[0])
        r[0] = _lo(t); r[1] = _hi(t)
        return
    }
    // Off-diagonal triangle sum_{i<j} a_i a_j B^(i+j), stored in r[1..<2n-1].
    let total = 2 &* n
    _zero(r, total)
    var i = 0
    while i &+ 2 < n {
        // a_i * a_{i+1} at position 2i+1
        let p = _w(a[i]) &* _w(a[i &+ 1])
        let pos = 2 &* i &+ 1
        var t = _w(r[pos]) &+ _w(_lo(p))
        r[pos] = _lo(t)
        t = _w(r[pos &+ 1]) &+ _w(_hi(p)) &+ _w(_hi(t))
        r[pos &+ 1] = _lo(t)
        if _hi(t) != 0 { _add1(r + (pos &+ 2), r + (pos &+ 2), total &- pos &- 2, 1) }
        // a_j * (a_i + a_{i+1} B) for j >= i+2, at position i+j
        let len = n &- i &- 2
        let top = _addMul2(r + (pos &+ 1), a + (i &+ 2), len, a[i], a[i &+ 1])
        let tp = n &+ i &+ 1
        _add1(r + tp, r + tp, total &- tp, top)
        i &+= 2
    }
    if i &+ 1 < n {
        // single remaining row i (= n-2): a_i * a_{i+1} at 2i+1
        let top = _addMul1(r + (2 &* i &+ 1), a + (i &+ 1), n &- i &- 1, a[i])
        _add1(r + (n &+ i), r + (n &+ i), total &- n &- i, top)
    }
    // double
    var carry: UInt64 = 0
    var k = 0
    while k < total {
        let x = r[k]
        r[k] = (x &<< 1) | carry
        carry = x &>> 63
        k &+= 1
    }
    // add diagonal squares
    var c: UInt64 = 0
    k = 0
    while k < n {
        let sq = _w(a[k]) &* _w(a[k])
        let t0 = _w(r[2 &* k]) &+ _w(_lo(sq)) &+ _w(c)
        r[2 &* k] = _lo(t0)
        let t1 = _w(r[2 &* k &+ 1]) &+ _w(_hi(sq)) &+ _w(_hi(t0))
        r[2 &* k &+ 1] = _lo(t1)
        c = _hi(t1)
        k &+= 1
    }
}

// MARK: - Single-limb division with a precomputed reciprocal (Moller-Granlund)

/// Reciprocal of a normalized divisor d (top bit set): floor((B^2-1)/d) - B.
@inline(__always)
func _reciprocal(_ d: UInt64) -> UInt64 {
    // (~d, ~0) / d; since ~d < d the quotient fits.
    return d.dividingFullWidth((high: ~d, low: UInt64.max)).quotient
}

/// Divides (u1:u0) by normalized d with reciprocal v; requires u1 < d.
@inline(__always)
func _div2by1(_ u1: UInt64, _ u0: UInt64, _ d: UInt64, _ v: UInt64) -> (q: UInt64, r: UInt64) {
    let p = _w(v) &* _w(u1) &+ UInt128(_low: u0, _high: u1)
    var q1 = _hi(p) &+ 1
    let q0 = _lo(p)
    var r = u0 &- q1 &* d
    if r > q0 { q1 &-= 1; r &+= d }
    if r >= d { q1 &+= 1; r &-= d }
    return (q1, r)
}

/// q[0..<n] = a[0..<n] / d, returns a mod d. d != 0. q may alias a.
@discardableResult
func _divRem1(_ q: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ d: UInt64) -> UInt64 {
    if n == 0 { return 0 }
    let s = d.leadingZeroBitCount
    let dn = d &<< UInt64(s)
    return _divRem1Pre(q, a, n, dn, s, _reciprocal(dn))
}

/// `_divRem1` with a precomputed normalization: dn = d << s (top bit set)
/// and v = _reciprocal(dn).
@inline(__always)
func _divRem1Pre(_ q: LimbPtr, _ a: ConstLimbPtr, _ n: Int, _ dn: UInt64, _ s: Int, _ v: UInt64) -> UInt64 {
    if n == 0 { return 0 }
    var r: UInt64 = 0
    var i = n &- 1
    if s == 0 {
        while i >= 0 {
            let (qq, rr) = _div2by1(r, a[i], dn, v)
            q[i] = qq; r = rr
            i &-= 1
        }
        return r
    }
    let ls = UInt64(s), rs = UInt64(64 &- s)
    r = a[i] &>> rs
    while i > 0 {
        let u0 = (a[i] &<< ls) | (a[i &- 1] &>> rs)
        let (qq, rr) = _div2by1(r, u0, dn, v)
        q[i] = qq; r = rr
        i &-= 1
    }
    let (qq, rr) = _div2by1(r, a[0] &<< ls, dn, v)
    q[0] = qq
    return rr &>> ls
}

/// a[0..<n] mod d without producing a quotient.
func _mod1(_ a: ConstLimbPtr, _ n: Int, _ d: UInt64) -> UInt64 {
    if n == 0 { return 0 }
    let s = d.leadingZeroBitCount
    let dn = d &<< UInt64(s)
    let v = _reciprocal(dn)
    var r: UInt64 = 0
    var i = n &- 1
    if s == 0 {
        while i >= 0 {
            r = _div2by1(r, a[i], dn, v).r
            i &-= 1
        }
        return r
    }
    let ls = UInt64(s), rs = UInt64(64 &- s)
    r = a[i] &>> rs
    while i > 0 {
        r = _div2by1(r, (a[i] &<< ls) | (a[i &- 1] &>> rs), dn, v).r
        i &-= 1
    }
    return _div2by1(r, a[0] &<< ls, dn, v).r &>> ls
}

// MARK: - Knuth algorithm D

/// Schoolbook division of a normalized dividend by a normalized divisor.
/// - un: n+1 limbs (n >= m); the dividend already shifted so that vn's top
///   bit is set, with un[n] the extra top limb (may be 0). On return
///   un[0..<m] holds the (still shifted) remainder.
/// - vn: m >= 2 limbs, vn[m-1] has its top bit set.
/// - q: receives n-m+1 quotient limbs, or nil when only the remainder is wanted.
func _divremKnuth(_ un: LimbPtr, _ n: Int, _ vn: ConstLimbPtr, _ m: Int, _ q: LimbPtr?) {
    let vtop = vn[m &- 1], vsec = vn[m &- 2]
    let v = _reciprocal(vtop)
    var j = n &- m
    while j >= 0 {
        let u2 = un[j &+ m], u1 = un[j &+ m &- 1], u0 = un[j &+ m &- 2]
        var qhat: UInt64
        var rhat: UInt64
        var refine = true
        if u2 >= vtop {
            // u2 == vtop: clamp qhat to B-1; rhat = u1 + vtop (skip the test on overflow)
            qhat = UInt64.max
            let (nr, o) = u1.addingReportingOverflow(vtop)
            rhat = nr
            refine = !o
        } else {
            (qhat, rhat) = _div2by1(u2, u1, vtop, v)
        }
        if refine {
            // refine with the second divisor limb (at most two corrections);
            // afterwards qhat is at most one too large.
            while true {
                let p = _w(qhat) &* _w(vsec)
                if _hi(p) > rhat || (_hi(p) == rhat && _lo(p) > u0) {
                    qhat &-= 1
                    let (nr, o) = rhat.addingReportingOverflow(vtop)
                    rhat = nr
                    if o { break }
                } else { break }
            }
        }
        let borrow = _subMul1(un + j, vn, m, qhat)
        let top = un[j &+ m]
        un[j &+ m] = top &- borrow
        if borrow > top {
            // add back (rare)
            qhat &-= 1
            let c = _add(un + j, un + j, m, vn, m)
            un[j &+ m] &+= c
        }
        if let q = q { q[j] = qhat }
        j &-= 1
    }
}
