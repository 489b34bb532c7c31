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
///
/// Names start with the shard number (`00-Client.swift`, `00-Models.swift`, `00-Operations.swift`,
/// `01-Models.swift` ...) because the Swift driver splits a module's files, in name order, into
/// contiguous batches, one per core, and gives the files left over from an even split to the first
/// batches. Interleaved names give every batch an equal share of models and operations, and the
/// small client file sorts first, so it is the one left over: with `Client.swift` last, the first of
/// two batches got 9 of the 16 models files of Stripe's SDK (74k of 127k lines) and took the longest.
public enum OutputLayout {
    public static let modelShards = 16
    public static let operationShards = 16

    public static var swiftFiles: [String] {
        [clientFile] + (0..<modelShards).flatMap { [modelsFile($0), operationsFile($0)] }
    }

    public static let clientFile = "00-Client.swift"
    static func operationsFile(_ shard: Int) -> String { "\(twoDigits(shard))-Operations.swift" }
    static func modelsFile(_ shard: Int) -> String { "\(twoDigits(shard))-Models.swift" }
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
    static let required = ["Client", "Operations", "Models", "TagDoc", "ModelDoc", "DocsIndex", "Signature"]
    let library: TemplateLibrary

    /// The built-in templates, each replaced by the override of the same name.
    public init(overriding overrides: [String: String] = [:]) throws {
        try self.init(templates: Self.builtInTemplates.merging(overrides) { _, override in override })
    }

    /// Parses templates given as name -> text; user overrides are merged in by the caller.
    public init(templates: [String: String]) throws {
        let library = try TemplateLibrary(templates)
        for name in Self.required where library.template(named: name) == nil {
            throw TemplateError(description: "error: the template folder has no \(name).mustache")
        }
        self.library = library
    }

    /// The width of an operation's signature line when it is not wrapped: `    public func ` and
    /// the `Signature` partial on one line, then ` {` (a protocol requirement: `    func ` and the
    /// partial).
    func signatureWidth(_ operation: OperationContext, settings: FileSettings) -> Int {
        var unwrapped = operation
        unwrapped.wrapsSignature = false
        let signature = library.render(.context(unwrapped), withTemplate: "Signature") ?? ""
        return operation.requirement ? "    func ".count + signature.count : "    \(settings.access) func ".count + signature.count + " {".count
    }

    /// The requirements of each group's protocol, wrapped where they are too long.
    func requirements(_ model: APIModel, settings: FileSettings) -> [String: [OperationContext]] {
        var requirements: [String: [OperationContext]] = [:]
        for tag in model.tags {
            requirements[tag.typeName] = tag.operations.enumerated().map { index, operation in
                var context = OperationContext(operation, tag: tag)
                context.requirement = true
                context.isFirst = index == 0
                context.wrapsSignature = signatureWidth(context, settings: settings) > Escaping.lineWidth
                return context
            }
        }
        return requirements
    }

    func render(_ name: String, _ context: some TemplateContext) -> String {
        var text = library.render(.context(context), withTemplate: name) ?? ""
        // Exactly one newline at the end of every file.
        while text.hasSuffix("\n\n") { text.removeLast() }
        if !text.hasSuffix("\n") { text += "\n" }
        return text
    }
}

/// How to render: the options that are not part of the model.
public struct RenderOptions: Sendable {
    public var docs = true
    /// Also write the DocC catalog `<moduleName>.docc/` (`DocCCatalog`).
    public var doccCatalog = false
    /// The module the docs' examples import.
    public var moduleName = "API"
    /// `public`, `package` or `internal`.
    public var accessModifier = "public"
    public var hashable = false
    /// Swift lines that set up `client` in every docs example (`exampleSetup` in `sdkgen.yaml`).
    public var exampleSetup: String?
    /// How many models and operations files (`OutputLayout`): the build plugin's fixed 16, or 1 for
    /// a small fixture that reads as one file of each.
    public var shards = OutputLayout.modelShards
    /// Write every file of `OutputLayout`, a shard with no models or operations as its header
    /// only: the build plugin declares them all up front (`--fixed-layout`). Otherwise such a file
    /// is left out, so a reviewable copy holds no empty files.
    public var fixedLayout = false
    /// Render the files one after another instead of on all cores (the same bytes either way).
    public var serially = false
    /// Also write `SchemaRegistry.swift`, which maps each schema's JSON pointer to its Swift type,
    /// for conformance tests (`--schema-registry`); never part of an SDK by default.
    public var schemaRegistry = false
    /// Also write `00-Server.swift`: each group's `registerHandlers(on:)` (`--server`).
    public var server = false

    public init() {}
}

/// Renders the model into files: the Swift sources of `OutputLayout` and, when `docs` is set,
/// Markdown pages under `docs/`.
///
/// Each template gets a typed context built from the IR (`ClientContext`, `OperationContext`,
/// `ModelContext`, the docs' contexts); the templates spell the Swift. Files are independent, so
/// they are rendered on every core; the result is sorted by path and does not depend on the
/// order the work finished in.
public func render(_ model: APIModel, templates: TemplateSet, options: RenderOptions = RenderOptions()) -> [OutputFile] {
    let settings = FileSettings(header: "// Generated by sdkgen from \(Escaping.commentText(model.specName)). Do not edit.", access: options.accessModifier, hashable: options.hashable)
    var jobs: [@Sendable () -> [OutputFile]] = []
    if let messaging = model.messaging {
        jobs.append { [OutputFile(path: OutputLayout.clientFile, contents: templates.render("Messages", MessagesContext(model: model, messaging: messaging, settings: settings)))] }
    } else {
        jobs.append { [OutputFile(path: OutputLayout.clientFile, contents: templates.render("Client", ClientContext(model: model, settings: settings, requirements: templates.requirements(model, settings: settings))))] }
    }

    let shards = max(1, options.shards)
    var operationShards = [[(tag: IRTag, operation: IROperation)]](repeating: [], count: shards)
    for tag in model.tags {
        for operation in tag.operations {
            operationShards[OutputLayout.shard(of: tag.typeName + "." + SwiftName.bare(operation.swiftName), count: shards)].append((tag, operation))
        }
    }
    for (index, shard) in operationShards.enumerated() where options.fixedLayout || !shard.isEmpty {
        jobs.append {
            var byTag: [String: [OperationContext]] = [:]
            for (tag, operation) in shard {
                var context = OperationContext(operation, tag: tag)
                context.isFirst = byTag[tag.typeName] == nil
                context.wrapsSignature = templates.signatureWidth(context, settings: settings) > Escaping.lineWidth
                byTag[tag.typeName, default: []].append(context)
                for var stream in context.streamVariants {
                    stream.wrapsSignature = templates.signatureWidth(stream, settings: settings) > Escaping.lineWidth
                    byTag[tag.typeName, default: []].append(stream)
                }
            }
            let groups = byTag.keys.sorted().map { OperationGroupContext(typeName: $0, operations: byTag[$0]!) }
            return [OutputFile(path: OutputLayout.operationsFile(index), contents: templates.render("Operations", OperationsFileContext(settings: settings, groups: groups)))]
        }
    }

    var modelShards = [[IRModel]](repeating: [], count: shards)
    for irModel in model.models {
        modelShards[OutputLayout.shard(of: irModel.name, count: shards)].append(irModel)
    }
    for (index, shard) in modelShards.enumerated() where options.fixedLayout || !shard.isEmpty {
        jobs.append {
            [OutputFile(path: OutputLayout.modelsFile(index), contents: templates.render("Models", ModelsFileContext(settings: settings, models: shard.map(ModelContext.init))))]
        }
    }

    if options.server {
        jobs.append { [OutputFile(path: ServerFileContext.file, contents: templates.render("Server", ServerFileContext(model: model, settings: settings)))] }
    }

    if options.schemaRegistry {
        jobs.append { [OutputFile(path: SchemaRegistryContext.file, contents: templates.render("SchemaRegistry", SchemaRegistryContext(model: model, settings: settings)))] }
    }

    if options.docs {
        let docs = DocsSettings(header: "<!-- Generated by sdkgen from \(Escaping.markdownCell(model.specName)). Do not edit. -->", module: options.moduleName, access: options.accessModifier, exampleSetup: options.exampleSetup)
        jobs.append {
            model.tags.map { tag in
                var page = TagDocContext(tag: tag, model: model, settings: docs)
                page.wrapSignatures(templates, settings: settings)
                return OutputFile(path: "docs/\(tag.typeName)Api.md", contents: templates.render("TagDoc", page))
            } + (model.messaging?.channels ?? []).map { channel in
                OutputFile(path: "docs/\(channel.pageName).md", contents: templates.render("ChannelDoc", ChannelDocContext(channel: channel, model: model, settings: docs)))
            } + [OutputFile(path: "docs/README.md", contents: templates.render("DocsIndex", DocsIndexContext(model: model, settings: docs)))]
        }
        if options.doccCatalog {
            jobs.append { DocCCatalog.files(model, module: options.moduleName, templates: templates, header: docs.header) }
        }
        var sharedBy: [String: [String]] = [:]
        for irModel in model.models {
            if let shared = irModel.sharedType { sharedBy[shared, default: []].append(irModel.name) }
        }
        let aliases = sharedBy
        let documented = model.models.filter { !$0.isShared }
        let chunk = 64
        for start in stride(from: 0, to: documented.count, by: chunk) {
            let models = documented[start..<min(start + chunk, documented.count)]
            jobs.append {
                models.map {
                    OutputFile(path: "docs/Models/\($0.name).md", contents: templates.render("ModelDoc", ModelDocContext(irModel: $0, model: model, settings: docs, aliases: (aliases[$0.name] ?? []).sorted())))
                }
            }
        }
    }
    return concurrentMap(jobs, serially: options.serially).flatMap { $0 }.sorted { $0.path < $1.path }
}
