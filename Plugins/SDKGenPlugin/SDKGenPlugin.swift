import Foundation
import PackagePlugin

/// Generates a target's SDK sources at build time from the spec its `sdkgen.yaml` names.
///
/// The output files are a fixed set (see `OutputLayout` in SDKGenCore): SwiftPM caches the
/// plugin's answer with the build plan, so a set that depended on the spec's content would drop
/// files added later. A schema or tag added to the spec lands in one of these files instead.
/// The inputs are every file a run reads, as `sdkgen inputs` lists them when SwiftPM plans the
/// build: the configuration, the specs, the files their `$ref`s reach and override templates.
@main
struct SDKGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let tool = try context.tool(named: "sdkgen").url
        let config = try SDKGenConfig.read(targetDirectory: target.directoryURL, tool: tool, workDirectory: context.pluginWorkDirectoryURL)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Generated")
        // sdkgen warns when a run reads a file that is not in this list (a file a `$ref` reaches
        // since SwiftPM planned the build), as edits to it would not regenerate until the next plan.
        let declared = context.pluginWorkDirectoryURL.appendingPathComponent("declared-inputs.txt")
        try Data(config.inputs.joined(separator: "\n").utf8).write(to: declared)
        let arguments = [
            "generate", "--config", SDKGenConfig.file(in: target.directoryURL).path, "--output", output.path,
            "--module", config.module ?? target.name, "--no-docs", "--quiet", "--no-cache", "--declared-inputs", declared.path,
        ]
        return [
            .buildCommand(
                displayName: "Generating the \(target.name) SDK from \(SDKGenConfig.file(in: target.directoryURL).lastPathComponent)",
                executable: tool,
                arguments: arguments,
                inputFiles: (config.inputs + config.templateFolders).map { URL(fileURLWithPath: $0) },
                outputFiles: config.outputFiles.map { output.appendingPathComponent($0) }
            )
        ]
    }
}
