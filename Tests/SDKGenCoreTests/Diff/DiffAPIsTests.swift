import Foundation
import SDKGenCore
import Testing

/// `sdkgen diff`: one small edit of one spec per kind of change, plus the real Kalshi changes.
@Suite struct DiffAPIsTests {
    static let base = """
        openapi: 3.0.3
        info: {title: T, version: '1.0.0'}
        servers:
          - {url: 'https://api.example.com', description: production}
        security: [{key: []}]
        paths:
          /pets:
            get:
              operationId: listPets
              tags: [pets]
              parameters:
                - {name: limit, in: query, schema: {type: integer, default: 20}}
                - {name: owner, in: query, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}
            post:
              operationId: addPet
              tags: [pets]
              requestBody:
                required: true
                content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
              responses:
                '201': {description: created}
          /shapes:
            get:
              operationId: getShape
              tags: [shapes]
              responses:
                '200':
                  description: ok
                  headers:
                    X-Rate-Limit: {schema: {type: integer}}
                  content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}
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
                price: {type: integer}
            Status:
              type: string
              enum: [available, sold]
            Shape:
              oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]
              discriminator: {propertyName: kind}
            Circle: {type: object, required: [kind], properties: {kind: {type: string}, radius: {type: number}}}
            Square: {type: object, required: [kind], properties: {kind: {type: string}, side: {type: number}}}
        """

    /// The model of a spec, generated with the `sdkgen.yaml` text `config`.
    static func model(_ text: String, _ name: String, config: String = "") throws -> APIModel {
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        if !config.isEmpty {
            options.configuration = try #require(parseConfiguration(Array(config.utf8), file: "sdkgen.yaml", diagnostics: sink), "\(sink.diagnostics)")
        }
        return try #require(buildModel(spec: Array(text.utf8), specName: name, options: options, diagnostics: sink), "\(sink.diagnostics)")
    }

    static func edited(_ find: String, _ replacement: String) -> String {
        #expect(base.contains(find), "'\(find)' is not in the base spec")
        return base.replacingOccurrences(of: find, with: replacement)
    }

    /// Each change between two specs as `<id>: <symbol> <message>`.
    static func lines(_ old: String, _ new: String, newConfig: String = "") throws -> [String] {
        diffAPIs(old: try model(old, "old.yaml"), new: try model(new, "new.yaml", config: newConfig)).map { "\($0.kind.id): \($0.line)" }
    }

    /// Edits of the base spec: (text, replacement, the changes).
    static let edits: [(String, String, [String])] = [
        ("operationId: addPet", "operationId: createPet", ["operation-renamed: pets.addPet renamed: -> pets.createPet (POST /pets, operationId addPet -> createPet)"]),
        ("      operationId: getShape\n", "      operationId: getShape\n      deprecated: true\n", ["operation-deprecated: shapes.getShape deprecated"]),
        ("      operationId: getShape\n", "      operationId: getShape\n      summary: One shape\n", ["operation-docs-changed: shapes.getShape summary changed"]),
        ("      operationId: getShape\n      tags: [shapes]", "      operationId: getShape\n      tags: [pets]", ["operation-group-changed: pets.getShape moved to another group: client.shapes -> client.pets"]),
        ("  /shapes:\n    get:", "  /shapes/current:\n    get:", ["operation-moved: shapes.getShape moved: GET /shapes -> GET /shapes/current"]),
        ("  /shapes:\n    get:\n      operationId: getShape\n      tags: [shapes]\n      responses:\n        '200':\n          description: ok\n          headers:\n            X-Rate-Limit: {schema: {type: integer}}\n          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}\n", "", [
            "operation-removed: shapes.getShape removed (GET /shapes)",
            "model-removed: GetShapeResponseHeaders removed",
        ]),
        ("  /shapes:\n", "  /owners:\n    get:\n      operationId: listOwners\n      responses:\n        '200': {description: ok}\n  /shapes:\n", ["operation-added: default.listOwners added (GET /owners)"]),
        ("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}\n        - {name: color, in: query, required: true, schema: {type: string}}", ["parameter-added-required: pets.listPets(color:) added: String (required query 'color')"]),
        ("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}\n        - {name: color, in: query, schema: {type: string}}", ["parameter-added-optional: pets.listPets(color:) added: String? (optional query 'color')"]),
        ("        - {name: owner, in: query, schema: {type: string}}\n", "", ["parameter-removed: pets.listPets(owner:) removed (query 'owner')"]),
        ("{name: owner, in: query, schema: {type: string}}", "{name: owner, in: query, required: true, schema: {type: string}}", [
            "parameter-made-required: pets.listPets(owner:) made required",
            "parameters-reordered: pets.listPets arguments reordered: (limit:owner:) -> (owner:limit:)",
        ]),
        ("{name: owner, in: query, schema: {type: string}}", "{name: owner, in: query, schema: {type: integer}}", ["parameter-type-changed: pets.listPets(owner:) type changed: String -> Int"]),
        ("{type: integer, default: 20}", "{type: integer, default: 50}", ["parameter-default-changed: pets.listPets(limit:) default changed: 20 -> 50"]),
        ("{name: owner, in: query, schema: {type: string}}", "{name: owner, in: query, description: Who owns it, schema: {type: string}}", ["parameter-docs-changed: pets.listPets(owner:) description changed"]),
        ("        - {name: limit, in: query, schema: {type: integer, default: 20}}\n        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}\n        - {name: limit, in: query, schema: {type: integer, default: 20}}", ["parameters-reordered: pets.listPets arguments reordered: (limit:owner:) -> (owner:limit:)"]),
        ("content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}", "content: {application/json: {schema: {type: string}}}", ["request-body-type-changed: pets.addPet request body type changed: Pet -> String"]),
        ("      requestBody:\n        required: true\n", "      requestBody:\n        required: false\n", ["request-body-made-optional: pets.addPet request body made optional"]),
        ("content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}", "content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}, application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}}", ["request-content-type-added: pets.addPet request media type application/x-www-form-urlencoded accepted"]),
        ("content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}", "content: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/Pet'}}}", [
            "request-content-type-changed: pets.addPet request sent as application/x-www-form-urlencoded, was application/json",
            "request-content-type-removed: pets.addPet request media type application/json no longer accepted",
            "request-content-type-added: pets.addPet request media type application/x-www-form-urlencoded accepted",
        ]),
        ("      requestBody:\n        required: true\n        content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}\n", "", ["request-body-removed: pets.addPet request body removed (Pet)"]),
        ("      operationId: getShape\n", "      operationId: getShape\n      requestBody:\n        content: {application/json: {schema: {type: string}}}\n", ["request-body-added-optional: shapes.getShape optional request body added (String)"]),
        ("items: {$ref: '#/components/schemas/Pet'}", "items: {type: string}", ["return-type-changed: pets.listPets return type changed: [Pet] -> [String]"]),
        ("        '201': {description: created}", "        '201': {description: created}\n        '409': {description: exists}", ["response-status-added: pets.addPet response 409 documented (exists)"]),
        ("          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}", "          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}, application/xml: {schema: {$ref: '#/components/schemas/Shape'}}}", ["response-content-type-added: shapes.getShape response 200 offers application/xml"]),
        ("            X-Rate-Limit: {schema: {type: integer}}", "            X-Rate-Limit: {schema: {type: integer}}\n            X-Request-Id: {schema: {type: string}}", ["response-header-added: GetShapeResponseHeaders.xRequestID added: String? (header 'X-Request-Id')"]),
        ("            X-Rate-Limit: {schema: {type: integer}}", "            X-Rate-Limit: {schema: {type: string}}", ["response-header-type-changed: GetShapeResponseHeaders.xRateLimit type changed: Int -> String"]),
        ("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}", [
            "return-type-changed: pets.addPet return type changed: Void -> AddPetResponse",
            "model-added: AddPetResponse added (responses enum)",
            "response-status-added: pets.addPet response 202 documented (accepted)",
        ]),
        ("security: [{key: []}]", "security: [{bearer: []}]", [
            "security-narrowed: pets.addPet security changed: key -> bearer",
            "security-narrowed: shapes.getShape security changed: key -> bearer",
            "security-narrowed: pets.listPets security changed: key -> bearer",
        ]),
        ("security: [{key: []}]", "security: [{key: []}, {bearer: []}]", [
            "security-widened: pets.addPet security changed: key -> key or bearer",
            "security-widened: shapes.getShape security changed: key -> key or bearer",
            "security-widened: pets.listPets security changed: key -> key or bearer",
        ]),
        ("security: [{key: []}]", "security: []", [
            "security-dropped: pets.addPet security changed: key -> none",
            "security-dropped: shapes.getShape security changed: key -> none",
            "security-dropped: pets.listPets security changed: key -> none",
        ]),
        ("      operationId: getShape\n", "      operationId: getShape\n      security: []\n", ["security-dropped: shapes.getShape security changed: key -> none"]),
        ("  - {url: 'https://api.example.com', description: production}", "  - {url: 'https://api.example.com', description: production}\n  - {url: 'https://demo.example.com', description: demo}", ["server-added: Servers.demo added (https://demo.example.com)"]),
        ("  - {url: 'https://api.example.com', description: production}", "  - {url: 'https://v2.example.com', description: production}", [
            "server-url-changed: Servers.production URL changed: https://api.example.com -> https://v2.example.com",
            "default-server-changed: Client.init(serverURL:) default changed: https://api.example.com -> https://v2.example.com",
        ]),
        ("    Status:\n      type: string\n      enum: [available, sold]\n", "", ["model-removed: Status removed"]),
        ("    Status:\n      type: string\n      enum: [available, sold]\n", "    Status:\n      type: object\n      properties: {a: {type: string}}\n", ["model-kind-changed: Status changed kind: enum -> struct"]),
        ("    Status:\n", "    PetStatus:\n", ["model-renamed: Status renamed: -> PetStatus (same members)"]),
        ("    Status:\n      type: string\n", "    Status:\n      type: string\n      description: Where a pet is\n", ["model-docs-changed: Status description changed"]),
        ("    Status:\n      type: string\n", "    Status:\n      type: string\n      deprecated: true\n", ["model-deprecated: Status deprecated"]),
        ("    Status:\n", "    Owner: {type: object, properties: {id: {type: string}}}\n    Status:\n", ["model-added: Owner added (struct)"]),
        ("enum: [available, sold]", "enum: [available, sold, pending]", ["enum-case-added: Status.pending added (value 'pending')"]),
        ("enum: [available, sold]", "enum: [available]", ["enum-case-removed: Status.sold removed (value 'sold')"]),
        ("oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]", "oneOf: [{$ref: '#/components/schemas/Circle'}]", ["model-kind-changed: Shape changed kind: one-of enum -> typealias of Circle"]),
        ("oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]", "oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}, {$ref: '#/components/schemas/Pet'}]", ["one-of-case-added: Shape.pet added (Pet)"]),
        ("      discriminator: {propertyName: kind}\n", "      discriminator: {propertyName: type}\n", ["discriminator-changed: Shape discriminator changed: 'kind' -> 'type'"]),
        ("      discriminator: {propertyName: kind}\n", "", ["discriminator-removed: Shape discriminator removed: 'kind'"]),
        ("      discriminator: {propertyName: kind}\n", "      discriminator: {propertyName: kind, mapping: {round: '#/components/schemas/Circle', square: '#/components/schemas/Square'}}\n", [
            "discriminator-value-changed: Shape.circle discriminator values changed: 'Circle' -> 'round'",
            "discriminator-value-changed: Shape.square discriminator values changed: 'Square' -> 'square'",
        ]),
        ("        tag: {type: string}\n", "", ["property-removed: Pet.tag removed"]),
        ("        tag: {type: string}", "        tag: {type: string}\n        color: {type: string}", ["property-added-optional: Pet.color added: String?"]),
        // A default makes the property non-optional in Swift, yet no caller has to set it.
        ("        tag: {type: string}", "        tag: {type: string}\n        legs: {type: integer, default: 4}", ["property-added-optional: Pet.legs added: Int = 4"]),
        ("required: [name]", "required: [name, tag]", ["property-optionality-changed: Pet.tag made required: String? -> String"]),
        ("required: [name]", "required: [name, age]", ["property-presence-changed: Pet.age made required (Swift type stays Int?)"]),
        ("tag: {type: string}", "tag: {type: integer}", ["property-type-changed: Pet.tag type changed: String -> Int"]),
        // A typealias of the same type is the same type to Swift: nothing to report but the alias.
        ("        tag: {type: string}\n        age: {type: integer, nullable: true}\n        price: {type: integer}\n",
         "        tag: {$ref: '#/components/schemas/Label'}\n        age: {type: integer, nullable: true}\n        price: {type: integer}\n    Label: {type: string}\n",
         ["model-added: Label added (typealias of String)"]),
        ("age: {type: integer, nullable: true}", "age: {type: integer}", ["property-presence-changed: Pet.age made non-nullable (Swift type stays Int?)"]),
        ("tag: {type: string}", "tag: {type: string, default: dog}", ["property-default-changed: Pet.tag default changed: none -> \"dog\""]),
        ("tag: {type: string}", "tag: {type: string, description: A label}", ["property-docs-changed: Pet.tag description changed"]),
        ("tag: {type: string}", "tag: {type: string, deprecated: true}", ["property-deprecated: Pet.tag deprecated"]),
        ("        price: {type: integer}", "        price_dollars: {type: string}", [
            "property-removed: Pet.price removed (use priceDollars: String?)",
            "property-added-optional: Pet.priceDollars added: String?",
        ]),
    ]

    @Test(arguments: edits)
    func eachKindOfChange(old: String, new: String, expected: [String]) throws {
        let actual = try Self.lines(Self.base, Self.edited(old, new))
        #expect(actual == expected)
    }


    /// Edits undone: what removing a feature of the edited spec reports.
    static let undoneEdits: [(String, String, [String])] = [
        ("      operationId: getShape\n", "      operationId: getShape\n      deprecated: true\n", ["operation-undeprecated: shapes.getShape no longer deprecated"]),
        ("      operationId: getShape\n", "      operationId: getShape\n      security: []\n", ["security-required: shapes.getShape security changed: none -> key"]),
        ("  - {url: 'https://api.example.com', description: production}", "  - {url: 'https://api.example.com', description: production}\n  - {url: 'https://demo.example.com', description: demo}", ["server-removed: Servers.demo removed (https://demo.example.com)"]),
        ("        '201': {description: created}", "        '201': {description: created}\n        '409': {description: exists}", ["response-status-removed: pets.addPet response 409 no longer documented"]),
        ("          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}}", "          content: {application/json: {schema: {$ref: '#/components/schemas/Shape'}}, application/xml: {schema: {$ref: '#/components/schemas/Shape'}}}", ["response-content-type-removed: shapes.getShape response 200 no longer offers application/xml"]),
        ("            X-Rate-Limit: {schema: {type: integer}}", "            X-Rate-Limit: {schema: {type: integer}}\n            X-Request-Id: {schema: {type: string}}", ["response-header-removed: GetShapeResponseHeaders.xRequestID removed (header 'X-Request-Id')"]),
        ("      requestBody:\n        required: true\n", "      requestBody:\n        required: false\n", ["request-body-made-required: pets.addPet request body made required"]),
        ("      requestBody:\n        required: true\n        content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}\n", "", ["request-body-added-required: pets.addPet required request body added (Pet)"]),
        ("{name: owner, in: query, schema: {type: string}}", "{name: owner, in: query, required: true, schema: {type: string}}", [
            "parameters-reordered: pets.listPets arguments reordered: (owner:limit:) -> (limit:owner:)",
            "parameter-made-optional: pets.listPets(owner:) made optional",
        ]),
        ("oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}]", "oneOf: [{$ref: '#/components/schemas/Circle'}, {$ref: '#/components/schemas/Square'}, {$ref: '#/components/schemas/Pet'}]", ["one-of-case-removed: Shape.pet removed (Pet)"]),
        ("      discriminator: {propertyName: kind}\n", "", ["discriminator-added: Shape discriminator added: 'kind'"]),
        ("        tag: {type: string}", "        tag: {type: string}\n        color: {type: string}", ["property-removed: Pet.color removed"]),
    ]

    @Test(arguments: undoneEdits)
    func eachKindOfChangeUndone(old: String, new: String, expected: [String]) throws {
        let actual = try Self.lines(Self.edited(old, new), Self.base)
        #expect(actual == expected)
    }

    /// Both specs edited: changes of a feature the base spec lacks.
    static let bothEdited: [((String, String), (String, String), [String])] = [
        (("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}"),
         ("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}\n        '203': {description: copied, content: {application/json: {schema: {type: string}}}}"), [
            "response-case-added: AddPetResponse.nonAuthoritativeInformation added (status 203)",
            "response-status-added: pets.addPet response 203 documented (copied)",
        ]),
        (("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}"),
         ("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: integer}}}}"), ["response-case-type-changed: AddPetResponse.accepted type changed: String -> Int"]),
        (("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}\n        '203': {description: copied, content: {application/json: {schema: {type: string}}}}"),
         ("        '201': {description: created}", "        '201': {description: created}\n        '202': {description: accepted, content: {application/json: {schema: {type: string}}}}"), [
            "response-case-removed: AddPetResponse.nonAuthoritativeInformation removed (status 203)",
            "response-status-removed: pets.addPet response 203 no longer documented",
        ]),
        (("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: header, schema: {type: string}}"),
         ("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}\n        - {name: owner, in: header, schema: {type: string}}"), [
            "parameter-renamed: pets.listPets(owner:) label changed: -> owner2 (header 'owner')",
            "parameter-added-optional: pets.listPets(owner:) added: String? (optional query 'owner')",
        ]),
        (("    Status:\n      type: string\n      enum: [available, sold]\n", "    Status: {type: string}\n    Label: {$ref: '#/components/schemas/Status'}\n"),
         ("    Status:\n      type: string\n      enum: [available, sold]\n", "    Status: {type: string}\n    Label: {type: integer}\n"), ["typealias-changed: Label typealias changed: Status -> Int"]),
        (("required: [name]\n      properties:\n        name: {type: string}", "required: [name]\n      properties:\n        name: {type: string}"),
         ("required: [name]\n      properties:\n        name: {type: string}", "required: [name, color]\n      properties:\n        color: {type: string}\n        name: {type: string}"), ["property-added-required: Pet.color added: String"]),
        (("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}"),
         ("        - {name: owner, in: query, schema: {type: string}}", "        - {name: owner, in: query, schema: {type: string}}\n        - {name: owner, in: header, schema: {type: string}}"), ["parameter-added-optional: pets.listPets(owner2:) added: String? (optional header 'owner')"]),
    ]

    @Test(arguments: bothEdited)
    func eachKindOfChangeOfBoth(old: (String, String), new: (String, String), expected: [String]) throws {
        let actual = try Self.lines(Self.edited(old.0, old.1), Self.edited(new.0, new.1))
        #expect(actual == expected)
    }

    /// Naming overrides rename Swift symbols while the spec stays: each rename is reported once,
    /// not again at every use of the renamed type.
    @Test func swiftNamesChangedByNamingOverrides() throws {
        let config = """
            naming:
              operations: {listPets: fetchPets}
              types: {Status: PetState, Circle: Round}
              properties: {Pet.tag: label}
              enumCases: {PetState.sold: gone}
            """
        let statusUsed = Self.edited("        price: {type: integer}", "        price: {type: integer}\n        status: {$ref: '#/components/schemas/Status'}")
        let actual = try Self.lines(statusUsed, statusUsed, newConfig: config)
        #expect(actual == Self.renames)
    }

    static let renames = [
            "operation-swift-name-changed: pets.listPets Swift name changed: -> pets.fetchPets (operationId listPets)",
            "model-swift-name-changed: Circle Swift name changed: -> Round (#/components/schemas/Circle)",
            "model-swift-name-changed: Status Swift name changed: -> PetState (#/components/schemas/Status)",
            "property-renamed: Pet.tag renamed: -> label (wire name 'tag')",
            "one-of-case-renamed: Shape.circle renamed: -> .round (Circle)",
            "enum-case-renamed: PetState.sold renamed: -> .gone (value 'sold')",
    ]

    /// Each kind of change has a row above, so a new kind cannot ship untested.
    @Test func everyKindHasAnExample() {
        let lines = Self.edits.flatMap(\.2) + Self.undoneEdits.flatMap(\.2) + Self.bothEdited.flatMap(\.2) + Self.renames
        let shown = Set(lines.map { String($0.prefix { $0 != ":" }) })
        #expect(APIChange.Kind.allCases.map(\.id).filter { !shown.contains($0) } == [])
        #expect(shown.subtracting(APIChange.Kind.allCases.map(\.id)) == [])
    }

    /// A type renamed together with the one it uses is two renames, found one after the other,
    /// not a removal and an addition; the discriminator values that came from the old names change.
    @Test func renamesThatDependOnEachOther() throws {
        let new = Self.base.replacingOccurrences(of: "Circle", with: "Round")
            .replacingOccurrences(of: "    Shape:\n", with: "    Form:\n").replacingOccurrences(of: "schemas/Shape'", with: "schemas/Form'")
        #expect(try Self.lines(Self.base, new) == [
            "model-renamed: Circle renamed: -> Round (same members)",
            "model-renamed: Shape renamed: -> Form (same members)",
            "one-of-case-renamed: Form.circle renamed: -> .round (Circle)",
            "discriminator-value-changed: Form.round discriminator values changed: 'Circle' -> 'Round'",
        ])
    }

    @Test func aMultiLineDescriptionIsQuotedOnOneLine() throws {
        let new = Self.edited("      operationId: getShape\n      tags: [shapes]\n      responses:\n",
                              "      operationId: getShape\n      tags: [shapes]\n      responses:\n        '404':\n          description: |\n            Not found:  \n            no such shape\n")
        let actual = try Self.lines(Self.base, new)
        #expect(actual == ["response-status-added: shapes.getShape response 404 documented (Not found: no such shape)"])
    }

    @Test func noChangesIsAnEmptyReport() throws {
        #expect(try Self.lines(Self.base, Self.base).isEmpty)
    }

    /// A fixture pair of `Tests/Fixtures/diff`, each change as `<id>: <symbol> <message>`.
    static func fixtureLines(_ old: String, _ new: String) throws -> [String] {
        let folder = Repo.fixtures.appendingPathComponent("diff")
        func load(_ name: String) throws -> APIModel {
            try model(String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self), name)
        }
        return diffAPIs(old: try load(old), new: try load(new)).map { "\($0.kind.id): \($0.line)" }
    }

    /// Kalshi's 2026 migration in miniature: integer cents and contract counts removed in favour of
    /// `_dollars` and `_fp` strings. Each removal breaks callers and names its replacement.
    @Test func fixedPointMigration() throws {
        #expect(try Self.fixtureLines("fixed-point-old.yaml", "fixed-point-new.yaml") == [
            "property-removed: CreateOrderRequest.count removed (use countFp: FixedPointCount)",
            "property-removed: CreateOrderRequest.yesPrice removed (use yesPriceDollars: FixedPointDollars?)",
            "property-added-required: CreateOrderRequest.countFp added: FixedPointCount",
            "property-removed: Fill.count removed (use countFp: FixedPointCount)",
            "property-removed: Fill.yesPrice removed (use yesPriceDollars: FixedPointDollars)",
            "property-removed: Fill.noPrice removed (use noPriceDollars: FixedPointDollars)",
            "property-added-required: Fill.countFp added: FixedPointCount",
            "property-added-required: Fill.yesPriceDollars added: FixedPointDollars",
            "property-added-required: Fill.noPriceDollars added: FixedPointDollars",
            "model-added: FixedPointCount added (typealias of String)",
            "model-added: FixedPointDollars added (typealias of String)",
            "property-added-optional: CreateOrderRequest.yesPriceDollars added: FixedPointDollars?",
        ])
    }

    /// Kalshi's API-keys group from 3.13.0 to 3.34.0: scopes became an enum (breaking), FCM
    /// subtraders and subaccounts arrived (additions), two conflicts got documented statuses.
    @Test func kalshiAPIKeys() throws {
        #expect(try Self.fixtureLines("api-keys-old.yaml", "api-keys-new.yaml") == [
            "property-type-changed: ApiKey.scopes type changed: [String] -> [ApiKeyScope]",
            "property-type-changed: CreateApiKeyRequest.scopes type changed: [String] -> [ApiKeyScope]",
            "property-type-changed: GenerateApiKeyRequest.scopes type changed: [String] -> [ApiKeyScope]",
            "parameter-added-optional: apiKeys.getApiKeys(fcmSubtraderID:) added: String? (optional query 'fcm_subtrader_id')",
            "model-added: ApiKeyScope added (enum)",
            "model-added: ApiKeyType added (enum)",
            "property-added-optional: ApiKey.subaccount added: Int?",
            "property-added-optional: ApiKey.fcmSubtraderID added: String?",
            "property-added-optional: CreateApiKeyRequest.subaccount added: Int?",
            "property-added-optional: CreateApiKeyRequest.fcmSubtraderID added: String?",
            "property-added-optional: CreateApiKeyResponse.warning added: String?",
            "property-added-optional: GenerateApiKeyRequest.keyType added: ApiKeyType?",
            "property-added-optional: GenerateApiKeyRequest.subaccount added: Int?",
            "property-added-optional: GenerateApiKeyRequest.fcmSubtraderID added: String?",
            "property-added-optional: GenerateApiKeyResponse.keyType added: ApiKeyType?",
            "property-added-optional: GenerateApiKeyResponse.warning added: String?",
            "property-added-optional: GetApiKeysResponse.apiKeyRegionExpirationTs added: Int64?",
            "response-status-added: apiKeys.createApiKey response 409 documented (Conflict - the bound FCM subtrader is not yet visible in the credential registry; retry after the subtrader create propagates)",
            "response-status-added: apiKeys.generateApiKey response 403 documented (Forbidden - fcm_subtrader_id requires an FCM member caller)",
            "response-status-added: apiKeys.generateApiKey response 409 documented (Conflict - the bound FCM subtrader is not yet visible in the credential registry; retry after the subtrader create propagates)",
            "operation-docs-changed: apiKeys.createApiKey description changed",
            "operation-docs-changed: apiKeys.generateApiKey description changed",
            "property-docs-changed: ApiKey.scopes description changed",
            "property-docs-changed: CreateApiKeyRequest.publicKey description changed",
            "property-docs-changed: CreateApiKeyRequest.scopes description changed",
            "property-docs-changed: GenerateApiKeyRequest.scopes description changed",
            "property-docs-changed: GenerateApiKeyResponse.privateKey description changed",
        ])
        // A new status points at its entry under `responses`, where review tools show it.
        let folder = Repo.fixtures.appendingPathComponent("diff")
        let old = try Self.model(String(decoding: try Data(contentsOf: folder.appendingPathComponent("api-keys-old.yaml")), as: UTF8.self), "api-keys-old.yaml")
        let new = try Self.model(String(decoding: try Data(contentsOf: folder.appendingPathComponent("api-keys-new.yaml")), as: UTF8.self), "api-keys-new.yaml")
        let status = diffAPIs(old: old, new: new).first { $0.kind == .responseStatusAdded }
        #expect(status?.new == SourceLocation(file: "api-keys-new.yaml", line: 73, column: 9))
    }
}
