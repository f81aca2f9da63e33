// Expressions (grammar/python.peg, "Expressions"): precedence climbing written out one
// function per grammar level, from expression lists down to primaries.

extension Parser {
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
}
