// BigInt.swift
// Arbitrary-precision integers for Coil (the "big" side of Python's int).
//
// Representation: sign-magnitude. `mag` is the little-endian magnitude in
// 64-bit limbs, always normalized (no high zero limbs); zero has no limbs
// and is never negative. Limbs live in an immutable ManagedBuffer subclass
// (BigInt+Storage.swift) because Swift Array allocation is ~2x slower.
//
// Semantics follow Python: floor division/modulo, floor right shifts,
// two's-complement bitwise operations on infinite-precision values, CPython's
// hash. No Foundation. No traps on user values: invalid inputs (zero
// divisors, negative lengths...) yield nil or documented fallbacks; the
// caller raises the Python exception. The only unguarded failure mode is
// memory exhaustion for absurdly large results (e.g. `1 << (1 << 60)`);
// callers should bound those with `power(_:maxBits:)` /
// `shiftedLeft(_:maxBits:)`.
//
// File map: BigInt+Storage (limb storage), BigInt+Kernels (limb loops,
// Knuth D), BigInt+Multiply
// (Karatsuba, power), BigInt+Arithmetic (+ - * compare), BigInt+Division
// (divmod, modPow, truedivide), BigInt+Bitwise (shifts, & | ^ ~),
// BigInt+String (radix conversion, Python int() parsing),
// BigInt+Conversion (Double, bytes, hash, gcd, isqrt).

public struct BigInt: Sendable {
    /// True only for values < 0.
    public internal(set) var negative: Bool
    /// Magnitude storage (see BigInt+Storage.swift).
    var mag: _Limbs

    /// Little-endian magnitude as 64-bit limbs, normalized (no high zero
    /// limbs; empty for 0). This is a copy; prefer the operators.
    public var limbs: [UInt64] { mag.array }

    /// Internal: trusts that `limbs` is normalized and `negative` is false for zero.
    @inline(__always)
    init(rawNegative: Bool, limbs: _Limbs) {
        self.negative = rawNegative
        self.mag = limbs
    }

    /// Zero.
    public init() {
        negative = false
        mag = _Limbs()
    }

    /// Builds a value from a sign and a (possibly unnormalized) little-endian magnitude.
    public init(negative: Bool, limbs: [UInt64]) {
        let l = _Limbs(limbs)
        self.negative = negative && !l.isEmpty
        self.mag = l
    }

    @inline(__always)
    init(negative: Bool, limbs: _Limbs) {
        self.negative = negative && !limbs.isEmpty
        self.mag = limbs
    }

    public init(_ v: Int) {
        if v == 0 {
            negative = false
            mag = _Limbs()
        } else {
            negative = v < 0
            let m = v.magnitude.toUInt64
            mag = _makeLimbs(1) { p in p[0] = m; return 1 }
        }
    }

    public init(_ v: UInt64) {
        negative = false
        mag = _makeLimbs(1) { p in p[0] = v; return 1 }
    }

    public init(_ v: UInt) {
        self.init(UInt64(v))
    }

    public static var zero: BigInt { BigInt() }
    public static var one: BigInt { BigInt(1) }

    /// The value as an Int if it fits.
    public var asInt: Int? {
        switch mag.count {
        case 0: return 0
        case 1:
            let m = mag[0]
            if negative {
                if m <= UInt64(1) << 63 { return Int(truncatingIfNeeded: 0 &- m) }
                return nil
            }
            return m <= UInt64(Int.max) ? Int(truncatingIfNeeded: m) : nil
        default: return nil
        }
    }

    /// The low 64 bits of the two's-complement representation (like C's
    /// truncating conversion); useful for masking fast paths.
    public var truncatedToInt: Int {
        guard let l = mag.first else { return 0 }
        let v = Int(truncatingIfNeeded: l)
        return negative ? 0 &- v : v
    }

    public var isZero: Bool { mag.isEmpty }
    public var isNegative: Bool { negative }
    public var signum: Int { mag.isEmpty ? 0 : (negative ? -1 : 1) }
    /// |self|
    public var magnitude: BigInt { BigInt(rawNegative: false, limbs: mag) }
    public var isOdd: Bool { (mag.first ?? 0) & 1 == 1 }

    /// Python's int.bit_length() (of |self|).
    public func bitLength() -> Int {
        guard let top = mag.last else { return 0 }
        return mag.count &* 64 &- top.leadingZeroBitCount
    }

    /// Population count of |self| (Python's int.bit_count()).
    public func bitCount() -> Int {
        var c = 0
        for l in mag { c &+= l.nonzeroBitCount }
        return c
    }

    /// Number of trailing zero bits of |self|; 0 for zero.
    public func trailingZeroBits() -> Int {
        var i = 0
        while i < mag.count {
            if mag[i] != 0 { return i &* 64 &+ mag[i].trailingZeroBitCount }
            i &+= 1
        }
        return 0
    }
}

extension UInt {
    @inline(__always) var toUInt64: UInt64 { UInt64(truncatingIfNeeded: self) }
}

// MARK: - Equality, hashing, ordering

extension BigInt: Hashable, Comparable {
    public static func == (a: BigInt, b: BigInt) -> Bool {
        a.negative == b.negative && a.mag == b.mag
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(negative)
        hasher.combine(mag)
    }

    /// Three-way comparison: -1, 0, 1.
    public func compare(_ other: BigInt) -> Int {
        if negative != other.negative { return negative ? -1 : 1 }
        let c = _compareMag(mag, other.mag)
        return negative ? -c : c
    }

    public static func < (a: BigInt, b: BigInt) -> Bool { a.compare(b) < 0 }
    public static func <= (a: BigInt, b: BigInt) -> Bool { a.compare(b) <= 0 }
    public static func > (a: BigInt, b: BigInt) -> Bool { a.compare(b) > 0 }
    public static func >= (a: BigInt, b: BigInt) -> Bool { a.compare(b) >= 0 }

    /// Compares with a machine integer without allocating.
    public func compare(_ v: Int) -> Int {
        let vneg = v < 0
        if mag.isEmpty { return v == 0 ? 0 : (vneg ? 1 : -1) }
        if negative != vneg { return negative ? -1 : 1 }
        if v == 0 { return 1 }  // self nonzero, nonnegative
        let m = v.magnitude.toUInt64
        let c: Int
        if mag.count > 1 { c = 1 } else { c = mag[0] == m ? 0 : (mag[0] < m ? -1 : 1) }
        return negative ? -c : c
    }
}

@inline(__always)
func _compareMag(_ a: _Limbs, _ b: _Limbs) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    return _withLimbs(a) { pa in _withLimbs(b) { pb in _cmp(pa, a.count, pb, b.count) } }
}

extension BigInt: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { toString(radix: 10) }
    public var debugDescription: String { toString(radix: 10) }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }
}
