import SDKGenCore
import Testing

@Suite struct LowerTests {
    static let spec = """
        openapi: 3.0.0
        info: {title: T, version: '1'}
        paths:
          /b/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
            delete:
              operationId: DeleteThing
              tags: [things]
              responses:
                '204': {description: gone}
          /a:
            get:
              operationId: GetThings
              tags: [things]
              parameters:
                - {name: page_size, in: query, schema: {type: integer}}
                - {name: X-Request-ID, in: header, required: true, schema: {type: string}}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
                '500': {$ref: '#/components/responses/Failure'}
          /c:
            post:
              tags: [other]
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        when: {type: string, format: date-time}
              responses:
                2XX: {description: fine}
        components:
          responses:
            Failure:
              description: it failed
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Failure'}
          schemas:
            Thing:
              type: object
              required: [thing_id]
              properties:
                thing_id: {type: string}
                size: {type: integer, format: int64, nullable: true}
                color: {type: string, enum: [red, green]}
            Failure:
              type: object
              properties:
                message: {type: string}
        """

    @Test func namesSortsAndResolves() throws {
        let (model, diagnostics) = model(Self.spec)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.tags.map(\.typeName) == ["Other", "Things"])
        #expect(api.tags[1].operations.map(\.swiftName) == ["deleteThing", "getThings"])
        #expect(api.tags[0].operations.map(\.swiftName) == ["postC"])
        #expect(api.models.map(\.name) == ["Failure", "PostCRequest", "Thing", "ThingColor"])

        let getThings = api.tags[1].operations[1]
        #expect(getThings.parameters.map(\.swiftName) == ["xRequestID", "pageSize"])
        #expect(getThings.result.bodyType == .named("Thing"))
        #expect(getThings.responses.map(\.status) == [.code(200), .code(500)])
        #expect(getThings.responses[1].content?.type == .named("Failure"))
        #expect(getThings.successes.map(\.status) == [.code(200)])
        #expect(getThings.errors.map(\.statuses) == [[.code(500)]])
        #expect(getThings.method == .get)
        #expect(getThings.responses[1].description == "it failed")
        #expect(getThings.origin.pointer == "#/paths/~1a/get")

        guard case .object(let properties) = api.models[2].kind else { Issue.record("Thing is not an object"); return }
        #expect(properties.map(\.swiftName) == ["thingID", "size", "color"])
        #expect(properties.map(\.type.swift) == ["String", "Int64", "ThingColor"])
        #expect(properties.map(\.optional) == [false, true, true])
    }

    @Test func missingReferenceSuggestsTheNearName() {
        let yaml = Self.spec.replacingOccurrences(of: "$ref: '#/components/schemas/Thing'", with: "$ref: '#/components/schemas/Thin'")
        let (model, diagnostics) = model(yaml)
        #expect(model == nil)
        #expect(diagnostics.map(\.description) == [
            "spec.yaml:24:30: error: '$ref' target '#/components/schemas/Thin' does not exist; did you mean '#/components/schemas/Thing'? (at '#/paths/~1a/get/responses/200/content/application~1json/schema/$ref')",
        ])
    }

    @Test func collisionsAreResolvedAndReported() throws {
        let yaml = specWithSchemas("""
            user_id: {type: string}
            UserID: {type: string}
            Pair:
              type: object
              properties:
                a_b: {type: string}
                aB: {type: string}
            """)
        let (model, diagnostics) = model(yaml)
        #expect(model?.models.map(\.name) == ["Pair", "UserID", "UserID2"])
        #expect(diagnostics.map(\.message).sorted() == [
            "property 'aB' of Pair would be named 'aB', which is taken; it is named 'aB2' instead",
            "schema 'user_id' would be named 'UserID', which is taken; it is named 'UserID2' instead",
        ])
    }

    /// Values that differ only in a sign before a digit get the sign spelled out rather than a
    /// number appended: `etcGmt13` for `Etc/GMT-1` would read as a different zone. A leading sign
    /// is always spelled out (`-5` is `minus5`, not `_5`).
    /// Two jobs ask for the same inline type name: the component's job comes first and keeps it,
    /// the operation's job is redone and gets the suffix and the warning, as one serial lowering
    /// would. The same on one thread and on all.
    @Test(arguments: [false, true])
    func inlineTypesThatClashAcrossJobsAreNamedInSerialOrder(serially: Bool) throws {
        let spec = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths:
              /x:
                post:
                  operationId: aX
                  requestBody: {content: {application/json: {schema: {type: object, properties: {n: {type: integer}}}}}}
                  responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {m: {type: string}}}}}}}
            components:
              schemas:
                A:
                  type: object
                  properties:
                    xRequest: {type: object, properties: {s: {type: string}}}
                    xResponse: {type: object, properties: {t: {type: string}}}
            """
        let sink = DiagnosticSink()
        let document = try #require(parseYAML(Array(spec.utf8), file: "spec.yaml", diagnostics: sink))
        let decoded = try #require(decodeSpec(document, diagnostics: sink))
        let api = try #require(lower(decoded, specName: "spec.yaml", serially: serially, diagnostics: sink))
        #expect(api.models.map(\.name) == ["A", "AXRequest", "AXRequest2", "AXResponse", "AXResponse2"])
        #expect(api.tags[0].operations[0].body?.content.type == .named("AXRequest2"))
        #expect(api.tags[0].operations[0].result.bodyType == .named("AXResponse2"))
        guard case .object(let properties) = api.models[0].kind else { Issue.record("no A"); return }
        #expect(properties.map(\.type) == [.named("AXRequest"), .named("AXResponse")])
        #expect(sink.diagnostics.map(\.description) == [
            "spec.yaml:7:58: warning: inline schema would be named 'AXRequest', which is taken; it is named 'AXRequest2' instead (at '#/paths/~1x/post/requestBody/content/application~1json/schema')",
            "spec.yaml:8:81: warning: inline schema would be named 'AXResponse', which is taken; it is named 'AXResponse2' instead (at '#/paths/~1x/post/responses/200/content/application~1json/schema')",
        ])
    }

    @Test func enumValuesDifferingInSignsSpellThem() throws {
        let yaml = specWithSchemas("""
            Zone: {type: string, enum: [Etc/GMT, Etc/GMT+1, Etc/GMT-1, Etc/GMT1, Etc/GMT+10, GMT-0, GMT0, utf-8, a_1, a-1, A1, '-5', '+2.5']}
            Reactions:
              type: object
              properties:
                '+1': {type: integer}
                '-1': {type: integer}
                total-1: {type: integer}
                '-7': {type: integer}
            """)
        let (model, diagnostics) = model(yaml)
        let zone = try #require(model?.models.first { $0.name == "Zone" })
        guard case .stringEnum(let cases) = zone.kind else { Issue.record("Zone is not a string enum"); return }
        #expect(cases.map(\.swiftName) == ["etcGmt", "etcGmtPlus1", "etcGmtMinus1", "etcGmt1", "etcGmt10", "gmtMinus0", "gmt0", "utf8", "a1", "aMinus1", "a1_2", "minus5", "plus25"])
        let reactions = try #require(model?.models.first { $0.name == "Reactions" })
        guard case .object(let properties) = reactions.kind else { Issue.record("Reactions is not an object"); return }
        #expect(properties.map(\.swiftName) == ["plus1", "minus1", "total1", "minus7"])
        #expect(diagnostics.map(\.message) == ["enum case 'A1' would be named 'a1', which is taken; it is named 'a1_2' instead"])
    }
}

@Suite struct OpenAPI31Tests {
    @Test func webhooksTypeArraysAndDefaults() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Hooks, version: '1'}
            webhooks:
              newPet:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            name: {type: [string, "null"]}
                            tags: {type: array, prefixItems: [{type: string}, {type: integer}]}
                            count: {type: integer, default: 1, description: How many.}
                  responses:
                    '200': {description: ok}
            components:
              schemas:
                Box:
                  $defs:
                    Inner: {type: object, properties: {x: {type: integer}}}
                  type: object
                  properties:
                    inner: {$ref: '#/components/schemas/Box/$defs/Inner'}
            """
        let (model, diagnostics) = model(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let api = try #require(model)
        #expect(api.tags.isEmpty)
        #expect(api.models.map(\.name) == ["Box", "Inner", "NewPetWebhook", "NewPetWebhookTagsItem"])
        guard case .object(let properties) = api.models.first(where: { $0.name == "NewPetWebhook" })?.kind else { Issue.record("no webhook type"); return }
        #expect(properties.map(\.type.swift) == ["String", "[NewPetWebhookTagsItem]", "Int"])
        // `count` has a default: absent decodes to 1, so it is not optional.
        #expect(properties.map(\.optional) == [true, true, false])
        #expect(properties[2].defaultValue?.literal == .number("1"))
        #expect(properties[2].defaultValue?.enumType == nil)
        #expect(properties[2].description == "How many. Defaults to `1`.")
        guard case .object(let boxProperties) = api.models[0].kind else { Issue.record("no Box"); return }
        #expect(boxProperties.map(\.type) == [.named("Inner")])
    }

    /// `null` reached through a `$ref` counts: a required property of a nullable schema is optional.
    @Test(arguments: [
        ("{$ref: '#/components/schemas/E'}", true),
        ("{$ref: '#/components/schemas/Alias'}", true),
        ("{allOf: [{$ref: '#/components/schemas/E'}]}", true),
        ("{allOf: [{$ref: '#/components/schemas/E'}, {description: An E.}]}", true),
        ("{allOf: [{$ref: '#/components/schemas/Plain'}, {nullable: true}]}", true),
        ("{allOf: [{$ref: '#/components/schemas/Plain'}, {description: A plain one.}]}", false),
        ("{$ref: '#/components/schemas/Plain'}", false),
        ("{$ref: '#/components/schemas/Loop'}", false),
    ])
    func nullableThroughReferences(property: String, nullable: Bool) throws {
        let api = try lowered(specWithSchemas("""
            E: {type: string, enum: [a, b], nullable: true}
            Alias: {$ref: '#/components/schemas/E'}
            Plain: {type: string, enum: [a, b]}
            Loop: {type: object, required: [next], properties: {next: {$ref: '#/components/schemas/Loop'}}}
            O: {type: object, required: [p], properties: {p: \(property)}}
            """))
        let properties = try objectProperties("O", in: api)
        #expect(properties.map(\.nullable) == [nullable])
        #expect(properties.map(\.optional) == [nullable])
    }

    /// Array elements and map values whose schema allows `null` are optional: `[E?]`, `[String: Int?]`.
    @Test func nullableElementsAndValuesAreOptional() throws {
        let api = try lowered(specWithSchemas("""
            E: {type: string, enum: [a, b], nullable: true}
            O:
              type: object
              properties:
                list: {type: array, items: {$ref: '#/components/schemas/E'}}
                counts: {type: object, additionalProperties: {type: integer, nullable: true}}
                any: {type: array, items: {nullable: true}}
                plain: {type: array, items: {type: string}}
                described: {allOf: [{type: string, enum: [x, y]}, {description: Only words.}]}
                free: {type: object, additionalProperties: {allOf: [{}, {description: Any value.}]}}
            """))
        let properties = try objectProperties("O", in: api)
        #expect(properties.map(\.type.swift) == ["[E?]", "[String: Int?]", "[JSONValue]", "[String]", "ODescribed", "[String: JSONValue]"])
        // An allOf of an enum and a part that only describes is that enum, not an empty struct.
        guard case .stringEnum(let cases)? = api.models.first(where: { $0.name == "ODescribed" })?.kind else { Issue.record("ODescribed is not an enum"); return }
        #expect(cases.map(\.value) == ["x", "y"])
    }

    /// A union's object cases carry their JSON keys for ranking; the dictionary of other keys is no
    /// key, and says the case keeps the keys it does not name.
    @Test func unionObjectCasesCarryTheirKeys() throws {
        let api = try lowered(specWithSchemas("""
            A: {type: object, properties: {a: {type: string}}, additionalProperties: true}
            B: {type: object, properties: {b: {type: string}, c: {type: string, nullable: true}}, required: [c]}
            U: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}, {type: string}]}
            """))
        guard case .union(let cases, _)? = api.models.first(where: { $0.name == "U" })?.kind else { Issue.record("U is not a union"); return }
        #expect(cases.map(\.objectKeys) == [.init(names: ["a"], required: [], keepsOtherKeys: true), .init(names: ["b", "c"], required: ["c"]), nil])
    }

    /// Stripe's shape: a union of two unions of objects ranks each inner union by every key its
    /// members know, and by the keys all of its members require.
    @Test func nestedUnionCasesKnowTheirMembersKeys() throws {
        let api = try lowered(specWithSchemas("""
            Card: {type: object, properties: {id: {type: string}, brand: {type: string}}, required: [id, brand]}
            Bank: {type: object, properties: {id: {type: string}, last4: {type: string}}, required: [id]}
            DeletedCard: {type: object, properties: {id: {type: string}, deleted: {type: boolean}}, required: [id, deleted]}
            DeletedBank: {type: object, properties: {id: {type: string}, deleted: {type: boolean}}, required: [id, deleted]}
            Source: {anyOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]}
            DeletedSource: {anyOf: [{$ref: '#/components/schemas/DeletedCard'}, {$ref: '#/components/schemas/DeletedBank'}]}
            Either: {anyOf: [{$ref: '#/components/schemas/Source'}, {$ref: '#/components/schemas/DeletedSource'}]}
            """))
        guard case .union(let cases, _)? = api.models.first(where: { $0.name == "Either" })?.kind else { Issue.record("Either is not a union"); return }
        #expect(cases.map(\.objectKeys) == [.init(names: ["id", "brand", "last4"], required: ["id"]),
                                            .init(names: ["id", "deleted"], required: ["id", "deleted"])])
    }

    /// `type: object` beside a `oneOf` says what each member is: the schema is the union, not a map
    /// (OpenAI's `Item`), and an alias of a union ranks by the union's keys.
    @Test func anObjectTypedOneOfIsAUnion() throws {
        let api = try lowered(specWithSchemas("""
            A: {type: object, properties: {a: {type: string}}}
            B: {type: object, properties: {b: {type: string}}}
            Item: {type: object, oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}
            Input: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/Alias'}]}
            Alias: {$ref: '#/components/schemas/Item'}
            """))
        guard case .union(let cases, _)? = api.models.first(where: { $0.name == "Item" })?.kind else { Issue.record("Item is not a union"); return }
        #expect(cases.map(\.type.swift) == ["A", "B"])
        guard case .union(let input, _)? = api.models.first(where: { $0.name == "Input" })?.kind else { Issue.record("Input is not a union"); return }
        #expect(input.map(\.objectKeys) == [.init(names: ["a"], required: []), .init(names: ["a", "b"], required: [])])
    }

    /// The model of a spec that lowers without any message.
    func lowered(_ yaml: String) throws -> APIModel {
        let (model, diagnostics) = model(yaml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(model)
    }

    /// The properties of the struct `name`.
    func objectProperties(_ name: String, in api: APIModel) throws -> [IRProperty] {
        guard case .object(let properties)? = api.models.first(where: { $0.name == name })?.kind else {
            throw CommandLineError(description: "\(name) is not a struct")
        }
        return properties
    }

    @Test func identicalInlineTypesBecomeAliasesOfOneType() throws {
        let yaml = """
            openapi: 3.0.0
            info: {title: T, version: '1'}
            paths: {}
            components:
              schemas:
                Address:
                  type: object
                  properties:
                    city: {type: string}
                Shipment:
                  type: object
                  properties:
                    status: {type: string, enum: [sent, lost]}
                    to:
                      type: object
                      properties:
                        city: {type: string}
                    box:
                      type: object
                      properties:
                        state: {type: string, enum: [sent, lost]}
                        kind: {type: string, enum: [small, large]}
                Parcel:
                  type: object
                  properties:
                    status: {type: string, enum: [sent, lost]}
                    box:
                      type: object
                      properties:
                        state: {type: string, enum: [sent, lost]}
                        kind: {type: string, enum: [small, large]}
                    label:
                      type: object
                      description: Differs by a member's docs, so it stays its own type.
                      properties:
                        city: {type: string, description: Printed on the label.}
            """
        let model = try #require(model(yaml).model)
        func kind(_ name: String) -> String {
            guard let found = model.models.first(where: { $0.name == name }) else { return "missing" }
            switch found.kind {
            case .alias(let type): return "= " + type.swift
            case .object: return "struct"
            case .stringEnum: return "enum"
            default: return "other"
            }
        }
        // An inline copy of a component points at the component.
        #expect(kind("ShipmentTo") == "= Address")
        #expect(kind("Address") == "struct")
        // Enums with the same cases share the shortest name; the nested object shares after them.
        #expect(kind("ParcelStatus") == "enum")
        #expect(kind("ShipmentStatus") == "= ParcelStatus")
        #expect(kind("ParcelBoxState") == "= ParcelStatus")
        #expect(kind("ParcelBox") == "struct")
        #expect(kind("ShipmentBox") == "= ParcelBox")
        #expect(kind("ParcelLabel") == "struct")
        // Components are never turned into aliases, even when identical to each other.
        #expect(kind("Parcel") == "struct" && kind("Shipment") == "struct")

        // The code declares each alias; the docs describe it on the shared type's page.
        let files = try #require(try run(yaml).files)
        let swift = files.filter { $0.path.hasSuffix(".swift") }.map(\.contents).joined()
        #expect(swift.contains("public typealias ShipmentStatus = ParcelStatus\n"))
        #expect(!files.contains { $0.path == "docs/Models/ShipmentStatus.md" })
        let index = try #require(files.first { $0.path == "docs/README.md" }).contents
        #expect(index.contains("- [ShipmentStatus](Models/ParcelStatus.md) (same type as ParcelStatus)\n"))
        let page = try #require(files.first { $0.path == "docs/Models/ParcelStatus.md" }).contents
        #expect(page.contains("typealiases of this type: `ParcelBoxState`, `ShipmentBoxState`, `ShipmentStatus`."))
    }
}
