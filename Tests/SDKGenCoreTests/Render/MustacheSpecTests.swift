import Foundation
import Testing
@testable import SDKGenCore

/// The template engine against the Mustache specification's own tests (Tests/Fixtures/mustache-spec).
@Suite struct MustacheSpecTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var data: JSON
        var template: String
        var partials: [String: String]?
        var expected: String
        var file = ""
        var testDescription: String { "\(file): \(name)" }

        enum CodingKeys: String, CodingKey { case name, data, template, partials, expected }
    }

    /// Any JSON value, turned into what templates see (numbers print as JSON writes them).
    indirect enum JSON: Decodable, Sendable {
        case value(TemplateValue)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .value(.null)
            } else if let flag = try? container.decode(Bool.self) {
                self = .value(.bool(flag))
            } else if let integer = try? container.decode(Int.self) {
                self = .value(.string(String(integer)))
            } else if let number = try? container.decode(Double.self) {
                self = .value(.string("\(number)"))
            } else if let text = try? container.decode(String.self) {
                self = .value(.string(text))
            } else if let items = try? container.decode([JSON].self) {
                self = .value(.list(items.map(\.templateValue)))
            } else {
                self = .value(.object(TemplateObject(try container.decode([String: JSON].self).sorted { $0.key < $1.key }.map { ($0.key, $0.value.templateValue) })))
            }
        }

        var templateValue: TemplateValue {
            switch self { case .value(let value): return value }
        }
    }

    struct File: Decodable { var tests: [Case] }

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    static func cases() throws -> [Case] {
        try files.flatMap { file -> [Case] in
            let data = try Data(contentsOf: Repo.fixtures.appendingPathComponent("mustache-spec/\(file).json"))
            return try JSONDecoder().decode(File.self, from: data).tests.map { test in
                var test = test
                test.file = file
                return test
            }
        }
    }

    @Test func everySpecFileIsPresent() throws {
        let counts = Dictionary(grouping: try Self.cases(), by: \.file).mapValues(\.count)
        #expect(counts == ["comments": 12, "delimiters": 14, "interpolation": 42, "inverted": 22, "partials": 12, "sections": 34])
    }

    @Test(arguments: try cases())
    func specCase(_ test: Case) throws {
        var templates = test.partials ?? [:]
        templates["(spec test)"] = test.template
        let library = try TemplateLibrary(templates)
        #expect(library.render(test.data.templateValue, withTemplate: "(spec test)") == test.expected)
    }

    @Test(arguments: [
        ("{{#a}}", "t.mustache:1:1: error: section 'a' is never closed; add {{/a}}"),
        ("x\n  {{/a}}", "t.mustache:2:3: error: '{{/a}}' closes a section that was never opened"),
        ("{{#a}}{{/b}}", "t.mustache:1:7: error: '{{/b}}' closes 'a'; close 'a' first"),
        ("é {{name", "t.mustache:1:3: error: unclosed tag: no '}}' after this '{{'"),
        ("{{=<% =}}", "t.mustache:1:1: error: a set-delimiters tag needs two delimiters separated by a space, like {{=<% %>=}}"),
        ("{{a..b}}", "t.mustache:1:1: error: 'a..b' is not a valid name"),
    ])
    func brokenTemplatesSayWhere(_ text: String, _ message: String) {
        #expect(throws: TemplateError.self) { try Template(text, name: "t") }
        do {
            _ = try Template(text, name: "t")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func textContentTypeTurnsEscapingOff() throws {
        let library = try TemplateLibrary([
            "swift": "{{% CONTENT_TYPE: TEXT}}\nlet x = {{value}}\n",
            "html": "<b>{{value}}</b>",
        ])
        #expect(library.render(["value": "a < \"b\" & c"], withTemplate: "swift") == "let x = a < \"b\" & c\n")
        #expect(library.render(["value": "a < \"b\" & c"], withTemplate: "html") == "<b>a &lt; &quot;b&quot; &amp; c</b>")
    }

    @Test func aPartialThatIncludesItselfStops() throws {
        let library = try TemplateLibrary(["loop": "x{{>loop}}"])
        #expect(library.render([:], withTemplate: "loop") == String(repeating: "x", count: TemplateLibrary.maximumDepth + 1))
    }
}
