import Foundation
import SDKGenCore

/// Paths of the repository, found from this file so tests run from any directory.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates")
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")

    /// The built-in templates, as `sdkgen` uses them.
    static func templateSet() throws -> TemplateSet {
        try TemplateSet(overriding: [:])
    }
}

/// Runs the whole pipeline on YAML text; returns the files and every diagnostic.
func run(_ yaml: String, file: String = "spec.yaml", docs: Bool = true) throws -> (files: [OutputFile]?, diagnostics: [Diagnostic]) {
    let sink = DiagnosticSink()
    var options = GenerateOptions()
    options.docs = docs
    let files = generate(spec: Array(yaml.utf8), specName: file, templates: try Repo.templateSet(), options: options, diagnostics: sink)
    return (files, sink.diagnostics)
}

/// The model of YAML text, or the diagnostics when it has errors.
func model(_ yaml: String) -> (model: APIModel?, diagnostics: [Diagnostic]) {
    let sink = DiagnosticSink()
    let model = buildModel(spec: Array(yaml.utf8), specName: "spec.yaml", diagnostics: sink)
    return (model, sink.diagnostics)
}

/// An OpenAPI 3.0 document with no paths and these `components/schemas` (YAML, unindented).
func specWithSchemas(_ schemas: String) -> String {
    "openapi: 3.0.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        + schemas.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
}

func parse(_ yaml: String) -> (document: YAMLDocument?, diagnostics: [Diagnostic]) {
    let sink = DiagnosticSink()
    let document = parseYAML(Array(yaml.utf8), file: "doc.yaml", diagnostics: sink)
    return (document, sink.diagnostics)
}
