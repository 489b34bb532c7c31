import Foundation
import SDKGenCore
import Testing

@Suite struct ParseYAMLTests {
    @Test func keepsScalarsAsWrittenWithOneBasedLocations() throws {
        let (document, diagnostics) = parse("""
            responses:
              200: ok
              flag: on
              version: 1.0
              quoted: "yes"
            """)
        #expect(diagnostics.isEmpty)
        let responses = try #require(document?.root["responses"])
        let pairs = try #require(responses.pairs)
        #expect(pairs.map { $0.key.scalarText } == ["200", "flag", "version", "quoted"])
        #expect(responses["flag"]?.scalarText == "on")
        #expect(responses["version"]?.scalarText == "1.0")
        #expect(responses.line == 2 && responses.column == 3)
        #expect(pairs[1].key.line == 3 && pairs[1].key.column == 3)
    }

    @Test(arguments: [
        ("x: on", YAMLScalar.Resolved.string("on")),
        ("x: yes", .string("yes")),
        ("x: 'true'", .string("true")),
        ("x: true", .bool(true)),
        ("x: 12", .int(12)),
        ("x: -3", .int(-3)),
        ("x: 1.5", .double(1.5)),
        ("x: ~", .null),
        ("x: null", .null),
        ("x: 0x1F", .int(31)),
        ("x: 1.0.0", .string("1.0.0")),
        ("x: +7", .int(7)),
        ("x: -0x10", .int(-16)),
        ("x: 0o17", .int(15)),
        ("x: 0x", .string("0x")),
        ("x: 0xZZ", .string("0xZZ")),
        ("x: 007", .int(7)),
        ("x: 99999999999999999999", .double(1e20)),
        ("x: -2.5e-3", .double(-0.0025)),
        ("x: 1e+3", .double(1000)),
        ("x: .5", .double(0.5)),
        ("x: 1-2", .string("1-2")),
        ("x: e", .string("e")),
        ("x: '-'", .string("-")),
        ("x: ١٢", .string("١٢")),
        ("x: fill_or_kill", .string("fill_or_kill")),
    ])
    func resolvesPlainScalarsWithTheCoreSchema(yaml: String, expected: YAMLScalar.Resolved) throws {
        let node = try #require(parse(yaml).document?.root["x"])
        guard case .scalar(let scalar) = node.content else { Issue.record("not a scalar"); return }
        #expect(scalar.resolved == expected)
    }

    @Test func expandsAnchorsAliasesAndMergeKeys() throws {
        let (document, diagnostics) = parse("""
            base: &base
              type: string
              format: uuid
            id: *base
            named:
              <<: *base
              format: email
            """)
        #expect(diagnostics.isEmpty)
        #expect(document?.root["id"]?["format"]?.scalarText == "uuid")
        #expect(document?.root["named"]?["format"]?.scalarText == "email")
        #expect(document?.root["named"]?["type"]?.scalarText == "string")
    }

    /// Small mappings compare keys pairwise, larger ones and merges hash them: the same messages.
    @Test(arguments: [
        ("a: 1\nb: 2\na: 3\na: 4\n", ["doc.yaml:3:1", "doc.yaml:4:1"]),
        ((0..<12).map { "k\($0): 1\n" }.joined() + "k3: 2\nk3: 3\n", ["doc.yaml:13:1", "doc.yaml:14:1"]),
        ("base: &b {x: 1}\nm:\n  <<: *b\n  y: 1\n  y: 2\n", ["doc.yaml:5:3"]),
    ])
    func duplicateKeysAreFoundInMappingsOfEverySize(yaml: String, at locations: [String]) {
        let (_, diagnostics) = parse(yaml)
        #expect(diagnostics.map { $0.description.components(separatedBy: ": error:")[0] } == locations)
        #expect(diagnostics.allSatisfy { $0.description.contains("duplicate key") })
    }

    @Test func duplicateKeysAreErrorsNamingBothLocations() {
        let (document, diagnostics) = parse("a: 1\nb: 2\na: 3\n")
        #expect(document == nil)
        #expect(diagnostics.map(\.description) == ["doc.yaml:3:1: error: duplicate key 'a'; it was first defined at doc.yaml:1:1; remove one of them"])
    }

    @Test(arguments: [
        ("a: [1, 2\n", "doc.yaml:2:1: error: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence that starts at 1:4"),
        ("{\"a\": [1, 2\n", "doc.yaml:2:1: error: JSON syntax error: did not find expected ',' or ']' while parsing a flow sequence that starts at 1:7"),
        ("\n  {\"a\": 1,,}\n", "doc.yaml:2:11: error: JSON syntax error: did not find expected node content while parsing a flow node"),
        ("a:\n\tb: 1\n", "doc.yaml:2:1: error: YAML syntax error: found character that cannot start any token while scanning for the next token; tabs cannot indent YAML, use spaces"),
        ("", "doc.yaml:1:1: error: the file is empty; expected an OpenAPI document"),
        ("a: *nothing\n", "doc.yaml:1:4: error: alias '*nothing' refers to an anchor that is not defined before it"),
    ])
    func syntaxErrorsCarryLibyamlsMark(yaml: String, expected: String) {
        let (document, diagnostics) = parse(yaml)
        #expect(document == nil)
        #expect(diagnostics.first?.description == expected)
    }

    @Test func invalidUTF8IsAClearError() {
        let sink = DiagnosticSink()
        let document = parseYAML([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A], file: "bad.yaml", diagnostics: sink)
        #expect(document == nil)
        #expect(sink.diagnostics.first?.message.hasPrefix("the file is not valid UTF-8 text") == true)
    }

    /// Ten billion nodes by aliases fail at the limit, fast (0.02 s here), not after expanding them.
    @Test(.timeLimit(.minutes(1))) func aliasBombsFailFast() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let start = Date()
        let (document, diagnostics) = parse(yaml)
        let elapsed = Date().timeIntervalSince(start)
        #expect(document == nil)
        #expect(diagnostics.first?.message == "aliases expand to more than 1000000 nodes; the document looks like an alias bomb (raise with --max-alias-nodes)")
        // Expanding it would take minutes and gigabytes: a bound 250 times the time it takes.
        #expect(elapsed < 5, "the alias bomb took \(elapsed) s to refuse")
    }

    @Test func nestingDepthIsBounded() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let (document, diagnostics) = parse("a: " + deep)
        #expect(document == nil)
        #expect(diagnostics.first?.description == "doc.yaml:1:515: error: nesting is deeper than 512 levels (raise with --max-depth)")
        var limits = YAMLLimits()
        limits.maxDepth = 1000
        let sink = DiagnosticSink()
        #expect(parseYAML(Array(("a: " + deep).utf8), file: "doc.yaml", diagnostics: sink, limits: limits) != nil)
    }

    @Test func readsJSON() {
        let (document, diagnostics) = parse(#"{"openapi": "3.1.0", "paths": {"/a": {}}, "n": 1.0}"#)
        #expect(diagnostics.isEmpty)
        #expect(document?.root["openapi"]?.scalarText == "3.1.0")
        #expect(document?.root["n"]?.scalarText == "1.0")
    }
}

