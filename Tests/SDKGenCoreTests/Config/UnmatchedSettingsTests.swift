import Foundation
import SDKGenCore
import Testing

/// Every setting of `sdkgen.yaml` that names something the spec does not have is a warning at
/// the setting's line and column; one that matches is silent.
@Suite struct UnmatchedSettingsTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        servers:
          - {url: 'https://api.example.com', description: Production}
        paths:
          /pets:
            get:
              tags: [pets]
              operationId: listPets
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
        components:
          schemas:
            Pet:
              type: object
              properties:
                born_at: {type: string, format: date-time}
                status: {type: string, enum: ['on', 'off']}
            Money: {type: string, format: decimal}
        """

    struct Row: CustomTestStringConvertible, Sendable {
        var config: String
        /// The one warning, or nil when the setting matches.
        var warning: String?
        var testDescription: String { config }
    }

    static let rows: [Row] = [
        Row(config: "filter: {include: {tags: [pet]}}", warning: "sdkgen.yaml:1:27: warning: 'filter.include.tags' names 'pet', which no operation has as a tag; did you mean 'pets'?"),
        Row(config: "filter: {include: {tags: [pets]}}", warning: nil),
        Row(config: "filter: {exclude: {tags: [store]}}", warning: "sdkgen.yaml:1:27: warning: 'filter.exclude.tags' names 'store', which no operation has as a tag"),
        Row(config: "filter: {include: {operationIds: [list_pets]}}", warning: "sdkgen.yaml:1:35: warning: 'filter.include.operationIds' names 'list_pets', which is no operation's operationId; did you mean 'listPets'?"),
        Row(config: "filter: {exclude: {operationIds: [listPets]}}", warning: nil),
        Row(config: "filter: {include: {paths: ['/store/*']}}", warning: "sdkgen.yaml:1:28: warning: 'filter.include.paths' names '/store/*', which matches no path"),
        Row(config: "filter: {include: {paths: ['/pe*']}}", warning: nil),
        Row(config: "naming: {operations: {list_pets: allPets}}", warning: "sdkgen.yaml:1:23: warning: 'naming.operations' names 'list_pets', which is no operation's operationId; did you mean 'listPets'?"),
        Row(config: "naming: {operations: {listPets: allPets}}", warning: nil),
        Row(config: "naming: {types: {NewPet: PetDraft}}", warning: "sdkgen.yaml:1:18: warning: 'naming.types' names 'NewPet', which is not a schema in components/schemas"),
        Row(config: "naming: {types: {Pets: Animal}}", warning: "sdkgen.yaml:1:18: warning: 'naming.types' names 'Pets', which is not a schema in components/schemas; did you mean 'Pet'?"),
        Row(config: "naming: {types: {Pet: Animal}}", warning: nil),
        Row(config: "naming: {properties: {Pet.bornAt: birthday}}", warning: "sdkgen.yaml:1:23: warning: 'naming.properties' names 'Pet.bornAt', which matches no property (the key is the Swift type's name, a dot and the property's name in the spec)"),
        Row(config: "naming: {properties: {Pet.born_at: birthday}}", warning: nil),
        Row(config: "naming: {enumCases: {PetStatus.up: switchedOn}}", warning: "sdkgen.yaml:1:22: warning: 'naming.enumCases' names 'PetStatus.up', which matches no enum value (the key is the Swift type's name, a dot and the value)"),
        Row(config: "naming: {enumCases: {PetStatus.on: switchedOn}}", warning: nil),
        Row(config: "typeOverrides: {schemas: {Monies: Decimal}}", warning: "sdkgen.yaml:1:27: warning: 'typeOverrides.schemas' names 'Monies', which is not a schema in components/schemas; did you mean 'Money'?"),
        Row(config: "typeOverrides: {schemas: {Money: Decimal}}", warning: nil),
        Row(config: "typeOverrides: {formats: {uuid: UUID}}", warning: "sdkgen.yaml:1:27: warning: 'typeOverrides.formats' names format 'uuid', which no schema uses"),
        Row(config: "typeOverrides: {formats: {date-time: String}}", warning: nil),
        Row(config: "servers: [Prod]", warning: "sdkgen.yaml:1:11: warning: 'servers' names 'Prod', which is no server's URL or description (no entry matches, so every server is exposed)"),
        Row(config: "servers: [Production]", warning: nil),
        Row(config: "servers: ['https://api.example.com']", warning: nil),
        Row(config: "pagination: {list_pets: {style: link}}", warning: "sdkgen.yaml:1:14: warning: 'pagination' names 'list_pets', which is no operation's operationId; did you mean 'listPets'?"),
        Row(config: "pagination: {listPets: {style: link}}", warning: nil),
        Row(config: "pagination: {listPets: {style: offset}}", warning: "sdkgen.yaml:1:14: warning: 'pagination.listPets': the operation has no query parameter 'offset' (name the one it has with 'parameter:'); 'listPets' gets no listPetsPages"),
        Row(config: "pagination: {listPets: {style: cursor, next: after}}", warning: "sdkgen.yaml:1:14: warning: 'pagination.listPets': the operation has no query parameter 'cursor' (name the one it has with 'parameter:'); 'listPets' gets no listPetsPages"),
    ]

    @Test(arguments: rows)
    func aSettingThatMatchesNothingIsAWarningAtItsLine(_ row: Row) throws {
        let sink = DiagnosticSink()
        let configuration = try #require(parseConfiguration(Array(row.config.utf8), file: "sdkgen.yaml", diagnostics: sink))
        var options = GenerateOptions()
        options.configuration = configuration
        let model = buildModel(spec: Array(Self.spec.utf8), specName: "spec.yaml", options: options, diagnostics: sink)
        #expect(model != nil)
        #expect(sink.diagnostics.map(\.description) == (row.warning.map { [$0] } ?? []))
    }

    /// The README's sample configuration on a spec it was not written for: every entry that does
    /// not apply says so, in file order (it used to give an SDK without warnings but for servers).
    @Test func theReadmeSampleOnAnotherSpecNamesEachEntry() throws {
        let readme = try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "# Sources/PetClient/sdkgen.yaml (paths relative to this file)"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let sample = String(readme[start.lowerBound..<end.lowerBound])
        let sink = DiagnosticSink()
        let configuration = try #require(parseConfiguration(Array(sample.utf8), file: "sdkgen.yaml", diagnostics: sink))
        var options = GenerateOptions()
        options.configuration = configuration
        let other = Self.spec.replacingOccurrences(of: "tags: [pets]", with: "tags: [animals]")
        _ = buildModel(spec: Array(other.utf8), specName: "spec.yaml", options: options, diagnostics: sink)
        let messages = sink.diagnostics.map { "\($0.location.map { "\($0.line)" } ?? "-"): \($0.message.prefix(while: { $0 != "," }))" }
        #expect(messages == [
            "13: 'filter.include.tags' names 'pets'",
            "14: 'filter.exclude.operationIds' names 'deletePet'",
            "16: 'naming.operations' names 'list_pets'",
            "17: 'naming.types' names 'NewPet'",
            "20: 'naming.servers' names 'https://api.example.com/v1'",
            "22: 'typeOverrides.schemas' names 'Price'",
            "23: 'typeOverrides.formats' names format 'uuid'",
            "30: 'idempotency.fields' names 'client_order_id'",
            "31: 'idempotency.except' names 'amendOrder'",
        ])
    }
}
