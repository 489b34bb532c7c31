import SDKGenCore
import Testing
@testable import SDKGenMock

@Suite struct ValueSynthesizerTests {
    struct Row: CustomStringConvertible {
        var schema: String
        /// The value, as compact JSON.
        var expected: String
        var direction: Direction = .response
        /// False when no finite value meets the schema; the synthesizer says so.
        var valid = true
        var description: String { schema }
    }

    static let rows: [Row] = [
        Row(schema: "{type: string}", expected: "\"string\""),
        Row(schema: "{type: string, example: Ada}", expected: "\"Ada\""),
        Row(schema: "{type: string, examples: [7, Grace]}", expected: "\"Grace\""),
        Row(schema: "{type: integer, example: 'x', default: 4}", expected: "4"),
        Row(schema: "{type: string, enum: [open, closed]}", expected: "\"open\""),
        Row(schema: "{type: string, format: date-time}", expected: "\"2024-01-02T03:04:05Z\""),
        Row(schema: "{type: string, format: uuid}", expected: "\"00000000-0000-4000-8000-000000000000\""),
        Row(schema: "{type: string, minLength: 8}", expected: "\"stringaa\""),
        Row(schema: "{type: string, maxLength: 3}", expected: "\"str\""),
        Row(schema: "{type: string, pattern: '^[A-Z]{2}-\\d{3}$'}", expected: "\"AA-000\""),
        Row(schema: "{type: string, pattern: '^(KX|KY)[A-Z0-9]+$', minLength: 5}", expected: "\"KX000\""),
        Row(schema: "{type: integer, minimum: 10, multipleOf: 4}", expected: "12"),
        Row(schema: "{type: integer, exclusiveMinimum: 0}", expected: "1"),
        Row(schema: "{type: number, maximum: -2.5}", expected: "-3"),
        Row(schema: "{type: boolean}", expected: "true"),
        Row(schema: "{type: 'null'}", expected: "null"),
        Row(schema: "{type: array, items: {type: integer}, minItems: 2, uniqueItems: true}", expected: "[0,1]"),
        Row(schema: "{type: array, items: [{type: integer}, {type: string}]}", expected: "[0]"),
        Row(schema: "{type: object, required: [id], properties: {id: {type: integer}, name: {type: string}}}", expected: "{\"id\":0,\"name\":\"string\"}"),
        Row(schema: "{type: object, required: [id], properties: {id: {type: integer, readOnly: true}, name: {type: string}}}", expected: "{\"name\":\"string\"}", direction: .request),
        Row(schema: "{type: object, additionalProperties: {type: integer}, minProperties: 1}", expected: "{\"key1\":1}"),
        Row(schema: "{allOf: [{type: object, required: [a], properties: {a: {type: string}}}, {type: object, required: [b], properties: {b: {type: boolean}}}]}", expected: "{\"a\":\"string\",\"b\":true}"),
        Row(schema: "{oneOf: [{type: integer}, {type: number}]}", expected: "1.5"),
        Row(schema: "{anyOf: [{type: string, enum: [a]}, {type: integer}]}", expected: "\"a\""),
        Row(schema: "{$ref: '#/components/schemas/Name', description: a name}", expected: "\"Ada\""),
        Row(schema: "{type: object, required: [child], properties: {child: {$ref: '#/components/schemas/Subject'}}}", expected: String(repeating: "{\"child\":", count: 12) + "null" + String(repeating: "}", count: 12), valid: false),
    ]

    @Test(arguments: rows)
    func synthesizes(_ row: Row) throws {
        let doc = document(schemas: "Name: {type: string, example: Ada}\nSubject: \(row.schema)")
        let synthesizer = ValueSynthesizer(validator: SchemaValidator(document: doc))
        let (value, violation) = synthesizer.value(for: doc.node(at: "#/components/schemas/Subject")!, row.direction)
        #expect(value.text == row.expected)
        // A schema that only an infinite value meets is reported, not answered silently.
        #expect((violation == nil) == row.valid)
    }

    @Test func theSameSchemaGivesTheSameBytes() throws {
        let doc = document(schemas: "Subject: {type: object, properties: {a: {type: array, items: {type: string, format: email}}, b: {type: number, minimum: 0.25}}}")
        let schema = doc.node(at: "#/components/schemas/Subject")!
        let first = ValueSynthesizer(validator: SchemaValidator(document: doc)).value(for: schema, .response).value.text
        let second = ValueSynthesizer(validator: SchemaValidator(document: doc)).value(for: schema, .response).value.text
        #expect(first == "{\"a\":[\"user@example.com\"],\"b\":1}")
        #expect(second == first)
    }
}

@Suite struct PatternSamplerTests {
    struct Row: CustomStringConvertible {
        var pattern: String
        var first: String?
        var description: String { pattern }
    }

    static let rows: [Row] = [
        Row(pattern: "^abc$", first: "abc"),
        Row(pattern: "^[a-z]+$", first: "a"),
        Row(pattern: "^\\d{4}-\\d{2}$", first: "0000-00"),
        Row(pattern: "^(foo|bar)baz?$", first: "fooba"),
        Row(pattern: "^[^0-9]{2}$", first: "aa"),
        Row(pattern: "^\\w+@\\w+\\.com$", first: "a@a.com"),
        Row(pattern: "^(?:[A-F0-9]{2}:){2}[A-F0-9]{2}$", first: "00:00:00"),
        Row(pattern: "^\\u0041\\x42$", first: "AB"),
        Row(pattern: "^(?=x)x$", first: nil),
        Row(pattern: "^(a)\\1$", first: nil),
    ]

    @Test(arguments: rows)
    func samples(_ row: Row) {
        #expect(PatternSampler.samples(row.pattern, minLength: 0, maxLength: .max).first == row.first)
    }
}
