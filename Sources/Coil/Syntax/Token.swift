// Tokens produced by the lexer (Lexer.swift) and consumed by the parser (Parser*.swift).
// The token set follows CPython's `token` module; keywords get their own kinds so the parser
// can switch on them without string comparisons. Soft keywords (`match`, `case`, `_`) stay names.

public enum TokenKind: UInt8, Equatable, Sendable, CustomStringConvertible {
    case endMarker, newline, indent, dedent
    case name, number, string
    /// A character CPython's tokenizer turns into an unusable OP token (`$`, `?`, `!`, backtick).
    case errorOp
    /// Placeholder for a tokenizer error: reaching it makes the parser throw the lexer's error.
    case errorToken

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace
    case colon, comma, semi, dot, ellipsis, rarrow, colonEqual, at, atEqual
    case plus, minus, star, slash, doubleSlash, percent, doubleStar
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, equalEqual, notEqual, lessEqual, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, vbarEqual, amperEqual, circumflexEqual, leftShiftEqual, rightShiftEqual

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }

    /// The augmented-assignment operator this token spells, if any.
    public var augAssignOp: BinOp? {
        switch self {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .atEqual: return .matmul
        case .slashEqual: return .div
        case .doubleSlashEqual: return .floorDiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .amperEqual: return .bitAnd
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .endMarker: return "ENDMARKER"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .name: return "NAME"
        case .number: return "NUMBER"
        case .string: return "STRING"
        case .errorOp: return "ERRORTOKEN"
        case .errorToken: return "ERRORTOKEN"
        default:
            if let s = TokenKind.spelling[self] { return s }
            return "?"
        }
    }

    /// Source spelling of operator and keyword tokens.
    static let spelling: [TokenKind: String] = {
        var d: [TokenKind: String] = [:]
        for (s, k) in operatorTable { d[k] = s }
        for (s, k) in keywordTable { d[k] = s }
        return d
    }()

    static let operatorTable: [(String, TokenKind)] = [
        ("(", .lpar), (")", .rpar), ("[", .lsqb), ("]", .rsqb), ("{", .lbrace), ("}", .rbrace),
        (":", .colon), (",", .comma), (";", .semi), (".", .dot), ("...", .ellipsis), ("->", .rarrow),
        (":=", .colonEqual), ("@", .at), ("@=", .atEqual), ("+", .plus), ("-", .minus), ("*", .star),
        ("/", .slash), ("//", .doubleSlash), ("%", .percent), ("**", .doubleStar), ("|", .vbar),
        ("&", .amper), ("^", .circumflex), ("~", .tilde), ("<<", .leftShift), (">>", .rightShift),
        ("<", .less), (">", .greater), ("=", .equal), ("==", .equalEqual), ("!=", .notEqual),
        ("<=", .lessEqual), (">=", .greaterEqual), ("+=", .plusEqual), ("-=", .minusEqual),
        ("*=", .starEqual), ("/=", .slashEqual), ("//=", .doubleSlashEqual), ("%=", .percentEqual),
        ("**=", .doubleStarEqual), ("|=", .vbarEqual), ("&=", .amperEqual), ("^=", .circumflexEqual),
        ("<<=", .leftShiftEqual), (">>=", .rightShiftEqual),
    ]

    static let keywordTable: [(String, TokenKind)] = [
        ("False", .kwFalse), ("None", .kwNone), ("True", .kwTrue), ("and", .kwAnd), ("as", .kwAs),
        ("assert", .kwAssert), ("async", .kwAsync), ("await", .kwAwait), ("break", .kwBreak),
        ("class", .kwClass), ("continue", .kwContinue), ("def", .kwDef), ("del", .kwDel),
        ("elif", .kwElif), ("else", .kwElse), ("except", .kwExcept), ("finally", .kwFinally),
        ("for", .kwFor), ("from", .kwFrom), ("global", .kwGlobal), ("if", .kwIf), ("import", .kwImport),
        ("in", .kwIn), ("is", .kwIs), ("lambda", .kwLambda), ("nonlocal", .kwNonlocal), ("not", .kwNot),
        ("or", .kwOr), ("pass", .kwPass), ("raise", .kwRaise), ("return", .kwReturn), ("try", .kwTry),
        ("while", .kwWhile), ("with", .kwWith), ("yield", .kwYield),
    ]

    static let keywords: [String: TokenKind] = {
        var d: [String: TokenKind] = [:]
        for (s, k) in keywordTable { d[s] = k }
        return d
    }()
}

/// One token. Positions: `start`/`end` index the lexer's scalar array; `line` is 1-based,
/// `col`/`endCol` are 0-based scalar columns (end exclusive), as in CPython's tokenizer.
public struct Token: Sendable {
    public var kind: TokenKind
    /// Bracket nesting level after this token (CPython's `tok->level`): `(` has 1, its `)` 0.
    public var level: Int16
    /// For strings: bit flags (see `StringFlags`). Unused otherwise.
    public var flags: UInt8
    /// For names: index into `LexResult.names`; for numbers: index into `LexResult.numbers`.
    public var aux: Int32
    public var start: Int32
    public var end: Int32
    public var line: Int32
    public var col: Int32
    public var endLine: Int32
    public var endCol: Int32

    init(kind: TokenKind, level: Int, flags: UInt8 = 0, aux: Int = 0, start: Int, end: Int,
         line: Int, col: Int, endLine: Int, endCol: Int) {
        self.kind = kind; self.level = Int16(truncatingIfNeeded: level); self.flags = flags
        self.aux = Int32(truncatingIfNeeded: aux)
        self.start = Int32(truncatingIfNeeded: start); self.end = Int32(truncatingIfNeeded: end)
        self.line = Int32(truncatingIfNeeded: line); self.col = Int32(truncatingIfNeeded: col)
        self.endLine = Int32(truncatingIfNeeded: endLine); self.endCol = Int32(truncatingIfNeeded: endCol)
    }
}

/// Flags describing a string token's prefix and quoting.
public struct StringFlags {
    public static let raw: UInt8 = 1
    public static let bytes: UInt8 = 2
    public static let fstring: UInt8 = 4
    public static let triple: UInt8 = 8
    public static let unicodePrefix: UInt8 = 16
}
