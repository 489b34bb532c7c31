import Foundation
import Testing

/// The plugins' shared logic (`SDKGenConfig.swift`, linked into this target): the build step a
/// package target and an Xcode project target get, and what `generate-sdk` does and prints.
/// SwiftPM and Xcode only wrap these values in `Command`s, so the two hosts cannot drift.
@Suite(.timeLimit(.minutes(3))) struct PluginStepTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}
        components:
          schemas:
            Pet: {type: object, properties: {name: {type: string}}}
        """

    /// A target folder with `sdkgen.yaml` and the spec, and a plugin work folder beside it.
    func target(config: String) throws -> (folder: URL, work: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-plugin-\(UUID().uuidString)").resolvingSymlinksInPath()
        let folder = root.appendingPathComponent("Sources/PetClient")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.spec.write(to: folder.appendingPathComponent("openapi.yaml"), atomically: true, encoding: .utf8)
        try config.write(to: folder.appendingPathComponent("sdkgen.yaml"), atomically: true, encoding: .utf8)
        try "// mine\n".write(to: folder.appendingPathComponent("PetClient.swift"), atomically: true, encoding: .utf8)
        return (folder, root.appendingPathComponent("work"))
    }

    func tool() throws -> URL {
        try #require(CommandLineTests.executable, "build sdkgen first: swift build --product sdkgen")
    }

    @Test func aPackageTargetAndAnXcodeTargetGetTheSameBuildStep() throws {
        let (folder, work) = try target(config: "spec: openapi.yaml\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        // SwiftPM: the configuration sits in the target's folder.
        let package = try SDKGenBuildStep.make(configFile: SDKGenConfig.file(in: folder), targetName: "PetClient", tool: try tool(), workDirectory: work)
        // Xcode: it is one of the target's files.
        let files = ["PetClient.swift", "openapi.yaml", "sdkgen.yaml", "Assets.xcassets"].map { folder.appendingPathComponent($0) }
        let configFile = try #require(try SDKGenConfig.file(among: files, target: "PetApp"))
        let xcode = try SDKGenBuildStep.make(configFile: configFile, targetName: "PetClient", tool: try tool(), workDirectory: work)
        #expect(xcode == package)

        let config = folder.appendingPathComponent("sdkgen.yaml").path
        #expect(package.displayName == "Generating the PetClient SDK from sdkgen.yaml")
        #expect(package.arguments == [
            "generate", "--config", config, "--output", work.appendingPathComponent("Generated").path, "--module", "PetClient",
            "--no-docs", "--quiet", "--no-cache", "--fixed-layout", "--declared-inputs", work.appendingPathComponent("declared-inputs.txt").path,
        ])
        #expect(package.inputFiles.map(\.path) == [folder.appendingPathComponent("openapi.yaml").path, config])
        #expect(package.outputFiles.map(\.lastPathComponent) == SDKGenConfig.swiftFiles)
        #expect(try String(contentsOf: work.appendingPathComponent("declared-inputs.txt"), encoding: .utf8) == package.inputFiles.map(\.path).joined(separator: "\n"))
    }

    @Test func anXcodeTargetHasAtMostOneConfiguration() throws {
        let files = ["A/sdkgen.yaml", "B/sdkgen.yaml", "main.swift"].map { URL(fileURLWithPath: "/project/" + $0) }
        #expect(throws: PluginError.self) { try SDKGenConfig.file(among: files, target: "App") }
        do {
            _ = try SDKGenConfig.file(among: files, target: "App")
        } catch {
            #expect("\(error)" == "App: error: the target has 2 files named sdkgen.yaml (/project/A/sdkgen.yaml, /project/B/sdkgen.yaml); keep one")
        }
        #expect(try SDKGenConfig.file(among: [URL(fileURLWithPath: "/project/main.swift")], target: "App") == nil)
    }

    @Test func generateSDKSaysWhatToAddWhenThereIsNoOutput() throws {
        let (folder, work) = try target(config: "spec: openapi.yaml\n")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let line = try SDKGenCommand.run(configFile: SDKGenConfig.file(in: folder), targetName: "PetClient", tool: try tool(), workDirectory: work)
        #expect(line == "PetClient: skipped: \(folder.path)/sdkgen.yaml has no 'output:'. The build plugin generates this target at build time; for a reviewable copy in the source tree, add a line such as 'output: ../../Generated/PetClient' (relative to sdkgen.yaml)")
        #expect(SDKGenCommand.nothingToDo == "generate-sdk: no target has an sdkgen.yaml (add one beside the target's sources, with 'spec:' and 'output:')")
    }

    @Test func generateSDKWritesTheReviewableCopyWithoutEmptyFiles() throws {
        let (folder, work) = try target(config: "spec: openapi.yaml\noutput: ../../Generated/PetClient\n")
        let root = folder.deletingLastPathComponent().deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: root) }
        let line = try SDKGenCommand.run(configFile: SDKGenConfig.file(in: folder), targetName: "PetClient", tool: try tool(), workDirectory: work)
        let output = root.appendingPathComponent("Generated/PetClient")
        let written = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".swift") }.sorted()
        // The client, and the one models and one operations shard that Pet and listPets hash to.
        #expect(written.count == 3, "\(written)")
        #expect(written.first == "00-Client.swift")
        for file in written {
            #expect(try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").count > 1, "\(file) is only a header")
        }
        // Three Swift files and three docs pages (the index, the tag's, Pet's).
        #expect(line.hasPrefix("PetClient: \(output.path): 6 written, 0 unchanged, 0 removed ("), "\(line)")
    }
}
