import Foundation
import SDKGenCore
import Testing

/// `Templates/README.md` documents every context a template sees, with every key.
@Suite struct TemplateDocsTests {
    @Test func everyContextAndKeyIsDocumented() throws {
        let readme = try String(contentsOf: Repo.templates.appendingPathComponent("README.md"), encoding: .utf8)
        var sections: [String: String] = [:]
        for part in readme.components(separatedBy: "\n### `").dropFirst() {
            guard let name = part.split(separator: "`").first else { continue }
            sections[String(name)] = part.components(separatedBy: "\n## ").first ?? ""
        }
        for (name, keys) in TemplateCatalog.contexts {
            let section = try #require(sections[name], "Templates/README.md has no section for \(name)")
            for key in keys {
                #expect(section.contains("`\(key)`"), "Templates/README.md does not document \(name).\(key)")
            }
        }
        #expect(Set(sections.keys) == Set(TemplateCatalog.contexts.map(\.name)), "sections for contexts that do not exist")
    }

    /// Every context type in the sources is in the catalog the test above reads.
    @Test func theCatalogListsEveryContext() throws {
        let folder = Repo.root.appendingPathComponent("Sources/SDKGenCore/Render")
        var declared: [String] = []
        for path in try FileManager.default.contentsOfDirectory(atPath: folder.path) where path.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("struct ") && line.hasSuffix(": TemplateContext {") {
                declared.append(String(line.dropFirst("struct ".count).prefix { $0 != ":" }))
            }
        }
        #expect(Set(declared) == Set(TemplateCatalog.contexts.map(\.name)))
        #expect(declared.count == TemplateCatalog.contexts.count)
    }
}
