import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk`: regenerates, for every
/// target with an `sdkgen.yaml` that names an `output:` folder, the SDK and its docs in the source
/// tree, so a spec change shows up as a reviewable diff. sdkgen touches only the files it wrote
/// there (see `.sdkgen-manifest`), so the folder may hold the user's own files.
@main
struct GenerateSDK: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let selected = Set(extractor.extractOption(named: "target"))
        let tool = try context.tool(named: "sdkgen").url
        var ran = 0
        for target in context.package.targets {
            guard let target = target as? SourceModuleTarget,
                  selected.isEmpty || selected.contains(target.name),
                  FileManager.default.fileExists(atPath: SDKGenConfig.file(in: target.directoryURL).path) else { continue }
            let config = try SDKGenConfig.read(targetDirectory: target.directoryURL, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
            guard config.output != nil else {
                print("\(target.name): skipped (sdkgen.yaml has no 'output:'; the build plugin generates it at build time)")
                continue
            }
            let process = Process()
            process.executableURL = tool
            process.arguments = ["generate", "--config", SDKGenConfig.file(in: target.directoryURL).path, "--module", config.module ?? target.name]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PluginError("\(target.name): sdkgen failed with exit code \(process.terminationStatus); see the messages above")
            }
            let summary = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            print("\(target.name): \(summary.replacingOccurrences(of: "sdkgen: ", with: ""))")
            ran += 1
        }
        if ran == 0 { print("generate-sdk: no target has an sdkgen.yaml with an 'output:' folder") }
    }
}
