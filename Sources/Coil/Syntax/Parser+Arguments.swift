// Call arguments, function/lambda parameters and comprehension clauses
// (grammar/python.peg, "Arguments", "Parameters", "Comprehensions").

extension Parser {
    // MARK: - Call arguments

    /// Arguments of a call or class definition after `(`; consumes the closing `)`.
    /// A generator expression as the sole argument (`f(x for x in y)`) is allowed when
    /// `genexpAllowed`; its location spans the call's parentheses, as in CPython.
    func parseCallArguments(lpar: Token, genexpAllowed: Bool) throws -> (args: [Expr], keywords: [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        var pendingError: String? = nil
        var count = 0
        while kind != .rpar {
            count += 1
            switch kind {
            case .star:
                let st = tok
                let s = startPos
                try bump()
                if sawDoubleStar && noHeuristics == 0 {
                    throw errorAt(st, "iterable argument unpacking follows keyword argument unpacking")
                }
                let v = try parseExpression()
                args.append(mk(.starred(v), s))
            case .doubleStar:
                let s = startPos
                try bump()
                let v = try parseExpression()
                keywords.append(Keyword(name: nil, value: v, loc: locFrom(s)))
                sawDoubleStar = true
            case .name where kindAt(1) == .equal:
                let s = startPos
                let nt = try bump()
                let eq = try bump()
                let v = try parseExpression()
                if isComprehensionStart && noHeuristics == 0 {
                    let st = saveState()
                    let ok = try speculateSecondPass { try self.parseComprehensionClauses() } != nil
                    restoreState(st)
                    if ok {
                        throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: Int(nt.line),
                                         col: Int(nt.col), endLine: Int(eq.endLine), endCol: Int(eq.endCol))
                    }
                }
                keywords.append(Keyword(name: name(nt), value: v, loc: locFrom(s)))
                sawKeyword = true
            case .kwTrue where kindAt(1) == .equal && noHeuristics == 0,
                 .kwFalse where kindAt(1) == .equal && noHeuristics == 0,
                 .kwNone where kindAt(1) == .equal && noHeuristics == 0:
                let a = try bump()
                let b = tok
                throw errorRange("cannot assign to \(a.kind)", line: Int(a.line), col: Int(a.col),
                                 endLine: Int(b.endLine), endCol: Int(b.endCol))
            default:
                let e: Expr
                let argStart = saveState()
                do {
                    e = try parseNamedExpression(checkEquals: false)
                } catch let err as SyntaxErrorInfo where (sawKeyword || sawDoubleStar) && isGenericError(err) && noHeuristics == 0 {
                    // CPython's `args ',' args` alternative accepts any argument prefix here.
                    let st = saveState()
                    restoreState(argStart)
                    let e2 = try speculateSecondPass { try self.parseNamedExpression(checkEquals: false) }
                    restoreState(st)
                    if e2 != nil && pendingError == nil {
                        // Reported at the last token CPython fetched.
                        let msg = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                                                : "positional argument follows keyword argument"
                        throw errorAt(toks[min(furthest, toks.count - 1)], msg)
                    }
                    throw err
                }
                if count > 1 && isComprehensionStart {
                    // Only CPython's second pass reads a comprehension after a later argument.
                    let st = saveState()
                    let startTok = tok
                    let gens = try speculateSecondPass { try self.parseComprehensionClauses() }
                    restoreState(st)
                    if let gens = gens, noHeuristics == 0 {
                        let last = lastComprehensionItem(gens)
                        throw errorRange("Generator expression must be parenthesized", line: Int(e.loc.line), col: Int(e.loc.col),
                                         endLine: Int(last.loc.endLine), endCol: Int(last.loc.endCol))
                    }
                    throw errorAt(startTok, "invalid syntax")
                }
                if count == 1 && firstElementComprehensionCheck() {
                    let gens = try parseComprehensionClauses()
                    if genexpAllowed && count == 1 && kind == .rpar {
                        let r = try bump()
                        let loc = SourceLoc(line: Int(lpar.line), col: Int(lpar.col), endLine: Int(r.endLine), endCol: Int(r.endCol))
                        let g = Expr(.generatorExp(e, gens), loc)
                        markParenthesized(g)
                        return ([g], [])
                    }
                    if count == 1 && kind != .comma { throw invalidSyntax() }
                    let last = lastComprehensionItem(gens)
                    throw errorRange("Generator expression must be parenthesized", line: Int(e.loc.line), col: Int(e.loc.col),
                                     endLine: Int(last.loc.endLine), endCol: Int(last.loc.endCol))
                }
                if kind == .equal && noHeuristics == 0 {
                    let eq = tok
                    throw errorRange("expression cannot contain assignment, perhaps you meant \"==\"?",
                                     line: Int(e.loc.line), col: Int(e.loc.col), endLine: Int(eq.endLine), endCol: Int(eq.endCol))
                }
                if pendingError == nil {
                    if sawDoubleStar {
                        pendingError = "positional argument follows keyword argument unpacking"
                    } else if sawKeyword {
                        pendingError = "positional argument follows keyword argument"
                    }
                }
                args.append(e)
            }
            if !(try accept(.comma)) { break }
        }
        if let msg = pendingError { throw errorAt(tok, msg) }
        _ = try expect(.rpar)
        return (args, keywords)
    }

    var isComprehensionStart: Bool { kind == .kwFor || (kind == .kwAsync && kindAt(1) == .kwFor) }

    /// The node CPython points at for comprehension errors: the last `if` condition, or the
    /// iterable of the last clause.
    func lastComprehensionItem(_ gens: [Comprehension]) -> Expr {
        guard let last = gens.last else { return Expr(.constant(.none), .none) }
        return last.ifs.last ?? last.iter
    }

    // MARK: - Comprehensions

    /// `for_if_clauses: (['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*)+`
    func parseComprehensionClauses() throws -> [Comprehension] {
        var gens: [Comprehension] = []
        repeat {
            var isAsync = false
            if kind == .kwAsync {
                try bump()
                isAsync = true
            }
            _ = try expect(.kwFor)
            let target = try parseForTarget()
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while kind == .kwIf {
                try bump()
                ifs.append(try parseDisjunction())
            }
            gens.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        } while isComprehensionStart
        return gens
    }

    // MARK: - Parameters

    /// Parameters of a `def` (closer `)`) or `lambda` (closer `:`), up to but not including
    /// the closer. Reports CPython's invalid_parameters / invalid_star_etc / invalid_kwds errors.
    func parseParameters(closer: TokenKind) throws -> Arguments {
        let isLambda = closer == .colon
        var a = Arguments()
        var positional: [Arg] = []
        var seenDefault = false
        var seenSlash = false
        var seenStar = false
        var seenKwarg = false
        while kind != closer {
            let t = tok
            switch kind {
            case .slash:
                if seenKwarg { throw errorAt(t, "arguments cannot follow var-keyword argument") }
                if seenSlash { throw errorAt(t, "/ may appear only once") }
                if seenStar { throw errorAt(t, "/ must be ahead of *") }
                if positional.isEmpty {
                    if kindAt(1) == .comma { throw errorAt(t, "at least one argument must precede /") }
                    throw invalidSyntax()
                }
                try bump()
                a.posonlyargs = positional
                positional = []
                seenSlash = true
            case .star:
                if seenKwarg { throw errorAt(t, "arguments cannot follow var-keyword argument") }
                if seenStar { throw errorAt(t, "* argument may appear only once") }
                try bump()
                if kind == .comma || kind == closer {
                    if kind == closer || kindAt(1) == closer || kindAt(1) == .doubleStar {
                        throw errorAt(t, "named arguments must follow bare *")
                    }
                } else {
                    let arg = try parseParam(isLambda: isLambda, starAnnotation: true)
                    if kind == .equal { throw errorAt(tok, "var-positional argument cannot have default value") }
                    a.vararg = arg
                }
                seenStar = true
            case .doubleStar:
                if seenKwarg { throw errorAt(t, "arguments cannot follow var-keyword argument") }
                try bump()
                let arg = try parseParam(isLambda: isLambda, starAnnotation: false)
                if kind == .equal { throw errorAt(tok, "var-keyword argument cannot have default value") }
                a.kwarg = arg
                seenKwarg = true
            case .name:
                let arg = try parseParam(isLambda: isLambda, starAnnotation: false)
                if seenKwarg { throw errorAt(arg.loc, "arguments cannot follow var-keyword argument") }
                var def: Expr? = nil
                if kind == .equal {
                    let eq = try bump()
                    if kind == .comma || kind == closer { throw errorAt(eq, "expected default value expression") }
                    def = try parseExpression()
                }
                if seenStar {
                    a.kwonlyargs.append(arg)
                    a.kwDefaults.append(def)
                } else {
                    if let d = def {
                        seenDefault = true
                        a.defaults.append(d)
                    } else if seenDefault && (kind == .comma || kind == closer) {
                        throw errorAt(arg.loc, "non-default argument follows default argument")
                    }
                    positional.append(arg)
                }
            case .lpar where noHeuristics == 0:
                let st = saveState()
                let close = try speculateSecondPass { () -> Token in
                    try self.bump()
                    repeat {
                        if self.kind == .rpar { break }
                        _ = try self.parseParam(isLambda: isLambda, starAnnotation: false)
                    } while try self.accept(.comma)
                    return try self.expect(.rpar)
                }
                restoreState(st)
                if let c = close {
                    let msg = isLambda ? "Lambda expression parameters cannot be parenthesized"
                                       : "Function parameters cannot be parenthesized"
                    throw errorRange(msg, line: Int(t.line), col: Int(t.col), endLine: Int(c.endLine), endCol: Int(c.endCol))
                }
                throw invalidSyntax()
            default:
                throw invalidSyntax()
            }
            if !(try accept(.comma)) { break }
        }
        a.args = positional
        return a
    }

    /// `param: NAME [':' expression]` (no annotation for lambdas). `*args: *Ts` is allowed.
    func parseParam(isLambda: Bool, starAnnotation: Bool) throws -> Arg {
        let s = startPos
        let (n, _) = try expectName()
        var ann: Expr? = nil
        if !isLambda && kind == .colon {
            try bump()
            if starAnnotation && kind == .star {
                ann = try parseStarExpression()
            } else {
                ann = try parseExpression()
            }
        }
        return Arg(name: n, annotation: ann, loc: locFrom(s))
    }
}
