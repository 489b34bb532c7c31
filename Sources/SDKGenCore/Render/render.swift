/// A generated file: its path relative to the output folder and its bytes as text.
public struct OutputFile: Hashable, Sendable {
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}

/// The fixed layout of generated Swift files, which the build plugin declares up front.
///
/// Models and operations are spread over a fixed number of files by a stable hash of their
/// names, so the compiler can work on files in parallel and a change to one schema recompiles
/// one shard, while a schema or tag added to the spec never adds a file.
public enum OutputLayout {
    public static let modelShards = 16
    public static let operationShards = 8

    public static var swiftFiles: [String] {
        ["Client.swift"]
            + (0..<operationShards).map(operationsFile)
            + (0..<modelShards).map(modelsFile)
    }

    static func operationsFile(_ shard: Int) -> String { "Operations\(twoDigits(shard)).swift" }
    static func modelsFile(_ shard: Int) -> String { "Models\(twoDigits(shard)).swift" }
    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// FNV-1a over the UTF-8 bytes: the same name always lands in the same shard, on every machine.
    public static func shard(of name: String, count: Int) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }
}

/// Problems with a template folder, reported before anything is rendered.
public struct TemplateError: Error, CustomStringConvertible {
    public var description: String
}

/// The Mustache templates the renderer uses, by name (file name without `.mustache`), compiled once.
public struct TemplateSet: Sendable {
    static let required = ["Client", "Operations", "Models", "TagDoc", "ModelDoc", "DocsIndex"]
    let library: TemplateLibrary

    /// Parses templates given as name -> text; user overrides are merged in by the caller.
    public init(templates: [String: String]) throws {
        let library = try TemplateLibrary(templates)
        for name in Self.required where library.template(named: name) == nil {
            throw TemplateError(description: "error: the template folder has no \(name).mustache")
        }
        self.library = library
    }

    func render(_ name: String, _ context: [String: TemplateValue]) -> String {
        var text = library.render(.object(context), withTemplate: name) ?? ""
        // Exactly one newline at the end of every file.
        while text.hasSuffix("\n\n") { text.removeLast() }
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }
}

/// Renders the model into files: the Swift sources of `OutputLayout` and, when `docs` is set,
/// Markdown pages under `docs/`.
public func render(_ model: APIModel, templates: TemplateSet, docs: Bool = true, moduleName: String = "API", accessModifier: String = "public") -> [OutputFile] {
    let context = RenderContext(model: model, moduleName: moduleName)
    // Every file's root context carries the access level; nested contexts find it there.
    func withAccess(_ values: [String: TemplateValue]) -> [String: TemplateValue] {
        var values = values
        values["access"] = .string(accessModifier)
        return values
    }
    var files: [OutputFile] = []
    files.append(OutputFile(path: "Client.swift", contents: templates.render("Client", withAccess(context.client()))))

    var operationShards = [[String: [[String: TemplateValue]]]](repeating: [:], count: OutputLayout.operationShards)
    for tag in model.tags {
        for operation in tag.operations {
            let shard = OutputLayout.shard(of: tag.typeName + "." + SwiftName.bare(operation.swiftName), count: OutputLayout.operationShards)
            var operationContext = context.operationContext(operation)
            operationContext["isFirst"] = .bool(operationShards[shard][tag.typeName] == nil)
            operationShards[shard][tag.typeName, default: []].append(operationContext)
        }
    }
    for (index, shard) in operationShards.enumerated() {
        let tags = shard.keys.sorted().map { ["typeName": .string($0), "operations": .objects(shard[$0]!)] as [String: TemplateValue] }
        files.append(OutputFile(path: OutputLayout.operationsFile(index), contents: templates.render("Operations", withAccess(["header": .string(context.header), "tags": .objects(tags)]))))
    }

    var modelShards = [[[String: TemplateValue]]](repeating: [], count: OutputLayout.modelShards)
    for irModel in model.models {
        modelShards[OutputLayout.shard(of: irModel.name, count: OutputLayout.modelShards)].append(context.modelContext(irModel))
    }
    for (index, shard) in modelShards.enumerated() {
        files.append(OutputFile(path: OutputLayout.modelsFile(index), contents: templates.render("Models", withAccess(["header": .string(context.header), "models": .objects(shard)]))))
    }

    if docs {
        for tag in model.tags {
            files.append(OutputFile(path: "docs/" + context.docsFileName(tag), contents: templates.render("TagDoc", context.tagDocs(tag))))
        }
        for irModel in model.models {
            files.append(OutputFile(path: "docs/Models/\(irModel.name).md", contents: templates.render("ModelDoc", context.modelDocs(irModel))))
        }
        files.append(OutputFile(path: "docs/README.md", contents: templates.render("DocsIndex", context.indexDocs())))
    }
    return files.sorted { $0.path < $1.path }
}
