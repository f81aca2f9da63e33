// FormatSpec.swift — the format-spec mini-language (format(), str.format,
// f-strings) for int, float and str, matching CPython 3.11's
// Python/formatter_unicode.c byte for byte.
// No Foundation.

/// An error raised by formatting; `message` is the exact CPython text.
public struct FormatError: Error, CustomStringConvertible {
    public enum Kind { case valueError, overflowError, typeError }
    public var kind: Kind
    public var message: String
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }
    public var description: String {
        switch kind {
        case .valueError: return "ValueError: \(message)"
        case .overflowError: return "OverflowError: \(message)"
        case .typeError: return "TypeError: \(message)"
        }
    }
}

@inline(__always) private func _valueError(_ m: String) -> FormatError {
    return FormatError(kind: .valueError, message: m)
}

/// Widths/precisions above this are rejected (CPython would try to allocate
/// the memory); keeps absurd specs from exhausting memory.
let _coilFmtMaxWidth = 1 << 26

/// A parsed format specification:
/// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
public struct FormatSpec {
    public var fill: Character?
    public var align: Character?      // '<' '>' '^' '='
    public var sign: Character?       // '+' '-' ' '
    public var noNegZero: Bool        // 'z' (3.11)
    public var alternate: Bool        // '#'
    public var zeroPad: Bool          // '0' before the width (only when no explicit fill)
    public var width: Int?
    public var grouping: Character?   // ',' or '_'
    public var precision: Int?
    public var type: Character?
    /// Set when the spec has extra trailing characters. CPython's message
    /// ("Invalid format specifier '<spec>' for object of type '<type>'")
    /// needs the type name, so the error is thrown by the format* functions
    /// (or `validate(typeName:)`), not by the initializer.
    public var invalidSpec: String?

    /// An empty spec (equivalent to parsing "").
    public init() {
        fill = nil; align = nil; sign = nil; noNegZero = false; alternate = false
        zeroPad = false; width = nil; grouping = nil; precision = nil; type = nil
        invalidSpec = nil
    }

    /// Parses a format spec. Throws ValueError for "Format specifier missing
    /// precision", "Too many decimal digits in format string",
    /// "Cannot specify both ',' and '_'." and "Cannot specify ',' with 'x'."
    /// (for an explicit type). Trailing garbage is recorded in `invalidSpec`.
    public init(parsing spec: String) throws {
        self.init()
        if spec.isEmpty { return }
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0

        @inline(__always) func isAlign(_ c: Unicode.Scalar) -> Bool {
            return c == "<" || c == ">" || c == "=" || c == "^"
        }
        if end - pos >= 2 && isAlign(s[pos + 1]) {
            align = Character(s[pos + 1])
            fill = Character(s[pos])
            pos += 2
        } else if end - pos >= 1 && isAlign(s[pos]) {
            align = Character(s[pos])
            pos += 1
        }
        if end - pos >= 1 && (s[pos] == "+" || s[pos] == "-" || s[pos] == " ") {
            sign = Character(s[pos])
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "z" {
            noNegZero = true
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "#" {
            alternate = true
            pos += 1
        }
        if fill == nil && end - pos >= 1 && s[pos] == "0" {
            zeroPad = true
            pos += 1
        }
        func getInteger() throws -> Int? {
            var acc = 0
            var count = 0
            while pos < end, let dv = _coilFmtDecimalValue(s[pos]) {
                if acc > (Int.max - dv) / 10 {
                    throw _valueError("Too many decimal digits in format string")
                }
                acc = acc * 10 + dv
                pos += 1
                count += 1
            }
            return count == 0 ? nil : acc
        }
        width = try getInteger()
        if end - pos >= 1 && s[pos] == "," {
            grouping = ","
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "_" {
            if grouping != nil { throw _valueError("Cannot specify both ',' and '_'.") }
            grouping = "_"
            pos += 1
        }
        if end - pos >= 1 && s[pos] == "," {
            if grouping == "_" { throw _valueError("Cannot specify both ',' and '_'.") }
        }
        if end - pos >= 1 && s[pos] == "." {
            pos += 1
            guard let p = try getInteger() else {
                throw _valueError("Format specifier missing precision")
            }
            precision = p
        }
        if end - pos > 1 {
            invalidSpec = spec
            return
        }
        if end - pos == 1 {
            type = Character(s[pos])
            pos += 1
        }
        if let t = type {
            try _checkGrouping(grouping, t.unicodeScalars.first ?? " ")
        }
    }

    /// Throws the deferred "Invalid format specifier" error, if any.
    public func validate(typeName: String) throws {
        if let bad = invalidSpec {
            throw _valueError("Invalid format specifier '\(bad)' for object of type '\(typeName)'")
        }
    }

    /// Negative width/precision (only possible when set by hand) mean "not given".
    var _normalized: FormatSpec {
        var s = self
        if let w = s.width, w < 0 { s.width = nil }
        if let p = s.precision, p < 0 { s.precision = nil }
        return s
    }

    var _typeScalar: Unicode.Scalar? { return type?.unicodeScalars.first }
    var _alignScalar: Unicode.Scalar? { return align?.unicodeScalars.first }
    var _signScalar: Unicode.Scalar? { return sign?.unicodeScalars.first }
    var _fillBytes: [UInt8] {
        if let f = fill { return Array(String(f).utf8) }
        return zeroPad ? [48] : [32]
    }
    var _fillIsZero: Bool {
        if let f = fill { return f == "0" }
        return zeroPad
    }
    func _numericAlign() -> Unicode.Scalar {
        if let a = _alignScalar { return a }
        return zeroPad ? "=" : ">"
    }
}

private func _codeDescription(_ t: Unicode.Scalar) -> String {
    if t.value > 32 && t.value < 128 { return String(Character(t)) }
    return "\\x" + String(t.value, radix: 16)
}

private func _checkGrouping(_ grouping: Character?, _ t: Unicode.Scalar) throws {
    guard let g = grouping else { return }
    switch t {
    case "d", "e", "f", "g", "E", "G", "%", "F":
        return
    case "b", "o", "x", "X":
        if g == "_" { return }
    default:
        break
    }
    throw _valueError("Cannot specify '\(g)' with '\(_codeDescription(t))'.")
}

private func _unknownCode(_ t: Unicode.Scalar, _ typeName: String) -> FormatError {
    return _valueError("Unknown format code '\(_codeDescription(t))' for object of type '\(typeName)'")
}

private func _checkSizes(_ spec: FormatSpec) throws {
    if let w = spec.width, w > _coilFmtMaxWidth {
        throw _valueError("Too many decimal digits in format string")
    }
}

// MARK: - Strings

/// format(str, spec).
public func formatString(_ s: String, _ spec: FormatSpec, typeName: String = "str") throws -> String {
    let spec = spec._normalized
    try spec.validate(typeName: typeName)
    let t = spec._typeScalar ?? "s"
    try _checkGrouping(spec.grouping, t)
    if t != "s" { throw _unknownCode(t, typeName) }
    if let sg = spec._signScalar {
        if sg == " " { throw _valueError("Space not allowed in string format specifier") }
        throw _valueError("Sign not allowed in string format specifier")
    }
    if spec.noNegZero {
        throw _valueError("Negative zero coercion (z) not allowed in string format specifier")
    }
    if spec.alternate {
        throw _valueError("Alternate form (#) not allowed in string format specifier")
    }
    let align = spec._alignScalar ?? "<"
    if align == "=" {
        throw _valueError("'=' alignment not allowed in string format specifier")
    }
    if spec.width == nil && spec.precision == nil { return s }
    try _checkSizes(spec)

    let scalars = s.unicodeScalars
    var body = Substring.UnicodeScalarView(scalars)
    var len: Int
    if let p = spec.precision {
        if let idx = scalars.index(scalars.startIndex, offsetBy: p, limitedBy: scalars.endIndex) {
            body = Substring.UnicodeScalarView(scalars[scalars.startIndex..<idx])
            len = p
        } else {
            len = scalars.count
        }
    } else {
        len = scalars.count
    }
    let width = spec.width ?? -1
    if width <= len {
        if spec.precision == nil { return s }
        return String(Substring(body))
    }
    let total = width
    let lpad: Int
    switch align {
    case ">": lpad = total - len
    case "^": lpad = (total - len) / 2
    default: lpad = 0
    }
    let rpad = total - len - lpad
    let fill = spec._fillBytes
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count + (lpad + rpad) * fill.count)
    for _ in 0..<lpad { out.append(contentsOf: fill) }
    out.append(contentsOf: Substring(body).utf8)
    for _ in 0..<rpad { out.append(contentsOf: fill) }
    return String(decoding: out, as: UTF8.self)
}

// MARK: - Number layout (calc_number_widths + fill_number)

/// Port of _PyUnicode_InsertThousandsGrouping: groups `digits`, zero-padding
/// on the left to `minWidth` (inserting separators in the padding too).
/// groupLen 0 means no grouping.
private func _groupDigits(_ digits: ArraySlice<UInt8>, minWidth mw: Int, groupLen: Int, sep: UInt8) -> [UInt8] {
    var minWidth = Swift.max(0, mw)
    var remaining = digits.count
    var pos = digits.endIndex
    var out: [UInt8] = []  // built right-to-left
    out.reserveCapacity(Swift.max(remaining, minWidth) + remaining / 3 + 2)
    var useSep = false
    var loopBroken = false
    @inline(__always) func emit(_ nChars: Int, _ nZeros: Int) {
        if useSep { out.append(sep) }
        var k = 0
        while k < nChars { pos -= 1; out.append(digits[pos]); k += 1 }
        k = 0
        while k < nZeros { out.append(48); k += 1 }
    }
    if groupLen > 0 {
        while true {
            let len = Swift.min(groupLen, Swift.max(Swift.max(remaining, minWidth), 1))
            let nZeros = Swift.max(0, len - remaining)
            let nChars = Swift.max(0, Swift.min(remaining, len))
            emit(nChars, nZeros)
            useSep = true
            remaining -= nChars
            minWidth -= len
            if remaining <= 0 && minWidth <= 0 { loopBroken = true; break }
            minWidth -= 1
        }
    }
    if !loopBroken {
        let len = Swift.max(Swift.max(remaining, minWidth), 1)
        let nZeros = Swift.max(0, len - remaining)
        let nChars = Swift.max(0, Swift.min(remaining, len))
        emit(nChars, nZeros)
    }
    out.reverse()
    return out
}

/// Lays out: <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>
/// All parts are ASCII except `remainder` (whose code-point length is `remainderLen`) and fill.
private func _renderNumber(spec: FormatSpec, negative: Bool, prefix: [UInt8],
                           digits: ArraySlice<UInt8>, hasDecimal: Bool,
                           remainder: ArraySlice<UInt8>, remainderLen: Int,
                           groupLen: Int, sep: UInt8, toUpper: Bool) -> String {
    var signByte: UInt8? = nil
    switch spec._signScalar {
    case "+": signByte = negative ? 45 : 43
    case " ": signByte = negative ? 45 : 32
    default: if negative { signByte = 45 }
    }
    let nSign = signByte == nil ? 0 : 1
    let nonDigit = nSign + prefix.count + (hasDecimal ? 1 : 0) + remainderLen
    let align = spec._numericAlign()
    let width = spec.width ?? -1
    let minWidth = (spec._fillIsZero && align == "=") ? width - nonDigit : 0
    var grouped: [UInt8] = digits.isEmpty ? [] : _groupDigits(digits, minWidth: minWidth, groupLen: groupLen, sep: sep)
    if toUpper {
        for i in grouped.indices where grouped[i] >= 97 && grouped[i] <= 122 { grouped[i] -= 32 }
    }
    let padding = width - (nonDigit + grouped.count)
    var lpad = 0, spad = 0, rpad = 0
    if padding > 0 {
        switch align {
        case "<": rpad = padding
        case "^": lpad = padding / 2; rpad = padding - lpad
        case "=": spad = padding
        default: lpad = padding
        }
    }
    let fill = (lpad | spad | rpad) != 0 ? spec._fillBytes : []
    var out: [UInt8] = []
    out.reserveCapacity((lpad + spad + rpad) * fill.count + nonDigit + grouped.count + remainder.count)
    for _ in 0..<lpad { out.append(contentsOf: fill) }
    if let sb = signByte { out.append(sb) }
    if toUpper {
        for c in prefix { out.append(c >= 97 && c <= 122 ? c - 32 : c) }
    } else {
        out.append(contentsOf: prefix)
    }
    for _ in 0..<spad { out.append(contentsOf: fill) }
    out.append(contentsOf: grouped)
    if hasDecimal { out.append(46) }
    out.append(contentsOf: remainder)
    for _ in 0..<rpad { out.append(contentsOf: fill) }
    return String(decoding: out, as: UTF8.self)
}

// MARK: - Integers

/// format(int, spec). The integer is given abstractly: `negative` and
/// `digits(radix)` (lowercase magnitude digits in radix 2, 8, 10 or 16).
/// `asDouble` converts for float presentation types (nil => OverflowError).
public func formatInteger(negative: Bool, digits: (Int) -> String, asDouble: () -> Double?,
                          _ spec: FormatSpec, typeName: String = "int") throws -> String {
    let spec = spec._normalized
    try spec.validate(typeName: typeName)
    let t = spec._typeScalar ?? "d"
    try _checkGrouping(spec.grouping, t)
    switch t {
    case "b", "c", "d", "o", "x", "X", "n":
        break
    case "e", "E", "f", "F", "g", "G", "%":
        guard let d = asDouble() else {
            throw FormatError(kind: .overflowError, message: "int too large to convert to float")
        }
        return try _formatFloatInternal(d, spec, type: t)
    default:
        throw _unknownCode(t, typeName)
    }
    if spec.precision != nil {
        throw _valueError("Precision not allowed in integer format specifier")
    }
    if spec.noNegZero {
        throw _valueError("Negative zero coercion (z) not allowed in integer format specifier")
    }
    try _checkSizes(spec)

    if t == "c" {
        if spec.sign != nil {
            throw _valueError("Sign not allowed with integer format specifier 'c'")
        }
        if spec.alternate {
            throw _valueError("Alternate form (#) not allowed with integer format specifier 'c'")
        }
        let ds = digits(10)
        // PyLong_AsLong first: values outside the C long range overflow differently.
        var mag: UInt64 = 0
        var fits = true
        for c in ds.utf8 where c >= 48 && c <= 57 {
            let (m, o1) = mag.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(c - 48))
            if o1 || o2 { fits = false; break }
            mag = a
        }
        if fits && mag > (negative ? UInt64(1) << 63 : UInt64(Int64.max)) { fits = false }
        if !fits {
            throw FormatError(kind: .overflowError, message: "Python int too large to convert to C long")
        }
        if (negative && mag != 0) || mag > 0x10FFFF {
            throw FormatError(kind: .overflowError, message: "%c arg not in range(0x110000)")
        }
        guard let sc = Unicode.Scalar(UInt32(truncatingIfNeeded: mag)) else {
            // Lone surrogates cannot be represented in a Swift String; use U+FFFD.
            let rem: [UInt8] = [0xEF, 0xBF, 0xBD]
            return _renderNumber(spec: spec, negative: false, prefix: [], digits: [], hasDecimal: false,
                                 remainder: rem[...], remainderLen: 1, groupLen: 0, sep: 0, toUpper: false)
        }
        let rem = Array(String(Character(sc)).utf8)
        return _renderNumber(spec: spec, negative: false, prefix: [], digits: [], hasDecimal: false,
                             remainder: rem[...], remainderLen: 1, groupLen: 0, sep: 0, toUpper: false)
    }

    let base: Int
    let prefix: [UInt8]
    switch t {
    case "b": base = 2; prefix = [48, 98]
    case "o": base = 8; prefix = [48, 111]
    case "x", "X": base = 16; prefix = [48, 120]
    default: base = 10; prefix = []
    }
    let signScalar = spec._signScalar
    if signScalar != "+" && signScalar != " " && spec.width == nil && t != "X" && t != "n" && spec.grouping == nil {
        // Fast path, like _PyLong_FormatWriter.
        var r = negative ? "-" : ""
        if spec.alternate { r += String(decoding: prefix, as: UTF8.self) }
        r += digits(base)
        return r
    }
    let ds = Array(digits(base).utf8)
    var groupLen = 0
    var sep: UInt8 = 0
    if t != "n", let g = spec.grouping {
        sep = g == "_" ? 95 : 44
        groupLen = (g == "_" && base != 10) ? 4 : 3
    }
    return _renderNumber(spec: spec, negative: negative, prefix: spec.alternate ? prefix : [],
                         digits: ds[...], hasDecimal: false, remainder: [], remainderLen: 0,
                         groupLen: groupLen, sep: sep, toUpper: t == "X")
}

/// Convenience for Swift integers.
public func formatInteger(_ v: Int, _ spec: FormatSpec, typeName: String = "int") throws -> String {
    let mag = v.magnitude
    return try formatInteger(negative: v < 0, digits: { String(mag, radix: $0) },
                             asDouble: { Double(v) }, spec, typeName: typeName)
}

// MARK: - Floats

/// format(float, spec).
public func formatFloat(_ d: Double, _ spec: FormatSpec, typeName: String = "float") throws -> String {
    let spec = spec._normalized
    try spec.validate(typeName: typeName)
    if let t = spec._typeScalar {
        try _checkGrouping(spec.grouping, t)
        switch t {
        case "e", "E", "f", "F", "g", "G", "n", "%":
            return try _formatFloatInternal(d, spec, type: t)
        default:
            throw _unknownCode(t, typeName)
        }
    }
    return try _formatFloatInternal(d, spec, type: nil)
}

/// Port of format_float_internal.
private func _formatFloatInternal(_ value: Double, _ spec: FormatSpec, type t0: Unicode.Scalar?) throws -> String {
    if let p = spec.precision, p > Int(Int32.max) || p > _coilFmtMaxWidth {
        throw _valueError("precision too big")
    }
    try _checkSizes(spec)
    var precision = spec.precision ?? -1
    var defaultPrecision = 6
    var addDot0 = false
    var code: UInt8
    var val = value
    var addPct = false
    switch t0 {
    case nil:
        addDot0 = true
        code = 114  // 'r'
        defaultPrecision = 0
    case "n"?: code = 103
    case "%"?:
        code = 102
        val *= 100
        addPct = true
    case let t?:
        code = UInt8(truncatingIfNeeded: t.value)
    }
    if precision < 0 {
        precision = defaultPrecision
    } else if code == 114 {
        code = 103
    }
    var buf = _coilFmtDoubleToString(val, code: code, precision: precision, addDot0: addDot0,
                                alternate: spec.alternate, noNegZero: spec.noNegZero)
    if addPct { buf.append(37) }

    let signScalar = spec._signScalar
    if signScalar != "+" && signScalar != " " && spec.width == nil && t0 != "n" && spec.grouping == nil {
        return String(decoding: buf, as: UTF8.self)
    }
    var idx = 0
    var negative = false
    if let f = buf.first, f == 45 { negative = true; idx = 1 }
    var p = idx
    while p < buf.count && buf[p] >= 48 && buf[p] <= 57 { p += 1 }
    let digitsSlice = buf[idx..<p]
    let hasDecimal = p < buf.count && buf[p] == 46
    let remStart = hasDecimal ? p + 1 : p
    let remainder = buf[remStart...]
    var groupLen = 0
    var sep: UInt8 = 0
    if t0 != "n", let g = spec.grouping {
        sep = g == "_" ? 95 : 44
        groupLen = 3
    }
    return _renderNumber(spec: spec, negative: negative, prefix: [], digits: digitsSlice,
                         hasDecimal: hasDecimal, remainder: remainder, remainderLen: remainder.count,
                         groupLen: groupLen, sep: sep, toUpper: false)
}
