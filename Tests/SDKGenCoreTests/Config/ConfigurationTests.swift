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
        #expect(parsed.accessModifier == "package" && parsed.docs == false && parsed.module == "PetKit")
        #expect(parsed.filter.allows(tags: ["pets"], operationID: "x", path: "/pets"))
        #expect(!parsed.filter.allows(tags: ["pets"], operationID: "deletePet", path: "/pets/1"))
        #expect(parsed.filter.allows(tags: [], operationID: nil, path: "/store/inventory"))
        #expect(!parsed.filter.allows(tags: ["other"], operationID: "y", path: "/other"))
        #expect(parsed.naming.properties == ["Pet.born_at": "birthday"])
        #expect(parsed.typeOverrides.formats == ["uuid": "UUID"])
    }

    @Test func unknownKeysAndWrongTypesAreErrors() {
        let (config, diagnostics) = parse("""
            spce: api.yaml
            accessModifier: pubic
            docs: maybe
            filter:
              include: {tag: [a]}
            naming: [a]
            """)
        #expect(config == nil)
        #expect(diagnostics == [
            "sdkgen.yaml:1:1: error: unknown key 'spce' in sdkgen.yaml; did you mean 'spec'?",
            "sdkgen.yaml:2:17: error: 'accessModifier' must be public, package or internal, not 'pubic'; did you mean 'public'?",
            "sdkgen.yaml:3:7: error: 'docs' must be true or false, not a string",
            "sdkgen.yaml:5:13: error: unknown key 'tag' in filter.include; did you mean 'tags'?",
            "sdkgen.yaml:6:9: error: 'naming' must be a mapping, not a sequence",
        ])
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
        #expect(code.contains("decoding: MyError.self") && !code.contains("struct ErrorModel"))
    }
}
