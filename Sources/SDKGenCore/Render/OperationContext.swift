/// `Operations.mustache`: one file's operation groups, each with its operations.
struct OperationsFileContext: TemplateContext {
    let settings: FileSettings
    let groups: [OperationGroupContext]

    static let fields: [TemplateField<OperationsFileContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("access") { .string($0.settings.access) },
        .init("hashable") { .bool($0.settings.hashable) },
        .init("tags") { .contexts($0.groups) },
    ]
}

struct OperationGroupContext: TemplateContext {
    let typeName: String
    let operations: [OperationContext]

    static let fields: [TemplateField<OperationGroupContext>] = [
        .init("typeName") { .string($0.typeName) },
        .init("operations") { .contexts($0.operations) },
    ]
}

/// `Operation.mustache` (a partial of `Operations`) and an operation's section of `TagDoc.mustache`:
/// the method, its doc comment and its body, and the docs page's view of the same operation.
///
/// The signature (`Signature.mustache`, with `Argument` and `ReturnType`) is one set of partials
/// that the code and the docs page both render.
struct OperationContext: TemplateContext {
    let operation: IROperation
    let tag: IRTag
    /// True for the first operation of its group in a file (no blank line before it).
    var isFirst = false
    /// Rendered as a requirement of the group's protocol: optional arguments have no default.
    var requirement = false
    /// The signature is longer than `Escaping.lineWidth` on one line: one argument per line.
    var wrapsSignature = false
    /// Spaces before each argument of a wrapped signature, and before its closing parenthesis.
    var argumentIndent = "        "
    var closingIndent = "    "
    /// Renders one of the operation's streaming forms (`IROperation.streams`) instead of its
    /// method: the same arguments and request, another name, `Accept` and result.
    var streamForm: IRStream? = nil
    /// Renders the method's overload that takes a binary body as an `HTTPBody`.
    var sendsBodyStream = false

    init(_ operation: IROperation, tag: IRTag) {
        self.operation = operation
        self.tag = tag
    }

    /// The contexts of the operation's streaming methods: the overload that sends the body as it
    /// is read, then those that return the response as it arrives.
    var streamVariants: [OperationContext] {
        var variants: [OperationContext] = []
        if operation.streamsRequestBody {
            var variant = self
            variant.sendsBodyStream = true
            variant.isFirst = false
            variants.append(variant)
        }
        for stream in operation.streams {
            var variant = self
            variant.streamForm = stream
            variant.isFirst = false
            variants.append(variant)
        }
        return variants
    }

    var methodName: String { streamForm?.methodName ?? operation.swiftName }

    /// A second method of the operation (a streaming form or the `HTTPBody` overload), which
    /// renders no page sequence of its own.
    var isVariant: Bool { streamForm != nil || sendsBodyStream }

    var arguments: [ArgumentContext] {
        let signature = operation.signature
        return signature.enumerated().map { index, argument in
            ArgumentContext(argument: argument, parameter: argument.source.parameterIndex.map { operation.parameters[$0] }, body: operation.body, last: index == signature.count - 1,
                            typeOverride: sendsBodyStream && argument.source == .body ? "HTTPBody" : nil)
        }
    }

    /// The statuses the `- Returns:` line names: those that return the method's body type, or all
    /// successes when none has it.
    var returnStatuses: String {
        if let streamForm { return streamForm.status.description }
        let bodyType = operation.result.bodyType
        let matching = operation.successes.filter { $0.content?.type == bodyType && bodyType != nil }
        return (matching.isEmpty ? operation.successes : matching).map { $0.status.description }.joined(separator: ", ")
    }

    static let fields: [TemplateField<OperationContext>] = [
        .init("name") { .string($0.methodName) },
        .init("bareName") { .string(SwiftName.bare($0.methodName)) },
        .init("isFirst") { .bool($0.isFirst) },
        .init("requirement") { .bool($0.requirement) },
        .init("summaryDoc") { context in
            let summary = context.operation.summary.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
            return .strings(Escaping.docComment(summary ?? "`\(context.operation.method.uppercased) \(context.operation.path)`", indent: 4))
        },
        .init("doc") { context in
            if let stream = context.streamForm {
                let name = SwiftName.bare(context.operation.swiftName)
                let text = stream.isBinary
                    ? "The `\(stream.content.contentType)` body of `\(name)` as it arrives, not collected (and so not bounded by `APIClient.maxResponseBodyBytes`): the same request. Cancelling the task that reads it stops the reading."
                    : "The `\(stream.content.contentType)` response of `\(name)`: the same request, its events decoded one by one as they arrive. Cancelling the task that reads them stops the reading."
                return .strings(Escaping.docComment(text, indent: 4) + ["///"])
            }
            if context.sendsBodyStream {
                let text = "`\(SwiftName.bare(context.operation.swiftName))` with its `\(context.operation.body?.content.contentType ?? "")` body as an `HTTPBody` (a file or a stream), sent as it is read, never collected."
                return .strings(Escaping.docComment(text, indent: 4) + ["///"])
            }
            var doc = docLines(summary: context.operation.summary, description: context.operation.description, indent: 4)
            if !doc.isEmpty { doc.append("///") }
            return .strings(doc)
        },
        .init("httpMethod") { .string($0.operation.method.uppercased) },
        .init("pathCode") { .string(Escaping.markdownCode($0.operation.path)) },
        .init("pointerCode") { .string(Escaping.markdownCode($0.operation.origin.pointer)) },
        .init("argumentDocs") { context in
            .strings(context.arguments.flatMap { argument in
                Escaping.docField("Parameter \(SwiftName.bare(argument.argument.swiftName))", argument.documentation, indent: 4)
            })
        },
        .init("returnStatuses") { .string($0.returnStatuses) },
        // The generated model the method returns, for a DocC symbol link (``Market``); empty for
        // other types (`[Market]`, a tuple, a stream), spelled in code voice instead.
        .init("returnLink") { context in
            guard context.streamForm == nil else { return .string("") }
            switch context.operation.result {
            case .body(.named(let name)): return .string(SwiftName.bare(name))
            case .headers(let headers): return .string(SwiftName.bare(headers.name))
            case .responses(let responses): return .string(SwiftName.bare(responses.name))
            default: return .string("")
            }
        },
        .init("errorStatuses") { context in
            .string(context.operation.responses.filter { !$0.status.isSuccess && $0.status != .default }.map(\.status.description).joined(separator: ", "))
        },
        .init("requires") { .string($0.operation.security.map { $0.joined(separator: " + ") }.joined(separator: " or ")) },
        .init("pages") { context in .optional(context.isVariant ? nil : context.operation.pagination.map { PagesContext(operation: context.operation, pagination: $0, arguments: context.arguments) }) },
        .init("deprecated") { .bool($0.operation.deprecated) },
        .init("arguments") { .contexts($0.arguments) },
        .init("wrapsSignature") { .bool($0.wrapsSignature) },
        .init("argumentIndent") { .string($0.argumentIndent) },
        .init("closingIndent") { .string($0.closingIndent) },
        .init("result") { .context(ResultContext(result: $0.operation.result, stream: $0.streamForm)) },
        .init("method") { .string($0.operation.method.rawValue) },
        .init("pathParts") { .contexts(PathPartContext.parts($0.operation)) },
        .init("pathThrows") { .bool($0.operation.parameters.contains { $0.location == .path }) },
        .init("hasQuery") { .bool($0.operation.parameters.contains { $0.location == .query }) },
        .init("query") { .contexts($0.operation.parameters.filter { $0.location == .query }.map(ParameterContext.init)) },
        .init("headers") { .contexts($0.operation.parameters.filter { $0.location == .header || $0.location == .cookie }.map(ParameterContext.init)) },
        .init("mutatesRequest") { context in
            .bool(context.operation.parameters.contains { $0.location == .header || $0.location == .cookie } || context.accepted != nil || context.operation.body != nil)
        },
        .init("accept") { .string($0.accepted.map(Escaping.swiftString) ?? "") },
        .init("body") { .optional($0.operation.body.map(BodyContext.init)) },
        .init("idempotency") { .optional($0.operation.idempotency.map(IdempotencyContext.init)) },
        .init("operationID") { .string(Escaping.swiftString($0.operation.operationID)) },
        .init("successes") { context in
            .contexts(context.streamForm != nil ? [] : context.operation.successes.map { SuccessContext(success: $0, result: context.operation.result) })
        },
        .init("streamed") { .optional($0.streamForm.map(StreamContext.init)) },
        .init("streams") { context in .contexts(context.isVariant ? [] : context.operation.streams.map(StreamContext.init)) },
        .init("streamsRequestBody") { .bool($0.operation.streamsRequestBody) },
        .init("errors") { .contexts($0.operation.errors.map(ErrorCaseContext.init)) },
        .init("defaultError") { .optional($0.operation.defaultError.map { TypeContext(type: $0) }) },
        // Docs pages.
        .init("tagProperty") { .string(SwiftName.bare($0.tag.propertyName)) },
        .init("anchor") { .string(SwiftName.bare($0.operation.swiftName).lowercased()) },
        .init("summary") { .string(Escaping.markdownCell($0.operation.summary ?? "")) },
        .init("description") { .string(Escaping.markdown($0.operation.description ?? $0.operation.summary ?? "")) },
        .init("pathCell") { .string(Escaping.markdownCell($0.operation.path)) },
        .init("exampleArguments") { context in
            let required = context.operation.signature.filter { !$0.optional }
            return .contexts(zip(required, context.operation.examples).enumerated().map { index, pair in
                ExampleCallArgumentContext(argument: pair.0, value: ExampleContext(pair.1), last: index == required.count - 1)
            })
        },
        .init("hasResult") { .bool($0.operation.result.isSomething) },
    ]
}

extension OperationContext {
    /// The media type the method asks for.
    var accepted: String? { streamForm?.content.contentType ?? operation.acceptedContentType }
}

/// An operation's streaming form: the `case` of its method that returns the events, and the
/// docs page's note on it.
struct StreamContext: TemplateContext {
    let stream: IRStream

    static let fields: [TemplateField<StreamContext>] = [
        .init("name") { .string(SwiftName.bare($0.stream.methodName)) },
        .init("status") { .context(StatusContext(status: $0.stream.status)) },
        .init("binary") { .bool($0.stream.isBinary) },
        .init("eventType") { .string($0.stream.content.type.swift) },
        .init("contentType") { .string($0.stream.content.contentType) },
        .init("framing") { context in
            switch context.stream.content.coding {
            case .jsonLines: return .string("jsonLines")
            case .jsonSequence: return .string("jsonSequence")
            default: return .string("serverSentEvents")
            }
        },
    ]
}

extension IRArgument.Source {
    var parameterIndex: Int? {
        if case .parameter(let index) = self { return index }
        return nil
    }
}

extension IRResult {
    /// Whether the method returns a value.
    var isSomething: Bool {
        if case .none = self { return false }
        return true
    }
}

/// One argument of the signature (`Argument.mustache`) and of the docs page's parameter table.
struct ArgumentContext: TemplateContext {
    let argument: IRArgument
    let parameter: IRParameter?
    let body: IRBody?
    var last: Bool
    /// The type spelled instead of the argument's own (`HTTPBody` for a body sent as it is read).
    var typeOverride: String? = nil

    func withLast(_ last: Bool) -> ArgumentContext {
        var copy = self
        copy.last = last
        return copy
    }

    /// What the doc comment says about the argument.
    var documentation: String {
        if let parameter { return parameter.description ?? parameter.name }
        return body?.description ?? "The request body (\(body?.content.contentType ?? ""))."
    }

    static let fields: [TemplateField<ArgumentContext>] = [
        .init("swiftName") { .string($0.argument.swiftName) },
        .init("bareName") { .string(SwiftName.bare($0.argument.swiftName)) },
        .init("type") { .string($0.typeOverride ?? $0.argument.type.swift) },
        .init("optional") { .bool($0.argument.optional) },
        .init("unlabeled") { .bool($0.argument.unlabeled) },
        .init("last") { .bool($0.last) },
    ]
}

extension Array where Element == ArgumentContext {
    func markingLast() -> [ArgumentContext] {
        enumerated().map { $1.withLast($0 == count - 1) }
    }
}

/// A paginated operation's second method, which returns every page (`Pages`): the operation's
/// arguments (without the cursor, for cursor pages; an offset or page number given is where the
/// pages start).
struct PagesContext: TemplateContext {
    let operation: IROperation
    let pagination: IRPagination
    /// The operation's arguments.
    let arguments: [ArgumentContext]

    var parameterName: String { pagination.parameter.map { operation.parameters[$0].swiftName } ?? "" }

    var pageArguments: [ArgumentContext] {
        guard pagination.style == .cursor else { return arguments }
        return arguments.filter { $0.argument.source.parameterIndex != pagination.parameter }.markingLast()
    }

    var callArguments: [String] {
        arguments.map { argument in
            var value = argument.argument.swiftName
            if argument.argument.source.parameterIndex == pagination.parameter {
                switch pagination.style {
                case .cursor: value = "pageCursor"
                case .offset, .page: value = "pageNumber.map { \(argument.argument.type.swift)(clamping: $0) }"
                case .link: break
                }
            }
            return argument.argument.unlabeled ? value : "\(SwiftName.bare(argument.argument.swiftName)): \(value)"
        }
    }

    var pageSpelling: String {
        pagination.headersType.map { "(body: \(pagination.pageType.swift), headers: \($0))" } ?? pagination.pageType.swift
    }

    /// The signature or the call would pass `Escaping.lineWidth` on one line: one argument per
    /// line in both, as the operation's own signature wraps.
    var wraps: Bool {
        let spelled = pageArguments.map { argument in
            (argument.argument.unlabeled ? "_ " : "") + argument.argument.swiftName + ": " + argument.argument.type.swift + (argument.argument.optional ? "? = nil" : "")
        }
        let signature = "    public func \(pagination.methodName)(\(spelled.joined(separator: ", "))) -> Pages<\(pageSpelling), \(pagination.itemType?.swift ?? "Never")> {"
        let call = "            try await self.\(operation.swiftName)(\(callArguments.joined(separator: ", ")))"
        return max(signature.count, call.count) > Escaping.lineWidth
    }

    /// The items of a page, read from `$0`.
    var itemsExpression: String {
        guard pagination.itemType != nil else { return "_ in []" }
        let body = pagination.headersType == nil ? "$0" : "$0.body"
        guard let items = pagination.itemsProperty else { return body }
        return "\(body).\(items)" + (pagination.itemsOptional ? " ?? []" : "")
    }

    static let fields: [TemplateField<PagesContext>] = [
        .init("name") { .string($0.pagination.methodName) },
        .init("operationName") { .string($0.operation.swiftName) },
        .init("bareOperationName") { .string(SwiftName.bare($0.operation.swiftName)) },
        .init("operationID") { .string(Escaping.swiftString($0.operation.operationID)) },
        .init("cursor") { .bool($0.pagination.style == .cursor) },
        .init("numbering") { context in
            switch context.pagination.style {
            case .offset: return .string("offset")
            case .page: return .string("page")
            default: return .string("")
            }
        },
        .init("numbered") { .bool($0.pagination.style == .offset || $0.pagination.style == .page) },
        .init("hasLimit") { .bool($0.pagination.limitParameter != nil) },
        .init("link") { .bool($0.pagination.style == .link) },
        .init("cursorName") { .string(SwiftName.bare($0.parameterName)) },
        .init("parameterName") { .string(SwiftName.bare($0.parameterName)) },
        .init("startExpression") { .string("\($0.parameterName).map { Int($0) }") },
        .init("limitExpression") { context in
            .string(context.pagination.limitParameter.map { "\(context.operation.parameters[$0].swiftName).map { Int($0) }" } ?? "nil")
        },
        .init("limitName") { context in
            .string(context.pagination.limitParameter.map { SwiftName.bare(context.operation.parameters[$0].swiftName) } ?? "")
        },
        .init("pageType") { .string($0.pageSpelling) },
        .init("itemType") { .string($0.pagination.itemType?.swift ?? "Never") },
        .init("arguments") { .contexts($0.pageArguments) },
        // The operation's call: every argument passed on, the cursor or number from the closure.
        .init("callArguments") { .string($0.callArguments.joined(separator: ", ")) },
        .init("callLines") { context in
            let parts = context.callArguments
            return .strings(parts.enumerated().map { $1 + ($0 == parts.count - 1 ? "" : ",") })
        },
        .init("wraps") { .bool($0.wraps) },
        .init("cursorExpression") { .string("$0.\($0.pagination.cursorProperty ?? "")") },
        .init("itemsExpression") { .string($0.itemsExpression) },
        .init("hasItems") { .bool($0.pagination.itemType != nil) },
        .init("itemsName") { .string($0.pagination.itemsProperty.map(SwiftName.bare) ?? "items") },
    ]
}

/// What a method returns (`ReturnType.mustache`).
struct ResultContext: TemplateContext {
    let result: IRResult
    /// A streaming method's result: `EventStream<Event>`.
    var stream: IRStream? = nil

    static let fields: [TemplateField<ResultContext>] = [
        .init("hasResult") { .bool($0.stream != nil || $0.result.isSomething) },
        .init("hasBody") { .bool($0.stream != nil || $0.result.bodyType != nil) },
        .init("bodyType") { .string($0.stream.map { $0.isBinary ? "HTTPBody" : "EventStream<\($0.content.type.swift)>" } ?? $0.result.bodyType?.swift ?? "") },
        .init("hasHeaders") { .bool($0.stream == nil && $0.result.headers != nil) },
        .init("headersType") { .string($0.result.headers?.name ?? "") },
    ]
}

/// A literal piece of the path, or a path parameter interpolated as a percent-encoded segment.
struct PathPartContext: TemplateContext {
    /// The literal text, escaped for inside a string literal.
    var text: String
    var parameter: ParameterContext?

    /// The path split at its `{parameter}`s; a placeholder without a parameter stays text.
    static func parts(_ operation: IROperation) -> [PathPartContext] {
        var parts: [PathPartContext] = []
        var literal = ""
        var name: String?
        func flush() {
            if !literal.isEmpty { parts.append(PathPartContext(text: Escaping.swiftStringContent(literal))) }
            literal = ""
        }
        for character in operation.path {
            if character == "{", name == nil {
                name = ""
            } else if character == "}", let current = name {
                if let parameter = operation.parameters.first(where: { $0.location == .path && $0.name == current }) {
                    flush()
                    parts.append(PathPartContext(text: "", parameter: ParameterContext(parameter)))
                } else {
                    literal += "{\(current)}"
                }
                name = nil
            } else if name != nil {
                name!.append(character)
            } else {
                literal.append(character)
            }
        }
        if let name { literal += "{" + name }
        flush()
        return parts
    }

    static let fields: [TemplateField<PathPartContext>] = [
        .init("text") { .string($0.text) },
        .init("parameter") { .optional($0.parameter) },
    ]
}

/// A path, query, header or cookie parameter as the request code uses it.
struct ParameterContext: TemplateContext {
    let parameter: IRParameter

    init(_ parameter: IRParameter) {
        self.parameter = parameter
    }

    /// `style:` and `explode:` as the runtime call for the location needs them: only where they
    /// differ from that call's defaults.
    var styleArgument: String {
        switch parameter.location {
        case .path: return parameter.style == .simple ? "" : parameter.style.rawValue
        case .query: return parameter.style == .form ? "" : parameter.style.rawValue
        case .header: return parameter.style == .json ? "json" : ""
        case .cookie: return ""
        }
    }

    var explodeArgument: String {
        // JSON text is one value: explode means nothing to it.
        guard parameter.style != .json else { return "" }
        switch parameter.location {
        case .path: return parameter.explode ? "true" : ""
        case .query: return parameter.explode ? "" : "false"
        case .header: return parameter.style != .json && parameter.explode ? "true" : ""
        case .cookie: return ""
        }
    }

    static let fields: [TemplateField<ParameterContext>] = [
        .init("swiftName") { .string($0.parameter.swiftName) },
        .init("name") { .string(Escaping.swiftString($0.parameter.name)) },
        .init("optional") { .bool(!$0.parameter.required) },
        .init("cookie") { .bool($0.parameter.location == .cookie) },
        .init("styleArgument") { .string($0.styleArgument) },
        .init("explodeArgument") { .string($0.explodeArgument) },
    ]
}

/// The request body and how it is encoded (`EncodeBody.mustache`).
struct BodyContext: TemplateContext {
    let body: IRBody

    static let fields: [TemplateField<BodyContext>] = [
        .init("optional") { .bool(!$0.body.required) },
        .init("contentType") { .string(Escaping.swiftString($0.body.content.contentType)) },
        .init("json") { .bool($0.body.content.coding == .json) },
        .init("text") { .bool($0.body.content.coding == .text) },
        .init("form") { .bool($0.body.content.coding == .form) },
        .init("multipart") { .bool($0.body.content.coding == .multipart) },
        .init("binary") { .bool($0.body.content.coding == .binary) },
        .init("fields") { .contexts($0.body.multipartFields.map(MultipartFieldContext.init)) },
    ]
}

/// The idempotency key of an operation's body (`Operation.mustache`): the keys to fill when the
/// caller leaves them out.
struct IdempotencyContext: TemplateContext {
    let idempotency: IRIdempotency

    static let fields: [TemplateField<IdempotencyContext>] = [
        .init("fills") { .contexts($0.idempotency.fills.map(IdempotencyFillContext.init)) },
        .init("hasFills") { .bool(!$0.idempotency.fills.isEmpty) },
        // "Safe to retry: ..." for the doc comment and the docs page.
        .init("note") { context in
            let keys = context.idempotency.keys.map { "`\($0)`" }.joined(separator: " and ")
            let filled = context.idempotency.fills.isEmpty ? "" : ", given a new UUID when nil"
            return .string("Safe to retry: \(keys) \(context.idempotency.keys.count == 1 ? "is an idempotency key" : "are idempotency keys")\(filled).")
        },
    ]
}

struct IdempotencyFillContext: TemplateContext {
    let fill: IRIdempotencyFill

    static let fields: [TemplateField<IdempotencyFillContext>] = [
        .init("property") { .string($0.fill.property) },
        .init("array") { .string($0.fill.array ?? "") },
        .init("arrayOptional") { .bool($0.fill.arrayOptional) },
    ]
}

struct MultipartFieldContext: TemplateContext {
    let field: IRMultipartField

    static let fields: [TemplateField<MultipartFieldContext>] = [
        .init("name") { .string(Escaping.swiftString($0.field.name)) },
        .init("swiftName") { .string($0.field.swiftName) },
        .init("isFile") { .bool($0.field.isFile) },
    ]
}

/// A documented success status and what the method returns for it (`SuccessReturn.mustache`).
struct SuccessContext: TemplateContext {
    let success: IRSuccess
    let result: IRResult

    static let fields: [TemplateField<SuccessContext>] = [
        .init("status") { .context(StatusContext(status: $0.success.status)) },
        .init("throwsInstead") { .bool($0.success.throwsInstead) },
        .init("responseCase") { .string($0.success.responseCase ?? "") },
        .init("content") { .optional($0.success.content.map(ContentContext.init)) },
        .init("returnsNothing") { context in
            guard context.success.responseCase == nil, !context.success.throwsInstead, case .none = context.result else { return .bool(false) }
            return .bool(true)
        },
        .init("returnsBody") { context in
            guard context.success.responseCase == nil, !context.success.throwsInstead, case .body = context.result else { return .bool(false) }
            return .bool(true)
        },
        .init("returnsHeaders") { context in
            guard context.success.responseCase == nil, !context.success.throwsInstead, case .headers = context.result else { return .bool(false) }
            return .bool(true)
        },
        .init("returnsBodyAndHeaders") { context in
            guard context.success.responseCase == nil, !context.success.throwsInstead, case .bodyAndHeaders = context.result else { return .bool(false) }
            return .bool(true)
        },
        .init("headers") { .optional($0.result.headers.map(HeadersContext.init)) },
    ]
}

/// A response status as a `case` label (`StatusLabel.mustache`): `200`, or a range `400...499`.
struct StatusContext: TemplateContext {
    let status: ResponseStatus
    /// The last of a list of labels (`case 400, 404:`).
    var last = false

    static let fields: [TemplateField<StatusContext>] = [
        .init("code") { context in
            guard case .code(let code) = context.status else { return .string("") }
            return .string(String(code))
        },
        .init("range") { context in
            guard case .range(let digit) = context.status else { return .string("") }
            return .string(String(digit))
        },
        .init("last") { .bool($0.last) },
    ]
}

/// A response body and how it is decoded (`DecodeBody.mustache`).
struct ContentContext: TemplateContext {
    let content: IRContent

    static let fields: [TemplateField<ContentContext>] = [
        .init("type") { .string($0.content.type.swift) },
        .init("contentType") { .string(Escaping.swiftString($0.content.contentType)) },
        .init("json") { .bool($0.content.coding == .json) },
        .init("text") { .bool($0.content.coding == .text) },
        .init("binary") { .bool($0.content.coding != .json && $0.content.coding != .text) },
    ]
}

/// The headers model a method returns and how each field is read (`DecodeHeaders.mustache`).
struct HeadersContext: TemplateContext {
    let headers: IRHeaders

    static let fields: [TemplateField<HeadersContext>] = [
        .init("headersType") { .string($0.headers.name) },
        .init("headerFields") { context in
            let fields = context.headers.fields
            return .contexts(fields.enumerated().map { HeaderFieldContext(field: $1, last: $0 == fields.count - 1) })
        },
    ]
}

struct HeaderFieldContext: TemplateContext {
    let field: IRResponseHeader
    let last: Bool

    static let fields: [TemplateField<HeaderFieldContext>] = [
        .init("swiftName") { .string($0.field.swiftName) },
        .init("name") { .string(Escaping.swiftString($0.field.name)) },
        .init("type") { .string($0.field.type.swift) },
        .init("last") { .bool($0.last) },
    ]
}

/// Error statuses whose body decodes into one type.
struct ErrorCaseContext: TemplateContext {
    let errorCase: IRErrorCase

    static let fields: [TemplateField<ErrorCaseContext>] = [
        .init("statuses") { context in
            let statuses = context.errorCase.statuses
            return .contexts(statuses.enumerated().map { StatusContext(status: $1, last: $0 == statuses.count - 1) })
        },
        .init("type") { .string($0.errorCase.type.swift) },
    ]
}

/// A type, as a context of its own (`{{#defaultError}}{{type}}{{/defaultError}}`).
struct TypeContext: TemplateContext {
    let type: TypeRef

    static let fields: [TemplateField<TypeContext>] = [
        .init("type") { .string($0.type.swift) },
    ]
}
