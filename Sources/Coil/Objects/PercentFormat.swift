// printf-style formatting: `str % args` and `bytes % args`. A port of CPython 3.11's
// PyUnicode_Format / _PyBytes_FormatEx: the same parse order (so the same error wins), the
// same argument bookkeeping (tuple, single value, mapping for %(key)s) and the same padding
// rules. Both run over UTF-8 / raw bytes; for str, widths and precisions count code points.

#if canImport(Glibc)
import Glibc
#endif

private let fLJust = 1, fSign = 2, fBlank = 4, fAlt = 8, fZero = 16

private struct PercentState {
    var args: Value
    var tuple: [Value] = []
    var arglen: Int
    var argidx: Int
    var dict: Value?

    mutating func nextArg() throws -> Value {
        if argidx < arglen {
            argidx += 1
            return arglen < 0 ? args : tuple[argidx - 1]
        }
        throw PyErr.typeError("not enough arguments for format string")
    }
}

/// `fmt % args` for str.
func percentFormatStr(_ interp: Interpreter, _ fmt: String, _ args: Value) throws -> String {
    let out = try withUTF8Bytes(fmt) { try percentFormat(interp, $0, args, isBytes: false) }
    return stringFromBytes(out)
}

/// `fmt % args` for bytes and bytearray.
func percentFormatBytes(_ interp: Interpreter, _ fmt: [UInt8], _ args: Value) throws -> [UInt8] {
    try fmt.withUnsafeBufferPointer { try percentFormat(interp, $0, args, isBytes: true) }
}

private func isMappingArg(_ interp: Interpreter, _ v: Value, isBytes: Bool) -> Bool {
    guard case .object(let o) = v else { return false }
    if o is PyTuple || o is PyStr || o is PyInt { return false }
    if isBytes, v.asObject is PyBytes { return false }
    if v.asDict != nil { return true }
    return v.type.lookup(interp.names.dgetitem) != nil
}

private func percentFormat(_ interp: Interpreter, _ fmt: UTF8Buf, _ args: Value, isBytes: Bool) throws -> [UInt8] {
    let n = fmt.count
    var st: PercentState
    if let t = args.asTuple {
        st = PercentState(args: args, tuple: t.items, arglen: t.count, argidx: 0, dict: nil)
    } else {
        st = PercentState(args: args, arglen: -1, argidx: -2, dict: nil)
    }
    if isMappingArg(interp, args, isBytes: isBytes) { st.dict = args }
    var out = [UInt8]()
    out.reserveCapacity(n + 16)
    var fmtpos = 0
    var fmtcnt = n
    @inline(__always) func read(_ i: Int) -> UInt8 { i < n ? fmt[i] : 0 }

    while true {
        fmtcnt -= 1
        if fmtcnt < 0 { break }
        if fmt[fmtpos] != 37 {
            var next = n
            if let base = fmt.baseAddress, let p = memchr(base + fmtpos, 37, n - fmtpos) {
                next = UnsafeRawPointer(p) - UnsafeRawPointer(base)
            }
            out.append(contentsOf: UTF8Buf(rebasing: fmt[fmtpos..<next]))
            fmtcnt -= next - fmtpos - 1
            fmtpos = next
            continue
        }
        fmtpos += 1
        var ch = read(fmtpos)
        if ch == 37 {
            fmtpos += 1; fmtcnt -= 1
            out.append(37)
            continue
        }
        var flags = 0, width = -1, prec = -1
        // Mapping key: %(name)s
        if ch == 40 {
            guard let d = st.dict else { throw PyErr.typeError("format requires a mapping") }
            var pcount = 1
            fmtpos += 1; fmtcnt -= 1
            let keystart = fmtpos
            while pcount > 0 {
                fmtcnt -= 1
                if fmtcnt < 0 { break }
                ch = read(fmtpos)
                if ch == 41 { pcount -= 1 } else if ch == 40 { pcount += 1 }
                fmtpos += 1
            }
            if fmtcnt < 0 || pcount > 0 { throw PyErr.valueError("incomplete format key") }
            let keyBytes = UTF8Buf(rebasing: fmt[keystart..<(fmtpos - 1)])
            let key: Value = isBytes ? .object(PyBytes(Array(keyBytes))) : Value(stringFromUTF8(keyBytes, 0, keyBytes.count))
            st.args = try interp.getItem(d, key)
            st.arglen = -1
            st.argidx = -2
        }
        // Flags
        while true {
            fmtcnt -= 1
            if fmtcnt < 0 { break }
            ch = read(fmtpos); fmtpos += 1
            switch ch {
            case 45: flags |= fLJust; continue
            case 43: flags |= fSign; continue
            case 32: flags |= fBlank; continue
            case 35: flags |= fAlt; continue
            case 48: flags |= fZero; continue
            default: break
            }
            break
        }
        // Width
        if ch == 42 {
            let v = try st.nextArg()
            guard v.isIntLike else { throw PyErr.typeError("* wants int") }
            guard let w = v.bigIntValue?.asInt else { throw PyErr.overflowError("Python int too large to convert to C ssize_t") }
            width = w
            // Wrapping negation, as C does for the most negative value.
            if width < 0 { flags |= fLJust; width = 0 &- width }
            fmtcnt -= 1
            if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
        } else if ch >= 48 && ch <= 57 {
            width = Int(ch - 48)
            while true {
                fmtcnt -= 1
                if fmtcnt < 0 { break }
                ch = read(fmtpos); fmtpos += 1
                if ch < 48 || ch > 57 { break }
                let d = Int(ch - 48)
                if width > (Int.max - d) / 10 { throw PyErr.valueError("width too big") }
                width = width * 10 + d
            }
        }
        // Precision
        if ch == 46 {
            prec = 0
            fmtcnt -= 1
            if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
            if ch == 42 {
                let v = try st.nextArg()
                guard v.isIntLike else { throw PyErr.typeError("* wants int") }
                guard let p = v.bigIntValue?.asInt, p <= Int(Int32.max), p >= Int(Int32.min) else {
                    throw PyErr.overflowError("Python int too large to convert to C int")
                }
                prec = max(0, p)
                fmtcnt -= 1
                if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
            } else if ch >= 48 && ch <= 57 {
                prec = Int(ch - 48)
                while true {
                    fmtcnt -= 1
                    if fmtcnt < 0 { break }
                    ch = read(fmtpos); fmtpos += 1
                    if ch < 48 || ch > 57 { break }
                    let d = Int(ch - 48)
                    if prec > (Int(Int32.max) - d) / 10 { throw PyErr.valueError("precision too big") }
                    prec = prec * 10 + d
                }
            }
        }
        // Length modifiers are ignored: %hd %ld %Ld.
        if fmtcnt >= 0 && (ch == 104 || ch == 108 || ch == 76) {
            fmtcnt -= 1
            if fmtcnt >= 0 { ch = read(fmtpos); fmtpos += 1 }
        }
        if fmtcnt < 0 { throw PyErr.valueError("incomplete format") }

        // Format the argument.
        let v = try st.nextArg()
        var sign = false
        let piece: [UInt8]
        let plain = width == -1 && prec == -1 && flags & (fSign | fBlank) == 0
        if plain && !isBytes && (ch == 115 || ch == 114) {
            // Fast path: text appended directly.
            if ch == 115, let sv = v.asStr, sv.type === BuiltinTypes.str { out.append(contentsOf: sv.value.utf8) }
            else { out.append(contentsOf: (ch == 115 ? try interp.str(v) : try interp.repr(v)).utf8) }
            if st.dict != nil && st.argidx < st.arglen {
                throw PyErr.typeError("not all arguments converted during string formatting")
            }
            continue
        }
        switch ch {
        case 115, 114, 97, 98:  // s r a b
            if isBytes {
                if ch == 115 || ch == 98 { piece = try bytesForPercentS(interp, v) }
                else { piece = Array(try interp.ascii(v).utf8) }
            } else {
                if ch == 98 { throw unsupportedChar(fmt, fmtpos, ch, isBytes: false) }
                if ch == 115 { piece = Array(try interp.str(v).utf8) }
                else if ch == 114 { piece = Array(try interp.repr(v).utf8) }
                else { piece = Array(try interp.ascii(v).utf8) }
            }
        case 105, 100, 117, 111, 120, 88:  // i d u o x X
            // The bytes formatter reports %i as %d.
            if case .int(let n) = v, prec < 0, ch == 100 || ch == 105 || ch == 117 {
                // A machine-word %d: its decimal digits, no big-int round trip.
                piece = Array(String(n).utf8)
            } else {
                let iv = try percentIntArg(interp, v, isBytes && ch == 105 ? 100 : ch)
                if prec > Int(Int32.max) - 3 { throw PyErr.overflowError("precision too large") }
                piece = formatLongForPercent(iv, alt: flags & fAlt != 0, prec: prec, type: ch)
            }
            sign = true
        case 101, 69, 102, 70, 103, 71:  // e E f F g G
            let d = try percentFloatArg(interp, v, isBytes: isBytes)
            let p = prec < 0 ? 6 : prec
            let alt = flags & fAlt != 0
            let s: String
            switch ch {
            case 101: s = formatFloatExp(d, precision: p, upper: false, alternate: alt)
            case 69: s = formatFloatExp(d, precision: p, upper: true, alternate: alt)
            case 102: s = formatFloatFixed(d, precision: p, upper: false, alternate: alt)
            case 70: s = formatFloatFixed(d, precision: p, upper: true, alternate: alt)
            case 103: s = formatFloatGeneral(d, precision: p, upper: false, alternate: alt)
            default: s = formatFloatGeneral(d, precision: p, upper: true, alternate: alt)
            }
            piece = Array(s.utf8)
            sign = true
        case 99:  // c
            piece = isBytes ? [try percentByteChar(interp, v)] : try percentStrChar(interp, v)
        default:
            throw unsupportedChar(fmt, fmtpos, ch, isBytes: isBytes)
        }
        try checkResultSize(out.count + max(width, 0))
        percentOutput(&out, piece, ch: ch, flags: flags, width: width, prec: prec, sign: sign, isBytes: isBytes)
        if st.dict != nil && st.argidx < st.arglen {
            throw PyErr.typeError("not all arguments converted during \(isBytes ? "bytes" : "string") formatting")
        }
    }
    if st.argidx < st.arglen && st.dict == nil {
        throw PyErr.typeError("not all arguments converted during \(isBytes ? "bytes" : "string") formatting")
    }
    return out
}

/// "unsupported format character 'z' (0x7a) at index 1" (index in code points for str).
private func unsupportedChar(_ fmt: UTF8Buf, _ fmtpos: Int, _ ch: UInt8, isBytes: Bool) -> PyBaseException {
    var code = UInt32(ch)
    var index = fmtpos - 1
    if !isBytes {
        // The character just read may be the lead byte of a multi-byte sequence.
        let start = fmtpos - 1
        if start < fmt.count && ch >= 0x80 { code = utf8Decode(fmt, start) }
        index = utf8CountScalars(fmt, 0, max(0, start))
    }
    let shown = code >= 31 && code <= 126 ? String(Character(Unicode.Scalar(UInt8(code)))) : "?"
    return PyErr.valueError("unsupported format character '\(shown)' (0x\(String(code, radix: 16))) at index \(index)")
}

/// The integer operand of %d %i %u %o %x %X (mainformatlong).
private func percentIntArg(_ interp: Interpreter, _ v: Value, _ ch: UInt8) throws -> BigInt {
    if let b = v.bigIntValue { return b }
    let c = Character(Unicode.Scalar(ch))
    func wrong() -> PyBaseException {
        if ch == 111 || ch == 120 || ch == 88 {
            return PyErr.typeError("%\(c) format: an integer is required, not \(v.type.name)")
        }
        return PyErr.typeError("%\(c) format: a real number is required, not \(v.type.name)")
    }
    let t = v.type
    let hasIndex = t.lookup(interp.names.dindex) != nil
    let isNumber: Bool = {
        if case .float = v { return true }
        if v.asObject is PyComplex { return true }
        return hasIndex || t.lookup(interp.names.dint) != nil || t.lookup(interp.names.dfloat) != nil
    }()
    guard isNumber else { throw wrong() }
    if ch == 111 || ch == 120 || ch == 88 {
        guard hasIndex else { throw wrong() }
        let r = try interp.callValues(try interp.getAttr(v, "__index__"), [])
        guard let b = r.bigIntValue else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
        return b
    }
    if case .float(let d) = v {
        if d.isNaN { throw PyErr.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyErr.overflowError("cannot convert float infinity to integer") }
        return BigInt(exactly: d.rounded(.towardZero)) ?? BigInt(0)
    }
    for name in ["__int__", "__index__"] where t.lookup(interp.intern(name)) != nil {
        let r = try interp.callValues(try interp.getAttr(v, name), [])
        guard let b = r.bigIntValue else { throw PyErr.typeError("\(name) returned non-int (type \(r.type.name))") }
        return b
    }
    throw wrong()
}

/// The float operand of %e %f %g (PyFloat_AsDouble).
func percentFloatArg(_ interp: Interpreter, _ v: Value, isBytes: Bool = false) throws -> Double {
    if case .float(let d) = v { return d }
    if let b = v.bigIntValue {
        guard let d = b.toDouble() else { throw PyErr.overflowError("int too large to convert to float") }
        return d
    }
    if let m = v.type.lookup(interp.names.dfloat) {
        let r = try interp.callValues(m, [v])
        guard case .float(let d) = r else {
            throw PyErr.typeError("\(v.type.name).__float__ returned non-float (type \(r.type.name))")
        }
        return d
    }
    if v.type.lookup(interp.names.dindex) != nil {
        let b = try interp.index(v)
        return Double(b)
    }
    if isBytes { throw PyErr.typeError("float argument required, not \(v.type.name)") }
    throw PyErr.typeError("must be real number, not \(v.type.name)")
}

/// _PyUnicode_FormatLong: [-][0x]digits with precision zero-padding.
private func formatLongForPercent(_ v: BigInt, alt: Bool, prec: Int, type: UInt8) -> [UInt8] {
    let radix: Int
    switch type {
    case 111: radix = 8
    case 120, 88: radix = 16
    default: radix = 10
    }
    let mag = v.isNegative ? -v : v
    var digits = Array(mag.toString(radix: radix).utf8)
    if type == 88 { for i in digits.indices where digits[i] >= 97 { digits[i] -= 32 } }
    var out = [UInt8]()
    out.reserveCapacity(digits.count + 4 + max(0, prec - digits.count))
    if v.isNegative { out.append(45) }
    if alt && radix != 10 { out.append(48); out.append(type == 111 ? 111 : type) }
    if prec > digits.count { out.append(contentsOf: repeatElement(48, count: prec - digits.count)) }
    out.append(contentsOf: digits)
    return out
}

/// %c for str: a one-character str or an int code point.
private func percentStrChar(_ interp: Interpreter, _ v: Value) throws -> [UInt8] {
    if let s = v.asStr {
        guard s.count == 1 else { throw PyErr.typeError("%c requires int or char") }
        return Array(s.value.utf8)
    }
    let code: BigInt
    if let b = v.bigIntValue {
        code = b
    } else if case .float = v {
        throw PyErr.typeError("%c requires int or char")
    } else if v.type.lookup(interp.names.dindex) != nil {
        let r = try interp.callValues(try interp.getAttr(v, "__index__"), [])
        guard let b = r.bigIntValue else { throw PyErr.typeError("__index__ returned non-int (type \(r.type.name))") }
        code = b
    } else {
        throw PyErr.typeError("%c requires int or char")
    }
    guard let c = code.asInt, c >= 0, c <= 0x10FFFF else { throw PyErr.overflowError("%c arg not in range(0x110000)") }
    var out = [UInt8]()
    appendUTF8(&out, Unicode.Scalar(UInt32(c)) == nil ? 0xFFFD : UInt32(c))
    return out
}

/// %c for bytes: an int in range(256) or a single byte.
private func percentByteChar(_ interp: Interpreter, _ v: Value) throws -> UInt8 {
    if let b = v.asObject as? PyBytes {
        guard b.bytes.count == 1 else { throw PyErr.typeError("%c requires an integer in range(256) or a single byte") }
        return b.bytes[0]
    }
    var code: BigInt? = v.bigIntValue
    if code == nil, !(v.type === BuiltinTypes.float), v.type.lookup(interp.names.dindex) != nil {
        code = BigInt(try interp.index(v))
    }
    guard let c = code else { throw PyErr.typeError("%c requires an integer in range(256) or a single byte") }
    guard let i = c.asInt, i >= 0, i < 256 else { throw PyErr.overflowError("%c arg not in range(256)") }
    return UInt8(i)
}

/// %s / %b for bytes: a bytes-like object or one with __bytes__.
private func bytesForPercentS(_ interp: Interpreter, _ v: Value) throws -> [UInt8] {
    if let b = v.asObject as? PyBytes { return b.bytes }
    if let m = v.type.lookup(interp.names.dbytes) {
        let r = try interp.callValues(m, [v])
        guard let b = r.asObject as? PyBytes, !b.isMutable else {
            throw PyErr.typeError("__bytes__ returned non-bytes (type \(r.type.name))")
        }
        return b.bytes
    }
    throw PyErr.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(v.type.name)'")
}

/// unicode_format_arg_output: sign, alternate prefix, padding and precision truncation.
private func percentOutput(_ out: inout [UInt8], _ piece: [UInt8], ch: UInt8, flags: Int, width w: Int,
                           prec: Int, sign signIn: Bool, isBytes: Bool) {
    var width = w
    let fill: UInt8 = signIn && flags & fZero != 0 ? 48 : 32
    var len = isBytes ? piece.count : piece.withUnsafeBufferPointer { utf8CountScalars($0, 0, $0.count) }
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (fSign | fBlank) == 0 {
        out.append(contentsOf: piece)
        return
    }
    var byteEnd = piece.count
    if ch == 115 || ch == 114 || ch == 97 || (isBytes && ch == 98) {
        if prec >= 0 && len > prec {
            len = prec
            byteEnd = isBytes ? prec : piece.withUnsafeBufferPointer { utf8Offset($0, cp: prec) }
        }
    }
    var pindex = 0
    var signchar: UInt8 = 0
    if signIn {
        let c = piece.first ?? 0
        if c == 45 || c == 43 {
            signchar = c; len -= 1; pindex = 1
        } else if flags & fSign != 0 {
            signchar = 43
        } else if flags & fBlank != 0 {
            signchar = 32
        }
    }
    if width < len { width = len }
    if signchar != 0 {
        if fill != 32 { out.append(signchar) }
        if width > len { width -= 1 }
    }
    let altPrefix = flags & fAlt != 0 && (ch == 120 || ch == 88 || ch == 111)
    if altPrefix {
        if fill != 32 { out.append(48); out.append(ch); pindex += 2 }
        width -= 2
        if width < 0 { width = 0 }
        len -= 2
    }
    if width > len && flags & fLJust == 0 {
        out.append(contentsOf: repeatElement(fill, count: width - len))
        width = len
    }
    if fill == 32 {
        if signchar != 0 { out.append(signchar) }
        if altPrefix { out.append(48); out.append(ch); pindex += 2 }
    }
    if len > 0 && pindex < byteEnd { out.append(contentsOf: piece[pindex..<byteEnd]) }
    if width > len { out.append(contentsOf: repeatElement(32, count: width - len)) }
}
