// Bytecode compiler: AST → CodeObject, following CPython 3.11's compile.c translated to Coil's
// opcodes (see Opcode.swift). This file holds the driver, compile units, emission helpers and
// name resolution; expressions, statements, exception constructs and function-like scopes live in
// the CodeGen+*.swift extensions, label resolution and table building in Assembler.swift.

/// Compiles a parsed module. `source` only serves to fill `SyntaxErrorInfo.text`.
public func compileModule(_ module: Module, source: String, filename: String, mode: ParseMode) throws -> CodeObject {
    let errors = ErrorContext(filename: filename, source: source)
    let futures = try FutureFeatures.scan(module, mode: mode, errors: errors)
    let table = try SymbolTable.build(module, errors: errors, futureAnnotations: futures.annotations)
    let gen = CodeGen(table: table, errors: errors, filename: filename, mode: mode, futures: futures)
    return try gen.compileModule(module)
}

/// `from __future__ import …` handling (CPython's future.c).
struct FutureFeatures {
    var annotations = false
    /// The statements that are valid future imports.
    var validStatements: Set<ObjectIdentifier> = []

    static let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import",
                                     "with_statement", "print_function", "unicode_literals",
                                     "barry_as_FLUFL", "generator_stop", "annotations"]

    static func scan(_ module: Module, mode: ParseMode, errors: ErrorContext) throws -> FutureFeatures {
        var f = FutureFeatures()
        var first = true
        for s in module.body {
            if first, mode == .file, case .expr(let e) = s.kind, case .constant(.str) = e.kind {
                first = false
                continue
            }
            first = false
            guard case .importFrom(let m, let names, let level) = s.kind, m == "__future__", level == 0 else { break }
            for a in names {
                if a.name == "annotations" { f.annotations = true }
                else if a.name == "braces" { throw errors.error("not a chance", s.loc, withEnd: false) }
                else if !known.contains(a.name) {
                    throw errors.error("future feature \(a.name) is not defined", s.loc, withEnd: false)
                }
            }
            f.validStatements.insert(ObjectIdentifier(s))
        }
        return f
    }
}

/// Kinds of compile units (CPython's COMPILER_SCOPE_*).
enum UnitKind { case module, classBody, function, asyncFunction, lambda, comprehension }

/// A pseudo-instruction before assembly: jumps refer to labels.
struct PInstr {
    var op: Opcode
    var arg: Int
    /// Label id for jump instructions, -1 otherwise.
    var target: Int
    var loc: SourceLoc
    /// Index of the innermost active exception handler, -1 for none.
    var handler: Int
}

/// An exception handler: protected instructions carry its index. Its stack depth is the depth at
/// `setupIndex` (the first instruction emitted after it was pushed) plus `delta`.
struct HandlerInfo {
    var target: Int      // label
    var parent: Int      // enclosing handler, -1 for none
    var setupIndex: Int
    var delta: Int
}

enum FBlockKind {
    case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, asyncWith, handlerCleanup,
         popValue, exceptionHandler, asyncComprehensionGenerator,
         /// The handlers of a try/except* (return/break/continue may not leave them).
         exceptionGroupHandler
}

/// A compile-time block (CPython's fblockinfo) used to unwind on return/break/continue.
struct FBlock {
    var kind: FBlockKind
    var start: Int = -1          // continue target (loops)
    var exit: Int = -1           // break target (loops)
    var finalBody: [Stmt] = []   // finallyTry
    var name: String? = nil      // handlerCleanup: the `as` name
    var loc: SourceLoc = .none   // with statements
    /// The handler that is active once this block's own handlers are popped.
    var outerHandler: Int = -1
}

indirect enum ConstKey: Hashable {
    case none, t, f, ellipsis
    case int(Int), big(String), float(UInt64), imag(UInt64), str(String), bytes([UInt8])
    case tuple([ConstKey]), frozenset([ConstKey])
    case code(ObjectIdentifier)

    init(_ c: CodeConstant) {
        switch c {
        case .none: self = .none
        case .true: self = .t
        case .false: self = .f
        case .ellipsis: self = .ellipsis
        case .int(let i): self = .int(i)
        case .bigInt(let s): self = .big(s)
        case .float(let d): self = .float(d.bitPattern)
        case .imaginary(let d): self = .imag(d.bitPattern)
        case .str(let s): self = .str(s)
        case .bytes(let b): self = .bytes(b)
        case .tuple(let items): self = .tuple(items.map(ConstKey.init))
        case .frozenset(let items): self = .frozenset(items.map(ConstKey.init))
        case .code(let co): self = .code(ObjectIdentifier(co))
        }
    }
}

/// The state of one code object being compiled.
final class CompileUnit {
    let scope: Scope
    let kind: UnitKind
    let name: String
    var qualname: String
    var privateName: String?
    let firstLine: Int

    var instrs: [PInstr] = []
    var labelPos: [Int] = []
    var handlers: [HandlerInfo] = []
    var curHandler = -1
    var fblocks: [FBlock] = []

    var consts: [CodeConstant] = []
    var constMap: [ConstKey: Int] = [:]
    var names: [String] = []
    var nameMap: [String: Int] = [:]
    var varnames: [String] = []
    var varMap: [String: Int] = [:]
    var cellvars: [String] = []
    var cellMap: [String: Int] = [:]
    var freevars: [String] = []
    var freeMap: [String: Int] = [:]

    var loc: SourceLoc
    var argCount = 0
    var posOnlyArgCount = 0
    var kwOnlyArgCount = 0
    var docstring: String?

    init(scope: Scope, kind: UnitKind, name: String, qualname: String, privateName: String?,
         firstLine: Int, loc: SourceLoc) {
        self.scope = scope; self.kind = kind; self.name = name; self.qualname = qualname
        self.privateName = privateName; self.firstLine = firstLine; self.loc = loc
        if scope.type == .function {
            for p in scope.params where varMap[p] == nil {
                varMap[p] = varnames.count
                varnames.append(p)
            }
        }
        cellvars = scope.cellNames
        if scope.type == .classBlock && scope.needsClassClosure { cellvars = ["__class__"] + cellvars }
        for (i, n) in cellvars.enumerated() { cellMap[n] = i }
        freevars = scope.freeNames
        for (i, n) in freevars.enumerated() { freeMap[n] = i }
    }

    var isFunctionLike: Bool { scope.type == .function }
}

enum NameCtx { case load, store, del }

final class CodeGen {
    let table: SymbolTable
    let errors: ErrorContext
    let filename: String
    let mode: ParseMode
    let futures: FutureFeatures
    var unit: CompileUnit
    var unitStack: [CompileUnit] = []
    var interactive = false
    /// Code objects already compiled for a def/class/lambda/comprehension node: finally bodies and
    /// while-loop tests are emitted more than once, and share their nested code objects.
    var codeCache: [ObjectIdentifier: CodeObject] = [:]
    /// Frozenset constants seen so far in this compilation, by their set of item keys: an equal
    /// later one reuses the first one's items, and so its iteration order (CPython's const cache).
    var frozensetConstants: [Set<ConstKey>: [CodeConstant]] = [:]

    init(table: SymbolTable, errors: ErrorContext, filename: String, mode: ParseMode, futures: FutureFeatures) {
        self.table = table; self.errors = errors; self.filename = filename; self.mode = mode
        self.futures = futures
        unit = CompileUnit(scope: table.top, kind: .module, name: "<module>", qualname: "<module>",
                           privateName: nil, firstLine: 1, loc: SourceLoc(line: 1, col: 0, endLine: 1, endCol: 0))
    }

    func error(_ msg: String, _ loc: SourceLoc) -> SyntaxErrorInfo { errors.error(msg, loc) }

    func internalError(_ msg: String) -> SyntaxErrorInfo {
        errors.error("internal compiler error: \(msg)", unit.loc)
    }

    // MARK: module

    func compileModule(_ module: Module) throws -> CodeObject {
        if let first = module.body.first { unit.loc = first.loc }
        switch mode {
        case .file:
            try compileBody(module.body)
            if let last = module.body.last { unit.loc = last.loc }
            loadConst(.none)
            emit(.returnValue)
        case .interactive:
            if findAnnotations(module.body) { emit(.setupAnnotations) }
            interactive = true
            for s in module.body { try compileStmt(s) }
            if let last = module.body.last { unit.loc = last.loc }
            loadConst(.none)
            emit(.returnValue)
        case .eval:
            guard module.body.count == 1, case .expr(let e) = module.body[0].kind else {
                throw error("invalid syntax", module.body.first?.loc ?? unit.loc)
            }
            unit.loc = module.body[0].loc
            try compileExpr(e)
            emit(.returnValue)
        }
        return try assembleUnit(unit)
    }

    /// Module and class bodies: docstring, annotations setup, statements.
    func compileBody(_ body: [Stmt]) throws {
        var rest = body[...]
        if let doc = docstring(of: body), let first = body.first {
            unit.docstring = doc
            unit.loc = first.loc
            loadConst(.str(doc))
            try nameOp("__doc__", .store)
            rest = body.dropFirst()
        }
        if findAnnotations(body) { emit(.setupAnnotations) }
        for s in rest { try compileStmt(s) }
    }

    func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind else { return nil }
        return s
    }

    func findAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .for(_, _, let b, let o, _), .while(_, let b, let o), .if(_, let b, let o):
                if findAnnotations(b) || findAnnotations(o) { return true }
            case .with(_, let b, _):
                if findAnnotations(b) { return true }
            case .match(_, let cases):
                for c in cases where findAnnotations(c.body) { return true }
            case .try(let b, let hs, let o, let f), .tryStar(let b, let hs, let o, let f):
                for h in hs where findAnnotations(h.body) { return true }
                if findAnnotations(b) || findAnnotations(f) || findAnnotations(o) { return true }
            default: break
            }
        }
        return false
    }

    // MARK: units

    func enterUnit(scope: Scope, kind: UnitKind, name: String, firstLine: Int, loc: SourceLoc) {
        let parent = unit
        var qual = name
        if parent.kind != .module {
            var forceGlobal = false
            if kind == .function || kind == .asyncFunction || kind == .classBody {
                let mangled = mangle(parent.privateName, name)
                if parent.scope.scope(of: mangled) == .globalExplicit { forceGlobal = true }
            }
            if !forceGlobal {
                switch parent.kind {
                case .function, .asyncFunction, .lambda: qual = parent.qualname + ".<locals>." + name
                default: qual = parent.qualname + "." + name
                }
            }
        }
        let u = CompileUnit(scope: scope, kind: kind, name: name, qualname: qual,
                            privateName: parent.privateName, firstLine: firstLine, loc: loc)
        unitStack.append(parent)
        unit = u
    }

    func exitUnit() {
        if let p = unitStack.popLast() { unit = p }
    }

    /// For functions: copy parameters that are cells into their cells.
    func emitCellParameterCopies() {
        for p in unit.scope.params where unit.scope.scope(of: p) == .cell {
            if let slot = unit.varMap[p], let cell = unit.cellMap[p] {
                emit(.loadFast, slot)
                emit(.storeDeref, cell)
            }
        }
    }

    func codeFlags(for u: CompileUnit) -> CodeFlags {
        var flags: CodeFlags = []
        let s = u.scope
        if s.type == .function {
            flags.insert(.optimized)
            if s.isNested { flags.insert(.nested) }
            if s.isCoroutine && !s.isGenerator { flags.insert(.coroutine) }
            if s.isCoroutine && s.isGenerator { flags.insert(.asyncGenerator) }
            if s.isGenerator && !s.isCoroutine { flags.insert(.generator) }
            if s.hasVarargs { flags.insert(.varargs) }
            if s.hasVarkeywords { flags.insert(.varkeywords) }
        }
        return flags
    }

    func assembleUnit(_ u: CompileUnit) throws -> CodeObject {
        let asm = try Assembler.assemble(u, errors: errors)
        return CodeObject(name: u.name, qualname: u.qualname, filename: filename, firstLine: u.firstLine,
                          flags: codeFlags(for: u), argCount: u.argCount, posOnlyArgCount: u.posOnlyArgCount,
                          kwOnlyArgCount: u.kwOnlyArgCount, varnames: u.isFunctionLike ? u.varnames : [],
                          cellvars: u.cellvars, freevars: u.freevars, names: u.names, constants: u.consts,
                          instructions: asm.instructions, locations: asm.locations,
                          exceptionTable: asm.exceptionTable, stackSize: asm.stackSize, docstring: u.docstring)
    }

    // MARK: emission

    func emit(_ op: Opcode, _ arg: Int = 0) {
        unit.instrs.append(PInstr(op: op, arg: arg, target: -1, loc: unit.loc, handler: unit.curHandler))
    }

    func emit(_ op: Opcode, _ arg: Int, at loc: SourceLoc) {
        unit.instrs.append(PInstr(op: op, arg: arg, target: -1, loc: loc, handler: unit.curHandler))
    }

    func emitJump(_ op: Opcode, _ label: Int) {
        unit.instrs.append(PInstr(op: op, arg: 0, target: label, loc: unit.loc, handler: unit.curHandler))
    }

    func newLabel() -> Int {
        unit.labelPos.append(-1)
        return unit.labelPos.count - 1
    }

    func bind(_ label: Int) {
        unit.labelPos[label] = unit.instrs.count
    }

    /// Starts a protected region: following instructions jump to `target` on exceptions, with the
    /// stack truncated to (depth here + delta).
    @discardableResult
    func pushHandler(_ target: Int, delta: Int) -> Int {
        unit.handlers.append(HandlerInfo(target: target, parent: unit.curHandler, setupIndex: unit.instrs.count, delta: delta))
        unit.curHandler = unit.handlers.count - 1
        return unit.curHandler
    }

    func popHandler() {
        if unit.curHandler >= 0 { unit.curHandler = unit.handlers[unit.curHandler].parent }
    }

    func pushFBlock(_ fb: FBlock) throws {
        if unit.fblocks.count >= 20 {
            throw error("too many statically nested blocks", unit.loc)
        }
        unit.fblocks.append(fb)
    }

    func popFBlock() { _ = unit.fblocks.popLast() }

    func addConst(_ c: CodeConstant) -> Int {
        let key = ConstKey(c)
        if let i = unit.constMap[key] { return i }
        unit.consts.append(c)
        unit.constMap[key] = unit.consts.count - 1
        return unit.consts.count - 1
    }

    func loadConst(_ c: CodeConstant) { emit(.loadConst, addConst(c)) }

    func addName(_ n: String) -> Int {
        if let i = unit.nameMap[n] { return i }
        unit.names.append(n)
        unit.nameMap[n] = unit.names.count - 1
        return unit.names.count - 1
    }

    /// Emits a name-operand instruction with the (mangled) name.
    func emitName(_ op: Opcode, _ name: String, at loc: SourceLoc? = nil) {
        let idx = addName(mangle(unit.privateName, name))
        emit(op, idx, at: loc ?? unit.loc)
    }

    func varIndex(_ n: String) -> Int {
        if let i = unit.varMap[n] { return i }
        unit.varnames.append(n)
        unit.varMap[n] = unit.varnames.count - 1
        return unit.varnames.count - 1
    }

    // MARK: names

    func checkForbidden(_ name: String, _ ctx: NameCtx, _ loc: SourceLoc) throws {
        guard name == "__debug__" else { return }
        if ctx == .store { throw error("cannot assign to __debug__", loc) }
        if ctx == .del { throw error("cannot delete __debug__", loc) }
    }

    func nameOp(_ name: String, _ ctx: NameCtx) throws {
        try checkForbidden(name, ctx, unit.loc)
        if ctx == .load && name == "__debug__" {
            loadConst(.true)
            return
        }
        let mangled = mangle(unit.privateName, name)
        let sc = unit.scope.scope(of: mangled)
        let isFunc = unit.scope.type == .function
        enum OpType { case fast, global, deref, name }
        var optype = OpType.name
        switch sc {
        case .free?, .cell?: optype = .deref
        case .local?: if isFunc { optype = .fast }
        case .globalImplicit?: if isFunc { optype = .global }
        case .globalExplicit?: optype = .global
        case nil: break
        }
        switch optype {
        case .deref:
            let idx: Int
            if sc == .cell, let i = unit.cellMap[mangled] { idx = i }
            else if let i = unit.freeMap[mangled] { idx = unit.cellvars.count + i }
            else if let i = unit.cellMap[mangled] { idx = i }
            else { throw internalError("no cell for '\(mangled)'") }
            switch ctx {
            case .load: emit(unit.scope.type == .classBlock ? .loadClassDeref : .loadDeref, idx)
            case .store: emit(.storeDeref, idx)
            case .del: emit(.deleteDeref, idx)
            }
        case .fast:
            let idx = varIndex(mangled)
            switch ctx {
            case .load: emit(.loadFast, idx)
            case .store: emit(.storeFast, idx)
            case .del: emit(.deleteFast, idx)
            }
        case .global:
            let idx = addName(mangled)
            switch ctx {
            case .load: emit(.loadGlobal, idx)
            case .store: emit(.storeGlobal, idx)
            case .del: emit(.deleteGlobal, idx)
            }
        case .name:
            let idx = addName(mangled)
            switch ctx {
            case .load: emit(.loadName, idx)
            case .store: emit(.storeName, idx)
            case .del: emit(.deleteName, idx)
            }
        }
    }

    /// LOAD_CLOSURE operand for a free variable `name` of an inner code object.
    func closureIndex(_ name: String) throws -> Int {
        if unit.kind == .classBody && name == "__class__", let i = unit.cellMap[name] { return i }
        let sc = unit.scope.scope(of: name)
        if sc == .cell, let i = unit.cellMap[name] { return i }
        if let i = unit.freeMap[name] { return unit.cellvars.count + i }
        if let i = unit.cellMap[name] { return i }
        throw internalError("cannot resolve closure variable '\(name)' in \(unit.qualname)")
    }

    /// Builds the function object for `code` (defaults etc. already on the stack per `flags`).
    func makeClosure(_ code: CodeObject, flags: Int) throws {
        var flags = flags
        if !code.freevars.isEmpty {
            for n in code.freevars { emit(.loadClosure, try closureIndex(n)) }
            emit(.buildTuple, code.freevars.count)
            flags |= 8
        }
        loadConst(.code(code))
        emit(.makeFunction, flags)
    }

    /// Location for an attribute access spanning lines: points at the attribute name (3.12 rule).
    func attrLoc(_ loc: SourceLoc, _ attrExpr: Expr, _ attr: String) -> SourceLoc {
        var l = loc
        if l.line != attrExpr.loc.endLine {
            l.line = attrExpr.loc.endLine
            let len = Int32(attr.unicodeScalars.count)
            if len <= attrExpr.loc.endCol { l.col = attrExpr.loc.endCol - len }
            l.endLine = max(l.line, l.endLine)
            if l.line == l.endLine { l.endCol = max(l.col, l.endCol) }
        }
        return l
    }
}

func codePointLess(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// CPython's private name mangling (`__x` inside class `C` becomes `_C__x`).
func mangle(_ privateName: String?, _ name: String) -> String {
    guard let p = privateName, name.hasPrefix("__") else { return name }
    if name.hasSuffix("__") || name.contains(".") { return name }
    let stripped = p.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}

/// Builds `SyntaxErrorInfo` values with the offending source line.
final class ErrorContext {
    let filename: String
    let source: String
    /// Source lines (split lazily, on the first error or stringified annotation).
    private var lines: [String]?

    init(filename: String, source: String) {
        self.filename = filename
        self.source = source
    }

    /// The text of 1-based line `n` without its line terminator.
    func lineText(_ n: Int) -> String? {
        if lines == nil {
            var ls: [String] = []
            var current = String.UnicodeScalarView()
            for u in source.unicodeScalars {
                if u == "\n" {
                    ls.append(String(current))
                    current = String.UnicodeScalarView()
                } else {
                    current.append(u)
                }
            }
            ls.append(String(current))
            lines = ls
        }
        guard let ls = lines, n >= 1, n <= ls.count else { return nil }
        var s = ls[n - 1]
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }

    func error(_ message: String, _ loc: SourceLoc, withEnd: Bool = true) -> SyntaxErrorInfo {
        let line = Int(loc.line)
        let endCol: Int? = (withEnd && loc.endLine == loc.line && loc.endCol >= loc.col) ? Int(loc.endCol) + 1 : nil
        return SyntaxErrorInfo(message: message, filename: filename, line: line, column: Int(loc.col) + 1,
                               endColumn: endCol, text: lineText(line))
    }
}
