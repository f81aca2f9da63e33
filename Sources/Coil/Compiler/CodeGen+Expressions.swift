// Expression compilation (CPython 3.11 compiler_visit_expr1 and helpers).

extension CodeGen {
    static let stackUseGuideline = 30

    // MARK: constants

    func codeConstant(_ c: Constant) -> CodeConstant {
        switch c {
        case .none: return .none
        case .true: return .true
        case .false: return .false
        case .ellipsis: return .ellipsis
        case .int(let i): return .int(i)
        case .bigInt(let s): return normalizedBigInt(s, negative: false)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .imaginary(d)
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// A big literal as `.int` when it fits, else `.bigInt` with a canonical digit string.
    func normalizedBigInt(_ digits: String, negative: Bool) -> CodeConstant {
        var d = Substring(digits)
        while d.count > 1 && d.first == "0" { d = d.dropFirst() }
        let text = (negative ? "-" : "") + d
        if let i = Int(text) { return .int(i) }
        return .bigInt(text)
    }

    func negate(_ c: CodeConstant) -> CodeConstant? {
        switch c {
        case .int(let i):
            if i == Int.min { return .bigInt("9223372036854775808") }
            return .int(-i)
        case .bigInt(let s):
            if s.hasPrefix("-") { return normalizedBigInt(String(s.dropFirst()), negative: false) }
            return normalizedBigInt(s, negative: true)
        case .float(let d): return .float(-d)
        case .true: return .int(-1)
        case .false: return .int(0)
        default: return nil
        }
    }

    /// Folds constant expressions the way CPython's AST optimizer does for the cases that matter:
    /// literals, unary minus on numbers and tuples of constants.
    func foldConstant(_ e: Expr) -> CodeConstant? {
        switch e.kind {
        case .constant(let c): return codeConstant(c)
        case .unaryOp(.minus, let v):
            guard let c = foldConstant(v) else { return nil }
            return negate(c)
        case .tuple(let elts):
            var items: [CodeConstant] = []
            items.reserveCapacity(elts.count)
            for x in elts {
                guard let c = foldConstant(x) else { return nil }
                items.append(c)
            }
            return .tuple(items)
        case .name("__debug__"): return .true
        default: return nil
        }
    }

    func truthiness(_ c: CodeConstant) -> Bool {
        switch c {
        case .none, .false: return false
        case .true, .ellipsis, .bigInt, .code: return true
        case .int(let i): return i != 0
        case .float(let d), .imaginary(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t), .frozenset(let t): return !t.isEmpty
        }
    }

    /// `[c1, c2]` of constants as a tuple constant and `{c1, c2}` as a frozenset constant, for
    /// `in` tests and `for` iterables (CPython's fold_iter).
    func foldedIterable(_ e: Expr) -> CodeConstant? {
        let elts: [Expr]
        switch e.kind {
        case .list(let l): elts = l
        case .set(let l): elts = l
        default: return nil
        }
        var items: [CodeConstant] = []
        for x in elts {
            guard let c = foldConstant(x) else { return nil }
            items.append(c)
        }
        if case .set = e.kind { return frozensetConstant(items) }
        return .tuple(items)
    }

    /// Compiles an iterable (list and set displays of constants become tuple and frozenset
    /// constants).
    func compileIterable(_ e: Expr) throws {
        if let t = foldedIterable(e) {
            let saved = unit.loc; unit.loc = e.loc
            loadConst(t)
            unit.loc = saved
        } else {
            try compileExpr(e)
        }
    }

    static func binOpIndex(_ op: BinOp) -> Int {
        switch op {
        case .add: return 0
        case .sub: return 1
        case .mul: return 2
        case .matmul: return 3
        case .div: return 4
        case .floorDiv: return 5
        case .mod: return 6
        case .pow: return 7
        case .lshift: return 8
        case .rshift: return 9
        case .bitOr: return 10
        case .bitXor: return 11
        case .bitAnd: return 12
        }
    }

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    // MARK: expressions

    func compileExpr(_ e: Expr) throws {
        let saved = unit.loc
        unit.loc = e.loc
        defer { unit.loc = saved }
        try compileExprKind(e)
    }

    // The dispatcher stays small (helpers per construct) so that debug builds use little native
    // stack per nesting level.
    private func compileExprKind(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            try nameOp(n, .load)
        case .constant(let c):
            loadConst(codeConstant(c))
        case .joinedStr, .formattedValue:
            try compileFString(e)
        case .boolOp:
            try compileBoolOp(e)
        case .binOp:
            try compileBinOpChain(e)
        case .unaryOp:
            try compileUnaryOp(e)
        case .lambda(let args, let body):
            try compileLambda(e, args, body)
        case .ifExp:
            try compileIfExp(e)
        case .dict(let keys, let values):
            try compileDict(keys, values)
        case .set(let elts):
            try starUnpack(elts, pushed: 0, build: .buildSet, add: .setAdd, extend: .setUpdate, tuple: false)
        case .listComp, .setComp, .dictComp, .generatorExp:
            try compileComprehensionExpr(e)
        case .await, .yield, .yieldFrom:
            try compileSuspension(e)
        case .compare(let left, let ops, let comps):
            try compileCompare(left, ops, comps)
        case .call(let fn, let args, let keywords):
            try compileCall(e, fn, args, keywords)
        case .attribute(let v, let attr):
            try compileExpr(v)
            emitName(.loadAttr, attr, at: attrLoc(e.loc, e, attr))
        case .subscript(let v, let s):
            try compileExpr(v)
            try compileExpr(s)
            emit(.binarySubscr)
        case .starred:
            throw error("can't use starred expression here", e.loc)
        case .list(let elts):
            try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: false)
        case .tuple(let elts):
            if let c = foldConstant(e) { loadConst(c); return }
            try starUnpack(elts, pushed: 0, build: .buildList, add: .listAppend, extend: .listExtend, tuple: true)
        case .slice:
            try compileSlice(e)
        case .namedExpr(let target, let value):
            try compileExpr(value)
            emit(.dupTop)
            try compileStore(target)
        }
    }

    private func compileFString(_ e: Expr) throws {
        switch e.kind {
        case .joinedStr(let parts):
            if parts.isEmpty { loadConst(.str("")); return }
            for p in parts { try compileExpr(p) }
            if parts.count != 1 { emit(.buildString, parts.count) }
        case .formattedValue(let v, let conv, let spec):
            try compileExpr(v)
            var arg = 0
            switch conv {
            case "s"?: arg = 1
            case "r"?: arg = 2
            case "a"?: arg = 3
            default: arg = 0
            }
            if let s = spec {
                try compileExpr(s)
                arg |= 4
            }
            emit(.formatValue, arg)
        default:
            break
        }
    }

    private func compileBoolOp(_ e: Expr) throws {
        guard case .boolOp(let op, let values) = e.kind, let last = values.last else {
            throw internalError("empty boolean operation")
        }
        let end = newLabel()
        for v in values.dropLast() {
            try compileExpr(v)
            emitJump(op == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
        }
        try compileExpr(last)
        bind(end)
    }

    /// `a + b + c …` nests on the left; compile the spine iteratively.
    private func compileBinOpChain(_ e: Expr) throws {
        var spine: [Expr] = []
        var cur = e
        while case .binOp(let l, _, _) = cur.kind, foldConstant(cur) == nil {
            spine.append(cur)
            cur = l
        }
        try compileExpr(cur)
        for node in spine.reversed() {
            guard case .binOp(_, let op, let r) = node.kind else { continue }
            let saved = unit.loc
            unit.loc = node.loc
            try compileExpr(r)
            emit(.binaryOp, CodeGen.binOpIndex(op))
            unit.loc = saved
        }
    }

    private func compileUnaryOp(_ e: Expr) throws {
        if let c = foldConstant(e) { loadConst(c); return }
        guard case .unaryOp(let op, let v) = e.kind else { return }
        try compileExpr(v)
        switch op {
        case .invert: emit(.unaryInvert)
        case .not: emit(.unaryNot)
        case .plus: emit(.unaryPositive)
        case .minus: emit(.unaryNegative)
        }
    }

    private func compileIfExp(_ e: Expr) throws {
        guard case .ifExp(let test, let body, let orelse) = e.kind else { return }
        let end = newLabel(), next = newLabel()
        try jumpIf(test, next, false)
        try compileExpr(body)
        emitJump(.jump, end)
        bind(next)
        try compileExpr(orelse)
        bind(end)
    }

    private func compileComprehensionExpr(_ e: Expr) throws {
        switch e.kind {
        case .listComp(let elt, let gens): try compileComprehension(e, .list, gens, elt, nil)
        case .setComp(let elt, let gens): try compileComprehension(e, .set, gens, elt, nil)
        case .dictComp(let k, let v, let gens): try compileComprehension(e, .dict, gens, k, v)
        case .generatorExp(let elt, let gens): try compileComprehension(e, .generator, gens, elt, nil)
        default: break
        }
    }

    /// await, yield and yield from.
    private func compileSuspension(_ e: Expr) throws {
        switch e.kind {
        case .await(let v):
            if unit.scope.type != .function { throw error("'await' outside function", e.loc) }
            if unit.kind != .asyncFunction && unit.kind != .comprehension {
                throw error("'await' outside async function", e.loc)
            }
            try compileExpr(v)
            emit(.getAwaitable, 0)
            loadConst(.none)
            emitSendLoop()
        case .yield(let v):
            if unit.scope.type != .function { throw error("'yield' outside function", e.loc) }
            if let v = v { try compileExpr(v) } else { loadConst(.none) }
            emitYield()
        case .yieldFrom(let v):
            if unit.scope.type != .function { throw error("'yield' outside function", e.loc) }
            if unit.kind == .asyncFunction { throw error("'yield from' inside async function", e.loc) }
            try compileExpr(v)
            emit(.getYieldFromIter)
            loadConst(.none)
            emitSendLoop()
        default:
            break
        }
    }

    private func compileSlice(_ e: Expr) throws {
        guard case .slice(let lo, let hi, let step) = e.kind else { return }
        if let x = lo { try compileExpr(x) } else { loadConst(.none) }
        if let x = hi { try compileExpr(x) } else { loadConst(.none) }
        if let x = step {
            try compileExpr(x)
            emit(.buildSlice, 3)
        } else {
            emit(.buildSlice, 2)
        }
    }

    func emitYield() {
        if unit.scope.isCoroutine && unit.scope.isGenerator { emit(.asyncGenWrap) }
        emit(.yieldValue, 0)
    }

    /// `L: SEND exit; YIELD_VALUE 1; JUMP L; exit:` (receiver and value already on the stack).
    func emitSendLoop() {
        let start = newLabel(), exit = newLabel()
        bind(start)
        emitJump(.send, exit)
        emit(.yieldValue, 1)
        emitJump(.jump, start)
        bind(exit)
    }

    // MARK: displays

    func starUnpack(_ elts: [Expr], pushed: Int, build: Opcode, add: Opcode, extend: Opcode, tuple: Bool) throws {
        let n = elts.count
        // CPython folds 3+ constant items into one constant that the container is extended
        // with; for sets that constant is a frozenset, whose table order the new set inherits.
        if (build == .buildList || build == .buildSet) && n > 2 {
            var items: [CodeConstant] = []
            for x in elts {
                guard let c = foldConstant(x) else { break }
                items.append(c)
            }
            if items.count == n {
                if tuple && pushed == 0 {
                    loadConst(.tuple(items))
                } else {
                    emit(build, pushed)
                    loadConst(build == .buildSet ? frozensetConstant(items) : .tuple(items))
                    emit(extend, 1)
                    if tuple { emit(.listToTuple) }
                }
                return
            }
        }
        let big = n + pushed > CodeGen.stackUseGuideline
        let seenStar = elts.contains(where: isStarred)
        if !seenStar && !big {
            for x in elts { try compileExpr(x) }
            emit(tuple ? .buildTuple : build, n + pushed)
            return
        }
        var built = false
        if big {
            emit(build, pushed)
            built = true
        }
        for (i, x) in elts.enumerated() {
            if case .starred(let v) = x.kind {
                if !built {
                    emit(build, i + pushed)
                    built = true
                }
                try compileExpr(v)
                emit(extend, 1)
            } else {
                try compileExpr(x)
                if built { emit(add, 1) }
            }
        }
        if tuple { emit(.listToTuple) }
    }

    private func compileSubdict(_ keys: [Expr?], _ values: [Expr], _ range: Range<Int>) throws {
        let n = range.count
        let big = n * 2 > CodeGen.stackUseGuideline
        if big { emit(.buildMap, 0) }
        for i in range {
            if let k = keys[i] { try compileExpr(k) } else { loadConst(.none) }
            try compileExpr(values[i])
            if big { emit(.mapAdd, 1) }
        }
        if !big { emit(.buildMap, n) }
    }

    func compileDict(_ keys: [Expr?], _ values: [Expr]) throws {
        guard keys.count == values.count else { throw internalError("malformed dict display") }
        let n = values.count
        var haveDict = false
        var elements = 0
        for i in 0..<n {
            if keys[i] == nil {
                if elements > 0 {
                    try compileSubdict(keys, values, (i - elements)..<i)
                    if haveDict { emit(.dictUpdate, 1) }
                    haveDict = true
                    elements = 0
                }
                if !haveDict {
                    emit(.buildMap, 0)
                    haveDict = true
                }
                try compileExpr(values[i])
                emit(.dictUpdate, 1)
            } else {
                if elements * 2 > CodeGen.stackUseGuideline {
                    try compileSubdict(keys, values, (i - elements)..<(i + 1))
                    if haveDict { emit(.dictUpdate, 1) }
                    haveDict = true
                    elements = 0
                } else {
                    elements += 1
                }
            }
        }
        if elements > 0 {
            try compileSubdict(keys, values, (n - elements)..<n)
            if haveDict { emit(.dictUpdate, 1) }
            haveDict = true
        }
        if !haveDict { emit(.buildMap, 0) }
    }

    // MARK: comparisons and conditions

    func emitCompare(_ op: CmpOp) {
        switch op {
        case .eq: emit(.compareOp, 0)
        case .notEq: emit(.compareOp, 1)
        case .lt: emit(.compareOp, 2)
        case .ltE: emit(.compareOp, 3)
        case .gt: emit(.compareOp, 4)
        case .gtE: emit(.compareOp, 5)
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        }
    }

    /// A comparison operand; only the last one, right of `in`/`not in`, may fold a constant list
    /// or set into a tuple or frozenset (CPython's fold_compare).
    private func compileComparand(_ e: Expr, _ op: CmpOp, last: Bool = true) throws {
        if last && (op == .in || op == .notIn), let t = foldedIterable(e) {
            let saved = unit.loc; unit.loc = e.loc
            loadConst(t)
            unit.loc = saved
        } else {
            try compileExpr(e)
        }
    }

    func compileCompare(_ left: Expr, _ ops: [CmpOp], _ comps: [Expr]) throws {
        guard !ops.isEmpty, ops.count == comps.count else { throw internalError("malformed comparison") }
        try compileExpr(left)
        let n = ops.count - 1
        if n == 0 {
            try compileComparand(comps[0], ops[0])
            emitCompare(ops[0])
            return
        }
        let cleanup = newLabel()
        for i in 0..<n {
            try compileComparand(comps[i], ops[i], last: false)
            emit(.dupTop)
            emit(.rotThree)
            emitCompare(ops[i])
            emitJump(.jumpIfFalseOrPop, cleanup)
        }
        try compileComparand(comps[n], ops[n])
        emitCompare(ops[n])
        let end = newLabel()
        emitJump(.jump, end)
        bind(cleanup)
        emit(.rotTwo)
        emit(.popTop)
        bind(end)
    }

    /// Jumps to `label` when the truth of `e` equals `cond`, else falls through (compiler_jump_if).
    func jumpIf(_ e: Expr, _ label: Int, _ cond: Bool) throws {
        let saved = unit.loc
        unit.loc = e.loc
        defer { unit.loc = saved }
        if let c = foldConstant(e) {
            if truthiness(c) == cond { emitJump(.jump, label) }
            return
        }
        switch e.kind {
        case .unaryOp(.not, let v):
            try jumpIf(v, label, !cond)
            return
        case .boolOp(let op, let values):
            guard let last = values.last else { throw internalError("empty boolean operation") }
            let cond2 = op == .or
            var next2 = label
            if cond2 != cond { next2 = newLabel() }
            for v in values.dropLast() { try jumpIf(v, next2, cond2) }
            try jumpIf(last, label, cond)
            if next2 != label { bind(next2) }
            return
        case .ifExp(let test, let body, let orelse):
            let end = newLabel(), next2 = newLabel()
            try jumpIf(test, next2, false)
            try jumpIf(body, label, cond)
            emitJump(.jump, end)
            bind(next2)
            try jumpIf(orelse, label, cond)
            bind(end)
            return
        case .compare(let left, let ops, let comps) where ops.count > 1 && ops.count == comps.count:
            let n = ops.count - 1
            let cleanup = newLabel()
            try compileExpr(left)
            for i in 0..<n {
                try compileComparand(comps[i], ops[i], last: false)
                emit(.dupTop)
                emit(.rotThree)
                emitCompare(ops[i])
                emitJump(.popJumpIfFalse, cleanup)
            }
            try compileComparand(comps[n], ops[n])
            emitCompare(ops[n])
            emitJump(cond ? .popJumpIfTrue : .popJumpIfFalse, label)
            let end = newLabel()
            emitJump(.jump, end)
            bind(cleanup)
            emit(.popTop)
            if !cond { emitJump(.jump, label) }
            bind(end)
            return
        default:
            break
        }
        try compileExpr(e)
        emitJump(cond ? .popJumpIfTrue : .popJumpIfFalse, label)
    }
}
