import SDKGenCore
import Testing

/// JSON allows any character in a string but U+0000-U+001F; YAML 1.1, which libyaml reads, refuses
/// or changes more. Every class of code point in a JSON string reads back as written, and the
/// positions after it stay the file's.
@Suite struct JSONCharactersTests {
    static let allowed: [(label: String, scalar: UInt32)] = [
        ("tab", 0x09), ("space", 0x20), ("tilde", 0x7E), ("DEL", 0x7F), ("first C1", 0x80), ("NEL", 0x85),
        ("last C1", 0x9F), ("no-break space", 0xA0), ("before surrogates", 0xD7FF), ("private use", 0xE000),
        ("line separator", 0x2028), ("paragraph separator", 0x2029), ("byte-order mark", 0xFEFF),
        ("last BMP allowed by YAML", 0xFFFD), ("noncharacter FFFE", 0xFFFE), ("noncharacter FFFF", 0xFFFF),
        ("first astral", 0x10000), ("emoji", 0x1F600), ("last code point", 0x10FFFF),
    ]

    @Test(arguments: allowed.map(\.label))
    func aCharacterInAStringReadsBackAsWritten(_ label: String) throws {
        let scalar = try #require(Self.allowed.first { $0.label == label }.flatMap { Unicode.Scalar($0.scalar) })
        let value = "x\(Character(scalar))y\(Character(scalar))z"
        // Twice on the first line, so the second key's column proves both escapes are undone.
        let json = "{\"a\": \"\(value)\", \"b\": 1,\n \"c\": [\"\(value)\"]}"
        let (document, diagnostics) = parse(json)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let root = try #require(document?.root)
        #expect(root["a"]?.scalarText == value)
        #expect(root["c"]?.items?.first?.scalarText == value)
        let b = try #require(root.pairs?.first { $0.key.scalarText == "b" })
        // `{"a": "` is 7 characters, the value 5, then `", ` 3: "b" starts at column 16.
        #expect((b.key.line, b.key.column) == (1, 16))
        #expect((b.value.line, b.value.column) == (1, 21))
        #expect(root["c"].map { ($0.line, $0.column) }.map { $0 == (2, 7) } == true)
    }

    @Test func aRawControlCharacterIsNamedWithItsFix() {
        for (text, message) in [
            ("{\"a\": \"x\u{01}y\"}", "doc.yaml:1:9: error: the character U+0001 (a control character) is not allowed unescaped in JSON; inside a string, write it as \\u0001; elsewhere remove it"),
            ("{\"a\": \"\u{85}\", \"b\": \"\u{1F}\"}", "doc.yaml:1:18: error: the character U+001F (a control character) is not allowed unescaped in JSON; inside a string, write it as \\u001F; elsewhere remove it"),
            ("a: \"x\u{7F}\"\n", "doc.yaml:1:6: error: the character U+007F (a control character) is not allowed unescaped in YAML; inside a double-quoted string, write it as \\u007F; elsewhere remove it"),
        ] {
            let (document, diagnostics) = parse(text)
            #expect(document == nil)
            #expect(diagnostics.map(\.description) == [message])
        }
    }

    /// Outside strings, and in YAML, nothing is rewritten: the same bytes reach libyaml.
    @Test func escapesAreOnlyMadeInsideJSONStrings() throws {
        let (document, diagnostics) = parse("{\"a\\u0085\": \"\\\"\u{85}\\\\\"}")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.root.pairs?.first?.key.scalarText == "a\u{85}")
        #expect(document?.root["a\u{85}"]?.scalarText == "\"\u{85}\\")
    }
}
