import Foundation
import Testing

/// Every example in the generated docs (the Kalshi SDK's and the goldens'), and every whole program
/// in the README, compiles: each is extracted into a function of `Tests/DocExamples/<SDK>.swift`,
/// which the `DocExamples` target compiles against the SDK's module. A docs change that no longer
/// matches those files fails here; re-record with `RECORD_GOLDENS=1 swift test`, then the build
/// compiles them.
@Suite struct DocExamplesTests {
    /// One SDK whose docs' examples are compiled: the file's name, the module the examples import and
    /// the docs folder.
    struct Source: Sendable, CustomTestStringConvertible {
        var name: String
        var module: String
        var docs: String
        var testDescription: String { name }
    }

    static let sources: [Source] = [Source(name: "Kalshi", module: "KalshiAPI", docs: "Generated/docs"),
                                    Source(name: "KalshiRealtime", module: "KalshiRealtime", docs: "Generated/Realtime/docs")]
        + GoldenFixture.all.filter(\.docs).map { Source(name: $0.module, module: $0.module, docs: "Tests/Fixtures/\($0.folder)/Expected/docs") }

    static let folder = Repo.root.appendingPathComponent("Tests/DocExamples")
    static let imports = ["Foundation", "OpenAPIURLSession"]

    /// A function for each `### Example` of each page: the example's code, then the other Swift
    /// blocks of the same operation (pages, streams), which use its `client`.
    static func functions(inPage page: String, name: String, module: String) throws -> [(name: String, body: [String], deprecated: Bool)] {
        var functions: [(String, [String], Bool)] = []
        for section in page.components(separatedBy: "\n# **").dropFirst() {
            let operation = String(section.prefix { $0 != "*" })
            guard let example = section.components(separatedBy: "\n### Example\n").dropFirst().first else { continue }
            let code = example.components(separatedBy: "\n### Parameters\n")[0]
            var body: [String] = []
            for block in code.components(separatedBy: "```swift\n").dropFirst() {
                let lines = block.components(separatedBy: "\n```")[0].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for line in lines {
                    if line.hasPrefix("import ") {
                        let imported = String(line.dropFirst("import ".count))
                        #expect(imported == module || imports.contains(imported), "\(name): an example imports \(imported)")
                    } else if !(line.isEmpty && body.isEmpty) {
                        body.append(line)
                    }
                }
            }
            // A deprecated operation's example is deprecated too: calling it warns nowhere else.
            let deprecated = section.components(separatedBy: "\n### Example\n")[0].contains("\n**Deprecated.**\n")
            functions.append((SwiftIdentifier.make(name.replacingOccurrences(of: ".md", with: "") + "_" + operation), body, deprecated))
        }
        return functions
    }

    /// The text of `Tests/DocExamples/<name>.swift` for these functions.
    static func file(_ name: String, module: String, from: String, functions: [(name: String, body: [String], deprecated: Bool)]) -> String {
        var text = "// Every example of \(from), extracted by DocExamplesTests and compiled by the DocExamples target.\n"
        text += "// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.\n"
        text += (["Foundation", module, "OpenAPIURLSession"].map { "import \($0)\n" }).joined()
        text += "\nenum \(name)Examples {\n"
        for (index, function) in functions.enumerated() {
            if index > 0 { text += "\n" }
            if function.deprecated { text += "    @available(*, deprecated)\n" }
            text += "    static func \(function.name)() async throws {\n"
            for line in function.body { text += line.isEmpty ? "\n" : "        \(line)\n" }
            text += "    }\n"
        }
        return text + "}\n"
    }

    static func compare(_ expected: String, with fileName: String) throws {
        let path = folder.appendingPathComponent(fileName)
        if GoldenTests.record {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if (try? String(contentsOf: path, encoding: .utf8)) != expected { try expected.write(to: path, atomically: true, encoding: .utf8) }
            return
        }
        let committed = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        #expect(committed == expected, "Tests/DocExamples/\(fileName) is not the docs' examples; re-record with `RECORD_GOLDENS=1 swift test`:\n\(unifiedDiff(committed, expected, oldName: "a/\(fileName)", newName: "b/\(fileName)"))")
    }

    @Test(arguments: sources)
    func everyDocsExampleIsCompiled(_ source: Source) throws {
        let docs = Repo.root.appendingPathComponent(source.docs)
        var functions: [(name: String, body: [String], deprecated: Bool)] = []
        // Operation pages (`<Tag>Api.md`) and an AsyncAPI SDK's channel pages (`<Channel>Channel.md`).
        let pages = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix("Api.md") || $0.hasSuffix("Channel.md") }.sorted()
        for page in pages {
            functions += try Self.functions(inPage: String(contentsOf: docs.appendingPathComponent(page), encoding: .utf8), name: page, module: source.module)
        }
        // A spec of models only has no operation pages, and no examples.
        guard !pages.isEmpty else {
            #expect(!FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(source.name + ".swift").path))
            return
        }
        // An operation's example calls it; a message's decodes it.
        #expect(functions.allSatisfy { $0.body.contains { $0.contains("try await client.") || $0.contains("try JSONCoding.decoder().decode(") } })
        try Self.compare(Self.file(source.name, module: source.module, from: source.docs, functions: functions), with: source.name + ".swift")
    }

    /// The README's programs (Swift blocks that start with `// Sources/<Target>/main.swift`), each
    /// as a function in the file of the module it imports.
    @Test func everyReadmeProgramIsCompiled() throws {
        let readme = try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
        var programs: [String: [(name: String, body: [String], deprecated: Bool)]] = [:]
        for block in readme.components(separatedBy: "```swift\n").dropFirst() {
            let lines = block.components(separatedBy: "\n```")[0].split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let first = lines.first, first.hasPrefix("// Sources/"), first.contains("/main.swift") else { continue }
            let target = String(first.dropFirst("// Sources/".count).prefix { $0 != "/" })
            let imported = lines.filter { $0.hasPrefix("import ") }.map { String($0.dropFirst("import ".count)) }
            let modules = imported.filter { !Self.imports.contains($0) }
            #expect(modules.count == 1, "README program \(target) imports \(imported); one SDK module, Foundation and OpenAPIURLSession are what the test compiles with")
            let body = lines.dropFirst().filter { !$0.hasPrefix("import ") }.drop { $0.isEmpty }
            programs[modules.first ?? "", default: []].append((SwiftIdentifier.make("program_" + target), Array(body), false))
        }
        #expect(programs.values.map(\.count).reduce(0, +) >= 2, "\(programs.keys)")
        for (module, functions) in programs.sorted(by: { $0.key < $1.key }) {
            try Self.compare(Self.file("Readme" + module, module: module, from: "README.md", functions: functions), with: "Readme\(module).swift")
        }
        // Each module the README's programs use is compiled by the DocExamples target.
        let manifest = try String(contentsOf: Repo.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        for module in programs.keys { #expect(manifest.contains("docExampleModules") && manifest.contains("\"\(module)\""), "\(module)") }
    }
}

/// A Swift identifier made from any text: letters and digits kept, the rest `_`.
enum SwiftIdentifier {
    static func make(_ text: String) -> String {
        let kept = String(text.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        return kept.first?.isNumber == true ? "_" + kept : kept
    }
}
