// Tests for the bytecode compiler: symbol classification, code flags, jump/exception-table
// validity, stack-size computation, compile-time SyntaxErrors and the disassembler.

import XCTest
@testable import Coil

final class CompilerTests: XCTestCase {

    // MARK: helpers

    func compile(_ src: String, mode: ParseMode = .file) throws -> CodeObject {
        let m = try parseModule(src, filename: "<test>", mode: mode)
        return try compileModule(m, source: src, filename: "<test>", mode: mode)
    }

    func symbols(_ src: String) throws -> SymbolTable {
        let m = try parseModule(src, filename: "<test>", mode: .file)
        return try SymbolTable.build(m, errors: ErrorContext(filename: "<test>", source: src))
    }

    /// Every code object reachable from `c` (itself first, depth first).
    func allCodes(_ c: CodeObject) -> [CodeObject] {
        var out = [c]
        for k in c.constants { if case .code(let inner) = k { out += allCodes(inner) } }
        return out
    }

    func code(_ c: CodeObject, named name: String) -> CodeObject? {
        allCodes(c).first { $0.name == name || $0.qualname == name }
    }

    func hasConst(_ c: CodeObject, _ k: CodeConstant) -> Bool {
        c.constants.contains { ConstKey($0) == ConstKey(k) }
    }

    func ops(_ c: CodeObject) -> [Opcode] { c.instructions.map { Instr.op($0) } }

    func opNames(_ c: CodeObject) -> [String] { ops(c).map { $0.snakeName } }

    /// True when `needle` occurs as a contiguous run in `hay`.
    func containsRun(_ hay: [String], _ needle: [String]) -> Bool {
        guard needle.count <= hay.count else { return false }
        for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return true }
        return false
    }

    func syntaxError(_ src: String) -> SyntaxErrorInfo? {
        do {
            _ = try compile(src)
            return nil
        } catch let e as SyntaxErrorInfo {
            return e
        } catch {
            return nil
        }
    }

    /// Simulates the value-stack depth along every path (jumps, fall-through and exception-table
    /// edges) using `Opcode.stackEffect`; returns a description of the first violation.
    func stackViolation(_ c: CodeObject) -> String? {
        let n = c.instructions.count
        if n == 0 { return "empty code" }
        var depth = [Int?](repeating: nil, count: n)
        var work: [(Int, Int)] = [(0, 0)]
        while let (i, d) = work.popLast() {
            guard i >= 0 && i < n else { return "\(c.qualname): control leaves the code at \(i)" }
            if let e = depth[i] {
                if e != d { return "\(c.qualname): inconsistent depth at \(i): \(e) vs \(d)" }
                continue
            }
            depth[i] = d
            if d < 0 || d > c.stackSize { return "\(c.qualname): depth \(d) out of 0...\(c.stackSize) at \(i)" }
            let w = c.instructions[i]
            let op = Instr.op(w), arg = Instr.arg(w)
            if let h = c.handler(at: i) {
                if Int(h.depth) > d { return "\(c.qualname): handler depth \(h.depth) above stack depth \(d) at \(i)" }
                if Int(h.depth) + 1 > c.stackSize { return "\(c.qualname): handler entry exceeds stack size" }
                work.append((Int(h.target), Int(h.depth) + 1))
            }
            let isJump = op.info.operand == .jump
            if isJump {
                guard arg >= 0 && arg < n else { return "\(c.qualname): jump target \(arg) out of range at \(i)" }
                let after = d + op.stackEffect(arg: arg, jump: true)
                if after < 0 || after > c.stackSize { return "\(c.qualname): bad depth after jump at \(i)" }
                work.append((arg, after))
            }
            let after = d + op.stackEffect(arg: arg, jump: false)
            if after < 0 || after > c.stackSize { return "\(c.qualname): bad depth \(after) after \(op.snakeName) at \(i)" }
            switch op {
            case .returnValue:
                if d != 1 { return "\(c.qualname): RETURN_VALUE with \(d) values on the stack at \(i)" }
            case .jump, .raiseVarargs, .reraise, .popExceptReraise:
                break
            default:
                work.append((i + 1, after))
            }
        }
        return nil
    }

    func checkTables(_ c: CodeObject) -> String? {
        var last: Int32 = -1
        for e in c.exceptionTable {
            if e.start >= e.end { return "\(c.qualname): empty exception row" }
            if e.start < last { return "\(c.qualname): overlapping or unsorted exception rows" }
            if e.end > Int32(c.instructions.count) || e.target < 0 || e.target >= Int32(c.instructions.count) {
                return "\(c.qualname): exception row out of range"
            }
            if e.depth < 0 { return "\(c.qualname): negative handler depth" }
            last = e.end
        }
        if c.locations.count != c.instructions.count { return "\(c.qualname): location table size" }
        return nil
    }

    // MARK: symbol classification

    func testClosureClassification() throws {
        let c = try compile("""
        def outer(a, b):
            x = 1
            y = 2
            def inner(c):
                nonlocal y
                y = a + x + c
                return z
            return inner
        """)
        let outer = try XCTUnwrap(code(c, named: "outer"))
        XCTAssertEqual(outer.varnames.prefix(2), ["a", "b"])
        XCTAssertEqual(outer.cellvars, ["a", "x", "y"])
        XCTAssertEqual(outer.freevars, [])
        XCTAssertTrue(outer.varnames.contains("inner"))
        XCTAssertFalse(outer.varnames.contains("x"))
        let inner = try XCTUnwrap(code(c, named: "inner"))
        XCTAssertEqual(inner.freevars, ["a", "x", "y"])
        XCTAssertEqual(inner.cellvars, [])
        XCTAssertEqual(inner.varnames, ["c"])
        XCTAssertEqual(inner.qualname, "outer.<locals>.inner")
        // `a` is a parameter and a cell: copied into its cell first.
        XCTAssertEqual(Array(opNames(outer).prefix(2)), ["LOAD_FAST", "STORE_DEREF"])
        // z is an implicit global in a function.
        XCTAssertTrue(containsRun(opNames(inner), ["LOAD_GLOBAL", "RETURN_VALUE"]))
    }

    func testCellOrderAndSharedNestedCode() throws {
        // CPython 3.11 order: cell parameters in parameter order, then other cells sorted.
        let c = try compile("def f(b, a):\n    z = y = 1\n    def g():\n        return a + b + y + z\n    return g")
        XCTAssertEqual(code(c, named: "f")?.cellvars, ["b", "a", "y", "z"])
        // A finally body is emitted on several paths but its nested code object is compiled once.
        let d = try compile("def f():\n    try:\n        g()\n        return 1\n    finally:\n        h = lambda: 2\n")
        let f = try XCTUnwrap(code(d, named: "f"))
        let lambdas = f.constants.filter { if case .code(let k) = $0 { return k.name == "<lambda>" }; return false }
        XCTAssertEqual(lambdas.count, 1)
        XCTAssertEqual(f.instructions.filter { Instr.op($0) == .makeFunction }.count, 2)
    }

    func testSymbolTableScopes() throws {
        let t = try symbols("""
        g = 1
        def f(p):
            global g
            g = p
            loc = [q for q in range(3)]
            def h():
                return loc
            return h
        class C:
            attr = 1
            def m(self):
                return super().m() + attr
        """)
        let f = try XCTUnwrap(t.top.children.first { $0.name == "f" })
        XCTAssertEqual(f.scope(of: "g"), .globalExplicit)
        XCTAssertEqual(f.scope(of: "p"), .local)
        XCTAssertEqual(f.scope(of: "loc"), .cell)
        XCTAssertEqual(f.scope(of: "range"), .globalImplicit)
        let comp = try XCTUnwrap(f.children.first { $0.comprehension == .list })
        XCTAssertEqual(comp.scope(of: "q"), .local)
        XCTAssertEqual(comp.params, [".0"])
        let h = try XCTUnwrap(f.children.first { $0.name == "h" })
        XCTAssertEqual(h.scope(of: "loc"), .free)
        XCTAssertTrue(h.isNested)
        let cls = try XCTUnwrap(t.top.children.first { $0.name == "C" })
        XCTAssertEqual(cls.type, .classBlock)
        XCTAssertTrue(cls.needsClassClosure)
        let m = try XCTUnwrap(cls.children.first { $0.name == "m" })
        XCTAssertEqual(m.scope(of: "__class__"), .free)
        // class attributes are not visible in methods
        XCTAssertEqual(m.scope(of: "attr"), .globalImplicit)
    }

    func testWalrusInComprehensionBindsInFunction() throws {
        let c = try compile("""
        def f(data):
            ys = [y for x in data if (y := x) > 0]
            return y
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertEqual(f.cellvars, ["y"])
        let comp = try XCTUnwrap(code(c, named: "<listcomp>"))
        XCTAssertEqual(comp.freevars, ["y"])
        XCTAssertEqual(comp.varnames, [".0", "x"])
        XCTAssertEqual(comp.argCount, 1)
        XCTAssertTrue(opNames(comp).contains("STORE_DEREF"))
        // at module level the walrus target is global
        let m = try compile("r = [(z := i) for i in range(3)]")
        let comp2 = try XCTUnwrap(code(m, named: "<listcomp>"))
        XCTAssertTrue(opNames(comp2).contains("STORE_GLOBAL"))
    }

    func testClassScopeNames() throws {
        let c = try compile("""
        def f():
            x = 1
            class C:
                y = x
                def m(self):
                    return x
                global z
                z = 2
            return C
        """)
        let cls = try XCTUnwrap(code(c, named: "C"))
        XCTAssertFalse(cls.flags.contains(.optimized))
        XCTAssertEqual(cls.varnames, [])
        XCTAssertEqual(cls.freevars, ["x"])
        let names = opNames(cls)
        XCTAssertTrue(names.contains("LOAD_CLASS_DEREF"))
        XCTAssertTrue(names.contains("STORE_GLOBAL"))
        XCTAssertEqual(Array(names.prefix(4)), ["LOAD_NAME", "STORE_NAME", "LOAD_CONST", "STORE_NAME"])
        XCTAssertEqual(cls.qualname, "f.<locals>.C")
        XCTAssertEqual(code(c, named: "m")?.qualname, "f.<locals>.C.m")
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertEqual(f.cellvars, ["x"])
    }

    func testClassCellForSuper() throws {
        let c = try compile("""
        class A(B, metaclass=M):
            "doc"
            def m(self):
                return super().m()
        """)
        let cls = try XCTUnwrap(code(c, named: "A"))
        XCTAssertEqual(cls.cellvars, ["__class__"])
        XCTAssertEqual(cls.docstring, "doc")
        XCTAssertTrue(containsRun(opNames(cls), ["LOAD_CLOSURE", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"]))
        XCTAssertTrue(cls.names.contains("__classcell__"))
        XCTAssertTrue(cls.names.contains("__doc__"))
        let m = try XCTUnwrap(code(c, named: "m"))
        XCTAssertEqual(m.freevars, ["__class__"])
        XCTAssertEqual(m.qualname, "A.m")
        let top = opNames(c)
        XCTAssertTrue(containsRun(top, ["LOAD_BUILD_CLASS", "LOAD_CONST", "MAKE_FUNCTION", "LOAD_CONST", "LOAD_NAME",
                                        "LOAD_NAME", "LOAD_CONST", "CALL_KW", "STORE_NAME"]))
        XCTAssertTrue(hasConst(c, .tuple([.str("metaclass")])))
    }

    func testNameMangling() throws {
        let c = try compile("""
        class K:
            __x = 1
            def m(self):
                return self.__y + __z
        """)
        let k = try XCTUnwrap(code(c, named: "K"))
        XCTAssertTrue(k.names.contains("_K__x"))
        let m = try XCTUnwrap(code(c, named: "m"))
        XCTAssertTrue(m.names.contains("_K__y"))
        XCTAssertTrue(m.names.contains("_K__z"))
    }

    // MARK: flags

    func testCodeFlags() throws {
        let c = try compile("""
        def gen():
            yield 1
        async def coro():
            await x
        async def agen():
            yield 1
        def va(*a, **k):
            def inner(): pass
        l = lambda: (yield)
        g = (i for i in x)
        """)
        XCTAssertEqual(code(c, named: "gen")?.flags, [.optimized, .generator])
        XCTAssertEqual(code(c, named: "coro")?.flags, [.optimized, .coroutine])
        XCTAssertEqual(code(c, named: "agen")?.flags, [.optimized, .asyncGenerator])
        XCTAssertEqual(code(c, named: "va")?.flags, [.optimized, .varargs, .varkeywords])
        XCTAssertEqual(code(c, named: "inner")?.flags, [.optimized, .nested])
        XCTAssertEqual(code(c, named: "<lambda>")?.flags, [.optimized, .generator])
        XCTAssertEqual(code(c, named: "<genexpr>")?.flags, [.optimized, .generator])
        XCTAssertEqual(c.flags, [])
    }

    func testFunctionSignatureAndMakeFunction() throws {
        let c = try compile("""
        @dec
        def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
            "the doc"
            return a
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertEqual(f.argCount, 3)
        XCTAssertEqual(f.posOnlyArgCount, 2)
        XCTAssertEqual(f.kwOnlyArgCount, 2)
        XCTAssertEqual(f.varnames, ["a", "b", "c", "d", "e", "args", "kw"])
        XCTAssertEqual(f.docstring, "the doc")
        XCTAssertEqual(f.firstLine, 1)
        let top = opNames(c)
        XCTAssertTrue(containsRun(top, ["MAKE_FUNCTION", "CALL", "STORE_NAME"]))
        let mf = c.instructions.first { Instr.op($0) == .makeFunction }
        XCTAssertEqual(mf.map { Instr.arg($0) }, 1 | 2 | 4)
        // decorators are evaluated first
        XCTAssertEqual(top.first, "LOAD_NAME")
        XCTAssertEqual(c.names.first, "dec")
    }

    // MARK: stack sizes

    func testKnownStackSizes() throws {
        XCTAssertEqual(try compile("x = a + b").stackSize, 2)
        XCTAssertEqual(try compile("f(a, b, c)").stackSize, 4)
        XCTAssertEqual(try compile("o.m(1, 2)").stackSize, 4)
        XCTAssertEqual(try compile("x = [a, b, c, d]").stackSize, 4)
        XCTAssertEqual(try compile("x = a < b < c").stackSize, 3)
        XCTAssertEqual(try compile("for i in x: pass").stackSize, 2)
        // try/except: [prev, exc] + the matched type
        XCTAssertEqual(try compile("try:\n f()\nexcept E:\n pass").stackSize, 3)
        // with: [exit, enter] plus three Nones and exit for the normal-path call
        XCTAssertEqual(try compile("with m:\n pass").stackSize, 4)
        let fn = try XCTUnwrap(code(try compile("def f():\n return [x for x in y]"), named: "<listcomp>"))
        XCTAssertEqual(fn.stackSize, 3)
    }

    // MARK: control flow and exception tables

    func testJumpTargetsAndTablesValid() throws {
        for src in CompilerTests.programs {
            let c = try compile(src)
            for co in allCodes(c) {
                for (i, w) in co.instructions.enumerated() where Instr.op(w).info.operand == .jump {
                    XCTAssertTrue(Instr.arg(w) >= 0 && Instr.arg(w) < co.instructions.count,
                                  "\(co.qualname) jump at \(i) out of range")
                }
                XCTAssertNil(checkTables(co))
            }
        }
    }

    func testTryExceptTable() throws {
        let c = try compile("""
        def f():
            try:
                g()
            except ValueError as e:
                h(e)
            finally:
                k()
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertNil(checkTables(f))
        XCTAssertGreaterThanOrEqual(f.exceptionTable.count, 3)
        let targets = Set(f.exceptionTable.map { Int($0.target) })
        for t in targets {
            let op = Instr.op(f.instructions[t])
            XCTAssertTrue([.pushExcInfo, .popExceptReraise, .loadConst].contains(op), "unexpected handler start \(op)")
        }
        let names = opNames(f)
        // no DUP_TOP before CHECK_EXC_MATCH: the exception stays on the stack
        XCTAssertTrue(containsRun(names, ["PUSH_EXC_INFO", "LOAD_GLOBAL", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE", "STORE_FAST"]))
        XCTAssertTrue(containsRun(names, ["POP_EXCEPT", "LOAD_CONST", "STORE_FAST", "DELETE_FAST"]))
        XCTAssertTrue(containsRun(names, ["LOAD_CONST", "STORE_FAST", "DELETE_FAST", "POP_EXCEPT_RERAISE"]))
        XCTAssertTrue(names.contains("RERAISE"))
        // the first row protects the try body with an empty stack
        XCTAssertEqual(f.exceptionTable.first?.depth, 0)
        XCTAssertNil(stackViolation(f))
    }

    func testWithTable() throws {
        let c = try compile("""
        def f():
            with a as b, c:
                return b
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertNil(checkTables(f))
        let names = opNames(f)
        XCTAssertTrue(containsRun(names, ["BEFORE_WITH", "STORE_FAST"]))
        XCTAssertTrue(containsRun(names, ["PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE", "RERAISE", "POP_EXCEPT_RERAISE",
                                          "POP_TOP", "POP_EXCEPT", "POP_TOP"]))
        // return inside two withs: the value is kept on top while both exits run
        XCTAssertTrue(containsRun(names, ["ROT_TWO", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP",
                                          "ROT_TWO", "LOAD_CONST", "LOAD_CONST", "LOAD_CONST", "CALL", "POP_TOP", "RETURN_VALUE"]))
        let depths = Set(f.exceptionTable.map { $0.depth })
        XCTAssertTrue(depths.contains(1) && depths.contains(2))
        XCTAssertNil(stackViolation(f))
    }

    func testAsyncConstructs() throws {
        let c = try compile("""
        async def f():
            async with a as b:
                await b
            async for i in y:
                pass
            return [await z async for z in w]
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        let names = opNames(f)
        XCTAssertTrue(containsRun(names, ["BEFORE_ASYNC_WITH", "GET_AWAITABLE", "LOAD_CONST", "SEND", "YIELD_VALUE", "JUMP"]))
        XCTAssertTrue(containsRun(names, ["GET_AITER", "GET_ANEXT", "LOAD_CONST", "SEND", "YIELD_VALUE", "JUMP"]))
        XCTAssertTrue(names.contains("END_ASYNC_FOR"))
        XCTAssertTrue(containsRun(names, ["GET_AITER", "CALL", "GET_AWAITABLE"]))
        let comp = try XCTUnwrap(code(c, named: "<listcomp>"))
        XCTAssertEqual(comp.flags, [.optimized, .nested, .coroutine])
        for co in allCodes(c) { XCTAssertNil(stackViolation(co)) }
    }

    func testLoopsAndUnwinding() throws {
        let c = try compile("""
        def f(x):
            for i in x:
                try:
                    if i: break
                    continue
                finally:
                    g()
            while True:
                try:
                    return h()
                except E:
                    return 1
        """)
        let f = try XCTUnwrap(code(c, named: "f"))
        XCTAssertNil(stackViolation(f))
        // `while True` does not test its constant condition
        XCTAssertFalse(hasConst(f, .true))
        let names = opNames(f)
        // break inside try/finally inside for: the finally body runs, then the iterator is popped
        XCTAssertTrue(containsRun(names, ["LOAD_GLOBAL", "CALL", "POP_TOP", "POP_TOP", "JUMP"]))
    }

    // MARK: property test

    static let programs: [String] = [
        "x = 1",
        "a, *b, c = range(10)\n(x, y), z = (1, 2), 3",
        "print(f'{a!r:>{w}} {b} {c:.2f}')",
        "d = {'a': 1, **e, 'b': 2}\ns = {*a, 1}\nl = [*a, *b]\nt = (*a, 1)",
        "f(*a, *b, k=1, **kw)\nf(1, 2, x=3)\no.m(1, k=2)\nf(**kw)",
        "x = a if b else c\ny = a and b or not c",
        "def f(a, b=1, *c, d, e=2, **g):\n    return a + b",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g",
        "class C(B):\n    a: int = 1\n    def m(self):\n        return super().m()",
        "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\nelse:\n    pass",
        "while x:\n    x -= 1\n    if y: break\nelse:\n    z()",
        "try:\n    a()\nexcept (A, B) as e:\n    b(e)\nexcept C:\n    pass\nexcept:\n    raise\nelse:\n    c()\nfinally:\n    d()",
        "def f():\n    try:\n        return g()\n    finally:\n        h()",
        "def f():\n    for x in y:\n        try:\n            continue\n        finally:\n            return 1",
        "with a as (b, c), d:\n    e()",
        "def f():\n    with a:\n        for i in x:\n            with b:\n                if i: return i\n                break",
        "import a.b.c\nimport a.b.c as d\nfrom ..m import x as y, z\nfrom m import *\nfrom . import q",
        "x[1:2] = y\ndel x[::2]\nx.a += 1\nx[i] *= 2\ndel a, b.c, d[e]",
        "assert x, 'msg'\nassert y\nraise E from F",
        "def g():\n    x = yield 1\n    y = yield from h()\n    return x + y",
        "async def f():\n    async with a as b:\n        await b\n    async for i in x:\n        yield i",
        "async def f():\n    return [i async for i in x if await i] + [await j for j in y]",
        "def f():\n    return {k: v for k, v in x}, {i for i in y}, (j for j in z for k in j if k)",
        "lambda x, *y, z=1, **w: (x, y, z, w)",
        "x = [y for y in [f(a)] for z in y]",
        "if (n := len(a)) > 10:\n    print(n)",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n    except F as e:\n        del e\n    return 0",
        "def f():\n    while True:\n        try:\n            with a:\n                break\n        finally:\n            continue",
        "def f(a):\n    def g():\n        return a\n    a = 2\n    return g",
        "x = -5 + -(-3) - -2.5 + 2**100 + -9223372036854775808",
        "class A:\n    class B:\n        def m(self):\n            return __class__\n    def n(self):\n        return [super() for _ in x]",
        "global_var = 1\ndef f():\n    global global_var\n    global_var += 1\n    del global_var",
        "def f():\n    try:\n        try:\n            a()\n        finally:\n            b()\n    except E:\n        try:\n            c()\n        except F as f:\n            return f\n        finally:\n            return 2",

        // Match statements: every pattern kind, OR patterns reordering captures, guards.
        "def f(v):\n    match v:\n        case 1 | -2 | 3+4j | 'x' | None | a.b:\n            return 0\n        case [x, *_, y] | (y, x):\n            return x\n        case [p, *rest] if rest:\n            return rest\n        case {'k': k, **kw}:\n            return kw\n        case C(1, z, w=[q, _]) as c:\n            return c\n        case _:\n            return None",
        "match x:\n    case (a, (1 as b) | (2 as b)) | [b, a]:\n        pass\n    case {1: {2: [*_, t]}}:\n        pass\n    case str() | bytes():\n        pass\n    case y if y:\n        pass",
    ]

    func testStackDepthPropertyAcrossPrograms() throws {
        XCTAssertGreaterThanOrEqual(CompilerTests.programs.count, 30)
        for src in CompilerTests.programs {
            let c = try compile(src)
            for co in allCodes(c) {
                XCTAssertNil(stackViolation(co), "program:\n\(src)")
                XCTAssertGreaterThan(co.stackSize, 0)
            }
        }
    }

    // MARK: hand-built ASTs

    func testHandBuiltAST() throws {
        let l = SourceLoc(line: 1, col: 0, endLine: 1, endCol: 9)
        func name(_ n: String, _ c: Int) -> Expr { Expr(.name(n), SourceLoc(line: 1, col: c, endLine: 1, endCol: c + 1)) }
        let sum = Expr(.binOp(name("a", 4), .add, name("b", 8)), SourceLoc(line: 1, col: 4, endLine: 1, endCol: 9))
        let m = Module(body: [Stmt(.assign(targets: [name("x", 0)], value: sum), l)])
        let c = try compileModule(m, source: "x = a + b", filename: "<hand>", mode: .file)
        XCTAssertEqual(opNames(c), ["LOAD_NAME", "LOAD_NAME", "BINARY_OP", "STORE_NAME", "LOAD_CONST", "RETURN_VALUE"])
        XCTAssertEqual(c.names, ["a", "b", "x"])
        XCTAssertEqual(c.locations[2].col, 4)
        XCTAssertEqual(c.locations[2].endCol, 9)
        XCTAssertEqual(c.stackSize, 2)

        // eval mode: an expression and RETURN_VALUE
        let e = Module(body: [Stmt(.expr(sum), sum.loc)])
        let ce = try compileModule(e, source: "a + b", filename: "<hand>", mode: .eval)
        XCTAssertEqual(opNames(ce), ["LOAD_NAME", "LOAD_NAME", "BINARY_OP", "RETURN_VALUE"])

        // interactive mode echoes expression statements
        let ci = try compileModule(e, source: "a + b", filename: "<hand>", mode: .interactive)
        XCTAssertTrue(opNames(ci).contains("PRINT_EXPR"))

        // a hand-built `return` at module level is rejected with a position
        let r = Module(body: [Stmt(.return(nil), SourceLoc(line: 1, col: 0, endLine: 1, endCol: 6))])
        XCTAssertThrowsError(try compileModule(r, source: "return", filename: "<hand>", mode: .file)) { err in
            let e = err as? SyntaxErrorInfo
            XCTAssertEqual(e?.message, "'return' outside function")
            XCTAssertEqual(e?.line, 1)
            XCTAssertEqual(e?.column, 1)
            XCTAssertEqual(e?.text, "return")
        }
    }

    func testDeepNestingFailsCleanly() throws {
        let l = SourceLoc(line: 1, col: 0, endLine: 1, endCol: 1)
        var e = Expr(.name("a"), l)
        for _ in 0..<5000 { e = Expr(.list([e]), l) }
        let m = Module(body: [Stmt(.expr(e), l)])
        XCTAssertThrowsError(try compileModule(m, source: "", filename: "<deep>", mode: .file))
        // long left-nested chains and elif chains are compiled iteratively
        var sum = Expr(.name("a"), l)
        for _ in 0..<3000 { sum = Expr(.binOp(sum, .add, Expr(.name("a"), l)), l) }
        let c = try compileModule(Module(body: [Stmt(.expr(sum), l)]), source: "", filename: "<deep>", mode: .file)
        XCTAssertEqual(c.stackSize, 2)
    }

    // MARK: constants

    func testConstantFolding() throws {
        let c = try compile("a = -5\nb = -9223372036854775808\nc = 99999999999999999999\nd = -99999999999999999999\ne = (1, -2.5, 'x', None)\nf = -(-3)")
        XCTAssertTrue(hasConst(c, .int(-5)))
        XCTAssertTrue(hasConst(c, .int(Int.min)))
        XCTAssertTrue(hasConst(c, .bigInt("99999999999999999999")))
        XCTAssertTrue(hasConst(c, .bigInt("-99999999999999999999")))
        XCTAssertTrue(hasConst(c, .tuple([.int(1), .float(-2.5), .str("x"), .none])))
        XCTAssertTrue(hasConst(c, .int(3)))
        XCTAssertFalse(opNames(c).contains("UNARY_NEGATIVE"))
        XCTAssertFalse(opNames(c).contains("BUILD_TUPLE"))
    }

    func testImports() throws {
        let c = try compile("import a.b.c as d\nfrom ..m import x as y, z")
        XCTAssertEqual(opNames(c), ["LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "ROT_TWO", "POP_TOP",
                                    "IMPORT_FROM", "ROT_TWO", "POP_TOP", "STORE_NAME",
                                    "LOAD_CONST", "LOAD_CONST", "IMPORT_NAME", "IMPORT_FROM", "STORE_NAME",
                                    "IMPORT_FROM", "STORE_NAME", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"])
        XCTAssertTrue(c.names.contains("a.b.c"))
        XCTAssertTrue(c.names.contains("m"))
        XCTAssertTrue(hasConst(c, .tuple([.str("x"), .str("z")])))
        XCTAssertTrue(hasConst(c, .int(2)))
    }

    func testCallShapes() throws {
        XCTAssertEqual(opNames(try compile("f(a, *b, c, **d)")),
                       ["LOAD_NAME", "LOAD_NAME", "BUILD_LIST", "LOAD_NAME", "LIST_EXTEND", "LOAD_NAME", "LIST_APPEND",
                        "LIST_TO_TUPLE", "BUILD_MAP", "LOAD_NAME", "DICT_MERGE", "CALL_EX", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"])
        XCTAssertEqual(opNames(try compile("f(a, k=b)")),
                       ["LOAD_NAME", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "CALL_KW", "POP_TOP", "LOAD_CONST", "RETURN_VALUE"])
        XCTAssertEqual(opNames(try compile("o.m(a, k=b)")),
                       ["LOAD_NAME", "LOAD_METHOD", "LOAD_NAME", "LOAD_NAME", "LOAD_CONST", "CALL_METHOD_KW", "POP_TOP",
                        "LOAD_CONST", "RETURN_VALUE"])
        XCTAssertEqual(opNames(try compile("f(**k)")),
                       ["LOAD_NAME", "BUILD_TUPLE", "BUILD_MAP", "LOAD_NAME", "DICT_MERGE", "CALL_EX", "POP_TOP",
                        "LOAD_CONST", "RETURN_VALUE"])
    }

    func testFStrings() throws {
        let c = try compile("x = f'a{b!r}{c:>{w}}'\ny = f''\nz = f'{b}'")
        let names = opNames(c)
        XCTAssertTrue(containsRun(names, ["LOAD_CONST", "LOAD_NAME", "FORMAT_VALUE", "LOAD_NAME", "LOAD_CONST", "LOAD_NAME",
                                          "FORMAT_VALUE", "BUILD_STRING", "FORMAT_VALUE", "BUILD_STRING", "STORE_NAME"]))
        XCTAssertTrue(containsRun(names, ["LOAD_CONST", "STORE_NAME", "LOAD_NAME", "FORMAT_VALUE", "STORE_NAME"]))
        let fv = c.instructions.filter { Instr.op($0) == .formatValue }.map { Instr.arg($0) }
        XCTAssertEqual(fv, [2, 0, 4, 0])
    }

    func testDocstringsAndAnnotations() throws {
        let c = try compile("\"module doc\"\nx: int = 1\ny: str")
        XCTAssertEqual(c.docstring, "module doc")
        XCTAssertEqual(Array(opNames(c).prefix(3)), ["LOAD_CONST", "STORE_NAME", "SETUP_ANNOTATIONS"])
        XCTAssertTrue(c.names.contains("__annotations__"))
        let f = try XCTUnwrap(code(try compile("def f():\n    x: undefined_name = 1\n    return x"), named: "f"))
        XCTAssertFalse(f.names.contains("undefined_name"))
    }

    // MARK: SyntaxErrors

    func testCompileTimeSyntaxErrors() throws {
        let cases: [(String, String, Int, Int)] = [
            ("return 1", "'return' outside function", 1, 1),
            ("class C:\n  return 1", "'return' outside function", 2, 3),
            ("yield 1", "'yield' outside function", 1, 1),
            ("await x", "'await' outside function", 1, 1),
            ("def f():\n  await x", "'await' outside async function", 2, 3),
            ("break", "'break' outside loop", 1, 1),
            ("for x in y:\n  def f():\n    break", "'break' outside loop", 3, 5),
            ("continue", "'continue' not properly in loop", 1, 1),
            ("nonlocal x", "nonlocal declaration not allowed at module level", 1, 1),
            ("def f():\n  nonlocal x", "no binding for nonlocal 'x' found", 2, 3),
            ("def f(x):\n  global x", "name 'x' is parameter and global", 2, 3),
            ("def f(x):\n  nonlocal x", "name 'x' is parameter and nonlocal", 2, 3),
            ("def f():\n  x\n  global x", "name 'x' is used prior to global declaration", 3, 3),
            ("def f():\n  x = 1\n  global x", "name 'x' is assigned to before global declaration", 3, 3),
            ("def f(x, x): pass", "duplicate argument 'x' in function definition", 1, 10),
            ("[(yield 1) for x in y]", "'yield' inside list comprehension", 1, 3),
            ("{(yield 1) for x in y}", "'yield' inside set comprehension", 1, 3),
            ("{1: (yield 1) for x in y}", "'yield' inside dict comprehension", 1, 6),
            ("((yield 1) for x in y)", "'yield' inside generator expression", 1, 3),
            ("async def f():\n  yield 1\n  return 2", "'return' with value in async generator", 3, 3),
            ("def f():\n  [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 3),
            ("def f():\n  async for x in y: pass", "'async for' outside async function", 2, 3),
            ("def f():\n  async with x: pass", "'async with' outside async function", 2, 3),
            ("async def f():\n  yield from x", "'yield from' inside async function", 2, 3),
            ("def f():\n  from m import *", "import * only allowed at module level", 2, 17),
            ("f(a=1, a=2)", "keyword argument repeated: a", 1, 8),
            ("def f():\n  global x\n  nonlocal x", "name 'x' is nonlocal and global", 2, 3),
            ("[i := 0 for i in range(3)]", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2),
            ("__debug__ = 1", "cannot assign to __debug__", 1, 1),
            ("x = 1\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file", 2, 1),
        ]
        for (src, msg, line, col) in cases {
            let e = syntaxError(src)
            XCTAssertEqual(e?.message, msg, src)
            XCTAssertEqual(e?.line, line, src)
            XCTAssertEqual(e?.column, col, src)
            XCTAssertEqual(e?.kind, .syntaxError, src)
            if let e = e {
                let lines = src.split(separator: "\n", omittingEmptySubsequences: false)
                XCTAssertEqual(e.text, String(lines[e.line - 1]), src)
            }
        }
        // end column on the same line
        XCTAssertEqual(syntaxError("break")?.endColumn, 6)
        // 20 statically nested blocks
        var deep = ""
        for i in 0..<21 { deep += String(repeating: " ", count: i) + "for x in y:\n" }
        deep += String(repeating: " ", count: 21) + "pass\n"
        XCTAssertEqual(syntaxError(deep)?.message, "too many statically nested blocks")
        XCTAssertNil(syntaxError(deep.split(separator: "\n").dropFirst().map { String($0.dropFirst()) }.joined(separator: "\n")))
    }

    // MARK: disassembler

    func testDisassemblerOutput() throws {
        let add = disassemble(try compile("a + b"))
        XCTAssertTrue(add.contains("LOAD_NAME                0 (a)"))
        XCTAssertTrue(add.contains("LOAD_NAME                1 (b)"))
        XCTAssertTrue(add.contains("BINARY_OP                0 (+)"))
        XCTAssertTrue(add.contains("LOAD_CONST               0 (None)"))
        XCTAssertTrue(add.hasPrefix("  1 "))

        let call = disassemble(try compile("f(1, 'x')"))
        XCTAssertTrue(call.contains("LOAD_CONST               0 (1)"))
        XCTAssertTrue(call.contains("LOAD_CONST               1 ('x')"))
        XCTAssertTrue(call.contains("CALL                     2"))

        let method = disassemble(try compile("o.m(x)"))
        XCTAssertTrue(method.contains("LOAD_METHOD              1 (m)"))
        XCTAssertTrue(method.contains("CALL_METHOD              1"))

        let loop = disassemble(try compile("def f(xs):\n    for x in xs:\n        g(x)\n"))
        XCTAssertTrue(loop.contains("Disassembly of <code object f at line 1>:"))
        XCTAssertTrue(loop.contains("LOAD_FAST                0 (xs)"))
        XCTAssertTrue(loop.contains("GET_ITER"))
        XCTAssertTrue(loop.contains(">>"))
        XCTAssertTrue(loop.contains("FOR_ITER"))
        XCTAssertTrue(loop.contains("(to "))
        XCTAssertTrue(loop.contains("STORE_FAST               1 (x)"))
        XCTAssertTrue(loop.contains("  3 "))

        let match = disassemble(try compile("match s:\n    case [a, *_, b] | C(b, a):\n        pass\n    case {'k': a, **r}:\n        pass\n"))
        for op in ["MATCH_SEQUENCE", "GET_LEN", "MATCH_CLASS              2", "MATCH_MAPPING", "MATCH_KEYS",
                   "COPY_DICT_WITHOUT_KEYS", "ROT_N                    2"] {
            XCTAssertTrue(match.contains(op), op)
        }

        let exc = disassemble(try compile("try:\n    a()\nexcept E:\n    pass\n"))
        XCTAssertTrue(exc.contains("ExceptionTable:"))
        XCTAssertTrue(exc.contains(" -> "))

        XCTAssertEqual(pythonFloatRepr(1e16), "1e+16")
        XCTAssertEqual(pythonFloatRepr(1e15), "1000000000000000.0")
        XCTAssertEqual(pythonFloatRepr(0.0001), "0.0001")
        XCTAssertEqual(pythonFloatRepr(1e-05), "1e-05")
        XCTAssertEqual(pythonFloatRepr(2.5), "2.5")
        XCTAssertEqual(pythonStrRepr("it's"), "\"it's\"")
        XCTAssertEqual(pythonStrRepr("a\nb"), "'a\\nb'")
        XCTAssertEqual(constantRepr(.tuple([.int(1)])), "(1,)")
        XCTAssertEqual(constantRepr(.bytes([104, 0])), "b'h\\x00'")
    }
}
