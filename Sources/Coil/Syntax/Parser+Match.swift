// The match statement and its patterns (grammar/python.peg, "Match statement"; PEP 634).
// `match`, `case` and `_` are soft keywords: a line is a match statement only when
// `match subject :` parses, otherwise it is an ordinary simple statement (`match = 1`,
// `match(x)`). Checks that need the whole pattern (unreachable cases, duplicate names, ...)
// are the compiler's, as in CPython.

extension Parser {
    // MARK: - Statement

    /// Parses a match statement when the current `match` NAME starts one; returns nil (with
    /// the position unchanged) when the line is an ordinary statement.
    func parseMatchIfPresent() throws -> Stmt? {
        switch kindAt(1) {
        case .equal, .colon, .dot, .comma, .rpar, .newline, .semi, .colonEqual, .endMarker: return nil
        default: if kindAt(1).augAssignOp != nil { return nil }
        }
        let st = saveState()
        let matchTok = try bump()
        // A quiet parse: `match(a=1)` is a call, not a subject with an error in it.
        guard let subject = try speculateSecondPass({ try self.parseMatchSubject() }) else {
            restoreState(st)
            return nil
        }
        if kind == .colon { return try parseMatchBody(matchTok, subject) }
        if kind == .newline {
            // `match x` without ':' is an error only when the line is no other statement
            // (CPython's invalid_match_stmt runs in its second, error-reporting pass).
            let nl = tok
            restoreState(st)
            var probe: [Stmt] = []
            do {
                try parseSimpleStatements(into: &probe)
            } catch let e as SyntaxErrorInfo where isGenericError(e) {
                throw errorAt(nl, "expected ':'")
            }
            restoreState(st)
            return nil
        }
        restoreState(st)
        return nil
    }

    /// `subject_expr: star_named_expression ',' star_named_expressions? | named_expression`
    func parseMatchSubject() throws -> Expr {
        let s = startPos
        let first = try parseStarNamedExpression()
        if kind == .comma {
            var elts = [first]
            while kind == .comma {
                try bump()
                if !(canStartExpression(kind) || kind == .star) { break }
                elts.append(try parseStarNamedExpression())
            }
            return mk(.tuple(elts), s)
        }
        if case .starred = first.kind { throw invalidSyntax() }
        return first
    }

    /// `':' NEWLINE INDENT case_block+ DEDENT` after the subject.
    func parseMatchBody(_ matchTok: Token, _ subject: Expr) throws -> Stmt {
        try enter(); defer { leave() }
        let s = Pos(line: matchTok.line, col: matchTok.col)
        try bump()  // ':'
        if kind != .newline { throw invalidSyntax() }
        try bump()
        if kind != .indent { throw missingIndentedBlock(header: matchTok, what: "'match' statement") }
        try bump()
        var cases: [MatchCase] = []
        repeat {
            guard kind == .name && name(tok) == "case" else { throw invalidSyntax() }
            cases.append(try parseCaseBlock())
        } while kind != .dedent && kind != .endMarker
        if kind == .dedent { try bump() }
        return Stmt(.match(subject: subject, cases: cases), locFrom(s))
    }

    /// `"case" patterns guard? ':' block`
    func parseCaseBlock() throws -> MatchCase {
        let caseTok = try bump()
        let pattern = try parsePatterns()
        var guardExpr: Expr? = nil
        if kind == .kwIf {
            try bump()
            guardExpr = try parseNamedExpression(checkEquals: true)
        }
        if kind == .newline { throw errorAt(tok, "expected ':'") }
        if kind != .colon { throw invalidSyntax() }
        try bump()
        let body = try parseBlock(header: caseTok, what: "'case' statement")
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    // MARK: - Patterns

    func canStartPattern(_ k: TokenKind) -> Bool {
        switch k {
        case .name, .number, .string, .minus, .lpar, .lsqb, .lbrace, .kwNone, .kwTrue, .kwFalse, .star: return true
        default: return false
        }
    }

    /// `patterns: open_sequence_pattern | pattern` (a top-level `a, b` is a sequence).
    func parsePatterns() throws -> Pattern {
        let s = startPos
        let first = try parseMaybeStarPattern()
        if kind == .comma {
            var items = [first]
            while kind == .comma {
                try bump()
                if !canStartPattern(kind) { break }
                items.append(try parseMaybeStarPattern())
            }
            return Pattern(.sequence(items), locFrom(s))
        }
        if case .star = first.kind { throw invalidSyntax() }
        return first
    }

    /// `maybe_star_pattern: '*' (capture | '_') | pattern`
    func parseMaybeStarPattern() throws -> Pattern {
        guard kind == .star else { return try parsePattern() }
        let s = startPos
        try bump()
        guard kind == .name else { throw invalidSyntax() }
        let t = try bump()
        let n = name(t)
        return Pattern(.star(n == "_" ? nil : n), locFrom(s))
    }

    /// `pattern: or_pattern ['as' NAME]`
    func parsePattern() throws -> Pattern {
        try enter(); defer { leave() }
        let s = startPos
        let orp = try parseOrPattern()
        guard kind == .kwAs else { return orp }
        try bump()
        if kind == .name && kindAt(1) != .dot && kindAt(1) != .lpar && kindAt(1) != .equal {
            let t = try bump()
            if name(t) == "_" { throw errorAt(t, "cannot use '_' as a target") }
            return Pattern(.as(pattern: orp, name: name(t)), locFrom(s))
        }
        if kind != .name, let e = try speculateSecondPass({ try self.parseExpression() }) {
            throw errorAt(e.loc, "invalid pattern target")
        }
        throw invalidSyntax()
    }

    /// `or_pattern: '|'.closed_pattern+`
    func parseOrPattern() throws -> Pattern {
        let s = startPos
        let first = try parseClosedPattern()
        guard kind == .vbar else { return first }
        var alts = [first]
        while kind == .vbar {
            try bump()
            alts.append(try parseClosedPattern())
        }
        return Pattern(.or(alts), locFrom(s))
    }

    func parseClosedPattern() throws -> Pattern {
        let t = tok
        switch t.kind {
        case .number, .minus:
            let e = try parseNumberPattern()
            return Pattern(.value(e), e.loc)
        case .string:
            let e = try parseStrings()
            return Pattern(.value(e), e.loc)
        case .kwNone, .kwTrue, .kwFalse:
            try bump()
            let c: Constant = t.kind == .kwNone ? .none : (t.kind == .kwTrue ? .true : .false)
            return Pattern(.singleton(c), tokLoc(t))
        case .lpar:
            return try parseParenPattern()
        case .lsqb:
            let s = startPos
            try bump()
            let items = try parseSequenceItems(closer: .rsqb)
            return Pattern(.sequence(items), locFrom(s))
        case .lbrace:
            return try parseMappingPattern()
        case .name:
            let s = startPos
            let target = try parseNameOrAttr()
            if kind == .lpar { return try parseClassPattern(target, s) }
            if case .name(let n) = target.kind {
                return Pattern(.as(pattern: nil, name: n == "_" ? nil : n), target.loc)
            }
            return Pattern(.value(target), target.loc)
        default:
            throw invalidSyntax()
        }
    }

    /// `name_or_attr: NAME ('.' NAME)*` as a Name or Attribute chain.
    func parseNameOrAttr() throws -> Expr {
        let s = startPos
        let t = try bump()
        var e = Expr(.name(name(t)), tokLoc(t))
        while kind == .dot {
            try bump()
            let (n, _) = try expectName()
            e = mk(.attribute(e, n), s)
        }
        return e
    }

    /// `signed_number` or `complex_number` (`-1`, `1.5`, `2j`, `-1+2j`, `3-4j`).
    func parseNumberPattern() throws -> Expr {
        let s = startPos
        let left = try parseSignedNumber()
        guard kind == .plus || kind == .minus else { return left }
        let op: BinOp = kind == .plus ? .add : .sub
        if case .constant(.imaginary) = unsigned(left).kind {
            throw errorAt(unsigned(left).loc, "real number required in complex literal")
        }
        try bump()
        guard kind == .number else { throw invalidSyntax() }
        let t = try bump()
        let right = numberExpr(t)
        guard case .constant(.imaginary) = right.kind else {
            throw errorAt(right.loc, "imaginary number required in complex literal")
        }
        return mk(.binOp(left, op, right), s)
    }

    private func unsigned(_ e: Expr) -> Expr {
        if case .unaryOp(.minus, let v) = e.kind { return v }
        return e
    }

    private func parseSignedNumber() throws -> Expr {
        let s = startPos
        let negative = kind == .minus
        if negative { try bump() }
        guard kind == .number else { throw invalidSyntax() }
        let n = numberExpr(try bump())
        return negative ? mk(.unaryOp(.minus, n), s) : n
    }

    private func numberExpr(_ t: Token) -> Expr {
        let i = Int(t.aux)
        return Expr(.constant(i >= 0 && i < numbers.count ? numbers[i] : .int(0)), tokLoc(t))
    }

    /// `group_pattern: '(' pattern ')'` or `sequence_pattern: '(' open_sequence_pattern? ')'`.
    func parseParenPattern() throws -> Pattern {
        let s = startPos
        try bump()
        if kind == .rpar {
            try bump()
            return Pattern(.sequence([]), locFrom(s))
        }
        let first = try parseMaybeStarPattern()
        if kind == .comma {
            try bump()
            let rest = try parseSequenceItems(closer: .rpar)
            return Pattern(.sequence([first] + rest), locFrom(s))
        }
        if case .star = first.kind { throw invalidSyntax() }
        if kind != .rpar { throw invalidSyntax() }
        try bump()
        return first
    }

    /// Comma-separated `maybe_star_pattern`s with an optional trailing comma, then `closer`.
    func parseSequenceItems(closer: TokenKind) throws -> [Pattern] {
        var items: [Pattern] = []
        while kind != closer {
            items.append(try parseMaybeStarPattern())
            if kind != .comma { break }
            try bump()
        }
        if kind != closer { throw invalidSyntax() }
        try bump()
        return items
    }

    /// `mapping_pattern: '{' [key_value_pattern (',' key_value_pattern)*] [',' '**' NAME] [','] '}'`
    func parseMappingPattern() throws -> Pattern {
        let s = startPos
        try bump()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String? = nil
        while kind != .rbrace {
            if kind == .doubleStar {
                try bump()
                guard kind == .name, name(tok) != "_" else { throw invalidSyntax() }
                rest = name(try bump())
                if kind == .comma { try bump() }
                break
            }
            keys.append(try parseMappingKey())
            if kind != .colon { throw invalidSyntax() }
            try bump()
            patterns.append(try parsePattern())
            if kind != .comma { break }
            try bump()
        }
        if kind != .rbrace { throw invalidSyntax() }
        try bump()
        return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), locFrom(s))
    }

    /// `literal_expr | attr`: numbers, strings, None/True/False or a dotted name.
    func parseMappingKey() throws -> Expr {
        let t = tok
        switch t.kind {
        case .number, .minus: return try parseNumberPattern()
        case .string: return try parseStrings()
        case .kwNone: try bump(); return Expr(.constant(.none), tokLoc(t))
        case .kwTrue: try bump(); return Expr(.constant(.true), tokLoc(t))
        case .kwFalse: try bump(); return Expr(.constant(.false), tokLoc(t))
        case .name:
            let e = try parseNameOrAttr()
            if case .name = e.kind { throw invalidSyntax() }
            return e
        default: throw invalidSyntax()
        }
    }

    /// `class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'`
    func parseClassPattern(_ cls: Expr, _ s: Pos) throws -> Pattern {
        try bump()  // '('
        var positional: [Pattern] = []
        var kwdAttrs: [String] = []
        var kwdPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && kindAt(1) == .equal {
                let n = name(try bump())
                try bump()
                kwdAttrs.append(n)
                kwdPatterns.append(try parsePattern())
            } else if !kwdAttrs.isEmpty {
                try positionalAfterKeyword()
            } else {
                positional.append(try parsePattern())
            }
            if kind != .comma { break }
            try bump()
        }
        if kind != .rpar { throw invalidSyntax() }
        try bump()
        return Pattern(.class(cls: cls, patterns: positional, kwdAttrs: kwdAttrs, kwdPatterns: kwdPatterns), locFrom(s))
    }

    /// CPython's invalid_class_pattern: the run of positional patterns after a keyword one.
    private func positionalAfterKeyword() throws {
        var run: [Pattern] = [try parsePattern()]
        while kind == .comma && !(kindAt(1) == .name && kindAt(2) == .equal) && kindAt(1) != .rpar {
            try bump()
            run.append(try parsePattern())
        }
        guard let a = run.first, let b = run.last else { throw invalidSyntax() }
        throw errorRange("positional patterns follow keyword patterns", line: Int(a.loc.line), col: Int(a.loc.col),
                         endLine: Int(b.loc.endLine), endCol: Int(b.loc.endCol))
    }
}
