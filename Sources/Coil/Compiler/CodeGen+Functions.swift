// def, lambda, class, comprehensions and calls (CPython 3.11 compiler_function, compiler_lambda,
// compiler_class, compiler_comprehension, compiler_call).

extension CodeGen {
    func scopeFor(_ s: Stmt) throws -> Scope {
        guard let sc = table.scope(for: s) else { throw internalError("no scope for statement") }
        return sc
    }

    func scopeFor(_ e: Expr) throws -> Scope {
        guard let sc = table.scope(for: e) else { throw internalError("no scope for expression") }
        return sc
    }

    private func checkDebugArgs(_ args: Arguments, _ loc: SourceLoc) throws {
        let all = args.posonlyargs + args.args + args.kwonlyargs
            + (args.vararg.map { [$0] } ?? []) + (args.kwarg.map { [$0] } ?? [])
        for a in all where a.name == "__debug__" {
            throw error("cannot assign to __debug__", loc)
        }
    }

    /// Positional defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    private func compileDefaults(_ args: Arguments) throws -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compileExpr(d) }
            emit(.buildTuple, args.defaults.count)
            flags |= 1
        }
        var n = 0
        for (i, a) in args.kwonlyargs.enumerated() {
            guard i < args.kwDefaults.count, let d = args.kwDefaults[i] else { continue }
            loadConst(.str(mangle(unit.privateName, a.name)))
            try compileExpr(d)
            n += 1
        }
        if n > 0 {
            emit(.buildMap, n)
            flags |= 2
        }
        return flags
    }

    private func compileArgAnnotation(_ name: String, _ annotation: Expr?, _ count: inout Int) throws {
        guard let an = annotation else { return }
        loadConst(.str(mangle(unit.privateName, name)))
        if futures.annotations {
            try compileAnnotationValue(an)
        } else if case .starred(let v) = an.kind {
            try compileExpr(v)
            emit(.unpackSequence, 1)
        } else {
            try compileExpr(an)
        }
        count += 1
    }

    /// The annotations dict; returns true when one was built.
    private func compileAnnotations(_ args: Arguments, _ returns: Expr?) throws -> Bool {
        var n = 0
        for a in args.args { try compileArgAnnotation(a.name, a.annotation, &n) }
        for a in args.posonlyargs { try compileArgAnnotation(a.name, a.annotation, &n) }
        if let v = args.vararg { try compileArgAnnotation(v.name, v.annotation, &n) }
        for a in args.kwonlyargs { try compileArgAnnotation(a.name, a.annotation, &n) }
        if let k = args.kwarg { try compileArgAnnotation(k.name, k.annotation, &n) }
        try compileArgAnnotation("return", returns, &n)
        if n > 0 {
            emit(.buildMap, n)
            return true
        }
        return false
    }

    private func setArgCounts(_ args: Arguments) {
        unit.argCount = args.posonlyargs.count + args.args.count
        unit.posOnlyArgCount = args.posonlyargs.count
        unit.kwOnlyArgCount = args.kwonlyargs.count
    }

    /// Ends a function-like unit with an implicit `return None` and assembles it.
    private func finishFunctionUnit() throws -> CodeObject {
        loadConst(.none)
        emit(.returnValue)
        let code = try assembleUnit(unit)
        return code
    }

    /// Compiles the body of a nested scope into a code object, once per AST node (finally bodies
    /// and while tests are emitted several times and share their nested code objects).
    private func nestedCode(_ key: ObjectIdentifier, scope: Scope, kind: UnitKind, name: String, firstLine: Int,
                            loc: SourceLoc, body: () throws -> CodeObject) throws -> CodeObject {
        if let cached = codeCache[key] { return cached }
        enterUnit(scope: scope, kind: kind, name: name, firstLine: firstLine, loc: loc)
        let code: CodeObject
        do {
            code = try body()
        } catch {
            exitUnit()
            throw error
        }
        exitUnit()
        codeCache[key] = code
        return code
    }

    // MARK: def

    func compileFunctionDef(_ s: Stmt, _ fd: FunctionDef) throws {
        try checkDebugArgs(fd.args, s.loc)
        for d in fd.decorators { try compileExpr(d) }
        let firstLine = Int(fd.decorators.first?.loc.line ?? s.loc.line)
        var flags = try compileDefaults(fd.args)
        if try compileAnnotations(fd.args, fd.returns) { flags |= 4 }
        let scope = try scopeFor(s)
        let code = try nestedCode(ObjectIdentifier(s), scope: scope, kind: fd.isAsync ? .asyncFunction : .function,
                                  name: fd.name, firstLine: firstLine, loc: s.loc) {
            setArgCounts(fd.args)
            emitCellParameterCopies()
            var body = fd.body[...]
            if let doc = docstring(of: fd.body) {
                unit.docstring = doc
                body = fd.body.dropFirst()
            }
            for st in body { try compileStmt(st) }
            unit.loc = fd.body.last?.loc ?? s.loc
            return try finishFunctionUnit()
        }
        try makeClosure(code, flags: flags)
        for _ in fd.decorators { emit(.call, 1) }
        try nameOp(fd.name, .store)
    }

    func compileLambda(_ e: Expr, _ args: Arguments, _ body: Expr) throws {
        try checkDebugArgs(args, e.loc)
        let flags = try compileDefaults(args)
        let scope = try scopeFor(e)
        let code = try nestedCode(ObjectIdentifier(e), scope: scope, kind: .lambda, name: "<lambda>",
                                  firstLine: Int(e.loc.line), loc: e.loc) {
            setArgCounts(args)
            emitCellParameterCopies()
            try compileExpr(body)
            emit(.returnValue)
            return try assembleUnit(unit)
        }
        try makeClosure(code, flags: flags)
    }

    // MARK: class

    func compileClassDef(_ s: Stmt, _ cd: ClassDef) throws {
        for d in cd.decorators { try compileExpr(d) }
        let firstLine = Int(cd.decorators.first?.loc.line ?? s.loc.line)
        let scope = try scopeFor(s)
        let code = try nestedCode(ObjectIdentifier(s), scope: scope, kind: .classBody, name: cd.name,
                                  firstLine: firstLine, loc: s.loc) {
            unit.privateName = cd.name
            try nameOp("__name__", .load)
            try nameOp("__module__", .store)
            loadConst(.str(unit.qualname))
            try nameOp("__qualname__", .store)
            try compileBody(cd.body)
            unit.loc = s.loc
            if scope.needsClassClosure {
                guard let idx = unit.cellMap["__class__"] else { throw internalError("missing __class__ cell") }
                emit(.loadClosure, idx)
                try nameOp("__classcell__", .store)
            }
            loadConst(.none)
            emit(.returnValue)
            return try assembleUnit(unit)
        }
        emit(.loadBuildClass)
        try makeClosure(code, flags: 0)
        loadConst(.str(cd.name))
        try callHelper(pushed: 2, cd.bases, cd.keywords)
        for _ in cd.decorators { emit(.call, 1) }
        try nameOp(cd.name, .store)
    }

    // MARK: comprehensions

    func compileComprehension(_ e: Expr, _ kind: ComprehensionKind, _ gens: [Comprehension],
                              _ elt: Expr, _ value: Expr?) throws {
        guard let outermost = gens.first else { throw internalError("comprehension without generators") }
        let outerKind = unit.kind
        let scope = try scopeFor(e)
        let isAsyncGenerator = scope.isCoroutine
        let code = try nestedCode(ObjectIdentifier(e), scope: scope, kind: .comprehension, name: kind.codeName,
                                  firstLine: Int(e.loc.line), loc: e.loc) {
            if isAsyncGenerator && kind != .generator && outerKind != .asyncFunction && outerKind != .comprehension {
                throw error("asynchronous comprehension outside of an asynchronous function", e.loc)
            }
            unit.argCount = 1
            switch kind {
            case .list: emit(.buildList, 0)
            case .set: emit(.buildSet, 0)
            case .dict: emit(.buildMap, 0)
            case .generator: break
            }
            try compileComprehensionGenerator(gens, 0, 0, elt, value, kind)
            unit.loc = e.loc
            if kind != .generator {
                emit(.returnValue)
                return try assembleUnit(unit)
            }
            return try finishFunctionUnit()
        }
        try makeClosure(code, flags: 0)
        try compileIterable(outermost.iter)
        emit(outermost.isAsync ? .getAiter : .getIter)
        emit(.call, 1)
        if isAsyncGenerator && kind != .generator {
            emit(.getAwaitable, 0)
            loadConst(.none)
            emitSendLoop()
        }
    }

    private func compileComprehensionElement(_ elt: Expr, _ value: Expr?, _ kind: ComprehensionKind, _ depth: Int) throws {
        switch kind {
        case .generator:
            try compileExpr(elt)
            emitYield()
            emit(.popTop)
        case .list:
            try compileExpr(elt)
            emit(.listAppend, depth + 1)
        case .set:
            try compileExpr(elt)
            emit(.setAdd, depth + 1)
        case .dict:
            try compileExpr(elt)
            if let v = value { try compileExpr(v) } else { loadConst(.none) }
            emit(.mapAdd, depth + 1)
        }
    }

    private func compileComprehensionGenerator(_ gens: [Comprehension], _ index: Int, _ depthIn: Int,
                                               _ elt: Expr, _ value: Expr?, _ kind: ComprehensionKind) throws {
        let gen = gens[index]
        if gen.isAsync {
            try compileAsyncComprehensionGenerator(gens, index, depthIn, elt, value, kind)
            return
        }
        var depth = depthIn
        let start = newLabel(), ifCleanup = newLabel(), anchor = newLabel()
        var hasLoop = true
        if index == 0 {
            emit(.loadFast, 0)
        } else {
            var single: Expr? = nil
            switch gen.iter.kind {
            case .list(let elts), .tuple(let elts):
                if elts.count == 1 && !isStarred(elts[0]) { single = elts[0] }
            default: break
            }
            if let x = single {
                try compileExpr(x)
                hasLoop = false
            } else {
                try compileIterable(gen.iter)
                emit(.getIter)
            }
        }
        if hasLoop {
            depth += 1
            bind(start)
            emitJump(.forIter, anchor)
        }
        try compileStore(gen.target)
        for cond in gen.ifs { try jumpIf(cond, ifCleanup, false) }
        if index + 1 < gens.count {
            try compileComprehensionGenerator(gens, index + 1, depth, elt, value, kind)
        } else {
            try compileComprehensionElement(elt, value, kind, depth)
        }
        bind(ifCleanup)
        if hasLoop {
            emitJump(.jump, start)
            bind(anchor)
        }
    }

    private func compileAsyncComprehensionGenerator(_ gens: [Comprehension], _ index: Int, _ depthIn: Int,
                                                    _ elt: Expr, _ value: Expr?, _ kind: ComprehensionKind) throws {
        let gen = gens[index]
        let start = newLabel(), except = newLabel(), ifCleanup = newLabel()
        if index == 0 {
            emit(.loadFast, 0)
        } else {
            try compileExpr(gen.iter)
            emit(.getAiter)
        }
        bind(start)
        try pushFBlock(FBlock(kind: .asyncComprehensionGenerator, start: start))
        pushHandler(except, delta: 0)
        emit(.getAnext)
        loadConst(.none)
        emitSendLoop()
        popHandler()
        try compileStore(gen.target)
        for cond in gen.ifs { try jumpIf(cond, ifCleanup, false) }
        let depth = depthIn + 1
        if index + 1 < gens.count {
            try compileComprehensionGenerator(gens, index + 1, depth, elt, value, kind)
        } else {
            try compileComprehensionElement(elt, value, kind, depth)
        }
        bind(ifCleanup)
        emitJump(.jump, start)
        popFBlock()
        bind(except)
        emit(.endAsyncFor)
    }

    // MARK: calls

    func validateKeywords(_ keywords: [Keyword]) throws {
        for i in keywords.indices {
            guard let name = keywords[i].name else { continue }
            try checkForbidden(name, .store, unit.loc)
            var j = i + 1
            while j < keywords.count {
                if keywords[j].name == name {
                    throw error("keyword argument repeated: \(name)", keywords[j].loc)
                }
                j += 1
            }
        }
    }

    func keywordNames(_ keywords: [Keyword]) -> CodeConstant {
        .tuple(keywords.map { .str($0.name ?? "") })
    }

    func compileCall(_ e: Expr, _ fn: Expr, _ args: [Expr], _ keywords: [Keyword]) throws {
        try validateKeywords(keywords)
        if case .attribute(let obj, let attr) = fn.kind,
           !args.contains(where: isStarred), !keywords.contains(where: { $0.name == nil }) {
            let mloc = attrLoc(e.loc, fn, attr)
            let aloc = attrLoc(fn.loc, fn, attr)   // a failed lookup points at `obj.attr` only
            if unit.scope.type == .function, case .call(let callee, let sargs, let skw) = obj.kind,
               sargs.isEmpty, skw.isEmpty, case .name("super") = callee.kind {
                // `super().m(...)`: the super object is never seen, so the VM can skip making it.
                try compileExpr(callee)
                emitName(.loadSuperMethod, attr, at: aloc)
            } else {
                try compileExpr(obj)
                emitName(.loadMethod, attr, at: aloc)
            }
            for a in args { try compileExpr(a) }
            for k in keywords { try compileExpr(k.value) }
            if keywords.isEmpty {
                emit(.callMethod, args.count, at: mloc)
            } else {
                emit(.loadConst, addConst(keywordNames(keywords)), at: mloc)
                emit(.callMethodKw, args.count + keywords.count, at: mloc)
            }
            return
        }
        try compileExpr(fn)
        try callHelper(pushed: 0, args, keywords)
    }

    /// Arguments and the call instruction; `pushed` values (beyond the callee) are already on the
    /// stack and count as leading positional arguments.
    func callHelper(pushed: Int, _ args: [Expr], _ keywords: [Keyword]) throws {
        try validateKeywords(keywords)
        let hasStar = args.contains(where: isStarred)
        let hasDoubleStar = keywords.contains(where: { $0.name == nil })
        if !hasStar && !hasDoubleStar {
            for a in args { try compileExpr(a) }
            for k in keywords { try compileExpr(k.value) }
            if keywords.isEmpty {
                emit(.call, pushed + args.count)
            } else {
                loadConst(keywordNames(keywords))
                emit(.callKw, pushed + args.count + keywords.count)
            }
            return
        }
        try starUnpack(args, pushed: pushed, build: .buildList, add: .listAppend, extend: .listExtend, tuple: true)
        if !keywords.isEmpty {
            var haveDict = false
            var nseen = 0
            for (i, kw) in keywords.enumerated() {
                if kw.name == nil {
                    if nseen > 0 {
                        try compileSubkwargs(keywords[(i - nseen)..<i])
                        if haveDict { emit(.dictMerge, 1) }
                        haveDict = true
                        nseen = 0
                    }
                    if !haveDict {
                        emit(.buildMap, 0)
                        haveDict = true
                    }
                    try compileExpr(kw.value)
                    emit(.dictMerge, 1)
                } else {
                    nseen += 1
                }
            }
            if nseen > 0 {
                try compileSubkwargs(keywords[(keywords.count - nseen)...])
                if haveDict { emit(.dictMerge, 1) }
            }
        }
        emit(.callEx, keywords.isEmpty ? 0 : 1)
    }

    private func compileSubkwargs(_ kws: ArraySlice<Keyword>) throws {
        for k in kws {
            loadConst(.str(k.name ?? ""))
            try compileExpr(k.value)
        }
        emit(.buildMap, kws.count)
    }
}
