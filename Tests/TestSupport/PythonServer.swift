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

    public init(script: URL) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard !line.isEmpty else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "the test server \(script.lastPathComponent) did not start; is python3 with the 'cryptography' package installed? (python3 -m pip install cryptography)"])
        }
        startupLine = line
    }

    /// The first line as a port number, for scripts that print only their port.
    public var port: Int? { Int(String(decoding: startupLine, as: UTF8.self)) }

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
