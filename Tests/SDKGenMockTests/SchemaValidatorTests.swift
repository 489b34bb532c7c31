import SDKGenCore
import Testing
@testable import SDKGenMock

/// A document whose `components/schemas` are the given YAML, for one schema at a time.
func document(schemas: String, paths: String = "{}", extra: String = "") -> YAMLDocument {
    let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n\(extra)paths: \(paths)\ncomponents:\n  schemas:\n" + schemas.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
    return parseYAML(Array(text.utf8), file: "spec.yaml", diagnostics: DiagnosticSink())!
}

func json(_ text: String) -> JSON {
    try! JSON.parse(Array(text.utf8))
}

@Suite struct SchemaValidatorTests {
    struct Row: CustomStringConvertible {
        var schema: String
        var value: String
        /// The violation as "pointer: message", or nil when the value is valid.
        var expected: String?
        var direction: Direction = .request
        var description: String { "\(schema) ⟵ \(value)" }
    }

    static let rows: [Row] = [
        Row(schema: "{type: integer}", value: "3", expected: nil),
        Row(schema: "{type: integer}", value: "3.0", expected: nil),
        Row(schema: "{type: integer}", value: "3.5", expected: "expected an integer, not a number"),
        Row(schema: "{type: integer}", value: "\"3\"", expected: "expected an integer, not a string"),
        Row(schema: "{type: [string, 'null']}", value: "null", expected: nil),
        Row(schema: "{type: string, nullable: true}", value: "null", expected: nil),
        Row(schema: "{type: string}", value: "null", expected: "expected a string, not null"),
        Row(schema: "{type: string, enum: [a, b]}", value: "\"c\"", expected: "\"c\" is not one of the allowed values (\"a\", \"b\")"),
        Row(schema: "{const: 2}", value: "2.0", expected: nil),
        Row(schema: "{type: string, minLength: 2}", value: "\"é\"", expected: "expected at least 2 characters, not 1"),
        Row(schema: "{type: string, maxLength: 2}", value: "\"abc\"", expected: "expected at most 2 characters, not 3"),
        Row(schema: "{type: string, pattern: '^[A-Z]{3}$'}", value: "\"ABCD\"", expected: "\"ABCD\" does not match the pattern ^[A-Z]{3}$"),
        Row(schema: "{type: string, pattern: '[0-9]'}", value: "\"a1b\"", expected: nil),
        Row(schema: "{type: string, format: date-time}", value: "\"2024-02-29T23:59:60.5+01:00\"", expected: nil),
        Row(schema: "{type: string, format: date-time}", value: "\"2023-02-29T00:00:00Z\"", expected: "\"2023-02-29T00:00:00Z\" is not a valid date-time"),
        Row(schema: "{type: string, format: date}", value: "\"2024-13-01\"", expected: "\"2024-13-01\" is not a valid date"),
        Row(schema: "{type: string, format: uuid}", value: "\"00000000-0000-4000-8000-00000000000g\"", expected: "\"00000000-0000-4000-8000-00000000000g\" is not a valid uuid"),
        Row(schema: "{type: string, format: uri}", value: "\"https://example.com/a%20b?q=1#f\"", expected: nil),
        Row(schema: "{type: string, format: uri}", value: "\"not a uri\"", expected: "\"not a uri\" is not a valid uri"),
        Row(schema: "{type: string, format: ipv4}", value: "\"10.0.0.256\"", expected: "\"10.0.0.256\" is not a valid ipv4"),
        Row(schema: "{type: integer, minimum: 1}", value: "0", expected: "0 is below the minimum 1"),
        Row(schema: "{type: integer, maximum: 5, exclusiveMaximum: true}", value: "5", expected: "5 is above the maximum 5 (exclusive)"),
        Row(schema: "{type: number, exclusiveMinimum: 0}", value: "0", expected: "0 must be above 0"),
        Row(schema: "{type: number, multipleOf: 0.01}", value: "0.07", expected: nil),
        Row(schema: "{type: number, multipleOf: 0.5}", value: "0.7", expected: "0.7 is not a multiple of 0.5"),
        Row(schema: "{type: integer, format: int32}", value: "2147483648", expected: "2147483648 does not fit in int32"),
        Row(schema: "{type: integer, format: int64}", value: "9223372036854775807", expected: nil),
        Row(schema: "{type: integer, format: int64}", value: "-9223372036854775809", expected: "-9.223372036854776e+18 does not fit in int64"),
        Row(schema: "{type: array, items: {type: integer}, maxItems: 2}", value: "[1, \"x\"]", expected: "/1: expected an integer, not a string"),
        Row(schema: "{type: array, maxItems: 1}", value: "[1, 2]", expected: "expected at most 1 items, not 2"),
        Row(schema: "{type: array, uniqueItems: true}", value: "[{\"a\": 1}, {\"a\": 1.0}]", expected: "/1: items must be unique; this one repeats an earlier item"),
        Row(schema: "{type: array, items: [{type: integer}, {type: string}], additionalItems: false}", value: "[1, \"a\", 2]", expected: "/2: no value is allowed here"),
        Row(schema: "{type: array, prefixItems: [{type: integer}], items: {type: string}}", value: "[1, 2]", expected: "/1: expected a string, not an integer"),
        Row(schema: "{type: object, required: [id]}", value: "{}", expected: "the required property 'id' is missing"),
        Row(schema: "{type: object, required: [id], properties: {id: {type: string, readOnly: true}}}", value: "{}", expected: nil),
        Row(schema: "{type: object, required: [id], properties: {id: {type: string, readOnly: true}}}", value: "{}", expected: "the required property 'id' is missing", direction: .response),
        Row(schema: "{type: object, properties: {a/b: {type: string}}}", value: "{\"a/b\": 1}", expected: "/a~1b: expected a string, not an integer"),
        Row(schema: "{type: object, additionalProperties: false, properties: {a: {}}}", value: "{\"a\": 1, \"b\": 2}", expected: "/b: the property 'b' is not allowed here"),
        Row(schema: "{type: object, additionalProperties: {type: integer}}", value: "{\"a\": \"x\"}", expected: "/a: expected an integer, not a string"),
        Row(schema: "{type: object, patternProperties: {'^x-': {type: string}}, additionalProperties: false}", value: "{\"x-a\": \"1\"}", expected: nil),
        Row(schema: "{type: object, minProperties: 1}", value: "{}", expected: "expected at least 1 properties, not 0"),
        Row(schema: "{allOf: [{type: object, required: [a]}, {type: object, required: [b]}]}", value: "{\"a\": 1}", expected: "the required property 'b' is missing"),
        Row(schema: "{anyOf: [{type: string}, {type: integer}]}", value: "true", expected: "matches none of the 2 schemas of anyOf (the first says: expected a string, not a boolean)"),
        Row(schema: "{oneOf: [{type: number}, {type: integer}]}", value: "1", expected: "matches 2 of the schemas of oneOf; exactly one must match"),
        Row(schema: "{oneOf: [{type: number}, {type: integer}]}", value: "1.5", expected: nil),
        Row(schema: "{not: {type: string}}", value: "\"a\"", expected: "matches the schema of 'not'"),
        Row(schema: "{$ref: '#/components/schemas/Name', description: a name}", value: "7", expected: "expected a string, not an integer"),
    ]

    @Test(arguments: rows)
    func validates(_ row: Row) throws {
        let doc = document(schemas: "Name: {type: string}\nSubject: \(row.schema)")
        let validator = SchemaValidator(document: doc)
        let violation = validator.violation(of: json(row.value), doc.node(at: "#/components/schemas/Subject")!, row.direction)
        #expect(violation.map(SchemaValidator.describe) == row.expected)
    }
}
