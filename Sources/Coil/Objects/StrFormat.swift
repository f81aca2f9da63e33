// str.format and str.format_map: a port of CPython's Objects/stringlib/unicode_format.h —
// literal text with {{ }} escapes, replacement fields {name.attr[key]!conv:spec} with automatic
// or manual numbering, and format specs that may themselves contain nested fields (two levels).
// Parsing runs over UTF-8 bytes (all syntax characters are ASCII).

private struct AutoNumber {
    enum State { case initial, auto, manual }
    var state = State.initial
    var next = 0
}

private struct FormatContext {
    let interp: Interpreter
    let args: [Value]?
    let kwargs: Value?
    var auto = AutoNumber()
}

/// `fmt.format(*args, **kwargs)`; `args` nil for format_map.
func strFormat(_ interp: Interpreter, _ fmt: String, args: [Value]?, kwargs: Value?) throws -> String {
    var ctx = FormatContext(interp: interp, args: args, kwargs: kwargs)
    var out = [UInt8]()
    out.reserveCapacity(fmt.utf8.count + 32)
    try withUTF8Bytes(fmt) { p in
        try buildString(&ctx, p, 0, p.count, depth: 2, into: &out)
    }
    return stringFromBytes(out)
}

private func buildString(_ ctx: inout FormatContext, _ p: UTF8Buf, _ start: Int, _ end: Int, depth: Int,
                         into out: inout [UInt8]) throws {
    if depth <= 0 { throw PyErr.valueError("Max string recursion exceeded") }
    var pos = start
    while pos < end {
        // Literal text up to the next brace.
        let litStart = pos
        var c: UInt8 = 0
        var markup = false
        while pos < end {
            c = p[pos]; pos += 1
            if c == 123 || c == 125 { markup = true; break }
        }
        let atEnd = pos >= end
        var litLen = pos - litStart
        if c == 125 && markup && (atEnd || p[pos] != 125) {
            throw PyErr.valueError("Single '}' encountered in format string")
        }
        if atEnd && c == 123 && markup { throw PyErr.valueError("Single '{' encountered in format string") }
        if markup && !atEnd {
            if p[pos] == c {
                pos += 1
                markup = false
            } else {
                litLen -= 1
            }
        }
        out.append(contentsOf: UTF8Buf(rebasing: p[litStart..<(litStart + litLen)]))
        if !markup { continue }
        // parse_field
        let nameStart = pos
        c = 0
        var sawEnd = false
        while pos < end {
            c = p[pos]; pos += 1
            if c == 123 { throw PyErr.valueError("unexpected '{' in field name") }
            if c == 91 {
                while pos < end && p[pos] != 93 { pos += 1 }
                continue
            }
            if c == 125 || c == 58 || c == 33 { sawEnd = true; break }
        }
        let nameEnd = sawEnd ? pos - 1 : pos
        var conversion: UInt8 = 0
        var convPos = 0
        var specStart = 0, specEnd = 0
        var specNeedsExpanding = false
        if sawEnd && (c == 33 || c == 58) {
            var done = false
            if c == 33 {
                if pos >= end { throw PyErr.valueError("end of string while looking for conversion specifier") }
                conversion = p[pos]; convPos = pos; pos += 1
                // A non-ASCII conversion character: skip its continuation bytes.
                if conversion >= 0x80 { pos += utf8SeqLen(conversion) - 1 }
                if pos < end {
                    let c2 = p[pos]; pos += 1
                    if c2 == 125 { done = true }
                    else if c2 != 58 { throw PyErr.valueError("expected ':' after conversion specifier") }
                }
            }
            if !done {
                specStart = pos
                var count = 1
                var closed = false
                while pos < end {
                    let c3 = p[pos]; pos += 1
                    if c3 == 123 { specNeedsExpanding = true; count += 1 }
                    else if c3 == 125 {
                        count -= 1
                        if count == 0 { specEnd = pos - 1; closed = true; break }
                    }
                }
                if !closed { throw PyErr.valueError("unmatched '{' in format spec") }
            }
        } else if !(sawEnd && c == 125) {
            throw PyErr.valueError("expected '}' before end of string")
        }
        // output_markup
        var obj = try getFieldObject(&ctx, p, nameStart, nameEnd)
        if conversion != 0 {
            switch conversion {
            case 114: obj = Value(try ctx.interp.repr(obj))
            case 115: obj = Value(try ctx.interp.str(obj))
            case 97: obj = Value(try ctx.interp.ascii(obj))
            default:
                var code = UInt32(conversion)
                if conversion >= 0x80 { code = utf8Decode(p, convPos) }
                if code > 32 && code < 127 {
                    throw PyErr.valueError("Unknown conversion specifier \(Character(Unicode.Scalar(UInt8(code))))")
                }
                throw PyErr.valueError("Unknown conversion specifier \\x\(String(code, radix: 16))")
            }
        }
        let spec: String
        if specNeedsExpanding {
            var expanded = [UInt8]()
            try buildString(&ctx, p, specStart, specEnd, depth: depth - 1, into: &expanded)
            spec = stringFromBytes(expanded)
        } else {
            spec = stringFromUTF8(p, specStart, specEnd)
        }
        let rendered = try ctx.interp.format(obj, spec)
        out.append(contentsOf: rendered.utf8)
    }
}

/// get_integer: a non-negative decimal (any Unicode digits) or -1.
private func fieldInteger(_ p: UTF8Buf, _ start: Int, _ end: Int) throws -> Int {
    if start >= end { return -1 }
    var acc = 0
    for u in stringFromUTF8(p, start, end).unicodeScalars {
        guard let d = _coilFmtDecimalValue(u) else { return -1 }
        if acc > (Int.max - d) / 10 { throw PyErr.valueError("Too many decimal digits in format string") }
        acc = acc * 10 + d
    }
    return acc
}

/// The object named by a field: first part from args/kwargs, then .attr and [key] lookups.
private func getFieldObject(_ ctx: inout FormatContext, _ p: UTF8Buf, _ start: Int, _ end: Int) throws -> Value {
    var i = start
    while i < end && p[i] != 46 && p[i] != 91 { i += 1 }
    let firstEnd = i
    var index = try fieldInteger(p, start, firstEnd)
    let empty = start >= firstEnd
    let numeric = empty || index != -1
    if ctx.auto.state == .initial && numeric { ctx.auto.state = empty ? .auto : .manual }
    if numeric {
        if ctx.auto.state == .manual && empty {
            throw PyErr.valueError("cannot switch from manual field specification to automatic field numbering")
        }
        if ctx.auto.state == .auto && !empty {
            throw PyErr.valueError("cannot switch from automatic field numbering to manual field specification")
        }
    }
    if empty { index = ctx.auto.next; ctx.auto.next += 1 }
    var obj: Value
    if index == -1 {
        let key = strValue(p, start, firstEnd)
        guard let kw = ctx.kwargs else { throw PyErr.keyError(key) }
        obj = try ctx.interp.getItem(kw, key)
    } else {
        guard let args = ctx.args else { throw PyErr.valueError("Format string contains positional fields") }
        guard index < args.count else {
            throw PyErr.indexError("Replacement index \(index) out of range for positional args tuple")
        }
        obj = args[index]
    }
    // The rest: .name and [key] parts.
    while i < end {
        let c = p[i]; i += 1
        let nameStart: Int, nameEnd: Int
        if c == 46 {
            nameStart = i
            while i < end && p[i] != 46 && p[i] != 91 { i += 1 }
            nameEnd = i
            if nameStart == nameEnd { throw PyErr.valueError("Empty attribute in format string") }
            obj = try ctx.interp.getAttr(obj, stringFromUTF8(p, nameStart, nameEnd))
        } else if c == 91 {
            nameStart = i
            var seen = false
            while i < end {
                let c2 = p[i]; i += 1
                if c2 == 93 { seen = true; break }
            }
            if !seen { throw PyErr.valueError("Missing ']' in format string") }
            nameEnd = i - 1
            if nameStart == nameEnd { throw PyErr.valueError("Empty attribute in format string") }
            let idx = try fieldInteger(p, nameStart, nameEnd)
            if idx == -1 {
                obj = try ctx.interp.getItem(obj, strValue(p, nameStart, nameEnd))
            } else {
                obj = try ctx.interp.getItem(obj, .int(idx))
            }
        } else {
            throw PyErr.valueError("Only '.' or '[' may follow ']' in format field specifier")
        }
    }
    return obj
}

func installStrFormat(_ t: PyType) {
    t.addMethod("format") { interp, args in
        let s = try strSelf(args, "format")
        var kwargs: Value? = nil
        if args.hasKeywords {
            let d = PyDict()
            for (k, v) in args.keywords { d.setStr(k, v) }
            kwargs = .object(d)
        }
        let pos = Array(args.positional.dropFirst())
        return Value(try strFormat(interp, s.value, args: pos, kwargs: kwargs))
    }
    t.addMethod("format_map") { interp, args in
        let s = try strSelf(args, "format_map")
        try StrArg.one(args, "str.format_map")
        return Value(try strFormat(interp, s.value, args: nil, kwargs: args[1]))
    }
}
