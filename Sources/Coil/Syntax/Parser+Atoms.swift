// Atoms (names, literals, parenthesized forms, displays and comprehensions), yield
// expressions, slices and assignment targets (grammar/python.peg, "atom", "slices", "Targets").

extension Parser {
    // MARK: - Atoms

    func parseAtom() throws -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            try bump()
            return Expr(.name(name(t)), tokLoc(t))
        case .number:
            try bump()
            let i = Int(t.aux)
            return Expr(.constant(i >= 0 && i < numbers.count ? numbers[i] : .int(0)), tokLoc(t))
        case .string:
            return try parseStrings()
        case .kwNone:
            try bump(); return Expr(.constant(.none), tokLoc(t))
        case .kwTrue:
            try bump(); return Expr(.constant(.true), tokLoc(t))
        case .kwFalse:
            try bump(); return Expr(.constant(.false), tokLoc(t))
        case .ellipsis:
            try bump(); return Expr(.constant(.ellipsis), tokLoc(t))
        case .lpar:
            try enter(); defer { leave() }
            let s = startPos
            try bump()
            let e = try parseParenBody(start: s, closer: .rpar)
            return e
        case .lsqb:
            try enter(); defer { leave() }
            return try parseListDisplay()
        case .lbrace:
            try enter(); defer { leave() }
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    /// The inside of `( ... )` after the opening parenthesis: empty tuple, yield, group,
    /// tuple or generator expression. `closer` is `.rpar`, or `.endMarker` for f-string fields.
    func parseParenBody(start s: Pos, closer: TokenKind) throws -> Expr {
        if kind == closer && closer == .rpar {
            try bump()
            let e = mk(.tuple([]), s)
            markParenthesized(e)
            return e
        }
        if kind == .kwYield {
            let y = try parseYieldExpr()
            try expectCloser(closer)
            markParenthesized(y)
            return y
        }
        if kind == .doubleStar && noHeuristics == 0 {
            let dt = tok
            let st = saveState()
            try bump()
            let ok = try speculateSecondPass { try self.parseExpression() } != nil && kind == closer
            restoreState(st)
            if ok { throw errorAt(dt, "cannot use double starred expression here") }
        }
        let first = try parseStarNamedExpression()
        if firstElementComprehensionCheck() {
            if case .starred = first.kind {
                try checkComprehensionError(first, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseComprehensionClauses()
            try expectCloser(closer)
            let e = mk(.generatorExp(first, gens), s)
            markParenthesized(e)
            widenForFStringField(e, closer)
            return e
        }
        if kind == .comma {
            var elts = [first]
            while kind == .comma {
                try bump()
                if kind == closer { break }
                elts.append(try parseStarNamedExpression())
            }
            try expectCloser(closer)
            let e = mk(.tuple(elts), s)
            markParenthesized(e)
            widenForFStringField(e, closer)
            return e
        }
        if case .starred = first.kind, kind == closer, noHeuristics == 0 {
            throw errorAt(first.loc, "cannot use starred expression here")
        }
        try expectCloser(closer)
        markParenthesized(first)
        return first
    }

    /// CPython parses an f-string field as "(" + text + ")", so a bare tuple or generator
    /// expression there spans the field's braces.
    func widenForFStringField(_ e: Expr, _ closer: TokenKind) {
        guard closer == .endMarker, let f = fstringField, f.start > 0 else { return }
        let a = f.start - 1
        let la = text.lineOf(a), lb = text.lineOf(f.end)
        e.loc = SourceLoc(line: la, col: a - text.lineStarts[la - 1], endLine: lb, endCol: f.end - text.lineStarts[lb - 1] + 1)
    }

    func expectCloser(_ closer: TokenKind) throws {
        if kind == closer {
            if closer != .endMarker { try bump() }
            return
        }
        throw invalidSyntax()
    }

    func isParenthesized(_ e: Expr) -> Bool { parenthesized[ObjectIdentifier(e)] != nil }

    func markParenthesized(_ e: Expr) { parenthesized[ObjectIdentifier(e)] = e }

    /// `[` ... `]`: list display or list comprehension.
    func parseListDisplay() throws -> Expr {
        let s = startPos
        try bump()
        if kind == .rsqb {
            try bump()
            return mk(.list([]), s)
        }
        let first = try parseStarNamedExpression()
        if firstElementComprehensionCheck() {
            if case .starred = first.kind {
                try checkComprehensionError(first, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseComprehensionClauses()
            _ = try expect(.rsqb)
            return mk(.listComp(first, gens), s)
        }
        var elts = [first]
        var lastComma: Token? = nil
        while kind == .comma {
            lastComma = try bump()
            if kind == .rsqb { break }
            elts.append(try parseStarNamedExpression())
            lastComma = nil
        }
        if kind != .rsqb {
            try checkUnparenthesizedComprehensionTarget(elts, lastComma: lastComma)
        }
        _ = try expect(.rsqb)
        return mk(.list(elts), s)
    }

    /// `[a, b for ...]` / `{a, b for ...}`: "did you forget parentheses around the
    /// comprehension target?"
    func checkUnparenthesizedComprehensionTarget(_ elts: [Expr], lastComma: Token?) throws {
        guard noHeuristics == 0, kind == .kwFor || (kind == .kwAsync && kindAt(1) == .kwFor),
              let first = elts.first else { return }
        let st = saveState()
        let ok = try speculateSecondPass { try self.parseComprehensionClauses() } != nil
        restoreState(st)
        guard ok else { return }
        if elts.count >= 2 {
            let last = elts[elts.count - 1]
            throw errorRange("did you forget parentheses around the comprehension target?", line: Int(first.loc.line),
                             col: Int(first.loc.col), endLine: Int(last.loc.endLine), endCol: Int(last.loc.endCol))
        }
        if let c = lastComma {
            throw errorRange("did you forget parentheses around the comprehension target?", line: Int(first.loc.line),
                             col: Int(first.loc.col), endLine: Int(c.endLine), endCol: Int(c.endCol))
        }
    }

    /// A starred element before `for`: the error applies when the clauses parse.
    func checkComprehensionError(_ at: Expr, _ msg: String) throws {
        guard noHeuristics == 0 else { throw invalidSyntax() }
        let st = saveState()
        let ok = try speculateSecondPass { try self.parseComprehensionClauses() } != nil
        restoreState(st)
        if ok { throw errorAt(at.loc, msg) }
        throw invalidSyntax()
    }

    /// `{` ... `}`: dict, set, or their comprehensions.
    func parseBraceDisplay() throws -> Expr {
        let s = startPos
        try bump()
        if kind == .rbrace {
            try bump()
            return mk(.dict(keys: [], values: []), s)
        }
        if kind == .doubleStar {
            let dt = try bump()
            let v = try parseBitOr()
            if firstElementComprehensionCheck() {
                if noHeuristics == 0 {
                    let st = saveState()
                    let ok = try speculateSecondPass { () -> Bool in
                        _ = try self.parseComprehensionClauses()
                        return self.kind == .rbrace
                    } == true
                    restoreState(st)
                    if ok { throw errorAt(dt, "dict unpacking cannot be used in dict comprehension") }
                }
                throw invalidSyntax()
            }
            return try parseDictRest(start: s, keys: [nil], values: [v])
        }
        let first = try parseStarNamedExpression()
        if kind == .colon {
            if case .starred = first.kind { throw invalidSyntax() }
            try bump()
            let value = try parseDictValue()
            if firstElementComprehensionCheck() {
                let gens = try parseComprehensionClauses()
                _ = try expect(.rbrace)
                return mk(.dictComp(key: first, value: value, gens), s)
            }
            return try parseDictRest(start: s, keys: [first], values: [value])
        }
        // A set.
        if firstElementComprehensionCheck() {
            if case .starred = first.kind {
                try checkComprehensionError(first, "iterable unpacking cannot be used in comprehension")
            }
            let gens = try parseComprehensionClauses()
            _ = try expect(.rbrace)
            return mk(.setComp(first, gens), s)
        }
        var elts = [first]
        var lastComma: Token? = nil
        while kind == .comma {
            lastComma = try bump()
            if kind == .rbrace { break }
            elts.append(try parseStarNamedExpression())
            lastComma = nil
        }
        if kind != .rbrace {
            try checkUnparenthesizedComprehensionTarget(elts, lastComma: lastComma)
        }
        _ = try expect(.rbrace)
        return mk(.set(elts), s)
    }

    /// A dict value after `key:`; a starred value is an error.
    func parseDictValue() throws -> Expr {
        if kind == .star && noHeuristics == 0 {
            let s = startPos
            let st = saveState()
            try bump()
            if (try speculateSecondPass { try self.parseBitOr() }) != nil {
                throw errorRange("cannot use a starred expression in a dictionary value", line: Int(s.line), col: Int(s.col),
                                 endLine: Int(lastEndLine), endCol: Int(lastEndCol))
            }
            restoreState(st)
        }
        if (kind == .rbrace || kind == .comma) && noHeuristics == 0 && p > 0 {
            throw errorAt(toks[p - 1], "expression expected after dictionary key and ':'")
        }
        return try parseExpression()
    }

    func parseDictRest(start s: Pos, keys: [Expr?], values: [Expr]) throws -> Expr {
        var keys = keys, values = values
        while kind == .comma {
            try bump()
            if kind == .rbrace { break }
            if kind == .doubleStar {
                try bump()
                keys.append(nil)
                values.append(try parseBitOr())
                continue
            }
            // CPython's invalid_kvpair: a key not followed by ':' (no comma heuristic here).
            var k: Expr
            let keyStart = saveState()
            do {
                noHeuristics += 1
                defer { noHeuristics -= 1 }
                k = try parseExpression()
            } catch let e as SyntaxErrorInfo where noHeuristics == 0 && isGenericError(e) {
                // Second pass: invalid_kvpair looks at the longest key prefix that parses.
                let here = saveState()
                restoreState(keyStart)
                guard let k2 = try speculateSecondPass({ try self.parseExpression() }), kind != .colon else {
                    restoreState(here)
                    throw e
                }
                k = k2
            }
            if kind != .colon {
                if noHeuristics == 0 {
                    throw errorRange("':' expected after dictionary key", line: Int(k.loc.endLine), col: Int(k.loc.endCol) - 1,
                                     endLine: -1, endCol: 0)
                }
                throw invalidSyntax()
            }
            try bump()
            keys.append(k)
            values.append(try parseDictValue())
        }
        _ = try expect(.rbrace)
        return mk(.dict(keys: keys, values: values), s)
    }

    // MARK: - Yield

    /// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
    func parseYieldExpr() throws -> Expr {
        let s = startPos
        try bump()
        if try accept(.kwFrom) {
            let v = try parseExpression()
            return mk(.yieldFrom(v), s)
        }
        if canStartExpression(kind) || kind == .star {
            let v = try parseStarExpressions()
            return mk(.yield(v), s)
        }
        return mk(.yield(nil), s)
    }

    // MARK: - Slices

    /// `slices: slice !',' | ','.(slice | starred_expression)+ [',']`
    func parseSlices() throws -> Expr {
        let s = startPos
        let first = try parseSliceOrStarred()
        if kind != .comma {
            if case .starred = first.kind { return mk(.tuple([first]), s) }  // `x[*a]` is a tuple
            return first
        }
        var elts = [first]
        while kind == .comma {
            try bump()
            if kind == .rsqb { break }
            elts.append(try parseSliceOrStarred())
        }
        return mk(.tuple(elts), s)
    }

    func parseSliceOrStarred() throws -> Expr {
        if kind == .star {
            let s = startPos
            try bump()
            let v = try parseExpression()
            return mk(.starred(v), s)
        }
        let s = startPos
        var lower: Expr? = nil
        if kind != .colon {
            let e = try parseNamedExpression(checkEquals: true)
            if kind != .colon { return e }
            lower = e
        }
        try bump()  // ':'
        var upper: Expr? = nil
        var step: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rsqb {
            upper = try parseExpression()
        }
        if try accept(.colon) {
            if kind != .comma && kind != .rsqb {
                step = try parseExpression()
            }
        }
        return mk(.slice(lower: lower, upper: upper, step: step), s)
    }

    // MARK: - Targets

    /// `star_targets` for `for` loops and comprehensions: comma-separated targets, parsed
    /// at bitwise-or level so that the following `in` is not taken as a comparison.
    func parseTargetList() throws -> Expr {
        let s = startPos
        let first = try parseStarTarget()
        if kind != .comma { return first }
        var elts = [first]
        while kind == .comma {
            try bump()
            if !(canStartExpression(kind) || kind == .star) || kind == .kwNot || kind == .kwLambda { break }
            elts.append(try parseStarTarget())
        }
        return mk(.tuple(elts), s)
    }

    func parseStarTarget() throws -> Expr {
        if kind == .star {
            let s = startPos
            try bump()
            let v = try parseTargetElement()
            return mk(.starred(v), s)
        }
        return try parseTargetElement()
    }

    func parseTargetElement() throws -> Expr {
        try enter(); defer { leave() }
        return try parsePrimary()
    }

    /// After the first element of a display or call: is a comprehension next? CPython looks
    /// one token past `async` here (expecting `for`), which matters for error positions.
    func firstElementComprehensionCheck() -> Bool {
        if kind == .kwFor { return true }
        if kind == .kwAsync {
            if kindAt(1) == .kwFor { return true }
            asyncLookahead = p
        }
        return false
    }
}
