// String literals: escape decoding, implicit concatenation and f-strings (Python 3.11 rules:
// the f-string is one token whose replacement fields are parsed here; a field's expression
// text is tokenized in place, so its nodes carry real source positions).

/// Accumulates the parts of a concatenation that contains an f-string (CPython's
/// FstringParser): adjacent literals merge, empty literals vanish.
final class FStringBuilder {
    var parts: [Expr] = []
    var pending: [UInt8] = []
    /// Location of the whole string concatenation (fields and inner literals).
    let loc: SourceLoc
    /// Location of the JoinedStr itself and of a trailing literal (the token, for format specs).
    let finishLoc: SourceLoc

    init(loc: SourceLoc, finishLoc: SourceLoc? = nil) {
        self.loc = loc
        self.finishLoc = finishLoc ?? loc
    }

    func addLiteral(_ s: [UInt8]) { pending.append(contentsOf: s) }

    func addExpr(_ e: Expr) {
        flush()
        parts.append(e)
    }

    func flush(_ l: SourceLoc? = nil) {
        if !pending.isEmpty {
            parts.append(Expr(.constant(.str(String(decoding: pending, as: UTF8.self))), l ?? loc))
            pending = []
        }
    }

    func finish() -> Expr {
        flush(finishLoc)
        return Expr(.joinedStr(parts), finishLoc)
    }
}

extension Parser {
    var src: [Unicode.Scalar] { text.scalars }

    /// One or more adjacent string tokens. Errors found while building the literal are
    /// raised from CPython's rule action, so no backtracking hides them (ActionError).
    func parseStrings() throws -> Expr {
        do {
            return try parseStringsUnwrapped()
        } catch let e as SyntaxErrorInfo {
            throw ActionError(info: e)
        }
    }

    func parseStringsUnwrapped() throws -> Expr {
        var list: [Token] = []
        while kind == .string { list.append(try bump()) }
        // CPython reports concatenation and decoding errors at the token after the strings.
        let errTok = tok
        guard let first = list.first, let last = list.last else { throw invalidSyntax() }
        let loc = SourceLoc(line: Int(first.line), col: Int(first.col), endLine: Int(last.endLine), endCol: Int(last.endCol))
        let isBytes = first.flags & StringFlags.bytes != 0
        for t in list where (t.flags & StringFlags.bytes != 0) != isBytes {
            throw errorAt(errTok, "cannot mix bytes and nonbytes literals")
        }
        if isBytes {
            var out: [UInt8] = []
            for t in list {
                let (a, b) = stringBody(t)
                for i in a..<b where src[i].value >= 128 {
                    throw errorAt(t, "bytes can only contain ASCII literal characters")
                }
                if t.flags & StringFlags.raw != 0 {
                    for i in a..<b { out.append(UInt8(truncatingIfNeeded: src[i].value)) }
                } else if let msg = decodeBytesEscapes(a, b, into: &out) {
                    throw errorAt(errTok, msg)
                }
            }
            return Expr(.constant(.bytes(out)), loc)
        }
        let hasF = list.contains { $0.flags & StringFlags.fstring != 0 }
        if !hasF {
            var out: [UInt8] = []
            for t in list {
                let (a, b) = stringBody(t)
                out.reserveCapacity(out.count + b - a)
                try appendDecoded(a, b, raw: t.flags & StringFlags.raw != 0, into: &out, errTok: errTok)
            }
            return Expr(.constant(.str(String(decoding: out, as: UTF8.self))), loc)
        }
        let builder = FStringBuilder(loc: loc)
        for t in list {
            let (a, b) = stringBody(t)
            let raw = t.flags & StringFlags.raw != 0
            if t.flags & StringFlags.fstring != 0 {
                var i = a
                try fstringConcat(&i, b, raw: raw, level: 0, builder: builder, errTok: errTok, tokenLoc: tokLoc(t))
            } else {
                var out: [UInt8] = []
                try appendDecoded(a, b, raw: raw, into: &out, errTok: errTok)
                builder.addLiteral(out)
            }
        }
        return builder.finish()
    }

    /// Scalar range of a string token's contents (without prefix and quotes).
    func stringBody(_ t: Token) -> (Int, Int) {
        var i = Int(t.start)
        let e = Int(t.end)
        while i < e && src[i] != "'" && src[i] != "\"" { i += 1 }
        let q = t.flags & StringFlags.triple != 0 ? 3 : 1
        let a = min(i + q, e)
        return (a, max(a, e - q))
    }

    func appendDecoded(_ a: Int, _ b: Int, raw: Bool, into out: inout [UInt8], errTok: Token) throws {
        if raw {
            for i in a..<b { PyLex.appendUTF8(src[i], to: &out) }
        } else if let msg = decodeStringEscapes(a, b, into: &out) {
            throw errorAt(errTok, msg)
        }
    }

    // MARK: - Escapes

    /// Decode a non-raw str body; returns CPython's error message on failure.
    func decodeStringEscapes(_ a: Int, _ b: Int, into out: inout [UInt8]) -> String? {
        var i = a
        // Byte position as CPython's decoder sees it: non-ASCII characters were expanded to
        // 10-byte \U escapes before decoding.
        var pos = 0
        func fail(_ start: Int, _ end: Int, _ msg: String) -> String {
            if end - start == 1 {
                return "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position \(start): \(msg)"
            }
            return "(unicode error) 'unicodeescape' codec can't decode bytes in position \(start)-\(end - 1): \(msg)"
        }
        while i < b {
            let c = src[i]
            if c != "\\" {
                PyLex.appendUTF8(c, to: &out)
                pos += c.value < 128 ? 1 : 10
                i += 1
                continue
            }
            let start = pos
            i += 1; pos += 1
            if i >= b {
                // CPython turns a trailing backslash into "\u005c" before decoding.
                PyLex.appendUTF8("\\", to: &out)
                break
            }
            let e = src[i]
            if e.value >= 128 {
                // CPython turns "\é" into "\u005c\U000000e9": a backslash, then the character.
                PyLex.appendUTF8("\\", to: &out)
                pos += 5
                continue
            }
            i += 1; pos += 1
            switch e {
            case "\n": break
            case "\\": PyLex.appendUTF8("\\", to: &out)
            case "'", "\"": PyLex.appendUTF8(e, to: &out)
            case "b": PyLex.appendUTF8("\u{08}", to: &out)
            case "f": PyLex.appendUTF8("\u{0C}", to: &out)
            case "t": PyLex.appendUTF8("\t", to: &out)
            case "n": PyLex.appendUTF8("\n", to: &out)
            case "r": PyLex.appendUTF8("\r", to: &out)
            case "v": PyLex.appendUTF8("\u{0B}", to: &out)
            case "a": PyLex.appendUTF8("\u{07}", to: &out)
            case "0", "1", "2", "3", "4", "5", "6", "7":
                var v = e.value - 48
                var n = 1
                while n < 3 && i < b && src[i].value >= 48 && src[i].value <= 55 {
                    v = v * 8 + src[i].value - 48
                    i += 1; pos += 1; n += 1
                }
                PyLex.appendUTF8(Unicode.Scalar(v) ?? "\u{FFFD}", to: &out)
            case "x", "u", "U":
                let count = e == "x" ? 2 : (e == "u" ? 4 : 8)
                let msg = e == "x" ? "truncated \\xXX escape" : (e == "u" ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape")
                var v: UInt32 = 0
                for _ in 0..<count {
                    guard i < b, let h = hexValue(src[i]) else { return fail(start, pos, msg) }
                    v = v &* 16 &+ h
                    i += 1; pos += 1
                }
                if v > 0x10FFFF { return fail(start, pos, "illegal Unicode character") }
                // Lone surrogates cannot be represented in a Swift String.
                PyLex.appendUTF8(Unicode.Scalar(v) ?? "\u{FFFD}", to: &out)
            case "N":
                var msg = "malformed \\N character escape"
                if i >= b { return fail(start, pos, msg) }
                if src[i] == "{" {
                    i += 1; pos += 1
                    let nameStart = i
                    while i < b && src[i] != "}" {
                        pos += src[i].value < 128 ? 1 : 10
                        i += 1
                    }
                    if i >= b { return fail(start, pos, msg) }
                    if i > nameStart {
                        let nm = text.string(nameStart, i)
                        i += 1; pos += 1
                        if let sc = PyLex.lookupUnicodeName(nm) {
                            PyLex.appendUTF8(sc, to: &out)
                            continue
                        }
                        msg = "unknown Unicode character name"
                    }
                }
                return fail(start, pos, msg)
            default:
                PyLex.appendUTF8("\\", to: &out)
                PyLex.appendUTF8(e, to: &out)
            }
        }
        return nil
    }

    /// Decode a non-raw bytes body (ASCII only); returns CPython's error message on failure.
    func decodeBytesEscapes(_ a: Int, _ b: Int, into out: inout [UInt8]) -> String? {
        var i = a
        while i < b {
            let c = src[i]
            if c != "\\" {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let start = i - a
            i += 1
            if i >= b { return "(value error) Trailing \\ in string" }
            let e = src[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append(92)
            case "'": out.append(39)
            case "\"": out.append(34)
            case "b": out.append(8)
            case "f": out.append(12)
            case "t": out.append(9)
            case "n": out.append(10)
            case "r": out.append(13)
            case "v": out.append(11)
            case "a": out.append(7)
            case "0", "1", "2", "3", "4", "5", "6", "7":
                var v = e.value - 48
                var n = 1
                while n < 3 && i < b && src[i].value >= 48 && src[i].value <= 55 {
                    v = v * 8 + src[i].value - 48
                    i += 1; n += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case "x":
                if i + 1 < b, let h1 = hexValue(src[i]), let h2 = hexValue(src[i + 1]) {
                    out.append(UInt8(h1 * 16 + h2))
                    i += 2
                } else {
                    return "(value error) invalid \\x escape at position \(start)"
                }
            default:
                out.append(92)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
        return nil
    }

    func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        let v = c.value
        if v >= 48 && v <= 57 { return v - 48 }
        if v >= 97 && v <= 102 { return v - 87 }
        if v >= 65 && v <= 70 { return v - 55 }
        return nil
    }

    // MARK: - f-strings

    /// Parse f-string contents in `i..<end` at nesting `level` (0 for the string itself,
    /// 1 for a format spec), adding literals and fields to `builder` (CPython's
    /// fstring_find_literal_and_expr loop).
    func fstringConcat(_ i: inout Int, _ end: Int, raw: Bool, level: Int, builder: FStringBuilder, errTok: Token,
                       tokenLoc: SourceLoc) throws {
        while true {
            let doubled = try fstringFindLiteral(&i, end, raw: raw, level: level, builder: builder, errTok: errTok)
            if doubled { continue }
            if i >= end || src[i] == "}" { break }
            try fstringFindExpr(&i, end, raw: raw, level: level, builder: builder, errTok: errTok, tokenLoc: tokenLoc)
        }
        if level != 0 && (i >= end || src[i] != "}") {
            throw errorAt(errTok, "f-string: expecting '}'")
        }
    }

    /// Scan a literal part up to `{` or `}`. Returns true when it stopped at a doubled brace.
    func fstringFindLiteral(_ i: inout Int, _ end: Int, raw: Bool, level: Int, builder: FStringBuilder,
                            errTok: Token) throws -> Bool {
        var s = i
        let literalStart = s
        var literalEnd = s
        var doubled = false
        scan: while s < end {
            var ch = src[s]
            s += 1
            if !raw && ch == "\\" && s < end {
                ch = src[s]
                s += 1
                if ch == "N" {
                    // Skip "\N{...}" so its braces are not taken for a field.
                    if s < end {
                        let c = src[s]
                        s += 1
                        if c == "{" {
                            while s < end {
                                let d = src[s]
                                s += 1
                                if d == "}" { break }
                            }
                        }
                    }
                    continue
                }
            }
            if ch == "{" || ch == "}" {
                if level == 0 {
                    if s < end && src[s] == ch {
                        i = s + 1
                        literalEnd = s
                        doubled = true
                        break scan
                    }
                    if ch == "}" {
                        i = s - 1
                        throw errorAt(errTok, "f-string: single '}' is not allowed")
                    }
                }
                s -= 1
                break scan
            }
        }
        if !doubled {
            i = s
            literalEnd = s
        }
        if literalEnd > literalStart {
            var out: [UInt8] = []
            try appendDecoded(literalStart, literalEnd, raw: raw, into: &out, errTok: errTok)
            builder.addLiteral(out)
        }
        return doubled
    }

    /// Parse a replacement field starting at `{` (CPython's fstring_find_expr).
    func fstringFindExpr(_ i: inout Int, _ end: Int, raw: Bool, level: Int, builder: FStringBuilder,
                         errTok: Token, tokenLoc: SourceLoc) throws {
        if level >= 2 { throw errorAt(errTok, "f-string: expressions nested too deeply") }
        i += 1
        let exprStart = i
        var quote: Unicode.Scalar? = nil
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while i < end {
            let ch = src[i]
            if ch == "\\" { throw errorAt(errTok, "f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if tripleQuoted {
                        if i + 2 < end && src[i + 1] == ch && src[i + 2] == ch {
                            i += 2
                            quote = nil
                            tripleQuoted = false
                        }
                    } else {
                        quote = nil
                    }
                }
                i += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                if i + 2 < end && src[i + 1] == ch && src[i + 2] == ch {
                    tripleQuoted = true
                    i += 2
                } else {
                    tripleQuoted = false
                }
                quote = ch
                i += 1
                continue
            }
            if ch == "[" || ch == "{" || ch == "(" {
                if brackets.count >= 200 { throw errorAt(errTok, "f-string: too many nested parenthesis") }
                brackets.append(ch)
                i += 1
                continue
            }
            if ch == "#" { throw errorAt(errTok, "f-string expression part cannot include '#'") }
            if brackets.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == ">" || ch == "<") {
                if i + 1 < end {
                    let next = src[i + 1]
                    if next == "=" && (ch == "!" || ch == "=" || ch == "<" || ch == ">") {
                        i += 2
                        continue
                    }
                }
                if ch == ">" || ch == "<" {
                    i += 1
                    continue
                }
                break
            }
            if ch == "]" || ch == "}" || ch == ")" {
                guard let opening = brackets.popLast() else {
                    throw errorAt(errTok, "f-string: unmatched '\(Character(ch))'")
                }
                let ok = (opening == "(" && ch == ")") || (opening == "[" && ch == "]") || (opening == "{" && ch == "}")
                if !ok {
                    throw errorAt(errTok, "f-string: closing parenthesis '\(Character(ch))' does not match opening parenthesis '\(Character(opening))'")
                }
            }
            i += 1
        }
        let exprEnd = i
        if quote != nil { throw errorAt(errTok, "f-string: unterminated string") }
        if let open = brackets.last { throw errorAt(errTok, "f-string: unmatched '\(Character(open))'") }
        if i >= end { throw errorAt(errTok, "f-string: expecting '}'") }

        // The expression must not be empty.
        var allSpace = true
        for k in exprStart..<exprEnd {
            let c = src[k]
            if !(c == " " || c == "\t" || c == "\n" || c == "\u{0C}") { allSpace = false; break }
        }
        if allSpace {
            let c = src[exprEnd]
            if c == "!" || c == ":" || c == "=" {
                throw errorAt(errTok, "f-string: expression required before '\(Character(c))'")
            }
            throw errorAt(errTok, "f-string: empty expression not allowed")
        }
        let value = try compileFStringField(exprStart, exprEnd)

        // Self-documenting "=": the text up to and including '=' and following spaces.
        var exprText: [UInt8]? = nil
        if src[i] == "=" {
            i += 1
            while i < end && isPySpace(src[i]) { i += 1 }
            if i >= end { throw errorAt(errTok, "f-string: expecting '}'") }
            var t: [UInt8] = []
            for k in exprStart..<i { PyLex.appendUTF8(src[k], to: &t) }
            exprText = t
        }
        var conversion: Character? = nil
        if src[i] == "!" {
            i += 1
            if i >= end { throw errorAt(errTok, "f-string: expecting '}'") }
            let c = src[i]
            i += 1
            if !(c == "s" || c == "r" || c == "a") {
                throw errorAt(errTok, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var formatSpec: Expr? = nil
        if i < end && src[i] == ":" {
            i += 1
            if i >= end { throw errorAt(errTok, "f-string: expecting '}'") }
            let spec = FStringBuilder(loc: builder.loc, finishLoc: tokenLoc)
            try fstringConcat(&i, end, raw: raw, level: level + 1, builder: spec, errTok: errTok, tokenLoc: tokenLoc)
            formatSpec = spec.finish()
        }
        if i >= end || src[i] != "}" { throw errorAt(errTok, "f-string: expecting '}'") }
        i += 1
        if exprText != nil && formatSpec == nil && conversion == nil { conversion = "r" }
        if let t = exprText { builder.addLiteral(t) }
        builder.addExpr(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: formatSpec), builder.loc))
    }

    func isPySpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0B}" || c == "\u{0C}"
    }

    /// Parse a replacement field's expression text in place, as CPython parses "(" + text + ")".
    func compileFStringField(_ a: Int, _ b: Int) throws -> Expr {
        let lex = Lexer(text: text, from: a, to: b).run()
        let sub = Parser(text: text, lex: lex)
        sub.fstringField = (a, b)
        sub.depth = depth
        sub.treeDepth = treeDepth
        do {
            do {
                if sub.toks[0].kind == .errorToken { throw ReachedLexError() }
                let s = sub.startPos
                let e = try sub.parseParenBody(start: s, closer: .endMarker)
                if sub.kind != .endMarker { throw sub.invalidSyntax() }
                return e
            } catch let e as SyntaxErrorInfo {
                // As in a module, a tokenizer error in the field wins over a parser error.
                if let le = lex.error, le.overrides { throw ReachedLexError() }
                throw e
            }
        } catch is ReachedLexError {
            guard let le = lex.error else { throw sub.invalidSyntax() }
            // Tokenizer errors keep their message; columns are relative to "(" + text + ")".
            var info = le.info
            let (line, col) = sub.fstringRelative(info.line, info.column - 1)
            info.line = line
            info.column = col + 1
            if let ec = info.endColumn { info.endColumn = sub.fstringRelative(line, ec - 1).1 + 1 }
            info.text = sub.fstringFieldText()
            throw info
        }
    }
}

// MARK: - \N{...} names

private let unicodeNameTable: [String: Unicode.Scalar] = {
    var d: [String: Unicode.Scalar] = [:]
    d.reserveCapacity(40000)
    var v: UInt32 = 0
    while v <= 0x10FFFF {
        if v == 0xD800 { v = 0xE000; continue }
        // Skip large unnamed/algorithmic ranges quickly.
        if v == 0x3400 { v = 0x4DC0; continue }          // CJK unified ideographs (algorithmic names)
        if v == 0x4E00 { v = 0xA000; continue }
        if v == 0x17000 { v = 0x18D00; continue }        // Tangut
        if v == 0x20000 { v = 0x30000; continue }
        if v == 0xAC00 { v = 0xD7A4; continue }          // Hangul syllables (handled below)
        if v == 0xE000 { v = 0xF900; continue }          // private use
        if v == 0x30000 { v = 0xE0000; continue }
        if v == 0xF0000 { break }
        if let s = Unicode.Scalar(v) {
            let p = s.properties
            if let n = p.name { d[n] = s }
            if let a = p.nameAlias { d[a] = s }
        }
        v += 1
    }
    let extra: [(String, UInt32)] = [
        ("NULL", 0), ("NUL", 0), ("ALERT", 7), ("BEL", 7), ("BACKSPACE", 8), ("BS", 8),
        ("CHARACTER TABULATION", 9), ("HORIZONTAL TABULATION", 9), ("TAB", 9), ("HT", 9),
        ("LINE FEED", 10), ("NEW LINE", 10), ("END OF LINE", 10), ("LF", 10), ("NL", 10), ("EOL", 10),
        ("LINE TABULATION", 11), ("VERTICAL TABULATION", 11), ("VT", 11),
        ("FORM FEED", 12), ("FF", 12), ("CARRIAGE RETURN", 13), ("CR", 13),
        ("ESCAPE", 27), ("ESC", 27), ("DELETE", 127), ("DEL", 127), ("SP", 32),
        ("NEXT LINE", 0x85), ("NEL", 0x85), ("NBSP", 0xA0), ("SHY", 0xAD),
        ("ZWSP", 0x200B), ("ZWNJ", 0x200C), ("ZWJ", 0x200D), ("BYTE ORDER MARK", 0xFEFF), ("BOM", 0xFEFF),
        ("ZWNBSP", 0xFEFF),
    ]
    for (n, c) in extra where d[n] == nil {
        if let s = Unicode.Scalar(c) { d[n] = s }
    }
    return d
}()

extension PyLex {
    static func lookupUnicodeName(_ raw: String) -> Unicode.Scalar? {
        let name = raw.uppercased()
        for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"] where name.hasPrefix(prefix) {
            let hex = name.dropFirst(prefix.count)
            guard hex.count == 4 || hex.count == 5, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v),
                  s.properties.name == name else { return nil }
            return s
        }
        if name.hasPrefix("HANGUL SYLLABLE ") {
            var v: UInt32 = 0xAC00
            while v < 0xD7A4 {
                if let s = Unicode.Scalar(v), s.properties.name == name { return s }
                v += 1
            }
            return nil
        }
        return unicodeNameTable[name]
    }
}
