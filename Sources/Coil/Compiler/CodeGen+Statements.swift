// Statement compilation (CPython 3.11 compiler_visit_stmt and helpers), plus assignment targets.

extension CodeGen {
    func compileStmt(_ s: Stmt) throws {
        let saved = unit.loc
        unit.loc = s.loc
        defer { unit.loc = saved }
        switch s.kind {
        case .functionDef(let fd):
            try compileFunctionDef(s, fd)
        case .classDef(let cd):
            try compileClassDef(s, cd)
        case .return(let value):
            try compileReturn(s, value)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .assign(let targets, let value):
            try compileExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.dupTop) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(s, target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync {
                try compileAsyncFor(s, target, iter, body, orelse)
            } else {
                try compileFor(s, target, iter, body, orelse)
            }
        case .while(let test, let body, let orelse):
            try compileWhile(s, test, body, orelse)
        case .if:
            try compileIf(s)
        case .with(let items, let body, let isAsync):
            if isAsync {
                if unit.kind != .asyncFunction { throw error("'async with' outside async function", s.loc) }
                try compileAsyncWith(s, items, body, 0)
            } else {
                try compileWith(s, items, body, 0)
            }
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc {
                try compileExpr(e)
                n = 1
                if let c = cause {
                    try compileExpr(c)
                    n = 2
                }
            }
            emit(.raiseVarargs, n)
        case .try(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(s, body, handlers, orelse, finalbody)
            } else {
                try compileTryExcept(s, body, handlers, orelse)
            }
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(s, body, handlers, orelse, finalbody, star: true)
            } else {
                try compileTryStar(s, body, handlers, orelse)
            }
        case .assert(let test, let msg):
            let end = newLabel()
            try jumpIf(test, end, true)
            emit(.loadAssertionError)
            if let m = msg {
                try compileExpr(m)
                emit(.call, 1)
            }
            emit(.raiseVarargs, 1)
            bind(end)
        case .import(let names):
            for a in names { try compileImport(a) }
        case .importFrom(let module, let names, let level):
            try compileImportFrom(s, module, names, level)
        case .global, .nonlocal, .pass:
            break
        case .expr(let e):
            if interactive && unitStack.isEmpty {
                try compileExpr(e)
                emit(.printExpr)
                return
            }
            if case .constant = e.kind { return }
            try compileExpr(e)
            emit(.popTop)
        case .break:
            try compileBreak(s)
        case .continue:
            try compileContinue(s)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        }
    }

    /// if/elif/else; an elif chain (an `else` holding just an `if`) is compiled iteratively.
    func compileIf(_ s: Stmt) throws {
        let end = newLabel()
        var cur = s
        while case .if(let test, let body, let orelse) = cur.kind {
            unit.loc = cur.loc
            let next = orelse.isEmpty ? end : newLabel()
            try jumpIf(test, next, false)
            for st in body { try compileStmt(st) }
            if orelse.isEmpty { break }
            emitJump(.jump, end)
            bind(next)
            if orelse.count == 1, case .if = orelse[0].kind {
                cur = orelse[0]
                continue
            }
            for st in orelse { try compileStmt(st) }
            break
        }
        unit.loc = s.loc
        bind(end)
    }

    // MARK: loops

    func compileFor(_ s: Stmt, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try pushFBlock(FBlock(kind: .forLoop, start: start, exit: end))
        try compileIterable(iter)
        emit(.getIter)
        bind(start)
        emitJump(.forIter, cleanup)
        try compileStore(target)
        for st in body { try compileStmt(st) }
        emitJump(.jump, start)
        bind(cleanup)
        popFBlock()
        for st in orelse { try compileStmt(st) }
        bind(end)
    }

    func compileAsyncFor(_ s: Stmt, _ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        if unit.kind != .asyncFunction { throw error("'async for' outside async function", s.loc) }
        let start = newLabel(), except = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.getAiter)
        bind(start)
        try pushFBlock(FBlock(kind: .forLoop, start: start, exit: end))
        pushHandler(except, delta: 0)
        emit(.getAnext)
        loadConst(.none)
        emitSendLoop()
        popHandler()
        try compileStore(target)
        for st in body { try compileStmt(st) }
        emitJump(.jump, start)
        popFBlock()
        bind(except)
        unit.loc = iter.loc
        emit(.endAsyncFor)
        unit.loc = s.loc
        for st in orelse { try compileStmt(st) }
        bind(end)
    }

    func compileWhile(_ s: Stmt, _ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let loop = newLabel(), bodyLabel = newLabel(), anchor = newLabel(), end = newLabel()
        bind(loop)
        try pushFBlock(FBlock(kind: .whileLoop, start: loop, exit: end))
        try jumpIf(test, anchor, false)
        bind(bodyLabel)
        for st in body { try compileStmt(st) }
        unit.loc = s.loc
        try jumpIf(test, bodyLabel, true)
        popFBlock()
        bind(anchor)
        for st in orelse { try compileStmt(st) }
        bind(end)
    }

    // MARK: assignment

    /// Stores the value on top of the stack into `target`.
    func compileStore(_ target: Expr) throws {
        let saved = unit.loc
        unit.loc = target.loc
        defer { unit.loc = saved }
        switch target.kind {
        case .name(let n):
            try nameOp(n, .store)
        case .attribute(let v, let attr):
            try checkForbidden(attr, .store, target.loc)
            try compileExpr(v)
            emitName(.storeAttr, attr, at: attrLoc(target.loc, target, attr))
        case .subscript(let v, let sl):
            try compileExpr(v)
            try compileExpr(sl)
            emit(.storeSubscr)
        case .tuple(let elts), .list(let elts):
            try unpackHelper(elts, target.loc)
            for x in elts {
                if case .starred(let v) = x.kind { try compileStore(v) } else { try compileStore(x) }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.loc)
        default:
            throw error("cannot assign to expression", target.loc)
        }
    }

    private func unpackHelper(_ elts: [Expr], _ loc: SourceLoc) throws {
        let n = elts.count
        var seenStar = false
        for (i, x) in elts.enumerated() where isStarred(x) {
            if seenStar { throw error("multiple starred expressions in assignment", loc) }
            if i >= 256 || n - i - 1 >= (Instr.maxArg >> 8) {
                throw error("too many expressions in star-unpacking assignment", loc)
            }
            emit(.unpackEx, i + ((n - i - 1) << 8))
            seenStar = true
        }
        if !seenStar { emit(.unpackSequence, n) }
    }

    func compileDelete(_ target: Expr) throws {
        let saved = unit.loc
        unit.loc = target.loc
        defer { unit.loc = saved }
        switch target.kind {
        case .name(let n):
            try nameOp(n, .del)
        case .attribute(let v, let attr):
            try compileExpr(v)
            emitName(.deleteAttr, attr)
        case .subscript(let v, let sl):
            try compileExpr(v)
            try compileExpr(sl)
            emit(.deleteSubscr)
        case .tuple(let elts), .list(let elts):
            for x in elts { try compileDelete(x) }
        default:
            throw error("cannot delete expression", target.loc)
        }
    }

    func compileAugAssign(_ target: Expr, _ op: BinOp, _ value: Expr) throws {
        let arg = CodeGen.binOpIndex(op) + 13
        switch target.kind {
        case .attribute(let v, let attr):
            let aloc = attrLoc(target.loc, target, attr)
            unit.loc = target.loc
            try compileExpr(v)
            emit(.dupTop)
            emitName(.loadAttr, attr, at: aloc)
            try compileExpr(value)
            emit(.binaryOp, arg)
            emit(.rotTwo)
            try checkForbidden(attr, .store, target.loc)
            emitName(.storeAttr, attr, at: aloc)
        case .subscript(let v, let sl):
            unit.loc = target.loc
            try compileExpr(v)
            try compileExpr(sl)
            emit(.dupTopTwo)
            emit(.binarySubscr)
            try compileExpr(value)
            emit(.binaryOp, arg)
            emit(.rotThree)
            emit(.storeSubscr)
        case .name(let n):
            unit.loc = target.loc
            try nameOp(n, .load)
            try compileExpr(value)
            emit(.binaryOp, arg)
            try nameOp(n, .store)
        default:
            throw error("'\(exprDescription(target))' is an illegal expression for augmented assignment", target.loc)
        }
    }

    func exprDescription(_ e: Expr) -> String {
        switch e.kind {
        case .call: return "function call"
        case .tuple: return "tuple"
        case .list: return "list"
        case .constant: return "literal"
        default: return "expression"
        }
    }

    func compileAnnAssign(_ s: Stmt, _ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws {
        if let v = value {
            try compileExpr(v)
            try compileStore(target)
        }
        let moduleOrClass = unit.kind == .module || unit.kind == .classBody
        switch target.kind {
        case .name(let n):
            try checkForbidden(n, .store, target.loc)
            if simple && moduleOrClass {
                try compileAnnotationValue(annotation)
                emitName(.loadName, "__annotations__")
                loadConst(.str(mangle(unit.privateName, n)))
                emit(.storeSubscr)
            }
        case .attribute(let v, let attr):
            try checkForbidden(attr, .store, target.loc)
            if value == nil { try checkAnnExpr(v) }
        case .subscript(let v, let sl):
            if value == nil {
                try checkAnnExpr(v)
                try checkAnnSubscript(sl)
            }
        default:
            throw error("illegal target for annotation", target.loc)
        }
        if !simple && !futures.annotations && moduleOrClass {
            try checkAnnExpr(annotation)
        }
    }

    private func checkAnnExpr(_ e: Expr) throws {
        try compileExpr(e)
        emit(.popTop)
    }

    private func checkAnnSubscript(_ e: Expr) throws {
        switch e.kind {
        case .slice(let lo, let hi, let st):
            if let x = lo { try checkAnnExpr(x) }
            if let x = hi { try checkAnnExpr(x) }
            if let x = st { try checkAnnExpr(x) }
        case .tuple(let elts):
            for x in elts { try checkAnnSubscript(x) }
        default:
            try checkAnnExpr(e)
        }
    }

    /// An annotation's value: evaluated, or its source text under `from __future__ import annotations`.
    func compileAnnotationValue(_ e: Expr) throws {
        if futures.annotations {
            let saved = unit.loc; unit.loc = e.loc
            loadConst(.str(annotationSource(e)))
            unit.loc = saved
        } else {
            try compileExpr(e)
        }
    }

    /// The source text of an expression (used for stringified annotations).
    func annotationSource(_ e: Expr) -> String {
        if case .constant(let c) = e.kind { return constantRepr(codeConstant(c)) }
        let l = e.loc
        guard l.line >= 1 else { return "" }
        var out = ""
        var line = Int(l.line)
        while line <= Int(l.endLine) {
            guard let text = errors.lineText(line) else { break }
            let scalars = Array(text.unicodeScalars)
            let from = line == Int(l.line) ? Int(l.col) : 0
            let to = line == Int(l.endLine) ? min(Int(l.endCol), scalars.count) : scalars.count
            if from < to {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[from..<to])
                var str = String(piece)
                if line != Int(l.line) {
                    str = String(str.drop(while: { $0 == " " || $0 == "\t" }))
                    if !out.isEmpty && !out.hasSuffix("(") && !out.hasSuffix("[") && !out.hasSuffix("{") { out += " " }
                }
                if str.hasSuffix("\\") { str.removeLast() }
                out += str.hasSuffix(" ") && line != Int(l.endLine) ? String(str.dropLast()) : str
            }
            line += 1
        }
        return out
    }

    // MARK: imports

    func compileImport(_ a: Alias) throws {
        let saved = unit.loc
        unit.loc = a.loc
        defer { unit.loc = saved }
        loadConst(.int(0))
        loadConst(.none)
        emitName(.importName, a.name)
        let parts = a.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if let asname = a.asname {
            if parts.count > 1 {
                for p in parts.dropFirst() {
                    emit(.importFrom, addName(p))
                    emit(.rotTwo)
                    emit(.popTop)
                }
            }
            try nameOp(asname, .store)
        } else {
            try nameOp(parts.first ?? a.name, .store)
        }
    }

    func compileImportFrom(_ s: Stmt, _ module: String?, _ names: [Alias], _ level: Int) throws {
        if module == "__future__" && level == 0 && !futures.validStatements.contains(ObjectIdentifier(s)) {
            throw error("from __future__ imports must occur at the beginning of the file", s.loc)
        }
        loadConst(.int(level))
        loadConst(.tuple(names.map { .str($0.name) }))
        emitName(.importName, module ?? "")
        for (i, a) in names.enumerated() {
            if i == 0 && a.name == "*" {
                emit(.importStar)
                return
            }
            let saved = unit.loc
            unit.loc = a.loc
            emitName(.importFrom, a.name)
            try nameOp(a.asname ?? a.name, .store)
            unit.loc = saved
        }
        emit(.popTop)
    }
}
