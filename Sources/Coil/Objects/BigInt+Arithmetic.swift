// BigInt+Arithmetic.swift
// Addition, subtraction, multiplication, negation, and mixed Int helpers.

extension BigInt {
    /// |a| + |b| with the given sign.
    @inline(__always)
    static func _addMagnitudes(_ a: _Limbs, _ b: _Limbs, negative: Bool) -> BigInt {
        guard let sa = a.storage else { return BigInt(rawNegative: negative && !b.isEmpty, limbs: b) }
        guard let sb = b.storage else { return BigInt(rawNegative: negative, limbs: a) }
        let an = sa.header, bn = sb.header
        let r = an >= bn ? _addStorages(sa, an, sb, bn) : _addStorages(sb, bn, sa, an)
        return BigInt(rawNegative: negative, limbs: r)
    }

    /// |a| - |b| as a signed value, negated when `flip` is set.
    @inline(__always)
    static func _subMagnitudes(_ a: _Limbs, _ b: _Limbs, flip: Bool) -> BigInt {
        guard let sa = a.storage else { return BigInt(rawNegative: !flip && !b.isEmpty, limbs: b) }
        guard let sb = b.storage else { return BigInt(rawNegative: flip, limbs: a) }
        let an = sa.header, bn = sb.header
        let c: Int
        if an != bn {
            c = an < bn ? -1 : 1
        } else {
            c = sa.withUnsafeMutablePointerToElements { pa in
                sb.withUnsafeMutablePointerToElements { pb in _cmp(pa, an, pb, bn) }
            }
        }
        if c == 0 { return BigInt() }
        let r = c > 0 ? _subStorages(sa, an, sb, bn) : _subStorages(sb, bn, sa, an)
        return BigInt(rawNegative: (c < 0) != flip, limbs: r)
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return _addMagnitudes(a.mag, b.mag, negative: a.negative) }
        // a + b with opposite signs = sign(a) * (|a| - |b|)
        return _subMagnitudes(a.mag, b.mag, flip: a.negative)
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt {
        if a.negative != b.negative { return _addMagnitudes(a.mag, b.mag, negative: a.negative) }
        return _subMagnitudes(a.mag, b.mag, flip: a.negative)
    }

    public static prefix func - (a: BigInt) -> BigInt {
        BigInt(rawNegative: !a.negative && !a.mag.isEmpty, limbs: a.mag)
    }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        let an = a.mag.count, bn = b.mag.count
        if an == 0 || bn == 0 { return BigInt() }
        let neg = a.negative != b.negative
        if bn == 1 { return a._mulSmall(b.mag[0], negative: neg) }
        if an == 1 { return b._mulSmall(a.mag[0], negative: neg) }
        return BigInt(rawNegative: neg, limbs: _mulMag(a.mag, b.mag))
    }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    /// |self| * m with the given sign.
    @inline(__always)
    func _mulSmall(_ m: UInt64, negative neg: Bool) -> BigInt {
        let n = mag.count
        if n == 0 || m == 0 { return BigInt() }
        let r = _makeLimbs(n &+ 1) { p in
            _withLimbs(mag) { pa in p[n] = _mul1(p, pa, n, m) }
            return n &+ 1
        }
        return BigInt(rawNegative: neg, limbs: r)
    }

    /// self * v without converting v to a BigInt.
    public func multiplied(by v: Int) -> BigInt {
        _mulSmall(v.magnitude.toUInt64, negative: negative != (v < 0))
    }

    /// self + v without converting v to a BigInt.
    public func adding(_ v: Int) -> BigInt {
        if v == 0 { return self }
        let m = v.magnitude.toUInt64
        let vneg = v < 0
        let n = mag.count
        if n == 0 { return BigInt(v) }
        if negative == vneg {
            let r = _makeLimbs(n &+ 1) { p in
                _withLimbs(mag) { pa in p[n] = _add1(p, pa, n, m) }
                return n &+ 1
            }
            return BigInt(rawNegative: negative, limbs: r)
        }
        // opposite signs: |self| - m
        if n == 1 {
            let x = mag[0]
            if x == m { return BigInt() }
            if x > m { return BigInt(rawNegative: negative, limbs: _Limbs(single: x &- m)) }
            return BigInt(rawNegative: !negative, limbs: _Limbs(single: m &- x))
        }
        let r = _makeLimbs(n) { p in
            _withLimbs(mag) { pa in _sub1(p, pa, n, m) }
            return n
        }
        return BigInt(rawNegative: negative, limbs: r)
    }

    /// self - v without converting v to a BigInt.
    public func subtracting(_ v: Int) -> BigInt {
        if v == Int.min { return self + BigInt(rawNegative: false, limbs: [UInt64(1) << 63]) }
        return adding(-v)
    }

    public mutating func negate() {
        if !mag.isEmpty { negative.toggle() }
    }
}

/// x + y for storages with xn >= yn >= 1.
@inline(__always)
func _addStorages(_ x: _LimbStorage, _ xn: Int, _ y: _LimbStorage, _ yn: Int) -> _Limbs {
    _makeLimbs(xn &+ 1) { p in
        x.withUnsafeMutablePointerToElements { px in
            y.withUnsafeMutablePointerToElements { py in
                p[xn] = _add(p, px, xn, py, yn)
            }
        }
        return xn &+ 1
    }
}

/// x - y for storages with x > y.
@inline(__always)
func _subStorages(_ x: _LimbStorage, _ xn: Int, _ y: _LimbStorage, _ yn: Int) -> _Limbs {
    _makeLimbs(xn) { p in
        x.withUnsafeMutablePointerToElements { px in
            y.withUnsafeMutablePointerToElements { py in
                _ = _sub(p, px, xn, py, yn)
            }
        }
        return xn
    }
}

/// Exact product of two Ints (use when `multipliedReportingOverflow` overflows).
public func bigMultiplyFull(_ a: Int, _ b: Int) -> BigInt {
    let (hi, lo) = a.magnitude.multipliedFullWidth(by: b.magnitude)
    let neg = (a < 0) != (b < 0)
    return BigInt(negative: neg, limbs: _Limbs(lo: lo.toUInt64, hi: hi.toUInt64))
}

/// Exact sum of two Ints (use when `addingReportingOverflow` overflows).
public func bigAddFull(_ a: Int, _ b: Int) -> BigInt {
    let (s, o) = a.addingReportingOverflow(b)
    if !o { return BigInt(s) }
    return BigInt(a) + BigInt(b)
}

/// Exact difference of two Ints (use when `subtractingReportingOverflow` overflows).
public func bigSubtractFull(_ a: Int, _ b: Int) -> BigInt {
    let (s, o) = a.subtractingReportingOverflow(b)
    if !o { return BigInt(s) }
    return BigInt(a) - BigInt(b)
}
