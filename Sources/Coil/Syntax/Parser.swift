// A hand-written recursive-descent parser for Python 3.11 (see grammar/python.peg).
// It produces the AST of AST.swift with CPython's node locations and reports syntax errors
// with CPython's messages and positions for the common cases (CPython's `invalid_*` rules).
//
// Layout: Parser.swift (entry points, token plumbing, errors), Parser+Statements.swift,
// Parser+Expressions.swift (operators down to primaries), Parser+Atoms.swift (atoms,
// displays, slices, targets), Parser+Arguments.swift (calls, parameters, comprehensions),
// Parser+Strings.swift (literals and f-strings), Parser+Targets.swift (target checks) and
// Parser+Heuristics.swift (backtracking and CPython's error heuristics). The tokenizer is
// in Lexer.swift, Lexer+Numbers.swift and SourceText.swift; ASTDump.swift prints trees.

/// Parse a module (or one REPL input, or an `eval` expression). Throws `SyntaxErrorInfo`.
public func parseModule(_ source: String, filename: String, mode: ParseMode = .file) throws -> Module {
    let text = SourceText(source, filename: filename, evalInput: mode == .eval)
    let lex = Lexer(text: text).run()
    let parser = Parser(text: text, lex: lex)
    return try parser.run(mode: mode)
}

/// True when `source` is an unfinished REPL input that more lines could complete: an open
/// bracket or triple-quoted string, a trailing `\` or `:`, or an indented block that has not
/// been ended by a blank line.
public func isIncompleteInput(_ source: String) -> Bool {
    let text = SourceText(source, filename: "<stdin>")
    let lex = Lexer(text: text).run()
    if let e = lex.error {
        if e.isUnclosedAtEOF { return true }
        let m = e.info.message
        if m.hasPrefix("unterminated triple-quoted string") || m == "unexpected EOF while parsing" { return true }
        return false
    }
    // Last logical line ending in ':' starts a block that still needs a body; a decorator
    // line needs the definition.
    var i = lex.tokens.count - 1
    while i >= 0 && (lex.tokens[i].kind == .endMarker || lex.tokens[i].kind == .dedent) { i -= 1 }
    if i >= 0 && lex.tokens[i].kind == .newline {
        if i >= 1 && lex.tokens[i - 1].kind == .colon { return true }
        var j = i - 1
        while j >= 0 && lex.tokens[j].kind != .newline && lex.tokens[j].kind != .indent && lex.tokens[j].kind != .dedent { j -= 1 }
        if j + 1 < i && lex.tokens[j + 1].kind == .at { return true }
    }
    // Inside an indented block: incomplete until the input ends with an empty line.
    let hasIndent = lex.tokens.contains { $0.kind == .indent }
    if hasIndent {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        if let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { return false }
        return true
    }
    return false
}

/// Thrown internally when the token stream reaches the lexer's error token.
struct ReachedLexError: Error {}

/// A syntax error raised while building a node (string literals, f-strings): never
/// swallowed by speculative parsing.
struct ActionError: Error { var info: SyntaxErrorInfo }

final class Parser {
    let text: SourceText
    @exclusivity(unchecked) var toks: [Token]
    @exclusivity(unchecked) var names: [String]
    @exclusivity(unchecked) var numbers: [Constant]
    let lexError: LexError?
    @exclusivity(unchecked) var p = 0
    /// Furthest token index reached (CPython reports generic errors there).
    @exclusivity(unchecked) var furthest = 0
    @exclusivity(unchecked) var depth = 0
    /// > 0 while parsing CPython's `*_without_invalid` alternatives (no error heuristics).
    @exclusivity(unchecked) var noHeuristics = 0
    /// > 0 inside speculative parses with CPython's second-pass (PEG prefix) semantics.
    @exclusivity(unchecked) var pegPrefix = 0
    /// Token index where the current `expression_without_invalid` starts (no adjacency check).
    @exclusivity(unchecked) var skipAdjacencyAt = -1
    /// > 0 while reading the operand of a legacy-print check (no nested legacy checks).
    @exclusivity(unchecked) var legacyChecks = 0
    /// Token index of an `async` that CPython looked past while checking for `async for`.
    @exclusivity(unchecked) var asyncLookahead = -1
    /// Expressions that were written inside parentheses (matters for targets and error
    /// messages). The nodes are kept alive so identifiers are never reused.
    @exclusivity(unchecked) var parenthesized: [ObjectIdentifier: Expr] = [:]
    /// End of the last consumed significant token.
    @exclusivity(unchecked) var lastEndLine: Int32 = 1
    @exclusivity(unchecked) var lastEndCol: Int32 = 0

    /// For the parser of an f-string replacement field: the scalar range of the field's
    /// expression text (errors are reported relative to "(" + text + ")", as CPython 3.11 does).
    var fstringField: (start: Int, end: Int)? = nil

    static let maxDepth = 1000
    static let maxTreeDepth = 3000
    /// Tree depth estimate: recursion depth plus links of left-associative chains.
    @exclusivity(unchecked) var treeDepth = 0

    init(text: SourceText, lex: LexResult) {
        self.text = text
        self.toks = lex.tokens
        self.names = lex.names
        self.numbers = lex.numbers
        self.lexError = lex.error
        if toks.isEmpty {
            toks.append(Token(kind: .endMarker, level: 0, start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0))
        }
    }

    // MARK: - Entry

    func run(mode: ParseMode) throws -> Module {
        do {
            return try runUnwrapped(mode: mode)
        } catch let e as ActionError {
            throw resolveError(e.info)
        } catch let e as SyntaxErrorInfo {
            throw resolveError(e)
        }
    }

    /// CPython tokenizes the rest of the source before reporting a parser error, so a
    /// tokenizer error anywhere wins, and an unclosed bracket wins when the parser failed on
    /// a later line. Generic "unexpected indent/unindent" errors are reported as they are.
    func resolveError(_ e: SyntaxErrorInfo) -> SyntaxErrorInfo {
        if let le = lexError, !isGenericIndentationError(e) {
            if le.isUnclosedAtEOF {
                let errLine = max(Int(toks[min(furthest, toks.count - 1)].line), e.line)
                if errLine > le.bracketLine { return le.info }
            } else if le.overrides {
                return le.info
            }
        }
        return e
    }

    func runUnwrapped(mode: ParseMode) throws -> Module {
        do {
            if toks[0].kind == .errorToken { throw ReachedLexError() }
            switch mode {
            case .file:
                return Module(body: try parseFileBody())
            case .interactive:
                return Module(body: try parseInteractive())
            case .eval:
                return Module(body: [try parseEvalInput()])
            }
        } catch is ReachedLexError {
            if let le = lexError { throw ActionError(info: le.info) }
            throw invalidSyntax()
        }
    }

    func parseFileBody() throws -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endMarker {
            try parseStatement(into: &body)
        }
        return body
    }

    func parseInteractive() throws -> [Stmt] {
        var body: [Stmt] = []
        if kind == .endMarker { return body }
        try parseStatement(into: &body)
        if kind != .endMarker {
            // CPython points at the end of the first statement's last line.
            let t = p > 0 ? toks[p - 1] : tok
            throw text.error("multiple statements found while compiling a single statement",
                             line: Int(t.line), column: Int(t.col) + 1)
        }
        return body
    }

    func parseEvalInput() throws -> Stmt {
        let s = startPos
        let e = try parseExpressionList(allowStar: false)
        while kind == .newline { try bump() }
        if kind != .endMarker { throw invalidSyntax() }
        return Stmt(.expr(e), SourceLoc(line: Int(s.line), col: Int(s.col), endLine: Int(e.loc.endLine), endCol: Int(e.loc.endCol)))
    }

    // MARK: - Tokens

    @inline(__always) var tok: Token { toks[p] }
    @inline(__always) var kind: TokenKind { toks[p].kind }

    @inline(__always) func kindAt(_ off: Int) -> TokenKind {
        let i = p + off
        return i < toks.count ? toks[i].kind : .endMarker
    }

    /// Consume the current token and return it.
    @discardableResult
    func bump() throws -> Token {
        let t = toks[p]
        if t.kind != .newline && t.kind != .indent && t.kind != .dedent {
            lastEndLine = t.endLine; lastEndCol = t.endCol
        }
        if p + 1 < toks.count && t.kind != .endMarker {
            p += 1
            if p > furthest { furthest = p }
            if toks[p].kind == .errorToken { throw ReachedLexError() }
        }
        return t
    }

    func accept(_ k: TokenKind) throws -> Bool {
        if kind == k { try bump(); return true }
        return false
    }

    func expect(_ k: TokenKind) throws -> Token {
        if kind == k { return try bump() }
        throw invalidSyntax()
    }

    /// CPython's forced token (`&&':'`): "expected ':'" at the current token.
    func expectForced(_ k: TokenKind) throws -> Token {
        if kind == k { return try bump() }
        throw errorAt(tok, "expected '\(k)'")
    }

    func name(_ t: Token) -> String {
        let i = Int(t.aux)
        return i >= 0 && i < names.count ? names[i] : ""
    }

    func expectName() throws -> (String, Token) {
        if kind == .name { let t = try bump(); return (name(t), t) }
        throw invalidSyntax()
    }

    // MARK: - Positions

    struct Pos { var line: Int32; var col: Int32 }

    @inline(__always) var startPos: Pos { Pos(line: toks[p].line, col: toks[p].col) }

    @inline(__always) func locFrom(_ s: Pos) -> SourceLoc {
        var l = SourceLoc.none
        l.line = s.line; l.col = s.col; l.endLine = lastEndLine; l.endCol = lastEndCol
        return l
    }

    @inline(__always) func mk(_ k: ExprKind, _ s: Pos) -> Expr { Expr(k, locFrom(s)) }

    func tokLoc(_ t: Token) -> SourceLoc {
        SourceLoc(line: Int(t.line), col: Int(t.col), endLine: Int(t.endLine), endCol: Int(t.endCol))
    }

    // MARK: - Depth guard

    /// Recursion guard: bounds the Swift stack used by nested constructs.
    @inline(__always) func enter() throws {
        depth += 1
        treeDepth += 1
        if depth > Parser.maxDepth || treeDepth > Parser.maxTreeDepth {
            throw errorAt(tok, "source too complex to parse: too deeply nested")
        }
    }
    @inline(__always) func leave() { depth -= 1; treeDepth -= 1 }

    /// Guard for long left-associative chains (`a+b+c+...`, `a.b.c...`), which nest the
    /// tree without recursing in the parser: bounds the tree depth for later passes.
    @inline(__always) func checkTreeDepth() throws {
        if treeDepth > Parser.maxTreeDepth {
            throw errorAt(tok, "source too complex to parse: too deeply nested")
        }
    }

    // MARK: - Errors

    /// Error located at a token (1-based columns as CPython's SyntaxError.offset). CPython's
    /// INDENT/DEDENT/ENDMARKER tokens have no column: such errors get column 0.
    func errorAt(_ t: Token, _ msg: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        if t.kind == .endMarker && t.col < 0 {
            // Eval input's ENDMARKER has no position: CPython reports column 0 to 0.
            return text.error(kind, msg, line: Int(t.line), column: 0, endColumn: 0)
        }
        if (t.kind == .indent || t.kind == .dedent || t.kind == .endMarker) && fstringField == nil {
            // At end of input CPython positions them after the last line; an INDENT at the
            // tokenizer's cursor.
            let atEnd = Int(t.start) >= text.scalars.count
            let c = atEnd ? Int(t.col) + 1 : (t.kind == .endMarker ? 0 : Int(t.col))
            return text.error(kind, msg, line: Int(t.line), column: c)
        }
        return errorRange(msg, line: Int(t.line), col: Int(t.col), endLine: Int(t.endLine), endCol: Int(t.endCol), kind: kind)
    }

    func isGenericError(_ e: SyntaxErrorInfo) -> Bool {
        e.message == "invalid syntax" || e.message == "f-string: invalid syntax" || isGenericIndentationError(e)
    }

    func isGenericIndentationError(_ e: SyntaxErrorInfo) -> Bool {
        e.kind == .indentationError && (e.message == "unexpected indent" || e.message == "unexpected unindent")
    }

    /// Error located at a node's range.
    func errorAt(_ l: SourceLoc, _ msg: String, kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        errorRange(msg, line: Int(l.line), col: Int(l.col), endLine: Int(l.endLine), endCol: Int(l.endCol), kind: kind)
    }

    func errorRange(_ msg: String, line: Int, col: Int, endLine: Int, endCol: Int,
                    kind: SyntaxErrorInfo.Kind = .syntaxError) -> SyntaxErrorInfo {
        if fstringField != nil {
            let c = fstringRelative(line, col).1 + 1
            let ec = endLine == line ? fstringRelative(endLine, endCol).1 + 1 : nil
            var e = text.error(kind, "f-string: " + msg, line: line, column: c, endColumn: ec)
            e.text = fstringFieldText()
            return e
        }
        return text.error(kind, msg, line: line, column: col + 1, endColumn: endLine == line ? endCol + 1 : nil)
    }

    /// Map a 0-based source column to CPython's column in "(" + field text + ")".
    func fstringRelative(_ line: Int, _ col: Int) -> (Int, Int) {
        guard let f = fstringField else { return (line, col) }
        let fsLine = text.lineOf(f.start)
        let fsCol = f.start - text.lineStarts[fsLine - 1]
        return (line, line == fsLine ? col - fsCol + 1 : col)
    }

    func fstringFieldText() -> String? {
        guard let f = fstringField else { return nil }
        return "(" + text.string(f.start, f.end) + ")"
    }

    /// CPython's generic error at the current token ("invalid syntax", or the indentation
    /// variants when the offending token is INDENT/DEDENT).
    func invalidSyntax() -> SyntaxErrorInfo {
        var t = tok
        // CPython looked one token past `async` (expecting `for`, `def` or `with`).
        // ... and past `not` after an operand (expecting `not in`).
        let prev: TokenKind = p > 0 ? toks[p - 1].kind : .newline
        let afterOperand: Bool
        switch prev {
        case .name, .number, .string, .rpar, .rsqb, .rbrace, .ellipsis, .kwNone, .kwTrue, .kwFalse: afterOperand = true
        default: afterOperand = false
        }
        if t.kind == .kwNot && afterOperand && p + 1 < toks.count && toks[p + 1].kind != .errorToken {
            t = toks[p + 1]
        }
        if t.kind == .kwAsync && p + 1 < toks.count && toks[p + 1].kind != .errorToken {
            let atStatementStart = prev == .newline || prev == .indent || prev == .dedent
            if atStatementStart || asyncLookahead == p { t = toks[p + 1] }
        }
        switch t.kind {
        // CPython reports these positionless tokens' end as -1 (eval input's ENDMARKER as 0).
        case .indent:
            return text.error(.indentationError, "unexpected indent", line: Int(t.line), column: Int(t.col), endColumn: -1)
        case .dedent:
            return text.error(.indentationError, "unexpected unindent", line: Int(t.line), column: Int(t.col), endColumn: -1)
        case .endMarker:
            if fstringField != nil { return errorAt(t, "invalid syntax") }
            return text.error("invalid syntax", line: Int(t.line), column: 0, endColumn: t.col < 0 ? 0 : nil)
        default:
            return errorAt(t, "invalid syntax")
        }
    }

}
