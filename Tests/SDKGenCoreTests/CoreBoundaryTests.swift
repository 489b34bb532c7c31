import Foundation
import Testing

/// SDKGenCore computes in memory; only SDKGenIO and the command line touch the file system.
@Suite struct CoreBoundaryTests {
    @Test func theCoreHasNoFileSystemCode() throws {
        let folder = Repo.root.appendingPathComponent("Sources/SDKGenCore")
        let forbidden = ["import Foundation", "import Glibc", "import Darwin", "import Musl", "FileManager", "fopen(", "opendir(", "contentsOfFile", "String(contentsOf", "Data(contentsOf", "getenv(", "ProcessInfo"]
        var found: [String] = []
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] where path.hasSuffix(".swift") && path != "Render/BuiltInTemplates.swift" {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                for word in forbidden where code.contains(word) { found.append("\(path):\(number + 1): \(word)") }
            }
        }
        #expect(found.isEmpty, "file-system code belongs in SDKGenIO:\n\(found.joined(separator: "\n"))")
    }
}
