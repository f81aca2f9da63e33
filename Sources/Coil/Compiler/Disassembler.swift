// A CPython-`dis`-like listing of code objects (offsets are instruction indices).

public func disassemble(_ code: CodeObject) -> String {
    var out = ""
    disassembleInto(&out, code)
    for c in code.constants {
        if case .code(let inner) = c {
            out += "\nDisassembly of \(codeRepr(inner)):\n"
            out += disassemble(inner)
        }
    }
    return out
}

private func codeRepr(_ c: CodeObject) -> String {
    "<code object \(c.name) at line \(c.firstLine)>"
}

private func disassembleInto(_ out: inout String, _ code: CodeObject) {
    let words = code.instructions
    var targets = Set<Int>()
    for w in words {
        let op = Instr.op(w)
        if op.info.operand == .jump { targets.insert(Instr.arg(w)) }
    }
    for e in code.exceptionTable { targets.insert(Int(e.target)) }
    let offsetWidth = max(4, String(words.count).count)
    var lastLine: Int32 = -1
    for (i, w) in words.enumerated() {
        let op = Instr.op(w)
        let arg = Instr.arg(w)
        let loc = i < code.locations.count ? code.locations[i] : SourceLoc.none
        var line = ""
        if loc.line != lastLine {
            if i > 0 { out += "\n" }
            line += pad(String(loc.line), 3, left: true)
            lastLine = loc.line
        } else {
            line += "   "
        }
        line += "    "
        line += targets.contains(i) ? ">>" : "  "
        line += " " + pad(String(i), offsetWidth, left: true) + " "
        let info = op.info
        if info.operand == .none {
            line += info.name
        } else {
            line += pad(info.name, 20, left: false) + " " + pad(String(arg), 5, left: true)
            let detail = operandDetail(code, op, arg)
            if !detail.isEmpty { line += " (" + detail + ")" }
        }
        out += line + "\n"
    }
    if !code.exceptionTable.isEmpty {
        out += "ExceptionTable:\n"
        for e in code.exceptionTable {
            out += "  \(e.start) to \(e.end) -> \(e.target) [\(e.depth)]\n"
        }
    }
}

private func pad(_ s: String, _ width: Int, left: Bool) -> String {
    let n = s.count
    if n >= width { return s }
    let fill = String(repeating: " ", count: width - n)
    return left ? fill + s : s + fill
}

private let binOpSymbols = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&"]
private let compareSymbols = ["==", "!=", "<", "<=", ">", ">="]

private func operandDetail(_ code: CodeObject, _ op: Opcode, _ arg: Int) -> String {
    switch op.info.operand {
    case .const:
        return arg < code.constants.count ? constantRepr(code.constants[arg]) : "?"
    case .local:
        return arg < code.varnames.count ? code.varnames[arg] : "?"
    case .cell:
        let all = code.cellvars + code.freevars
        return arg < all.count ? all[arg] : "?"
    case .name:
        return arg < code.names.count ? code.names[arg] : "?"
    case .jump:
        return "to \(arg)"
    case .flags:
        switch op {
        case .binaryOp:
            if arg < 13 { return binOpSymbols[arg] }
            if arg < 26 { return binOpSymbols[arg - 13] + "=" }
            return "?"
        case .compareOp:
            return arg < compareSymbols.count ? compareSymbols[arg] : "?"
        case .isOp: return arg == 1 ? "is not" : "is"
        case .containsOp: return arg == 1 ? "not in" : "in"
        case .formatValue:
            var parts: [String] = []
            switch arg & 3 {
            case 1: parts.append("str")
            case 2: parts.append("repr")
            case 3: parts.append("ascii")
            default: break
            }
            if arg & 4 != 0 { parts.append("with format") }
            return parts.joined(separator: ", ")
        case .makeFunction:
            var parts: [String] = []
            if arg & 1 != 0 { parts.append("defaults") }
            if arg & 2 != 0 { parts.append("kwdefaults") }
            if arg & 4 != 0 { parts.append("annotations") }
            if arg & 8 != 0 { parts.append("closure") }
            return parts.joined(separator: ", ")
        case .unpackEx:
            return "\(arg & 0xFF) before, \(arg >> 8) after"
        default:
            return ""
        }
    default:
        return ""
    }
}

// MARK: - Python-style reprs of constants

func constantRepr(_ c: CodeConstant) -> String {
    switch c {
    case .none: return "None"
    case .true: return "True"
    case .false: return "False"
    case .ellipsis: return "Ellipsis"
    case .int(let i): return String(i)
    case .bigInt(let s): return s
    case .float(let d): return disFloatRepr(d)
    case .imaginary(let d):
        var r = disFloatRepr(d)
        if r.hasSuffix(".0") { r.removeLast(2) }
        return r + "j"
    case .str(let s): return disStrRepr(s)
    case .bytes(let b): return disBytesRepr(b)
    case .tuple(let items):
        if items.count == 1 { return "(" + constantRepr(items[0]) + ",)" }
        return "(" + items.map(constantRepr).joined(separator: ", ") + ")"
    case .frozenset(let items):
        return "frozenset({" + items.map(constantRepr).joined(separator: ", ") + "})"
    case .code(let co): return codeRepr(co)
    }
}

/// Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 ..< 1e16.
private func disFloatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    // Split Swift's shortest representation into sign, digits and decimal exponent.
    let s = "\(d)"
    var sign = ""
    var body = Substring(s)
    if body.hasPrefix("-") { sign = "-"; body = body.dropFirst() }
    var mantissa = body
    var exp = 0
    if let eIdx = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = body[body.startIndex..<eIdx]
        exp = Int(body[body.index(after: eIdx)...]) ?? 0
    }
    var digits = ""
    var pointPos = 0
    var seenPoint = false
    for ch in mantissa {
        if ch == "." { seenPoint = true; continue }
        digits.append(ch)
        if !seenPoint { pointPos += 1 }
    }
    // Normalize: strip leading zeros (adjusting the point) and trailing zeros.
    while digits.count > 1 && digits.first == "0" { digits.removeFirst(); pointPos -= 1 }
    while digits.count > 1 && digits.last == "0" { digits.removeLast() }
    let decExp = pointPos + exp - 1   // value = 0.d1d2... × 10^(pointPos+exp) = d1.d2... × 10^decExp
    if decExp < -4 || decExp >= 16 {
        var m = String(digits.prefix(1))
        if digits.count > 1 { m += "." + digits.dropFirst() }
        let es = decExp < 0 ? "-" + pad(String(-decExp), 2, zero: true) : "+" + pad(String(decExp), 2, zero: true)
        return sign + m + "e" + es
    }
    if decExp < 0 {
        return sign + "0." + String(repeating: "0", count: -decExp - 1) + digits
    }
    let intLen = decExp + 1
    if digits.count <= intLen {
        return sign + digits + String(repeating: "0", count: intLen - digits.count) + ".0"
    }
    return sign + digits.prefix(intLen) + "." + digits.dropFirst(intLen)
}

private func pad(_ s: String, _ width: Int, zero: Bool) -> String {
    s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

private func hexDigits(_ v: UInt32, _ width: Int) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}

private func isPrintable(_ u: Unicode.Scalar) -> Bool {
    if u.value < 0x20 || u.value == 0x7F { return false }
    if u.value < 0x7F { return true }
    switch u.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

/// Python's `repr(str)`.
private func disStrRepr(_ s: String) -> String {
    let hasSingle = s.unicodeScalars.contains("'")
    let hasDouble = s.unicodeScalars.contains("\"")
    let quote: Unicode.Scalar = (hasSingle && !hasDouble) ? "\"" : "'"
    var out = String(quote)
    for u in s.unicodeScalars {
        switch u {
        case quote, "\\": out += "\\" + String(u)
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if isPrintable(u) {
                out.unicodeScalars.append(u)
            } else if u.value < 0x100 {
                out += "\\x" + hexDigits(u.value, 2)
            } else if u.value < 0x10000 {
                out += "\\u" + hexDigits(u.value, 4)
            } else {
                out += "\\U" + hexDigits(u.value, 8)
            }
        }
    }
    out.unicodeScalars.append(quote)
    return out
}

/// Python's `repr(bytes)`.
private func disBytesRepr(_ b: [UInt8]) -> String {
    let hasSingle = b.contains(0x27)
    let hasDouble = b.contains(0x22)
    let quote: UInt8 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var out = "b" + String(UnicodeScalar(quote))
    for x in b {
        if x == quote || x == 0x5C { out += "\\" + String(UnicodeScalar(x)) }
        else if x == 0x0A { out += "\\n" }
        else if x == 0x0D { out += "\\r" }
        else if x == 0x09 { out += "\\t" }
        else if x < 0x20 || x >= 0x7F { out += "\\x" + hexDigits(UInt32(x), 2) }
        else { out += String(UnicodeScalar(x)) }
    }
    out += String(UnicodeScalar(quote))
    return out
}
