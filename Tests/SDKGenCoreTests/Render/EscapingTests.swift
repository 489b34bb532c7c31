@testable import SDKGenCore
import Testing

@Suite struct EscapingTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        (#"say "hi""#, #""say \"hi\"""#),
        (#"back\slash"#, #""back\\slash""#),
        (#"\(interpolation)"#, #""\\(interpolation)""#),
        ("line\nbreak", #""line\nbreak""#),
        ("nul\u{0}", #""nul\0""#),
        ("bidi\u{202E}", #""bidi\u{202E}""#),
        ("bell\u{7}", #""bell\u{7}""#),
        ("\"\"\"", #""\"\"\"""#),
    ])
    func swiftStringLiterals(input: String, expected: String) {
        #expect(Escaping.swiftString(input) == expected)
    }

    /// RFC 6901 tokens: `~` is `~0`, `/` is `~1`, and unescaping reads left to right, so `~01` is
    /// `~1`, not `/`; a `~` followed by anything else is kept.
    @Test(arguments: [
        ("plain", "plain"),
        ("/pets/{id}", "~1pets~1{id}"),
        ("a~b", "a~0b"),
        ("~1", "~01"),
        ("~/", "~0~1"),
        ("ünïcode/ß", "ünïcode~1ß"),
        ("", ""),
    ])
    func jsonPointerTokens(token: String, escaped: String) {
        #expect(JSONPointer.escape(token) == escaped)
        #expect(JSONPointer.unescape(escaped) == token)
    }

    @Test func jsonPointerUnescapeKeepsOtherTildes() {
        #expect(JSONPointer.unescape("a~2b~") == "a~2b~")
        #expect(JSONPointer.unescape("~~1") == "~/")
        #expect(JSONPointer.tokens("#/paths/~1pets~1{id}/get") == ["paths", "/pets/{id}", "get"])
        #expect(JSONPointer.tokens("#/components/schemas/a%20b") == ["components", "schemas", "a b"])
        let schemas = "#/components/schemas/"
        #expect(JSONPointer.token(in: "#/components/schemas/Pet", after: schemas) == "Pet")
        #expect(JSONPointer.token(in: "#/components/schemas/a~1b%20c", after: schemas) == "a/b c")
        #expect(JSONPointer.token(in: "#/components/schemas/", after: schemas) == "")
        #expect(JSONPointer.token(in: "#/components/schemas/Pet/properties", after: schemas) == nil)
        #expect(JSONPointer.token(in: "#/components/schemas/a%2Fb", after: schemas) == nil)
        #expect(JSONPointer.token(in: "#/components/responses/Pet", after: schemas) == nil)
        for text in ["#", "#/", "#/a/b", "#a", "a", "", "/a", "##/a"] {
            #expect(JSONPointer.isLocal(text) == (JSONPointer.tokens(text) != nil), "\(text)")
        }
        for text in ["#", "#/", "#/a/b", "#/a/", "#a", "a", "", "/a", "##/a", "#/a~1b", "#/x/a~1b", "#/x/a%2Fb", "#/x/%7Bid%7D", "#/x/ü"] {
            #expect(JSONPointer.lastToken(text) == JSONPointer.tokens(text)?.last, "\(text)")
        }
    }

    /// One-line text takes a fast path; it must trim and dedent exactly like the general one.
    @Test(arguments: [
        ("one line", ["/// one line"]),
        ("  leading", ["/// leading"]),
        ("trailing  ", ["/// trailing"]),
        ("tab\tinside", ["/// tab    inside"]),
        ("ünïcode ends", ["/// ünïcode ends"]),
        ("   ", []),
        ("", []),
    ])
    func oneLineDocComments(text: String, expected: [String]) {
        #expect(Escaping.docComment(text) == expected)
    }

    @Test func docCommentsStayComments() {
        #expect(Escaping.docComment("\n  first */ line\n\n  second\u{202E}\r\n    third\u{0}  \n") == [
            "/// first */ line", "///", "/// second\\u{202E}", "///   third\\u{0}",
        ])
    }

    @Test(arguments: [
        ("a | b", #"a \| b"#),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("two\nlines", "two lines"),
        (#"back\slash & more"#, #"back\\slash &amp; more"#),
        ("ü|é>", #"ü\|é&gt;"#),
        ("`code`", "`code`"),
        ("", ""),
    ])
    func markdownCells(input: String, expected: String) {
        #expect(Escaping.markdownCell(input) == expected)
    }

    @Test func asciiReplacementTablesReplaceExactlyTheirCharacters() {
        let table: ASCIIReplacements = ["\\": "1", "|": "2", "\u{0}": "3", "\u{7F}": "4"]
        let expected: [UInt8: String] = [UInt8(ascii: "\\"): "1", UInt8(ascii: "|"): "2", 0: "3", 0x7F: "4"]
        for byte in 0...255 {
            #expect(table[UInt8(byte)] == expected[UInt8(byte)], "\(byte)")
        }
        #expect(Escaping.replacingASCII("a<b>\"c\"&", .mustache) == "a&lt;b&gt;&quot;c&quot;&amp;")
        #expect(Escaping.replacingASCII("ü`|", .markdownCode) == "ü'\\|")
    }
}
