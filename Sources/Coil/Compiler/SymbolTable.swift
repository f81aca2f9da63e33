// Symbol table: scope analysis in the manner of CPython 3.11's symtable.c.
//
// A first pass walks the AST, creating one `Scope` per module, class, function, lambda and
// comprehension, and records for every name how it is used (flags). A second pass (`analyze`)
// classifies every name as local, global-explicit, global-implicit, free or cell, propagating free
// variables outwards exactly as CPython does (including the class-scope rules, `__class__` for
// zero-argument super and walrus targets in comprehensions binding in the enclosing function).

struct SymFlags: OptionSet, Hashable {
    let rawValue: UInt32
    static let defGlobal = SymFlags(rawValue: 1 << 0)     // `global` statement
    static let defLocal = SymFlags(rawValue: 1 << 1)      // assignment in this scope
    static let defParam = SymFlags(rawValue: 1 << 2)      // formal parameter
    static let defNonlocal = SymFlags(rawValue: 1 << 3)   // `nonlocal` statement
    static let use = SymFlags(rawValue: 1 << 4)           // name is read
    static let defImport = SymFlags(rawValue: 1 << 6)     // bound by import
    static let defAnnot = SymFlags(rawValue: 1 << 7)      // annotated name
    static let defCompIter = SymFlags(rawValue: 1 << 8)   // comprehension iteration variable
    static let defBound: SymFlags = [.defLocal, .defParam, .defImport]
}

/// Final classification of a name in one scope.
enum SymbolScope: Equatable {
    case local, globalExplicit, globalImplicit, free, cell
}

enum BlockType { case module, classBlock, function }

enum ComprehensionKind {
    case list, set, dict, generator
    var codeName: String {
        switch self {
        case .list: return "<listcomp>"
        case .set: return "<setcomp>"
        case .dict: return "<dictcomp>"
        case .generator: return "<genexpr>"
        }
    }
    var description: String {
        switch self {
        case .list: return "list comprehension"
        case .set: return "set comprehension"
        case .dict: return "dict comprehension"
        case .generator: return "generator expression"
        }
    }
}

/// One scope (CPython's symtable entry).
final class Scope {
    let type: BlockType
    let name: String
    let loc: SourceLoc
    private(set) var symbols: [String: SymFlags] = [:]
    private(set) var symbolOrder: [String] = []
    /// Scope of each symbol after analysis.
    var scopes: [String: SymbolScope] = [:]
    /// Class scopes: names that are bound (or global) in the class and also free in a method.
    var freeClass: Set<String> = []
    /// First `global`/`nonlocal` (or walrus) directive location of each name.
    var directives: [String: SourceLoc] = [:]
    /// Parameters in order (posonly + regular, kwonly, *args, **kwargs).
    var params: [String] = []
    var children: [Scope] = []
    var isNested = false
    var isGenerator = false
    var isCoroutine = false
    var isAsyncDef = false
    var isLambda = false
    var hasVarargs = false
    var hasVarkeywords = false
    var returnsValue = false
    var comprehension: ComprehensionKind?
    var compIterTarget = false
    var compIterExpr = 0
    var hasFree = false
    var childHasFree = false
    var needsClassClosure = false

    init(type: BlockType, name: String, loc: SourceLoc) {
        self.type = type; self.name = name; self.loc = loc
    }

    func flags(_ name: String) -> SymFlags { symbols[name] ?? [] }

    func setFlags(_ name: String, _ f: SymFlags) {
        if symbols[name] == nil { symbolOrder.append(name) }
        symbols[name] = f
    }

    /// The analyzed scope of `name`, nil when the name does not occur in this scope.
    func scope(of name: String) -> SymbolScope? { scopes[name] }

    /// Names of this scope's cell variables
    /// (CPython 3.11's co_cellvars order: parameters that are cells in parameter order, then the
    /// other cells sorted.)
    var cellNames: [String] {
        let cellParams = params.filter { scopes[$0] == .cell }
        let paramSet = Set(params)
        return cellParams + symbolOrder.filter { scopes[$0] == .cell && !paramSet.contains($0) }.sorted(by: codePointLess)
    }

    /// Names of this scope's free variables, sorted as CPython does.
    var freeNames: [String] {
        symbolOrder.filter { scopes[$0] == .free || freeClass.contains($0) }.sorted(by: codePointLess)
    }

    /// Names classified local (for tests and tooling).
    var localNames: [String] { symbolOrder.filter { scopes[$0] == .local } }
}

/// The result of symbol analysis for one module.
final class SymbolTable {
    let top: Scope
    private var byNode: [ObjectIdentifier: Scope]

    init(top: Scope, byNode: [ObjectIdentifier: Scope]) { self.top = top; self.byNode = byNode }

    func scope(for stmt: Stmt) -> Scope? { byNode[ObjectIdentifier(stmt)] }
    func scope(for expr: Expr) -> Scope? { byNode[ObjectIdentifier(expr)] }

    static func build(_ module: Module, errors: ErrorContext, futureAnnotations: Bool = false) throws -> SymbolTable {
        let b = SymtableBuilder(errors: errors, futureAnnotations: futureAnnotations)
        for s in module.body { try b.visitStmt(s) }
        let table = SymbolTable(top: b.top, byNode: b.byNode)
        try b.analyze()
        return table
    }
}

// MARK: - First pass

final class SymtableBuilder {
    let errors: ErrorContext
    let futureAnnotations: Bool
    let top: Scope
    var cur: Scope
    var stack: [Scope]
    var privateName: String?
    var byNode: [ObjectIdentifier: Scope] = [:]
    /// Current statement/expression nesting, bounded so that deep ASTs fail cleanly instead of
    /// overflowing the native stack (CPython raises RecursionError here).
    var depth = 0
    static let maxDepth = 1000

    func enterNesting(_ loc: SourceLoc) throws {
        depth += 1
        if depth > SymtableBuilder.maxDepth {
            throw err("too many nested expressions or statements (maximum recursion depth exceeded during compilation)", loc)
        }
    }

    init(errors: ErrorContext, futureAnnotations: Bool) {
        self.errors = errors
        self.futureAnnotations = futureAnnotations
        top = Scope(type: .module, name: "top", loc: SourceLoc(line: 1, col: 0, endLine: 1, endCol: 0))
        cur = top
        stack = [top]
    }

    func err(_ msg: String, _ loc: SourceLoc) -> SyntaxErrorInfo { errors.error(msg, loc) }

    func enterBlock(_ name: String, _ type: BlockType, key: ObjectIdentifier, loc: SourceLoc) {
        let s = Scope(type: type, name: name, loc: loc)
        if cur.isNested || cur.type == .function { s.isNested = true }
        cur.children.append(s)
        byNode[key] = s
        stack.append(s)
        cur = s
    }

    func exitBlock() {
        stack.removeLast()
        if let last = stack.last { cur = last }
    }

    func addDef(_ name: String, _ flag: SymFlags, _ loc: SourceLoc, in target: Scope? = nil) throws {
        let ste = target ?? cur
        let mangled = mangle(privateName, name)
        var val: SymFlags
        if let o = ste.symbols[mangled] {
            if flag.contains(.defParam) && o.contains(.defParam) {
                throw err("duplicate argument '\(name)' in function definition", loc)
            }
            val = o.union(flag)
        } else {
            val = flag
        }
        if ste.compIterTarget {
            if !val.isDisjoint(with: [.defGlobal, .defNonlocal]) {
                throw err("comprehension inner loop cannot rebind assignment expression target '\(name)'", loc)
            }
            val.insert(.defCompIter)
        }
        ste.setFlags(mangled, val)
        if flag.contains(.defParam) {
            ste.params.append(mangled)
        } else if flag.contains(.defGlobal) {
            top.setFlags(mangled, top.flags(mangled).union(flag))
        }
    }

    func recordDirective(_ name: String, _ loc: SourceLoc, in target: Scope? = nil) {
        let ste = target ?? cur
        let mangled = mangle(privateName, name)
        if ste.directives[mangled] == nil { ste.directives[mangled] = loc }
    }

    // MARK: statements

    // The dispatchers below stay small (helpers per construct) so that debug builds use little
    // native stack per nesting level.
    func visitStmt(_ s: Stmt) throws {
        try enterNesting(s.loc)
        defer { depth -= 1 }
        switch s.kind {
        case .functionDef: try visitFunctionDef(s)
        case .classDef: try visitClassDef(s)
        case .return(let v):
            if let v = v {
                try visitExpr(v)
                cur.returnsValue = true
            }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .assign(let targets, let value):
            for t in targets { try visitTarget(t) }
            try visitExpr(value)
        case .augAssign(let target, _, let value):
            try visitTarget(target)
            try visitExpr(value)
        case .annAssign: try visitAnnAssign(s)
        case .for, .while, .if, .with, .try, .tryStar: try visitCompound(s)
        case .raise(let exc, let cause):
            if let e = exc { try visitExpr(e) }
            if let c = cause { try visitExpr(c) }
        case .assert(let test, let msg):
            try visitExpr(test)
            if let m = msg { try visitExpr(m) }
        case .import(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global, .nonlocal: try visitDirective(s)
        case .expr(let e):
            try visitExpr(e)
        case .pass, .break, .continue:
            break
        case .match(let subject, let cases):
            try visitExpr(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpr { try visitExpr(g) }
                try visitStmts(c.body)
            }
        }
    }

    /// Capture names in a pattern are stores; value, key and class expressions are loads.
    private func visitPattern(_ p: Pattern) throws {
        try enterNesting(p.loc)
        defer { depth -= 1 }
        switch p.kind {
        case .value(let e): try visitExpr(e)
        case .singleton: break
        case .sequence(let ps), .or(let ps):
            for x in ps { try visitPattern(x) }
        case .mapping(let keys, let ps, let rest):
            for k in keys { try visitExpr(k) }
            for x in ps { try visitPattern(x) }
            if let r = rest { try addDef(r, .defLocal, p.loc) }
        case .class(let cls, let ps, _, let kps):
            try visitExpr(cls)
            for x in ps { try visitPattern(x) }
            for x in kps { try visitPattern(x) }
        case .star(let n):
            if let n = n { try addDef(n, .defLocal, p.loc) }
        case .as(let sub, let n):
            if let sub = sub { try visitPattern(sub) }
            if let n = n { try addDef(n, .defLocal, p.loc) }
        }
    }

    private func visitStmts(_ body: [Stmt]) throws {
        for st in body { try visitStmt(st) }
    }

    private func visitFunctionDef(_ s: Stmt) throws {
        guard case .functionDef(let fd) = s.kind else { return }
        try addDef(fd.name, .defLocal, s.loc)
        for d in fd.args.defaults { try visitExpr(d) }
        for d in fd.args.kwDefaults { if let d = d { try visitExpr(d) } }
        try visitAnnotations(fd.args, returns: fd.returns)
        for d in fd.decorators { try visitExpr(d) }
        enterBlock(fd.name, .function, key: ObjectIdentifier(s), loc: s.loc)
        if fd.isAsync { cur.isCoroutine = true; cur.isAsyncDef = true }
        try visitParams(fd.args)
        try visitStmts(fd.body)
        exitBlock()
    }

    private func visitClassDef(_ s: Stmt) throws {
        guard case .classDef(let cd) = s.kind else { return }
        try addDef(cd.name, .defLocal, s.loc)
        for b in cd.bases { try visitExpr(b) }
        for k in cd.keywords { try visitExpr(k.value) }
        for d in cd.decorators { try visitExpr(d) }
        enterBlock(cd.name, .classBlock, key: ObjectIdentifier(s), loc: s.loc)
        let saved = privateName
        privateName = cd.name
        try visitStmts(cd.body)
        privateName = saved
        exitBlock()
    }

    private func visitAnnAssign(_ s: Stmt) throws {
        guard case .annAssign(let target, let annotation, let value, let simple) = s.kind else { return }
        if case .name(let n) = target.kind {
            let curFlags = cur.flags(mangle(privateName, n))
            if !curFlags.isDisjoint(with: [.defGlobal, .defNonlocal]) && cur !== top && simple {
                let what = curFlags.contains(.defGlobal) ? "global" : "nonlocal"
                throw err("annotated name '\(n)' can't be \(what)", s.loc)
            }
            if simple {
                try addDef(n, [.defAnnot, .defLocal], target.loc)
            } else if value != nil {
                try addDef(n, .defLocal, target.loc)
            }
        } else {
            try visitTarget(target)
        }
        if !futureAnnotations { try visitExpr(annotation) }
        if let v = value { try visitExpr(v) }
    }

    private func visitCompound(_ s: Stmt) throws {
        switch s.kind {
        case .for(let target, let iter, let body, let orelse, _):
            try visitTarget(target)
            try visitExpr(iter)
            try visitStmts(body)
            try visitStmts(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visitExpr(test)
            try visitStmts(body)
            // An elif chain is handled iteratively, without nesting.
            var rest = orelse
            while rest.count == 1, case .if(let t2, let b2, let o2) = rest[0].kind {
                try visitExpr(t2)
                try visitStmts(b2)
                rest = o2
            }
            try visitStmts(rest)
        case .with(let items, let body, _):
            for it in items {
                try visitExpr(it.contextExpr)
                if let v = it.optionalVars { try visitTarget(v) }
            }
            try visitStmts(body)
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            try visitStmts(body)
            try visitStmts(orelse)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .defLocal, h.loc) }
                try visitStmts(h.body)
            }
            try visitStmts(finalbody)
        default:
            break
        }
    }

    private func visitDirective(_ s: Stmt) throws {
        let isGlobal: Bool
        let names: [String]
        switch s.kind {
        case .global(let ns): isGlobal = true; names = ns
        case .nonlocal(let ns): isGlobal = false; names = ns
        default: return
        }
        let what = isGlobal ? "global" : "nonlocal"
        for n in names {
            let c = cur.flags(mangle(privateName, n))
            if !c.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                let msg: String
                if c.contains(.defParam) { msg = "name '\(n)' is parameter and \(what)" }
                else if c.contains(.use) { msg = "name '\(n)' is used prior to \(what) declaration" }
                else if c.contains(.defAnnot) { msg = "annotated name '\(n)' can't be \(what)" }
                else { msg = "name '\(n)' is assigned to before \(what) declaration" }
                throw err(msg, s.loc)
            }
            try addDef(n, isGlobal ? .defGlobal : .defNonlocal, s.loc)
            recordDirective(n, s.loc)
        }
    }

    func visitAlias(_ a: Alias) throws {
        let stored = a.asname ?? String(a.name.split(separator: ".", maxSplits: 1,
                                                     omittingEmptySubsequences: false).first ?? "")
        if a.name == "*" {
            if cur.type != .module {
                throw err("import * only allowed at module level", a.loc)
            }
            return
        }
        try addDef(stored, .defImport, a.loc)
    }

    func visitParams(_ args: Arguments) throws {
        for a in args.posonlyargs { try addDef(a.name, .defParam, a.loc) }
        for a in args.args { try addDef(a.name, .defParam, a.loc) }
        for a in args.kwonlyargs { try addDef(a.name, .defParam, a.loc) }
        if let v = args.vararg {
            try addDef(v.name, .defParam, v.loc)
            cur.hasVarargs = true
        }
        if let k = args.kwarg {
            try addDef(k.name, .defParam, k.loc)
            cur.hasVarkeywords = true
        }
    }

    func visitAnnotations(_ args: Arguments, returns: Expr?) throws {
        if futureAnnotations { return }
        for a in args.posonlyargs { if let an = a.annotation { try visitExpr(an) } }
        for a in args.args { if let an = a.annotation { try visitExpr(an) } }
        if let an = args.vararg?.annotation { try visitExpr(an) }
        if let an = args.kwarg?.annotation { try visitExpr(an) }
        for a in args.kwonlyargs { if let an = a.annotation { try visitExpr(an) } }
        if let r = returns { try visitExpr(r) }
    }

    // MARK: expressions

    /// A store or delete target.
    func visitTarget(_ e: Expr) throws {
        try enterNesting(e.loc)
        defer { depth -= 1 }
        switch e.kind {
        case .name(let n):
            try addDef(n, .defLocal, e.loc)
        case .tuple(let elts), .list(let elts):
            for x in elts { try visitTarget(x) }
        case .starred(let v):
            try visitTarget(v)
        case .attribute(let v, _):
            try visitExpr(v)
        case .subscript(let v, let sl):
            try visitExpr(v)
            try visitExpr(sl)
        default:
            // Invalid targets are reported by the code generator; still record their names.
            try visitExpr(e)
        }
    }

    func visitExpr(_ e: Expr) throws {
        try enterNesting(e.loc)
        defer { depth -= 1 }
        switch e.kind {
        case .name(let n):
            try addDef(n, .use, e.loc)
            if n == "super" && cur.type == .function {
                try addDef("__class__", .use, e.loc)
            }
        case .constant:
            break
        case .joinedStr(let parts):
            for p in parts { try visitExpr(p) }
        case .formattedValue(let v, _, let spec):
            try visitExpr(v)
            if let s = spec { try visitExpr(s) }
        case .boolOp(_, let vs):
            for v in vs { try visitExpr(v) }
        case .binOp:
            try visitBinOpChain(e)
        case .unaryOp(_, let v):
            try visitExpr(v)
        case .lambda:
            try visitLambda(e)
        case .ifExp(let t, let b, let o):
            try visitExpr(t); try visitExpr(b); try visitExpr(o)
        case .dict(let keys, let values):
            for (i, v) in values.enumerated() {
                if i < keys.count, let k = keys[i] { try visitExpr(k) }
                try visitExpr(v)
            }
        case .set(let elts), .list(let elts), .tuple(let elts):
            for x in elts { try visitExpr(x) }
        case .listComp, .setComp, .dictComp, .generatorExp:
            try visitComprehensionExpr(e)
        case .await(let v):
            try visitExpr(v)
            cur.isCoroutine = true
        case .yield(let v):
            if let v = v { try visitExpr(v) }
            try noteYield(e)
        case .yieldFrom(let v):
            try visitExpr(v)
            try noteYield(e)
        case .compare(let l, _, let rs):
            try visitExpr(l)
            for r in rs { try visitExpr(r) }
        case .call(let f, let args, let kws):
            try visitExpr(f)
            for a in args { try visitExpr(a) }
            for k in kws { try visitExpr(k.value) }
        case .attribute(let v, _):
            try visitExpr(v)
        case .subscript(let v, let s):
            try visitExpr(v); try visitExpr(s)
        case .starred(let v):
            try visitExpr(v)
        case .slice(let lo, let hi, let st):
            if let x = lo { try visitExpr(x) }
            if let x = hi { try visitExpr(x) }
            if let x = st { try visitExpr(x) }
        case .namedExpr:
            try visitNamedExpr(e)
        }
    }

    /// `a + b + c …` nests on the left; walk the spine iteratively.
    private func visitBinOpChain(_ e: Expr) throws {
        var rights: [Expr] = []
        var cur = e
        while case .binOp(let l, _, let r) = cur.kind {
            rights.append(r)
            cur = l
        }
        try visitExpr(cur)
        for r in rights.reversed() { try visitExpr(r) }
    }

    private func noteYield(_ e: Expr) throws {
        cur.isGenerator = true
        if let k = cur.comprehension { throw err("'yield' inside \(k.description)", e.loc) }
    }

    private func visitLambda(_ e: Expr) throws {
        guard case .lambda(let args, let body) = e.kind else { return }
        for d in args.defaults { try visitExpr(d) }
        for d in args.kwDefaults { if let d = d { try visitExpr(d) } }
        enterBlock("lambda", .function, key: ObjectIdentifier(e), loc: e.loc)
        cur.isLambda = true
        try visitParams(args)
        try visitExpr(body)
        exitBlock()
    }

    private func visitComprehensionExpr(_ e: Expr) throws {
        switch e.kind {
        case .listComp(let elt, let gens): try visitComprehension(e, .list, gens, elt, nil)
        case .setComp(let elt, let gens): try visitComprehension(e, .set, gens, elt, nil)
        case .dictComp(let k, let v, let gens): try visitComprehension(e, .dict, gens, k, v)
        case .generatorExp(let elt, let gens): try visitComprehension(e, .generator, gens, elt, nil)
        default: break
        }
    }

    private func visitNamedExpr(_ e: Expr) throws {
        guard case .namedExpr(let target, let value) = e.kind else { return }
        if cur.compIterExpr > 0 {
            throw err("assignment expression cannot be used in a comprehension iterable expression", e.loc)
        }
        if cur.comprehension != nil {
            try extendNamedExprScope(target)
        }
        try visitExpr(value)
        try visitTarget(target)
    }

    func extendNamedExprScope(_ target: Expr) throws {
        guard case .name(let name) = target.kind else { return }
        let mangled = mangle(privateName, name)
        for ste in stack.reversed() {
            if ste.comprehension != nil {
                if ste.flags(mangled).contains(.defCompIter) {
                    throw err("assignment expression cannot rebind comprehension iteration variable '\(name)'", target.loc)
                }
                continue
            }
            switch ste.type {
            case .function:
                if ste.flags(mangled).contains(.defGlobal) {
                    try addDef(name, .defGlobal, target.loc)
                } else {
                    try addDef(name, .defNonlocal, target.loc)
                }
                recordDirective(name, target.loc)
                try addDef(name, .defLocal, target.loc, in: ste)
                return
            case .module:
                try addDef(name, .defGlobal, target.loc)
                recordDirective(name, target.loc)
                try addDef(name, .defGlobal, target.loc, in: ste)
                return
            case .classBlock:
                throw err("assignment expression within a comprehension cannot be used in a class body", target.loc)
            }
        }
    }

    func visitComprehension(_ e: Expr, _ kind: ComprehensionKind, _ gens: [Comprehension],
                            _ elt: Expr, _ value: Expr?) throws {
        guard let outermost = gens.first else { return }
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(kind.codeName, .function, key: ObjectIdentifier(e), loc: e.loc)
        cur.comprehension = kind
        if outermost.isAsync { cur.isCoroutine = true }
        try addDef(".0", .defParam, e.loc)
        cur.compIterTarget = true
        try visitTarget(outermost.target)
        cur.compIterTarget = false
        for c in outermost.ifs { try visitExpr(c) }
        for g in gens.dropFirst() {
            cur.compIterTarget = true
            try visitTarget(g.target)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            for c in g.ifs { try visitExpr(c) }
            if g.isAsync { cur.isCoroutine = true }
        }
        if let v = value { try visitExpr(v) }
        try visitExpr(elt)
        cur.isGenerator = (kind == .generator)
        let isAsync = cur.isCoroutine && kind != .generator
        exitBlock()
        if isAsync { cur.isCoroutine = true }
    }

    // MARK: - Second pass

    func analyze() throws {
        _ = try analyzeBlock(top, bound: nil, global: [])
    }

    private func directiveError(_ ste: Scope, _ name: String, _ msg: String) -> SyntaxErrorInfo {
        err(msg, ste.directives[name] ?? ste.loc)
    }

    private func analyzeName(_ ste: Scope, _ scopes: inout [String: SymbolScope], _ name: String,
                             _ flags: SymFlags, _ bound: inout Set<String>?, _ local: inout Set<String>,
                             _ free: inout Set<String>, _ global: inout Set<String>) throws {
        if flags.contains(.defGlobal) {
            if flags.contains(.defNonlocal) {
                throw directiveError(ste, name, "name '\(name)' is nonlocal and global")
            }
            scopes[name] = .globalExplicit
            global.insert(name)
            bound?.remove(name)
            return
        }
        if flags.contains(.defNonlocal) {
            guard let b = bound else {
                throw directiveError(ste, name, "nonlocal declaration not allowed at module level")
            }
            if !b.contains(name) {
                throw directiveError(ste, name, "no binding for nonlocal '\(name)' found")
            }
            scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if !flags.isDisjoint(with: .defBound) {
            scopes[name] = .local
            local.insert(name)
            global.remove(name)
            return
        }
        if let b = bound, b.contains(name) {
            scopes[name] = .free
            ste.hasFree = true
            free.insert(name)
            return
        }
        if global.contains(name) {
            scopes[name] = .globalImplicit
            return
        }
        if ste.isNested { ste.hasFree = true }
        scopes[name] = .globalImplicit
    }

    /// Returns the set of names free in `ste` or its children that must be resolved outside.
    private func analyzeBlock(_ ste: Scope, bound boundIn: Set<String>?, global globalIn: Set<String>) throws -> Set<String> {
        var bound = boundIn
        var global = globalIn
        var local = Set<String>()
        var scopes: [String: SymbolScope] = [:]
        var newGlobal = Set<String>()
        var newFree = Set<String>()
        var newBound = Set<String>()
        var free = Set<String>()

        if ste.type == .classBlock {
            newGlobal.formUnion(global)
            if let b = bound { newBound.formUnion(b) }
        }
        for name in ste.symbolOrder {
            try analyzeName(ste, &scopes, name, ste.flags(name), &bound, &local, &free, &global)
        }
        if ste.type != .classBlock {
            if ste.type == .function { newBound.formUnion(local) }
            if let b = bound { newBound.formUnion(b) }
            newGlobal.formUnion(global)
        } else {
            newBound.insert("__class__")
        }

        var allFree = Set<String>()
        for c in ste.children {
            let childFree = try analyzeBlock(c, bound: newBound, global: newGlobal)
            allFree.formUnion(childFree)
            if c.hasFree || c.childHasFree { ste.childHasFree = true }
        }
        newFree.formUnion(allFree)

        if ste.type == .function {
            for name in ste.symbolOrder where scopes[name] == .local && newFree.contains(name) {
                scopes[name] = .cell
                newFree.remove(name)
            }
        } else if ste.type == .classBlock {
            if newFree.remove("__class__") != nil { ste.needsClassClosure = true }
        }

        // update_symbols
        ste.scopes = scopes
        for name in newFree.sorted(by: codePointLess) {
            if ste.symbols[name] != nil {
                if ste.type == .classBlock && !ste.flags(name).isDisjoint(with: [.defLocal, .defParam, .defImport, .defGlobal]) {
                    ste.freeClass.insert(name)
                }
                continue
            }
            if let b = bound, !b.contains(name) { continue }
            ste.setFlags(name, [])
            ste.scopes[name] = .free
        }
        free.formUnion(newFree)
        return free
    }
}
