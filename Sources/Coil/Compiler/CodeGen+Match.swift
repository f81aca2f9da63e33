// Match statements (PEP 634), compiled in the manner of CPython 3.11's compiler_match: each
// pattern consumes the value it matches from the top of the stack. Captured values stay on the
// stack (below whatever the pattern still works on) and are bound to their names only when the
// whole pattern has matched, so a failed case binds nothing; the guard runs after the bindings.
// On failure a pattern jumps to a "fail-pop" label that pops exactly the items it left.

/// Per-case compilation state (CPython's pattern_context).
struct PatternContext {
    /// Names captured so far, in the order their values lie on the stack: `stores[0]` is the
    /// topmost capture, later ones deeper.
    var stores: [String] = []
    /// Irrefutable patterns (`_`, a bare name) are allowed: in the last case, under a guard,
    /// and in sub-patterns.
    var allowIrrefutable = false
    /// `failPop[n]` pops n items and then continues at the failure target (`failPop[0]`).
    var failPop: [Int] = []
    /// Items above the captures that the current pattern must keep (e.g. the rest of an
    /// unpacked sequence).
    var onTop = 0
}

extension CodeGen {
    // MARK: - Statement

    func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws {
        try compileExpr(subject)
        let end = newLabel()
        guard let last = cases.last else { throw internalError("match without cases") }
        // A trailing `case _:` needs no copy of the subject and no pattern code.
        let hasDefault = isWildcard(last.pattern) && cases.count > 1
        let n = cases.count - (hasDefault ? 1 : 0)
        for i in 0..<n {
            let c = cases[i]
            unit.loc = c.pattern.loc
            // Every case but the last one tested keeps the subject for the next case.
            let keepSubject = i != n - 1
            if keepSubject { emit(.dupTop) }
            var pc = PatternContext()
            pc.allowIrrefutable = c.guardExpr != nil || i == cases.count - 1
            try compilePattern(c.pattern, &pc)
            for name in pc.stores { try nameOp(name, .store) }
            if let g = c.guardExpr {
                ensureFailPop(&pc, 0)
                try jumpIf(g, pc.failPop[0], false)
            }
            if keepSubject { emit(.popTop) }
            for st in c.body { try compileStmt(st) }
            emitJump(.jump, end)
            // The failure path belongs to the pattern's line, not the body's last line.
            unit.loc = c.pattern.loc
            emitAndResetFailPop(&pc)
        }
        if hasDefault {
            unit.loc = last.pattern.loc
            emit(.nop)
            if let g = last.guardExpr { try jumpIf(g, end, false) }
            for st in last.body { try compileStmt(st) }
        }
        bind(end)
    }

    // MARK: - Fail-pop labels and captures

    func ensureFailPop(_ pc: inout PatternContext, _ n: Int) {
        while pc.failPop.count <= n { pc.failPop.append(newLabel()) }
    }

    /// Jumps (with `op`) to the label that pops everything this pattern put on the stack.
    func jumpToFailPop(_ pc: inout PatternContext, _ op: Opcode) {
        let pops = pc.onTop + pc.stores.count
        ensureFailPop(&pc, pops)
        emitJump(op, pc.failPop[pops])
    }

    /// Emits the fail-pop chain: `failPop[n]: POP_TOP; failPop[n-1]: POP_TOP; … failPop[0]:`.
    func emitAndResetFailPop(_ pc: inout PatternContext) {
        guard !pc.failPop.isEmpty else { return }
        for i in stride(from: pc.failPop.count - 1, to: 0, by: -1) {
            bind(pc.failPop[i])
            emit(.popTop)
        }
        bind(pc.failPop[0])
        pc.failPop = []
    }

    func rotate(_ n: Int) {
        if n >= 2 { emit(.rotN, n) }
    }

    /// Captures the value on top of the stack as `name` (discards it for nil): it moves below
    /// the other captures and the items the enclosing patterns still need.
    func storeCapture(_ name: String?, _ pc: inout PatternContext) throws {
        guard let name = name else {
            emit(.popTop)
            return
        }
        try checkForbidden(name, .store, unit.loc)
        if pc.stores.contains(name) { throw error("multiple assignments to name '\(name)' in pattern", unit.loc) }
        rotate(pc.onTop + pc.stores.count + 1)
        pc.stores.append(name)
    }

    func isWildcard(_ p: Pattern) -> Bool {
        if case .as(nil, nil) = p.kind { return true }
        return false
    }

    // MARK: - Patterns

    /// A sub-pattern may be irrefutable (`[x, _]`) whatever the case it belongs to.
    func compileSubpattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        let saved = pc.allowIrrefutable
        pc.allowIrrefutable = true
        defer { pc.allowIrrefutable = saved }
        try compilePattern(p, &pc)
    }

    /// Like CPython, the current location is left at the last pattern compiled: errors found
    /// after compiling sub-patterns point there.
    func compilePattern(_ p: Pattern, _ pc: inout PatternContext) throws {
        unit.loc = p.loc
        switch p.kind {
        case .value(let e):
            guard isLiteralOrAttribute(e) else {
                throw error("patterns may only match literals and attribute lookups", p.loc)
            }
            try compileExpr(e)
            emitCompare(.eq)
            jumpToFailPop(&pc, .popJumpIfFalse)
        case .singleton(let c):
            loadConst(codeConstant(c))
            emit(.isOp, 0)
            jumpToFailPop(&pc, .popJumpIfFalse)
        case .sequence(let items):
            try compileSequencePattern(p, items, &pc)
        case .mapping(let keys, let patterns, let rest):
            try compileMappingPattern(p, keys, patterns, rest, &pc)
        case .class(let cls, let patterns, let attrs, let kwdPatterns):
            try compileClassPattern(cls, patterns, attrs, kwdPatterns, &pc)
        case .star(let name):
            try storeCapture(name, &pc)
        case .as(let sub, let name):
            guard let sub = sub else {
                if !pc.allowIrrefutable {
                    if let n = name { throw error("name capture '\(n)' makes remaining patterns unreachable", p.loc) }
                    throw error("wildcard makes remaining patterns unreachable", p.loc)
                }
                try storeCapture(name, &pc)
                return
            }
            // Keep a copy to capture once the sub-pattern has matched.
            pc.onTop += 1
            emit(.dupTop)
            try compilePattern(sub, &pc)
            pc.onTop -= 1
            try storeCapture(name, &pc)
        case .or(let alts):
            try compileOrPattern(p, alts, &pc)
        }
    }

    /// Value patterns and mapping keys: constants (after folding `-1`, `1+2j`) and dotted names.
    func isLiteralOrAttribute(_ e: Expr) -> Bool {
        switch e.kind {
        case .attribute: return true
        case .binOp(let l, _, let r): return foldConstant(l) != nil && foldConstant(r) != nil
        default: return foldConstant(e) != nil
        }
    }

    func compileSequencePattern(_ p: Pattern, _ items: [Pattern], _ pc: inout PatternContext) throws {
        let size = items.count
        var star = -1
        var onlyWildcard = true
        var starWildcard = false
        for (i, item) in items.enumerated() {
            if case .star(let name) = item.kind {
                if star >= 0 { throw error("multiple starred names in sequence pattern", p.loc) }
                starWildcard = name == nil
                onlyWildcard = onlyWildcard && name == nil
                star = i
            } else {
                onlyWildcard = onlyWildcard && isWildcard(item)
            }
        }
        // The subject stays on top through the type and length checks.
        pc.onTop += 1
        emit(.matchSequence)
        jumpToFailPop(&pc, .popJumpIfFalse)
        if star < 0 {
            emit(.getLen)
            loadConst(.int(size))
            emit(.compareOp, 0)  // ==
            jumpToFailPop(&pc, .popJumpIfFalse)
        } else if size > 1 {
            emit(.getLen)
            loadConst(.int(size - 1))
            emit(.compareOp, 5)  // >=
            jumpToFailPop(&pc, .popJumpIfFalse)
        }
        pc.onTop -= 1
        if onlyWildcard {
            emit(.popTop)
        } else if starWildcard {
            try compileSequenceBySubscript(items, star, &pc)
        } else {
            if star < 0 {
                emit(.unpackSequence, size)
            } else {
                emit(.unpackEx, star | ((size - star - 1) << 8))
            }
            pc.onTop += size
            for item in items {
                pc.onTop -= 1
                try compileSubpattern(item, &pc)
            }
        }
    }

    /// `[a, *_, b]`: index the items the sub-patterns need instead of unpacking everything.
    func compileSequenceBySubscript(_ items: [Pattern], _ star: Int, _ pc: inout PatternContext) throws {
        pc.onTop += 1
        let subIndex = BinOp.allCases.firstIndex(of: .sub) ?? 1
        for (i, item) in items.enumerated() where i != star && !isWildcard(item) {
            emit(.dupTop)
            if i < star {
                loadConst(.int(i))
            } else {
                // The subject may not support negative indexes: compute len - k.
                emit(.getLen)
                loadConst(.int(items.count - i))
                emit(.binaryOp, subIndex)
            }
            emit(.binarySubscr)
            try compileSubpattern(item, &pc)
        }
        pc.onTop -= 1
        emit(.popTop)
    }

    func compileMappingPattern(_ p: Pattern, _ keys: [Expr], _ patterns: [Pattern], _ rest: String?,
                               _ pc: inout PatternContext) throws {
        let size = keys.count
        pc.onTop += 1
        emit(.matchMapping)
        jumpToFailPop(&pc, .popJumpIfFalse)
        if size == 0 && rest == nil {
            pc.onTop -= 1
            emit(.popTop)
            return
        }
        if size > 0 {
            emit(.getLen)
            loadConst(.int(size))
            emit(.compareOp, 5)  // >=
            jumpToFailPop(&pc, .popJumpIfFalse)
        }
        var seen = Set<ConstKey>()
        for k in keys {
            guard isLiteralOrAttribute(k) else {
                throw error("mapping pattern keys may only match literals and attribute lookups", p.loc)
            }
            if let c = foldConstant(k) {
                let key = mappingKeyIdentity(c)
                if seen.contains(key) {
                    throw error("mapping pattern checks duplicate key (\(literalRepr(k)))", p.loc)
                }
                seen.insert(key)
            }
            try compileExpr(k)
        }
        emit(.buildTuple, size)
        emit(.matchKeys)
        // The keys tuple and the values tuple (or None) are now above the subject.
        pc.onTop += 2
        emit(.dupTop)
        loadConst(.none)
        emit(.isOp, 1)
        jumpToFailPop(&pc, .popJumpIfFalse)
        emit(.unpackSequence, size)
        pc.onTop += size - 1
        for sub in patterns {
            pc.onTop -= 1
            try compileSubpattern(sub, &pc)
        }
        // What follows consumes the keys tuple and the subject.
        pc.onTop -= 2
        if let r = rest {
            emit(.copyDictWithoutKeys)
            try storeCapture(r, &pc)
        } else {
            emit(.popTop)
            emit(.popTop)
        }
    }

    /// Keys equal as dict keys are duplicates: `1`, `1.0` and `True` are the same key.
    func mappingKeyIdentity(_ c: CodeConstant) -> ConstKey {
        switch c {
        case .true: return .int(1)
        case .false: return .int(0)
        case .float(let d) where d == d.rounded() && abs(d) < 9e15: return .int(Int(d))
        default: return ConstKey(c)
        }
    }

    func literalRepr(_ e: Expr) -> String {
        let d = ASTDumper(locs: false)
        switch e.kind {
        case .constant(let c): return d.constantRepr(c)
        case .unaryOp(.minus, let v):
            if case .constant(let c) = v.kind { return "-" + d.constantRepr(c) }
        default: break
        }
        return "?"
    }

    func compileClassPattern(_ cls: Expr, _ patterns: [Pattern], _ attrs: [String], _ kwdPatterns: [Pattern],
                             _ pc: inout PatternContext) throws {
        for (i, a) in attrs.enumerated() {
            try checkForbidden(a, .store, kwdPatterns[i].loc)
            if attrs[..<i].contains(a) {
                throw error("attribute name repeated in class pattern: \(a)", kwdPatterns[i].loc)
            }
        }
        try compileExpr(cls)
        loadConst(.tuple(attrs.map { .str($0) }))
        emit(.matchClass, patterns.count)
        emit(.dupTop)
        loadConst(.none)
        emit(.isOp, 1)
        // The tuple of attributes (or None) is on top.
        pc.onTop += 1
        jumpToFailPop(&pc, .popJumpIfFalse)
        let total = patterns.count + attrs.count
        emit(.unpackSequence, total)
        pc.onTop += total - 1
        for sub in patterns + kwdPatterns {
            pc.onTop -= 1
            if isWildcard(sub) {
                emit(.popTop)
                continue
            }
            try compileSubpattern(sub, &pc)
        }
    }

    /// `p1 | p2 | …`: each alternative runs on its own copy of the subject with its own
    /// captures; all must bind the same names, which are then lined up in the first
    /// alternative's order and moved under the enclosing pattern's items.
    func compileOrPattern(_ p: Pattern, _ alts: [Pattern], _ pc: inout PatternContext) throws {
        let end = newLabel()
        var control: [String]? = nil
        for (i, alt) in alts.enumerated() {
            var sub = PatternContext()
            sub.allowIrrefutable = i == alts.count - 1 && pc.allowIrrefutable
            emit(.dupTop)
            try compilePattern(alt, &sub)
            if let ctl = control {
                guard sub.stores.count == ctl.count, Set(sub.stores) == Set(ctl) else {
                    throw error("alternative patterns bind different names", unit.loc)
                }
                reorderCaptures(sub.stores, to: ctl)
            } else {
                control = sub.stores
            }
            emitJump(.jump, end)
            emitAndResetFailPop(&sub)
        }
        // No alternative matched: drop the subject and fail.
        emit(.popTop)
        jumpToFailPop(&pc, .jump)
        bind(end)
        let names = control ?? []
        let depth = names.count + 1 + pc.onTop + pc.stores.count
        for name in names {
            rotate(depth)
            if pc.stores.contains(name) { throw error("multiple assignments to name '\(name)' in pattern", unit.loc) }
            pc.stores.append(name)
        }
        emit(.popTop)  // the subject
    }

    /// Permutes the captures on top of the stack (`current[0]` on top) into `target` order by
    /// bringing each name to the top, last one first.
    func reorderCaptures(_ current: [String], to target: [String]) {
        var cur = current
        if cur == target { return }
        for name in target.reversed() {
            guard let idx = cur.firstIndex(of: name) else { continue }
            let depth = idx + 1
            // Moving the top down to `depth` depth-1 times brings the item at `depth` up.
            for _ in 0..<(depth - 1) { rotate(depth) }
            cur.remove(at: idx)
            cur.insert(name, at: 0)
        }
    }
}
