// The abstract syntax tree the parser produces and the compiler consumes.
// Shapes follow CPython's `ast` module (Python 3.11) so that semantics carry over one to one.

/// A position in source: 1-based line, 0-based column counted in Unicode scalars.
public struct SourceLoc: Equatable, Sendable {
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32
    public init(line: Int, col: Int, endLine: Int, endCol: Int) {
        self.line = Int32(line); self.col = Int32(col)
        self.endLine = Int32(endLine); self.endCol = Int32(endCol)
    }
    public static let none = SourceLoc(line: 0, col: 0, endLine: 0, endCol: 0)
}

public final class Expr {
    public var kind: ExprKind
    public var loc: SourceLoc
    public init(_ kind: ExprKind, _ loc: SourceLoc) { self.kind = kind; self.loc = loc }
}

public final class Stmt {
    public var kind: StmtKind
    public var loc: SourceLoc
    public init(_ kind: StmtKind, _ loc: SourceLoc) { self.kind = kind; self.loc = loc }
}

public enum Constant {
    case none, `true`, `false`, ellipsis
    case int(Int)
    /// An integer literal too large for `Int`, kept as its decimal digits (sign-free).
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public enum BoolOp { case and, or }

public enum BinOp: CaseIterable {
    case add, sub, mul, matmul, div, floorDiv, mod, pow, lshift, rshift, bitOr, bitXor, bitAnd
}

public enum UnaryOp { case invert, not, plus, minus }

public enum CmpOp { case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn }

public struct Comprehension {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync
    }
}

/// A keyword argument in a call; `name == nil` means `**expr`.
public struct Keyword {
    public var name: String?
    public var value: Expr
    public var loc: SourceLoc
    public init(name: String?, value: Expr, loc: SourceLoc) { self.name = name; self.value = value; self.loc = loc }
}

public struct Arg {
    public var name: String
    public var annotation: Expr?
    public var loc: SourceLoc
    public init(name: String, annotation: Expr?, loc: SourceLoc) { self.name = name; self.annotation = annotation; self.loc = loc }
}

/// A function's parameter list, as in CPython's `ast.arguments`.
public struct Arguments {
    public var posonlyargs: [Arg] = []
    public var args: [Arg] = []
    public var vararg: Arg?
    public var kwonlyargs: [Arg] = []
    /// One entry per `kwonlyargs` element; `nil` where the parameter has no default.
    public var kwDefaults: [Expr?] = []
    public var kwarg: Arg?
    /// Defaults for the last `defaults.count` of `posonlyargs + args`.
    public var defaults: [Expr] = []
    public init() {}
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    /// An f-string: parts are `.constant(.str)` and `.formattedValue` expressions.
    case joinedStr([Expr])
    /// `conversion` is "s", "r", "a" or nil; `formatSpec` is a `.joinedStr` or nil.
    case formattedValue(value: Expr, conversion: Character?, formatSpec: Expr?)
    case boolOp(BoolOp, [Expr])
    case binOp(Expr, BinOp, Expr)
    case unaryOp(UnaryOp, Expr)
    case lambda(Arguments, Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// `keys[i] == nil` means `**values[i]`.
    case dict(keys: [Expr?], values: [Expr])
    case set([Expr])
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case compare(Expr, [CmpOp], [Expr])
    /// Positional args may contain `.starred`; keywords with `name == nil` are `**`.
    case call(Expr, args: [Expr], keywords: [Keyword])
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case starred(Expr)
    case list([Expr])
    case tuple([Expr])
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case namedExpr(target: Expr, value: Expr)
}

public struct FunctionDef {
    public var name: String
    public var args: Arguments
    public var body: [Stmt]
    public var decorators: [Expr]
    public var returns: Expr?
    public var isAsync: Bool
    public init(name: String, args: Arguments, body: [Stmt], decorators: [Expr], returns: Expr?, isAsync: Bool) {
        self.name = name; self.args = args; self.body = body; self.decorators = decorators
        self.returns = returns; self.isAsync = isAsync
    }
}

public struct ClassDef {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name; self.bases = bases; self.keywords = keywords; self.body = body; self.decorators = decorators
    }
}

public struct ExceptHandler {
    /// nil for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: SourceLoc
    public init(type: Expr?, name: String?, body: [Stmt], loc: SourceLoc) {
        self.type = type; self.name = name; self.body = body; self.loc = loc
    }
}

public struct WithItem {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) { self.contextExpr = contextExpr; self.optionalVars = optionalVars }
}

/// `import a.b as c` has name "a.b", asname "c"; `from m import *` has name "*".
public struct Alias {
    public var name: String
    public var asname: String?
    public var loc: SourceLoc
    public init(name: String, asname: String?, loc: SourceLoc) { self.name = name; self.asname = asname; self.loc = loc }
}

public indirect enum StmtKind {
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinOp, value: Expr)
    /// `simple` is true for a bare name target not in parentheses.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    /// `try` with `except*` clauses (every handler has a type).
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`([Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global([String])
    case nonlocal([String])
    case expr(Expr)
    case pass
    case `break`
    case `continue`
    /// `match subject:` with its `case` blocks (PEP 634).
    case match(subject: Expr, cases: [MatchCase])
}

/// One `case pattern [if guard]: body` of a match statement (CPython's `match_case`).
public struct MatchCase {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt]) {
        self.pattern = pattern; self.guardExpr = guardExpr; self.body = body
    }
}

public final class Pattern {
    public var kind: PatternKind
    public var loc: SourceLoc
    public init(_ kind: PatternKind, _ loc: SourceLoc) { self.kind = kind; self.loc = loc }
}

/// Pattern nodes, shaped as CPython's `pattern` AST type.
public indirect enum PatternKind {
    /// A literal or dotted-name value compared with `==`.
    case value(Expr)
    /// `None`, `True` or `False`, compared with `is`.
    case singleton(Constant)
    case sequence([Pattern])
    /// `rest` is the `**rest` capture name.
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case `class`(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    /// `*name` inside a sequence pattern; nil for `*_`.
    case star(String?)
    /// `pattern as name`; a bare capture has no pattern, the wildcard `_` has neither.
    case `as`(pattern: Pattern?, name: String?)
    case or([Pattern])
}

/// What the parser was asked to parse.
public enum ParseMode {
    /// A file or `-c` string: a sequence of statements.
    case file
    /// One REPL input: expression statements echo their value.
    case interactive
    /// `eval()`: a single expression (the parser wraps it in one `.expr` statement).
    case eval
}

public struct Module {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

/// A compile-time error: SyntaxError, IndentationError or TabError, with enough to print
/// CPython's caret display.
public struct SyntaxErrorInfo: Error, Equatable {
    public enum Kind: String { case syntaxError = "SyntaxError", indentationError = "IndentationError", tabError = "TabError" }
    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line; 1-based column (as CPython's SyntaxError.offset), in Unicode scalars.
    public var line: Int
    public var column: Int
    /// 1-based exclusive end column on the same line, or nil (a single caret).
    public var endColumn: Int?
    /// The source line without its newline, or nil when not available.
    public var text: String?
    /// Whether SyntaxError.text ends with "\n" (not for the unterminated last line of eval input).
    public var textHasNewline = true
    public init(kind: Kind = .syntaxError, message: String, filename: String, line: Int, column: Int, endColumn: Int? = nil, text: String?) {
        self.kind = kind; self.message = message; self.filename = filename
        self.line = line; self.column = column; self.endColumn = endColumn; self.text = text
    }
}
