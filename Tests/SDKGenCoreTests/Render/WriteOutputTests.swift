import Foundation
import SDKGenCore
import SDKGenIO
import Testing

@Suite struct WriteOutputTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-test-\(UUID().uuidString)/Generated")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        return url
    }

    @Test func writesOnlyChangesAndRemovesStaleFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let first = try writeOutput([OutputFile(path: "A.swift", contents: "a\n"), OutputFile(path: "docs/B.md", contents: "b\n")], to: folder)
        #expect(first.written == ["A.swift", "docs/B.md"])
        let aURL = folder.appendingPathComponent("A.swift")
        let before = try FileManager.default.attributesOfItem(atPath: aURL.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)

        let second = try writeOutput([OutputFile(path: "A.swift", contents: "a\n"), OutputFile(path: "C.swift", contents: "c\n")], to: folder)
        #expect(second == WriteSummary(written: ["C.swift"], unchanged: ["A.swift"], removed: ["docs/B.md"], manifestChanged: true))
        let after = try FileManager.default.attributesOfItem(atPath: aURL.path)[.modificationDate] as? Date
        #expect(before == after)
        #expect(listFiles(in: folder) == ["A.swift", "C.swift"])

        let third = try writeOutput([OutputFile(path: "A.swift", contents: "a\n"), OutputFile(path: "C.swift", contents: "c\n")], to: folder)
        #expect(!third.changed)
        // No staging folders are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path) == ["Generated"])
    }

    @Test func buildPluginDeclaresTheSameFilesTheGeneratorWrites() throws {
        let plugin = try String(contentsOf: Repo.root.appendingPathComponent("Plugins/SDKGenPlugin/SDKGenConfig.swift"), encoding: .utf8)
        #expect(OutputLayout.modelShards == OutputLayout.operationShards)
        #expect(plugin.contains("(0..<\(OutputLayout.modelShards)).flatMap"))
        #expect(plugin.contains("[\"\\(number)-Models.swift\", \"\\(number)-Operations.swift\"]"))
        #expect(plugin.contains("static let swiftFiles = [\"\(OutputLayout.clientFile)\"] + (0..<"))
        let files = try #require(try run(String(contentsOf: Repo.fixtures.appendingPathComponent("petstore/openapi.yaml"), encoding: .utf8), docs: false).files)
        #expect(files.map(\.path) == OutputLayout.swiftFiles.sorted())
    }

    /// The driver batches files in name order and gives the file left over to the first batch:
    /// the client must sort first, and models and operations must alternate after it.
    @Test func fileNamesInterleaveModelsAndOperationsAfterTheClient() {
        let files = OutputLayout.swiftFiles
        #expect(files == files.sorted())
        #expect(files.first == "00-Client.swift")
        #expect(Array(files.dropFirst().prefix(4)) == ["00-Models.swift", "00-Operations.swift", "01-Models.swift", "01-Operations.swift"])
        #expect(files.count == 1 + OutputLayout.modelShards + OutputLayout.operationShards)
    }
}
