import Foundation
import SDKGenCore
import Testing

@Suite struct ConfigurationTests {
    func parse(_ yaml: String) -> (SDKGenConfiguration?, [String]) {
        let sink = DiagnosticSink()
        let config = parseConfiguration(Array(yaml.utf8), file: "sdkgen.yaml", diagnostics: sink)
        return (config, sink.diagnostics.map(\.description))
    }

    @Test func readsEveryKey() throws {
        let (config, diagnostics) = parse("""
            spec: [api.yaml, more.yaml]
            output: Generated
            templates: MyTemplates
            module: PetKit
            accessModifier: package
            docs: false
            hashable: true
            filter:
              include: {tags: [pets], paths: ['/store/*']}
              exclude: {operationIds: [deletePet]}
            naming:
              operations: {list_pets: allPets}
              types: {NewPet: PetDraft}
              properties: {Pet.born_at: birthday}
              enumCases: {PetStatus.on: switchedOn}
            typeOverrides:
              schemas: {Error: MyError}
              formats: {uuid: UUID}
            servers: [Regional]
            """)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(config)
        #expect(parsed.specs == ["api.yaml", "more.yaml"])
        #expect(parsed.accessModifier == "package" && parsed.docs == false && parsed.module == "PetKit" && parsed.hashable)
        #expect(parsed.filter.allows(tags: ["pets"], operationID: "x", path: "/pets"))
        #expect(!parsed.filter.allows(tags: ["pets"], operationID: "deletePet", path: "/pets/1"))
        #expect(parsed.filter.allows(tags: [], operationID: nil, path: "/store/inventory"))
        #expect(!parsed.filter.allows(tags: ["other"], operationID: "y", path: "/other"))
        #expect(parsed.naming.properties == ["Pet.born_at": "birthday"])
        #expect(parsed.typeOverrides.formats == ["uuid": "UUID"])
    }

    /// `docc:` is a switch, or the folder the catalog goes to instead of the output folder.
    @Test(arguments: [
        ("docc: true", true, nil, []),
        ("docc: false", false, nil, []),
        ("docc: PetClient.docc", true, "PetClient.docc", []),
        ("docc: ../Docs/Pets.docc", true, "../Docs/Pets.docc", []),
        ("docc: Docs", false, nil, ["sdkgen.yaml:1:7: error: 'docc' must be true, false or a folder whose name ends in '.docc' (such as 'PetClient.docc'), not a string"]),
        ("docc: [a]", false, nil, ["sdkgen.yaml:1:7: error: 'docc' must be true, false or a folder whose name ends in '.docc' (such as 'PetClient.docc'), not a sequence"]),
    ] as [(String, Bool, String?, [String])])
    func doccIsASwitchOrAFolder(_ yaml: String, _ docc: Bool, _ folder: String?, _ errors: [String]) {
        let (config, diagnostics) = parse("spec: api.yaml\n" + yaml + "\n")
        #expect(diagnostics == errors.map { $0.replacingOccurrences(of: "yaml:1:", with: "yaml:2:") })
        if errors.isEmpty {
            #expect(config?.docc == docc)
            #expect(config?.doccFolder == folder)
        }
    }

    @Test func unknownKeysAndWrongTypesAreErrors() {
        let (config, diagnostics) = parse("""
            spce: api.yaml
            accessModifier: pubic
            docs: maybe
            hashable: 1
            filter:
              include: {tag: [a]}
            naming: [a]
            """)
        #expect(config == nil)
        #expect(diagnostics == [
            "sdkgen.yaml:1:1: error: unknown key 'spce' in sdkgen.yaml; did you mean 'spec'?",
            "sdkgen.yaml:2:17: error: 'accessModifier' must be public, package or internal, not 'pubic'; did you mean 'public'?",
            "sdkgen.yaml:3:7: error: 'docs' must be true or false, not a string",
            "sdkgen.yaml:4:11: error: 'hashable' must be true or false, not a number",
            "sdkgen.yaml:6:13: error: unknown key 'tag' in filter.include; did you mean 'tags'?",
            "sdkgen.yaml:7:9: error: 'naming' must be a mapping, not a sequence",
        ])
    }

    @Test func paginationEntriesAreChecked() {
        let (config, diagnostics) = parse("""
            pagination:
              listPets: {style: offest}
              listUsers: {parameter: skip}
              search: {style: page, size: 10}
              other: link
            """)
        #expect(config == nil)
        #expect(diagnostics == [
            "sdkgen.yaml:2:21: error: 'pagination.listPets.style' must be cursor, offset, page, link, not 'offest'; did you mean 'offset'?",
            "sdkgen.yaml:3:14: error: 'pagination.listUsers' needs a 'style': cursor, offset, page or link",
            "sdkgen.yaml:4:25: error: unknown key 'size' in pagination.search; known keys: style, parameter, limit, next, items",
            "sdkgen.yaml:5:10: error: 'pagination.other' must be a mapping, not a string",
        ])
        let (good, _) = parse("pagination: {search: {style: page, parameter: p, limit: per_page, items: results}}")
        #expect(good?.pagination["search"] == SDKGenConfiguration.PaginationSetting(style: .page, parameter: "p", limit: "per_page", items: "results"))
    }

    @Test func configurationShapesTheModelAndTheCode() throws {
        let spec = try String(contentsOf: Repo.fixtures.appendingPathComponent("petstore/openapi.yaml"), encoding: .utf8)
        var options = GenerateOptions()
        options.docs = false
        options.configuration = try #require(parse("""
            accessModifier: internal
            filter: {exclude: {tags: [store]}}
            naming:
              operations: {list_pets: allPets}
              types: {NewPet: PetDraft}
              properties: {Pet.born_at: birthday}
              enumCases: {PetStatus.on: switchedOn}
            typeOverrides:
              schemas: {Error: MyError}
              formats: {date-time: String}
            """).0)
        let sink = DiagnosticSink()
        let files = try #require(generate(spec: Array(spec.utf8), specName: "openapi.yaml", templates: try Repo.templateSet(), options: options, diagnostics: sink))
        let code = files.map(\.contents).joined()
        #expect(code.contains("internal func allPets("))
        #expect(!code.contains("public func") && !code.contains("public struct"))
        #expect(!code.contains("getInventory"))
        #expect(code.contains("internal struct PetDraft:") && !code.contains("struct NewPet:"))
        #expect(code.contains("internal var birthday: String?"))
        #expect(code.contains("case switchedOn"))
        // An overridden schema is an alias of the type given: its name and docs stay.
        #expect(code.contains("internal typealias ErrorModel = MyError") && code.contains("decoding: ErrorModel.self") && !code.contains("struct ErrorModel"))
        // Without `hashable`, structs and unions are Codable and Sendable only; enums stay Hashable.
        #expect(code.contains("internal struct PetDraft: Codable, Sendable {"))
        #expect(code.contains("internal enum PetStatus: Codable, Hashable, Sendable, RawRepresentable {"))
        #expect(!code.contains("CodingKeys"))
        #expect(code.contains("self.birthday = try container.fieldIfPresent(\"born_at\")"))
        #expect(code.contains("try container.encodeFieldIfPresent(self.birthday, \"born_at\")"))
    }
}

@Suite struct MergeSpecsTests {
    static let pets = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\ntags: [{name: pets}]\npaths:\n  /pets:\n    get:\n      tags: [pets]\n      operationId: listPets\n      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}}\ncomponents:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n"
    static let store = "openapi: 3.0.3\ninfo: {title: Store, version: '2'}\ntags: [{name: store}]\npaths:\n  /orders:\n    get:\n      tags: [store]\n      operationId: listOrders\n      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}}\ncomponents:\n  schemas:\n    Order: {type: object, properties: {pet: {$ref: '#/components/schemas/Pet'}}}\n"

    @Test func severalSpecsMakeOneSDK() throws {
        let sink = DiagnosticSink()
        let model = try #require(buildModel(specs: [(Array(Self.pets.utf8), "pets.yaml"), (Array(Self.store.utf8), "store.yaml")], diagnostics: sink), "\(sink.diagnostics)")
        #expect(model.title == "Pets")
        #expect(model.tags.map(\.typeName) == ["Pets", "Store"])
        #expect(model.models.map(\.name) == ["Order", "Pet"])
    }

    @Test func aPathInTwoSpecsIsAnErrorNamingBoth() {
        let sink = DiagnosticSink()
        let copy = Self.store.replacingOccurrences(of: "/orders", with: "/pets")
        #expect(buildModel(specs: [(Array(Self.pets.utf8), "pets.yaml"), (Array(copy.utf8), "store.yaml")], diagnostics: sink) == nil)
        #expect(sink.diagnostics.map(\.description) == ["store.yaml:5:3: error: '/pets' in 'paths' is defined by two specs; the other is at pets.yaml:5:3"])
    }
}
