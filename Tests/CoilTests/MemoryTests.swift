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

    /// Frames kept in a code object's pool reference its code and globals; `exec` of a fresh
    /// function in a fresh namespace must not keep every namespace alive through that cycle.
    func testExecNamespacesWithCalledFunctionsAreFreed() throws {
        let few = try trackedAfterRunning("""
            for i in range(200):
                exec("def f(x):\\n    return x + 1\\nf(1)\\n", {})
            """)
        let many = try trackedAfterRunning("""
            for i in range(4000):
                exec("def f(x):\\n    return x + 1\\nf(1)\\n", {})
            """)
        XCTAssertLessThan(many - few, 500, "exec namespaces leaked: \(few) vs \(many) tracked objects")
    }

    /// Closures made in a loop (one code object, many functions) are freed with their frames.
    func testClosuresCalledInALoopAreFreed() throws {
        let few = try trackedAfterRunning("""
            def make(k):
                def add(x):
                    return x + k
                return add
            for i in range(100):
                make(i)(i)
            """)
        let many = try trackedAfterRunning("""
            def make(k):
                def add(x):
                    return x + k
                return add
            for i in range(5000):
                make(i)(i)
            """)
        XCTAssertLessThan(many - few, 500, "closures leaked: \(few) vs \(many) tracked objects")
    }
}
