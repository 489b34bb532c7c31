/// `Server.mustache` (`--server`): for each operation group, the function that serves an
/// implementation of the group's protocol on a `ServerTransport`.
struct ServerFileContext: TemplateContext {
    let model: APIModel
    let settings: FileSettings

    static let file = "00-Server.swift"

    static let fields: [TemplateField<ServerFileContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("access") { .string($0.settings.access) },
        .init("defaultServer") { .string($0.model.defaultServerName) },
        .init("defaultServerNeedsCall") { .bool($0.model.defaultServerNeedsCall) },
        .init("hasSecurity") { .bool(!$0.model.securitySchemes.isEmpty) },
        .init("tags") { .contexts($0.model.tags.map(ServerGroupContext.init)) },
    ]
}

/// One group's `registerHandlers(on:serverURL:middlewares:)`.
struct ServerGroupContext: TemplateContext {
    let tag: IRTag

    static let fields: [TemplateField<ServerGroupContext>] = [
        .init("protocolName") { .string($0.tag.protocolName) },
        .init("handlers") { context in .contexts(context.tag.operations.map { HandlerContext(operation: $0) }) },
    ]
}

/// One operation's registration: reading the arguments, calling the implementation, answering.
struct HandlerContext: TemplateContext {
    let operation: IROperation

    /// What the implementation returned, as the response of each status it can stand for.
    var responses: [HandlerResponseContext] {
        let successes = operation.successes.filter { !$0.throwsInstead }
        switch operation.result {
        case .none:
            return [HandlerResponseContext(status: successes.first?.status, content: nil)]
        case .body(let type):
            let success = successes.first { $0.content?.type == type } ?? successes.first
            return [HandlerResponseContext(status: success?.status, content: success?.content, value: "result")]
        case .headers(let headers):
            return [HandlerResponseContext(status: successes.first?.status, content: nil, headers: headers, headersValue: "result")]
        case .bodyAndHeaders(let type, let headers):
            let success = successes.first { $0.content?.type == type } ?? successes.first
            return [HandlerResponseContext(status: success?.status, content: success?.content, value: "result.body", headers: headers, headersValue: "result.headers")]
        case .responses:
            var seen = Set<String>()
            return successes.compactMap { success in
                guard let name = success.responseCase, seen.insert(name).inserted else { return nil }
                return HandlerResponseContext(status: success.status, content: success.content, value: success.content == nil ? nil : "value", caseName: name)
            }
        }
    }

    static let fields: [TemplateField<HandlerContext>] = [
        .init("name") { .string($0.operation.swiftName) },
        .init("method") { .string($0.operation.method.rawValue) },
        .init("path") { .string(Escaping.swiftStringContent($0.operation.path)) },
        .init("operationID") { .string(Escaping.swiftString($0.operation.operationID)) },
        .init("security") { context in
            let security = context.operation.security
            guard !security.isEmpty else { return .string("") }
            return .string("[" + security.map { "[" + $0.map(Escaping.swiftString).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]")
        },
        .init("deprecated") { .bool($0.operation.deprecated) },
        .init("hasResult") { .bool($0.operation.result.isSomething) },
        .init("arguments") { context in
            let signature = context.operation.signature
            return .contexts(signature.enumerated().map { index, argument in
                HandlerArgumentContext(argument: argument, parameter: argument.source.parameterIndex.map { context.operation.parameters[$0] }, body: context.operation.body, last: index == signature.count - 1)
            })
        },
        .init("switchesOnResult") { context in
            guard case .responses = context.operation.result else { return .bool(false) }
            return .bool(true)
        },
        .init("responses") { .contexts($0.responses) },
        .init("errors") { context in .optional(context.operation.serverErrors.map { ServerErrorsContext(errors: $0, operation: context.operation) }) },
    ]
}

/// The enum of an operation's documented error responses, which its implementation throws.
struct ServerErrorsContext: TemplateContext {
    let errors: IRServerErrors
    let operation: IROperation

    static let fields: [TemplateField<ServerErrorsContext>] = [
        .init("name") { .string($0.errors.name) },
        .init("operationName") { .string($0.operation.swiftName) },
        .init("cases") { context in .contexts(context.errors.cases.map(ServerErrorCaseContext.init)) },
    ]
}

/// One documented error status: a case, and the response it stands for (`ServerResponse` reads
/// the same keys as for a success).
struct ServerErrorCaseContext: TemplateContext {
    let errorCase: IRServerErrorCase

    /// A code is fixed; a range or `default` takes the status to send.
    var fixedCode: Int? {
        if case .code(let code) = errorCase.status { return code }
        return nil
    }

    var response: HandlerResponseContext {
        HandlerResponseContext(status: errorCase.status, content: errorCase.content, value: errorCase.content == nil ? nil : "body")
    }

    static let fields: [TemplateField<ServerErrorCaseContext>] = [
        .init("caseName") { .string($0.errorCase.swiftName) },
        .init("doc") { context in
            let statusText: String
            switch context.errorCase.status {
            case .code(let code): statusText = "\(code)"
            case .range(let digit): statusText = "A \(digit)XX status"
            case .default: statusText = "Any status the operation does not list (`default`)"
            }
            let description = context.errorCase.description.isEmpty ? "" : ": " + context.errorCase.description
            return .strings(Escaping.docComment(statusText + description, indent: 4))
        },
        // `(status: Int, ErrorModel)`, `(ErrorModel)`, `(status: Int)` or nothing.
        .init("payload") { context in
            let parts = (context.fixedCode == nil ? ["status: Int"] : []) + (context.errorCase.content.map { [$0.type.swift] } ?? [])
            return .string(parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")")
        },
        .init("bindings") { context in
            let parts = (context.fixedCode == nil ? ["let status"] : []) + (context.errorCase.content == nil ? [] : ["let body"])
            return .string(parts.isEmpty ? "" : "(" + parts.joined(separator: ", ") + ")")
        },
        .init("status") { .string($0.fixedCode.map(String.init) ?? "status") },
        .init("value") { .string($0.response.value ?? "") },
        .init("json") { .bool($0.response.value != nil && $0.errorCase.content?.coding == .json) },
        .init("text") { .bool($0.response.value != nil && $0.errorCase.content?.coding == .text) },
        .init("binary") { .bool($0.response.value != nil && $0.errorCase.content.map { $0.coding != .json && $0.coding != .text } == true) },
        .init("contentType") { .string(Escaping.swiftString($0.errorCase.content?.contentType ?? "")) },
    ]
}

/// An argument of the implementation's method, read from the request as the client wrote it.
struct HandlerArgumentContext: TemplateContext {
    let argument: IRArgument
    let parameter: IRParameter?
    let body: IRBody?
    let last: Bool

    static let fields: [TemplateField<HandlerArgumentContext>] = [
        .init("label") { .string($0.argument.unlabeled ? "" : $0.argument.swiftName) },
        .init("type") { .string($0.argument.type.swift) },
        .init("name") { .string(Escaping.swiftString($0.parameter?.name ?? "body")) },
        .init("requiredText") { .string($0.argument.optional ? "false" : "true") },
        // A path parameter's reader always returns a value; the others return nil when absent.
        .init("checksRequired") { .bool(!$0.argument.optional && $0.parameter?.location != .path) },
        .init("parameter") { .bool($0.parameter != nil) },
        .init("location") { .string($0.parameter?.location.rawValue ?? "body") },
        .init("styleArgument") { .string($0.parameter.map { ParameterContext($0).styleArgument } ?? "") },
        .init("explodeArgument") { .string($0.parameter.map { ParameterContext($0).explodeArgument } ?? "") },
        .init("body") { context in .optional(context.parameter == nil ? context.body.map(BodyContext.init) : nil) },
        .init("last") { .bool($0.last) },
    ]
}

/// The response for one status the implementation's result stands for.
struct HandlerResponseContext: TemplateContext {
    let status: ResponseStatus?
    let content: IRContent?
    /// The expression of the body value: `result`, `result.body`, or a case's `value`.
    var value: String? = nil
    var headers: IRHeaders? = nil
    var headersValue = ""
    /// The case of the operation's responses enum.
    var caseName: String? = nil

    /// A documented code, or the first code of a range (`2XX` -> 200); 200 when there is none.
    var code: Int {
        switch status {
        case .code(let code): return code
        case .range(let digit): return digit * 100
        case .default, nil: return 200
        }
    }

    static let fields: [TemplateField<HandlerResponseContext>] = [
        .init("status") { .string(String($0.code)) },
        .init("caseName") { .string($0.caseName ?? "") },
        .init("value") { .string($0.value ?? "") },
        .init("json") { .bool($0.value != nil && $0.content?.coding == .json) },
        .init("text") { .bool($0.value != nil && $0.content?.coding == .text) },
        .init("binary") { .bool($0.value != nil && $0.content.map { $0.coding != .json && $0.coding != .text } == true) },
        .init("contentType") { .string(Escaping.swiftString($0.content?.contentType ?? "")) },
        .init("headerFields") { context in
            .contexts((context.headers?.fields ?? []).map { HandlerHeaderContext(field: $0, value: context.headersValue) })
        },
        .init("hasHeaders") { .bool(!($0.headers?.fields.isEmpty ?? true)) },
    ]
}

struct HandlerHeaderContext: TemplateContext {
    let field: IRResponseHeader
    let value: String

    static let fields: [TemplateField<HandlerHeaderContext>] = [
        .init("name") { .string(Escaping.swiftString($0.field.name)) },
        .init("value") { .string($0.value + "." + $0.field.swiftName) },
    ]
}
