import Foundation
import PackagePlugin

/// Generates a target's SDK sources at build time from the spec its `sdkgen.yaml` names.
///
/// The output files are a fixed set (see `OutputLayout` in SDKGenCore): SwiftPM caches the
/// plugin's answer with the build plan, so a set that depended on the spec's content would drop
/// files added later. A schema or tag added to the spec lands in one of these files instead.
@main
struct SDKGenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let config = try SDKGenConfig(targetDirectory: target.directoryURL, package: context.package)
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let outputs = SDKGenConfig.swiftFiles.map { output.appending(path: $0) }
        let arguments = [
            "generate", "--config", config.file.path, "--output", output.path,
            "--module", config.module ?? target.name, "--no-docs", "--quiet", "--no-cache",
        ]
        return [
            .buildCommand(
                displayName: "Generating the \(target.name) SDK from \(config.specs.map(\.lastPathComponent).joined(separator: ", "))",
                executable: try context.tool(named: "sdkgen").url,
                arguments: arguments,
                inputFiles: [config.file] + config.specs + config.templateFiles,
                outputFiles: outputs
            )
        ]
    }
}
