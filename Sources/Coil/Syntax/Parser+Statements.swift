// Statements: simple statements, compound statements and blocks (grammar/python.peg,
// "Statements"). Error messages follow CPython 3.11's `invalid_*` rules.

extension Parser {
    // MARK: - Statement dispatch

    func parseStatement(into body: inout [Stmt]) throws {
        switch kind {
        case .kwDef, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .at:
            body.append(try parseCompound())
        case .kwAsync where kindAt(1) == .kwDef || kindAt(1) == .kwFor || kindAt(1) == .kwWith:
            body.append(try parseCompound())
        case .indent, .dedent:
            throw invalidSyntax()
        case .name where name(tok) == "match":
            if let m = try parseMatchIfPresent() {
                body.append(m)
            } else {
                try parseSimpleStatements(into: &body)
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    func parseCompound() throws -> Stmt {
        try enter(); defer { leave() }
        switch kind {
        case .kwIf: return try parseIf()
        case .kwWhile: return try parseWhile()
        case .kwFor: return try parseFor(asyncTok: nil)
        case .kwWith: return try parseWith(asyncTok: nil)
        case .kwTry: return try parseTry()
        case .kwDef: return try parseFunctionDef(decorators: [], asyncTok: nil)
        case .kwClass: return try parseClassDef(decorators: [])
        case .at: return try parseDecorated()
        case .kwAsync:
            let a = try bump()
            switch kind {
            case .kwDef: return try parseFunctionDef(decorators: [], asyncTok: a)
            case .kwFor: return try parseFor(asyncTok: a)
            default: return try parseWith(asyncTok: a)
            }
        default:
            throw invalidSyntax()
        }
    }

    // MARK: - Blocks

    /// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
    func parseBlock(header: Token, what: String) throws -> [Stmt] {
        var body: [Stmt] = []
        if kind == .newline {
            try bump()
            if kind != .indent { throw missingIndentedBlock(header: header, what: what) }
            try bump()
            repeat {
                try parseStatement(into: &body)
            } while kind != .dedent && kind != .endMarker
            if kind == .dedent { try bump() }
            return body
        }
        try parseSimpleStatements(into: &body)
        return body
    }

    /// "expected an indented block after ... on line N" at the current token.
    func missingIndentedBlock(header: Token, what: String) -> SyntaxErrorInfo {
        let msg = "expected an indented block after \(what) on line \(header.line)"
        let t = tok
        if t.kind == .endMarker || t.kind == .dedent {
            // No-location error: CPython uses the tokenizer's cursor column.
            let atEnd = t.kind == .endMarker || Int(t.start) >= text.scalars.count
            return text.error(.indentationError, msg, line: Int(t.line), column: Int(t.col) + (atEnd ? 1 : 0))
        }
        return errorAt(t, msg, kind: .indentationError)
    }

    /// The ':' ending a compound statement header (not a forced token in CPython):
    /// "expected ':'" when the line ends instead, "invalid syntax" otherwise.
    func expectHeaderColon() throws {
        if kind == .colon { try bump(); return }
        if kind == .newline { throw errorAt(tok, "expected ':'") }
        throw invalidSyntax()
    }

    // MARK: - Simple statements

    @inline(__always) var atStmtEnd: Bool { kind == .newline || kind == .semi || kind == .endMarker }

    /// `simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE`
    func parseSimpleStatements(into body: inout [Stmt]) throws {
        while true {
            body.append(try parseSimpleStatement())
            if kind == .semi {
                try bump()
                if kind == .newline { try bump(); return }
                if kind == .endMarker { return }
                continue
            }
            if kind == .newline { try bump(); return }
            if kind == .endMarker { return }
            throw invalidSyntax()
        }
    }

    func parseSimpleStatement() throws -> Stmt {
        let s = startPos
        switch kind {
        case .kwPass:
            try bump(); return Stmt(.pass, locFrom(s))
        case .kwBreak:
            try bump(); return Stmt(.break, locFrom(s))
        case .kwContinue:
            try bump(); return Stmt(.continue, locFrom(s))
        case .kwReturn:
            try bump()
            var v: Expr? = nil
            if !atStmtEnd { v = try parseStarExpressions() }
            return Stmt(.return(v), locFrom(s))
        case .kwRaise:
            try bump()
            if atStmtEnd { return Stmt(.raise(exc: nil, cause: nil), locFrom(s)) }
            let exc = try parseExpression()
            var cause: Expr? = nil
            if try accept(.kwFrom) { cause = try parseExpression() }
            return Stmt(.raise(exc: exc, cause: cause), locFrom(s))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            try bump()
            var ns: [String] = []
            repeat {
                ns.append(try expectName().0)
            } while try accept(.comma)
            return Stmt(isGlobal ? .global(ns) : .nonlocal(ns), locFrom(s))
        case .kwDel:
            return try parseDel()
        case .kwAssert:
            try bump()
            let test = try parseExpression()
            var msg: Expr? = nil
            if try accept(.comma) { msg = try parseExpression() }
            return Stmt(.assert(test: test, msg: msg), locFrom(s))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    func parseDel() throws -> Stmt {
        let s = startPos
        try bump()
        var targets: [Expr] = []
        repeat {
            if atStmtEnd && !targets.isEmpty { break }
            targets.append(try parseStarExpression())
        } while try accept(.comma)
        for t in targets {
            if let bad = invalidTarget(t, .del) {
                throw errorAt(bad.loc, "cannot delete \(exprName(bad))")
            }
        }
        if !atStmtEnd { throw invalidSyntax() }
        return Stmt(.delete(targets), locFrom(s))
    }

    /// Expression statements, assignments, augmented and annotated assignments.
    func parseExpressionStatement() throws -> Stmt {
        let s = startPos
        let firstTok = p
        let first = kind == .kwYield ? try parseYieldExpr() : try parseStarExpressions()
        switch kind {
        case .equal:
            var exprs = [first]
            while kind == .equal {
                try bump()
                do {
                    exprs.append(kind == .kwYield ? try parseYieldExpr() : try parseStarExpressions())
                } catch let err as SyntaxErrorInfo where isGenericError(err) {
                    // CPython's `(star_targets '=')* a=star_expressions '='` needs no right-hand side.
                    try checkTargetsOnly(exprs)
                    throw err
                }
            }
            let value = exprs.removeLast()
            try checkAssignTargets(exprs, value: value)
            return Stmt(.assign(targets: exprs, value: value), locFrom(s))
        case .colon:
            let colonTok = tok
            var singleTarget = false
            switch first.kind {
            case .name, .attribute, .subscript: singleTarget = true
            default: break
            }
            try bump()
            let ann: Expr
            do {
                ann = try parseExpression()
            } catch let e as SyntaxErrorInfo where !singleTarget && isGenericError(e) {
                // CPython's first pass already failed at the ':' after a non-target.
                throw errorAt(colonTok, "invalid syntax")
            }
            try checkAnnotationTarget(first)
            var value: Expr? = nil
            if try accept(.equal) {
                value = kind == .kwYield ? try parseYieldExpr() : try parseStarExpressions()
            }
            var simple = false
            if case .name = first.kind, toks[firstTok].kind == .name { simple = true }
            return Stmt(.annAssign(target: first, annotation: ann, value: value, simple: simple), locFrom(s))
        case .colonEqual:
            if case .name = first.kind { throw invalidSyntax() }
            let save = saveState()
            try bump()
            if (try speculateSecondPass { try self.parseExpression() }) != nil {
                throw errorAt(first.loc, "cannot use assignment expressions with \(exprName(first))")
            }
            restoreState(save)
            throw invalidSyntax()
        default:
            if let op = kind.augAssignOp {
                let opTok = tok
                var singleTarget = false
                switch first.kind {
                case .name, .attribute, .subscript: singleTarget = true
                default: break
                }
                try bump()
                let value: Expr
                do {
                    value = kind == .kwYield ? try parseYieldExpr() : try parseStarExpressions()
                } catch let e as SyntaxErrorInfo where !singleTarget && isGenericError(e) {
                    throw errorAt(opTok, "invalid syntax")
                }
                if !singleTarget {
                    throw errorAt(first.loc, "'\(exprName(first))' is an illegal expression for augmented assignment")
                }
                return Stmt(.augAssign(target: first, op: op, value: value), locFrom(s))
            }
            if case .tuple = first.kind, !isParenthesized(first), canStartExpression(kind) || kind == .star {
                try checkConcatenatedElements()
            }
            return Stmt(.expr(first), locFrom(s))
        }
    }

    /// `a, b c = 1`: CPython's invalid_assignment reads further `star_named_expressions`
    /// lists after a tuple, and their elements get the invalid_named_expression checks.
    func checkConcatenatedElements() throws {
        let st = saveState()
        defer { restoreState(st) }
        do {
            while canStartExpression(kind) || kind == .star {
                repeat {
                    _ = try parseStarNamedExpression()
                } while try accept(.comma) && (canStartExpression(kind) || kind == .star)
            }
        } catch let e as SyntaxErrorInfo {
            if !isGenericError(e) { throw e }
        }
    }

    // MARK: - Imports

    func parseDottedName() throws -> String {
        var n = try expectName().0
        while kind == .dot {
            try bump()
            n += "." + (try expectName().0)
        }
        return n
    }

    func parseImport() throws -> Stmt {
        let s = startPos
        try bump()
        var aliases: [Alias] = []
        repeat {
            let a = startPos
            let n = try parseDottedName()
            var asname: String? = nil
            if try accept(.kwAs) { asname = try expectName().0 }
            aliases.append(Alias(name: n, asname: asname, loc: locFrom(a)))
        } while try accept(.comma)
        return Stmt(.import(aliases), locFrom(s))
    }

    func parseFromImport() throws -> Stmt {
        let s = startPos
        try bump()
        var level = 0
        while kind == .dot || kind == .ellipsis {
            level += kind == .dot ? 1 : 3
            try bump()
        }
        var module: String? = nil
        if kind == .name {
            module = try parseDottedName()
        } else if level == 0 {
            throw invalidSyntax()
        }
        _ = try expect(.kwImport)
        var aliases: [Alias] = []
        if kind == .star {
            let t = try bump()
            aliases.append(Alias(name: "*", asname: nil, loc: tokLoc(t)))
        } else if kind == .lpar {
            try bump()
            repeat {
                if kind == .rpar && !aliases.isEmpty { break }
                aliases.append(try parseImportAsName())
            } while try accept(.comma)
            _ = try expect(.rpar)
        } else {
            repeat {
                aliases.append(try parseImportAsName())
                if kind == .comma && kindAt(1) == .newline {
                    try bump()
                    throw errorAt(tok, "trailing comma not allowed without surrounding parentheses")
                }
            } while try accept(.comma)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), locFrom(s))
    }

    func parseImportAsName() throws -> Alias {
        let a = startPos
        let n = try expectName().0
        var asname: String? = nil
        if try accept(.kwAs) { asname = try expectName().0 }
        return Alias(name: n, asname: asname, loc: locFrom(a))
    }

    // MARK: - Compound statements

    func parseIf() throws -> Stmt {
        // if/elif chains are built iteratively so long chains do not recurse.
        var clauses: [(tok: Token, test: Expr, body: [Stmt])] = []
        var orelse: [Stmt] = []
        var t = try bump()
        var n = 0
        defer { treeDepth -= n }
        while true {
            let test = try parseNamedExpression(checkEquals: true)
            try expectHeaderColon()
            let what = t.kind == .kwIf ? "'if' statement" : "'elif' statement"
            let body = try parseBlock(header: t, what: what)
            clauses.append((t, test, body))
            n += 1; treeDepth += 1; try checkTreeDepth()
            if kind == .kwElif {
                t = try bump()
                continue
            }
            if kind == .kwElse {
                let e = try bump()
                _ = try expectForced(.colon)
                orelse = try parseBlock(header: e, what: "'else' statement")
            }
            break
        }
        var result: Stmt? = nil
        for c in clauses.reversed() {
            let loc = SourceLoc(line: Int(c.tok.line), col: Int(c.tok.col), endLine: Int(lastEndLine), endCol: Int(lastEndCol))
            let st = Stmt(.if(test: c.test, body: c.body, orelse: result.map { [$0] } ?? orelse), loc)
            result = st
        }
        guard let r = result else { throw invalidSyntax() }
        return r
    }

    func parseWhile() throws -> Stmt {
        let s = startPos
        let t = try bump()
        let test = try parseNamedExpression(checkEquals: true)
        try expectHeaderColon()
        let body = try parseBlock(header: t, what: "'while' statement")
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let e = try bump()
            _ = try expectForced(.colon)
            orelse = try parseBlock(header: e, what: "'else' statement")
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), locFrom(s))
    }

    func parseFor(asyncTok: Token?) throws -> Stmt {
        let s = asyncTok.map { Pos(line: $0.line, col: $0.col) } ?? startPos
        let t = try bump()
        let target = try parseForTarget()
        let iter = try parseStarExpressions()
        try expectHeaderColon()
        let body = try parseBlock(header: t, what: "'for' statement")
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let e = try bump()
            _ = try expectForced(.colon)
            orelse = try parseBlock(header: e, what: "'else' statement")
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: asyncTok != nil), locFrom(s))
    }

    func parseWith(asyncTok: Token?) throws -> Stmt {
        let s = asyncTok.map { Pos(line: $0.line, col: $0.col) } ?? startPos
        let t = try bump()
        var items: [WithItem] = []
        var done = false
        if kind == .lpar {
            // `with (a as b, c):` -- parenthesized items, unless the parentheses belong to
            // the first expression (`with (a, b) as c:`).
            let save = saveState()
            if let r = try speculate({ () -> [WithItem] in
                try self.bump()
                var its: [WithItem] = []
                repeat {
                    if self.kind == .rpar && !its.isEmpty { break }
                    its.append(try self.parseWithItem())
                } while try self.accept(.comma)
                _ = try self.expect(.rpar)
                if self.kind != .colon && self.kind != .newline { throw self.invalidSyntax() }
                return its
            }) {
                items = r
                done = true
            } else {
                restoreState(save)
            }
        }
        if !done {
            repeat {
                items.append(try parseWithItem())
            } while try accept(.comma)
        }
        try expectHeaderColon()
        let body = try parseBlock(header: t, what: "'with' statement")
        return Stmt(.with(items: items, body: body, isAsync: asyncTok != nil), locFrom(s))
    }

    func parseWithItem() throws -> WithItem {
        let e = try parseExpression()
        var vars: Expr? = nil
        if try accept(.kwAs) {
            // `'as' star_target &(',' | ')' | ':')`, else CPython's invalid_with_item reads an
            // expression and reports it if it cannot be assigned to.
            let st = saveState()
            var target: Expr? = nil
            var firstError: SyntaxErrorInfo? = nil
            do {
                target = try parseStarTarget()
            } catch let err as SyntaxErrorInfo where isGenericError(err) {
                firstError = err
            }
            if let t = target, kind == .comma || kind == .rpar || kind == .colon {
                if let bad = invalidTarget(t, .star) {
                    throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
                }
                return WithItem(contextExpr: e, optionalVars: t)
            }
            let err = firstError ?? invalidSyntax()
            let here = saveState()
            restoreState(st)
            if let t = try speculateSecondPass({ try self.parseExpression() }),
               kind == .comma || kind == .rpar || kind == .colon, let bad = invalidTarget(t, .star) {
                throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
            }
            restoreState(here)
            if let t = target, kind == .newline { vars = t } else { throw err }
        }
        return WithItem(contextExpr: e, optionalVars: vars)
    }

    func parseTry() throws -> Stmt {
        let s = startPos
        let t = try bump()
        _ = try expectForced(.colon)
        let body = try parseBlock(header: t, what: "'try' statement")
        var handlers: [ExceptHandler] = []
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if kind != .kwExcept && kind != .kwFinally {
            throw errorAt(tok, "expected 'except' or 'finally' block")
        }
        // `except*` clauses make a TryStar statement; the two kinds cannot be mixed.
        var isStar = false
        while kind == .kwExcept {
            let hs = startPos
            let et = try bump()
            var starTok: Token? = nil
            if kind == .star { starTok = try bump() }
            if handlers.isEmpty { isStar = starTok != nil }
            var type: Expr? = nil
            var hname: String? = nil
            if kind != .colon {
                if kind == .newline && starTok == nil { throw errorAt(tok, "expected ':'") }
                if kind == .newline { throw errorAt(tok, "expected one or more exception types") }
                type = try parseExpression()
                if kind == .comma, let ty = type {
                    // except A, B: -- CPython's invalid_except_stmt.
                    let save = saveState()
                    var endL: Int32 = 0, endC: Int32 = 0
                    let multi = try speculate { () -> Bool in
                        while try self.accept(.comma) { _ = try self.parseExpression() }
                        endL = self.lastEndLine; endC = self.lastEndCol
                        if try self.accept(.kwAs) { _ = try self.expectName() }
                        return self.kind == .colon
                    }
                    restoreState(save)
                    if multi == true {
                        throw errorRange("multiple exception types must be parenthesized",
                                         line: Int(ty.loc.line), col: Int(ty.loc.col),
                                         endLine: Int(endL), endCol: Int(endC))
                    }
                    throw invalidSyntax()
                }
                if try accept(.kwAs) { hname = try expectName().0 }
            } else if starTok != nil {
                throw errorAt(tok, "expected one or more exception types")
            }
            if kind == .colon && (starTok != nil) != isStar {
                // CPython's invalid_try_stmt: the `except*` after plain clauses is marked from
                // `except` to `*`; a plain `except` after star clauses just at `except`.
                let end = starTok ?? et
                throw errorRange("cannot have both 'except' and 'except*' on the same 'try'", line: Int(et.line),
                                 col: Int(et.col), endLine: Int(end.endLine), endCol: Int(end.endCol))
            }
            try expectHeaderColon()
            let hb = try parseBlock(header: et, what: starTok != nil ? "'except*' statement" : "'except' statement")
            handlers.append(ExceptHandler(type: type, name: hname, body: hb, loc: locFrom(hs)))
        }
        if kind == .kwElse && !handlers.isEmpty {
            let e = try bump()
            _ = try expectForced(.colon)
            orelse = try parseBlock(header: e, what: "'else' statement")
        }
        if kind == .kwFinally {
            let f = try bump()
            _ = try expectForced(.colon)
            finalbody = try parseBlock(header: f, what: "'finally' statement")
        }
        if isStar {
            return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), locFrom(s))
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), locFrom(s))
    }

    func parseDecorated() throws -> Stmt {
        var decorators: [Expr] = []
        while kind == .at {
            try bump()
            decorators.append(try parseNamedExpression(checkEquals: true))
            if kind != .newline { throw invalidSyntax() }
            try bump()
        }
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, asyncTok: nil)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync where kindAt(1) == .kwDef:
            let a = try bump()
            return try parseFunctionDef(decorators: decorators, asyncTok: a)
        default:
            throw invalidSyntax()
        }
    }

    func parseFunctionDef(decorators: [Expr], asyncTok: Token?) throws -> Stmt {
        let s = asyncTok.map { Pos(line: $0.line, col: $0.col) } ?? startPos
        let defTok = try bump()
        let (fname, _) = try expectName()
        _ = try expectForced(.lpar)
        let args = try parseParameters(closer: .rpar)
        _ = try expect(.rpar)
        var returns: Expr? = nil
        if kind == .rarrow {
            let arrow = tok
            try bump()
            do {
                // First-pass parse: the forced ':' fails before any error heuristics run.
                noHeuristics += 1
                defer { noHeuristics -= 1 }
                returns = try parseExpression()
            } catch let e as SyntaxErrorInfo where isGenericError(e) {
                // `['->' expression]` is optional: CPython then wants the forced ':' at '->'.
                throw errorAt(arrow, "expected ':'")
            }
        }
        _ = try expectForced(.colon)
        let body = try parseBlock(header: defTok, what: "function definition")
        let fd = FunctionDef(name: fname, args: args, body: body, decorators: decorators, returns: returns,
                             isAsync: asyncTok != nil)
        return Stmt(.functionDef(fd), locFrom(s))
    }

    func parseClassDef(decorators: [Expr]) throws -> Stmt {
        let s = startPos
        let classTok = try bump()
        let (cname, _) = try expectName()
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if kind == .lpar {
            let lp = try bump()
            (bases, keywords) = try parseCallArguments(lpar: lp, genexpAllowed: false)
        }
        try expectHeaderColon()
        let body = try parseBlock(header: classTok, what: "class definition")
        let cd = ClassDef(name: cname, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(cd), locFrom(s))
    }
}
