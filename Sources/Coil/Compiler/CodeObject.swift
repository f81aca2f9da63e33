// A compiled unit of code (module, function, class body, lambda, comprehension), the compiler's
// output and the VM's input. Constants are kept as compiler-level values so the compiler does not
// depend on the object model; the VM materializes them once per code object.

public enum CodeConstant {
    case none, `true`, `false`, ellipsis
    case int(Int)
    /// Decimal digits with an optional leading '-', too large for `Int`.
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
    case tuple([CodeConstant])
    /// A frozenset of constants in source order (CPython folds constant set displays into one).
    case frozenset([CodeConstant])
    case code(CodeObject)
}

public struct CodeFlags: OptionSet {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Locals live in slots (functions); otherwise in a locals dict (module, class body).
    public static let optimized = CodeFlags(rawValue: 1 << 0)
    public static let varargs = CodeFlags(rawValue: 1 << 2)
    public static let varkeywords = CodeFlags(rawValue: 1 << 3)
    public static let nested = CodeFlags(rawValue: 1 << 4)
    public static let generator = CodeFlags(rawValue: 1 << 5)
    public static let coroutine = CodeFlags(rawValue: 1 << 7)
    /// A generator function decorated with types.coroutine (set at run time).
    public static let iterableCoroutine = CodeFlags(rawValue: 1 << 8)
    public static let asyncGenerator = CodeFlags(rawValue: 1 << 9)
}

/// One row of the zero-cost exception table: an exception raised by an instruction in
/// `start..<end` truncates the value stack to `depth`, pushes the exception and jumps to `target`.
/// Rows do not overlap and are sorted by `start`.
public struct ExceptionTableEntry: Equatable {
    public var start: Int32
    public var end: Int32
    public var target: Int32
    public var depth: Int32
    public init(start: Int, end: Int, target: Int, depth: Int) {
        self.start = Int32(start); self.end = Int32(end); self.target = Int32(target); self.depth = Int32(depth)
    }
}

public final class CodeObject {
    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLine: Int
    public var flags: CodeFlags
    /// Positional parameters including positional-only ones.
    public let argCount: Int
    public let posOnlyArgCount: Int
    public let kwOnlyArgCount: Int
    /// Local slot names: parameters first (positional, keyword-only, *args, **kwargs), then
    /// other locals. For module and class code this is empty (names go through the locals dict).
    public let varnames: [String]
    /// Variables of this scope captured by inner scopes (each lives in a cell).
    public let cellvars: [String]
    /// Variables captured from enclosing scopes (cells passed in the function's closure).
    public let freevars: [String]
    /// Names used by name, global, attribute and import instructions.
    public let names: [String]
    public let constants: [CodeConstant]
    public let instructions: [UInt32]
    /// Source location of each instruction (same count as `instructions`).
    public let locations: [SourceLoc]
    public let exceptionTable: [ExceptionTableEntry]
    /// Maximum value-stack depth the code can reach.
    public let stackSize: Int
    /// The docstring, when the body starts with a string literal (functions, classes, modules).
    public let docstring: String?

    /// Filled by the VM on first execution (materialized constants, interned names, caches).
    var runtime: CodeRuntime?

    public init(name: String, qualname: String, filename: String, firstLine: Int, flags: CodeFlags,
                argCount: Int, posOnlyArgCount: Int, kwOnlyArgCount: Int,
                varnames: [String], cellvars: [String], freevars: [String], names: [String],
                constants: [CodeConstant], instructions: [UInt32], locations: [SourceLoc],
                exceptionTable: [ExceptionTableEntry], stackSize: Int, docstring: String?) {
        self.name = name; self.qualname = qualname; self.filename = filename; self.firstLine = firstLine
        self.flags = flags; self.argCount = argCount; self.posOnlyArgCount = posOnlyArgCount
        self.kwOnlyArgCount = kwOnlyArgCount; self.varnames = varnames; self.cellvars = cellvars
        self.freevars = freevars; self.names = names; self.constants = constants
        self.instructions = instructions; self.locations = locations; self.exceptionTable = exceptionTable
        self.stackSize = stackSize; self.docstring = docstring
    }

    /// The handler row covering instruction `pc`, if any.
    @inline(__always)
    public func handler(at pc: Int) -> ExceptionTableEntry? {
        let p = Int32(pc)
        for e in exceptionTable where e.start <= p && p < e.end { return e }
        return nil
    }

    public var isGeneratorLike: Bool { !flags.isDisjoint(with: [.generator, .coroutine, .asyncGenerator]) }
}
