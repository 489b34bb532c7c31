import Foundation
import SDKGenCore
import SDKGenIO
import Testing

/// Compares generated output with committed files, byte for byte.
///
/// Re-record the fixtures with `RECORD_GOLDENS=1 swift test`; refresh `Generated/` with `swift run sdkgen`.
@Suite struct GoldenTests {
    static let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    /// Differences between files in memory and a folder: changed, missing and extra paths.
    static func differences(_ files: [OutputFile], in folder: URL) throws -> [String] {
        let comparison = try compareOutput(files, to: folder)
        let differing = Set(comparison.written)
        var problems: [String] = []
        for file in files where differing.contains(file.path) {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) else {
                problems.append("missing: \(file.path)")
                continue
            }
            problems.append("differs: \(file.path)\n" + firstDifference(String(decoding: data, as: UTF8.self), file.contents))
        }
        if comparison.manifestChanged { problems.append("differs: \(OutputManifest.fileName)") }
        return problems + comparison.removed.map { "stale: \($0)" }
    }

    static func firstDifference(_ old: String, _ new: String) -> String {
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(oldLines.count, newLines.count) {
            let a = index < oldLines.count ? String(oldLines[index]) : "<end>"
            let b = index < newLines.count ? String(newLines[index]) : "<end>"
            if a != b { return "  line \(index + 1):\n  - \(a)\n  + \(b)" }
        }
        return ""
    }

    static let fixtureModules = ["petstore": "Golden", "hostile": "Hostile"]

    @Test(arguments: ["petstore", "hostile"])
    func fixtureMatchesGolden(name: String) throws {
        let folder = Repo.fixtures.appendingPathComponent(name)
        let spec = try Data(contentsOf: folder.appendingPathComponent("openapi.yaml"))
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        options.moduleName = Self.fixtureModules[name]!
        // The runtime tests compare decoded models with `==`; `Generated/` shows the default.
        options.configuration.hashable = true
        let files = try #require(generate(spec: [UInt8](spec), specName: "openapi.yaml", templates: try Repo.templateSet(), options: options, diagnostics: sink))
        #expect(sink.diagnostics.filter { $0.severity == .error }.isEmpty, "\(sink.diagnostics)")
        // No spec text reaches the output as an invisible or control character.
        for file in files {
            #expect(!file.contents.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }, "\(file.path)")
            if file.path.hasSuffix(".md") { #expect(!file.contents.contains("<script>") && !file.contents.contains("<b>"), "\(file.path)") }
        }
        let expected = folder.appendingPathComponent("Expected")
        if Self.record {
            _ = try writeOutput(files, to: expected)
            return
        }
        let problems = try Self.differences(files, in: expected)
        #expect(problems.isEmpty, "golden files for '\(name)' are out of date; re-record with `RECORD_GOLDENS=1 swift test` and review the diff:\n\(problems.joined(separator: "\n"))")
    }

    /// As `swift run sdkgen` makes it, from `Sources/KalshiAPI/sdkgen.yaml`.
    @Test func generatedFolderIsFresh() throws {
        let spec = try Data(contentsOf: Repo.root.appendingPathComponent("spec/kalshi.yaml"))
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        let config = try Data(contentsOf: Repo.root.appendingPathComponent("Sources/KalshiAPI/sdkgen.yaml"))
        options.configuration = try #require(parseConfiguration([UInt8](config), file: "sdkgen.yaml", diagnostics: sink))
        options.moduleName = try #require(options.configuration.module)
        let files = try #require(generate(spec: [UInt8](spec), specName: "spec/kalshi.yaml", templates: try Repo.templateSet(), options: options, diagnostics: sink))
        let problems = try Self.differences(files, in: Repo.root.appendingPathComponent("Generated"))
        #expect(problems.isEmpty, "Generated/ is not what spec/kalshi.yaml and Templates/ produce now; run `swift run sdkgen` and commit the result:\n\(problems.prefix(10).joined(separator: "\n"))")
    }

    @Test func outputIsDeterministic() throws {
        let spec = try String(contentsOf: Repo.fixtures.appendingPathComponent("petstore/openapi.yaml"), encoding: .utf8)
        let first = try run(spec).files
        let second = try run(spec).files
        #expect(first != nil && first == second)
        // No absolute paths leak into output.
        for file in first ?? [] { #expect(!file.contents.contains(Repo.root.path)) }
    }

    @Test func kalshiAPIKeysDocsCarryTheSeedPagesFacts() throws {
        let page = try String(contentsOf: Repo.root.appendingPathComponent("Generated/docs/ApiKeysApi.md"), encoding: .utf8)
        for fact in [
            "[**createApiKey**](ApiKeysApi.md#createapikey) | **POST** /api_keys | Create API Key",
            "[**deleteApiKey**](ApiKeysApi.md#deleteapikey) | **DELETE** /api_keys/{api_key} | Delete API Key",
            "[**generateApiKey**](ApiKeysApi.md#generateapikey) | **POST** /api_keys/generate | Generate API Key",
            "[**getApiKeys**](ApiKeysApi.md#getapikeys) | **GET** /api_keys | Get API Keys",
            "public func createApiKey(_ body: CreateApiKeyRequest) async throws -> CreateApiKeyResponse",
            "public func deleteApiKey(apiKey: String) async throws",
            "**apiKey** | **String** | API key ID to delete | path `api_key`; required",
            "**fcmSubtraderID** | **String** |",
            "Void (empty response body)",
            "[**GetApiKeysResponse**](Models/GetApiKeysResponse.md)",
            "- **Content-Type**: application/json",
            "- **Content-Type**: Not defined",
            "- **Accept**: application/json",
            "**201** | API key created successfully | -",
            "**204** | API key successfully deleted | -",
            "**409** | Conflict - the bound FCM subtrader is not yet visible in the credential registry; retry after the subtrader create propagates | -",
            "**404** | API key not found | -",
            "[kalshiAccessKey](README.md#kalshiaccesskey), [kalshiAccessSignature](README.md#kalshiaccesssignature), [kalshiAccessTimestamp](README.md#kalshiaccesstimestamp)",
        ] {
            #expect(page.contains(fact), "ApiKeysApi.md lacks: \(fact)")
        }
    }
}
