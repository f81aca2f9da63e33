// The tokenizer: turns source text into tokens with CPython's rules (INDENT/DEDENT, implicit
// line joining inside brackets, `\` continuation, numbers, string tokens). String literal
// *contents* are decoded later by the parser (Parser+Strings.swift), as CPython does.
//
// The whole source is tokenized up front. A tokenizer error stops tokenization: the token
// array then ends with an `.errorToken` and `LexResult.error` holds the error. The parser
// throws that error when it reaches the error token, and also prefers it over its own
// syntax errors (CPython tokenizes the rest of the file before reporting a parser error).

/// A tokenizer error, remembered until the parser decides which error to report.
struct LexError {
    var info: SyntaxErrorInfo
    /// CPython's tokenizer errors raised with `syntaxerror()` win over parser errors anywhere
    /// in the file; indentation errors, bad continuation and EOF errors only show when the
    /// parser actually reaches them.
    var overrides: Bool
    /// EOF inside open brackets ("'(' was never closed"): CPython reports this instead of a
    /// parser error only when the parser error is on a later line than the bracket.
    var isUnclosedAtEOF: Bool
    var bracketLine: Int
}

/// Shared, immutable view of the source: scalars with normalized newlines, plus line starts.
final class SourceText {
    let scalars: [Unicode.Scalar]
    /// Index of the first scalar of each line; `lineStarts[0]` is line 1.
    let lineStarts: [Int]
    let filename: String
    /// Index of a NUL character, if any (CPython rejects such sources).
    let nulIndex: Int?

    init(_ source: String, filename: String) {
        self.filename = filename
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count + 1)
        var prevCR = false
        var first = true
        var nul: Int? = nil
        for s in source.unicodeScalars {
            if first {
                first = false
                if s.value == 0xFEFF { continue }
            }
            if s == "\r" {
                out.append("\n"); prevCR = true; continue
            }
            if s == "\n" && prevCR { prevCR = false; continue }
            prevCR = false
            if s.value == 0 && nul == nil { nul = out.count }
            out.append(s)
        }
        // Like CPython's exec input, make sure the text ends with a newline.
        if out.last != "\n" { out.append("\n") }
        self.scalars = out
        self.nulIndex = nul
        var starts = [0]
        for i in 0..<out.count where out[i] == "\n" && i + 1 < out.count { starts.append(i + 1) }
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its newline, or nil.
    func lineText(_ line: Int) -> String? {
        guard line >= 1 && line <= lineStarts.count else { return nil }
        let a = lineStarts[line - 1]
        var b = a
        while b < scalars.count && scalars[b] != "\n" { b += 1 }
        return string(a, b)
    }

    /// 1-based line containing scalar index `i`.
    func lineOf(_ i: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func string(_ a: Int, _ b: Int) -> String {
        if a >= b { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for i in a..<b { appendUTF8(scalars[i], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func error(_ message: String, line: Int, column: Int, endColumn: Int? = nil) -> SyntaxErrorInfo {
        error(.syntaxError, message, line: line, column: column, endColumn: endColumn)
    }

    func error(_ kind: SyntaxErrorInfo.Kind, _ message: String, line: Int, column: Int,
               endColumn: Int? = nil) -> SyntaxErrorInfo {
        SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line, column: column,
                        endColumn: endColumn, text: lineText(line))
    }
}

struct LexResult {
    var tokens: [Token]
    var names: [String]
    var numbers: [Constant]
    var error: LexError?
}

/// Append the UTF-8 encoding of `c` to `b`.
@inline(__always) func appendUTF8(_ c: Unicode.Scalar, to b: inout [UInt8]) {
    let v = c.value
    if v < 0x80 {
        b.append(UInt8(v))
    } else if v < 0x800 {
        b.append(UInt8(0xC0 | (v >> 6)))
        b.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        b.append(UInt8(0xE0 | (v >> 12)))
        b.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        b.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        b.append(UInt8(0xF0 | (v >> 18)))
        b.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        b.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        b.append(UInt8(0x80 | (v & 0x3F)))
    }
}

@inline(__always) func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
@inline(__always) func isHexDigit(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 48 && v <= 57) || (v >= 65 && v <= 70) || (v >= 97 && v <= 102)
}
@inline(__always) func isPotentialIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
}
@inline(__always) func isPotentialIdentifierChar(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || (v >= 48 && v <= 57) || v >= 128
}

/// Python's `str.isprintable` for one character (Py_UNICODE_ISPRINTABLE).
func isPrintableScalar(_ c: Unicode.Scalar) -> Bool {
    if c == " " { return true }
    switch c.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
         .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

func hex4(_ v: UInt32) -> String {
    var s = String(v, radix: 16, uppercase: true)
    while s.count < 4 { s = "0" + s }
    return s
}

final class Lexer {
    let text: SourceText
    let src: [Unicode.Scalar]
    let end: Int
    @exclusivity(unchecked) var pos: Int
    @exclusivity(unchecked) var line: Int
    @exclusivity(unchecked) var lineStart: Int
    /// Sub-lexer for an f-string replacement field: no NEWLINE/INDENT/DEDENT, EOF at `end`.
    let isSubLexer: Bool

    @exclusivity(unchecked) var tokens: [Token] = []
    @exclusivity(unchecked) var names: [String] = []
    @exclusivity(unchecked) var nameIndex: [String: Int] = [:]
    @exclusivity(unchecked) var numbers: [Constant] = []
    @exclusivity(unchecked) var error: LexError?

    @exclusivity(unchecked) var parenStack: [(ch: Unicode.Scalar, line: Int, col: Int)] = []
    @exclusivity(unchecked) var indents: [Int] = [0]
    @exclusivity(unchecked) var altIndents: [Int] = [0]
    @exclusivity(unchecked) var atBOL = true
    @exclusivity(unchecked) var blankLine = false
    /// Start of CPython's tokenizer buffer: the first of the physical lines joined by
    /// backslashes or spanned by a string token (used for one error column).
    @exclusivity(unchecked) var bufStart = 0
    @exclusivity(unchecked) var scratch: [UInt8] = []

    static let maxLevel = 200
    static let maxIndent = 100

    init(text: SourceText) {
        self.text = text
        self.src = text.scalars
        self.end = text.scalars.count
        self.pos = 0
        self.line = 1
        self.lineStart = 0
        self.isSubLexer = false
    }

    /// A lexer for the scalar range `from..<to` of `text`, as if inside one pair of brackets.
    init(text: SourceText, from: Int, to: Int) {
        self.text = text
        self.src = text.scalars
        self.end = min(to, text.scalars.count)
        self.pos = from
        let ln = text.lineOf(from)
        self.line = ln
        self.lineStart = text.lineStarts[ln - 1]
        self.isSubLexer = true
        self.atBOL = false
        self.parenStack = [("(", ln, from - lineStart)]
    }

    var level: Int { parenStack.count }

    func run() -> LexResult {
        tokenize()
        return LexResult(tokens: tokens, names: names, numbers: numbers, error: error)
    }

    // MARK: - Helpers

    @inline(__always) func peekc(_ off: Int = 0) -> Unicode.Scalar {
        let i = pos + off
        return i < end ? src[i] : "\0"
    }

    @inline(__always) var col: Int { pos - lineStart }

    func emit(_ kind: TokenKind, start: Int, startLine: Int, startCol: Int, flags: UInt8 = 0, aux: Int = 0) {
        tokens.append(Token(kind: kind, level: level, flags: flags, aux: aux, start: start, end: pos,
                            line: startLine, col: startCol, endLine: line, endCol: pos - lineStart))
    }

    /// Consume a newline character at `pos` and advance the line counter. Between tokens
    /// this starts a new CPython input buffer (see `bufStart`).
    @inline(__always) func consumeNewline(newBuffer: Bool = true) {
        pos += 1
        line += 1
        lineStart = pos
        if newBuffer { bufStart = pos }
    }

    /// Record an error and stop: appends the error token.
    func fail(_ info: SyntaxErrorInfo, unclosed: Bool = false, bracketLine: Int = 0, overrides: Bool = true) {
        if error == nil {
            error = LexError(info: info, overrides: overrides && !unclosed, isUnclosedAtEOF: unclosed, bracketLine: bracketLine)
        }
        tokens.append(Token(kind: .errorToken, level: level, start: pos, end: pos, line: line,
                            col: max(0, pos - lineStart), endLine: line, endCol: max(0, pos - lineStart)))
    }

    /// CPython's `syntaxerror(tok, ...)`: the 1-based column is the cursor's 0-based column.
    func failAtCursor(_ msg: String, kind: SyntaxErrorInfo.Kind = .syntaxError) {
        let c = pos - lineStart
        fail(text.error(kind, msg, line: line, column: c, endColumn: c))
    }

    // MARK: - Main loop

    func tokenize() {
        if !isSubLexer, let nul = text.nulIndex {
            let ln = text.lineOf(nul)
            fail(text.error("source code string cannot contain null bytes", line: ln,
                            column: nul - text.lineStarts[ln - 1] + 1))
            return
        }
        while error == nil {
            if atBOL {
                atBOL = false
                if !handleIndentation() { return }
            }
            // Skip whitespace.
            while pos < end {
                let c = src[pos]
                if c == " " || c == "\t" || c == "\u{0C}" { pos += 1 } else { break }
            }
            if pos >= end {
                finish()
                return
            }
            let c = src[pos]
            var commentStart = -1
            if c == "#" {
                commentStart = pos
                while pos < end && src[pos] != "\n" { pos += 1 }
                if pos >= end { continue }
            }
            if src[pos] == "\n" {
                if isSubLexer || level > 0 || blankLine {
                    consumeNewline()
                    atBOL = !isSubLexer
                    continue
                }
                // CPython's NEWLINE token starts at a trailing comment, if any.
                let sc = commentStart >= 0 ? commentStart - lineStart : col
                tokens.append(Token(kind: .newline, level: 0, start: commentStart >= 0 ? commentStart : pos, end: pos,
                                    line: line, col: sc, endLine: line, endCol: col))
                consumeNewline()
                atBOL = true
                continue
            }
            if c == "\\" {
                let bl = line, bc = col
                pos += 1
                if pos >= end || src[pos] != "\n" {
                    // CPython measures this column from the start of its input buffer.
                    let abs = pos - 1 - bufStart
                    pos = min(pos + 1, end)
                    fail(text.error("unexpected character after line continuation character",
                                    line: bl, column: abs + 2), overrides: false)
                    return
                }
                consumeNewline(newBuffer: false)
                if pos >= end {
                    if let open = parenStack.last, !isSubLexer {
                        fail(text.error("'\(open.ch)' was never closed", line: open.line, column: open.col + 1),
                             unclosed: true, bracketLine: open.line)
                        return
                    }
                    fail(text.error("unexpected EOF while parsing", line: bl, column: bc + 2), overrides: false)
                    return
                }
                continue
            }
            if isPotentialIdentifierStart(c) {
                lexNameOrString()
                continue
            }
            if isASCIIDigit(c) || (c == "." && isASCIIDigit(peekc(1))) {
                lexNumber()
                continue
            }
            if c == "'" || c == "\"" {
                lexString(prefixStart: pos, flags: 0)
                continue
            }
            lexOperator()
        }
    }

    /// At the beginning of a line: measure indentation, emit INDENT/DEDENT. Returns false on error.
    func handleIndentation() -> Bool {
        var colw = 0, altcol = 0
        var contLineCol = 0
        while pos < end {
            let c = src[pos]
            if c == " " { colw += 1; altcol += 1 }
            else if c == "\t" { colw = (colw / 8 + 1) * 8; altcol += 1 }
            else if c == "\u{0C}" { colw = 0; altcol = 0 }
            else if c == "\\" {
                // A backslash continuation inside the indentation: the first one found
                // determines the indentation (CPython 3.11.7).
                contLineCol = contLineCol != 0 ? contLineCol : colw
                let bl = line, bc = col
                if pos + 1 >= end || src[pos + 1] != "\n" {
                    let abs = pos - bufStart
                    pos = min(pos + 2, end)
                    fail(text.error("unexpected character after line continuation character",
                                    line: bl, column: abs + 2), overrides: false)
                    return false
                }
                pos += 1
                consumeNewline(newBuffer: false)
                if pos >= end {
                    fail(text.error("unexpected EOF while parsing", line: bl, column: bc + 2), overrides: false)
                    return false
                }
                continue
            }
            else { break }
            pos += 1
        }
        if contLineCol != 0 { colw = contLineCol; altcol = contLineCol }
        if pos >= end { return true }  // end of input: finish() emits the DEDENTs
        let c = src[pos]
        blankLine = c == "#" || c == "\n"
        if blankLine || level > 0 { return true }
        let cur = indents[indents.count - 1]
        if colw == cur {
            if altcol != altIndents[altIndents.count - 1] { tabError(); return false }
        } else if colw > cur {
            if indents.count >= Lexer.maxIndent {
                fail(text.error(.indentationError, "too many levels of indentation", line: line, column: 1), overrides: false)
                return false
            }
            if altcol <= altIndents[altIndents.count - 1] { tabError(); return false }
            indents.append(colw); altIndents.append(altcol)
            tokens.append(Token(kind: .indent, level: 0, start: lineStart, end: pos, line: line,
                                col: pos - lineStart, endLine: line, endCol: pos - lineStart))
        } else {
            var k = indents.count - 1
            while k > 0 && colw < indents[k] { k -= 1 }
            if colw == indents[k] && altcol != altIndents[k] { tabError(); return false }
            if colw != indents[k] {
                var e = pos
                while e < end && src[e] != "\n" { e += 1 }
                fail(text.error(.indentationError, "unindent does not match any outer indentation level",
                                line: line, column: e - lineStart + 1), overrides: false)
                return false
            }
            while indents.count - 1 > k {
                indents.removeLast(); altIndents.removeLast()
                tokens.append(Token(kind: .dedent, level: 0, start: pos, end: pos, line: line,
                                    col: pos - lineStart, endLine: line, endCol: pos - lineStart))
            }
            if altcol != altIndents[altIndents.count - 1] { tabError(); return false }
        }
        return true
    }

    func tabError() {
        fail(text.error(.tabError, "inconsistent use of tabs and spaces in indentation", line: line, column: 1),
             overrides: false)
    }

    func finish() {
        if isSubLexer {
            tokens.append(Token(kind: .endMarker, level: 0, start: pos, end: pos, line: line, col: col,
                                endLine: line, endCol: col))
            return
        }
        if let open = parenStack.last {
            fail(text.error("'\(open.ch)' was never closed", line: open.line, column: open.col + 1),
                 unclosed: true, bracketLine: open.line)
            return
        }
        // The source always ends with "\n", so the last logical line already got its NEWLINE.
        // CPython places the end-of-file tokens at the end of the last line.
        let lastLine = max(1, text.lineOf(max(0, end - 1)))
        let lastCol = max(0, end - 1 - text.lineStarts[lastLine - 1])
        while indents.count > 1 {
            indents.removeLast(); altIndents.removeLast()
            tokens.append(Token(kind: .dedent, level: 0, start: pos, end: pos, line: lastLine, col: lastCol,
                                endLine: lastLine, endCol: lastCol))
        }
        tokens.append(Token(kind: .endMarker, level: 0, start: pos, end: pos, line: lastLine, col: lastCol,
                            endLine: lastLine, endCol: lastCol))
    }

    // MARK: - Names and strings

    func lexNameOrString() {
        let start = pos, sl = line, sc = col
        // String prefixes: b, r, u, f and the two-letter combinations CPython accepts.
        var sawB = false, sawR = false, sawU = false, sawF = false
        var p = pos
        while p < end {
            let c = src[p]
            if !(sawB || sawU || sawF) && (c == "b" || c == "B") { sawB = true }
            else if !(sawB || sawU || sawR || sawF) && (c == "u" || c == "U") { sawU = true }
            else if !(sawR || sawU) && (c == "r" || c == "R") { sawR = true }
            else if !(sawF || sawB || sawU) && (c == "f" || c == "F") { sawF = true }
            else { break }
            p += 1
            if p < end && (src[p] == "'" || src[p] == "\"") {
                var flags: UInt8 = 0
                if sawB { flags |= StringFlags.bytes }
                if sawR { flags |= StringFlags.raw }
                if sawF { flags |= StringFlags.fstring }
                if sawU { flags |= StringFlags.unicodePrefix }
                pos = p
                lexString(prefixStart: start, flags: flags)
                return
            }
        }
        var allASCII = true
        while pos < end {
            let c = src[pos]
            if !isPotentialIdentifierChar(c) { break }
            if c.value >= 128 { allASCII = false }
            pos += 1
        }
        if !allASCII {
            // Verify the identifier (CPython's verify_identifier).
            for i in start..<pos {
                let c = src[i]
                let ok: Bool
                if i == start {
                    ok = c == "_" || c.properties.isXIDStart
                } else {
                    ok = c.properties.isXIDContinue
                }
                if !ok {
                    pos = i + 1
                    let msg = isPrintableScalar(c)
                        ? "invalid character '\(Character(c))' (U+\(hex4(c.value)))"
                        : "invalid non-printable character U+\(hex4(c.value))"
                    failAtCursor(msg)
                    return
                }
            }
        }
        var name: String
        if allASCII {
            scratch.removeAll(keepingCapacity: true)
            for i in start..<pos { scratch.append(UInt8(truncatingIfNeeded: src[i].value)) }
            name = String(decoding: scratch, as: UTF8.self)
        } else {
            name = nfkcIdentifier(text.string(start, pos))
        }
        if let kw = TokenKind.keywords[name] {
            emit(kw, start: start, startLine: sl, startCol: sc)
            return
        }
        let idx: Int
        if let i = nameIndex[name] { idx = i } else {
            idx = names.count; names.append(name); nameIndex[name] = idx
        }
        emit(.name, start: start, startLine: sl, startCol: sc, aux: idx)
    }

    /// `pos` is at the opening quote; `prefixStart` at the first prefix letter.
    func lexString(prefixStart: Int, flags: UInt8) {
        let sl = line, sc = prefixStart - lineStart, startLineStart = lineStart
        let quote = src[pos]
        var flags = flags
        var quoteSize = 1
        pos += 1
        if peekc() == quote && peekc(1) == quote {
            quoteSize = 3
            pos += 2
            flags |= StringFlags.triple
        }
        var endQuote = 0
        while endQuote != quoteSize {
            if pos >= end || (quoteSize == 1 && src[pos] == "\n") {
                let detected = pos >= end ? text.lineOf(end - 1) : line
                let msg = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                line = sl; lineStart = startLineStart
                fail(text.error(msg, line: sl, column: sc + 1, endColumn: sc + 1))
                return
            }
            let c = src[pos]
            if c == quote {
                endQuote += 1
                pos += 1
            } else {
                endQuote = 0
                if c == "\\" {
                    pos += 1
                    if pos < end {
                        if src[pos] == "\n" { consumeNewline(newBuffer: false) } else { pos += 1 }
                    }
                } else if c == "\n" {
                    consumeNewline(newBuffer: false)
                } else {
                    pos += 1
                }
            }
        }
        emit(.string, start: prefixStart, startLine: sl, startCol: sc, flags: flags)
    }

    // MARK: - Numbers

    /// CPython's verify_end_of_number. Returns false after recording an error.
    func verifyEndOfNumber(_ kind: String) -> Bool {
        // `pos` is at the character following the number (not consumed).
        let c = peekc()
        var r = false
        func look(_ s: String) -> Bool {
            var i = 1
            for ch in s.unicodeScalars {
                if peekc(i) != ch { return false }
                i += 1
            }
            return !isPotentialIdentifierChar(peekc(i))
        }
        switch c {
        case "a": r = look("nd")
        case "e": r = look("lse")
        case "f": r = look("or")
        case "i": let c2 = peekc(1); r = c2 == "f" || c2 == "n" || c2 == "s"
        case "o": r = look("r")
        case "n": r = look("ot")
        default: break
        }
        if r { return true }
        if pos < end && c.value < 128 && isPotentialIdentifierChar(c) {
            failAtCursor("invalid \(kind) literal")
            return false
        }
        return true
    }

    /// Digits with single underscores between them (CPython's tok_decimal_tail), starting at
    /// `pos` which must be a digit. Returns false after recording an error.
    func decimalTail() -> Bool {
        while true {
            while pos < end && isASCIIDigit(src[pos]) { pos += 1 }
            if peekc() != "_" { return true }
            pos += 1
            if !isASCIIDigit(peekc()) {
                failAtCursor("invalid decimal literal")
                return false
            }
        }
    }

    func lexNumber() {
        let start = pos, sl = line, sc = col
        var isFloat = false, isImag = false
        var radix = 10
        let c0 = src[pos]
        if c0 == "." {
            pos += 1
            if !decimalTail() { return }
            isFloat = true
            if !lexExponentAndSuffix(&isFloat, &isImag) { return }
        } else if c0 == "0" && (peekc(1) == "x" || peekc(1) == "X" || peekc(1) == "o" || peekc(1) == "O"
                                  || peekc(1) == "b" || peekc(1) == "B") {
            let k = peekc(1)
            pos += 2
            let kindName: String
            let valid: (Unicode.Scalar) -> Bool
            switch k {
            case "x", "X": radix = 16; kindName = "hexadecimal"; valid = isHexDigit
            case "o", "O": radix = 8; kindName = "octal"; valid = { $0.value >= 48 && $0.value < 56 }
            default: radix = 2; kindName = "binary"; valid = { $0 == "0" || $0 == "1" }
            }
            repeat {
                if peekc() == "_" { pos += 1 }
                let c = peekc()
                if pos >= end || !valid(c) {
                    if radix != 16 && isASCIIDigit(c) {
                        pos += 1
                        failAtCursor("invalid digit '\(Character(c))' in \(kindName) literal")
                    } else {
                        failAtCursor("invalid \(kindName) literal")
                    }
                    return
                }
                while pos < end && valid(src[pos]) { pos += 1 }
            } while peekc() == "_"
            if radix != 16 && isASCIIDigit(peekc()) {
                pos += 1
                failAtCursor("invalid digit '\(Character(src[pos - 1]))' in \(kindName) literal")
                return
            }
            if !verifyEndOfNumber(kindName) { return }
        } else if c0 == "0" {
            // Zeros (maybe with underscores); a following nonzero digit makes it old-style octal.
            pos += 1
            var nonzero = false
            while true {
                if peekc() == "_" {
                    pos += 1
                    if !isASCIIDigit(peekc()) { failAtCursor("invalid decimal literal"); return }
                }
                if peekc() != "0" { break }
                pos += 1
            }
            let zerosEnd = pos + 1
            if isASCIIDigit(peekc()) {
                nonzero = true
                if !decimalTail() { return }
            }
            let c = peekc()
            if c == "." {
                pos += 1
                isFloat = true
                if isASCIIDigit(peekc()) { if !decimalTail() { return } }
                if !lexExponentAndSuffix(&isFloat, &isImag) { return }
            } else if c == "e" || c == "E" || c == "j" || c == "J" {
                if !lexExponentAndSuffix(&isFloat, &isImag) { return }
            } else if nonzero {
                fail(text.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                line: line, column: sc + 1, endColumn: zerosEnd - lineStart))
                return
            } else if !verifyEndOfNumber("decimal") { return }
        } else {
            if !decimalTail() { return }
            if peekc() == "." {
                pos += 1
                isFloat = true
                if isASCIIDigit(peekc()) { if !decimalTail() { return } }
            }
            if !lexExponentAndSuffix(&isFloat, &isImag) { return }
        }
        // Build the value.
        var digits: [UInt8] = []
        let bodyStart = radix == 10 ? start : start + 2
        for i in bodyStart..<pos {
            let ch = src[i]
            if ch != "_" && ch != "j" && ch != "J" { digits.append(UInt8(truncatingIfNeeded: ch.value)) }
        }
        let body = String(decoding: digits, as: UTF8.self)
        let value: Constant
        if isImag {
            value = .imaginary(Double(body) ?? 0)
        } else if isFloat {
            value = .float(Double(body) ?? 0)
        } else if let v = Int(body, radix: radix) {
            value = .int(v)
        } else {
            value = .bigInt(bigDecimalDigits(body, radix: radix))
        }
        let idx = numbers.count
        numbers.append(value)
        emit(.number, start: start, startLine: sl, startCol: sc, aux: idx)
    }

    /// After the integer/fraction part: optional exponent, optional `j`, then the end check.
    func lexExponentAndSuffix(_ isFloat: inout Bool, _ isImag: inout Bool) -> Bool {
        let c = peekc()
        if c == "e" || c == "E" {
            let save = pos
            pos += 1
            let s = peekc()
            if s == "+" || s == "-" {
                pos += 1
                if !isASCIIDigit(peekc()) { failAtCursor("invalid decimal literal"); return false }
            } else if !isASCIIDigit(s) {
                pos = save
                // `1else` is accepted (a number followed by a keyword); `1e` is not.
                if !verifyEndOfNumber("decimal") { return false }
                return true
            }
            if !decimalTail() { return false }
            isFloat = true
        }
        if peekc() == "j" || peekc() == "J" {
            pos += 1
            isImag = true
            return verifyEndOfNumber("imaginary")
        }
        return verifyEndOfNumber("decimal")
    }

    // MARK: - Operators

    func lexOperator() {
        let start = pos, sl = line, sc = col
        let c = src[pos]
        let c1 = peekc(1), c2 = peekc(2)
        var kind: TokenKind
        var len = 1
        switch c {
        case "(", "[", "{":
            kind = c == "(" ? .lpar : (c == "[" ? .lsqb : .lbrace)
            if parenStack.count >= Lexer.maxLevel {
                pos += 1
                failAtCursor("too many nested parentheses")
                return
            }
            parenStack.append((c, line, sc))
            pos += 1
            emit(kind, start: start, startLine: sl, startCol: sc)
            return
        case ")", "]", "}":
            kind = c == ")" ? .rpar : (c == "]" ? .rsqb : .rbrace)
            pos += 1
            guard let open = parenStack.last else {
                failAtCursor("unmatched '\(Character(c))'")
                return
            }
            let ok = (open.ch == "(" && c == ")") || (open.ch == "[" && c == "]") || (open.ch == "{" && c == "}")
            if !ok {
                if open.line != line {
                    failAtCursor("closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.ch))' on line \(open.line)")
                } else {
                    failAtCursor("closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.ch))'")
                }
                return
            }
            parenStack.removeLast()
            if isSubLexer && parenStack.isEmpty {
                // Cannot happen for validated f-string fields; keep the level sane anyway.
                parenStack.append(("(", line, sc))
            }
            emit(kind, start: start, startLine: sl, startCol: sc)
            return
        case ":": if c1 == "=" { kind = .colonEqual; len = 2 } else { kind = .colon }
        case ",": kind = .comma
        case ";": kind = .semi
        case ".":
            if c1 == "." && c2 == "." { kind = .ellipsis; len = 3 } else { kind = .dot }
        case "@": if c1 == "=" { kind = .atEqual; len = 2 } else { kind = .at }
        case "+": if c1 == "=" { kind = .plusEqual; len = 2 } else { kind = .plus }
        case "-":
            if c1 == "=" { kind = .minusEqual; len = 2 }
            else if c1 == ">" { kind = .rarrow; len = 2 }
            else { kind = .minus }
        case "*":
            if c1 == "*" {
                if c2 == "=" { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 }
            } else if c1 == "=" { kind = .starEqual; len = 2 } else { kind = .star }
        case "/":
            if c1 == "/" {
                if c2 == "=" { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 }
            } else if c1 == "=" { kind = .slashEqual; len = 2 } else { kind = .slash }
        case "%": if c1 == "=" { kind = .percentEqual; len = 2 } else { kind = .percent }
        case "|": if c1 == "=" { kind = .vbarEqual; len = 2 } else { kind = .vbar }
        case "&": if c1 == "=" { kind = .amperEqual; len = 2 } else { kind = .amper }
        case "^": if c1 == "=" { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
        case "~": kind = .tilde
        case "<":
            if c1 == "<" {
                if c2 == "=" { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 }
            } else if c1 == "=" { kind = .lessEqual; len = 2 }
            else if c1 == ">" { kind = .errorOp; len = 2 }
            else { kind = .less }
        case ">":
            if c1 == ">" {
                if c2 == "=" { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 }
            } else if c1 == "=" { kind = .greaterEqual; len = 2 } else { kind = .greater }
        case "=": if c1 == "=" { kind = .equalEqual; len = 2 } else { kind = .equal }
        case "!": if c1 == "=" { kind = .notEqual; len = 2 } else { kind = .errorOp }
        default:
            if !isPrintableScalar(c) {
                pos += 1
                failAtCursor("invalid non-printable character U+\(hex4(c.value))")
                return
            }
            kind = .errorOp
        }
        pos += len
        emit(kind, start: start, startLine: sl, startCol: sc)
    }
}

/// Convert the digits of an integer literal in `radix` to a decimal digit string.
func bigDecimalDigits(_ digits: String, radix: Int) -> String {
    // Little-endian limbs in base 1e9.
    let base: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [0]
    for ch in digits.unicodeScalars {
        guard let d = Int(String(ch), radix: radix) else { continue }
        var carry = UInt64(d)
        for i in 0..<limbs.count {
            let v = limbs[i] * UInt64(radix) + carry
            limbs[i] = v % base
            carry = v / base
        }
        while carry > 0 { limbs.append(carry % base); carry /= base }
    }
    while limbs.count > 1 && limbs[limbs.count - 1] == 0 { limbs.removeLast() }
    var s = String(limbs[limbs.count - 1])
    var i = limbs.count - 2
    while i >= 0 {
        var part = String(limbs[i])
        while part.count < 9 { part = "0" + part }
        s += part
        i -= 1
    }
    return s
}

/// Tokenize `source` (mainly for tests and tools). Throws the first tokenizer error.
public func tokenize(_ source: String, filename: String = "<string>") throws -> [Token] {
    let text = SourceText(source, filename: filename)
    let r = Lexer(text: text).run()
    if let e = r.error { throw e.info }
    return r.tokens
}

/// Python normalizes identifiers to NFKC. Swift's standard library has no NFKC, so this maps
/// the compatibility characters likely to appear in identifiers (micro sign, ligatures,
/// fullwidth forms, some superscripts); other identifiers are kept as written.
func nfkcIdentifier(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var changed = false
    for c in s.unicodeScalars {
        let v = c.value
        var rep: String? = nil
        switch v {
        case 0xB5: rep = "\u{3BC}"
        case 0xAA: rep = "a"
        case 0xBA: rep = "o"
        case 0x17F: rep = "s"
        case 0x2071: rep = "i"
        case 0x207F: rep = "n"
        case 0x2160...0x216B:
            rep = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][Int(v - 0x2160)]
        case 0x2170...0x217B:
            rep = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"][Int(v - 0x2170)]
        case 0xFB00: rep = "ff"
        case 0xFB01: rep = "fi"
        case 0xFB02: rep = "fl"
        case 0xFB03: rep = "ffi"
        case 0xFB04: rep = "ffl"
        case 0xFB05, 0xFB06: rep = "st"
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
            rep = String(Character(Unicode.Scalar(v - 0xFEE0) ?? "_"))
        case 0xFF3F: rep = "_"
        case 0x1D400...0x1D6A3:
            // Mathematical alphanumeric letters: bold/italic/... A-Z a-z blocks of 52.
            let k = Int(v - 0x1D400) % 52
            rep = String(Character(Unicode.Scalar(UInt32(k < 26 ? 65 + k : 97 + k - 26)) ?? "_"))
        default: break
        }
        if let r = rep {
            out.append(contentsOf: r.unicodeScalars)
            changed = true
        } else {
            out.append(c)
        }
    }
    return changed ? String(out) : s
}
