// try/except* (PEP 654), following CPython 3.11's compiler_try_star_except. The handlers run
// one after another on what is left of the exception: each clause's CHECK_EG_MATCH splits off
// the part it matches, exceptions raised by clause bodies are collected in a list, and
// PREP_RERAISE_STAR combines them with the unmatched rest into the exception to re-raise.

extension CodeGen {
    func compileTryStar(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let except = newLabel(), end = newLabel(), cleanup = newLabel()
        let outer = unit.curHandler
        try compileTryBody(body, orelse, except: except, end: end, outer: outer)

        // [exc] → [prev, orig, list, exc]: the original exception, the list of exceptions the
        // clauses raise, and the part no clause has matched yet; all under cleanup C(d+1).
        bind(except)
        emit(.pushExcInfo)
        let c = pushHandler(cleanup, delta: -1)
        try pushFBlock(FBlock(kind: .exceptionGroupHandler, outerHandler: outer))
        emit(.dupTop)
        emit(.buildList, 0)
        emit(.rotTwo)
        for h in handlers {
            unit.loc = h.loc
            guard let type = h.type else { throw error("expected one or more exception types", h.loc) }
            let next = newLabel(), cleanupEnd = newLabel()
            try compileExpr(type)
            emitJump(.checkEgMatch, next)
            // [.., rest, match]
            if let name = h.name { try nameOp(name, .store) } else { emit(.popTop) }
            // The body runs under N(d+4): an exception it raises is added to the list.
            pushHandler(cleanupEnd, delta: 0)
            try pushFBlock(FBlock(kind: .handlerCleanup, name: h.name, outerHandler: outer))
            for st in h.body { try compileStmt(st) }
            popFBlock()
            unit.loc = h.loc
            unit.curHandler = c
            if let name = h.name {
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            emitJump(.jump, next)
            // N: [.., list, rest, raised]
            bind(cleanupEnd)
            if let name = h.name {
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            emit(.listAppend, 2)
            bind(next)
        }
        unit.loc = s.loc
        // [prev, orig, list, rest] → the rest joins the list; what is left is re-raised with the
        // handled exception restored (outside C, which would restore it a second time).
        emit(.listAppend, 1)
        popFBlock()
        unit.curHandler = outer
        emit(.prepReraiseStar)
        emit(.popExcept)
        emitJump(.jump, end)
        bind(cleanup)
        emit(.popExceptReraise)
        bind(end)
    }
}
