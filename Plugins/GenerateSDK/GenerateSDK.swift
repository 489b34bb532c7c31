import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk` (or, in Xcode, the project's
/// context menu): regenerates, for every target with an `sdkgen.yaml` that names an `output:`
/// folder, the SDK and its docs in the source tree, so a spec change shows up as a reviewable
/// diff. sdkgen touches only the files it wrote there (see `.sdkgen-manifest`), so the folder may
/// hold the user's own files. Both hosts run `SDKGenCommand` (SDKGenConfig.swift) per target.
@main
struct GenerateSDK: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "sdkgen").url
        let targets = context.package.targets.compactMap { $0 as? SourceModuleTarget }.map { target in
            (name: target.name, configFile: Optional(SDKGenConfig.file(in: target.directoryURL)))
        }
        try Self.generate(targets, arguments: arguments, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
    }

    /// Runs every selected target (`--target NAME`, repeatable; all by default) that has a configuration.
    static func generate(_ targets: [(name: String, configFile: URL?)], arguments: [String], tool: URL, workDirectory: URL) throws {
        var extractor = ArgumentExtractor(arguments)
        let selected = Set(extractor.extractOption(named: "target"))
        var ran = 0
        for target in targets where selected.isEmpty || selected.contains(target.name) {
            guard let configFile = target.configFile, FileManager.default.fileExists(atPath: configFile.path) else { continue }
            print(try SDKGenCommand.run(configFile: configFile, targetName: target.name, tool: tool, workDirectory: workDirectory.appendingPathComponent(target.name)))
            ran += 1
        }
        if ran == 0 { print(SDKGenCommand.nothingToDo) }
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

/// In an Xcode project: each target's `sdkgen.yaml` is one of its files.
extension GenerateSDK: XcodeCommandPlugin {
    func performCommand(context: XcodePluginContext, arguments: [String]) throws {
        let tool = try context.tool(named: "sdkgen").url
        let targets = try context.xcodeProject.targets.map { target in
            (name: target.displayName, configFile: try SDKGenConfig.file(among: target.inputFiles.map(\.url), target: target.displayName))
        }
        try Self.generate(targets, arguments: arguments, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
    }
}
#endif
