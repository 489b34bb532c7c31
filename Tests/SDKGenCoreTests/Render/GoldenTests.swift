import Foundation
import SDKGenCore
import SDKGenIO
import Testing

/// One golden case: a spec in `Tests/Fixtures/<folder>` and its output in `Expected/`, with the
/// warnings generating it must give (any other warning fails the test).
struct GoldenFixture: CustomTestStringConvertible, Sendable {
    var folder: String
    var module: String
    /// The spec's file in the folder.
    var spec = "openapi.yaml"
    var hashable = false
    var docs = true
    /// Also write the DocC catalog (`docc: true`), `Expected/<module>.docc`: the module is the
    /// golden target's, so DocC builds it there.
    var docc = false
    /// Also generate the server side (`--server`).
    var server = false
    /// 1 for small fixtures: one models and one operations file, which read as one.
    var shards = OutputLayout.modelShards
    /// A folder of override templates inside the fixture's folder.
    var templates: String?
    var warnings: [String] = []
    var testDescription: String { folder }

    static let all: [GoldenFixture] = [
        // The runtime tests compare decoded models with `==`, so these two are Hashable.
        GoldenFixture(folder: "petstore", module: "GoldenPetstore", hashable: true, docc: true, server: true, warnings: [
            "openapi.yaml:211:7: warning: enum case 'unknown' would be named 'unknown', which is taken; it is named 'unknown2' instead (at '#/components/schemas/PetStatus')",
        ]),
        GoldenFixture(folder: "hostile", module: "GoldenHostile", hashable: true, warnings: [
            #"openapi.yaml:32:11: warning: header parameter name 'Bad Header"Name' is not a valid HTTP token; the parameter is skipped (at '#/paths/~1weird~1{item-id}~1a*b(c)d'e/post/parameters/3')"#,
        ]),
        GoldenFixture(folder: "override", module: "GoldenOverride", docs: false, shards: 1, templates: "Templates"),
        // The README's walkthrough: OAI's petstore as the module `PetClient` (its program compiles against it).
        GoldenFixture(folder: "readme", module: "PetClient", shards: 1),
        GoldenFixture(folder: "features/enums", module: "GoldenFeatureEnums", shards: 1),
        GoldenFixture(folder: "features/unions", module: "GoldenFeatureUnions", shards: 1),
        GoldenFixture(folder: "features/parameters", module: "GoldenFeatureParameters", shards: 1),
        GoldenFixture(folder: "features/bodies", module: "GoldenFeatureBodies", shards: 1),
        GoldenFixture(folder: "features/responses", module: "GoldenFeatureResponses", shards: 1),
        GoldenFixture(folder: "features/security", module: "GoldenFeatureSecurity", shards: 1),
        GoldenFixture(folder: "features/defaults", module: "GoldenFeatureDefaults", shards: 1),
        GoldenFixture(folder: "features/objects", module: "GoldenFeatureObjects", hashable: true, shards: 1),
        GoldenFixture(folder: "features/streaming", module: "GoldenFeatureStreaming", hashable: true, docc: true, shards: 1),
        GoldenFixture(folder: "features/overrides", module: "GoldenFeatureOverrides", shards: 1),
        GoldenFixture(folder: "features/idempotency", module: "GoldenFeatureIdempotency", shards: 1),
        // AsyncAPI 3.1: Kraken's and Gemini's examples (Kalshi's WebSocket API: Generated/Realtime).
        GoldenFixture(folder: "asyncapi/kraken", module: "GoldenAsyncKraken", spec: "asyncapi.yaml", shards: 1),
        GoldenFixture(folder: "asyncapi/gemini", module: "GoldenAsyncGemini", spec: "asyncapi.yaml", shards: 1),
        GoldenFixture(folder: "features/pagination", module: "GoldenFeaturePagination", hashable: true, docc: true, shards: 1, warnings: [
            "sdkgen.yaml:8:3: warning: 'pagination' names 'listTag', which is no operation's operationId; did you mean 'listTags'?",
            "sdkgen.yaml:7:3: warning: 'pagination.listTags': the operation has no query parameter 'offset' (name the one it has with 'parameter:'); 'listTags' gets no listTagsPages",
        ]),
    ]
}

/// Compares generated output with committed files, byte for byte.
///
/// Re-record the fixtures with `RECORD_GOLDENS=1 swift test`; refresh `Generated/` with `swift run sdkgen`.
@Suite struct GoldenTests {
    static let record = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    /// Differences between files in memory and a folder, as unified diffs, and missing and stale files.
    static func differences(_ files: [OutputFile], in folder: URL) throws -> [String] {
        let comparison = try compareOutput(files, to: folder)
        let differing = Set(comparison.written)
        var problems: [String] = []
        for file in files where differing.contains(file.path) {
            guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.path).path) else {
                problems.append("missing: \(file.path)")
                continue
            }
            problems.append(unifiedDiff(String(decoding: data, as: UTF8.self), file.contents, oldName: "a/\(file.path)", newName: "b/\(file.path)"))
        }
        if comparison.manifestChanged { problems.append("differs: \(OutputManifest.fileName)") }
        return problems + comparison.removed.map { "stale: \($0)" }
    }

    /// The files a fixture generates, and every diagnostic.
    static func output(of fixture: GoldenFixture) throws -> (files: [OutputFile]?, diagnostics: [String]) {
        let folder = Repo.fixtures.appendingPathComponent(fixture.folder)
        let spec = try Data(contentsOf: folder.appendingPathComponent(fixture.spec))
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        options.moduleName = fixture.module
        options.configuration.hashable = fixture.hashable
        options.docs = fixture.docs
        options.configuration.server = fixture.server
        options.configuration.docc = fixture.docc
        options.shards = fixture.shards
        // A fixture's sdkgen.yaml gives its pagination, naming, type overrides and idempotency (the
        // other settings are the table's).
        let config = folder.appendingPathComponent("sdkgen.yaml")
        if let bytes = FileManager.default.contents(atPath: config.path),
           let parsed = parseConfiguration([UInt8](bytes), file: "sdkgen.yaml", diagnostics: sink) {
            options.configuration.pagination = parsed.pagination
            options.configuration.naming = parsed.naming
            options.configuration.typeOverrides = parsed.typeOverrides
            options.configuration.idempotency = parsed.idempotency
            options.configuration.locations = parsed.locations
        }
        let overrides = try fixture.templates.map { try loadTemplates(from: folder.appendingPathComponent($0)) } ?? [:]
        let files = SDKGenCore.generate(spec: [UInt8](spec), specName: fixture.spec, templates: try TemplateSet(overriding: overrides), options: options, diagnostics: sink)
        return (files, sink.diagnostics.map(\.description))
    }

    @Test(arguments: GoldenFixture.all)
    func fixtureMatchesGolden(_ fixture: GoldenFixture) throws {
        let (generated, diagnostics) = try Self.output(of: fixture)
        #expect(diagnostics == fixture.warnings, "unexpected diagnostics for '\(fixture.folder)'")
        let files = try #require(generated)
        // No spec text reaches the output as an invisible or control character.
        for file in files {
            #expect(!file.contents.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }, "\(file.path)")
            if file.path.hasSuffix(".md") { #expect(!file.contents.contains("<script>") && !file.contents.contains("<b>"), "\(file.path)") }
        }
        let expected = Repo.fixtures.appendingPathComponent(fixture.folder).appendingPathComponent("Expected")
        if Self.record {
            _ = try writeOutput(files, to: expected)
            return
        }
        let problems = try Self.differences(files, in: expected)
        #expect(problems.isEmpty, "golden files for '\(fixture.folder)' are out of date; re-record with `RECORD_GOLDENS=1 swift test` and review the diff:\n\(problems.joined(separator: "\n"))")
    }

    /// The override example of Templates/README.md is the fixture's template, word for word.
    @Test func theReadmesOverrideExampleIsTheOneTested() throws {
        let readme = try String(contentsOf: Repo.templates.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```mustache\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let template = try String(contentsOf: Repo.fixtures.appendingPathComponent("override/Templates/DecodeBody.mustache"), encoding: .utf8)
        #expect(String(readme[start.upperBound..<end.lowerBound]) == template + "\n")
        let operations = try #require(try Self.output(of: GoldenFixture.all.first { $0.folder == "override" }!).files?.first { $0.path == "00-Operations.swift" })
        #expect(operations.contents.contains("            return try MyCoding.decoder.decode(Event.self, from: await client.collectData(from: responseBody))\n"))
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
        // `docc: KalshiAPI.docc`: the catalog goes to the target's folder, the rest to Generated/.
        #expect(options.configuration.doccFolder == "KalshiAPI.docc")
        let catalog = DocCCatalog.folder(module: options.moduleName) + "/"
        let problems = try Self.differences(files.filter { !$0.path.hasPrefix(catalog) }, in: Repo.root.appendingPathComponent("Generated"))
            + Self.differences(files.filter { $0.path.hasPrefix(catalog) }.map { OutputFile(path: String($0.path.dropFirst(catalog.count)), contents: $0.contents) },
                               in: Repo.root.appendingPathComponent("Sources/KalshiAPI/KalshiAPI.docc"))
        #expect(problems.isEmpty, "Generated/ or Sources/KalshiAPI/KalshiAPI.docc is not what spec/kalshi.yaml and Templates/ produce now; run `swift run sdkgen` and commit the result:\n\(problems.prefix(10).joined(separator: "\n"))")
    }

    /// As `sdkgen generate --config Sources/KalshiRealtime/sdkgen.yaml` makes it.
    @Test func realtimeFolderIsFresh() throws {
        let spec = try Data(contentsOf: Repo.root.appendingPathComponent("spec/kalshi-asyncapi.yaml"))
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        let config = try Data(contentsOf: Repo.root.appendingPathComponent("Sources/KalshiRealtime/sdkgen.yaml"))
        options.configuration = try #require(parseConfiguration([UInt8](config), file: "sdkgen.yaml", diagnostics: sink))
        options.moduleName = try #require(options.configuration.module)
        let files = try #require(generate(spec: [UInt8](spec), specName: "spec/kalshi-asyncapi.yaml", templates: try Repo.templateSet(), options: options, diagnostics: sink))
        #expect(sink.diagnostics.isEmpty, "\(sink.diagnostics)")
        let problems = try Self.differences(files, in: Repo.root.appendingPathComponent("Generated/Realtime"))
        #expect(problems.isEmpty, "Generated/Realtime is not what spec/kalshi-asyncapi.yaml and Templates/ produce now; run `swift run sdkgen generate --config Sources/KalshiRealtime/sdkgen.yaml` and commit the result:\n\(problems.prefix(10).joined(separator: "\n"))")
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
