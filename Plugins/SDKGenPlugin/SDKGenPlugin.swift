import Foundation
import PackagePlugin

/// Generates a target's SDK sources at build time from the spec its `sdkgen.yaml` names, in a
/// package target (SwiftPM) or an Xcode project target. Both hosts get the same step from
/// `SDKGenBuildStep` (SDKGenConfig.swift): a fixed set of output files, and as inputs every file a
/// run reads, as `sdkgen inputs` lists them when the host plans the build (the configuration, the
/// specs, the files their `$ref`s reach and override templates).
@main
struct SDKGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "sdkgen").url
        let step = try SDKGenBuildStep.make(configFile: SDKGenConfig.file(in: target.directoryURL), targetName: target.name, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
        return [step.command(tool: tool)]
    }
}

extension SDKGenBuildStep {
    func command(tool: URL) -> Command {
        .buildCommand(displayName: displayName, executable: tool, arguments: arguments, inputFiles: inputFiles, outputFiles: outputFiles)
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

/// In an Xcode project: the target's `sdkgen.yaml` is one of its files (add it and the spec to the
/// target), and the step is the one a package target gets.
extension SDKGenPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        guard let configFile = try SDKGenConfig.file(among: target.inputFiles.map(\.url), target: target.displayName) else {
            throw PluginError("\(target.displayName): error: SDKGenPlugin needs an \(SDKGenConfig.fileName) among the target's files, with at least 'spec: path/to/openapi.yaml'")
        }
        let tool = try context.tool(named: "sdkgen").url
        let step = try SDKGenBuildStep.make(configFile: configFile, targetName: target.displayName, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
        return [step.command(tool: tool)]
    }
}
#endif
