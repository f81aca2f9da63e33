// Assignment/deletion target validation with CPython's messages
// (_PyPegen_get_invalid_target, _PyPegen_get_expr_name, invalid_assignment).

enum TargetsType { case star, `for`, del }

extension Parser {
    /// The first sub-expression that cannot be a target, or nil when `e` is a valid target.
    func invalidTarget(_ e: Expr, _ type: TargetsType) -> Expr? {
        switch e.kind {
        case .list(let elts), .tuple(let elts):
            for x in elts {
                if let bad = invalidTarget(x, type) { return bad }
            }
            return nil
        case .starred(let v):
            if type == .del { return e }
            return invalidTarget(v, type)
        case .compare(let left, let ops, _):
            if type == .for {
                if ops.first == .in { return invalidTarget(left, type) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// CPython's name for an expression kind in error messages.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .true: return "True"
            case .false: return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// Whether `e` is something CPython's `bitwise_or` rule parses as a whole.
    func isBitOrLevel(_ e: Expr) -> Bool {
        if isParenthesized(e) { return true }
        switch e.kind {
        case .boolOp, .compare, .ifExp, .lambda, .namedExpr, .starred, .yield, .yieldFrom, .tuple:
            return false
        case .unaryOp(let op, _):
            return op != .not
        default:
            return true
        }
    }

    /// The leading `bitwise_or` part of `e`, or nil when `e` does not start with one.
    func leadingBitOr(_ e: Expr) -> Expr? {
        if isParenthesized(e) { return e }
        switch e.kind {
        case .boolOp(_, let values): return values.first.flatMap { leadingBitOr($0) }
        case .compare(let left, _, _): return left
        case .ifExp(_, let body, _): return leadingBitOr(body)
        case .tuple(let elts): return elts.first.flatMap { leadingBitOr($0) }
        case .lambda, .starred, .yield, .yieldFrom, .namedExpr: return nil
        case .unaryOp(let op, _): return op == .not ? nil : e
        default: return e
        }
    }

    /// CPython's `!(list|tuple|genexp|'True'|'None'|'False')` lookahead at the start of `e`.
    func startsWithExcludedAtom(_ e: Expr) -> Bool {
        var x = e
        loop: while !isParenthesized(x) {
            switch x.kind {
            case .binOp(let l, _, _): x = l
            case .attribute(let v, _): x = v
            case .subscript(let v, _): x = v
            case .call(let f, _, _): x = f
            default: break loop
            }
        }
        switch x.kind {
        case .list, .generatorExp: return true
        case .tuple: return isParenthesized(x)
        case .constant(let c):
            switch c {
            case .true, .false, .none: return true
            default: return false
            }
        default: return false
        }
    }

    /// Validate the targets of `t1 = t2 = ... = value` (CPython's invalid_assignment).
    func checkAssignTargets(_ targets: [Expr], value: Expr) throws {
        var anyInvalid = false
        for t in targets where invalidTarget(t, .star) != nil { anyInvalid = true; break }
        if !anyInvalid { return }
        // invalid_named_expression on the element of the first target that precedes '='.
        let e0 = targets[0]
        var x = e0
        if case .tuple(let elts) = e0.kind, !isParenthesized(e0), let last = elts.last {
            if last.loc.endLine == e0.loc.endLine && last.loc.endCol == e0.loc.endCol {
                x = last
            } else {
                x = Expr(.tuple([]), .none)  // trailing comma: no element is followed by '='
            }
        }
        let v1 = targets.count > 1 ? targets[1] : value
        if let lead = leadingBitOr(v1), !(lead === v1 && isBitOrLevel(v1) && targets.count > 1) {
            if case .name = x.kind, !isParenthesized(x) {
                throw errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                 line: Int(x.loc.line), col: Int(x.loc.col),
                                 endLine: Int(lead.loc.endLine), endCol: Int(lead.loc.endCol))
            }
            if x.loc != .none && isBitOrLevel(x) && !startsWithExcludedAtom(x) {
                throw errorAt(x.loc, "cannot assign to \(exprName(x)) here. Maybe you meant '==' instead of '='?")
            }
        }
        for t in targets {
            var isYield = false
            switch t.kind {
            case .yield, .yieldFrom: isYield = true
            default: break
            }
            if isYield && !isParenthesized(t) {
                throw errorAt(t.loc, "assignment to yield expression not possible")
            }
            if let bad = invalidTarget(t, .star) {
                throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
            }
        }
    }

    /// The targets of an assignment whose right-hand side failed to parse.
    func checkTargetsOnly(_ targets: [Expr]) throws {
        for t in targets {
            var isYield = false
            switch t.kind {
            case .yield, .yieldFrom: isYield = true
            default: break
            }
            if isYield && !isParenthesized(t) {
                throw errorAt(t.loc, "assignment to yield expression not possible")
            }
            if let bad = invalidTarget(t, .star) {
                throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
            }
        }
    }

    /// The target of `for` (statement or comprehension) and the `in` after it.
    func parseForTarget() throws -> Expr {
        let st = saveState()
        var target: Expr? = nil
        var firstError: SyntaxErrorInfo? = nil
        do {
            target = try parseTargetList()
        } catch let e as SyntaxErrorInfo where isGenericError(e) {
            firstError = e
        }
        if let t = target, kind == .kwIn {
            if let bad = invalidTarget(t, .for) {
                throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
            }
            try bump()
            return t
        }
        let err = firstError ?? invalidSyntax()
        // CPython's invalid_for_target re-reads the target as star_expressions: its
        // expression heuristics apply, and an invalid target is reported.
        let here = saveState()
        restoreState(st)
        do {
            let e = try parseStarExpressions()
            if let bad = invalidTarget(e, .for) {
                throw errorAt(bad.loc, "cannot assign to \(exprName(bad))")
            }
        } catch let e as SyntaxErrorInfo {
            if !isGenericError(e) { throw e }
        }
        restoreState(here)
        throw err
    }

    /// Validate the target of an annotated assignment (CPython's invalid_assignment).
    func checkAnnotationTarget(_ t: Expr) throws {
        switch t.kind {
        case .name, .attribute, .subscript:
            return
        case .tuple(let elts):
            if !isParenthesized(t), let first = elts.first {
                throw errorAt(first.loc, "only single target (not tuple) can be annotated")
            }
            throw errorAt(t.loc, "only single target (not tuple) can be annotated")
        case .list:
            throw errorAt(t.loc, "only single target (not list) can be annotated")
        default:
            throw errorAt(t.loc, "illegal target for annotation")
        }
    }
}
