// Golden-file conformance: every program under conformance/<suite>/ and examples/seeds/ runs
// under the `coil` binary and must print exactly what python3 printed (X.out), exit with the
// same status (X.exit, default 0) and, when it failed, end stderr with the same line (X.err).
// Programs listed in conformance/KNOWN_FAILURES are reported but not failed; each line there
// names a program and why it does not pass yet.

import Foundation
import XCTest

final class ConformanceTests: XCTestCase {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Outcome {
        let name: String
        let passed: Bool
        let detail: String
    }

    static func coilBinary() -> String? {
        if let env = ProcessInfo.processInfo.environment["COIL_BIN"] { return env }
        for config in ["debug", "release"] {
            let p = repoRoot.appendingPathComponent(".build/\(config)/coil").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func knownFailures() -> [String: String] {
        let url = repoRoot.appendingPathComponent("Tests/CoilTests/conformance/KNOWN_FAILURES")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            out[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return out
    }

    /// Runs one program with a timeout; returns (stdout, stderr, status).
    static func run(_ binary: String, _ script: URL, timeout: TimeInterval = 60) -> (String, String, Int32, Bool) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = [script.lastPathComponent]
        p.currentDirectoryURL = script.deletingLastPathComponent()
        var env = ProcessInfo.processInfo.environment
        env["PYTHONHASHSEED"] = "0"
        p.environment = env
        let outPipe = Pipe(), errPipe = Pipe()
        p.standardOutput = outPipe
        p.standardError = errPipe
        p.standardInput = FileHandle.nullDevice
        var outData = Data(), errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { outData = outPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = errPipe.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        do { try p.run() } catch { return ("", "could not start: \(error)", -1, false) }
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline { p.terminate(); timedOut = true; break }
            usleep(2000)
        }
        p.waitUntilExit()
        group.wait()
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self), p.terminationStatus, timedOut)
    }

    static func check(_ binary: String, _ script: URL) -> Outcome {
        let base = script.deletingPathExtension()
        let name = base.path.replacingOccurrences(of: repoRoot.path + "/", with: "")
        guard let expected = try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8) else {
            return Outcome(name: name, passed: false, detail: "missing .out")
        }
        let expectedExit = (try? String(contentsOf: base.appendingPathExtension("exit"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let expectedErr = (try? String(contentsOf: base.appendingPathExtension("err"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let (out, err, status, timedOut) = run(binary, script)
        if timedOut { return Outcome(name: name, passed: false, detail: "timed out") }
        var problems: [String] = []
        if out != expected {
            let o = out.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            var i = 0
            while i < min(o.count, e.count) && o[i] == e[i] { i += 1 }
            let got = i < o.count ? String(o[i]) : "<end of output>"
            let want = i < e.count ? String(e[i]) : "<end of output>"
            problems.append("stdout differs at line \(i + 1): got \(got.debugDescription), want \(want.debugDescription)")
        }
        if status != expectedExit { problems.append("exit status \(status), want \(expectedExit)") }
        if let want = expectedErr {
            let last = err.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
            if last != want { problems.append("last stderr line \(last.debugDescription), want \(want.debugDescription)") }
        } else if status != 0 || (expectedExit == 0 && err.contains("Traceback")) {
            let tail = err.split(separator: "\n").suffix(3).joined(separator: " | ")
            if !tail.isEmpty { problems.append("stderr: \(tail)") }
        }
        return Outcome(name: name, passed: problems.isEmpty, detail: problems.joined(separator: "; "))
    }

    /// Programs with a golden .out directly in `dir` (subdirectories are separate suites or
    /// helper packages).
    static func programs(in dir: URL) -> [URL] {
        guard let items = try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil) else { return [] }
        var out: [URL] = []
        for u in items where u.pathExtension == "py" {
            let base = u.deletingPathExtension()
            if FileManager.default.fileExists(atPath: base.appendingPathExtension("out").path) { out.append(u) }
        }
        return out.sorted { $0.path < $1.path }
    }

    func runSuite(_ dirs: [String]) throws {
        guard let binary = Self.coilBinary() else {
            XCTFail("coil binary not found: run `swift build` first (or set COIL_BIN)")
            return
        }
        let scripts = dirs.flatMap { Self.programs(in: Self.repoRoot.appendingPathComponent($0)) }
        XCTAssertFalse(scripts.isEmpty, "no programs found in \(dirs)")
        var outcomes = [Outcome?](repeating: nil, count: scripts.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: scripts.count) { i in
            let o = Self.check(binary, scripts[i])
            lock.lock(); outcomes[i] = o; lock.unlock()
        }
        let known = Self.knownFailures()
        var passed = 0, failed = 0, expectedFailures = 0
        for case let o? in outcomes {
            if o.passed {
                passed += 1
                if known[o.name] != nil { print("note: \(o.name) passes now; remove it from KNOWN_FAILURES") }
            } else if let why = known[o.name] {
                expectedFailures += 1
                print("known failure: \(o.name) (\(why)): \(o.detail)")
            } else {
                failed += 1
                XCTFail("\(o.name): \(o.detail)")
            }
        }
        print("conformance \(dirs.joined(separator: ",")): \(passed) passed, \(failed) failed, \(expectedFailures) known failures")
    }

    func testCoreLanguage() throws { try runSuite(["Tests/CoilTests/conformance/core"]) }
    func testCoroutines() throws { try runSuite(["Tests/CoilTests/conformance/coro"]) }
    func testSeedExamples() throws { try runSuite(["examples/seeds"]) }
}
