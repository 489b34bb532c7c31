// What both plugins do for a target, whoever hosts them (SwiftPM for a package, Xcode for a project
// target). Shared with the GenerateSDK command plugin and with SDKGenCoreTests through symbolic
// links (plugins cannot share a library), so it imports Foundation only, never PackagePlugin.
import Foundation

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

    /// The configuration's file name, in a package target's folder or among a project target's files.
    static let fileName = "sdkgen.yaml"

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
        targetDirectory.appendingPathComponent(fileName)
    }

    /// The `sdkgen.yaml` among a target's files (Xcode lists a project target's files, not a folder).
    /// - Throws: `PluginError` when the target has more than one.
    static func file(among files: [URL], target: String) throws -> URL? {
        let found = files.filter { $0.lastPathComponent == fileName }.sorted { $0.path < $1.path }
        guard found.count <= 1 else {
            throw PluginError("\(target): error: the target has \(found.count) files named \(fileName) (\(found.map(\.path).joined(separator: ", "))); keep one")
        }
        return found.first
    }

    /// Runs `sdkgen inputs` on `file`; its messages go to a file in `workDirectory`.
    /// - Throws: `PluginError` with sdkgen's messages when the configuration cannot be read.
    static func read(file: URL, tool: URL, workDirectory: URL) throws -> SDKGenConfig {
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw PluginError("\(file.path): error: SDKGenPlugin needs an \(fileName) in the target with at least 'spec: path/to/openapi.yaml'")
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

/// The build step of one target: what `SDKGenPlugin` hands SwiftPM or Xcode as a build command.
/// The outputs are a fixed set (see `OutputLayout` in SDKGenCore): both hosts cache the plugin's
/// answer with the build plan, so a set that depended on the spec's content would drop files
/// added later.
struct SDKGenBuildStep: Equatable {
    var displayName: String
    var arguments: [String]
    var inputFiles: [URL]
    var outputFiles: [URL]

    /// - Parameters:
    ///   - configFile: The target's `sdkgen.yaml`.
    ///   - targetName: The target's name, the module's name unless `sdkgen.yaml` says `module:`.
    ///   - workDirectory: The plugin's work folder for this target; the code goes to `Generated/` in it.
    static func make(configFile: URL, targetName: String, tool: URL, workDirectory: URL) throws -> SDKGenBuildStep {
        let config = try SDKGenConfig.read(file: configFile, tool: tool, workDirectory: workDirectory)
        let output = workDirectory.appendingPathComponent("Generated")
        // sdkgen warns when a run reads a file that is not in this list (a file a `$ref` reaches
        // since the host planned the build), as edits to it would not regenerate until the next plan.
        let declared = workDirectory.appendingPathComponent("declared-inputs.txt")
        try Data(config.inputs.joined(separator: "\n").utf8).write(to: declared)
        return SDKGenBuildStep(
            displayName: "Generating the \(targetName) SDK from \(configFile.lastPathComponent)",
            arguments: [
                "generate", "--config", configFile.path, "--output", output.path, "--module", config.module ?? targetName,
                "--no-docs", "--quiet", "--no-cache", "--fixed-layout", "--declared-inputs", declared.path,
            ],
            inputFiles: (config.inputs + config.templateFolders).map { URL(fileURLWithPath: $0) },
            outputFiles: config.outputFiles.map { output.appendingPathComponent($0) }
        )
    }
}

/// What `generate-sdk` does for one target: regenerate the reviewable copy in its `output:` folder.
enum SDKGenCommand {
    /// Runs `sdkgen generate` for the target whose configuration is `configFile` and returns the
    /// line to print (`PetClient: 34 files written, ...`), or why the target was skipped.
    static func run(configFile: URL, targetName: String, tool: URL, workDirectory: URL) throws -> String {
        let config = try SDKGenConfig.read(file: configFile, tool: tool, workDirectory: workDirectory)
        guard config.output != nil else {
            return "\(targetName): skipped: \(configFile.path) has no 'output:'. The build plugin generates this target at build time; "
                + "for a reviewable copy in the source tree, add a line such as 'output: ../../Generated/\(targetName)' (relative to \(SDKGenConfig.fileName))"
        }
        let process = Process()
        process.executableURL = tool
        process.arguments = ["generate", "--config", configFile.path, "--module", config.module ?? targetName]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PluginError("\(targetName): sdkgen failed with exit code \(process.terminationStatus); see the messages above")
        }
        let summary = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return "\(targetName): \(summary.replacingOccurrences(of: "sdkgen: ", with: ""))"
    }

    /// The line printed when no target was generated.
    static let nothingToDo = "generate-sdk: no target has an \(SDKGenConfig.fileName) (add one beside the target's sources, with 'spec:' and 'output:')"
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
