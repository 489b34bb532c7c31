import Foundation

/// A test server written in Python, started on 127.0.0.1 for one test and stopped when released.
///
/// The script prints one line when it listens (its port, or JSON with it) and serves until its
/// standard input closes, so a crashed test never leaves it running.
public final class PythonServer {
    let process = Process()
    let input = Pipe()
    /// The first line the script printed.
    public let startupLine: Data

    /// Starts the script and waits for its first line, at most `seconds`: a script that never
    /// prints it is killed and throws, instead of blocking the test run (a Swift Testing time
    /// limit cannot end a thread waiting in a read). SIGKILL, not SIGTERM: a process started from
    /// a test thread inherits that thread's blocked signals (libdispatch's workers block them), so
    /// a SIGTERM may never arrive.
    public init(script: URL, seconds: Double = 60) throws {
        let output = Pipe()
        process.executableURL = Self.interpreter
        process.arguments = [script.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let process = self.process
        let stop = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: stop)
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        stop.cancel()
        guard !line.isEmpty else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test server \(script.lastPathComponent) did not start within \(Int(seconds)) s; is python3 with the 'cryptography' package installed? (python3 -m pip install cryptography)"])
        }
        startupLine = line
    }

    /// The interpreter `python3` names, itself: a version manager's `python3` on the `PATH` may be a
    /// shell script that starts Python as its child, which stopping the script would leave running.
    static let interpreter: URL = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let output = Pipe()
        probe.standardOutput = output
        guard (try? probe.run()) != nil else { return URL(fileURLWithPath: "/usr/bin/python3") }
        let path = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        probe.waitUntilExit()
        return URL(fileURLWithPath: path.isEmpty ? "/usr/bin/python3" : path)
    }()

    /// The first line as a port number, for scripts that print only their port.
    public var port: Int? { Int(String(decoding: startupLine, as: UTF8.self)) }

    deinit {
        try? input.fileHandleForWriting.close()
        // A script that does not stop when its input closes is stopped.
        let process = self.process
        let stop = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 10, execute: stop)
        process.waitUntilExit()
        stop.cancel()
    }
}
