// Expressions (grammar/python.peg, "Expressions"): precedence climbing written out one
// function per grammar level, plus atoms, displays, slices and targets.

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

    // MARK: - Expression lists

    /// `star_expressions` (allowStar) or `expressions`: a tuple when there is a comma.
    func parseExpressionList(allowStar: Bool) throws -> Expr {
        let s = startPos
        let first = allowStar ? try parseStarExpression() : try parseExpression()
        if kind != .comma { return first }
        var elts = [first]
        while kind == .comma {
            try bump()
            if !(canStartExpression(kind) || (allowStar && kind == .star)) { break }
            elts.append(allowStar ? try parseStarExpression() : try parseExpression())
        }
        return mk(.tuple(elts), s)
    }

    @inline(__always) func parseStarExpressions() throws -> Expr { try parseExpressionList(allowStar: true) }

    /// `star_expression: '*' bitwise_or | expression`
    func parseStarExpression() throws -> Expr {
        if kind == .star {
            let s = startPos
            try bump()
            let v = try parseBitOr()
            return mk(.starred(v), s)
        }
        return try parseExpression()
    }

    /// `star_named_expression: '*' bitwise_or | named_expression`
    func parseStarNamedExpression() throws -> Expr {
        if kind == .star {
            let s = startPos
            try bump()
            let v = try parseBitOr()
            return mk(.starred(v), s)
        }
        return try parseNamedExpression(checkEquals: true)
    }

    /// `named_expression: NAME ':=' expression | expression !':='`. With `checkEquals`, a
    /// following '=' gets CPython's "Maybe you meant '=='" errors (invalid_named_expression).
    func parseNamedExpression(checkEquals: Bool) throws -> Expr {
        if kind == .name && kindAt(1) == .colonEqual {
            let s = startPos
            let t = try bump()
            let target = Expr(.name(name(t)), tokLoc(t))
            try bump()
            let value = try parseExpression()
            return mk(.namedExpr(target: target, value: value), s)
        }
        let e = try parseExpression()
        if noHeuristics == 0 && checkEquals {
            if kind == .colonEqual {
                let st = saveState()
                try bump()
                let ok = try speculateSecondPass { try self.parseExpression() } != nil
                restoreState(st)
                if ok { throw errorAt(e.loc, "cannot use assignment expressions with \(exprName(e))") }
            } else if kind == .equal && checkEquals {
                try checkMistakenAssignment(e)
            }
        }
        return e
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

    // MARK: - expression

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambdef`
    func parseExpression() throws -> Expr {
        try enter(); defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let s = startPos
        let startIndex = p
        let body: Expr
        do {
            body = try parseDisjunction()
        } catch let e as SyntaxErrorInfo where noHeuristics == 0 && isGenericError(e) && tok.level > 0 {
            // CPython's second pass: invalid_expression sees the longest disjunction prefix.
            let here = saveState()
            p = startIndex
            if let a = try speculateSecondPass({ try self.parseDisjunction() }), canStartExpression(kind) {
                try checkAdjacentExpressions(a, startIndex: startIndex)
            }
            restoreState(here)
            throw e
        }
        if kind == .kwIf {
            let st = saveState()
            do {
                try bump()
                let testStart = saveState()
                let test: Expr
                do {
                    test = try parseDisjunction()
                } catch let e as SyntaxErrorInfo where noHeuristics == 0 && isGenericError(e) {
                    // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':'), where b
                    // is the longest prefix that parses.
                    let here = saveState()
                    restoreState(testStart)
                    let b = try speculateSecondPass { try self.parseDisjunction() }
                    let next = kind
                    restoreState(here)
                    if let b = b, next != .kwElse && next != .colon {
                        throw errorRange("expected 'else' after 'if' expression", line: Int(body.loc.line),
                                         col: Int(body.loc.col), endLine: Int(b.loc.endLine), endCol: Int(b.loc.endCol))
                    }
                    throw e
                }
                if kind != .kwElse {
                    if noHeuristics == 0 && kind != .colon {
                        throw errorRange("expected 'else' after 'if' expression", line: Int(body.loc.line),
                                         col: Int(body.loc.col), endLine: Int(test.loc.endLine), endCol: Int(test.loc.endCol))
                    }
                    throw invalidSyntax()
                }
                try bump()
                let orelse = try parseExpression()
                return mk(.ifExp(test: test, body: body, orelse: orelse), s)
            } catch {
                try prefixFallback(st, error)
                return body
            }
        }
        if noHeuristics == 0 && canStartExpression(kind) && startIndex != skipAdjacencyAt {
            try checkAdjacentExpressions(body, startIndex: startIndex)
        }
        return body
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

    func parseLambda() throws -> Expr {
        let s = startPos
        try bump()
        let args = try parseParameters(closer: .colon)
        _ = try expect(.colon)
        let body = try parseExpression()
        return mk(.lambda(args, body), s)
    }

    // MARK: - Boolean operators

    func parseDisjunction() throws -> Expr {
        let s = startPos
        let first = try parseConjunction()
        if kind != .kwOr { return first }
        var values = [first]
        while kind == .kwOr {
            let st = saveState()
            do {
                try bump()
                values.append(try parseConjunction())
            } catch {
                try prefixFallback(st, error)
                break
            }
        }
        if values.count == 1 { return first }
        return mk(.boolOp(.or, values), s)
    }

    func parseConjunction() throws -> Expr {
        let s = startPos
        let first = try parseInversion()
        if kind != .kwAnd { return first }
        var values = [first]
        while kind == .kwAnd {
            let st = saveState()
            do {
                try bump()
                values.append(try parseInversion())
            } catch {
                try prefixFallback(st, error)
                break
            }
        }
        if values.count == 1 { return first }
        return mk(.boolOp(.and, values), s)
    }

    func parseInversion() throws -> Expr {
        if kind == .kwNot {
            try enter(); defer { leave() }
            let s = startPos
            try bump()
            let operand = try parseInversion()
            return mk(.unaryOp(.not, operand), s)
        }
        return try parseComparison()
    }

    // MARK: - Comparisons

    func parseComparison() throws -> Expr {
        let s = startPos
        let left = try parseBitOr()
        var ops: [CmpOp] = []
        var comparators: [Expr] = []
        loop: while true {
            let op: CmpOp
            let st = saveState()
            switch kind {
            case .equalEqual: op = .eq
            case .notEqual: op = .notEq
            case .less: op = .lt
            case .lessEqual: op = .ltE
            case .greater: op = .gt
            case .greaterEqual: op = .gtE
            case .kwIn: op = .in
            case .kwNot where kindAt(1) == .kwIn:
                try bump()
                op = .notIn
            case .kwIs:
                if kindAt(1) == .kwNot {
                    try bump()
                    op = .isNot
                } else {
                    op = .is
                }
            default:
                break loop
            }
            do {
                try bump()
                let right = try parseBitOr()
                ops.append(op)
                comparators.append(right)
            } catch {
                try prefixFallback(st, error)
                break loop
            }
        }
        if ops.isEmpty { return left }
        return mk(.compare(left, ops, comparators), s)
    }

    // MARK: - Binary operators (left-associative chains)

    func parseBitOr() throws -> Expr {
        let s = startPos
        var left = try parseBitXor()
        var n = 0
        defer { treeDepth -= n }
        while kind == .vbar {
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseBitXor()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, .bitOr, right), s)
        }
        return left
    }

    func parseBitXor() throws -> Expr {
        let s = startPos
        var left = try parseBitAnd()
        var n = 0
        defer { treeDepth -= n }
        while kind == .circumflex {
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseBitAnd()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, .bitXor, right), s)
        }
        return left
    }

    func parseBitAnd() throws -> Expr {
        let s = startPos
        var left = try parseShift()
        var n = 0
        defer { treeDepth -= n }
        while kind == .amper {
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseShift()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, .bitAnd, right), s)
        }
        return left
    }

    func parseShift() throws -> Expr {
        let s = startPos
        var left = try parseArith()
        var n = 0
        defer { treeDepth -= n }
        while kind == .leftShift || kind == .rightShift {
            let op: BinOp = kind == .leftShift ? .lshift : .rshift
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseArith()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, op, right), s)
        }
        return left
    }

    func parseArith() throws -> Expr {
        let s = startPos
        var left = try parseTerm()
        var n = 0
        defer { treeDepth -= n }
        while kind == .plus || kind == .minus {
            let op: BinOp = kind == .plus ? .add : .sub
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseTerm()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, op, right), s)
        }
        return left
    }

    func parseTerm() throws -> Expr {
        let s = startPos
        var left = try parseFactor()
        var n = 0
        defer { treeDepth -= n }
        while true {
            let op: BinOp
            switch kind {
            case .star: op = .mul
            case .slash: op = .div
            case .doubleSlash: op = .floorDiv
            case .percent: op = .mod
            case .at: op = .matmul
            default: return left
            }
            let st = saveState()
            let right: Expr
            do {
                try bump()
                n += 1; treeDepth += 1; try checkTreeDepth()
                right = try parseFactor()
            } catch {
                try prefixFallback(st, error)
                break
            }
            left = mk(.binOp(left, op, right), s)
        }
        return left
    }

    /// `factor: ('+' | '-' | '~') factor | power`
    func parseFactor() throws -> Expr {
        let op: UnaryOp
        switch kind {
        case .plus: op = .plus
        case .minus: op = .minus
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enter(); defer { leave() }
        let s = startPos
        try bump()
        let operand = try parseFactor()
        return mk(.unaryOp(op, operand), s)
    }

    /// `power: await_primary ['**' factor]`
    func parsePower() throws -> Expr {
        let s = startPos
        let base = try parseAwaitPrimary()
        if kind == .doubleStar {
            let st = saveState()
            do {
                try bump()
                try enter(); defer { leave() }
                let exp = try parseFactor()
                return mk(.binOp(base, .pow, exp), s)
            } catch {
                try prefixFallback(st, error)
                return base
            }
        }
        return base
    }

    func parseAwaitPrimary() throws -> Expr {
        if kind == .kwAwait {
            let s = startPos
            try bump()
            let v = try parsePrimary()
            return mk(.await(v), s)
        }
        return try parsePrimary()
    }

    // MARK: - Primary

    func parsePrimary() throws -> Expr {
        let s = startPos
        var e = try parseAtom()
        var n = 0
        defer { treeDepth -= n }
        while true {
            let st = saveState()
            do {
                switch kind {
                case .dot:
                    try bump()
                    let (attr, _) = try expectName()
                    e = mk(.attribute(e, attr), s)
                case .lpar:
                    let lp = try bump()
                    let (args, keywords) = try parseCallArguments(lpar: lp, genexpAllowed: true)
                    e = mk(.call(e, args: args, keywords: keywords), s)
                case .lsqb:
                    try bump()
                    let idx = try parseSlices()
                    _ = try expect(.rsqb)
                    e = mk(.subscript(e, idx), s)
                default:
                    return e
                }
            } catch {
                try prefixFallback(st, error)
                return e
            }
            n += 1; treeDepth += 1; try checkTreeDepth()
        }
    }

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
            parenthesized.insert(ObjectIdentifier(e))
            return e
        }
        if kind == .kwYield {
            let y = try parseYieldExpr()
            try expectCloser(closer)
            parenthesized.insert(ObjectIdentifier(y))
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
            parenthesized.insert(ObjectIdentifier(e))
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
            parenthesized.insert(ObjectIdentifier(e))
            widenForFStringField(e, closer)
            return e
        }
        if case .starred = first.kind, kind == closer, noHeuristics == 0 {
            throw errorAt(first.loc, "cannot use starred expression here")
        }
        try expectCloser(closer)
        parenthesized.insert(ObjectIdentifier(first))
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

    func isParenthesized(_ e: Expr) -> Bool { parenthesized.contains(ObjectIdentifier(e)) }

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
