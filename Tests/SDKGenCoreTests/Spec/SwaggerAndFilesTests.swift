import SDKGenCore
import Testing

@Suite struct SwaggerUpgradeTests {
    static let spec = """
        swagger: '2.0'
        info: {title: Old, version: '1'}
        host: api.example.com
        basePath: /v2
        schemes: [https]
        consumes: [application/json]
        produces: [application/json]
        securityDefinitions:
          basic: {type: basic}
          key: {type: apiKey, in: header, name: X-Key}
        parameters:
          Limit: {name: limit, in: query, type: integer, format: int32}
          NewItem: {name: item, in: body, required: true, schema: {$ref: '#/definitions/Item'}}
        paths:
          /items:
            get:
              operationId: listItems
              parameters:
                - $ref: '#/parameters/Limit'
                - {name: ids, in: query, type: array, items: {type: string}, collectionFormat: csv}
              responses:
                '200':
                  description: items
                  schema: {type: array, items: {$ref: '#/definitions/Item'}}
            post:
              operationId: addItem
              parameters:
                - $ref: '#/parameters/NewItem'
              responses:
                '201': {description: added, schema: {$ref: '#/definitions/Item'}}
          /items/{id}/photo:
            post:
              operationId: uploadPhoto
              consumes: [multipart/form-data]
              parameters:
                - {name: id, in: path, required: true, type: string}
                - {name: photo, in: formData, type: file, required: true}
                - {name: caption, in: formData, type: string}
              responses:
                '204': {description: stored}
        definitions:
          Item:
            type: object
            required: [id]
            properties:
              id: {type: string}
              note: {type: string, x-nullable: true}
        """

    @Test func upgradesToTheOpenAPI3Model() throws {
        let (model, diagnostics) = model(Self.spec)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.servers.map(\.url) == ["https://api.example.com/v2"])
        #expect(api.securitySchemes.map(\.kind) == [.http(scheme: "basic"), .apiKey(name: "X-Key", location: .header)])
        let operations = api.tags[0].operations
        #expect(operations.map(\.swiftName) == ["addItem", "listItems", "uploadPhoto"])
        #expect(operations[0].body?.content.type == .named("Item"))
        #expect(operations[0].body?.required == true)
        #expect(operations[0].result.bodyType == .named("Item"))
        #expect(operations[1].parameters.map(\.swiftName) == ["limit", "ids"])
        #expect(operations[1].parameters.map(\.type.swift) == ["Int32", "[String]"])
        #expect(operations[1].parameters[1].explode == false)
        #expect(operations[1].result.bodyType == .array(.named("Item")))
        #expect(operations[2].body?.content.contentType == "multipart/form-data")
        #expect(operations[2].body?.content.coding == .multipart)
        #expect(operations[2].body?.multipartFields.map(\.isFile) == [true, false])
        // `photo` is a required field, so the form is required.
        #expect(operations[2].body?.required == true)
        guard case .object(let properties) = api.models.first(where: { $0.name == "Item" })?.kind else { Issue.record("no Item"); return }
        #expect(properties.map(\.nullable) == [false, true])
    }

    /// A form of optional fields may be left out; one required field makes it required.
    @Test func aFormIsRequiredWhenOneOfItsFieldsIs() throws {
        let (model, diagnostics) = model("""
            swagger: '2.0'
            info: {title: Old, version: '1'}
            consumes: [application/x-www-form-urlencoded]
            paths:
              /optional:
                post:
                  parameters: [{name: note, in: formData, type: string}]
                  responses: {'204': {description: ok}}
              /required:
                post:
                  parameters: [{name: note, in: formData, type: string}, {name: id, in: formData, type: integer, required: true}]
                  responses: {'204': {description: ok}}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let operations = try #require(model).tags.flatMap(\.operations)
        #expect(operations.map { $0.body?.required } == [false, true])
    }

    /// A `$ref` with a `description` beside it names the referenced type and documents the
    /// property, as in an OpenAPI 3 document; it used to become an alias documented as the target.
    /// A pointer into a definition is not a named part, and still resolves to what it points at.
    @Test func referencesToDefinitionsKeepTheTypeAndThePropertyDocs() throws {
        let (model, diagnostics) = model("""
            swagger: '2.0'
            info: {title: Old, version: '1'}
            paths: {}
            definitions:
              Owner:
                type: object
                properties:
                  pet: {$ref: '#/definitions/Pet', description: The owner's pet.}
                  pets: {type: array, items: {$ref: '#/definitions/Pet'}}
                  petKind: {$ref: '#/definitions/Pet/properties/kind'}
              Pet:
                type: object
                description: A pet.
                properties:
                  kind: {type: string, enum: [cat, dog]}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.models.map(\.name) == ["Owner", "OwnerPetKind", "Pet", "PetKind"])
        guard case .object(let properties) = api.models.first(where: { $0.name == "Owner" })?.kind else { Issue.record("no Owner"); return }
        #expect(properties.map(\.type.swift) == ["Pet", "[Pet]", "OwnerPetKind"])
        #expect(properties.map(\.description) == ["The owner's pet.", nil, nil])
        guard case .alias(let target) = api.models.first(where: { $0.name == "OwnerPetKind" })?.kind else { Issue.record("no OwnerPetKind alias"); return }
        #expect(target.swift == "PetKind")
    }
}

@Suite struct MultiFileTests {
    static let files: [String: String] = [
        "api/root.yaml": """
            openapi: 3.0.3
            info: {title: Files, version: '1'}
            paths:
              /things:
                get:
                  $ref: 'paths/things.yaml'
            components:
              schemas:
                Thing:
                  $ref: 'models/thing.yaml'
            """,
        "api/paths/things.yaml": """
            operationId: listThings
            parameters:
              - $ref: '../shared/parameters.yaml#/page'
            responses:
              '200':
                description: things
                content:
                  application/json:
                    schema:
                      type: array
                      items:
                        $ref: '../models/thing.yaml'
            """,
        "api/shared/parameters.yaml": """
            page: {name: page, in: query, schema: {type: integer}}
            """,
        "api/models/thing.yaml": """
            type: object
            properties:
              owner: {$ref: 'owner.yaml'}
              parent: {$ref: 'thing.yaml'}
            """,
        "api/models/owner.yaml": """
            type: object
            properties:
              name: {type: string}
            """,
    ]

    func build(_ root: String, files: [String: String] = Self.files) -> (APIModel?, [Diagnostic]) {
        let sink = DiagnosticSink()
        var options = GenerateOptions()
        options.loader = { path in files[path].map { Array($0.utf8) } }
        let model = buildModel(spec: Array(files[root]!.utf8), specName: root, options: options, diagnostics: sink)
        return (model, sink.diagnostics)
    }

    @Test func bundlesFilesIntoNamedSchemas() throws {
        let (model, diagnostics) = build("api/root.yaml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.models.map(\.name) == ["Owner", "Thing"])
        let operation = api.tags[0].operations[0]
        #expect(operation.swiftName == "listThings")
        #expect(operation.parameters.map(\.name) == ["page"])
        #expect(operation.result.bodyType == .array(.named("Thing")))
        guard case .object(let properties) = api.models[1].kind else { Issue.record("no Thing"); return }
        #expect(properties.map(\.type) == [.named("Owner"), .named("Thing")])
        #expect(properties[1].indirect)
    }

    @Test func missingFilesAndPointersAreErrorsInTheReferringFile() {
        var files = Self.files
        files["api/paths/things.yaml"] = files["api/paths/things.yaml"]!.replacingOccurrences(of: "#/page", with: "#/pages")
        files["api/models/thing.yaml"] = files["api/models/thing.yaml"]!.replacingOccurrences(of: "owner.yaml", with: "owners.yaml")
        let (model, diagnostics) = build("api/root.yaml", files: files)
        #expect(model == nil)
        #expect(diagnostics.map(\.description).sorted() == [
            "api/models/thing.yaml:3:10: error: '$ref' to a missing file: cannot read 'api/models/owners.yaml' (at '#/properties/owner')",
            "api/paths/things.yaml:3:5: error: '$ref' target '../shared/parameters.yaml#/pages' does not exist: 'api/shared/parameters.yaml' has no node at '#/pages' (at '#/parameters/0')",
        ])
    }

    /// A file that refers back to one of the root's components gets that component's type, however
    /// the root's path and the reference are spelled: one schema, one type.
    @Test(arguments: [
        ("api/openapi.yaml", "../openapi.yaml#/components/schemas/ToyColor"),
        ("./api/openapi.yaml", "../openapi.yaml#/components/schemas/ToyColor"),
        ("api/openapi.yaml", "./../openapi.yaml#/components/schemas/ToyColor"),
        ("api/openapi.yaml", "../../api/openapi.yaml#/components/schemas/ToyColor"),
        ("openapi.yaml", "../openapi.yaml#/components/schemas/ToyColor"),
    ])
    func aReferenceBackIntoTheRootIsTheRootsComponent(root: String, reference: String) throws {
        let spec = """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /toys:
                get:
                  operationId: listToys
                  parameters:
                    - {name: color, in: query, schema: {$ref: '#/components/schemas/ToyColor'}}
                    - $ref: 'schemas/toy.yaml#/parameters/limit'
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: 'schemas/toy.yaml#/Toy'}}}}}
            components:
              parameters:
                Limit: {name: limit, in: query, schema: {type: integer}}
              schemas:
                ToyColor: {type: string, enum: [red, blue]}
            """
        let toy = """
            Toy:
              type: object
              properties:
                color: {$ref: '\(reference)'}
            parameters:
              limit: {$ref: '\(reference.replacingOccurrences(of: "schemas/ToyColor", with: "parameters/Limit"))'}
            """
        let files = [root: spec, resolvePath("schemas/toy.yaml", from: resolvePath(root, from: "")): toy]
        let (model, diagnostics) = build(root, files: files)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.models.map(\.name) == ["Toy", "ToyColor"])
        guard case .object(let properties) = api.models[0].kind else { Issue.record("no Toy"); return }
        #expect(properties.map(\.type) == [.named("ToyColor")])
        #expect(api.tags[0].operations[0].parameters.map(\.name) == ["color", "limit"])
    }

    @Test func referenceChainsAreBounded() {
        var files = ["api/root.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      $ref: 'op0.yaml'\n"]
        for index in 0..<80 { files["api/op\(index).yaml"] = "$ref: 'op\(index + 1).yaml'\n" }
        files["api/op80.yaml"] = "responses: {'204': {description: x}}\n"
        let (model, diagnostics) = build("api/root.yaml", files: files)
        #expect(model == nil)
        #expect(diagnostics.first?.description == "api/op63.yaml:1:1: error: '$ref's nest deeper than 64 levels at 'op64.yaml' (raise with --max-ref-depth) (at '#')")
    }

    @Test func filesOutsideTheSpecFolderNeedPermission() {
        let files = ["api/root.yaml": "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      $ref: '../../etc/op.yaml'\n", "../etc/op.yaml": "responses: {'204': {description: x}}\n"]
        let (model, diagnostics) = build("api/root.yaml", files: files)
        #expect(model == nil)
        #expect(diagnostics.first?.description == "api/root.yaml:6:7: error: '$ref' to '../../etc/op.yaml' leaves the spec's folder ('api'); move the file inside it or pass --allow-external-files (at '#/paths/~1a/get')")
    }
}
