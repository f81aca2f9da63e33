// BigInt+Bitwise.swift
// Shifts (floor semantics for >>) and two's-complement bitwise operations on
// infinite-precision values, like Python.

extension BigInt {
    /// self << n. A negative n shifts right instead (Python raises
    /// ValueError("negative shift count"): that check is the caller's).
    /// The caller must bound n (see `shiftedLeft(_:maxBits:)`).
    public static func << (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return n == Int.min ? (a.negative ? BigInt(-1) : BigInt()) : a >> (-n) }
        if n == 0 || a.mag.isEmpty { return a }
        let ls = n >> 6, bs = n & 63
        let an = a.mag.count
        let r = _makeLimbs(an &+ ls &+ 1) { p in
            _zero(p, ls)
            _withLimbs(a.mag) { pa in
                if bs == 0 {
                    _copy(p + ls, pa, an)
                    p[an &+ ls] = 0
                } else {
                    p[an &+ ls] = _shlBits(p + ls, pa, an, bs)
                }
            }
            return an &+ ls &+ 1
        }
        return BigInt(rawNegative: a.negative, limbs: r)
    }

    /// self >> n with floor semantics (-1 >> 5 == -1, -5 >> 1 == -3).
    /// A negative n shifts left instead (Python raises ValueError; caller's check).
    public static func >> (a: BigInt, n: Int) -> BigInt {
        if n < 0 { return n == Int.min ? BigInt() : a << (-n) }
        if n == 0 || a.mag.isEmpty { return a }
        let an = a.mag.count
        let ls = n >> 6, bs = n & 63
        if ls >= an { return a.negative ? BigInt(-1) : BigInt() }
        let rn = an &- ls
        var lost = false
        let r = _makeLimbs(rn &+ 1) { p in
            _withLimbs(a.mag) { pa in
                if a.negative {
                    var i = 0
                    while i < ls { if pa[i] != 0 { lost = true; break }; i &+= 1 }
                }
                if bs == 0 {
                    _copy(p, pa + ls, rn)
                } else {
                    let out = _shrBits(p, pa + ls, rn, bs)
                    if out != 0 { lost = true }
                }
                p[rn] = 0
                if a.negative && lost { _add1(p, p, rn &+ 1, 1) }
            }
            return rn &+ 1
        }
        if r.isEmpty { return BigInt() }
        return BigInt(rawNegative: a.negative, limbs: r)
    }

    public static func <<= (a: inout BigInt, n: Int) { a = a << n }
    public static func >>= (a: inout BigInt, n: Int) { a = a >> n }

    /// self << n, or nil when n < 0 or the result would exceed `maxBits` bits.
    public func shiftedLeft(_ n: Int, maxBits: Int) -> BigInt? {
        if n < 0 { return nil }
        if mag.isEmpty { return self }
        let (bits, o) = bitLength().addingReportingOverflow(n)
        if o || bits > maxBits { return nil }
        return self << n
    }

    // MARK: two's complement bitwise ops

    /// Generic two's-complement combination. `op` works limb-wise and must
    /// also be applied to the sign-extension words (0 or ~0).
    @inline(__always)
    static func _bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt64, UInt64) -> UInt64) -> BigInt {
        let an = a.mag.count, bn = b.mag.count
        let n = max(an, bn) &+ 1
        let extA: UInt64 = a.negative ? UInt64.max : 0
        let extB: UInt64 = b.negative ? UInt64.max : 0
        let extR = op(extA, extB)
        let resultNegative = extR != 0
        let r = _makeLimbs(n) { p in
            _withLimbs(a.mag) { pa in _withLimbs(b.mag) { pb in
                // two's complement of negative x: ~(|x| - 1); computed on the fly
                var borrowA: UInt64 = a.negative ? 1 : 0
                var borrowB: UInt64 = b.negative ? 1 : 0
                var i = 0
                while i < n {
                    var x: UInt64 = i < an ? pa[i] : 0
                    var y: UInt64 = i < bn ? pb[i] : 0
                    if a.negative {
                        let t = x &- borrowA
                        borrowA = (x < borrowA) ? 1 : 0
                        x = ~t
                    }
                    if b.negative {
                        let t = y &- borrowB
                        borrowB = (y < borrowB) ? 1 : 0
                        y = ~t
                    }
                    p[i] = op(x, y)
                    i &+= 1
                }
                if resultNegative {
                    // magnitude = ~r + 1
                    var c: UInt64 = 1
                    i = 0
                    while i < n {
                        let t = _w(~p[i]) &+ _w(c)
                        p[i] = _lo(t); c = _hi(t)
                        i &+= 1
                    }
                }
            } }
            return n
        }
        return BigInt(rawNegative: resultNegative && !r.isEmpty, limbs: r)
    }

    public static func & (a: BigInt, b: BigInt) -> BigInt {
        if !a.negative && !b.negative {
            let n = min(a.mag.count, b.mag.count)
            let r = _makeLimbs(n) { p in
                _withLimbs(a.mag) { pa in _withLimbs(b.mag) { pb in
                    var i = 0
                    while i < n { p[i] = pa[i] & pb[i]; i &+= 1 }
                } }
                return n
            }
            return BigInt(rawNegative: false, limbs: r)
        }
        return _bitwise(a, b) { $0 & $1 }
    }

    public static func | (a: BigInt, b: BigInt) -> BigInt {
        if !a.negative && !b.negative {
            let (x, y) = a.mag.count >= b.mag.count ? (a.mag, b.mag) : (b.mag, a.mag)
            let n = x.count, m = y.count
            let r = _makeLimbs(n) { p in
                _withLimbs(x) { px in _withLimbs(y) { py in
                    var i = 0
                    while i < m { p[i] = px[i] | py[i]; i &+= 1 }
                    _copy(p + m, px + m, n &- m)
                } }
                return n
            }
            return BigInt(rawNegative: false, limbs: r)
        }
        return _bitwise(a, b) { $0 | $1 }
    }

    public static func ^ (a: BigInt, b: BigInt) -> BigInt {
        if !a.negative && !b.negative {
            let (x, y) = a.mag.count >= b.mag.count ? (a.mag, b.mag) : (b.mag, a.mag)
            let n = x.count, m = y.count
            let r = _makeLimbs(n) { p in
                _withLimbs(x) { px in _withLimbs(y) { py in
                    var i = 0
                    while i < m { p[i] = px[i] ^ py[i]; i &+= 1 }
                    _copy(p + m, px + m, n &- m)
                } }
                return n
            }
            return BigInt(rawNegative: false, limbs: r)
        }
        return _bitwise(a, b) { $0 ^ $1 }
    }

    /// ~x == -x - 1
    public static prefix func ~ (a: BigInt) -> BigInt {
        a.adding(1).negated()
    }

    public static func &= (a: inout BigInt, b: BigInt) { a = a & b }
    public static func |= (a: inout BigInt, b: BigInt) { a = a | b }
    public static func ^= (a: inout BigInt, b: BigInt) { a = a ^ b }

    /// -self
    public func negated() -> BigInt { -self }

    /// Bit i of the infinite two's-complement representation (i >= 0).
    public func testBit(_ i: Int) -> Bool {
        if i < 0 { return false }
        if !negative {
            let li = i >> 6
            return li < mag.count && (mag[li] >> UInt64(i & 63)) & 1 != 0
        }
        // parity of floor(self / 2^i); parity of a two's-complement value
        // equals the parity of its magnitude
        return (self >> i).isOdd
    }
}
