// Source text shared by the lexer and the parser (scalars with normalized newlines, line
// table, error construction), the lexer's result types and character classification.

/// A tokenizer error, remembered until the parser decides which error to report.
struct LexError {
    var info: SyntaxErrorInfo
    /// CPython's tokenizer errors raised with `syntaxerror()` win over parser errors anywhere
    /// in the file; indentation errors, bad continuation and EOF errors only show when the
    /// parser actually reaches them.
    var overrides: Bool
    /// EOF inside open brackets ("'(' was never closed"): CPython reports this instead of a
    /// parser error only when the parser error is on a later line than the bracket.
    var isUnclosedAtEOF: Bool
    var bracketLine: Int
}

/// Shared, immutable view of the source: scalars with normalized newlines, plus line starts.
final class SourceText {
    let scalars: [Unicode.Scalar]
    /// Index of the first scalar of each line; `lineStarts[0]` is line 1.
    let lineStarts: [Int]
    let filename: String
    /// Index of a NUL character, if any (CPython rejects such sources).
    let nulIndex: Int?
    /// `eval` input: CPython's tokenizer does not add a final newline to it, so a last line
    /// without one ends in ENDMARKER (no NEWLINE) and a whitespace-only last line is indented.
    let isEvalInput: Bool
    /// The final "\n" was added here (the lexer still relies on it as a sentinel).
    let addedNewline: Bool

    init(_ source: String, filename: String, evalInput: Bool = false) {
        self.isEvalInput = evalInput
        self.filename = filename
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.utf8.count + 1)
        var prevCR = false
        var first = true
        var nul: Int? = nil
        for s in source.unicodeScalars {
            if first {
                first = false
                if s.value == 0xFEFF { continue }
            }
            if s == "\r" {
                out.append("\n"); prevCR = true; continue
            }
            if s == "\n" && prevCR { prevCR = false; continue }
            prevCR = false
            if s.value == 0 && nul == nil { nul = out.count }
            out.append(s)
        }
        // Like CPython's exec input, make sure the text ends with a newline.
        addedNewline = out.last != "\n"
        if addedNewline { out.append("\n") }
        self.scalars = out
        self.nulIndex = nul
        var starts = [0]
        for i in 0..<out.count where out[i] == "\n" && i + 1 < out.count { starts.append(i + 1) }
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// True at the newline this text added to eval input: it produces no token there.
    @inline(__always) func isAddedEvalNewline(_ i: Int) -> Bool {
        isEvalInput && addedNewline && i == scalars.count - 1
    }

    /// The number of lines CPython's tokenizer read (0 for empty input).
    var linesRead: Int { scalars.count == 1 && addedNewline ? 0 : lineStarts.count }

    /// The text of a 1-based line without its newline, or nil.
    func lineText(_ line: Int) -> String? {
        guard line >= 1 && line <= lineStarts.count else { return nil }
        let a = lineStarts[line - 1]
        var b = a
        while b < scalars.count && scalars[b] != "\n" { b += 1 }
        return string(a, b)
    }

    /// 1-based line containing scalar index `i`.
    func lineOf(_ i: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    func string(_ a: Int, _ b: Int) -> String {
        if a >= b { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(b - a)
        for i in a..<b { PyLex.appendUTF8(scalars[i], to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    func error(_ message: String, line: Int, column: Int, endColumn: Int? = nil) -> SyntaxErrorInfo {
        error(.syntaxError, message, line: line, column: column, endColumn: endColumn)
    }

    func error(_ kind: SyntaxErrorInfo.Kind, _ message: String, line: Int, column: Int,
               endColumn: Int? = nil) -> SyntaxErrorInfo {
        var info = SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line, column: column,
                                   endColumn: endColumn, text: line == 0 && isEvalInput ? "" : lineText(line))
        // Eval input keeps its last line as written (CPython shows no newline there).
        if isEvalInput && (line == 0 || (line == lineCount && addedNewline)) { info.textHasNewline = false }
        return info
    }
}

struct LexResult {
    var tokens: [Token]
    var names: [String]
    var numbers: [Constant]
    var error: LexError?
}

/// Character classes and small helpers shared by the lexer and the parser.
enum PyLex {
    /// Append the UTF-8 encoding of `c` to `b`.
    @inline(__always) static func appendUTF8(_ c: Unicode.Scalar, to b: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            b.append(UInt8(v))
        } else if v < 0x800 {
            b.append(UInt8(0xC0 | (v >> 6)))
            b.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            b.append(UInt8(0xE0 | (v >> 12)))
            b.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            b.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            b.append(UInt8(0xF0 | (v >> 18)))
            b.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            b.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            b.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) static func isHexDigit(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 48 && v <= 57) || (v >= 65 && v <= 70) || (v >= 97 && v <= 102)
    }
    @inline(__always) static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || v >= 128
    }
    @inline(__always) static func isIdentifierChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || v == 95 || (v >= 48 && v <= 57) || v >= 128
    }

    /// Python's `str.isprintable` for one character (Py_UNICODE_ISPRINTABLE).
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator,
             .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex4(_ v: UInt32) -> String {
        var s = String(v, radix: 16, uppercase: true)
        while s.count < 4 { s = "0" + s }
        return s
    }

    /// Python normalizes identifiers to NFKC. Swift's standard library has no NFKC, so this maps
    /// the compatibility characters likely to appear in identifiers (micro sign, ligatures,
    /// fullwidth forms, some superscripts); other identifiers are kept as written.
    static func nfkcIdentifier(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var changed = false
        for c in s.unicodeScalars {
            let v = c.value
            var rep: String? = nil
            switch v {
            case 0xB5: rep = "\u{3BC}"
            case 0xAA: rep = "a"
            case 0xBA: rep = "o"
            case 0x17F: rep = "s"
            case 0x2071: rep = "i"
            case 0x207F: rep = "n"
            case 0x2160...0x216B:
                rep = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][Int(v - 0x2160)]
            case 0x2170...0x217B:
                rep = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"][Int(v - 0x2170)]
            case 0xFB00: rep = "ff"
            case 0xFB01: rep = "fi"
            case 0xFB02: rep = "fl"
            case 0xFB03: rep = "ffi"
            case 0xFB04: rep = "ffl"
            case 0xFB05, 0xFB06: rep = "st"
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                rep = String(Character(Unicode.Scalar(v - 0xFEE0) ?? "_"))
            case 0xFF3F: rep = "_"
            case 0x1D400...0x1D6A3:
                // Mathematical alphanumeric letters: bold/italic/... A-Z a-z blocks of 52.
                let k = Int(v - 0x1D400) % 52
                rep = String(Character(Unicode.Scalar(UInt32(k < 26 ? 65 + k : 97 + k - 26)) ?? "_"))
            default: break
            }
            if let r = rep {
                out.append(contentsOf: r.unicodeScalars)
                changed = true
            } else {
                out.append(c)
            }
        }
        return changed ? String(out) : s
    }
}
