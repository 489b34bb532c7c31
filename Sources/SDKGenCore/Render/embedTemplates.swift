/// The Swift source of `BuiltInTemplates.swift`: every template as a raw string literal, so the
/// `sdkgen` binary carries its templates and runs from any folder.
///
/// `swift run sdkgen embed-templates` writes it from `Templates/`; a test checks the two agree.
/// Each literal is a multi-line raw string (`#"""`) with more `#` than any run in the text, so the
/// text needs no escaping and reads as it is in the template file.
/// - Parameter templates: Name (file name without `.mustache`) -> text; texts use `\n` line ends.
public func embeddedTemplatesSource(_ templates: [String: String]) -> String {
    var source = """
        // Generated from Templates/*.mustache by `swift run sdkgen embed-templates`. Do not edit.

        extension TemplateSet {
            /// The built-in templates: `Templates/*.mustache` of swift-sdkgen, by name.
            public static let builtInTemplates: [String: String] = [

        """
    for name in templates.keys.sorted() {
        let text = templates[name]!
        let hashes = String(repeating: "#", count: longestRun(of: "#", in: text) + 1)
        source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
    }
    source += "    ]\n}\n"
    return source
}

private func longestRun(of character: Character, in text: String) -> Int {
    var longest = 0
    var current = 0
    for next in text {
        current = next == character ? current + 1 : 0
        longest = max(longest, current)
    }
    return longest
}
