// try/except/finally, with/async with, and the frame-block unwinding used by return, break and
// continue (CPython 3.11 compiler_try_except, compiler_try_finally, compiler_with,
// compiler_unwind_fblock). Handlers are recorded per instruction and become the exception table.

extension CodeGen {
    // MARK: try

    /// The protected part shared by try/except and try/except*: the body under H(d) (an
    /// exception goes to `except`), then the `else` block and a jump to `end`.
    func compileTryBody(_ body: [Stmt], _ orelse: [Stmt], except: Int, end: Int, outer: Int) throws {
        pushHandler(except, delta: 0)
        try pushFBlock(FBlock(kind: .tryExcept, outerHandler: outer))
        for st in body { try compileStmt(st) }
        popFBlock()
        popHandler()
        for st in orelse { try compileStmt(st) }
        emitJump(.jump, end)
    }

    func compileTryExcept(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let except = newLabel(), end = newLabel(), cleanup = newLabel()
        let outer = unit.curHandler
        try compileTryBody(body, orelse, except: except, end: end, outer: outer)

        // handlers: [prev, exc] under cleanup C(d+1)
        bind(except)
        emit(.pushExcInfo)
        let c = pushHandler(cleanup, delta: -1)
        try pushFBlock(FBlock(kind: .exceptionHandler, outerHandler: outer))
        for (i, h) in handlers.enumerated() {
            unit.loc = h.loc
            if h.type == nil && i < handlers.count - 1 {
                throw error("default 'except:' must be last", h.loc)
            }
            let next = newLabel()
            if let t = h.type {
                try compileExpr(t)
                emit(.checkExcMatch)
                emitJump(.popJumpIfFalse, next)
            }
            if let name = h.name {
                let cleanupEnd = newLabel()
                try nameOp(name, .store)
                // body under N(d+1)
                pushHandler(cleanupEnd, delta: 0)
                try pushFBlock(FBlock(kind: .handlerCleanup, name: name, outerHandler: outer))
                for st in h.body { try compileStmt(st) }
                popFBlock()
                unit.loc = h.loc
                unit.curHandler = outer
                emit(.popExcept)
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                emitJump(.jump, end)
                // N: [prev, exc2]
                bind(cleanupEnd)
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                emit(.popExceptReraise)
                unit.curHandler = c
            } else {
                emit(.popTop)
                try pushFBlock(FBlock(kind: .handlerCleanup, outerHandler: outer))
                for st in h.body { try compileStmt(st) }
                popFBlock()
                unit.loc = h.loc
                unit.curHandler = outer
                emit(.popExcept)
                emitJump(.jump, end)
                unit.curHandler = c
            }
            bind(next)
        }
        unit.loc = s.loc
        popFBlock()
        emit(.reraise)
        unit.curHandler = outer
        bind(cleanup)
        emit(.popExceptReraise)
        bind(end)
    }

    func compileTryFinally(_ s: Stmt, _ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt],
                           _ finalbody: [Stmt], star: Bool = false) throws {
        let end = newLabel(), exit = newLabel(), cleanup = newLabel()
        let outer = unit.curHandler
        pushHandler(end, delta: 0)
        try pushFBlock(FBlock(kind: .finallyTry, finalBody: finalbody, outerHandler: outer))
        if star {
            try compileTryStar(s, body, handlers, orelse)
        } else if !handlers.isEmpty {
            try compileTryExcept(s, body, handlers, orelse)
        } else {
            for st in body { try compileStmt(st) }
        }
        popFBlock()
        unit.curHandler = outer
        unit.loc = s.loc
        for st in finalbody { try compileStmt(st) }
        emitJump(.jump, exit)

        // exceptional path: [prev, exc], finally body under C(d+1)
        bind(end)
        unit.loc = s.loc
        emit(.pushExcInfo)
        pushHandler(cleanup, delta: -1)
        try pushFBlock(FBlock(kind: .finallyEnd, outerHandler: outer))
        for st in finalbody { try compileStmt(st) }
        popFBlock()
        emit(.reraise)
        unit.curHandler = outer
        bind(cleanup)
        emit(.popExceptReraise)
        bind(exit)
    }

    // MARK: with

    func compileWith(_ s: Stmt, _ items: [WithItem], _ body: [Stmt], _ pos: Int) throws {
        guard pos < items.count else {
            for st in body { try compileStmt(st) }
            return
        }
        let item = items[pos]
        let final = newLabel(), exit = newLabel(), cleanup = newLabel(), suppress = newLabel()
        let outer = unit.curHandler
        try compileExpr(item.contextExpr)
        emit(.beforeWith)
        // [exit, enterResult]; W(d+1) protects from the target store on
        pushHandler(final, delta: -1)
        try pushFBlock(FBlock(kind: .with, loc: s.loc, outerHandler: outer))
        if let v = item.optionalVars { try compileStore(v) } else { emit(.popTop) }
        if pos + 1 == items.count {
            for st in body { try compileStmt(st) }
        } else {
            try compileWith(s, items, body, pos + 1)
        }
        popFBlock()
        unit.curHandler = outer
        unit.loc = s.loc
        emitCallExitWithNones()
        emit(.popTop)
        emitJump(.jump, exit)
        try emitWithExceptionalExit(final, cleanup, suppress, outer, isAsync: false)
        bind(exit)
    }

    func compileAsyncWith(_ s: Stmt, _ items: [WithItem], _ body: [Stmt], _ pos: Int) throws {
        guard pos < items.count else {
            for st in body { try compileStmt(st) }
            return
        }
        let item = items[pos]
        let final = newLabel(), exit = newLabel(), cleanup = newLabel(), suppress = newLabel()
        let outer = unit.curHandler
        try compileExpr(item.contextExpr)
        emit(.beforeAsyncWith)
        emit(.getAwaitable, 1)
        loadConst(.none)
        emitSendLoop()
        pushHandler(final, delta: -1)
        try pushFBlock(FBlock(kind: .asyncWith, loc: s.loc, outerHandler: outer))
        if let v = item.optionalVars { try compileStore(v) } else { emit(.popTop) }
        if pos + 1 == items.count {
            for st in body { try compileStmt(st) }
        } else {
            try compileAsyncWith(s, items, body, pos + 1)
        }
        popFBlock()
        unit.curHandler = outer
        unit.loc = s.loc
        emitCallExitWithNones()
        emit(.getAwaitable, 2)
        loadConst(.none)
        emitSendLoop()
        emit(.popTop)
        emitJump(.jump, exit)
        try emitWithExceptionalExit(final, cleanup, suppress, outer, isAsync: true)
        bind(exit)
    }

    func emitCallExitWithNones() {
        loadConst(.none)
        loadConst(.none)
        loadConst(.none)
        emit(.call, 3)
    }

    /// W: [exit, exc] → PUSH_EXC_INFO → [exit, prev, exc]; under C(d+2) call exit and maybe re-raise.
    private func emitWithExceptionalExit(_ final: Int, _ cleanup: Int, _ suppress: Int, _ outer: Int,
                                         isAsync: Bool) throws {
        bind(final)
        emit(.pushExcInfo)
        pushHandler(cleanup, delta: -1)
        emit(.withExceptStart)
        if isAsync {
            emit(.getAwaitable, 2)
            loadConst(.none)
            emitSendLoop()
        }
        emitJump(.popJumpIfTrue, suppress)
        emit(.reraise)
        unit.curHandler = outer
        bind(cleanup)
        emit(.popExceptReraise)
        bind(suppress)
        emit(.popTop)
        emit(.popExcept)
        emit(.popTop)
    }

    // MARK: unwinding

    /// Emits the code leaving `fb` early (CPython's compiler_unwind_fblock). With `preserveTOS`
    /// the value on top of the stack (a return value) is kept on top.
    func unwindFBlock(_ fb: FBlock, preserveTOS: Bool) throws {
        switch fb.kind {
        case .whileLoop, .exceptionHandler, .asyncComprehensionGenerator:
            break
        case .exceptionGroupHandler:
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", unit.loc)
        case .forLoop:
            if preserveTOS { emit(.rotTwo) }
            emit(.popTop)
        case .tryExcept:
            unit.curHandler = fb.outerHandler
        case .finallyTry:
            unit.curHandler = fb.outerHandler
            if preserveTOS { try pushFBlock(FBlock(kind: .popValue)) }
            let saved = unit.loc
            for st in fb.finalBody { try compileStmt(st) }
            unit.loc = saved
            if preserveTOS { popFBlock() }
        case .finallyEnd:
            if preserveTOS { emit(.rotTwo) }
            emit(.popTop)
            if preserveTOS { emit(.rotTwo) }
            unit.curHandler = fb.outerHandler
            emit(.popExcept)
        case .with, .asyncWith:
            let saved = unit.loc
            unit.loc = fb.loc
            unit.curHandler = fb.outerHandler
            if preserveTOS { emit(.rotTwo) }
            emitCallExitWithNones()
            if fb.kind == .asyncWith {
                emit(.getAwaitable, 2)
                loadConst(.none)
                emitSendLoop()
            }
            emit(.popTop)
            unit.loc = saved
        case .handlerCleanup:
            unit.curHandler = fb.outerHandler
            if preserveTOS { emit(.rotTwo) }
            emit(.popExcept)
            if let name = fb.name {
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
        case .popValue:
            if preserveTOS { emit(.rotTwo) }
            emit(.popTop)
        }
    }

    /// Unwinds the block stack; with `stopAtLoop`, stops at (and returns) the innermost loop.
    func unwindFBlockStack(preserveTOS: Bool, stopAtLoop: Bool) throws -> FBlock? {
        guard let top = unit.fblocks.last else { return nil }
        if stopAtLoop && (top.kind == .whileLoop || top.kind == .forLoop) { return top }
        unit.fblocks.removeLast()
        defer { unit.fblocks.append(top) }
        try unwindFBlock(top, preserveTOS: preserveTOS)
        return try unwindFBlockStack(preserveTOS: preserveTOS, stopAtLoop: stopAtLoop)
    }

    func compileReturn(_ s: Stmt, _ value: Expr?) throws {
        if unit.scope.type != .function { throw error("'return' outside function", s.loc) }
        if value != nil && unit.scope.isCoroutine && unit.scope.isGenerator {
            throw error("'return' with value in async generator", s.loc)
        }
        var constant: CodeConstant? = nil
        if let v = value { constant = foldConstant(v) }
        let preserve = value != nil && constant == nil
        if preserve, let v = value { try compileExpr(v) }
        let savedHandler = unit.curHandler
        // The unwinding code (and an except* error) is located at a constant value when it is
        // on the statement's line, as in CPython (which marks it with a NOP there).
        if let v = value, constant != nil, v.loc.line == s.loc.line { unit.loc = v.loc }
        _ = try unwindFBlockStack(preserveTOS: preserve, stopAtLoop: false)
        unit.loc = s.loc
        if value == nil {
            loadConst(.none)
        } else if let c = constant {
            if let v = value { unit.loc = v.loc }
            loadConst(c)
            unit.loc = s.loc
        }
        emit(.returnValue)
        unit.curHandler = savedHandler
    }

    func compileBreak(_ s: Stmt) throws {
        let savedHandler = unit.curHandler
        guard let loop = try unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            throw error("'break' outside loop", s.loc)
        }
        unit.loc = s.loc
        try unwindFBlock(loop, preserveTOS: false)
        emitJump(.jump, loop.exit)
        unit.curHandler = savedHandler
    }

    func compileContinue(_ s: Stmt) throws {
        let savedHandler = unit.curHandler
        guard let loop = try unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            throw error("'continue' not properly in loop", s.loc)
        }
        unit.loc = s.loc
        emitJump(.jump, loop.start)
        unit.curHandler = savedHandler
    }
}
