// Shared with the GenerateSDK command plugin through a symbolic link: plugins cannot share a library.
import Foundation
import PackagePlugin

/// A target's `sdkgen.yaml` as sdkgen itself reads it, and every file a run reads.
///
/// The plugins never parse the configuration: they ask `sdkgen inputs --config ... --json`, so
/// the one reader in SDKGenCore decides (block lists, flow lists, quoting, errors at line:column)
/// and the inputs include the files `$ref`s reach.
struct SDKGenConfig: Decodable {
    /// Must match `OutputLayout.swiftFiles` in SDKGenCore (a test checks they agree).
    static let swiftFiles = ["00-Client.swift"] + (0..<16).flatMap { shard in
        let number = shard < 10 ? "0\(shard)" : "\(shard)"
        return ["\(number)-Models.swift", "\(number)-Operations.swift"]
    }

    /// The configuration, the specs, the files their `$ref`s reach and override templates.
    var inputs: [String]
    /// Folders of override templates: declared too, so a template added to one regenerates.
    var templateFolders: [String]
    /// Where `generate-sdk` writes the reviewable copy; nil when the configuration has no `output:`.
    var output: String?
    var module: String?
    /// `server: true`: the SDK has `00-Server.swift` too (`ServerFileContext.file` in SDKGenCore).
    var server: Bool?

    /// The Swift files a run of this configuration writes.
    var outputFiles: [String] {
        Self.swiftFiles + (server == true ? ["00-Server.swift"] : [])
    }

    static func file(in targetDirectory: URL) -> URL {
        targetDirectory.appendingPathComponent("sdkgen.yaml")
    }

    /// Runs `sdkgen inputs` on the target's `sdkgen.yaml`; its messages go to a file in `workDirectory`.
    /// - Throws: `PluginError` with sdkgen's messages when the configuration cannot be read.
    static func read(targetDirectory: URL, tool: URL, workDirectory: URL) throws -> SDKGenConfig {
        let file = Self.file(in: targetDirectory)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw PluginError("\(file.path): error: SDKGenPlugin needs an sdkgen.yaml in the target's folder with at least 'spec: path/to/openapi.yaml'")
        }
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        let messages = workDirectory.appendingPathComponent("sdkgen-inputs.log")
        _ = FileManager.default.createFile(atPath: messages.path, contents: nil)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["inputs", "--config", file.path, "--json"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: messages)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // A spec with errors still lists what it read; the build step reports the errors in place.
        if let config = try? JSONDecoder().decode(SDKGenConfig.self, from: data) { return config }
        let text = ((try? String(contentsOf: messages, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        throw PluginError(text.isEmpty ? "\(file.path): error: `sdkgen inputs` failed with exit code \(process.terminationStatus)" : text)
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
