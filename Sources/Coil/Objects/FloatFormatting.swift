// FloatFormatting.swift — Python-compatible float repr/str, float() parsing,
// round(float, n), and the digit-generation / layout core used by format specs
// and %-formatting.
//
// The layout code is a port of CPython 3.11's Python/pystrtod.c
// (format_float_short / PyOS_double_to_string).  Digits come from:
//   * mode 0 (shortest round-trip): Swift's `Double.description`, re-laid out;
//   * mode 2 (n significant digits) and mode 3 (n digits after the point):
//     glibc's vsnprintf "%.*e" / "%.*f", which is exactly rounded
//     (round-half-even on the exact binary value), like David Gay's dtoa.
// No Foundation.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// MARK: - Small byte constants

private let _c0: UInt8 = 48      // '0'
private let _c9: UInt8 = 57      // '9'
private let _cDot: UInt8 = 46    // '.'
private let _cMinus: UInt8 = 45  // '-'
private let _cPlus: UInt8 = 43   // '+'
private let _cUnderscore: UInt8 = 95

@inline(__always) private func _isDigit(_ c: UInt8) -> Bool { return c &- _c0 < 10 }

// MARK: - repr(float)

/// Python `repr(float)` / `str(float)`: the shortest digit string that
/// round-trips, laid out like CPython (exponent form when the decimal
/// exponent is < -4 or >= 16; ".0" appended to integral values).
public func pyFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }

    var desc = d.description
    return desc.withUTF8 { src -> String in
        // Worst case output is ~26 bytes ("-1.7976931348623157e+308").
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { tmp -> String in
            guard let base = tmp.baseAddress else { return String(d) }
            // Digits go to base[0..<32], output is built at base[32..<64].
            var nd = 0
            var intDigits = -1
            var i = 0
            let n = src.count
            var negative = false
            if i < n && src[i] == _cMinus { negative = true; i += 1 }
            while i < n {
                let c = src[i]
                if _isDigit(c) {
                    if nd < 32 { base[nd] = c; nd += 1 }
                } else if c == _cDot {
                    intDigits = nd
                } else {
                    break
                }
                i += 1
            }
            if intDigits < 0 { intDigits = nd }
            var exp = 0
            if i < n && (src[i] == 101 || src[i] == 69) {  // 'e' / 'E'
                i += 1
                var eneg = false
                if i < n && (src[i] == _cMinus || src[i] == _cPlus) {
                    eneg = src[i] == _cMinus
                    i += 1
                }
                while i < n && _isDigit(src[i]) {
                    exp = exp &* 10 &+ Int(src[i] &- _c0)
                    i += 1
                }
                if eneg { exp = -exp }
            }
            // Normalise: value = 0.D1D2... * 10^decpt
            var decpt = intDigits + exp
            var start = 0
            while start < nd - 1 && base[start] == _c0 { start += 1; decpt -= 1 }
            var end = nd
            while end > start + 1 && base[end - 1] == _c0 { end -= 1 }
            let digits = UnsafeBufferPointer(start: base + start, count: end - start)
            let out = base + 32
            let len = _layoutRepr(digits, decpt: decpt, negative: negative, out: out)
            return String(decoding: UnsafeBufferPointer(start: out, count: len), as: UTF8.self)
        }
    }
}

/// Writes the repr layout into `out` (needs <= 32 bytes for <= 17 digits); returns length.
@inline(__always)
private func _layoutRepr(_ digits: UnsafeBufferPointer<UInt8>, decpt: Int, negative: Bool,
                         out: UnsafeMutablePointer<UInt8>) -> Int {
    var p = 0
    if negative { out[p] = _cMinus; p += 1 }
    let nd = digits.count
    if decpt <= -4 || decpt > 16 {
        out[p] = digits[0]; p += 1
        if nd > 1 {
            out[p] = _cDot; p += 1
            for k in 1..<nd { out[p] = digits[k]; p += 1 }
        }
        out[p] = 101; p += 1  // 'e'
        var e = decpt - 1
        if e < 0 { out[p] = _cMinus; e = -e } else { out[p] = _cPlus }
        p += 1
        if e >= 100 {
            out[p] = _c0 + UInt8(e / 100); p += 1
            e %= 100
            out[p] = _c0 + UInt8(e / 10); p += 1
            out[p] = _c0 + UInt8(e % 10); p += 1
        } else {
            out[p] = _c0 + UInt8(e / 10); p += 1
            out[p] = _c0 + UInt8(e % 10); p += 1
        }
    } else if decpt <= 0 {
        out[p] = _c0; p += 1
        out[p] = _cDot; p += 1
        var z = decpt
        while z < 0 { out[p] = _c0; p += 1; z += 1 }
        for k in 0..<nd { out[p] = digits[k]; p += 1 }
    } else if decpt >= nd {
        for k in 0..<nd { out[p] = digits[k]; p += 1 }
        var z = nd
        while z < decpt { out[p] = _c0; p += 1; z += 1 }
        out[p] = _cDot; p += 1
        out[p] = _c0; p += 1
    } else {
        for k in 0..<decpt { out[p] = digits[k]; p += 1 }
        out[p] = _cDot; p += 1
        for k in decpt..<nd { out[p] = digits[k]; p += 1 }
    }
    return p
}

// MARK: - Digit generation (dtoa modes 0, 2, 3)

/// Decimal digits of |d| (finite): value = 0.D1D2...Dn * 10^decpt, with
/// trailing zeros stripped. Zero is represented as digits "0", decpt 1.
private struct _DecimalDigits {
    var digits: [UInt8]
    var decpt: Int
}

/// Mode 0: shortest round-tripping digits of |d| (d finite).
private func _shortestDigits(_ d: Double) -> _DecimalDigits {
    let a = Swift.abs(d)
    if a == 0 { return _DecimalDigits(digits: [_c0], decpt: 1) }
    var digits: [UInt8] = []
    digits.reserveCapacity(17)
    var intDigits = -1
    var exp = 0
    var sawE = false
    var eneg = false
    for c in a.description.utf8 {
        if sawE {
            if c == _cMinus { eneg = true } else if _isDigit(c) { exp = exp * 10 + Int(c - _c0) }
        } else if _isDigit(c) {
            digits.append(c)
        } else if c == _cDot {
            intDigits = digits.count
        } else if c == 101 || c == 69 {
            sawE = true
        }
    }
    if intDigits < 0 { intDigits = digits.count }
    if eneg { exp = -exp }
    return _normalizeDigits(digits, decpt: intDigits + exp)
}

@inline(__always)
private func _normalizeDigits(_ raw: [UInt8], decpt: Int) -> _DecimalDigits {
    var start = 0
    var dp = decpt
    while start < raw.count && raw[start] == _c0 { start += 1; dp -= 1 }
    var end = raw.count
    while end > start && raw[end - 1] == _c0 { end -= 1 }
    if start == end { return _DecimalDigits(digits: [_c0], decpt: 1) }
    if start == 0 && end == raw.count { return _DecimalDigits(digits: raw, decpt: dp) }
    return _DecimalDigits(digits: Array(raw[start..<end]), decpt: dp)
}

/// Runs vsnprintf with a "%.*<conv>" format on a double into a byte array.
private func _cFormatDouble(_ conv: UInt8, precision: Int, _ value: Double) -> [UInt8] {
    let prec = Int32(clamping: precision)
    // %f of a double has at most 309 integer digits; %e has a 5-char exponent.
    let capacity = Int(prec) + 340
    var fmt: [CChar] = [37, 46, 42, CChar(bitPattern: conv), 0]  // "%.*X"
    var result = [UInt8](repeating: 0, count: capacity)
    let written: Int32 = result.withUnsafeMutableBufferPointer { buf -> Int32 in
        return fmt.withUnsafeMutableBufferPointer { f -> Int32 in
            guard let fb = f.baseAddress, let bb = buf.baseAddress else { return 0 }
            return withVaList([prec, value]) { va in
                bb.withMemoryRebound(to: CChar.self, capacity: capacity) { cb in
                    vsnprintf(cb, capacity, fb, va)
                }
            }
        }
    }
    let n = Swift.max(0, Swift.min(Int(written), capacity - 1))
    result.removeSubrange(n...)
    return result
}

/// Mode 2: `ndigits` (>= 1) significant digits of |d|, correctly rounded.
private func _significantDigits(_ d: Double, _ ndigits: Int) -> _DecimalDigits {
    let a = Swift.abs(d)
    if a == 0 { return _DecimalDigits(digits: [_c0], decpt: 1) }
    let s = _cFormatDouble(101, precision: Swift.max(ndigits, 1) - 1, a)  // 'e'
    var digits: [UInt8] = []
    digits.reserveCapacity(s.count)
    var i = 0
    while i < s.count {
        let c = s[i]
        if _isDigit(c) { digits.append(c) } else if c == 101 || c == 69 { break }
        i += 1
    }
    var exp = 0
    var eneg = false
    if i < s.count { i += 1 }  // 'e'
    if i < s.count && (s[i] == _cMinus || s[i] == _cPlus) { eneg = s[i] == _cMinus; i += 1 }
    while i < s.count && _isDigit(s[i]) { exp = exp * 10 + Int(s[i] - _c0); i += 1 }
    if eneg { exp = -exp }
    return _normalizeDigits(digits, decpt: exp + 1)
}

private let _pow10u64: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
    1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
    10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
    10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    10_000_000_000_000_000_000,
]

/// Exact fast path for mode 3: returns round-half-even(|a| * 10^ndigits) as an
/// integer when 0 <= ndigits <= 19 and |a| < 2^63 (finite), else nil.
@inline(__always)
private func _scaledRoundedFast(_ a: Double, _ ndigits: Int) -> UInt128? {
    guard ndigits >= 0 && ndigits <= 19 && a.isFinite && a < 9.2e18 else { return nil }
    if a == 0 { return 0 }
    let m: UInt64 = a.significandBitPattern | (a.exponentBitPattern != 0 ? (1 << 52) : 0)
    let e: Int = a.exponentBitPattern != 0 ? Int(a.exponentBitPattern) - 1075 : -1074
    let n = UInt128(m) &* UInt128(_pow10u64[ndigits])  // < 2^117
    if e >= 0 { return n << UInt128(e) }              // m << e < 2^63, so < 2^127
    let s = -e
    if s >= 120 { return 0 }                            // n < 2^117 < half
    let q = n >> UInt128(s)
    let r = n & ((UInt128(1) << UInt128(s)) &- 1)
    let half = UInt128(1) << UInt128(s - 1)
    if r > half || (r == half && (q & 1) == 1) { return q &+ 1 }
    return q
}

/// Appends the decimal digits of `q` (no leading zeros; "0" for zero).
@inline(__always)
private func _appendDecimal(_ q: UInt128, to out: inout [UInt8]) {
    let big: UInt64 = 10_000_000_000_000_000_000
    if q < UInt128(big) {
        _appendDecimal64(UInt64(q), minDigits: 1, to: &out)
    } else {
        let (hi, lo) = q.quotientAndRemainder(dividingBy: UInt128(big))
        _appendDecimal64(UInt64(truncatingIfNeeded: hi), minDigits: 1, to: &out)
        _appendDecimal64(UInt64(truncatingIfNeeded: lo), minDigits: 19, to: &out)
    }
}

@inline(__always)
private func _appendDecimal64(_ v: UInt64, minDigits: Int, to out: inout [UInt8]) {
    var tmp: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes of scratch
    withUnsafeMutableBytes(of: &tmp) { raw in
        var x = v
        var i = 24
        repeat {
            i -= 1
            raw[i] = _c0 + UInt8(truncatingIfNeeded: x % 10)
            x /= 10
        } while x != 0
        while 24 - i < minDigits { i -= 1; raw[i] = _c0 }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[i..<24]))
    }
}

/// Mode 3: |d| rounded to `ndigits` (>= 0) digits after the decimal point.
private func _fixedDigits(_ d: Double, _ ndigits: Int) -> _DecimalDigits {
    let a = Swift.abs(d)
    if a == 0 { return _DecimalDigits(digits: [_c0], decpt: 1) }
    if let q = _scaledRoundedFast(a, ndigits) {
        if q == 0 { return _DecimalDigits(digits: [_c0], decpt: 1) }
        var raw: [UInt8] = []
        raw.reserveCapacity(40)
        _appendDecimal(q, to: &raw)
        return _normalizeDigits(raw, decpt: raw.count - ndigits)
    }
    let s = _cFormatDouble(102, precision: Swift.max(ndigits, 0), a)  // 'f'
    var digits: [UInt8] = []
    digits.reserveCapacity(s.count)
    var intDigits = -1
    for c in s {
        // Any non-digit is the radix character (locale-proof).
        if _isDigit(c) { digits.append(c) } else { intDigits = digits.count }
    }
    if intDigits < 0 { intDigits = digits.count }
    return _normalizeDigits(digits, decpt: intDigits)
}

// MARK: - PyOS_double_to_string port

/// Port of CPython's PyOS_double_to_string/format_float_short.
/// `code` is one of e E f F g G r (r = repr; precision must be 0).
/// Returns ASCII bytes.
func _coilFmtDoubleToString(_ val: Double, code: UInt8, precision: Int,
                       alwaysSign: Bool = false, addDot0: Bool = false,
                       alternate: Bool = false, noNegZero: Bool = false) -> [UInt8] {
    var upper = false
    var fc = code
    var prec = precision
    switch code {
    case 69: upper = true; fc = 101; prec += 1         // 'E'
    case 101: prec += 1                                 // 'e'
    case 70: upper = true; fc = 102                     // 'F'
    case 102: break                                     // 'f'
    case 71: upper = true; fc = 103; if prec == 0 { prec = 1 }  // 'G'
    case 103: if prec == 0 { prec = 1 }                 // 'g'
    default: fc = 114; prec = 0                          // 'r'
    }

    var sign = val.sign == .minus
    if val.isNaN {
        // The sign of a nan is ignored.
        var out: [UInt8] = alwaysSign ? [_cPlus] : []
        out.append(contentsOf: upper ? [78, 65, 78] : [110, 97, 110])
        return out
    }
    if val.isInfinite {
        var out: [UInt8] = sign ? [_cMinus] : (alwaysSign ? [_cPlus] : [])
        out.append(contentsOf: upper ? [73, 78, 70] : [105, 110, 102])
        return out
    }

    let dd: _DecimalDigits
    switch fc {
    case 114: dd = _shortestDigits(val)
    case 102: dd = _fixedDigits(val, prec)
    default: dd = _significantDigits(val, prec)
    }
    var digits = dd.digits
    var decpt = dd.decpt
    // dtoa returns "" for a nonzero value that rounds to zero in mode 3; we
    // return "0". Layout is identical; treat "0" as zero everywhere.
    let isZeroDigits = digits.count == 1 && digits[0] == _c0
    if isZeroDigits && fc == 102 {
        // Make the virtual-digit computation match dtoa's "" / decpt=-prec
        digits = []
        decpt = -prec
    }
    if noNegZero && sign && (digits.isEmpty || isZeroDigits) { sign = false }
    let digitsLen = digits.count

    var vdigitsEnd = digitsLen
    var useExp = false
    var exp = 0
    switch fc {
    case 101:
        useExp = true
        vdigitsEnd = prec
    case 102:
        vdigitsEnd = decpt + prec
    case 103:
        if decpt <= -4 || decpt > (addDot0 ? prec - 1 : prec) { useExp = true }
        if alternate { vdigitsEnd = prec }
    default:
        if decpt <= -4 || decpt > 16 { useExp = true }
    }
    if useExp {
        exp = decpt - 1
        decpt = 1
    }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
    } else {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
    }

    var out: [UInt8] = []
    out.reserveCapacity(3 + (vdigitsEnd - vdigitsStart) + (useExp ? 6 : 0))
    if sign { out.append(_cMinus) } else if alwaysSign { out.append(_cPlus) }

    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        out.append(contentsOf: repeatElement(_c0, count: decpt - vdigitsStart))
        out.append(_cDot)
        out.append(contentsOf: repeatElement(_c0, count: -decpt))
    } else {
        out.append(contentsOf: repeatElement(_c0, count: -vdigitsStart))
    }
    // Digits, with the included decimal point.
    if decpt > 0 && decpt <= digitsLen {
        out.append(contentsOf: digits[0..<decpt])
        out.append(_cDot)
        out.append(contentsOf: digits[decpt..<digitsLen])
    } else {
        out.append(contentsOf: digits)
    }
    // Zeros on the right.
    if digitsLen < decpt {
        out.append(contentsOf: repeatElement(_c0, count: decpt - digitsLen))
        out.append(_cDot)
        out.append(contentsOf: repeatElement(_c0, count: Swift.max(0, vdigitsEnd - decpt)))
    } else {
        out.append(contentsOf: repeatElement(_c0, count: Swift.max(0, vdigitsEnd - digitsLen)))
    }
    // Delete a trailing decimal point unless using alternate formatting.
    if let last = out.last, last == _cDot, !alternate { out.removeLast() }
    if useExp {
        out.append(upper ? 69 : 101)
        var e = exp
        if e < 0 { out.append(_cMinus); e = -e } else { out.append(_cPlus) }
        if e < 10 { out.append(_c0) }
        out.append(contentsOf: String(e).utf8)
    }
    return out
}

// MARK: - Helpers for %-formatting
//
// These never throw: precision is clamped to [0, 2^26]. Callers doing
// %-formatting should first raise ValueError("precision too big") for
// precision > Int32.max, as CPython does.

/// Like C "%.*f" with Python's inf/nan spelling ("inf", "-inf", "nan"; upper: "INF"/"NAN").
public func formatFloatFixed(_ d: Double, precision: Int, upper: Bool = false, alternate: Bool = false) -> String {
    let bytes = _coilFmtDoubleToString(d, code: upper ? 70 : 102, precision: Swift.min(Swift.max(0, precision), _coilFmtMaxWidth), alternate: alternate)
    return String(decoding: bytes, as: UTF8.self)
}

/// Like C "%.*e" (exponent has at least two digits), Python inf/nan spelling.
public func formatFloatExp(_ d: Double, precision: Int, upper: Bool, alternate: Bool = false) -> String {
    let bytes = _coilFmtDoubleToString(d, code: upper ? 69 : 101, precision: Swift.min(Swift.max(0, precision), _coilFmtMaxWidth), alternate: alternate)
    return String(decoding: bytes, as: UTF8.self)
}

/// Like C "%.*g" (precision 0 is treated as 1), Python inf/nan spelling;
/// `alternate` keeps trailing zeros and the decimal point ("%#g").
public func formatFloatGeneral(_ d: Double, precision: Int, upper: Bool, alternate: Bool) -> String {
    let bytes = _coilFmtDoubleToString(d, code: upper ? 71 : 103, precision: Swift.min(Swift.max(0, precision), _coilFmtMaxWidth), alternate: alternate)
    return String(decoding: bytes, as: UTF8.self)
}

// MARK: - float(str)

@inline(__always) private func _isPyAsciiSpace(_ c: UInt8) -> Bool {
    // Py_ISSPACE: \t \n \v \f \r and space
    return c == 32 || (c >= 9 && c <= 13)
}

/// Py_UNICODE_ISSPACE for non-ASCII code points.
@inline(__always) private func _isPyUnicodeSpace(_ v: UInt32) -> Bool {
    switch v {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Decimal digit value of a Unicode scalar (Py_UNICODE_TODECIMAL), or nil.
@inline(__always) func _coilFmtDecimalValue(_ s: Unicode.Scalar) -> Int? {
    if s.value < 128 {
        return s.value >= 48 && s.value <= 57 ? Int(s.value - 48) : nil
    }
    let p = s.properties
    guard p.numericType == .decimal, let v = p.numericValue else { return nil }
    let iv = Int(v)
    return (iv >= 0 && iv <= 9) ? iv : nil
}

private let _exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
]

/// Python `float(str)` parsing. Returns nil when Python would raise
/// "could not convert string to float: ...".
public func parsePyFloat(_ s: String) -> Double? {
    // 1. _PyUnicode_TransformDecimalAndSpaceToASCII
    var bytes: [UInt8] = []
    var isASCII = true
    for b in s.utf8 where b >= 128 { isASCII = false; break }
    if isASCII {
        bytes = Array(s.utf8)
    } else {
        bytes.reserveCapacity(s.utf8.count)
        for sc in s.unicodeScalars {
            let v = sc.value
            if v < 127 {
                bytes.append(UInt8(v))
            } else if _isPyUnicodeSpace(v) {
                bytes.append(32)
            } else if let dv = _coilFmtDecimalValue(sc) {
                bytes.append(_c0 + UInt8(dv))
            } else {
                return nil
            }
        }
    }
    // 2. strip ASCII whitespace
    var lo = 0
    var hi = bytes.count
    while lo < hi && _isPyAsciiSpace(bytes[lo]) { lo += 1 }
    while hi > lo + 1 && _isPyAsciiSpace(bytes[hi - 1]) { hi -= 1 }
    if lo >= hi { return nil }
    // 3. underscores: only between digits
    var clean: [UInt8] = []
    clean.reserveCapacity(hi - lo + 1)
    var prev: UInt8 = 0
    for i in lo..<hi {
        let c = bytes[i]
        if c == _cUnderscore {
            if !_isDigit(prev) { return nil }
        } else {
            if prev == _cUnderscore && !_isDigit(c) { return nil }
            clean.append(c)
        }
        prev = c
    }
    if prev == _cUnderscore { return nil }
    return _parseCleanFloat(clean)
}

private func _lowerASCII(_ c: UInt8) -> UInt8 { return (c >= 65 && c <= 90) ? c + 32 : c }

private func _matchesLower(_ b: [UInt8], from: Int, _ word: StaticString) -> Bool {
    let n = word.utf8CodeUnitCount
    if b.count - from != n { return false }
    let w = word.utf8Start
    for k in 0..<n where _lowerASCII(b[from + k]) != w[k] { return false }
    return true
}

private func _parseCleanFloat(_ b: [UInt8]) -> Double? {
    let n = b.count
    var i = 0
    var negative = false
    if i < n && (b[i] == _cMinus || b[i] == _cPlus) { negative = b[i] == _cMinus; i += 1 }
    if i < n && !_isDigit(b[i]) && b[i] != _cDot {
        if _matchesLower(b, from: i, "inf") || _matchesLower(b, from: i, "infinity") {
            return negative ? -Double.infinity : Double.infinity
        }
        if _matchesLower(b, from: i, "nan") {
            return negative ? -Double.nan : Double.nan
        }
        return nil
    }
    // Mantissa
    var mant: UInt64 = 0
    var sigDigits = 0        // significant digits accumulated into mant
    var droppedNonZero = false
    var fracDigitsInMant = 0 // fraction digits counted in the mantissa scale
    var extraIntDigits = 0   // integer digits beyond what fits in mant
    var nInt = 0
    var nFrac = 0
    while i < n && _isDigit(b[i]) {
        let dv = UInt64(b[i] - _c0)
        if sigDigits < 19 {
            if mant != 0 || dv != 0 { sigDigits += 1 }
            mant = mant * 10 + dv
        } else {
            extraIntDigits += 1
            if dv != 0 { droppedNonZero = true }
        }
        nInt += 1
        i += 1
    }
    if i < n && b[i] == _cDot {
        i += 1
        while i < n && _isDigit(b[i]) {
            let dv = UInt64(b[i] - _c0)
            if sigDigits < 19 {
                if mant != 0 || dv != 0 { sigDigits += 1 }
                mant = mant * 10 + dv
                fracDigitsInMant += 1
            } else if dv != 0 {
                droppedNonZero = true
            }
            nFrac += 1
            i += 1
        }
    }
    if nInt + nFrac == 0 { return nil }
    var exp = 0
    if i < n && (b[i] == 101 || b[i] == 69) {
        var j = i + 1
        var eneg = false
        if j < n && (b[j] == _cMinus || b[j] == _cPlus) { eneg = b[j] == _cMinus; j += 1 }
        let digitsStart = j
        while j < n && _isDigit(b[j]) {
            if exp < 1_000_000_000 { exp = exp * 10 + Int(b[j] - _c0) }
            j += 1
        }
        if j == digitsStart { return nil }
        if eneg { exp = -exp }
        i = j
    }
    if i != n { return nil }

    // Fast path (Clinger): exact mantissa and exact power of ten => one rounding.
    if !droppedNonZero {
        if mant == 0 { return negative ? -0.0 : 0.0 }
        let e10 = exp + extraIntDigits - fracDigitsInMant
        if mant <= (1 << 53) && e10 >= -22 && e10 <= 22 {
            let m = Double(mant)
            let v = e10 >= 0 ? m * _exactPowersOfTen[e10] : m / _exactPowersOfTen[-e10]
            return negative ? -v : v
        }
    }
    // Slow path: the stdlib's correctly rounded, C-locale conversion.
    // The syntax was validated above (so no hex floats etc. reach it).
    return _decimalStringToDouble(b)
}

/// Converts a validated decimal ASCII string to Double (correctly rounded).
private func _decimalStringToDouble(_ b: [UInt8]) -> Double {
    return Double(String(decoding: b, as: UTF8.self)) ?? .nan
}

// MARK: - round(float, ndigits)

/// Python `round(x, ndigits)` for floats: correctly rounded (round-half-even
/// on the exact binary value). If the result overflows, returns ±inf
/// (CPython raises OverflowError "rounded value too large to represent";
/// use `pyRoundDoubleChecked` to get that error).
public func pyRoundDouble(_ x: Double, ndigits: Int) -> Double {
    return _pyRound(x, ndigits)
}

/// Like `pyRoundDouble` but throws OverflowError "rounded value too large to represent" like CPython.
public func pyRoundDoubleChecked(_ x: Double, ndigits: Int) throws -> Double {
    let r = _pyRound(x, ndigits)
    if r.isInfinite && x.isFinite {
        throw FormatError(kind: .overflowError, message: "rounded value too large to represent")
    }
    return r
}


private func _pyRound(_ x: Double, _ ndigits: Int) -> Double {
    if !x.isFinite { return x }
    // NDIGITS_MAX = (53 + 1021) * 0.30103 = 323; NDIGITS_MIN = -(1025 * 0.30103) = -308
    if ndigits > 323 { return x }
    if ndigits < -308 { return 0.0 * x }
    if x == 0 { return x }
    if ndigits >= 0 {
        if let q = _scaledRoundedFast(Swift.abs(x), ndigits), q <= (UInt128(1) << 53) {
            // q and 10^ndigits (<= 1e19 < 1e22) are exact doubles: one correctly rounded division.
            let v = Double(UInt64(truncatingIfNeeded: q)) / _exactPowersOfTen[ndigits]
            return x < 0 ? -v : v
        }
        // "%.nf" digits are exactly rounded (half-even on the exact value), as dtoa mode 3.
        let dd = _fixedDigits(x, ndigits)
        var str: [UInt8] = x < 0 ? [_cMinus] : []
        str.append(contentsOf: dd.digits)
        str.append(101)
        str.append(contentsOf: String(dd.decpt - dd.digits.count).utf8)
        return _decimalStringToDouble(str)
    }
    // Negative ndigits: round to a multiple of 10^k.
    let k = -ndigits
    let a = Swift.abs(x)
    if a < 1 { return 0.0 * x }  // |x| < 1 < 0.5 * 10^k
    // Exact decimal expansion: a >= 1 has at most 52 fractional bits.
    let s = _cFormatDouble(102, precision: 52, a)
    var intPart: [UInt8] = []
    var fracNonZero = false
    var seenDot = false
    for c in s {
        if !_isDigit(c) { seenDot = true; continue }
        if !seenDot { intPart.append(c) } else if c != _c0 { fracNonZero = true }
    }
    let n = intPart.count
    if n < k {
        // a < 10^(k-1)*... : result is 0 or 10^k; a < 10^n <= 10^(k-1) < 0.5*10^k
        return 0.0 * x
    }
    // Keep intPart[0..<n-k], decide rounding from intPart[n-k...] and fraction.
    var kept = Array(intPart[0..<(n - k)])
    let dropped = intPart[(n - k)...]
    var roundUp = false
    if let first = dropped.first {
        if first > 53 { roundUp = true }          // > '5'
        else if first == 53 {
            var restNonZero = fracNonZero
            for c in dropped.dropFirst() where c != _c0 { restNonZero = true; break }
            if restNonZero { roundUp = true } else {
                let lastKept = kept.last ?? _c0
                roundUp = (lastKept - _c0) % 2 == 1
            }
        }
    }
    if roundUp {
        var idx = kept.count - 1
        while idx >= 0 {
            if kept[idx] == _c9 { kept[idx] = _c0; idx -= 1 } else { kept[idx] += 1; break }
        }
        if idx < 0 { kept.insert(49, at: 0) }
    }
    if kept.isEmpty { return 0.0 * x }
    var str: [UInt8] = x < 0 ? [_cMinus] : []
    str.append(contentsOf: kept)
    str.append(101)
    str.append(contentsOf: String(k).utf8)
    return _decimalStringToDouble(str)
}
