import Foundation
import Testing

/// The README's table of contents reaches every section, and its links land on headings.
@Suite struct ReadmeTests {
    static func readme() throws -> String {
        try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// A heading's anchor as GitHub makes it: lower case, punctuation but `-` dropped, spaces as `-`.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { character -> Character? in
            if character == " " { return "-" }
            return character.isLetter || character.isNumber || character == "-" || character == "_" ? character : nil
        })
    }

    @Test(arguments: [
        ("Install", "install"),
        ("Reviewing a spec change: `sdkgen diff`", "reviewing-a-spec-change-sdkgen-diff"),
        ("`sdkgen.yaml` and the plugins", "sdkgenyaml-and-the-plugins"),
        ("Serving an API: `--server`", "serving-an-api---server"),
    ])
    func anchorsAreGitHubs(_ heading: String, _ anchor: String) {
        #expect(Self.anchor(heading) == anchor)
    }

    /// Code blocks hold `#` lines (YAML comments, shell) that are no headings.
    static func headings(_ text: String) -> [(level: Int, text: String)] {
        var inFence = false
        var headings: [(Int, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle() }
            if !inFence, line.hasPrefix("#") { headings.append((line.prefix { $0 == "#" }.count, String(line.drop { $0 == "#" }.dropFirst()))) }
        }
        return headings
    }

    @Test func everyLinkLandsOnAHeadingAndTheContentsListEverySection() throws {
        let text = try Self.readme()
        let anchors = Set(Self.headings(text).map { Self.anchor($0.text) })
        var links: [String] = []
        var rest = text[...]
        while let range = rest.range(of: "](#") {
            let tail = rest[range.upperBound...]
            links.append(String(tail.prefix { $0 != ")" }))
            rest = tail
        }
        #expect(links.count >= 20)
        for link in links { #expect(anchors.contains(link), "README links to #\(link), which no heading makes") }

        let contents = try #require(text.components(separatedBy: "\n## Contents\n").dropFirst().first?.components(separatedBy: "\n## ").first)
        let sections = Self.headings(text).filter { $0.level == 2 && $0.text != "Contents" }.map(\.text)
        for section in sections {
            #expect(contents.contains("(#\(Self.anchor(section)))"), "the README's Contents do not list '\(section)'")
        }
    }
}
