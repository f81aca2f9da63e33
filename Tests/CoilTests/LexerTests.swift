// Tests for the tokenizer (Sources/Coil/Syntax/Lexer.swift): token streams for indentation,
// brackets, continuation lines, numbers, strings and f-strings, and tokenizer errors with
// CPython 3.11's messages and positions.

import XCTest
@testable import Coil

final class LexerTests: XCTestCase {
    /// Render tokens as "KIND:text" words (text only for names, numbers and strings).
    func render(_ source: String) -> String {
        let text = SourceText(source, filename: "<test>")
        let r = Lexer(text: text).run()
        var words: [String] = []
        for t in r.tokens {
            switch t.kind {
            case .name, .number, .string, .errorOp:
                words.append("\(t.kind):" + text.string(Int(t.start), Int(t.end)))
            case .errorToken:
                words.append("ERROR(\(r.error?.info.message ?? "?"))")
            default:
                words.append(t.kind.description)
            }
        }
        return words.joined(separator: " ")
    }

    func lexError(_ source: String) -> SyntaxErrorInfo? {
        let r = Lexer(text: SourceText(source, filename: "<test>")).run()
        return r.error?.info
    }

    /// The value of a single numeric literal.
    func number(_ source: String) -> Constant? {
        let r = Lexer(text: SourceText(source, filename: "<test>")).run()
        guard r.error == nil, let t = r.tokens.first, t.kind == .number else { return nil }
        return r.numbers[Int(t.aux)]
    }

    // MARK: - Layout

    func testIndentDedent() {
        XCTAssertEqual(render("if x:\n    y = 1\nz\n"),
                       "if NAME:x : NEWLINE INDENT NAME:y = NUMBER:1 NEWLINE DEDENT NAME:z NEWLINE ENDMARKER")
        XCTAssertEqual(render("if a:\n  if b:\n    c\nd"),
                       "if NAME:a : NEWLINE INDENT if NAME:b : NEWLINE INDENT NAME:c NEWLINE DEDENT DEDENT NAME:d NEWLINE ENDMARKER")
        // Dedents at end of input, without a final newline.
        XCTAssertEqual(render("def f():\n    return 1"),
                       "def NAME:f ( ) : NEWLINE INDENT return NUMBER:1 NEWLINE DEDENT ENDMARKER")
    }

    func testBlankLinesAndCommentsAreIgnored() {
        XCTAssertEqual(render("# -*- coding: utf-8 -*-\n\nx = 1  # trailing\n\n   \n    # indented comment\ny\n"),
                       "NAME:x = NUMBER:1 NEWLINE NAME:y NEWLINE ENDMARKER")
        XCTAssertEqual(render(""), "ENDMARKER")
        XCTAssertEqual(render("\n\n# only a comment"), "ENDMARKER")
    }

    func testTabsAndSpaces() {
        // A tab advances to the next multiple of 8; consistent use is fine.
        XCTAssertEqual(render("if x:\n\ty\n\tz\n"), "if NAME:x : NEWLINE INDENT NAME:y NEWLINE NAME:z NEWLINE DEDENT ENDMARKER")
        let e = lexError("if x:\n\ta\n        b\n")
        XCTAssertEqual(e?.kind, .tabError)
        XCTAssertEqual(e?.message, "inconsistent use of tabs and spaces in indentation")
        XCTAssertEqual(e?.line, 3)
    }

    func testUnindentMismatch() {
        let e = lexError("if x:\n    a\n  b\n")
        XCTAssertEqual(e?.kind, .indentationError)
        XCTAssertEqual(e?.message, "unindent does not match any outer indentation level")
        XCTAssertEqual(e?.line, 3)
        XCTAssertEqual(e?.column, 4)
    }

    func testImplicitLineJoiningInBrackets() {
        XCTAssertEqual(render("x = (1,\n     2)\ny = [\n  3\n]\n"),
                       "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE NAME:y = [ NUMBER:3 ] NEWLINE ENDMARKER")
        // Indentation inside brackets is irrelevant.
        XCTAssertEqual(render("if x:\n    f(a,\nb)\n"), "if NAME:x : NEWLINE INDENT NAME:f ( NAME:a , NAME:b ) NEWLINE DEDENT ENDMARKER")
    }

    func testExplicitLineJoining() {
        XCTAssertEqual(render("x = 1 + \\\n    2\n"), "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE ENDMARKER")
        XCTAssertEqual(lexError("x = 1 \\ 2")?.message, "unexpected character after line continuation character")
        XCTAssertEqual(lexError("x = 1 \\")?.message, "unexpected EOF while parsing")
    }

    func testCRLFAndBOM() {
        XCTAssertEqual(render("\u{FEFF}if x:\r\n    y\r\n"), "if NAME:x : NEWLINE INDENT NAME:y NEWLINE DEDENT ENDMARKER")
        let toks = try? tokenizePython("a\r\nbb\r\n")
        XCTAssertEqual(toks?[2].line, 2)
        XCTAssertEqual(toks?[2].col, 0)
    }

    func testTokenPositions() throws {
        let toks = try tokenizePython("x = foo(1)\n  # c\ny")
        // x
        XCTAssertEqual(toks[0].line, 1); XCTAssertEqual(toks[0].col, 0); XCTAssertEqual(toks[0].endCol, 1)
        // foo
        XCTAssertEqual(toks[2].col, 4); XCTAssertEqual(toks[2].endCol, 7)
        // ( has bracket level 1, ) level 0
        XCTAssertEqual(toks[3].level, 1); XCTAssertEqual(toks[5].level, 0)
        // NEWLINE is zero-width at the end of the line
        XCTAssertEqual(toks[6].kind, .newline); XCTAssertEqual(toks[6].col, 10); XCTAssertEqual(toks[6].endCol, 10)
        // y on line 3
        XCTAssertEqual(toks[7].line, 3)
    }

    // MARK: - Names and keywords

    func testKeywordsAndSoftKeywords() {
        XCTAssertEqual(render("match case _ async await lambda None"),
                       "NAME:match NAME:case NAME:_ async await lambda None NEWLINE ENDMARKER")
    }

    func testUnicodeIdentifiers() {
        XCTAssertEqual(render("été = λ\n"), "NAME:été = NAME:λ NEWLINE ENDMARKER")
        XCTAssertEqual(lexError("x = a€b")?.message, "invalid character '€' (U+20AC)")
        XCTAssertEqual(lexError("x = a€b")?.column, 6)
        XCTAssertEqual(lexError("x = 1\u{00A0}")?.message, "invalid non-printable character U+00A0")
    }

    // MARK: - Operators

    func testOperatorsLongestMatch() {
        XCTAssertEqual(render("a **= b //= c >>= d <<= e -> f := g ... != <= >= == @= ->"),
                       "NAME:a **= NAME:b //= NAME:c >>= NAME:d <<= NAME:e -> NAME:f := NAME:g ... != <= >= == @= -> NEWLINE ENDMARKER")
        XCTAssertEqual(render("x.y ..."), "NAME:x . NAME:y ... NEWLINE ENDMARKER")
        // Characters CPython turns into unusable OP tokens.
        XCTAssertEqual(render("$ ? ! `"), "ERRORTOKEN:$ ERRORTOKEN:? ERRORTOKEN:! ERRORTOKEN:` NEWLINE ENDMARKER")
    }

    func testBracketErrors() {
        XCTAssertEqual(lexError(")")?.message, "unmatched ')'")
        XCTAssertEqual(lexError("(]")?.message, "closing parenthesis ']' does not match opening parenthesis '('")
        XCTAssertEqual(lexError("(\n]")?.message, "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
        let e = lexError("x = [1,\n 2")
        XCTAssertEqual(e?.message, "'[' was never closed")
        XCTAssertEqual(e?.line, 1)
        XCTAssertEqual(e?.column, 5)
        let deep = String(repeating: "(", count: 201)
        XCTAssertEqual(lexError(deep)?.message, "too many nested parentheses")
    }

    // MARK: - Numbers

    func testNumbers() {
        func int(_ s: String) -> Int? { if case .int(let v)? = number(s) { return v }; return nil }
        func flt(_ s: String) -> Double? { if case .float(let v)? = number(s) { return v }; return nil }
        func imag(_ s: String) -> Double? { if case .imaginary(let v)? = number(s) { return v }; return nil }
        func big(_ s: String) -> String? { if case .bigInt(let v)? = number(s) { return v }; return nil }
        XCTAssertEqual(int("0"), 0)
        XCTAssertEqual(int("00"), 0)
        XCTAssertEqual(int("42"), 42)
        XCTAssertEqual(int("1_000_000"), 1_000_000)
        XCTAssertEqual(int("0x1F"), 31)
        XCTAssertEqual(int("0XfF"), 255)
        XCTAssertEqual(int("0o17"), 15)
        XCTAssertEqual(int("0b1010"), 10)
        XCTAssertEqual(int("0b_1_0"), 2)
        XCTAssertEqual(int("9223372036854775807"), Int.max)
        XCTAssertEqual(big("9223372036854775808"), "9223372036854775808")
        XCTAssertEqual(big("123456789012345678901234567890"), "123456789012345678901234567890")
        XCTAssertEqual(big("0xFFFFFFFFFFFFFFFFFFFF"), "1208925819614629174706175")
        XCTAssertEqual(big("0o777777777777777777777777"), "4722366482869645213695")
        XCTAssertEqual(big("0b" + String(repeating: "1", count: 70)), "1180591620717411303423")
        XCTAssertEqual(flt("1."), 1.0)
        XCTAssertEqual(flt(".5"), 0.5)
        XCTAssertEqual(flt("1e10"), 1e10)
        XCTAssertEqual(flt("1.5E-3"), 1.5e-3)
        XCTAssertEqual(flt("1_0.0_1e1_0"), 10.01e10)
        XCTAssertEqual(flt("0e5"), 0)
        XCTAssertEqual(flt("09.5"), 9.5)
        XCTAssertEqual(imag("1j"), 1)
        XCTAssertEqual(imag("2.5J"), 2.5)
        XCTAssertEqual(imag("1e3j"), 1000)
        // A number directly followed by a keyword is accepted, as in CPython.
        XCTAssertEqual(render("1if x else 2"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER")
    }

    func testNumberErrors() {
        let cases: [(String, String, Int)] = [
            ("0777", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1),
            ("x = 09", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 5),
            ("1__0", "invalid decimal literal", 2),
            ("x = 1_", "invalid decimal literal", 6),
            ("0x", "invalid hexadecimal literal", 2),
            ("x = 0x1g", "invalid hexadecimal literal", 7),
            ("1abc", "invalid decimal literal", 1),
            ("1e", "invalid decimal literal", 1),
            ("1e+", "invalid decimal literal", 3),
            ("x = 0b102", "invalid digit '2' in binary literal", 9),
            ("x = 0o9", "invalid digit '9' in octal literal", 7),
            ("x = 1.5j2", "invalid imaginary literal", 8),
        ]
        for (src, msg, col) in cases {
            let e = lexError(src)
            XCTAssertEqual(e?.message, msg, src)
            XCTAssertEqual(e?.column, col, src)
        }
    }

    // MARK: - Strings

    func testStringTokens() {
        XCTAssertEqual(render("'a' \"b\" '''c\nd''' r'\\d' b'x' Rb'y' bR\"z\" u'w' f'{x}' rf'{y}' FR'z'"),
                       "STRING:'a' STRING:\"b\" STRING:'''c\nd''' STRING:r'\\d' STRING:b'x' STRING:Rb'y' STRING:bR\"z\" STRING:u'w' STRING:f'{x}' STRING:rf'{y}' STRING:FR'z' NEWLINE ENDMARKER")
        // Not a valid prefix: a name followed by a string.
        XCTAssertEqual(render("ub'x'"), "NAME:ub STRING:'x' NEWLINE ENDMARKER")
        // Escaped quotes and backslash-newline stay inside the token.
        XCTAssertEqual(render("'a\\'b' 'c\\\nd'"), "STRING:'a\\'b' STRING:'c\\\nd' NEWLINE ENDMARKER")
    }

    func testUnterminatedStrings() {
        var e = lexError("x = 'abc")
        XCTAssertEqual(e?.message, "unterminated string literal (detected at line 1)")
        XCTAssertEqual(e?.column, 5)
        e = lexError("x = '''abc\ndef\n")
        XCTAssertEqual(e?.message, "unterminated triple-quoted string literal (detected at line 2)")
        XCTAssertEqual(e?.line, 1)
        e = lexError("'abc\\\ndef\n")
        XCTAssertEqual(e?.message, "unterminated string literal (detected at line 2)")
    }

    func testFStringIsOneToken() {
        XCTAssertEqual(render("f'a{b!r:>{w}}c' f\"{x['k']}\""),
                       "STRING:f'a{b!r:>{w}}c' STRING:f\"{x['k']}\" NEWLINE ENDMARKER")
    }

    func testNulByteIsRejected() {
        XCTAssertEqual(lexError("x = 1\u{0}")?.message, "source code string cannot contain null bytes")
    }
}
