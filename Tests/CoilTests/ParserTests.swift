// Tests for the parser (Sources/Coil/Syntax/Parser*.swift): AST shapes and locations
// compared with CPython 3.11's `ast` module, syntax errors compared with what python3
// reports (message, line, offset, end offset), modes, incomplete input, deep nesting,
// fuzzing, the repository's example programs and parse speed.
//
// The tables `shapeCases` and `errorCases` were generated with python3.11 (`ast.parse`,
// dumped without ctx and with character-based columns).

import XCTest
@testable import Coil
#if canImport(Glibc)
import Glibc
#endif

final class ParserTests: XCTestCase {
    func dump(_ source: String, locations: Bool = false, mode: ParseMode = .file) -> String {
        do {
            return dumpAST(try parseModule(source, filename: "<test>", mode: mode), includeLocations: locations)
        } catch let e as SyntaxErrorInfo {
            return "\(e.kind.rawValue): \(e.message) (\(e.line), \(e.column))"
        } catch {
            return "unexpected \(error)"
        }
    }

    /// The dump of the value of a single expression statement.
    func expr(_ source: String) -> String {
        guard let m = try? parseModule(source, filename: "<test>"), m.body.count == 1,
              case .expr(let e) = m.body[0].kind else { return "not an expression: \(dump(source))" }
        return dumpAST(e)
    }

    func error(_ source: String, mode: ParseMode = .file) -> SyntaxErrorInfo? {
        do {
            _ = try parseModule(source, filename: "<test>", mode: mode)
            return nil
        } catch let e as SyntaxErrorInfo {
            return e
        } catch {
            return nil
        }
    }

    // MARK: - Precedence and shapes (hand-written, for readability)

    func testPrecedence() {
        XCTAssertEqual(expr("-2**2"), "UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2)))")
        XCTAssertEqual(expr("2**3**2"), "BinOp(left=Constant(value=2), op=Pow(), right=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=2)))")
        XCTAssertEqual(expr("a + b * c"), "BinOp(left=Name(id='a'), op=Add(), right=BinOp(left=Name(id='b'), op=Mult(), right=Name(id='c')))")
        XCTAssertEqual(expr("a - b - c"), "BinOp(left=BinOp(left=Name(id='a'), op=Sub(), right=Name(id='b')), op=Sub(), right=Name(id='c'))")
        XCTAssertEqual(expr("a | b ^ c & d << e"),
                       "BinOp(left=Name(id='a'), op=BitOr(), right=BinOp(left=Name(id='b'), op=BitXor(), right=BinOp(left=Name(id='c'), op=BitAnd(), right=BinOp(left=Name(id='d'), op=LShift(), right=Name(id='e')))))")
        XCTAssertEqual(expr("not a == b"), "UnaryOp(op=Not(), operand=Compare(left=Name(id='a'), ops=[Eq()], comparators=[Name(id='b')]))")
        XCTAssertEqual(expr("a or b and not c"),
                       "BoolOp(op=Or(), values=[Name(id='a'), BoolOp(op=And(), values=[Name(id='b'), UnaryOp(op=Not(), operand=Name(id='c'))])])")
        XCTAssertEqual(expr("a < b <= c is not d not in e"),
                       "Compare(left=Name(id='a'), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b'), Name(id='c'), Name(id='d'), Name(id='e')])")
        XCTAssertEqual(expr("lambda: a if b else c"),
                       "Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='b'), body=Name(id='a'), orelse=Name(id='c')))")
        XCTAssertEqual(expr("await x ** -y"),
                       "BinOp(left=Await(value=Name(id='x')), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y')))")
    }

    func testStatementsAndTargets() {
        XCTAssertEqual(dump("a, b = b, a"),
                       "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a'), Name(id='b')])], value=Tuple(elts=[Name(id='b'), Name(id='a')]))])")
        XCTAssertEqual(dump("x: int"), "Module(body=[AnnAssign(target=Name(id='x'), annotation=Name(id='int'), simple=1)])")
        XCTAssertEqual(dump("(x): int = 1"),
                       "Module(body=[AnnAssign(target=Name(id='x'), annotation=Name(id='int'), value=Constant(value=1), simple=0)])")
        XCTAssertEqual(dump("if a: pass\nelif b: pass\nelse: pass"),
                       "Module(body=[If(test=Name(id='a'), body=[Pass()], orelse=[If(test=Name(id='b'), body=[Pass()], orelse=[Pass()])])])")
        for (src, op) in [("+=", "Add"), ("-=", "Sub"), ("*=", "Mult"), ("@=", "MatMult"), ("/=", "Div"), ("//=", "FloorDiv"),
                          ("%=", "Mod"), ("**=", "Pow"), ("<<=", "LShift"), (">>=", "RShift"), ("|=", "BitOr"), ("^=", "BitXor"),
                          ("&=", "BitAnd")] {
            XCTAssertEqual(dump("x \(src) 1"), "Module(body=[AugAssign(target=Name(id='x'), op=\(op)(), value=Constant(value=1))])")
        }
    }

    func testDecoratedDefLocationIsTheDefLine() throws {
        let m = try parseModule("@dec\n@dec2\ndef f():\n    pass\n", filename: "<test>")
        XCTAssertEqual(m.body[0].loc, SourceLoc(line: 3, col: 0, endLine: 4, endCol: 8))
    }

    func testFStringParts() {
        XCTAssertEqual(expr("f'a{b!r:>{w}}c'"),
                       "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b'), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w'), conversion=-1)])), Constant(value='c')])")
        XCTAssertEqual(expr("f'{x = }'"), "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x'), conversion=114)])")
        XCTAssertEqual(expr("'a' f'{b}' 'c'"),
                       "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b'), conversion=-1), Constant(value='c')])")
        XCTAssertEqual(expr("f'{{}}'"), "JoinedStr(values=[Constant(value='{}')])")
        // Field expressions carry their real source positions.
        XCTAssertEqual(dump("x = f'ab{y + 1}'", locations: true),
                       "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=JoinedStr(values=[Constant(value='ab')@1:4-1:16, FormattedValue(value=BinOp(left=Name(id='y')@1:9-1:10, op=Add(), right=Constant(value=1)@1:13-1:14)@1:9-1:14, conversion=-1)@1:4-1:16])@1:4-1:16)@1:0-1:16])")
    }

    // MARK: - Unsupported constructs and soft keywords

    func testExceptStarParsesAndSoftKeywordsStayNames() {
        XCTAssertEqual(dump("try:\n    pass\nexcept* E as e:\n    pass\nelse:\n    x\nfinally:\n    y\n"),
                       "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E'), name='e', body=[Pass()])], orelse=[Expr(value=Name(id='x'))], finalbody=[Expr(value=Name(id='y'))])])")
        XCTAssertEqual(error("try:\n    pass\nexcept* E:\n    pass\nexcept F:\n    pass\n")?.message,
                       "cannot have both 'except' and 'except*' on the same 'try'")
        XCTAssertEqual(error("try:\n    pass\nexcept*:\n    pass\n")?.message, "expected one or more exception types")
        // Soft keywords are ordinary names elsewhere.
        XCTAssertEqual(dump("match = 3\nmatch(x)\ncase = match.case\n_ = [match]"),
                       "Module(body=[Assign(targets=[Name(id='match')], value=Constant(value=3)), Expr(value=Call(func=Name(id='match'), args=[Name(id='x')], keywords=[])), Assign(targets=[Name(id='case')], value=Attribute(value=Name(id='match'), attr='case')), Assign(targets=[Name(id='_')], value=List(elts=[Name(id='match')]))])")
    }

    // MARK: - Match statements (tables in the extension at the end, from python3.11)

    func testMatchStatementShapesMatchCPython() {
        for (source, expected) in ParserTests.matchShapeCases {
            XCTAssertEqual(dump(source), expected, source)
        }
        // Pattern locations: MatchAs over a group, negative numbers, open sequences.
        XCTAssertEqual(dump("match x:\n case (1,2) as y: pass\n case -1: pass", locations: true),
                       "Module(body=[Match(subject=Name(id='x')@1:6-1:7, cases=[match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchValue(value=Constant(value=1)@2:7-2:8)@2:7-2:8, MatchValue(value=Constant(value=2)@2:9-2:10)@2:9-2:10])@2:6-2:11, name='y')@2:6-2:16, body=[Pass()@2:18-2:22]), match_case(pattern=MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1)@3:7-3:8)@3:6-3:8)@3:6-3:8, body=[Pass()@3:10-3:14])])@1:0-3:14])")
    }

    /// Parser errors and the compiler's pattern checks, with CPython's positions.
    func testMatchStatementErrorsMatchCPython() {
        for (source, message, line, column, endColumn) in ParserTests.matchErrorCases {
            var err: SyntaxErrorInfo? = error(source)
            if err == nil {
                do {
                    let m = try parseModule(source, filename: "<test>")
                    _ = try compileModule(m, source: source, filename: "<test>", mode: .file)
                } catch let e as SyntaxErrorInfo {
                    err = e
                } catch {}
            }
            guard let e = err else {
                XCTFail("no error for \(source.debugDescription)")
                continue
            }
            XCTAssertEqual(e.message, message, source)
            XCTAssertEqual(e.line, line, source)
            XCTAssertEqual(e.column, column, source)
            if let ec = endColumn, ec != column { XCTAssertEqual(e.endColumn, ec, source) }
        }
    }

    // MARK: - Modes

    func testEvalMode() {
        XCTAssertEqual(dump("1 + 2\n\n", mode: .eval), "Module(body=[Expr(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))])")
        XCTAssertEqual(dump("a, b", mode: .eval), "Module(body=[Expr(value=Tuple(elts=[Name(id='a'), Name(id='b')]))])")
        XCTAssertEqual(error("x = 1", mode: .eval)?.message, "invalid syntax")
        XCTAssertEqual(error("*a, b", mode: .eval)?.message, "invalid syntax")
    }

    func testInteractiveMode() {
        XCTAssertEqual(dump("x = 1; y = 2", mode: .interactive),
                       "Module(body=[Assign(targets=[Name(id='x')], value=Constant(value=1)), Assign(targets=[Name(id='y')], value=Constant(value=2))])")
        XCTAssertEqual(dump("if x:\n    pass\nelse:\n    pass\n", mode: .interactive),
                       "Module(body=[If(test=Name(id='x'), body=[Pass()], orelse=[Pass()])])")
        let e = error("x = 1\ny = 2", mode: .interactive)
        XCTAssertEqual(e?.message, "multiple statements found while compiling a single statement")
        XCTAssertEqual(e?.line, 1)
        XCTAssertEqual(e?.column, 6)
        XCTAssertEqual(dump("", mode: .interactive), "Module(body=[])")
    }

    func testIncompleteInput() {
        for s in ["if x:", "if x:\n    pass", "if x:\n    pass\n", "def f():\n", "x = (1,", "x = [", "s = '''abc",
                  "x = 1 + \\", "@dec", "class C:\n    def f(self):\n        pass\n", "for x in y:\n    pass\nelse:"] {
            XCTAssertTrue(isIncompleteInput(s), s)
        }
        for s in ["x = 1", "x = 1\n", "if x:\n    pass\n\n", "f(x)", "x = )", "x = 'abc", "", "print('hi')\n",
                  "if x: pass", "x = (1,\n 2)"] {
            XCTAssertFalse(isIncompleteInput(s), s)
        }
    }

    // MARK: - Robustness

    func testDeepNesting() {
        let ok = String(repeating: "(", count: 199) + "x" + String(repeating: ")", count: 199)
        XCTAssertNil(error(ok))
        let tooDeep = String(repeating: "[", count: 201) + String(repeating: "]", count: 201)
        XCTAssertEqual(error(tooDeep)?.message, "too many nested parentheses")
        // Deep nesting without brackets is bounded too: an error, never a crash.
        for src in [String(repeating: "-", count: 100_000) + "1", String(repeating: "not ", count: 50_000) + "x",
                    String(repeating: "lambda: ", count: 20_000) + "1", (0..<20_000).map { _ in "2" }.joined(separator: "**"),
                    "x = " + String(repeating: "a if b else ", count: 20_000) + "c",
                    (0..<100_000).map { _ in "1" }.joined(separator: "+"), "a" + String(repeating: ".b", count: 100_000)] {
            XCTAssertNotNil(error(src))
        }
        // Moderately deep code still parses.
        XCTAssertNil(error(String(repeating: "-", count: 500) + "1"))
        XCTAssertNil(error((0..<1000).map { _ in "1" }.joined(separator: "+")))
        XCTAssertNil(error("if a:\n pass\n" + String(repeating: "elif b:\n pass\n", count: 500)))
    }

    struct SplitMix64 {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Random token soup, mutated programs and random bytes: every input gives a tree or a
    /// SyntaxErrorInfo, never a crash or hang.
    func testFuzzNeverCrashes() {
        let seeds = [
            "def f(a, b=1, *args, c, **kw):\n    return [x for x in a if x] + {k: v for k, v in kw.items()}\n",
            "class A(B, metaclass=M):\n    @dec\n    async def g(self):\n        async with a as b, c:\n            await x\n",
            "x = f'{a!r:>{w}} {b=} {{}}' + rb'\\d' + \"\"\"tri\nple\"\"\"\n",
            "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nelse:\n    del a[1:2, ::3]\nfinally:\n    yield from g\n",
            "if a:\n\tb = 0x1f + 0o7 + 0b1 + 1_000.5e-3j\nelif c: pass\nelse:\n    while d: break\n",
            "lambda x, /, y=2, *, z: (x := y) if z else not w\nglobal q; nonlocal r\nimport a.b as c\nfrom ..m import (d as e, f,)\n",
        ]
        let alphabet = ["(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "*", "**", ".", "...", "@", "->", ":=",
                        "if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "yield", "await", "async", "def",
                        "class", "return", "import", "from", "as", "with", "try", "except", "finally", "del", "pass", "global",
                        "match", "case", "x", "1", "0x", "1_", "1e", "09", "'", "\"", "'''", "f'", "b'", "r'", "rb\"", "f\"{",
                        "!r", "\\", "\\\n", "#", "\n", "\r\n", "\t", "    ", " ", "\u{00A0}", "é", "€", "$", "?", "`", "\u{FEFF}",
                        "\u{7F}", "\\N{", "\\x", "\\u"]
        var rng = SplitMix64(state: 20240601)
        var parsed = 0, failed = 0
        for i in 0..<3000 {
            var src = ""
            switch i % 3 {
            case 0:
                for _ in 0..<rng.int(40) { src += alphabet[rng.int(alphabet.count)] + (rng.int(3) == 0 ? " " : "") }
            case 1:
                var chars = Array(seeds[rng.int(seeds.count)].unicodeScalars)
                for _ in 0..<(1 + rng.int(4)) {
                    let at = chars.isEmpty ? 0 : rng.int(chars.count)
                    switch rng.int(3) {
                    case 0: if !chars.isEmpty { chars.remove(at: at) }
                    case 1: chars.insert(contentsOf: alphabet[rng.int(alphabet.count)].unicodeScalars, at: at)
                    default: if !chars.isEmpty { chars[at] = Unicode.Scalar(UInt8(32 + rng.int(95))) }
                    }
                }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: chars)
                src = String(v)
            default:
                var bytes: [UInt8] = []
                for _ in 0..<rng.int(60) { bytes.append(UInt8(rng.int(256))) }
                src = String(decoding: bytes, as: UTF8.self)
            }
            for mode in [ParseMode.file, .eval, .interactive] {
                do {
                    _ = try parseModule(src, filename: "<fuzz>", mode: mode)
                    parsed += 1
                } catch is SyntaxErrorInfo {
                    failed += 1
                } catch {
                    XCTFail("unexpected error type \(error) for \(src.debugDescription)")
                }
            }
            _ = isIncompleteInput(src)
        }
        XCTAssertEqual(parsed + failed, 9000)
        XCTAssertGreaterThan(parsed, 0)
    }

    // MARK: - Example programs

    func testRepositoryPythonFilesParse() throws {
        // <root>/Tests/CoilTests/ParserTests.swift
        var root = "\(#filePath)"
        for _ in 0..<3 {
            if let slash = root.lastIndex(of: "/") { root = String(root[root.startIndex..<slash]) }
        }
        var files: [String] = []
        for dir in ["examples", "Tests/CoilTests/conformance"] {
            collectPythonFiles(root + "/" + dir, into: &files)
        }
        var parsed = 0
        for path in files {
            guard let source = readTextFile(path) else { continue }
            let base = path.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
            let deliberate = base.contains("syntax_error") || base.contains("syntaxerror")
            do {
                _ = try parseModule(source, filename: path)
                parsed += 1
            } catch let e as SyntaxErrorInfo {
                // Deliberate syntax errors, and constructs Coil does not support yet.
                if deliberate || e.message.hasSuffix("not supported yet") { continue }
                XCTFail("\(path):\(e.line):\(e.column): \(e.kind.rawValue): \(e.message)")
            }
        }
        XCTAssertTrue(files.isEmpty || parsed > 0)
    }

    func collectPythonFiles(_ dir: String, into files: inout [String]) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        var entries: [String] = []
        while let ent = readdir(d) {
            let name = withUnsafeBytes(of: ent.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append(name)
        }
        for name in entries.sorted() {
            let path = dir + "/" + name
            var st = stat()
            guard stat(path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                collectPythonFiles(path, into: &files)
            } else if name.hasSuffix(".py") {
                files.append(path)
            }
        }
    }

    func readTextFile(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes.append(contentsOf: buf[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Speed

    func testLargeFileParsesQuickly() throws {
        let block = """
            class Point(Base, metaclass=Meta):
                \"\"\"A point.\"\"\"
                def __init__(self, x: float = 0.0, y: float = 0.0, *args, **kwargs) -> None:
                    self.x, self.y = x, y
                    self.tags = {k: v for k, v in kwargs.items() if not k.startswith('_')}

                @property
                def norm(self):
                    return (self.x ** 2 + self.y ** 2) ** 0.5 if self.x or self.y else 0

                def __repr__(self):
                    return f"Point({self.x!r}, {self.y:.2f}) {[i * 2 for i in range(3)]}"

            try:
                result = [Point(i, -i) for i in range(10) if i % 2 == 0]
            except (ValueError, TypeError) as exc:
                raise RuntimeError("bad") from exc
            finally:
                total = sum(p.norm for p in result)

            """
        let source = String(repeating: block, count: 500)  // 10,500 lines
        var ts0 = timespec(), ts1 = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts0)
        let m = try parseModule(source, filename: "<big>")
        clock_gettime(CLOCK_MONOTONIC, &ts1)
        let ms = Double(ts1.tv_sec - ts0.tv_sec) * 1000 + Double(ts1.tv_nsec - ts0.tv_nsec) / 1e6
        XCTAssertEqual(m.body.count, 1000)
        // Release builds take a few tens of milliseconds; allow for unoptimized test builds.
        XCTAssertLessThan(ms, 5000)
    }

    // MARK: - Tables generated with python3.11

    func testASTShapesAndLocationsMatchCPython() {
        for (source, expected) in ParserTests.shapeCases {
            XCTAssertEqual(dump(source, locations: true), expected, source)
        }
    }

    func testSyntaxErrorsMatchCPython() {
        for (source, kind, message, line, column, endColumn) in ParserTests.errorCases {
            guard let e = error(source) else {
                XCTFail("no error for \(source.debugDescription)")
                continue
            }
            XCTAssertEqual(e.message, message, source)
            XCTAssertEqual(e.kind, kind, source)
            XCTAssertEqual(e.line, line, source)
            XCTAssertEqual(e.column, column, source)
            if let ec = endColumn { XCTAssertEqual(e.endColumn, ec, source) }
            XCTAssertEqual(e.filename, "<test>")
        }
    }

    static let shapeCases: [(String, String)] = [
        ("-2**2",
         "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2)@1:1-1:2, op=Pow(), right=Constant(value=2)@1:4-1:5)@1:1-1:5)@1:0-1:5)@1:0-1:5])"),
        ("2**-1",
         "Module(body=[Expr(value=BinOp(left=Constant(value=2)@1:0-1:1, op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1)@1:4-1:5)@1:3-1:5)@1:0-1:5)@1:0-1:5])"),
        ("2**3**2",
         "Module(body=[Expr(value=BinOp(left=Constant(value=2)@1:0-1:1, op=Pow(), right=BinOp(left=Constant(value=3)@1:3-1:4, op=Pow(), right=Constant(value=2)@1:6-1:7)@1:3-1:7)@1:0-1:7)@1:0-1:7])"),
        ("not a == b",
         "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a')@1:4-1:5, ops=[Eq()], comparators=[Name(id='b')@1:9-1:10])@1:4-1:10)@1:0-1:10)@1:0-1:10])"),
        ("a or b and c",
         "Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a')@1:0-1:1, BoolOp(op=And(), values=[Name(id='b')@1:5-1:6, Name(id='c')@1:11-1:12])@1:5-1:12])@1:0-1:12)@1:0-1:12])"),
        ("a and not b or c",
         "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a')@1:0-1:1, UnaryOp(op=Not(), operand=Name(id='b')@1:10-1:11)@1:6-1:11])@1:0-1:11, Name(id='c')@1:15-1:16])@1:0-1:16)@1:0-1:16])"),
        ("a < b < c",
         "Module(body=[Expr(value=Compare(left=Name(id='a')@1:0-1:1, ops=[Lt(), Lt()], comparators=[Name(id='b')@1:4-1:5, Name(id='c')@1:8-1:9])@1:0-1:9)@1:0-1:9])"),
        ("a is not b",
         "Module(body=[Expr(value=Compare(left=Name(id='a')@1:0-1:1, ops=[IsNot()], comparators=[Name(id='b')@1:9-1:10])@1:0-1:10)@1:0-1:10])"),
        ("a not in b",
         "Module(body=[Expr(value=Compare(left=Name(id='a')@1:0-1:1, ops=[NotIn()], comparators=[Name(id='b')@1:9-1:10])@1:0-1:10)@1:0-1:10])"),
        ("a | b ^ c & d",
         "Module(body=[Expr(value=BinOp(left=Name(id='a')@1:0-1:1, op=BitOr(), right=BinOp(left=Name(id='b')@1:4-1:5, op=BitXor(), right=BinOp(left=Name(id='c')@1:8-1:9, op=BitAnd(), right=Name(id='d')@1:12-1:13)@1:8-1:13)@1:4-1:13)@1:0-1:13)@1:0-1:13])"),
        ("a << b + c",
         "Module(body=[Expr(value=BinOp(left=Name(id='a')@1:0-1:1, op=LShift(), right=BinOp(left=Name(id='b')@1:5-1:6, op=Add(), right=Name(id='c')@1:9-1:10)@1:5-1:10)@1:0-1:10)@1:0-1:10])"),
        ("a + b * c",
         "Module(body=[Expr(value=BinOp(left=Name(id='a')@1:0-1:1, op=Add(), right=BinOp(left=Name(id='b')@1:4-1:5, op=Mult(), right=Name(id='c')@1:8-1:9)@1:4-1:9)@1:0-1:9)@1:0-1:9])"),
        ("a * b @ c // d % e",
         "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='a')@1:0-1:1, op=Mult(), right=Name(id='b')@1:4-1:5)@1:0-1:5, op=MatMult(), right=Name(id='c')@1:8-1:9)@1:0-1:9, op=FloorDiv(), right=Name(id='d')@1:13-1:14)@1:0-1:14, op=Mod(), right=Name(id='e')@1:17-1:18)@1:0-1:18)@1:0-1:18])"),
        ("-a * b",
         "Module(body=[Expr(value=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a')@1:1-1:2)@1:0-1:2, op=Mult(), right=Name(id='b')@1:5-1:6)@1:0-1:6)@1:0-1:6])"),
        ("~a ** b",
         "Module(body=[Expr(value=UnaryOp(op=Invert(), operand=BinOp(left=Name(id='a')@1:1-1:2, op=Pow(), right=Name(id='b')@1:6-1:7)@1:1-1:7)@1:0-1:7)@1:0-1:7])"),
        ("a if b else c if d else e",
         "Module(body=[Expr(value=IfExp(test=Name(id='b')@1:5-1:6, body=Name(id='a')@1:0-1:1, orelse=IfExp(test=Name(id='d')@1:17-1:18, body=Name(id='c')@1:12-1:13, orelse=Name(id='e')@1:24-1:25)@1:12-1:25)@1:0-1:25)@1:0-1:25])"),
        ("lambda: a if b else c",
         "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='b')@1:13-1:14, body=Name(id='a')@1:8-1:9, orelse=Name(id='c')@1:20-1:21)@1:8-1:21)@1:0-1:21)@1:0-1:21])"),
        ("await x ** 2",
         "Module(body=[Expr(value=BinOp(left=Await(value=Name(id='x')@1:6-1:7)@1:0-1:7, op=Pow(), right=Constant(value=2)@1:11-1:12)@1:0-1:12)@1:0-1:12])"),
        ("a.b.c(d)[e]",
         "Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a')@1:0-1:1, attr='b')@1:0-1:3, attr='c')@1:0-1:5, args=[Name(id='d')@1:6-1:7], keywords=[])@1:0-1:8, slice=Name(id='e')@1:9-1:10)@1:0-1:11)@1:0-1:11])"),
        ("x[1:2, ::3]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Tuple(elts=[Slice(lower=Constant(value=1)@1:2-1:3, upper=Constant(value=2)@1:4-1:5)@1:2-1:5, Slice(step=Constant(value=3)@1:9-1:10)@1:7-1:10])@1:2-1:10)@1:0-1:11)@1:0-1:11])"),
        ("x[a:b:c]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Slice(lower=Name(id='a')@1:2-1:3, upper=Name(id='b')@1:4-1:5, step=Name(id='c')@1:6-1:7)@1:2-1:7)@1:0-1:8)@1:0-1:8])"),
        ("x[:]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Slice()@1:2-1:3)@1:0-1:4)@1:0-1:4])"),
        ("x[::]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Slice()@1:2-1:4)@1:0-1:5)@1:0-1:5])"),
        ("x[1:2,]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Tuple(elts=[Slice(lower=Constant(value=1)@1:2-1:3, upper=Constant(value=2)@1:4-1:5)@1:2-1:5])@1:2-1:6)@1:0-1:7)@1:0-1:7])"),
        ("x[*a]",
         "Module(body=[Expr(value=Subscript(value=Name(id='x')@1:0-1:1, slice=Tuple(elts=[Starred(value=Name(id='a')@1:3-1:4)@1:2-1:4])@1:2-1:4)@1:0-1:5)@1:0-1:5])"),
        ("(yield)",
         "Module(body=[Expr(value=Yield()@1:1-1:6)@1:0-1:7])"),
        ("f(*a, **b, c=1)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[Starred(value=Name(id='a')@1:3-1:4)@1:2-1:4], keywords=[keyword(value=Name(id='b')@1:8-1:9)@1:6-1:9, keyword(arg='c', value=Constant(value=1)@1:13-1:14)@1:11-1:14])@1:0-1:15)@1:0-1:15])"),
        ("f(a=1, *b)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[Starred(value=Name(id='b')@1:8-1:9)@1:7-1:9], keywords=[keyword(arg='a', value=Constant(value=1)@1:4-1:5)@1:2-1:5])@1:0-1:10)@1:0-1:10])"),
        ("f(x for x in y)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[GeneratorExp(elt=Name(id='x')@1:2-1:3, generators=[comprehension(target=Name(id='x')@1:8-1:9, iter=Name(id='y')@1:13-1:14, ifs=[], is_async=0)])@1:1-1:15], keywords=[])@1:0-1:15)@1:0-1:15])"),
        ("f(a)(b)",
         "Module(body=[Expr(value=Call(func=Call(func=Name(id='f')@1:0-1:1, args=[Name(id='a')@1:2-1:3], keywords=[])@1:0-1:4, args=[Name(id='b')@1:5-1:6], keywords=[])@1:0-1:7)@1:0-1:7])"),
        ("[*a, *b]",
         "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a')@1:2-1:3)@1:1-1:3, Starred(value=Name(id='b')@1:6-1:7)@1:5-1:7])@1:0-1:8)@1:0-1:8])"),
        ("{**a, 'b': 1, **c}",
         "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')@1:6-1:9, None], values=[Name(id='a')@1:3-1:4, Constant(value=1)@1:11-1:12, Name(id='c')@1:16-1:17])@1:0-1:18)@1:0-1:18])"),
        ("{*a, b}",
         "Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a')@1:2-1:3)@1:1-1:3, Name(id='b')@1:5-1:6])@1:0-1:7)@1:0-1:7])"),
        ("(*a, b)",
         "Module(body=[Expr(value=Tuple(elts=[Starred(value=Name(id='a')@1:2-1:3)@1:1-1:3, Name(id='b')@1:5-1:6])@1:0-1:7)@1:0-1:7])"),
        ("[x for x in y if z for w in x]",
         "Module(body=[Expr(value=ListComp(elt=Name(id='x')@1:1-1:2, generators=[comprehension(target=Name(id='x')@1:7-1:8, iter=Name(id='y')@1:12-1:13, ifs=[Name(id='z')@1:17-1:18], is_async=0), comprehension(target=Name(id='w')@1:23-1:24, iter=Name(id='x')@1:28-1:29, ifs=[], is_async=0)])@1:0-1:30)@1:0-1:30])"),
        ("{k: v for k, v in d.items()}",
         "Module(body=[Expr(value=DictComp(key=Name(id='k')@1:1-1:2, value=Name(id='v')@1:4-1:5, generators=[comprehension(target=Tuple(elts=[Name(id='k')@1:10-1:11, Name(id='v')@1:13-1:14])@1:10-1:14, iter=Call(func=Attribute(value=Name(id='d')@1:18-1:19, attr='items')@1:18-1:25, args=[], keywords=[])@1:18-1:27, ifs=[], is_async=0)])@1:0-1:28)@1:0-1:28])"),
        ("{x async for x in y}",
         "Module(body=[Expr(value=SetComp(elt=Name(id='x')@1:1-1:2, generators=[comprehension(target=Name(id='x')@1:13-1:14, iter=Name(id='y')@1:18-1:19, ifs=[], is_async=1)])@1:0-1:20)@1:0-1:20])"),
        ("(x := 10)",
         "Module(body=[Expr(value=NamedExpr(target=Name(id='x')@1:1-1:2, value=Constant(value=10)@1:6-1:8)@1:1-1:8)@1:0-1:9])"),
        ("[y := 1, y**2]",
         "Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y')@1:1-1:2, value=Constant(value=1)@1:6-1:7)@1:1-1:7, BinOp(left=Name(id='y')@1:9-1:10, op=Pow(), right=Constant(value=2)@1:12-1:13)@1:9-1:13])@1:0-1:14)@1:0-1:14])"),
        ("f(x := 1)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[NamedExpr(target=Name(id='x')@1:2-1:3, value=Constant(value=1)@1:7-1:8)@1:2-1:8], keywords=[])@1:0-1:9)@1:0-1:9])"),
        ("a[b := 1]",
         "Module(body=[Expr(value=Subscript(value=Name(id='a')@1:0-1:1, slice=NamedExpr(target=Name(id='b')@1:2-1:3, value=Constant(value=1)@1:7-1:8)@1:2-1:8)@1:0-1:9)@1:0-1:9])"),
        ("lambda x, /, y=1, *z, w, **k: 0",
         "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')@1:7-1:8], args=[arg(arg='y')@1:13-1:14], vararg=arg(arg='z')@1:19-1:20, kwonlyargs=[arg(arg='w')@1:22-1:23], kw_defaults=[None], kwarg=arg(arg='k')@1:27-1:28, defaults=[Constant(value=1)@1:15-1:16]), body=Constant(value=0)@1:30-1:31)@1:0-1:31)@1:0-1:31])"),
        ("lambda *, a=1: a",
         "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')@1:10-1:11], kw_defaults=[Constant(value=1)@1:12-1:13], defaults=[]), body=Name(id='a')@1:15-1:16)@1:0-1:16)@1:0-1:16])"),
        ("x = y = z",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1, Name(id='y')@1:4-1:5], value=Name(id='z')@1:8-1:9)@1:0-1:9])"),
        ("a, b = b, a",
         "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a')@1:0-1:1, Name(id='b')@1:3-1:4])@1:0-1:4], value=Tuple(elts=[Name(id='b')@1:7-1:8, Name(id='a')@1:10-1:11])@1:7-1:11)@1:0-1:11])"),
        ("a, *b = c",
         "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a')@1:0-1:1, Starred(value=Name(id='b')@1:4-1:5)@1:3-1:5])@1:0-1:5], value=Name(id='c')@1:8-1:9)@1:0-1:9])"),
        ("[a, (b, c)] = d",
         "Module(body=[Assign(targets=[List(elts=[Name(id='a')@1:1-1:2, Tuple(elts=[Name(id='b')@1:5-1:6, Name(id='c')@1:8-1:9])@1:4-1:10])@1:0-1:11], value=Name(id='d')@1:14-1:15)@1:0-1:15])"),
        ("x: int",
         "Module(body=[AnnAssign(target=Name(id='x')@1:0-1:1, annotation=Name(id='int')@1:3-1:6, simple=1)@1:0-1:6])"),
        ("x: int = 5",
         "Module(body=[AnnAssign(target=Name(id='x')@1:0-1:1, annotation=Name(id='int')@1:3-1:6, value=Constant(value=5)@1:9-1:10, simple=1)@1:0-1:10])"),
        ("(x): int = 5",
         "Module(body=[AnnAssign(target=Name(id='x')@1:1-1:2, annotation=Name(id='int')@1:5-1:8, value=Constant(value=5)@1:11-1:12, simple=0)@1:0-1:12])"),
        ("a.b: int",
         "Module(body=[AnnAssign(target=Attribute(value=Name(id='a')@1:0-1:1, attr='b')@1:0-1:3, annotation=Name(id='int')@1:5-1:8, simple=0)@1:0-1:8])"),
        ("x += 1",
         "Module(body=[AugAssign(target=Name(id='x')@1:0-1:1, op=Add(), value=Constant(value=1)@1:5-1:6)@1:0-1:6])"),
        ("x //= 2",
         "Module(body=[AugAssign(target=Name(id='x')@1:0-1:1, op=FloorDiv(), value=Constant(value=2)@1:6-1:7)@1:0-1:7])"),
        ("x **= 3",
         "Module(body=[AugAssign(target=Name(id='x')@1:0-1:1, op=Pow(), value=Constant(value=3)@1:6-1:7)@1:0-1:7])"),
        ("x >>= 1",
         "Module(body=[AugAssign(target=Name(id='x')@1:0-1:1, op=RShift(), value=Constant(value=1)@1:6-1:7)@1:0-1:7])"),
        ("x @= m",
         "Module(body=[AugAssign(target=Name(id='x')@1:0-1:1, op=MatMult(), value=Name(id='m')@1:5-1:6)@1:0-1:6])"),
        ("del a, b[0], c.d",
         "Module(body=[Delete(targets=[Name(id='a')@1:4-1:5, Subscript(value=Name(id='b')@1:7-1:8, slice=Constant(value=0)@1:9-1:10)@1:7-1:11, Attribute(value=Name(id='c')@1:13-1:14, attr='d')@1:13-1:16])@1:0-1:16])"),
        ("del (a, b)",
         "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a')@1:5-1:6, Name(id='b')@1:8-1:9])@1:4-1:10])@1:0-1:10])"),
        ("del a,",
         "Module(body=[Delete(targets=[Name(id='a')@1:4-1:5])@1:0-1:6])"),
        ("for k, v in d.items(): pass",
         "Module(body=[For(target=Tuple(elts=[Name(id='k')@1:4-1:5, Name(id='v')@1:7-1:8])@1:4-1:8, iter=Call(func=Attribute(value=Name(id='d')@1:12-1:13, attr='items')@1:12-1:19, args=[], keywords=[])@1:12-1:21, body=[Pass()@1:23-1:27], orelse=[])@1:0-1:27])"),
        ("for x, in y: pass",
         "Module(body=[For(target=Tuple(elts=[Name(id='x')@1:4-1:5])@1:4-1:6, iter=Name(id='y')@1:10-1:11, body=[Pass()@1:13-1:17], orelse=[])@1:0-1:17])"),
        ("return 1, 2",
         "Module(body=[Return(value=Tuple(elts=[Constant(value=1)@1:7-1:8, Constant(value=2)@1:10-1:11])@1:7-1:11)@1:0-1:11])"),
        ("yield a, b",
         "Module(body=[Expr(value=Yield(value=Tuple(elts=[Name(id='a')@1:6-1:7, Name(id='b')@1:9-1:10])@1:6-1:10)@1:0-1:10)@1:0-1:10])"),
        ("yield from g",
         "Module(body=[Expr(value=YieldFrom(value=Name(id='g')@1:11-1:12)@1:0-1:12)@1:0-1:12])"),
        ("x = yield",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Yield()@1:4-1:9)@1:0-1:9])"),
        ("async def f():\n    async for a in b:\n        await c\n    async with d as e, f:\n        pass",
         "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='a')@2:14-2:15, iter=Name(id='b')@2:19-2:20, body=[Expr(value=Await(value=Name(id='c')@3:14-3:15)@3:8-3:15)@3:8-3:15], orelse=[])@2:4-3:15, AsyncWith(items=[withitem(context_expr=Name(id='d')@4:15-4:16, optional_vars=Name(id='e')@4:20-4:21), withitem(context_expr=Name(id='f')@4:23-4:24)], body=[Pass()@5:8-5:12])@4:4-5:12], decorator_list=[])@1:0-5:12])"),
        ("def f(a, b=1, *args, c, d=2, **kw) -> int:\n    return a",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')@1:6-1:7, arg(arg='b')@1:9-1:10], vararg=arg(arg='args')@1:15-1:19, kwonlyargs=[arg(arg='c')@1:21-1:22, arg(arg='d')@1:24-1:25], kw_defaults=[None, Constant(value=2)@1:26-1:27], kwarg=arg(arg='kw')@1:31-1:33, defaults=[Constant(value=1)@1:11-1:12]), body=[Return(value=Name(id='a')@2:11-2:12)@2:4-2:12], decorator_list=[], returns=Name(id='int')@1:38-1:41)@1:0-2:12])"),
        ("def f(a, /, b): pass",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')@1:6-1:7], args=[arg(arg='b')@1:12-1:13], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()@1:16-1:20], decorator_list=[])@1:0-1:20])"),
        ("def f(*, a): pass",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')@1:9-1:10], kw_defaults=[None], defaults=[]), body=[Pass()@1:13-1:17], decorator_list=[])@1:0-1:17])"),
        ("@dec\n@dec2(x)\ndef f(): pass",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()@3:9-3:13], decorator_list=[Name(id='dec')@1:1-1:4, Call(func=Name(id='dec2')@2:1-2:5, args=[Name(id='x')@2:6-2:7], keywords=[])@2:1-2:8])@3:0-3:13])"),
        ("@a.b[c]\nclass C(B, metaclass=M, **kw):\n    x = 1",
         "Module(body=[ClassDef(name='C', bases=[Name(id='B')@2:8-2:9], keywords=[keyword(arg='metaclass', value=Name(id='M')@2:21-2:22)@2:11-2:22, keyword(value=Name(id='kw')@2:26-2:28)@2:24-2:28], body=[Assign(targets=[Name(id='x')@3:4-3:5], value=Constant(value=1)@3:8-3:9)@3:4-3:9], decorator_list=[Subscript(value=Attribute(value=Name(id='a')@1:1-1:2, attr='b')@1:1-1:4, slice=Name(id='c')@1:5-1:6)@1:1-1:7])@2:0-3:9])"),
        ("class C: pass",
         "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()@1:9-1:13], decorator_list=[])@1:0-1:13])"),
        ("class C(): pass",
         "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()@1:11-1:15], decorator_list=[])@1:0-1:15])"),
        ("if a: pass\nelif b: pass\nelif c: pass\nelse: pass",
         "Module(body=[If(test=Name(id='a')@1:3-1:4, body=[Pass()@1:6-1:10], orelse=[If(test=Name(id='b')@2:5-2:6, body=[Pass()@2:8-2:12], orelse=[If(test=Name(id='c')@3:5-3:6, body=[Pass()@3:8-3:12], orelse=[Pass()@4:6-4:10])@3:0-4:10])@2:0-4:10])@1:0-4:10])"),
        ("while x:\n    break\nelse:\n    continue",
         "Module(body=[While(test=Name(id='x')@1:6-1:7, body=[Break()@2:4-2:9], orelse=[Continue()@4:4-4:12])@1:0-4:12])"),
        ("try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass",
         "Module(body=[Try(body=[Pass()@2:4-2:8], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A')@3:8-3:9, Name(id='B')@3:11-3:12])@3:7-3:13, name='e', body=[Raise(exc=Name(id='X')@4:10-4:11, cause=Name(id='e')@4:17-4:18)@4:4-4:18])@3:0-4:18, ExceptHandler(body=[Raise()@6:4-6:9])@5:0-6:9], orelse=[Pass()@8:4-8:8], finalbody=[Pass()@10:4-10:8])@1:0-10:8])"),
        ("try:\n    pass\nfinally:\n    pass",
         "Module(body=[Try(body=[Pass()@2:4-2:8], handlers=[], orelse=[], finalbody=[Pass()@4:4-4:8])@1:0-4:8])"),
        ("with a as b, c as (d, e): pass",
         "Module(body=[With(items=[withitem(context_expr=Name(id='a')@1:5-1:6, optional_vars=Name(id='b')@1:10-1:11), withitem(context_expr=Name(id='c')@1:13-1:14, optional_vars=Tuple(elts=[Name(id='d')@1:19-1:20, Name(id='e')@1:22-1:23])@1:18-1:24)], body=[Pass()@1:26-1:30])@1:0-1:30])"),
        ("with (a as b, c as d): pass",
         "Module(body=[With(items=[withitem(context_expr=Name(id='a')@1:6-1:7, optional_vars=Name(id='b')@1:11-1:12), withitem(context_expr=Name(id='c')@1:14-1:15, optional_vars=Name(id='d')@1:19-1:20)], body=[Pass()@1:23-1:27])@1:0-1:27])"),
        ("with (a, b): pass",
         "Module(body=[With(items=[withitem(context_expr=Name(id='a')@1:6-1:7), withitem(context_expr=Name(id='b')@1:9-1:10)], body=[Pass()@1:13-1:17])@1:0-1:17])"),
        ("with (a, b) as c: pass",
         "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a')@1:6-1:7, Name(id='b')@1:9-1:10])@1:5-1:11, optional_vars=Name(id='c')@1:15-1:16)], body=[Pass()@1:18-1:22])@1:0-1:22])"),
        ("with (yield): pass",
         "Module(body=[With(items=[withitem(context_expr=Yield()@1:6-1:11)], body=[Pass()@1:14-1:18])@1:0-1:18])"),
        ("import a.b.c",
         "Module(body=[Import(names=[alias(name='a.b.c')@1:7-1:12])@1:0-1:12])"),
        ("import a as b, c.d as e",
         "Module(body=[Import(names=[alias(name='a', asname='b')@1:7-1:13, alias(name='c.d', asname='e')@1:15-1:23])@1:0-1:23])"),
        ("from . import x",
         "Module(body=[ImportFrom(names=[alias(name='x')@1:14-1:15], level=1)@1:0-1:15])"),
        ("from ..pkg.mod import (a as b, c,)",
         "Module(body=[ImportFrom(module='pkg.mod', names=[alias(name='a', asname='b')@1:23-1:29, alias(name='c')@1:31-1:32], level=2)@1:0-1:34])"),
        ("from m import *",
         "Module(body=[ImportFrom(module='m', names=[alias(name='*')@1:14-1:15], level=0)@1:0-1:15])"),
        ("from .... import z",
         "Module(body=[ImportFrom(names=[alias(name='z')@1:17-1:18], level=4)@1:0-1:18])"),
        ("global a, b\nnonlocal c",
         "Module(body=[Global(names=['a', 'b'])@1:0-1:11, Nonlocal(names=['c'])@2:0-2:10])"),
        ("assert x, 'msg'",
         "Module(body=[Assert(test=Name(id='x')@1:7-1:8, msg=Constant(value='msg')@1:10-1:15)@1:0-1:15])"),
        ("assert x",
         "Module(body=[Assert(test=Name(id='x')@1:7-1:8)@1:0-1:8])"),
        ("x = 1; y = 2;",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Constant(value=1)@1:4-1:5)@1:0-1:5, Assign(targets=[Name(id='y')@1:7-1:8], value=Constant(value=2)@1:11-1:12)@1:7-1:12])"),
        ("if x: a = 1; b = 2",
         "Module(body=[If(test=Name(id='x')@1:3-1:4, body=[Assign(targets=[Name(id='a')@1:6-1:7], value=Constant(value=1)@1:10-1:11)@1:6-1:11, Assign(targets=[Name(id='b')@1:13-1:14], value=Constant(value=2)@1:17-1:18)@1:13-1:18], orelse=[])@1:0-1:18])"),
        ("match = 3",
         "Module(body=[Assign(targets=[Name(id='match')@1:0-1:5], value=Constant(value=3)@1:8-1:9)@1:0-1:9])"),
        ("match(x)",
         "Module(body=[Expr(value=Call(func=Name(id='match')@1:0-1:5, args=[Name(id='x')@1:6-1:7], keywords=[])@1:0-1:8)@1:0-1:8])"),
        ("case = 1",
         "Module(body=[Assign(targets=[Name(id='case')@1:0-1:4], value=Constant(value=1)@1:7-1:8)@1:0-1:8])"),
        ("_ = 2",
         "Module(body=[Assign(targets=[Name(id='_')@1:0-1:1], value=Constant(value=2)@1:4-1:5)@1:0-1:5])"),
        ("print(match, case)",
         "Module(body=[Expr(value=Call(func=Name(id='print')@1:0-1:5, args=[Name(id='match')@1:6-1:11, Name(id='case')@1:13-1:17], keywords=[])@1:0-1:18)@1:0-1:18])"),
        ("'a' 'b'",
         "Module(body=[Expr(value=Constant(value='ab')@1:0-1:7)@1:0-1:7])"),
        ("b'a' b'b'",
         "Module(body=[Expr(value=Constant(value=b'ab')@1:0-1:9)@1:0-1:9])"),
        ("'a' f'{b}' 'c'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a')@1:0-1:14, FormattedValue(value=Name(id='b')@1:7-1:8, conversion=-1)@1:0-1:14, Constant(value='c')@1:0-1:14])@1:0-1:14)@1:0-1:14])"),
        ("f'{x=}'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=')@1:0-1:7, FormattedValue(value=Name(id='x')@1:3-1:4, conversion=114)@1:0-1:7])@1:0-1:7)@1:0-1:7])"),
        ("f'{ x = }'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = ')@1:0-1:10, FormattedValue(value=Name(id='x')@1:4-1:5, conversion=114)@1:0-1:10])@1:0-1:10)@1:0-1:10])"),
        ("f'{x=:>3}'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=')@1:0-1:10, FormattedValue(value=Name(id='x')@1:3-1:4, conversion=-1, format_spec=JoinedStr(values=[Constant(value='>3')@1:0-1:10])@1:0-1:10)@1:0-1:10])@1:0-1:10)@1:0-1:10])"),
        ("f'{x=!s}'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=')@1:0-1:9, FormattedValue(value=Name(id='x')@1:3-1:4, conversion=115)@1:0-1:9])@1:0-1:9)@1:0-1:9])"),
        ("f'{x!r:{w}.{p}f}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x')@1:3-1:4, conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w')@1:8-1:9, conversion=-1)@1:0-1:17, Constant(value='.')@1:0-1:17, FormattedValue(value=Name(id='p')@1:12-1:13, conversion=-1)@1:0-1:17, Constant(value='f')@1:0-1:17])@1:0-1:17)@1:0-1:17])@1:0-1:17)@1:0-1:17])"),
        ("f'{{}}'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}')@1:0-1:7])@1:0-1:7)@1:0-1:7])"),
        ("f''",
         "Module(body=[Expr(value=JoinedStr(values=[])@1:0-1:3)@1:0-1:3])"),
        ("f'{x:}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x')@1:3-1:4, conversion=-1, format_spec=JoinedStr(values=[])@1:0-1:7)@1:0-1:7])@1:0-1:7)@1:0-1:7])"),
        ("f'{a[\"k\"]}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a')@1:3-1:4, slice=Constant(value='k')@1:5-1:8)@1:3-1:9, conversion=-1)@1:0-1:11])@1:0-1:11)@1:0-1:11])"),
        ("f'''{\nx\n}'''",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x')@2:0-2:1, conversion=-1)@1:0-3:4])@1:0-3:4)@1:0-3:4])"),
        ("f'{x for x in y}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=GeneratorExp(elt=Name(id='x')@1:3-1:4, generators=[comprehension(target=Name(id='x')@1:9-1:10, iter=Name(id='y')@1:14-1:15, ifs=[], is_async=0)])@1:2-1:16, conversion=-1)@1:0-1:17])@1:0-1:17)@1:0-1:17])"),
        ("f'{x, y}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Tuple(elts=[Name(id='x')@1:3-1:4, Name(id='y')@1:6-1:7])@1:2-1:8, conversion=-1)@1:0-1:9])@1:0-1:9)@1:0-1:9])"),
        ("f'{yield}'",
         "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Yield()@1:3-1:8, conversion=-1)@1:0-1:10])@1:0-1:10)@1:0-1:10])"),
        ("rf'\\d{x}'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\d')@1:0-1:9, FormattedValue(value=Name(id='x')@1:6-1:7, conversion=-1)@1:0-1:9])@1:0-1:9)@1:0-1:9])"),
        ("f'\\n{x}\\t'",
         "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n')@1:0-1:10, FormattedValue(value=Name(id='x')@1:5-1:6, conversion=-1)@1:0-1:10, Constant(value='\\t')@1:0-1:10])@1:0-1:10)@1:0-1:10])"),
        ("u'abc'",
         "Module(body=[Expr(value=Constant(value='abc')@1:0-1:6)@1:0-1:6])"),
        ("'\\x41\\u00e9\\U0001F600\\101\\0'",
         "Module(body=[Expr(value=Constant(value='Aé😀A\\x00')@1:0-1:28)@1:0-1:28])"),
        ("r'\\n\\x'",
         "Module(body=[Expr(value=Constant(value='\\\\n\\\\x')@1:0-1:7)@1:0-1:7])"),
        ("b'\\x00\\xff\\n'",
         "Module(body=[Expr(value=Constant(value=b'\\x00\\xff\\n')@1:0-1:13)@1:0-1:13])"),
        ("'\\N{BULLET}\\N{LATIN SMALL LETTER E WITH ACUTE}'",
         "Module(body=[Expr(value=Constant(value='•é')@1:0-1:47)@1:0-1:47])"),
        ("'\\q'",
         "Module(body=[Expr(value=Constant(value='\\\\q')@1:0-1:4)@1:0-1:4])"),
        ("'a\\\nb'",
         "Module(body=[Expr(value=Constant(value='ab')@1:0-2:2)@1:0-2:2])"),
        ("'''a\nb'''",
         "Module(body=[Expr(value=Constant(value='a\\nb')@1:0-2:4)@1:0-2:4])"),
        ("0x1F + 0o17 + 0b101 + 1_000",
         "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=31)@1:0-1:4, op=Add(), right=Constant(value=15)@1:7-1:11)@1:0-1:11, op=Add(), right=Constant(value=5)@1:14-1:19)@1:0-1:19, op=Add(), right=Constant(value=1000)@1:22-1:27)@1:0-1:27)@1:0-1:27])"),
        ("1. + .5 + 1e10 + 1.5E-3",
         "Module(body=[Expr(value=BinOp(left=BinOp(left=BinOp(left=Constant(value=1.0)@1:0-1:2, op=Add(), right=Constant(value=0.5)@1:5-1:7)@1:0-1:7, op=Add(), right=Constant(value=10000000000.0)@1:10-1:14)@1:0-1:14, op=Add(), right=Constant(value=0.0015)@1:17-1:23)@1:0-1:23)@1:0-1:23])"),
        ("1j + 2.5J + 1e3j",
         "Module(body=[Expr(value=BinOp(left=BinOp(left=Constant(value=1j)@1:0-1:2, op=Add(), right=Constant(value=2.5j)@1:5-1:9)@1:0-1:9, op=Add(), right=Constant(value=1000j)@1:12-1:16)@1:0-1:16)@1:0-1:16])"),
        ("123456789012345678901234567890",
         "Module(body=[Expr(value=Constant(value=123456789012345678901234567890)@1:0-1:30)@1:0-1:30])"),
        ("0xFFFFFFFFFFFFFFFFFFFF",
         "Module(body=[Expr(value=Constant(value=1208925819614629174706175)@1:0-1:22)@1:0-1:22])"),
        ("0o777777777777777777777777",
         "Module(body=[Expr(value=Constant(value=4722366482869645213695)@1:0-1:26)@1:0-1:26])"),
        ("0",
         "Module(body=[Expr(value=Constant(value=0)@1:0-1:1)@1:0-1:1])"),
        ("00",
         "Module(body=[Expr(value=Constant(value=0)@1:0-1:2)@1:0-1:2])"),
        ("0.0",
         "Module(body=[Expr(value=Constant(value=0.0)@1:0-1:3)@1:0-1:3])"),
        ("1e308",
         "Module(body=[Expr(value=Constant(value=1e+308)@1:0-1:5)@1:0-1:5])"),
        ("1_0.0_1e1_0",
         "Module(body=[Expr(value=Constant(value=100100000000.0)@1:0-1:11)@1:0-1:11])"),
        ("x if y else z",
         "Module(body=[Expr(value=IfExp(test=Name(id='y')@1:5-1:6, body=Name(id='x')@1:0-1:1, orelse=Name(id='z')@1:12-1:13)@1:0-1:13)@1:0-1:13])"),
        ("not not x",
         "Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='x')@1:8-1:9)@1:4-1:9)@1:0-1:9)@1:0-1:9])"),
        ("- - x",
         "Module(body=[Expr(value=UnaryOp(op=USub(), operand=UnaryOp(op=USub(), operand=Name(id='x')@1:4-1:5)@1:2-1:5)@1:0-1:5)@1:0-1:5])"),
        ("+x",
         "Module(body=[Expr(value=UnaryOp(op=UAdd(), operand=Name(id='x')@1:1-1:2)@1:0-1:2)@1:0-1:2])"),
        ("...",
         "Module(body=[Expr(value=Constant(value=Ellipsis)@1:0-1:3)@1:0-1:3])"),
        ("None",
         "Module(body=[Expr(value=Constant(value=None)@1:0-1:4)@1:0-1:4])"),
        ("True",
         "Module(body=[Expr(value=Constant(value=True)@1:0-1:4)@1:0-1:4])"),
        ("False",
         "Module(body=[Expr(value=Constant(value=False)@1:0-1:5)@1:0-1:5])"),
        ("a.b = c",
         "Module(body=[Assign(targets=[Attribute(value=Name(id='a')@1:0-1:1, attr='b')@1:0-1:3], value=Name(id='c')@1:6-1:7)@1:0-1:7])"),
        ("a[b] = c",
         "Module(body=[Assign(targets=[Subscript(value=Name(id='a')@1:0-1:1, slice=Name(id='b')@1:2-1:3)@1:0-1:4], value=Name(id='c')@1:7-1:8)@1:0-1:8])"),
        ("x = [\n    1,\n    2,\n]",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=List(elts=[Constant(value=1)@2:4-2:5, Constant(value=2)@3:4-3:5])@1:4-4:1)@1:0-4:1])"),
        ("x = 1 + \\\n    2",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=BinOp(left=Constant(value=1)@1:4-1:5, op=Add(), right=Constant(value=2)@2:4-2:5)@1:4-2:5)@1:0-2:5])"),
        ("if x:\n    # comment\n\n    y\n",
         "Module(body=[If(test=Name(id='x')@1:3-1:4, body=[Expr(value=Name(id='y')@4:4-4:5)@4:4-4:5], orelse=[])@1:0-4:5])"),
        ("x = {}",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Dict(keys=[], values=[])@1:4-1:6)@1:0-1:6])"),
        ("x = ()",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Tuple(elts=[])@1:4-1:6)@1:0-1:6])"),
        ("x = []",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=List(elts=[])@1:4-1:6)@1:0-1:6])"),
        ("x = (1,)",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Tuple(elts=[Constant(value=1)@1:5-1:6])@1:4-1:8)@1:0-1:8])"),
        ("x = 1,",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=Tuple(elts=[Constant(value=1)@1:4-1:5])@1:4-1:6)@1:0-1:6])"),
        ("print(*a, sep='')",
         "Module(body=[Expr(value=Call(func=Name(id='print')@1:0-1:5, args=[Starred(value=Name(id='a')@1:7-1:8)@1:6-1:8], keywords=[keyword(arg='sep', value=Constant(value='')@1:14-1:16)@1:10-1:16])@1:0-1:17)@1:0-1:17])"),
        ("f(**{'a': 1})",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[], keywords=[keyword(value=Dict(keys=[Constant(value='a')@1:5-1:8], values=[Constant(value=1)@1:10-1:11])@1:4-1:12)@1:2-1:12])@1:0-1:13)@1:0-1:13])"),
        ("a = b = c = d",
         "Module(body=[Assign(targets=[Name(id='a')@1:0-1:1, Name(id='b')@1:4-1:5, Name(id='c')@1:8-1:9], value=Name(id='d')@1:12-1:13)@1:0-1:13])"),
        ("def f():\n    return\n",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()@2:4-2:10], decorator_list=[])@1:0-2:10])"),
        ("def f(): yield",
         "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()@1:9-1:14)@1:9-1:14], decorator_list=[])@1:0-1:14])"),
        ("lambda: (yield)",
         "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Yield()@1:9-1:14)@1:0-1:15)@1:0-1:15])"),
        ("x = a if b else(c)",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=IfExp(test=Name(id='b')@1:9-1:10, body=Name(id='a')@1:4-1:5, orelse=Name(id='c')@1:16-1:17)@1:4-1:18)@1:0-1:18])"),
        ("f(a, b,)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[Name(id='a')@1:2-1:3, Name(id='b')@1:5-1:6], keywords=[])@1:0-1:8)@1:0-1:8])"),
        ("f(a for a in b)",
         "Module(body=[Expr(value=Call(func=Name(id='f')@1:0-1:1, args=[GeneratorExp(elt=Name(id='a')@1:2-1:3, generators=[comprehension(target=Name(id='a')@1:8-1:9, iter=Name(id='b')@1:13-1:14, ifs=[], is_async=0)])@1:1-1:15], keywords=[])@1:0-1:15)@1:0-1:15])"),
        ("sum(x*x for x in range(10) if x)",
         "Module(body=[Expr(value=Call(func=Name(id='sum')@1:0-1:3, args=[GeneratorExp(elt=BinOp(left=Name(id='x')@1:4-1:5, op=Mult(), right=Name(id='x')@1:6-1:7)@1:4-1:7, generators=[comprehension(target=Name(id='x')@1:12-1:13, iter=Call(func=Name(id='range')@1:17-1:22, args=[Constant(value=10)@1:23-1:25], keywords=[])@1:17-1:26, ifs=[Name(id='x')@1:30-1:31], is_async=0)])@1:3-1:32], keywords=[])@1:0-1:32)@1:0-1:32])"),
        ("λ = 1",
         "Module(body=[Assign(targets=[Name(id='λ')@1:0-1:1], value=Constant(value=1)@1:4-1:5)@1:0-1:5])"),
        ("été = 2\nprint(été)",
         "Module(body=[Assign(targets=[Name(id='été')@1:0-1:3], value=Constant(value=2)@1:6-1:7)@1:0-1:7, Expr(value=Call(func=Name(id='print')@2:0-2:5, args=[Name(id='été')@2:6-2:9], keywords=[])@2:0-2:10)@2:0-2:10])"),
        ("x = 1if y else 2",
         "Module(body=[Assign(targets=[Name(id='x')@1:0-1:1], value=IfExp(test=Name(id='y')@1:8-1:9, body=Constant(value=1)@1:4-1:5, orelse=Constant(value=2)@1:15-1:16)@1:4-1:16)@1:0-1:16])"),
    ]

    static let errorCases: [(String, SyntaxErrorInfo.Kind, String, Int, Int, Int?)] = [
        ("if x", .syntaxError, "expected ':'", 1, 5, 5),
        ("if x y:\n  pass", .syntaxError, "invalid syntax", 1, 6, 7),
        ("def f()\n  pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("def f(x) y:\n  pass", .syntaxError, "expected ':'", 1, 10, 11),
        ("class A\n  pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("x = (1, 2\ny = 3", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("x = (1,", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("foo(1 2)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 5, 8),
        ("x = 1 2", .syntaxError, "invalid syntax", 1, 7, 8),
        ("print \"x\"", .syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 10),
        ("1 = x", .syntaxError, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2),
        ("f() = 1", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4),
        ("x + 1 = 2", .syntaxError, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6),
        ("(a, 1) = x", .syntaxError, "cannot assign to literal", 1, 5, 6),
        ("[a, 1] = x", .syntaxError, "cannot assign to literal", 1, 5, 6),
        ("x = f() = 3", .syntaxError, "cannot assign to function call", 1, 5, 8),
        ("a, b += 1", .syntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1, 5),
        ("del 1", .syntaxError, "cannot delete literal", 1, 5, 6),
        ("if x = 3:\n  pass", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9),
        ("x = $", .syntaxError, "invalid syntax", 1, 5, 6),
        ("x = a ? b", .syntaxError, "invalid syntax", 1, 7, 8),
        ("0777", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 2),
        ("1__0", .syntaxError, "invalid decimal literal", 1, 2, 2),
        ("0x", .syntaxError, "invalid hexadecimal literal", 1, 2, 2),
        ("1abc", .syntaxError, "invalid decimal literal", 1, 1, 1),
        ("1e", .syntaxError, "invalid decimal literal", 1, 1, 1),
        ("1e+", .syntaxError, "invalid decimal literal", 1, 3, 3),
        ("'abc", .syntaxError, "unterminated string literal (detected at line 1)", 1, 1, 1),
        ("\"\"\"abc\ndef", .syntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 1, 1),
        (")", .syntaxError, "unmatched ')'", 1, 1, 1),
        ("(]", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, 2),
        ("  x = 1", .indentationError, "unexpected indent", 1, 2, nil),
        ("if x:\npass", .indentationError, "expected an indented block after 'if' statement on line 1", 2, 1, 5),
        ("if x:\n    a\n  b", .indentationError, "unindent does not match any outer indentation level", 3, 4, nil),
        ("if x:\n\ta\n        b", .tabError, "inconsistent use of tabs and spaces in indentation", 3, 1, nil),
        ("f\"{a b}\"", .syntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
        ("f\"{}\"", .syntaxError, "f-string: empty expression not allowed", 1, 6, 6),
        ("f\"{x!z}\"", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 9),
        ("f\"}\"", .syntaxError, "f-string: single '}' is not allowed", 1, 5, 5),
        ("f\"{x\"", .syntaxError, "f-string: expecting '}'", 1, 6, 6),
        ("f\"{\\n}\"", .syntaxError, "f-string expression part cannot include a backslash", 1, 8, 8),
        ("\"a\" b\"x\"", .syntaxError, "cannot mix bytes and nonbytes literals", 1, 9, 9),
        ("b\"é\"", .syntaxError, "bytes can only contain ASCII literal characters", 1, 1, 5),
        ("for 1 in x: pass", .syntaxError, "cannot assign to literal", 1, 5, 6),
        ("with a as 1: pass", .syntaxError, "cannot assign to literal", 1, 11, 12),
        ("a, b: int", .syntaxError, "only single target (not tuple) can be annotated", 1, 1, 2),
        ("f(): int = 3", .syntaxError, "illegal target for annotation", 1, 1, 4),
        ("x = a if b", .syntaxError, "expected 'else' after 'if' expression", 1, 5, 11),
        ("try:\n  pass\nx = 1", .syntaxError, "expected 'except' or 'finally' block", 3, 1, 2),
        ("f(a.b=1)", .syntaxError, "expression cannot contain assignment, perhaps you meant \"==\"?", 1, 3, 7),
        ("f(**a, *b)", .syntaxError, "iterable argument unpacking follows keyword argument unpacking", 1, 8, 9),
        ("f(a=1, b)", .syntaxError, "positional argument follows keyword argument", 1, 9, 10),
        ("def f(a=1, b): pass", .syntaxError, "non-default argument follows default argument", 1, 12, 13),
        ("def f(*): pass", .syntaxError, "named arguments must follow bare *", 1, 7, 8),
        ("[x, y for x, y in z]", .syntaxError, "did you forget parentheses around the comprehension target?", 1, 2, 6),
        ("from x import a,", .syntaxError, "trailing comma not allowed without surrounding parentheses", 1, 17, 17),
        ("x := 3", .syntaxError, "invalid syntax", 1, 3, 5),
        ("(a.b := 3)", .syntaxError, "cannot use assignment expressions with attribute", 1, 2, 5),
        ("print(f\"{x!}\")", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 15),
        ("a b c", .syntaxError, "invalid syntax", 1, 3, 4),
        ("import a.", .syntaxError, "invalid syntax", 1, 10, 10),
        ("x = = 1\ny = 'abc", .syntaxError, "unterminated string literal (detected at line 2)", 2, 5, 5),
        ("x = = 1\ny = (", .syntaxError, "invalid syntax", 1, 5, 6),
        ("x = (1,\ny z", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("x = (\ny = = z", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("if x:\n    a\n  bcd = 1", .indentationError, "unindent does not match any outer indentation level", 3, 10, nil),
        ("if x:\n    a\n        b", .indentationError, "unexpected indent", 3, 8, nil),
        ("x = 1 \\ 2", .syntaxError, "unexpected character after line continuation character", 1, 8, nil),
        ("x = 1 \\", .syntaxError, "unexpected EOF while parsing", 1, 8, nil),
        ("x = 1 \\\n", .syntaxError, "unexpected EOF while parsing", 1, 8, nil),
        ("@", .syntaxError, "invalid syntax", 1, 2, 2),
        ("def f(:\n  pass", .syntaxError, "invalid syntax", 1, 7, 8),
        ("x = [1, 2", .syntaxError, "'[' was never closed", 1, 5, nil),
        ("x = [1, 2\n  ", .syntaxError, "'[' was never closed", 1, 5, nil),
        ("x = {1: 2, 3}", .syntaxError, "':' expected after dictionary key", 1, 12, nil),
        ("f(x for x in y, 1)", .syntaxError, "Generator expression must be parenthesized", 1, 3, 15),
        ("x = 1 if 2 else", .syntaxError, "invalid syntax", 1, 16, 16),
        ("class A(x:\n  pass", .syntaxError, "invalid syntax", 1, 10, 11),
        ("a = 1; ; b", .syntaxError, "invalid syntax", 1, 8, 9),
        ("for x in y\n  pass", .syntaxError, "expected ':'", 1, 11, 11),
        ("while 1\n  pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("else:\n  pass", .syntaxError, "invalid syntax", 1, 1, 5),
        ("x = 5 +", .syntaxError, "invalid syntax", 1, 8, 8),
        ("return x +", .syntaxError, "invalid syntax", 1, 11, 11),
        ("import", .syntaxError, "invalid syntax", 1, 7, 7),
        ("from . import", .syntaxError, "invalid syntax", 1, 14, 14),
        ("from x import (a, b", .syntaxError, "'(' was never closed", 1, 15, nil),
        ("def f(**k, a): pass", .syntaxError, "arguments cannot follow var-keyword argument", 1, 12, 13),
        ("def f(*a, *b): pass", .syntaxError, "* argument may appear only once", 1, 11, 12),
        ("def f(a, /, b, /): pass", .syntaxError, "/ may appear only once", 1, 16, 17),
        ("nonlocal", .syntaxError, "invalid syntax", 1, 9, 9),
        ("x = 'abc' 'def", .syntaxError, "unterminated string literal (detected at line 1)", 1, 11, 11),
        ("x = a.1", .syntaxError, "invalid syntax", 1, 6, 8),
        ("x = 1.e", .syntaxError, "invalid decimal literal", 1, 6, 6),
        ("x = 0b102", .syntaxError, "invalid digit '2' in binary literal", 1, 9, 9),
        ("x = 0o9", .syntaxError, "invalid digit '9' in octal literal", 1, 7, 7),
        ("x = 0x1g", .syntaxError, "invalid hexadecimal literal", 1, 7, 7),
        ("x = 1_", .syntaxError, "invalid decimal literal", 1, 6, 6),
        ("x = 1.5j2", .syntaxError, "invalid imaginary literal", 1, 8, 8),
        ("x = 0_7", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 7),
        ("x = 09", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 6),
        ("x = a€b", .syntaxError, "invalid character '€' (U+20AC)", 1, 6, 6),
        ("€ = 3\n", .syntaxError, "invalid character '€' (U+20AC)", 1, 1, 1),
        ("f(**a, b)", .syntaxError, "positional argument follows keyword argument unpacking", 1, 9, 10),
        ("f(1, x for x in y)", .syntaxError, "Generator expression must be parenthesized", 1, 6, 18),
        ("f(True=1)", .syntaxError, "cannot assign to True", 1, 3, 8),
        ("def f(*a=1): pass", .syntaxError, "var-positional argument cannot have default value", 1, 9, 10),
        ("def f(a=): pass", .syntaxError, "expected default value expression", 1, 8, 9),
        ("def f((a, b)): pass", .syntaxError, "Function parameters cannot be parenthesized", 1, 7, 13),
        ("lambda (a): 0", .syntaxError, "Lambda expression parameters cannot be parenthesized", 1, 8, 11),
        ("def f(*, a, /): pass", .syntaxError, "/ must be ahead of *", 1, 13, 14),
        ("x = {a: *b}", .syntaxError, "cannot use a starred expression in a dictionary value", 1, 9, 11),
        ("[*a for a in b]", .syntaxError, "iterable unpacking cannot be used in comprehension", 1, 2, 4),
        ("{**a for a in b}", .syntaxError, "dict unpacking cannot be used in dict comprehension", 1, 2, 4),
        ("(*a)", .syntaxError, "cannot use starred expression here", 1, 2, 4),
        ("(**a)", .syntaxError, "cannot use double starred expression here", 1, 2, 4),
        ("a, f() = 1", .syntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 4, 7),
        ("(1), x = 2", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 6, 11),
        ("(a < b) = 1", .syntaxError, "cannot assign to comparison here. Maybe you meant '==' instead of '='?", 1, 2, 7),
        ("a < b = 1", .syntaxError, "cannot assign to comparison", 1, 1, 6),
        ("f() += 1", .syntaxError, "'function call' is an illegal expression for augmented assignment", 1, 1, 4),
        ("1 += 1", .syntaxError, "'literal' is an illegal expression for augmented assignment", 1, 1, 2),
        ("x = yield = 3", .syntaxError, "assignment to yield expression not possible", 1, 5, 10),
        ("yield = 3", .syntaxError, "assignment to yield expression not possible", 1, 1, 6),
        ("del f()", .syntaxError, "cannot delete function call", 1, 5, 8),
        ("del *a", .syntaxError, "cannot delete starred", 1, 5, 7),
        ("del (a, 1)", .syntaxError, "cannot delete literal", 1, 9, 10),
        ("for f() in x: pass", .syntaxError, "cannot assign to function call", 1, 5, 8),
        ("with a as f(): pass", .syntaxError, "cannot assign to function call", 1, 11, 14),
        ("[x for 1 in y]", .syntaxError, "cannot assign to literal", 1, 8, 9),
        ("[a, b for a in c]", .syntaxError, "did you forget parentheses around the comprehension target?", 1, 2, 6),
        ("x = [1 2]", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9),
        ("x = (a b)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 9),
        ("f(a b)", .syntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 3, 6),
        ("print 'hello'", .syntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 14),
        ("exec 'code'", .syntaxError, "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1, 1, 12),
        ("try:\n    pass\nexcept A, B:\n    pass", .syntaxError, "multiple exception types must be parenthesized", 3, 8, 12),
        ("try:\n    pass", .syntaxError, "expected 'except' or 'finally' block", 2, 9, nil),
        ("try:\n    pass\nx = 1", .syntaxError, "expected 'except' or 'finally' block", 3, 1, 2),
        ("if x\n    pass", .syntaxError, "expected ':'", 1, 5, 5),
        ("while x\n    pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("for x in y\n    pass", .syntaxError, "expected ':'", 1, 11, 11),
        ("class A\n    pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("def f()\n    pass", .syntaxError, "expected ':'", 1, 8, 8),
        ("def f[T](): pass", .syntaxError, "expected '('", 1, 6, 7),
        ("with a\n    pass", .syntaxError, "expected ':'", 1, 7, 7),
        ("def f():\nreturn", .indentationError, "expected an indented block after function definition on line 1", 2, 1, 7),
        ("for x in y:\n# c\nz", .indentationError, "expected an indented block after 'for' statement on line 1", 3, 1, 2),
        ("class C:\n", .indentationError, "expected an indented block after class definition on line 1", 1, 9, nil),
        ("x = 1\n  y = 2", .indentationError, "unexpected indent", 2, 2, nil),
        ("x = (", .syntaxError, "'(' was never closed", 1, 5, nil),
        ("x = {1: 2", .syntaxError, "'{' was never closed", 1, 5, nil),
        ("foo(\n", .syntaxError, "'(' was never closed", 1, 4, nil),
        ("x = (]", .syntaxError, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6),
        ("x = [1, 2\n y = 3", .syntaxError, "'[' was never closed", 1, 5, nil),
        ("'''abc", .syntaxError, "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1),
        ("x = 'a\nb'", .syntaxError, "unterminated string literal (detected at line 1)", 1, 5, 5),
        ("b'é'", .syntaxError, "bytes can only contain ASCII literal characters", 1, 1, 5),
        ("'a' b'b'", .syntaxError, "cannot mix bytes and nonbytes literals", 1, 9, 9),
        ("x = 0777", .syntaxError, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 6),
        ("x = 1__0", .syntaxError, "invalid decimal literal", 1, 6, 6),
        ("x = 0x", .syntaxError, "invalid hexadecimal literal", 1, 6, 6),
        ("x = 1abc", .syntaxError, "invalid decimal literal", 1, 5, 5),
        ("x = 0b12", .syntaxError, "invalid digit '2' in binary literal", 1, 8, 8),
        ("x = 0o8", .syntaxError, "invalid digit '8' in octal literal", 1, 7, 7),
        ("x = 1e", .syntaxError, "invalid decimal literal", 1, 5, 5),
        ("x = `a`", .syntaxError, "invalid syntax", 1, 5, 6),
        ("€ = 1", .syntaxError, "invalid character '€' (U+20AC)", 1, 1, 1),
        ("x = 1 ", .syntaxError, "invalid non-printable character U+00A0", 1, 6, 6),
        ("x = '\\xZZ'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 11, 11),
        ("x = '\\N{NOT A NAME}'", .syntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", 1, 21, 21),
        ("x = b'\\x1'", .syntaxError, "(value error) invalid \\x escape at position 0", 1, 11, 11),
        ("f'{}'", .syntaxError, "f-string: empty expression not allowed", 1, 6, 6),
        ("f'{ }'", .syntaxError, "f-string: empty expression not allowed", 1, 7, 7),
        ("f'{x!z}'", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9, 9),
        ("f'}'", .syntaxError, "f-string: single '}' is not allowed", 1, 5, 5),
        ("f'{'", .syntaxError, "f-string: expecting '}'", 1, 5, 5),
        ("f'{x'", .syntaxError, "f-string: expecting '}'", 1, 6, 6),
        ("f'{x!'", .syntaxError, "f-string: expecting '}'", 1, 7, 7),
        ("f'{x:{y:{z}}}'", .syntaxError, "f-string: expressions nested too deeply", 1, 15, 15),
        ("f'{#}'", .syntaxError, "f-string expression part cannot include '#'", 1, 7, 7),
        ("f'{a b}'", .syntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
        ("f'{x!r'", .syntaxError, "f-string: expecting '}'", 1, 8, 8),
        ("f\"{'a}\"", .syntaxError, "f-string: unterminated string", 1, 8, 8),
        ("x := 1", .syntaxError, "invalid syntax", 1, 3, 5),
        ("(a.b := 1)", .syntaxError, "cannot use assignment expressions with attribute", 1, 2, 5),
        ("a.b := 1", .syntaxError, "cannot use assignment expressions with attribute", 1, 1, 4),
        ("if x = 1: pass", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 9),
        ("if x.y = 1: pass", .syntaxError, "cannot assign to attribute here. Maybe you meant '==' instead of '='?", 1, 4, 7),
        ("[x = 1]", .syntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 2, 7),
        ("from x import *, a", .syntaxError, "invalid syntax", 1, 16, 17),
        ("global", .syntaxError, "invalid syntax", 1, 7, 7),
        ("else: pass", .syntaxError, "invalid syntax", 1, 1, 5),
        ("@\ndef f(): pass", .syntaxError, "invalid syntax", 1, 2, 2),
        ("x = \\ y", .syntaxError, "unexpected character after line continuation character", 1, 6, nil),
        ("async x", .syntaxError, "invalid syntax", 1, 7, 8),
        ("f(a async)", .syntaxError, "invalid syntax", 1, 10, 11),
        ("not", .syntaxError, "invalid syntax", 1, 4, 4),
        ("x = not", .syntaxError, "invalid syntax", 1, 8, 8),
        ("a.not = 1", .syntaxError, "invalid syntax", 1, 3, 6),
        ("1 = 2 = 3", .syntaxError, "cannot assign to literal", 1, 1, 2),
        ("x = 1 = y", .syntaxError, "cannot assign to literal", 1, 5, 6),
        ("(a, b): int", .syntaxError, "only single target (not tuple) can be annotated", 1, 1, 7),
        ("f(): int", .syntaxError, "illegal target for annotation", 1, 1, 4),
        ("[a]: int", .syntaxError, "only single target (not list) can be annotated", 1, 1, 4),
        ("print(f'{x!}')", .syntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 14, 15),
        ("x = ([{}])]", .syntaxError, "unmatched ']'", 1, 11, 11),
        ("x = '''\n\n", .syntaxError, "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 5),
        ("def f(x):\n    return x\n  y = 1", .indentationError, "unindent does not match any outer indentation level", 3, 8, nil),

    ]
}

extension ParserTests {
    static let matchShapeCases: [(String, String)] = [
        ("match x:\n    case 1 | -2 | 1+2j | 's' | None | a.b: pass",
         "Module(body=[Match(subject=Name(id='x'), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2j))), MatchValue(value=Constant(value='s')), MatchSingleton(value=None), MatchValue(value=Attribute(value=Name(id='a'), attr='b'))]), body=[Pass()])])])"),
        ("match x:\n    case [a, *_, *r] if a: pass\n    case (): pass\n    case (a): pass\n    case (a,): pass",
         "Module(body=[Match(subject=Name(id='x'), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(), MatchStar(name='r')]), guard=Name(id='a'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[]), body=[Pass()]), match_case(pattern=MatchAs(name='a'), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a')]), body=[Pass()])])])"),
        ("match x:\n    case {1: _, 'k': [y], **r}: pass\n    case {}: pass",
         "Module(body=[Match(subject=Name(id='x'), cases=[match_case(pattern=MatchMapping(keys=[Constant(value=1), Constant(value='k')], patterns=[MatchAs(), MatchSequence(patterns=[MatchAs(name='y')])], rest='r'), body=[Pass()]), match_case(pattern=MatchMapping(keys=[], patterns=[]), body=[Pass()])])])"),
        ("match x:\n    case C(1, k=v) as z: pass\n    case a.B(): pass",
         "Module(body=[Match(subject=Name(id='x'), cases=[match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='C'), patterns=[MatchValue(value=Constant(value=1))], kwd_attrs=['k'], kwd_patterns=[MatchAs(name='v')]), name='z'), body=[Pass()]), match_case(pattern=MatchClass(cls=Attribute(value=Name(id='a'), attr='B'), patterns=[], kwd_attrs=[], kwd_patterns=[]), body=[Pass()])])])"),
        ("match x, *y:\n    case a, *b: pass\n    case _: pass",
         "Module(body=[Match(subject=Tuple(elts=[Name(id='x'), Starred(value=Name(id='y'))]), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='b')]), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])])"),
        ("match(x)\nmatch = 1\nmatch.case = case[_]",
         "Module(body=[Expr(value=Call(func=Name(id='match'), args=[Name(id='x')], keywords=[])), Assign(targets=[Name(id='match')], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match'), attr='case')], value=Subscript(value=Name(id='case'), slice=Name(id='_')))])"),
    ]
    static let matchErrorCases: [(String, String, Int, Int, Int?)] = [
        ("match x:\n    case _: pass\n    case 1: pass", "wildcard makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case y: pass\n    case 1: pass", "name capture 'y' makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case [a, a]: pass", "multiple assignments to name 'a' in pattern", 2, 14, 15),
        ("match x:\n    case [a, 1] | [b, 2]: pass", "alternative patterns bind different names", 2, 23, 24),
        ("match x:\n    case [*a, *b]: pass", "multiple starred names in sequence pattern", 2, 10, 18),
        ("match x:\n    case 1 | _ | 2: pass", "wildcard makes remaining patterns unreachable", 2, 14, 15),
        ("match x:\n    case 1 + 2: pass", "imaginary number required in complex literal", 2, 14, 15),
        ("match x:\n    case 1j+1: pass", "real number required in complex literal", 2, 10, 12),
        ("match x:\n    case f'a': pass", "patterns may only match literals and attribute lookups", 2, 10, 14),
        ("match x:\n    case {'a': 1, 'a': 2}: pass", "mapping pattern checks duplicate key ('a')", 2, 10, 26),
        ("match x:\n    case C(a=1, a=2): pass", "attribute name repeated in class pattern: a", 2, 19, 20),
        ("match x:\n    case C(a=1, 2, 3): pass", "positional patterns follow keyword patterns", 2, 17, 21),
        ("match x\n    case 1: pass", "expected ':'", 1, 8, 8),
        ("match x:\n    case 1\n        pass", "expected ':'", 2, 11, 11),
        ("match x:\n    case 1 as _: pass", "cannot use '_' as a target", 2, 15, 16),
        ("match x:\n    case 1 as 1: pass", "invalid pattern target", 2, 15, 16),
        ("match x:\n    case {**_}: pass", "invalid syntax", 2, 13, 14),
        ("match x:\n    case *a: pass", "invalid syntax", 2, 12, 13),
        ("match x:\n    pass", "invalid syntax", 2, 5, 9),
        ("match x:\n    case [x, *_] | [*_, x]: pass\n    case {'k': x, **x}: pass", "multiple assignments to name 'x' in pattern", 3, 16, 17),
    ]
}
