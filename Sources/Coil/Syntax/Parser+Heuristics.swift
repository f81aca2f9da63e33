// Backtracking support and CPython's error heuristics for expressions: the `invalid_*`
// rules CPython tries in its second parsing pass ("Perhaps you forgot a comma?",
// "Maybe you meant '=='...", "Missing parentheses in call to 'print'"). Coil parses once
// and runs these checks where its parse fails, with speculative re-parses that follow
// CPython's second-pass (PEG, longest-prefix) semantics.

extension Parser {
    // MARK: - Backtracking support

    struct State {
        var p: Int
        var lastEndLine: Int32
        var lastEndCol: Int32
        var depth: Int
        var treeDepth: Int
    }

    func saveState() -> State {
        State(p: p, lastEndLine: lastEndLine, lastEndCol: lastEndCol, depth: depth, treeDepth: treeDepth)
    }

    func restoreState(_ s: State) {
        p = s.p; lastEndLine = s.lastEndLine; lastEndCol = s.lastEndCol; depth = s.depth; treeDepth = s.treeDepth
    }

    /// Run `f`; on a generic syntax error restore the position and return nil. Specific
    /// errors (CPython's invalid_* rules), string errors and reaching the tokenizer's error
    /// token propagate: CPython would report them on this path as well.
    func speculate<T>(_ f: () throws -> T) throws -> T? {
        let st = saveState()
        do {
            return try f()
        } catch let e as SyntaxErrorInfo {
            restoreState(st)
            if isGenericError(e) { return nil }
            throw e
        }
    }

    /// A quiet speculative check in the spirit of CPython's second (error) pass: PEG rules
    /// succeed with the longest prefix that parses (see `prefixFallback`); error heuristics
    /// are off and any syntax error just means "no match". String errors and reaching the
    /// tokenizer's error token still propagate.
    func speculateSecondPass<T>(_ f: () throws -> T) throws -> T? {
        pegPrefix += 1
        noHeuristics += 1
        defer { pegPrefix -= 1; noHeuristics -= 1 }
        let st = saveState()
        do {
            return try f()
        } catch is SyntaxErrorInfo {
            restoreState(st)
            return nil
        }
    }

    /// In the second pass a PEG rule succeeds with the longest prefix that parses: a failing
    /// operand after an operator or trailer just ends the expression before that operator.
    @inline(__always) func prefixFallback(_ st: State, _ e: Error) throws {
        if pegPrefix > 0, let se = e as? SyntaxErrorInfo, isGenericError(se) {
            restoreState(st)
            return
        }
        throw e
    }

    func canStartExpression(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .kwNot, .kwLambda,
             .kwAwait, .kwNone, .kwTrue, .kwFalse, .ellipsis:
            return true
        default:
            return false
        }
    }

    /// CPython's invalid_named_expression alternatives 2 and 3 for `e` followed by '='.
    func checkMistakenAssignment(_ e: Expr) throws {
        let isName: Bool
        if case .name = e.kind, !isParenthesized(e) { isName = true } else { isName = false }
        if !isName && !(isBitOrLevel(e) && !startsWithExcludedAtom(e)) { return }
        let st = saveState()
        try bump()
        let b = try speculateSecondPass { try self.parseBitOr() }
        let followedByAssign = kind == .equal || kind == .colonEqual
        restoreState(st)
        guard let rhs = b, !followedByAssign else { return }
        if case .name = e.kind, !isParenthesized(e) {
            throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                             line: Int(e.loc.line), col: Int(e.loc.col),
                             endLine: Int(rhs.loc.endLine), endCol: Int(rhs.loc.endCol))
        }
        if isBitOrLevel(e) && !startsWithExcludedAtom(e) {
            throw errorAt(e.loc, "cannot assign to \(exprName(e)) here. Maybe you meant '==' instead of '='?")
        }
    }

    /// CPython's invalid_expression ("Perhaps you forgot a comma?") and
    /// invalid_legacy_expression ("Missing parentheses in call to 'print'") for an
    /// expression `a` followed by a token that can start another expression.
    func checkAdjacentExpressions(_ a: Expr, startIndex: Int) throws {
        let t0 = toks[startIndex]
        let singleName = t0.kind == .name && startIndex + 1 == p
        let legacy = singleName && isLegacyName(t0)
        let nameString = t0.kind == .name && startIndex + 1 < toks.count && toks[startIndex + 1].kind == .string
        let softKeyword = t0.kind == .name && isSoftKeywordPrefix(name(t0))
        if !nameString && !softKeyword && !legacy {
            let st = saveState()
            let savedSkip = skipAdjacencyAt
            skipAdjacencyAt = p
            defer { skipAdjacencyAt = savedSkip }
            let b = try speculateSecondPass { try self.parseExpression() }
            let level = p > 0 ? toks[p - 1].level : 0
            restoreState(st)
            if let b = b, level > 0 {
                throw errorRange("invalid syntax. Perhaps you forgot a comma?", line: Int(a.loc.line), col: Int(a.loc.col),
                                 endLine: Int(b.loc.endLine), endCol: Int(b.loc.endCol))
            }
        }
        guard singleName && kind != .lpar && legacyChecks == 0 else { return }
        // invalid_legacy_expression: a=NAME !'(' b=star_expressions
        let st = saveState()
        legacyChecks += 1
        defer { legacyChecks -= 1 }
        var b: Expr? = nil
        do {
            b = try parseStarExpressions()
        } catch let e as SyntaxErrorInfo {
            restoreState(st)
            if !isGenericError(e) { throw e }
        }
        restoreState(st)
        if let b = b, legacy {
            throw legacyError(t0, b)
        }
        // `x print y`: CPython reaches the `print` through nested legacy-expression parses.
        var i = p
        while i + 1 < toks.count && toks[i].kind == .name && !isLegacyName(toks[i]) && toks[i + 1].kind == .name { i += 1 }
        if i + 1 < toks.count && toks[i].kind == .name && toks[i + 1].kind == .errorToken {
            throw ReachedLexError()  // the nested parse of the last name fetches the next token
        }
        if i + 1 < toks.count && isLegacyName(toks[i]) && toks[i + 1].kind != .lpar && canStartExpression(toks[i + 1].kind) {
            p = i + 1
            let b2 = try speculateSecondPass { try self.parseStarExpressions() }
            restoreState(st)
            if let b2 = b2 { throw legacyError(toks[i], b2) }
        }
    }

    /// CPython matches SOFT_KEYWORD with strncmp on the token's length, so any prefix of
    /// "case" or "match" (and "_") counts.
    func isSoftKeywordPrefix(_ n: String) -> Bool {
        !n.isEmpty && (n == "_" || "case".hasPrefix(n) || "match".hasPrefix(n))
    }

    func isLegacyName(_ t: Token) -> Bool {
        guard t.kind == .name else { return false }
        let n = name(t)
        return n == "print" || n == "exec"
    }

    func legacyError(_ t: Token, _ b: Expr) -> SyntaxErrorInfo {
        let n = name(t)
        return errorRange("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", line: Int(t.line), col: Int(t.col),
                          endLine: Int(b.loc.endLine), endCol: Int(b.loc.endCol))
    }
}
