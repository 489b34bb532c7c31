import SDKGenCore
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

    @Test func docCommentsStayComments() {
        #expect(Escaping.docComment("\n  first */ line\n\n  second\u{202E}\r\n    third\u{0}  \n") == [
            "/// first */ line", "///", "/// second\\u{202E}", "///   third\\u{0}",
        ])
    }

    @Test(arguments: [
        ("a | b", #"a \| b"#),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("two\nlines", "two lines"),
    ])
    func markdownCells(input: String, expected: String) {
        #expect(Escaping.markdownCell(input) == expected)
    }
}
