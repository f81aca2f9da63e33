// BigInt+String.swift
// Radix conversion (to and from text) and Python's int(str, base) rules.
//
// Non-power-of-two radices work in "chunks": the largest power of the radix
// that fits in a limb (10^19 for decimal). Moderate sizes use repeated
// single-limb division/multiplication by the chunk base; large sizes use
// divide-and-conquer with powers chunkBase^(2^k) (subquadratic with
// Karatsuba multiplication and recursive division).

import Glibc

/// Limb count above which toString switches to divide-and-conquer.
let _toStringDCThreshold = 36
/// Digit count above which parsing switches to divide-and-conquer.
let _parseDCThreshold = 1200

// Static strings: their bytes live in the binary, so no lazy-global
// initialization check (swift_once) is paid per access.
let _digitCharsLower: StaticString = "0123456789abcdefghijklmnopqrstuvwxyz"
let _digitCharsUpper: StaticString = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
/// "00" "01" ... "99"
let _decimalPairs: StaticString = """
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899
"""

/// ASCII byte -> digit value (0...35), 255 for non-digits.
@inline(__always)
func _digitValue(_ c: UInt8) -> UInt8 {
    let d = c &- 48
    if d < 10 { return d }
    let l = (c | 0x20) &- 97
    if l < 26 { return l &+ 10 }
    return 255
}

/// (digits per chunk, radix^digitsPerChunk) for a radix in 2...36.
@inline(__always)
func _chunkInfo(_ radix: Int) -> (Int, UInt64) {
    if radix == 10 { return (19, 10_000_000_000_000_000_000) }
    let r = UInt64(radix)
    var b = r
    var d = 1
    while true {
        let (m, o) = b.multipliedReportingOverflow(by: r)
        if o { break }
        b = m
        d &+= 1
    }
    return (d, b)
}

/// Lazily computed chunkBase^(2^k) table shared by one conversion.
final class _RadixPowers {
    let chunkBase: UInt64
    var powers: [_Limbs]
    init(_ chunkBase: UInt64) {
        self.chunkBase = chunkBase
        powers = [_Limbs(single: chunkBase)]
    }
    func get(_ k: Int) -> _Limbs {
        while powers.count <= k {
            if let last = powers.last { powers.append(_sqrMag(last)) } else { powers.append(_Limbs(single: chunkBase)) }
        }
        return powers[k]
    }
}

// MARK: - toString

/// Writes chunk value v as exactly `w` digits ending before out[end].
@inline(__always)
func _writeChunk(_ out: UnsafeMutablePointer<UInt8>, _ end: Int, _ v: UInt64, _ w: Int,
                 _ radix: Int, _ chars: UnsafePointer<UInt8>) {
    var v = v
    var pos = end
    let stop = end &- w
    if radix == 10 {
        do {
            let pairs = _decimalPairs.utf8Start
            while pos &- 2 >= stop {
                let q = v / 100
                let d = Int(truncatingIfNeeded: v &- q &* 100)
                out[pos &- 2] = pairs[2 &* d]
                out[pos &- 1] = pairs[2 &* d &+ 1]
                v = q
                pos &-= 2
            }
            if pos > stop {
                let q = v / 10
                out[pos &- 1] = UInt8(truncatingIfNeeded: 48 &+ (v &- q &* 10))
                v = q
                pos &-= 1
            }
        }
        return
    }
    let r = UInt64(radix)
    while pos > stop {
        let q = v / r
        out[pos &- 1] = chars[Int(truncatingIfNeeded: v &- q &* r)]
        v = q
        pos &-= 1
    }
}

/// Number of digits of chunk value v (v > 0).
@inline(__always)
func _chunkDigits(_ v: UInt64, _ radix: Int) -> Int {
    if radix == 10 {
        var n = 1
        var p: UInt64 = 10
        while n < 19 && v >= p { p &*= 10; n &+= 1 }
        return v >= p && n == 19 ? 20 : n
    }
    var n = 0
    var v = v
    let r = UInt64(radix)
    while v != 0 { v /= r; n &+= 1 }
    return n
}

struct _RadixWriter {
    let radix: Int
    let dpc: Int
    let chunkBase: UInt64
    /// Only created for inputs large enough for divide-and-conquer.
    let powers: _RadixPowers?
    let out: UnsafeMutablePointer<UInt8>
    let chars: UnsafePointer<UInt8>

    /// Small x: repeated division by chunkBase. Writes exactly `width`
    /// digits when width >= 0 (zero padded), else the minimal digits.
    /// Returns the start index.
    func leaf(_ x: _Limbs, _ end: Int, _ width: Int) -> Int {
        var pos = end
        var n = x.count
        if n > 0 {
            let s = chunkBase.leadingZeroBitCount
            let dn = chunkBase &<< UInt64(s)
            let v = _reciprocal(dn)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { buf in
                guard let t = buf.baseAddress else { return }
                _withLimbs(x) { px in _copy(t, px, n) }
                while n > 0 {
                    let rem = _divRem1Pre(t, t, n, dn, s, v)
                    n = _normLen(t, n)
                    if n == 0 && width < 0 {
                        let d = _chunkDigits(rem, radix)
                        _writeChunk(out, pos, rem, d, radix, chars)
                        pos &-= d
                    } else {
                        _writeChunk(out, pos, rem, dpc, radix, chars)
                        pos &-= dpc
                    }
                }
            }
        }
        if width >= 0 {
            let start = end &- width
            while pos > start { pos &-= 1; out[pos] = 48 }
        }
        return pos
    }

    /// Writes exactly dpc * 2^k digits; requires x < chunkBase^(2^k).
    func padded(_ x: _Limbs, _ end: Int, _ k: Int) {
        let width = dpc << k
        guard k > 0, x.count >= _toStringDCThreshold, let powers = powers else {
            _ = leaf(x, end, width)
            return
        }
        let p = powers.get(k &- 1)
        let (q, r) = _divModMag(x, p)
        padded(r, end, k &- 1)
        padded(q, end &- (dpc << (k &- 1)), k &- 1)
    }

    /// Writes the digits of x (> 0) without leading zeros; returns the start index.
    func unpadded(_ x: _Limbs, _ end: Int) -> Int {
        guard x.count >= _toStringDCThreshold, let powers = powers else { return leaf(x, end, -1) }
        var k = 0
        while powers.get(k &+ 1).count <= (x.count &+ 1) / 2 { k &+= 1 }
        let (q, r) = _divModMag(x, powers.get(k))
        if q.isEmpty { return unpadded(r, end) }
        padded(r, end, k)
        return unpadded(q, end &- (dpc << k))
    }
}

extension BigInt {
    /// Digits in the given radix (2...36, clamped), with a leading "-" for
    /// negatives; no prefix.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        let radix = min(max(radix, 2), 36)
        if mag.isEmpty { return "0" }
        let chars = uppercase ? _digitCharsUpper.utf8Start : _digitCharsLower.utf8Start
        if mag.count == 1 && radix == 10 {
            return _smallDecimal(mag[0], negative)
        }
        let bits = bitLength()
        if radix & (radix &- 1) == 0 {
            let b = radix.trailingZeroBitCount
            let nd = (bits &+ b &- 1) / b
            let total = nd &+ (negative ? 1 : 0)
            return String(unsafeUninitializedCapacity: total) { sbuf in
                guard let out = sbuf.baseAddress else { return 0 }
                if negative { out[0] = 45 }
                let mask = UInt64(radix &- 1)
                do {
                    _withLimbs(mag) { p in
                        var i = 0
                        while i < nd {
                            let bitPos = i &* b
                            let li = bitPos >> 6, off = bitPos & 63
                            var v = p[li] >> UInt64(off)
                            if off &+ b > 64 && li &+ 1 < mag.count { v |= p[li &+ 1] << UInt64(64 &- off) }
                            out[total &- 1 &- i] = chars[Int(truncatingIfNeeded: v & mask)]
                            i &+= 1
                        }
                    }
                }
                return total
            }
        }
        let (dpc, chunkBase) = _chunkInfo(radix)
        // upper bound on the digit count
        let cap = Int(Double(bits) / log2(Double(radix))) &+ 2
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: cap &+ 1) { obuf -> String in
            guard let out = obuf.baseAddress else { return "" }
            var start = 0
            do {
                let w = _RadixWriter(radix: radix, dpc: dpc, chunkBase: chunkBase,
                                     powers: mag.count >= _toStringDCThreshold ? _RadixPowers(chunkBase) : nil,
                                     out: out, chars: chars)
                start = w.unpadded(mag, cap &+ 1)
            }
            if negative { start &-= 1; out[start] = 45 }
            return String(decoding: UnsafeBufferPointer(start: out + start, count: cap &+ 1 &- start), as: UTF8.self)
        }
    }

    @inline(__always)
    func _smallDecimal(_ v: UInt64, _ neg: Bool) -> String {
        let d = _chunkDigits(v, 10)
        let total = d &+ (neg ? 1 : 0)
        return String(unsafeUninitializedCapacity: total) { sbuf in
            guard let out = sbuf.baseAddress else { return 0 }
            if neg { out[0] = 45 }
            // 2^64 has 20 digits; write the top digit separately if needed
            if d == 20 {
                let hi = v / 10_000_000_000_000_000_000
                out[total &- 20] = UInt8(truncatingIfNeeded: 48 &+ hi)
                _writeChunk(out, total, v &- hi &* 10_000_000_000_000_000_000, 19, 10, out)
            } else {
                _writeChunk(out, total, v, d, 10, out)
            }
            return total
        }
    }
}

// MARK: - Parsing

/// Magnitude from validated ASCII digit characters (each a digit of
/// `radix`), most significant first.
func _parseDigitValues(_ d: UnsafeBufferPointer<UInt8>, _ radix: Int) -> _Limbs {
    let n = d.count
    guard n > 0, let base = d.baseAddress else { return [] }
    if radix & (radix &- 1) == 0 {
        let b = radix.trailingZeroBitCount
        let totalBits = n &* b
        let nl = (totalBits &+ 63) / 64
        return _makeLimbs(nl) { p in
            _zero(p, nl)
            var bitPos = 0
            var i = n &- 1
            while i >= 0 {
                let v = UInt64(_digitValue(base[i]))
                let li = bitPos >> 6, off = bitPos & 63
                p[li] |= v << UInt64(off)
                if off &+ b > 64 { p[li &+ 1] |= v >> UInt64(64 &- off) }
                bitPos &+= b
                i &-= 1
            }
            return nl
        }
    }
    let (dpc, chunkBase) = _chunkInfo(radix)
    if n <= _parseDCThreshold {
        return _parseChunked(base, n, radix, dpc, chunkBase)
    }
    let powers = _RadixPowers(chunkBase)
    return _parseDC(base, n, radix, dpc, chunkBase, powers)
}

func _parseChunked(_ d: UnsafePointer<UInt8>, _ n: Int, _ radix: Int, _ dpc: Int, _ chunkBase: UInt64) -> _Limbs {
    let cap = n / dpc &+ 2
    let r = UInt64(radix)
    return _makeLimbs(cap) { p in
        var len = 0
        var i = 0
        var first = n % dpc
        if first == 0 { first = dpc }
        var v: UInt64 = 0
        while i < first { v = v &* r &+ UInt64(_digitValue(d[i])); i &+= 1 }
        if v != 0 { p[0] = v; len = 1 }
        while i < n {
            var c: UInt64 = 0
            let stop = i &+ dpc
            if radix == 10 {
                // 19 digits = 8 + 8 + 3, the 8-digit groups converted with SWAR
                let raw = UnsafeRawPointer(d + i)
                let g1 = _parse8Digits(raw.loadUnaligned(as: UInt64.self))
                let g2 = _parse8Digits(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                c = g1 &* 100_000_000_000 &+ g2 &* 1000
                    &+ UInt64(d[i &+ 16] &- 48) &* 100 &+ UInt64(d[i &+ 17] &- 48) &* 10 &+ UInt64(d[i &+ 18] &- 48)
                i = stop
            } else {
                while i < stop { c = c &* r &+ UInt64(_digitValue(d[i])); i &+= 1 }
            }
            let carry = _mul1(p, p, len, chunkBase, c)
            if carry != 0 { p[len] = carry; len &+= 1 }
        }
        return len
    }
}

/// Value of 8 ASCII decimal digits loaded little-endian (first digit in the
/// low byte). Requires all 8 bytes to be '0'...'9'.
@inline(__always)
func _parse8Digits(_ w: UInt64) -> UInt64 {
    var v = w &- 0x3030_3030_3030_3030
    v = (v &* 10) &+ (v >> 8)
    let mask: UInt64 = 0x0000_00FF_0000_00FF
    let mul1: UInt64 = 100 &+ (1_000_000 << 32)
    let mul2: UInt64 = 1 &+ (10_000 << 32)
    return ((v & mask) &* mul1 &+ ((v >> 16) & mask) &* mul2) >> 32
}

/// True when all n bytes at p are ASCII '0'...'9' (8 bytes at a time).
@inline(__always)
func _allDecimalDigits(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    let raw = UnsafeRawPointer(p)
    while i &+ 8 <= n {
        let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
        // every byte in 0x30...0x3F, and adding 6 (no inter-byte carry then)
        // keeps the high nibble 3, i.e. every byte is in 0x30...0x39
        if (w & 0xF0F0_F0F0_F0F0_F0F0) != 0x3030_3030_3030_3030 { return false }
        if ((w &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) != 0x3030_3030_3030_3030 { return false }
        i &+= 8
    }
    while i < n {
        if p[i] &- 48 > 9 { return false }
        i &+= 1
    }
    return true
}

func _parseDC(_ d: UnsafePointer<UInt8>, _ n: Int, _ radix: Int, _ dpc: Int, _ chunkBase: UInt64,
              _ powers: _RadixPowers) -> _Limbs {
    if n <= _parseDCThreshold { return _parseChunked(d, n, radix, dpc, chunkBase) }
    // low part: dpc * 2^k digits, the largest such below n
    var k = 0
    while (dpc << (k &+ 1)) < n { k &+= 1 }
    let lowLen = dpc << k
    let hi = _parseDC(d, n &- lowLen, radix, dpc, chunkBase, powers)
    let lo = _parseDC(d + (n &- lowLen), lowLen, radix, dpc, chunkBase, powers)
    let prod = _mulMag(hi, powers.get(k))
    return BigInt._addMagnitudes(prod, lo, negative: false).mag
}

extension BigInt {
    /// Parses an optional sign followed by one or more digits of `radix`
    /// (2...36). No whitespace, underscores or prefixes. nil when invalid.
    public init?(_ text: String, radix: Int = 10) {
        guard let v = (text.utf8.withContiguousStorageIfAvailable { BigInt._parsePlain($0, radix) })
                ?? BigInt._parsePlain(Array(text.utf8), radix) else { return nil }
        self = v
    }

    public init?(_ text: Substring, radix: Int = 10) {
        guard let v = (text.utf8.withContiguousStorageIfAvailable { BigInt._parsePlain($0, radix) })
                ?? BigInt._parsePlain(Array(text.utf8), radix) else { return nil }
        self = v
    }

    static func _parsePlain(_ s: [UInt8], _ radix: Int) -> BigInt? {
        s.withUnsafeBufferPointer { _parsePlain($0, radix) }
    }

    static func _parsePlain(_ s: UnsafeBufferPointer<UInt8>, _ radix: Int) -> BigInt? {
        if radix < 2 || radix > 36 { return nil }
        var i = 0
        let n = s.count
        var neg = false
        if i < n && (s[i] == 43 || s[i] == 45) { neg = s[i] == 45; i &+= 1 }
        if i >= n { return nil }
        var valid = true
        if radix == 10, let sp = s.baseAddress {
            valid = _allDecimalDigits(sp + i, n &- i)
        } else {
            var j = i
            while j < n {
                if Int(_digitValue(s[j])) >= radix { valid = false; break }
                j &+= 1
            }
        }
        if !valid { return nil }
        let mag: _Limbs? = _parseDigitValues(UnsafeBufferPointer(rebasing: s[i..<n]), radix)
        guard let m = mag else { return nil }
        return BigInt(rawNegative: neg && !m.isEmpty, limbs: m)
    }
}

// MARK: - Python int(str, base)

/// Result of `parsePythonIntLiteral`.
public enum PythonIntParse: Equatable, Sendable {
    case int(Int)
    case big(BigInt)
    /// The caller raises ValueError("invalid literal for int() with base N: 'text'")
    /// (or, for a bad base, "int() base must be >= 2 and <= 36, or 0").
    case invalid
}

/// Python's int(s, base): surrounding whitespace (Python str.isspace set),
/// optional sign, optional 0x/0o/0b prefix (base 0 infers it; base 16/8/2
/// accept the matching one), single underscores between digits (and one
/// right after a prefix), base 0 rejects nonzero numbers with leading
/// zeros. Unicode decimal digits (category Nd) are accepted in any base.
/// Returns `.invalid` for base not in {0, 2...36}. Python 3.11's
/// 4300-digit str->int limit is not enforced here.
public func parsePythonIntLiteral(_ s: String, base: Int) -> PythonIntParse {
    if base != 0 && (base < 2 || base > 36) { return .invalid }
    // Any non-ASCII byte makes the ASCII parser fail, so only failures need
    // the (rare) Unicode check.
    if let r = s.utf8.withContiguousStorageIfAvailable({ buf -> PythonIntParse? in
        let r = _parsePythonAscii(buf, base)
        if case .invalid = r {
            for c in buf where c >= 0x80 { return nil }
        }
        return r
    }), let rr = r {
        return rr
    }
    // Slow path: transform like CPython's _PyUnicode_TransformDecimalAndSpaceToASCII.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        let v = u.value
        if v < 127 {
            bytes.append(UInt8(v))
        } else if _isPythonSpace(u) {
            bytes.append(32)
        } else if u.properties.numericType == .decimal, let nv = u.properties.numericValue,
                  nv >= 0, nv <= 9 {
            bytes.append(48 &+ UInt8(Int(nv)))
        } else {
            return .invalid
        }
    }
    return bytes.withUnsafeBufferPointer { _parsePythonAscii($0, base) }
}

/// str.isspace() for a non-ASCII scalar.
@inline(__always)
func _isPythonSpace(_ u: Unicode.Scalar) -> Bool {
    u.properties.isWhitespace
}

@inline(__always)
func _isAsciiSpace(_ c: UInt8) -> Bool {
    c == 32 || (c >= 9 && c <= 13)
}

func _parsePythonAscii(_ s: UnsafeBufferPointer<UInt8>, _ baseIn: Int) -> PythonIntParse {
    var i = 0
    var end = s.count
    while i < end && _isAsciiSpace(s[i]) { i &+= 1 }
    while end > i && _isAsciiSpace(s[end &- 1]) { end &-= 1 }
    if i >= end { return .invalid }
    var neg = false
    if s[i] == 43 || s[i] == 45 { neg = s[i] == 45; i &+= 1 }
    if i >= end { return .invalid }
    var base = baseIn
    var errorIfNonzero = false
    let c1: UInt8 = i &+ 1 < end ? (s[i &+ 1] | 0x20) : 0   // lowercase
    if base == 0 {
        if s[i] != 48 { base = 10 }
        else if c1 == 120 { base = 16 }       // x
        else if c1 == 111 { base = 8 }        // o
        else if c1 == 98 { base = 2 }         // b
        else { errorIfNonzero = true; base = 10 }
    }
    if s[i] == 48 && ((base == 16 && c1 == 120) || (base == 8 && c1 == 111) || (base == 2 && c1 == 98)) {
        i &+= 2
        if i < end && s[i] == 95 { i &+= 1 }
    }
    if i >= end || s[i] == 95 { return .invalid }
    let maxDigits = end &- i
    if base == 10 && maxDigits > 18, let sp = s.baseAddress, _allDecimalDigits(sp + i, maxDigits) {
        // common case: plain decimal digits, too long for the Int fast path
        let mag = _parseDigitValues(UnsafeBufferPointer(start: sp + i, count: maxDigits), 10)
        if errorIfNonzero && !mag.isEmpty { return .invalid }
        let v = BigInt(rawNegative: neg && !mag.isEmpty, limbs: mag)
        if let iv = v.asInt { return .int(iv) }
        return .big(v)
    }
    // Collect digit values, validating underscores.
    // Fast path: accumulate into a UInt64 while it cannot overflow.
    var small: UInt64 = 0
    var smallOK = true
    var ndig = 0
    var prevUnderscore = false
    var sawUnderscore = false
    let b = UInt64(base)
    let limit = UInt64.max / 36 &- 36
    var j = i
    while j < end {
        let c = s[j]
        if c == 95 {
            if prevUnderscore { return .invalid }
            prevUnderscore = true
            sawUnderscore = true
        } else {
            let v = _digitValue(c)
            if Int(v) >= base { return .invalid }
            prevUnderscore = false
            ndig &+= 1
            if smallOK {
                if small > limit { smallOK = false } else { small = small &* b &+ UInt64(v) }
            }
        }
        j &+= 1
    }
    if prevUnderscore || ndig == 0 { return .invalid }
    if smallOK {
        if errorIfNonzero && small != 0 { return .invalid }
        if neg {
            if small <= UInt64(1) << 63 { return .int(Int(truncatingIfNeeded: 0 &- small)) }
            return .big(BigInt(rawNegative: true, limbs: _Limbs(single: small)))
        }
        if small <= UInt64(Int.max) { return .int(Int(small)) }
        return .big(BigInt(rawNegative: false, limbs: _Limbs(single: small)))
    }
    let mag: _Limbs
    if !sawUnderscore {
        mag = _parseDigitValues(UnsafeBufferPointer(rebasing: s[i..<end]), base)
    } else {
        mag = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxDigits) { buf in
            guard let dp = buf.baseAddress else { return _Limbs() }
            var k = 0
            var j = i
            while j < end {
                let c = s[j]
                if c != 95 { dp[k] = c; k &+= 1 }
                j &+= 1
            }
            return _parseDigitValues(UnsafeBufferPointer(start: dp, count: k), base)
        }
    }
    if errorIfNonzero && !mag.isEmpty { return .invalid }
    let v = BigInt(rawNegative: neg && !mag.isEmpty, limbs: mag)
    if let iv = v.asInt { return .int(iv) }
    return .big(v)
}
