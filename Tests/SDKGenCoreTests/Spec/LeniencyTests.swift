import SDKGenCore
import Testing

/// "What sdkgen accepts beyond the specification" (README): each rule as a spec that breaks it,
/// the exact warning, and what is generated from the obvious reading.
@Suite struct LeniencyTests {
    /// The parts of a model these rules change: each model's kind and properties, each
    /// operation's arguments and result.
    static func summary(_ model: APIModel) -> [String] {
        var lines: [String] = []
        for model in model.models {
            switch model.kind {
            case .object(let properties):
                lines.append("\(model.name) { " + properties.map { "\($0.swiftName): \($0.type.swift)\($0.optional ? "?" : "")" }.joined(separator: ", ") + " }")
            case .union(let cases, let discriminator):
                lines.append("\(model.name) oneOf(" + cases.map { "\($0.swiftName)(\($0.type.swift))" }.joined(separator: ", ") + ")" + (discriminator.map { " by \($0)" } ?? ""))
            case .alias(let type):
                lines.append("\(model.name) = \(type.swift)")
            default:
                lines.append("\(model.name)")
            }
        }
        for tag in model.tags {
            for operation in tag.operations {
                let arguments = operation.signature.map { "\($0.swiftName): \($0.type.swift)\($0.optional ? "?" : "")" }.joined(separator: ", ")
                lines.append("\(operation.swiftName)(\(arguments)) -> \(operation.result.bodyType?.swift ?? "Void")")
            }
        }
        return lines
    }

    static let head = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\n"

    static let rules: [(name: String, yaml: String, warnings: [String], generated: [String])] = [
        ("required as a string", head + "paths:\n  /a:\n    get:\n      operationId: getA\n      parameters:\n        - {name: q, in: query, required: \"true\", schema: {type: string}}\n        - {name: r, in: query, required: 'FALSE', schema: {type: string}}\n      responses: {'204': {description: ok}}\n", [
            "spec.yaml:8:42: warning: 'required' must be true or false, not the string \"true\"; read as true (at '#/paths/~1a/get/parameters/0/required')",
            "spec.yaml:9:42: warning: 'required' must be true or false, not the string \"FALSE\"; read as false (at '#/paths/~1a/get/parameters/1/required')",
        ], ["getA(q: String, r: String?) -> Void"]),
        ("required on a property", head + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      type: object\n      properties:\n        name: {type: string, required: true}\n        age: {type: integer, required: false}\n", [
            "spec.yaml:9:40: warning: 'required: true' on property 'name' is the Swagger 1.2 and JSON Schema draft 3 form; read as listing 'name' in the object's 'required' (at '#/components/schemas/Pet/properties/name/required')",
            "spec.yaml:10:40: warning: 'required: false' on property 'age' is the Swagger 1.2 and JSON Schema draft 3 form; read as optional (at '#/components/schemas/Pet/properties/age/required')",
        ], ["Pet { name: String, age: Int? }"]),
        ("required on a schema that is no property", head + "paths: {}\ncomponents:\n  schemas:\n    Name: {type: string, required: true}\n", [
            "spec.yaml:6:36: warning: 'required: true' on a schema that is not a property has no meaning; it is ignored (list required properties in the object's 'required') (at '#/components/schemas/Name/required')",
        ], ["Name = String"]),
        ("type in another case", head + "paths: {}\ncomponents:\n  schemas:\n    S: {type: String}\n    I: {type: Integer}\n    B: {type: BOOLEAN}\n", [
            "spec.yaml:6:15: warning: schema type 'String' is written in the wrong case; read as 'string' (at '#/components/schemas/S/type')",
            "spec.yaml:7:15: warning: schema type 'Integer' is written in the wrong case; read as 'integer' (at '#/components/schemas/I/type')",
            "spec.yaml:8:15: warning: schema type 'BOOLEAN' is written in the wrong case; read as 'boolean' (at '#/components/schemas/B/type')",
        ], ["B = Bool", "I = Int", "S = String"]),
        ("type aliases", head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: int}\n    B: {type: long}\n    C: {type: float}\n    D: {type: double}\n    E: {type: bool}\n    F: {type: file}\n    G: {type: long, format: int32}\n", [
            "spec.yaml:6:15: warning: 'int' is not a schema type; read as 'integer' (at '#/components/schemas/A/type')",
            "spec.yaml:7:15: warning: 'long' is not a schema type; read as 'integer' with format 'int64' (at '#/components/schemas/B/type')",
            "spec.yaml:8:15: warning: 'float' is not a schema type; read as 'number' with format 'float' (at '#/components/schemas/C/type')",
            "spec.yaml:9:15: warning: 'double' is not a schema type; read as 'number' with format 'double' (at '#/components/schemas/D/type')",
            "spec.yaml:10:15: warning: 'bool' is not a schema type; read as 'boolean' (at '#/components/schemas/E/type')",
            "spec.yaml:11:15: warning: 'file' is not a schema type; read as 'string' with format 'binary' (at '#/components/schemas/F/type')",
            // A format of its own wins over the alias's.
            "spec.yaml:12:15: warning: 'long' is not a schema type; read as 'integer' with format 'int64' (at '#/components/schemas/G/type')",
        ], ["A = Int", "B = Int64", "C = Float", "D = Double", "E = Bool", "F = Data", "G = Int32"]),
        ("discriminator as a string", head + "paths: {}\ncomponents:\n  schemas:\n    Pet:\n      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]\n      discriminator: petType\n    Cat: {type: object, properties: {petType: {type: string}}}\n    Dog: {type: object, properties: {petType: {type: string}}}\n", [
            "spec.yaml:8:22: warning: 'discriminator: petType' is the Swagger 2.0 form; read as 'discriminator: {propertyName: petType}' (at '#/components/schemas/Pet/discriminator')",
        ], ["Cat { petType: String? }", "Dog { petType: String? }", "Pet oneOf(cat(Cat), dog(Dog)) by petType"]),
        ("no info", "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n", [
            "spec.yaml:1:1: warning: missing the required field 'info'; the title 'API' is used and the docs show no version (at '#')",
        ], ["A = String"]),
        ("no title or version", "openapi: 3.0.3\ninfo: {description: d}\npaths: {}\n", [
            "spec.yaml:2:7: warning: 'info' is missing the required field 'title'; 'API' is used (at '#/info')",
            "spec.yaml:2:7: warning: 'info' is missing the required field 'version'; the docs show no version (at '#/info')",
        ], []),
        ("no paths in 3.0", head + "components:\n  schemas:\n    A: {type: string}\n", [
            "spec.yaml:1:1: warning: missing the required field 'paths'; only the models of 'components' are generated (at '#')",
        ], ["A = String"]),
        ("null mappings", head + "paths: null\ncomponents:\n  headers: null\n  schemas:\n    A:\n      type: object\n      properties:\n", [
            "spec.yaml:3:8: warning: 'paths' is null; read as an empty mapping (at '#/paths')",
            "spec.yaml:9:18: warning: 'properties' is null; read as an empty mapping (at '#/components/schemas/A/properties')",
            "spec.yaml:5:12: warning: 'headers' is null; read as an empty mapping (at '#/components/headers')",
        ], ["A = [String: JSONValue]"]),
        ("null list and schema", head + "paths:\n  /a:\n    get:\n      operationId: getA\n      tags:\n      parameters:\n        - {name: q, in: query, schema: null}\n      responses: {'204': {description: ok}}\n", [
            "spec.yaml:7:12: warning: 'tags' is null; read as an empty list (at '#/paths/~1a/get/tags')",
            "spec.yaml:9:40: warning: a schema is null; read as an empty schema (any JSON value) (at '#/paths/~1a/get/parameters/0/schema')",
        ], ["getA(q: JSONValue?) -> Void"]),
        ("Swagger 2.0 references in OpenAPI 3", head + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: '#/definitions/Pet'}}}\ncomponents:\n  schemas:\n    Pet: {type: object, properties: {name: {type: string}}}\n", [
            "spec.yaml:10:55: warning: '$ref' target '#/definitions/Pet' is a Swagger 2.0 location and this is an OpenAPI 3 document; read as '#/components/schemas/Pet', which exists (at '#/paths/~1a/get/responses/200/content/application~1json/schema/$ref')",
        ], ["Pet { name: String? }", "getA() -> Pet"]),
        ("a reference into another components section", head + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {$ref: '#/components/requestBodies/Thing'}\ncomponents:\n  requestBodies:\n    Thing:\n      description: a thing\n      content: {application/json: {schema: {type: string}}}\n", [
            "spec.yaml:8:23: warning: '$ref' target '#/components/requestBodies/Thing' is in '#/components/requestBodies' but has the shape of a response; read as a response (at '#/paths/~1a/get/responses/200/$ref')",
        ], ["getA() -> String"]),
        ("references inside extensions are data", head + "paths:\n  /a:\n    get:\n      operationId: getA\n      x-examples: {$ref: './a'}\n      x-test:\n        - {$ref: 'missing.yaml#/x'}\n      responses: {'204': {description: ok}}\n", [], ["getA() -> Void"]),
    ]

    @Test(arguments: rules.map(\.name))
    func rule(_ name: String) throws {
        let rule = try #require(Self.rules.first { $0.name == name })
        let (model, diagnostics) = model(rule.yaml)
        #expect(diagnostics.map(\.description) == rule.warnings)
        let api = try #require(model)
        #expect(Self.summary(api) == rule.generated)
    }

    /// Names of schemas reached by deep references come from their path, and no union case is
    /// named like a type it holds.
    @Test func deepReferencesAreNamedFromTheirPath() throws {
        let yaml = Self.head + """
            paths: {}
            components:
              schemas:
                Template:
                  allOf:
                    - {type: object, properties: {id: {type: string}}}
                    - type: object
                      properties:
                        created_by:
                          oneOf:
                            - {type: object, properties: {user: {type: string}}}
                            - {type: object, properties: {team: {type: string}}}
                Creator:
                  oneOf:
                    - $ref: '#/components/schemas/Template/allOf/1/properties/created_by/oneOf/1'
                    - $ref: '#/components/schemas/_12'
                _12: {type: object, properties: {x: {type: integer}}}
            """
        let (model, diagnostics) = model(yaml)
        let api = try #require(model, "\(diagnostics)")
        let creator = try #require(Self.summary(api).first { $0.hasPrefix("Creator ") })
        #expect(creator == "Creator oneOf(templateCreatedByCase2(TemplateCreatedByCase2), _12Value(_12))")
    }
}
