import Foundation
import SDKGenCore
import Testing

/// `--skip-invalid` on Tests/Fixtures/skip-invalid: three independent defects (a missing file, a
/// request body used as a response, a dangling schema reference) and what they reach.
@Suite struct SkipInvalidTests {
    static let folder = Repo.fixtures.appendingPathComponent("skip-invalid")

    func build(skipInvalid: Bool) throws -> (APIModel?, DiagnosticSink) {
        let spec = try Data(contentsOf: Self.folder.appendingPathComponent("openapi.yaml"))
        var options = GenerateOptions()
        options.skipInvalid = skipInvalid
        // The fixture's own folder: `shops.yaml` is looked up there, and is missing.
        options.loader = { path in FileManager.default.contents(atPath: Self.folder.appendingPathComponent(path).path).map { [UInt8]($0) } }
        let sink = DiagnosticSink()
        return (buildModel(spec: [UInt8](spec), specName: "openapi.yaml", options: options, diagnostics: sink), sink)
    }

    @Test func withoutTheFlagTheDefectsAreErrors() throws {
        let (model, sink) = try build(skipInvalid: false)
        #expect(model == nil)
        #expect(sink.diagnostics.map(\.description) == [
            "openapi.yaml:40:23: error: '$ref' to a missing file: cannot read 'shops.yaml' (at '#/paths/~1shops/get/responses/200/content/application~1json/schema')",
        ])
    }

    @Test func eachDefectLeavesOutWhatItReaches() throws {
        let (model, sink) = try build(skipInvalid: true)
        let api = try #require(model, "\(sink.diagnostics)")
        #expect(sink.diagnostics.map(\.description) == [
            "openapi.yaml:40:23: warning: left out operation 'GET /shops' (--skip-invalid): '$ref' to a missing file: cannot read 'shops.yaml' (at '#/paths/~1shops/get/responses/200/content/application~1json/schema')",
            "openapi.yaml:30:23: warning: left out operation 'GET /toys' (--skip-invalid): '$ref' target '#/components/requestBodies/Body' is a request body, not a response: a response has no field 'required' (at '#/paths/~1toys/get/responses/200/$ref')",
            "openapi.yaml:57:21: warning: left out schema 'Owner' (--skip-invalid): '$ref' target '#/components/schemas/Pett' does not exist; did you mean '#/components/schemas/Pet'? (at '#/components/schemas/Owner/properties/pet/$ref')",
            "openapi.yaml:18:7: warning: left out operation 'GET /owners' (--skip-invalid): it refers to schema 'Owner', which is left out (at '#/paths/~1owners/get')",
            "openapi.yaml:59:7: warning: left out schema 'Club' (--skip-invalid): it refers to schema 'Owner', which is left out (at '#/components/schemas/Club')",
        ])
        #expect(sink.skipped.map(\.unit) == ["#/paths/~1shops/get", "#/paths/~1toys/get", "#/components/schemas/Owner", "#/paths/~1owners/get", "#/components/schemas/Club"])
        // Everything the defects do not reach is generated.
        #expect(api.models.map(\.name) == ["Pet"])
        #expect(api.tags.flatMap(\.operations).map(\.swiftName) == ["listPets"])
    }

    /// An error outside of every operation and component still fails the run.
    @Test func anErrorOutsideEveryPartStillFails() {
        var options = GenerateOptions()
        options.skipInvalid = true
        let sink = DiagnosticSink()
        let model = buildModel(spec: Array("openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n".utf8), specName: "spec.yaml", options: options, diagnostics: sink)
        #expect(model == nil)
        #expect(sink.diagnostics.map(\.description) == ["spec.yaml:1:10: error: unsupported OpenAPI version '4.0.0'; sdkgen reads 3.0.x and 3.1.x (at '#/openapi')"])
    }
}
