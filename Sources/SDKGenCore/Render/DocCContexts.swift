/// The DocC documentation catalog of an SDK (`docc: true`): `<Module>.docc/` with a landing page
/// from the spec's `info`, an article per tag whose Topics list that tag's methods, and an article
/// that lists the models. Every link in it is a symbol link DocC resolves in the module, so a
/// documentation build of the SDK has no warnings.
public enum DocCCatalog {
    /// The catalog's folder, relative to the output folder.
    public static func folder(module: String) -> String { "\(module).docc" }

    /// The files of the catalog.
    static func files(_ model: APIModel, module: String, templates: TemplateSet, header: String) -> [OutputFile] {
        let folder = folder(module: module)
        var files = [OutputFile(path: "\(folder)/\(module).md", contents: templates.render("DocCLanding", DocCLandingContext(model: model, module: module, header: header)))]
        for tag in model.tags {
            files.append(OutputFile(path: "\(folder)/\(DocCTagContext.article(tag)).md", contents: templates.render("DocCTag", DocCTagContext(tag: tag, header: header))))
        }
        if !model.models.isEmpty {
            files.append(OutputFile(path: "\(folder)/\(DocCModelsContext.article).md", contents: templates.render("DocCModels", DocCModelsContext(model: model, header: header))))
        }
        return files
    }

    /// A DocC symbol link to a method of `owner`: ``` ``ApiKeys/getApiKeys(fcmSubtraderID:)`` ```.
    /// With `bodyType`, one of two overloads that differ only in the body's type, told apart as
    /// DocC does: `uploadFile(id:body:)-(_,HTTPBody)`.
    static func methodLink(owner: String, name: String, arguments: [IRArgument], bodyType: String? = nil) -> String {
        let labels = arguments.map { ($0.unlabeled ? "_" : SwiftName.bare($0.swiftName)) + ":" }.joined()
        let overload = bodyType.map { type in "-(" + arguments.map { $0.source == .body ? type : "_" }.joined(separator: ",") + ")" } ?? ""
        return "``\(owner)/\(SwiftName.bare(name))(\(labels))\(overload)``"
    }
}

/// `DocCLanding.mustache`: the catalog's landing page, `<Module>.md`.
struct DocCLandingContext: TemplateContext {
    let model: APIModel
    let module: String
    let header: String

    static let fields: [TemplateField<DocCLandingContext>] = [
        .init("header") { .string($0.header) },
        .init("module") { .string($0.module) },
        .init("title") { .string(Escaping.markdown($0.model.title)) },
        .init("version") { .string(Escaping.markdown($0.model.version)) },
        .init("description") { .string(Escaping.markdown($0.model.description ?? "")) },
        .init("hasSecurity") { .bool(!$0.model.securitySchemes.isEmpty) },
        .init("hasModels") { .bool(!$0.model.models.isEmpty) },
        .init("hasTags") { .bool(!$0.model.tags.isEmpty) },
        .init("tags") { context in
            .contexts(context.model.tags.map { DocCTagContext(tag: $0, header: context.header) })
        },
        .init("modelsArticle") { _ in .string(DocCModelsContext.article) },
        .init("exampleTag") { .string($0.model.tags.first.map { SwiftName.bare($0.propertyName) } ?? "") },
    ]
}

/// `DocCTag.mustache`: the article of one operation group, `<Group>Api.md`.
struct DocCTagContext: TemplateContext {
    let tag: IRTag
    let header: String

    /// The article's file name without `.md`, which `<doc:...>` links name: the Markdown page's.
    static func article(_ tag: IRTag) -> String { "\(tag.typeName)Api" }

    /// The group's methods: each operation's (and its overload that takes the body as an
    /// `HTTPBody`), then its page and streaming forms.
    var methodLinks: [String] {
        tag.operations.flatMap { operation in
            var links: [String] = []
            if operation.streamsRequestBody {
                for type in [operation.body?.content.type.swift ?? "Data", "HTTPBody"] {
                    links.append(DocCCatalog.methodLink(owner: tag.typeName, name: operation.swiftName, arguments: operation.signature, bodyType: type))
                }
            } else {
                links.append(DocCCatalog.methodLink(owner: tag.typeName, name: operation.swiftName, arguments: operation.signature))
            }
            if let pagination = operation.pagination {
                let arguments = operation.signature.filter { pagination.style != .cursor || $0.source.parameterIndex != pagination.parameter }
                links.append(DocCCatalog.methodLink(owner: tag.typeName, name: pagination.methodName, arguments: arguments))
            }
            for stream in operation.streams {
                links.append(DocCCatalog.methodLink(owner: tag.typeName, name: stream.methodName, arguments: operation.signature))
            }
            return links
        }
    }

    static let fields: [TemplateField<DocCTagContext>] = [
        .init("header") { .string($0.header) },
        .init("article") { .string(article($0.tag)) },
        .init("title") { .string(Escaping.markdown($0.tag.name)) },
        .init("description") { .string(Escaping.markdown($0.tag.description ?? "The operations tagged '\($0.tag.name)'.")) },
        .init("typeName") { .string($0.tag.typeName) },
        .init("protocolName") { .string($0.tag.protocolName) },
        .init("propertyName") { .string(SwiftName.bare($0.tag.propertyName)) },
        .init("methods") { .strings($0.methodLinks) },
        // With `server: true`: the error enum each operation's server implementation throws.
        .init("hasServerErrors") { .bool($0.tag.operations.contains { $0.serverErrors != nil }) },
        .init("serverErrors") { .strings($0.tag.operations.compactMap { $0.serverErrors.map { "``\(SwiftName.bare($0.name))``" } }) },
    ]
}

/// `DocCModels.mustache`: the article that lists every model, `AllModels.md`.
struct DocCModelsContext: TemplateContext {
    /// Not `Models`: a link to that is ambiguous with the landing page's "Models" section.
    static let article = "AllModels"
    let model: APIModel
    let header: String

    static let fields: [TemplateField<DocCModelsContext>] = [
        .init("header") { .string($0.header) },
        .init("models") { .strings($0.model.models.map { "``\(SwiftName.bare($0.name))``" }) },
    ]
}
