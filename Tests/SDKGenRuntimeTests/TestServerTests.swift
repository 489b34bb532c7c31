import Foundation
import Testing
import TestSupport

/// The test servers' own guard: a script that never says it listens ends the test with an error
/// instead of blocking the run (the read of its first line used to wait for good).
@Suite(.timeLimit(.minutes(3))) struct TestServerTests {
    @Test func aServerThatNeverStartsThrowsWithinItsLimit() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("silent-\(UUID().uuidString).py")
        try Data("import time\ntime.sleep(600)\n".utf8).write(to: script)
        defer { try? FileManager.default.removeItem(at: script) }
        let started = Date()
        #expect {
            _ = try PythonServer(script: script, seconds: 2)
        } throws: { error in
            "\(error)".contains("the test server \(script.lastPathComponent) did not start within 2 s")
                || (error as NSError).localizedDescription.hasPrefix("the test server \(script.lastPathComponent) did not start within 2 s;")
        }
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
