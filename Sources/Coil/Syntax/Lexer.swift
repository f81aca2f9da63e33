// The tokenizer: turns source text into tokens with CPython's rules (INDENT/DEDENT, implicit
// line joining inside brackets, `\` continuation, numbers, string tokens). String literal
// *contents* are decoded later by the parser (Parser+Strings.swift), as CPython does.
//
// The whole source is tokenized up front. A tokenizer error stops tokenization: the token
// array then ends with an `.errorToken` and `LexResult.error` holds the error. The parser
// throws that error when it reaches the error token, and also prefers it over its own
// syntax errors (CPython tokenizes the rest of the file before reporting a parser error).

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
                if text.isAddedEvalNewline(pos) {
                    // Eval input ends without NEWLINE: ENDMARKER follows the last token.
                    consumeNewline()
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
                        fail(text.error("'\(open.ch)' was never closed", line: open.line, column: open.col + 1,
                                        endColumn: 0),
                             unclosed: true, bracketLine: open.line)
                        return
                    }
                    fail(text.error("unexpected EOF while parsing", line: bl, column: bc + 2), overrides: false)
                    return
                }
                continue
            }
            if PyLex.isIdentifierStart(c) {
                lexNameOrString()
                continue
            }
            if PyLex.isDigit(c) || (c == "." && PyLex.isDigit(peekc(1))) {
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
        // A whitespace-only last line of eval input has no newline in CPython, so it is not blank.
        blankLine = c == "#" || (c == "\n" && !text.isAddedEvalNewline(pos))
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
                                line: line, column: e - lineStart + 1, endColumn: -1), overrides: false)
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
            fail(text.error("'\(open.ch)' was never closed", line: open.line, column: open.col + 1,
                                        endColumn: 0),
                 unclosed: true, bracketLine: open.line)
            return
        }
        if text.isEvalInput && indents.count == 1 {
            // CPython's ENDMARKER has no column; its line is the last one read.
            let n = text.linesRead
            tokens.append(Token(kind: .endMarker, level: 0, start: pos, end: pos, line: n, col: -1, endLine: n, endCol: -1))
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
            if !PyLex.isIdentifierChar(c) { break }
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
                    let msg = PyLex.isPrintable(c)
                        ? "invalid character '\(Character(c))' (U+\(PyLex.hex4(c.value)))"
                        : "invalid non-printable character U+\(PyLex.hex4(c.value))"
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
            name = PyLex.nfkcIdentifier(text.string(start, pos))
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
            if !PyLex.isPrintable(c) {
                pos += 1
                failAtCursor("invalid non-printable character U+\(PyLex.hex4(c.value))")
                return
            }
            kind = .errorOp
        }
        pos += len
        emit(kind, start: start, startLine: sl, startCol: sc)
    }
}


/// Tokenize `source` (mainly for tests and tools). Throws the first tokenizer error.
public func tokenizePython(_ source: String, filename: String = "<string>") throws -> [Token] {
    let text = SourceText(source, filename: filename)
    let r = Lexer(text: text).run()
    if let e = r.error { throw e.info }
    return r.tokens
}

