// Reclamation checks that need the interpreter's internals: objects the cycle collector
// tracks must not pile up when scripts create and drop code, namespaces and frames.

import XCTest
@testable import Coil

final class MemoryTests: XCTestCase {

    /// Runs `source` as a `__main__` module in a fresh interpreter; returns the number of
    /// container objects still tracked after a final collection.
    func trackedAfterRunning(_ source: String) throws -> Int {
        let interp = Interpreter()
        let code = try interp.compileSource(source, filename: "<test>", mode: .file)
        _ = try interp.runCode(code, globals: interp.makeMainModule(file: nil))
        interp.collectGarbage()
        return interp.heap.objects.count
    }

    /// Runs `program(n)` for a small and a large `n`: the objects still tracked afterwards
    /// must not grow with `n`.
    func assertBounded(_ what: String, _ program: (Int) -> String, file: StaticString = #filePath, line: UInt = #line) throws {
        let few = try trackedAfterRunning(program(100))
        let many = try trackedAfterRunning(program(4000))
        XCTAssertLessThan(many - few, 500, "\(what) leaked: \(few) vs \(many) tracked objects", file: file, line: line)
    }

    /// Frames kept in a code object's pool reference its code and globals; `exec` of a fresh
    /// function in a fresh namespace must not keep every namespace alive through that cycle.
    func testExecNamespacesWithCalledFunctionsAreFreed() throws {
        try assertBounded("exec namespaces") { n in
            """
            for i in range(\(n)):
                exec("def f(x):\\n    return x + 1\\nf(1)\\n", {})
            """
        }
    }

    /// Closures made in a loop (one code object, many functions) are freed with their frames.
    func testClosuresCalledInALoopAreFreed() throws {
        try assertBounded("closures") { n in
            """
            def make(k):
                def add(x):
                    return x + k
                return add
            for i in range(\(n)):
                make(i)(i)
            """
        }
    }
}
