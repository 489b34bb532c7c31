import Foundation
import SDKGenCore
import Testing

/// `sdkgen diff`: one small pair of specs per kind of change, plus the real Kalshi API-keys change.
@Suite struct DiffAPIsTests {
    static let base = """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        security: [{key: []}]
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - {name: limit, in: query, schema: {type: integer}}
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            post:
              operationId: addPet
              requestBody:
                required: true
                content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
              responses:
                '201': {description: created}
        components:
          securitySchemes:
            key: {type: apiKey, in: header, name: X-Key}
            bearer: {type: http, scheme: bearer}
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                tag: {type: string}
                age: {type: integer, nullable: true}
            Status:
              type: string
              enum: [available, sold]
        """

    /// The change lines (without locations) between `base` and `base` edited by `edit`.
    func changes(_ edit: (String) -> String) throws -> [String] {
        let sink = DiagnosticSink()
        let old = try #require(buildModel(spec: Array(Self.base.utf8), specName: "old.yaml", diagnostics: sink))
        let new = try #require(buildModel(spec: Array(edit(Self.base).utf8), specName: "new.yaml", diagnostics: sink), "\(sink.diagnostics)")
        return diffAPIs(old: old, new: new).map { "\($0.breaking ? "BREAKING" : "change") \($0.subject): \($0.message)" }
    }

    @Test(arguments: [
        ("operationId: addPet", "operationId: createPet", ["BREAKING operation: renamed: addPet -> createPet (POST /pets)"]),
        ("  /pets:\n    get:", "  /animals:\n    get:", ["BREAKING operation: addPet moved: POST /pets -> POST /animals", "BREAKING operation: listPets moved: GET /pets -> GET /animals"]),
        ("        - {name: limit, in: query, schema: {type: integer}}", "        - {name: limit, in: query, schema: {type: integer}}\n        - {name: owner, in: query, required: true, schema: {type: string}}",
         ["BREAKING parameter: listPets: required query parameter 'owner' added (String)"]),
        ("        - {name: limit, in: query, schema: {type: integer}}", "        - {name: limit, in: query, schema: {type: integer}}\n        - {name: owner, in: query, schema: {type: string}}",
         ["change parameter: listPets: optional query parameter 'owner' added (String)"]),
        ("        - {name: limit, in: query, schema: {type: integer}}", "        - {name: other, in: header, schema: {type: string}}",
         ["BREAKING parameter: listPets: query parameter 'limit' removed", "change parameter: listPets: optional header parameter 'other' added (String)"]),
        ("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, required: true, schema: {type: integer}}", ["BREAKING parameter: listPets: parameter 'limit' made required"]),
        ("{name: limit, in: query, schema: {type: integer}}", "{name: limit, in: query, schema: {type: string}}", ["BREAKING parameter: listPets: parameter 'limit' type changed: Int -> String"]),
        ("content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}", "content: {application/json: {schema: {type: string}}}",
         ["BREAKING request body: addPet: request body type changed: Pet -> String"]),
        ("items: {$ref: '#/components/schemas/Pet'}", "items: {type: string}", ["BREAKING response: listPets: return type changed: [Pet] -> [String]"]),
        ("        '201': {description: created}", "        '201': {description: created}\n        '409': {description: exists}", ["change response: addPet: response 409 documented (exists)"]),
        ("security: [{key: []}]", "security: [{bearer: []}]", ["BREAKING security: addPet: security changed: key -> bearer", "BREAKING security: listPets: security changed: key -> bearer"]),
        ("security: [{key: []}]", "security: [{key: []}, {bearer: []}]", ["change security: addPet: security changed: key -> key or bearer", "change security: listPets: security changed: key -> key or bearer"]),
        ("    Status:\n      type: string\n      enum: [available, sold]", "", ["BREAKING model: removed: Status"]),
        ("enum: [available, sold]", "enum: [available, sold, pending]", ["change enum case: Status: case 'pending' added"]),
        ("enum: [available, sold]", "enum: [available]", ["BREAKING enum case: Status: case 'sold' removed"]),
        ("    Status:\n      type: string\n      enum: [available, sold]", "    Status:\n      type: object\n      properties: {a: {type: string}}",
         ["BREAKING model: Status changed kind: enum -> struct"]),
        ("        tag: {type: string}\n", "", ["BREAKING property: Pet.tag removed"]),
        ("        tag: {type: string}", "        tag: {type: string}\n        color: {type: string}", ["change property: Pet.color added (String?)"]),
        ("required: [name]", "required: [name, tag]", ["BREAKING property: Pet.tag made required"]),
        ("required: [name]", "required: [name, age]", ["change property: Pet.age made required"]),
        ("tag: {type: string}", "tag: {type: integer}", ["BREAKING property: Pet.tag type changed: String -> Int"]),
        ("age: {type: integer, nullable: true}", "age: {type: integer}", ["change property: Pet.age made non-nullable"]),
        ("name: {type: string}", "name: {type: string, nullable: true}", ["BREAKING property: Pet.name made nullable"]),
    ])
    func eachKindOfChange(old: String, new: String, expected: [String]) throws {
        #expect(try changes { $0.replacingOccurrences(of: old, with: new) } == expected)
    }

    @Test func noChangesIsAnEmptyReport() throws {
        #expect(try changes { $0 }.isEmpty)
    }

    @Test func kalshiAPIKeys313To334() throws {
        func model(_ name: String) throws -> APIModel {
            let url = Repo.fixtures.appendingPathComponent("diff/\(name)")
            return try #require(buildModel(spec: [UInt8](Data(contentsOf: url)), specName: name, diagnostics: DiagnosticSink()))
        }
        let changes = diffAPIs(old: try model("api-keys-old.yaml"), new: try model("api-keys-new.yaml"))
        #expect(changes.filter(\.breaking).map(\.message) == [
            "ApiKey.scopes type changed: [String] -> [ApiKeyScope]",
            "CreateApiKeyRequest.scopes type changed: [String] -> [ApiKeyScope]",
            "GenerateApiKeyRequest.scopes type changed: [String] -> [ApiKeyScope]",
        ])
        let other = changes.filter { !$0.breaking }.map(\.message)
        #expect(other.contains("createApiKey: response 409 documented (Conflict - the bound FCM subtrader is not yet visible in the credential registry; retry after the subtrader create propagates)"))
        #expect(other.contains("getApiKeys: optional query parameter 'fcm_subtrader_id' added (String)"))
        #expect(other.contains("added: ApiKeyScope") && other.contains("added: ApiKeyType"))
        #expect(other.contains("GenerateApiKeyRequest.keyType added (ApiKeyType?)"))
        #expect(changes[0].old?.description == "api-keys-old.yaml:152:11")
        #expect(changes[0].new?.description == "api-keys-new.yaml:182:11")
        let markdown = formatChanges(changes, markdown: true)
        #expect(markdown.hasPrefix("## API changes\n\n3 breaking, 17 other.\n\n### Breaking\n\n| Change | Where |"))
        #expect(formatChanges(changes, markdown: false).hasSuffix("3 breaking, 17 other\n"))
    }
}
