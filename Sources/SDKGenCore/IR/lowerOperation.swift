/// An operation to lower, with its method's name and the warning naming it gave, if any.
struct NamedOperation: Sendable {
    let item: PathItem
    let operation: Operation
    let swiftName: String
    let warnings: [Diagnostic]
}

extension Lowering {
    /// The operations the filter keeps, sorted by path then method so that suffixes for clashing
    /// names are stable, each with its method's name. A clash's warning is kept with the operation,
    /// to be reported where the operation's other messages are.
    func nameOperations() -> [NamedOperation] {
        var operationNames = NameScope()
        let entries = spec.paths.flatMap { item in item.operations.map { (item, $0) } }
            .sorted { ($0.0.path, $0.1.method) < ($1.0.path, $1.1.method) }
        return entries.filter { configuration.filter.allows(tags: $0.1.tags, operationID: $0.1.operationID, path: $0.0.path) }.map { item, operation in
            let derived = operation.method.rawValue + " " + item.path
            let base = operation.operationID.flatMap { configuration.naming.operations[$0] } ?? SwiftName.memberBase(operation.operationID ?? derived)
            let sink = DiagnosticSink()
            let name = operationNames.unique(base, for: "operation '\(operation.operationID ?? derived)'", origin: operation.origin, diagnostics: sink)
            return NamedOperation(item: item, operation: operation, swiftName: name, warnings: sink.diagnostics)
        }
    }

    /// The lowered operations grouped by their first tag (`default` when untagged), the tags named
    /// after the models so that a tag never takes a model's name.
    mutating func groupByTag(_ operations: [(operation: IROperation, tag: String)]) -> [IRTag] {
        var byTag: [String: [IROperation]] = [:]
        for (operation, tag) in operations { byTag[tag, default: []].append(operation) }
        var tagTypes = NameScope(reserved: SwiftName.reservedTypes.union(tagReserved))
        var tagProperties = NameScope(reserved: ["base", "serverURL"])
        return byTag.keys.sorted().map { tag in
            let description = spec.tags.first { $0.name == tag }?.description
            // A tag named like a model (Kalshi's `market` and `Market`) becomes `MarketOperations`.
            var base = SwiftName.typeName(tag)
            if tagTypes.contains(base) { base += "Operations" }
            let typeName = tagTypes.unique(base, for: "tag '\(tag)'", origin: nil, diagnostics: diagnostics)
            let protocolName = tagTypes.unique(SwiftName.typeName(tag) + "API", for: "tag '\(tag)'", origin: nil, diagnostics: diagnostics)
            let property = tagProperties.unique(SwiftName.memberBase(tag), for: "tag '\(tag)'", origin: nil, diagnostics: diagnostics)
            let operations = byTag[tag]!.sorted { $0.swiftName < $1.swiftName }
            return IRTag(name: tag, typeName: typeName, protocolName: protocolName, propertyName: SwiftName.escapeMember(property), description: description, operations: operations)
        }
    }

    mutating func lowerOperation(_ operation: Operation, in item: PathItem, swiftName: String) -> IROperation {
        let typePrefix = SwiftName.typeName(swiftName)
        // Operation-level parameters replace path-level ones with the same name and location.
        var parameters: [Parameter] = []
        for reference in item.parameters + operation.parameters {
            guard let parameter = resolve(reference, section: "parameters", in: parameterIndex) else { continue }
            parameters.removeAll { $0.name == parameter.name && $0.location == parameter.location }
            parameters.append(parameter)
        }
        // Names the generated method body uses for its locals.
        var scope = NameScope(reserved: ["body", "query", "request", "requestBody", "response", "responseBody", "form", "client"])
        var lowered: [IRParameter] = []
        for parameter in parameters {
            if parameter.location == .header || parameter.location == .cookie, !Self.isToken(parameter.name) {
                diagnostics.warning("\(parameter.location.rawValue) parameter name '\(parameter.name)' is not a valid HTTP token; the parameter is skipped", at: parameter.origin.location, pointer: parameter.origin.pointer)
                continue
            }
            let name = scope.unique(names.memberBase(parameter.name), for: "parameter '\(parameter.name)'", origin: parameter.origin, diagnostics: diagnostics)
            // A `content` parameter carries its value as JSON text; otherwise the location decides.
            let style = parameter.contentType.map { MediaTypeName.isJSON($0) ? .json : .form } ?? parameter.style ?? .defaultStyle(for: parameter.location)
            let type = parameter.schema.map { typeRef($0, hint: typePrefix + names.typeName(parameter.name)) } ?? .string
            lowered.append(IRParameter(
                name: parameter.name,
                swiftName: SwiftName.escapeMember(name),
                location: parameter.location,
                type: type,
                required: parameter.required,
                description: Self.describe(parameter.description, default: parameter.schema?.defaultValue),
                style: style,
                explode: parameter.explode ?? style.explodesByDefault,
                origin: parameter.origin,
                defaultValue: parameter.schema.flatMap { defaultValue(of: $0, as: type) },
                example: parameter.schema.flatMap { value(parameter.example, of: $0, as: type) ?? exampleValue(of: $0, as: type) }
            ))
        }
        let pathOrder = pathParameterNames(item.path)
        for name in pathOrder where !lowered.contains(where: { $0.location == .path && $0.name == name }) {
            diagnostics.error("path '\(item.path)' uses '{\(name)}' but the operation declares no path parameter '\(name)'; add it to 'parameters'", at: operation.origin.location, pointer: operation.origin.pointer)
        }
        let pathParameters = lowered.filter { $0.location == .path }.sorted { (pathOrder.firstIndex(of: $0.name) ?? 0) < (pathOrder.firstIndex(of: $1.name) ?? 0) }
        let required = lowered.filter { $0.location != .path && $0.required }
        let optional = lowered.filter { $0.location != .path && !$0.required }

        let body = operation.requestBody.flatMap { lowerBody($0, typePrefix: typePrefix) }
        let responses = lowerResponses(operation, typePrefix: typePrefix)
        let successResponses = responses.filter(\.status.isSuccess)
        let (result, responseCases) = lowerResult(operation, successes: successResponses, swiftName: swiftName, typePrefix: typePrefix)
        let firstBody = successResponses.first { $0.content != nil }
        var successes = successResponses.map { response in
            IRSuccess(
                status: response.status,
                content: response.content,
                responseCase: responseCases?.first { $0.status == response.status }?.swiftName,
                throwsInstead: responseCases == nil && response.content == nil && result.bodyType != nil
            )
        }
        if successes.isEmpty, case .none = result {
            // No success documented: any 2xx counts as done.
            successes = [IRSuccess(status: .range(2), content: nil, responseCase: nil, throwsInstead: false)]
        }
        var errors: [IRErrorCase] = []
        for response in responses where !response.status.isSuccess && response.status != .default {
            // Statuses without a JSON body end in the `default` branch; the docs list them.
            guard let content = response.content, content.coding == .json else { continue }
            if let index = errors.firstIndex(where: { $0.type == content.type }) {
                errors[index].statuses.append(response.status)
            } else {
                errors.append(IRErrorCase(statuses: [response.status], type: content.type))
            }
        }
        let security = (operation.security ?? spec.security ?? []).map(\.schemes).filter { !$0.isEmpty }
        let serverErrors = configuration.server ? lowerServerErrors(operation, responses: responses, swiftName: swiftName, typePrefix: typePrefix) : nil
        return IROperation(
            operationID: operation.operationID ?? swiftName,
            swiftName: SwiftName.escapeMember(swiftName),
            method: operation.method,
            path: item.path,
            origin: operation.origin,
            summary: operation.summary,
            description: operation.description,
            deprecated: operation.deprecated,
            parameters: pathParameters + required + optional,
            body: body,
            responses: responses,
            result: result,
            acceptedContentType: (result.bodyType != nil && responseCases == nil ? firstBody : nil)?.content?.contentType ?? successResponses.compactMap(\.content?.contentType).first,
            successes: successes,
            errors: errors,
            defaultError: responses.first { $0.status == .default }?.content?.type,
            security: security,
            serverErrors: serverErrors,
            streams: lowerStreams(successResponses, result: result, swiftName: swiftName)
        )
    }

    /// The error enum a server implementation throws: a case per documented status that is not a
    /// success (`notFound(ErrorModel)`, `clientError(status:_:)` for `4XX`, `other(status:_:)` for
    /// `default`). Named only with `server: true`, so the client's names never change for it.
    mutating func lowerServerErrors(_ operation: Operation, responses: [IRResponse], swiftName: String, typePrefix: String) -> IRServerErrors? {
        let failures = responses.filter { !$0.status.isSuccess }
        guard !failures.isEmpty else { return nil }
        let name = nameType(typePrefix + "Error", for: "error responses of '\(swiftName)'", origin: operation.origin)
        var scope = NameScope()
        let cases = failures.map { response in
            IRServerErrorCase(
                swiftName: SwiftName.escapeMember(scope.unique(Self.errorCaseName(response.status), for: "status \(response.status)", origin: operation.origin, diagnostics: diagnostics)),
                status: response.status, description: response.description, content: response.content)
        }
        return IRServerErrors(name: name, cases: cases)
    }

    /// What the method returns: the first success body, the success headers, both, nothing, or
    /// (when successes differ in their bodies) an enum with a case per status, whose cases are
    /// also returned.
    mutating func lowerResult(_ operation: Operation, successes: [IRResponse], swiftName: String, typePrefix: String) -> (IRResult, [IRResponseCase]?) {
        if successes.count > 1, Set(successes.map { $0.content?.type.swift ?? "" }).count > 1 {
            let name = nameType(typePrefix + "Response", for: "responses of '\(swiftName)'", origin: operation.origin)
            var scope = NameScope()
            let cases = successes.map { response in
                IRResponseCase(swiftName: SwiftName.escapeMember(scope.unique(Self.statusCaseName(response.status), for: "status \(response.status)", origin: operation.origin, diagnostics: diagnostics)), status: response.status, description: response.description, type: response.content?.type)
            }
            models.append(IRModel(name: name, kind: .responses(cases), description: "What `\(swiftName)` returns, by status.", origin: operation.origin, deprecated: false))
            return (.responses(IRResponses(name: name, cases: cases)), cases)
        }
        let body = successes.first { $0.content != nil }?.content?.type
        var headers: IRHeaders?
        if let primary = successes.first(where: { $0.content?.type == body }) ?? successes.first {
            let fields = lowerResponseHeaders(operation, status: primary.status)
            if !fields.isEmpty {
                let name = nameType(typePrefix + "ResponseHeaders", for: "response headers of '\(swiftName)'", origin: operation.origin)
                models.append(IRModel(name: name, kind: .headers(fields), description: "The headers of a \(primary.status) response to `\(swiftName)`.", origin: operation.origin, deprecated: false))
                headers = IRHeaders(name: name, fields: fields)
            }
        }
        switch (body, headers) {
        case (nil, nil): return (.none, nil)
        case (let body?, nil): return (.body(body), nil)
        case (nil, let headers?): return (.headers(headers), nil)
        case (let body?, let headers?): return (.bodyAndHeaders(body, headers), nil)
        }
    }

    /// RFC 9110 token characters, what a header or cookie name may contain.
    static func isToken(_ name: String) -> Bool {
        let allowed = Set("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)
        return !name.isEmpty && name.utf8.allSatisfy(allowed.contains)
    }

    func pathParameterNames(_ path: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in path {
            if character == "{" { current = "" } else if character == "}" {
                if let name = current { names.append(name) }
                current = nil
            } else if current != nil { current!.append(character) }
        }
        return names
    }

    /// Picks the media type the client sends or reads: JSON first, then text, then anything binary.
    func preferredMedia(_ content: [MediaType]) -> MediaType? {
        content.first { MediaTypeName.isJSON($0.contentType) }
            ?? content.first { MediaTypeName.base($0.contentType).hasPrefix("text/") }
            ?? content.first
    }

    /// The type and coding of a body of `media`: JSON decodes into its schema's type, `text/*` is a
    /// `String`, anything else `Data`; `forms` allows the request-only form and multipart codings.
    mutating func content(_ media: MediaType, hint: String, forms: Bool = false) -> IRContent {
        let base = MediaTypeName.base(media.contentType)
        if MediaTypeName.isJSON(base) {
            let type = media.schema.map { typeRef($0, hint: hint) } ?? .json
            return IRContent(type: type, coding: .json, contentType: media.contentType, schemaPointer: media.schema?.origin.pointer,
                             schemaAllowsNull: media.schema.map { holdsNull($0, as: type) } ?? false)
        }
        if forms, base == "application/x-www-form-urlencoded" || base == "multipart/form-data" {
            return IRContent(type: media.schema.map { typeRef($0, hint: hint) } ?? .map(.json), coding: base == "multipart/form-data" ? .multipart : .form, contentType: base)
        }
        if base.hasPrefix("text/") { return IRContent(type: .string, coding: .text, contentType: media.contentType) }
        return IRContent(type: .data, coding: .binary, contentType: media.contentType)
    }

    /// The events of the first success response that streams, and the bytes of the method's
    /// binary body (unless that body is a streaming media type read whole); a method that
    /// returns the body with its headers gets the body alone.
    func lowerStreams(_ successes: [IRResponse], result: IRResult, swiftName: String) -> [IRStream] {
        let bare = SwiftName.bare(swiftName)
        var streams: [IRStream] = []
        if let response = successes.first(where: { $0.stream != nil }), let events = response.stream {
            streams.append(IRStream(methodName: SwiftName.escapeMember(bare + "Stream"), status: response.status, content: events))
        }
        if result.bodyType == .data, let response = successes.first(where: { $0.content?.coding == .binary }), let content = response.content,
           BodyCoding.streaming(content.contentType) == nil {
            streams.append(IRStream(methodName: SwiftName.escapeMember(bare + "Body"), status: response.status, content: content))
        }
        return streams
    }

    /// The events of a streaming media type: each decodes as the schema's type (JSON), or is its
    /// data's text when the schema is a string (or absent, for server-sent events).
    mutating func streamContent(_ media: MediaType, coding: BodyCoding, hint: String) -> IRContent {
        var type = media.schema.map { typeRef($0, hint: hint) } ?? (coding == .serverSentEvents ? .string : .json)
        if type == .data { type = .string }
        return IRContent(type: type, coding: coding, contentType: MediaTypeName.base(media.contentType), schemaPointer: media.schema?.origin.pointer)
    }

    mutating func lowerBody(_ item: RefOr<RequestBody>, typePrefix: String) -> IRBody? {
        guard let body = resolve(item, section: "requestBodies", in: requestBodyIndex),
              let media = preferredMedia(body.content) else { return nil }
        let content = content(media, hint: typePrefix + "Request", forms: true)
        if content.coding == .multipart {
            // The fields come from the body's model, which another job may lower: the serial
            // pass fills them in (`multipartBody`), at this point of the messages.
            deferMultipartFields(origin: body.origin, contentType: media.contentType)
        }
        return IRBody(content: content, required: body.required, description: body.description, mediaTypes: body.content.map(\.contentType))
    }

    mutating func lowerResponses(_ operation: Operation, typePrefix: String) -> [IRResponse] {
        var responses: [IRResponse] = []
        let entries = operation.responses.sorted { $0.status < $1.status }
        let successCount = entries.filter(\.status.isSuccess).count
        for entry in entries {
            guard let response = resolve(entry.response, section: "responses", in: responseIndex) else { continue }
            // A streaming media type is read by the operation's stream; the method reads another
            // media type of the response when there is one.
            let whole = response.content.filter { BodyCoding.streaming($0.contentType) == nil }
            let content = preferredMedia(whole.isEmpty ? response.content : whole).map { media in
                let suffix = entry.status.isSuccess ? (successCount > 1 ? "Response\(entry.status)" : "Response") : "Error" + entry.status.description.uppercased()
                return self.content(media, hint: typePrefix + suffix)
            }
            var lowered = IRResponse(status: entry.status, description: response.description, content: content, headers: response.headers.map(\.name).sorted())
            lowered.mediaTypes = response.content.map(\.contentType)
            lowered.origin = entry.origin
            if entry.status.isSuccess, let media = response.content.first(where: { BodyCoding.streaming($0.contentType) != nil }), let coding = BodyCoding.streaming(media.contentType) {
                lowered.stream = streamContent(media, coding: coding, hint: typePrefix + "Event")
            }
            responses.append(lowered)
        }
        return responses
    }

    /// The headers a success response documents, typed when their schema is a simple scalar.
    mutating func lowerResponseHeaders(_ operation: Operation, status: ResponseStatus) -> [IRResponseHeader] {
        guard let entry = operation.responses.first(where: { $0.status == status }),
              let response = resolve(entry.response, section: "responses", in: responseIndex) else { return [] }
        var scope = NameScope()
        var headers: [IRResponseHeader] = []
        for (name, item) in response.headers.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
            guard name.lowercased() != "content-type",
                  let header = resolve(item, section: "headers", in: headerIndex) else { continue }
            var type = TypeRef.string
            switch header.schema?.singleType {
            case "integer": type = .builtin(header.schema?.format == "int32" ? .int32 : header.schema?.format == "int64" ? .int64 : .int)
            case "number": type = .builtin(.double)
            case "boolean": type = .builtin(.bool)
            default: break
            }
            let swiftName = scope.unique(names.memberBase(name), for: "header '\(name)'", origin: entry.origin, diagnostics: diagnostics)
            headers.append(IRResponseHeader(name: name, swiftName: SwiftName.escapeMember(swiftName), type: type, description: header.description))
        }
        return headers
    }

    /// `ok`, `created`, ... for the cases of a responses enum.
    /// The case of a server error enum for a status: its reason phrase (RFC 9110) in camel case.
    static func errorCaseName(_ status: ResponseStatus) -> String {
        let names = [
            300: "multipleChoices", 301: "movedPermanently", 302: "found", 303: "seeOther", 304: "notModified", 307: "temporaryRedirect", 308: "permanentRedirect",
            400: "badRequest", 401: "unauthorized", 402: "paymentRequired", 403: "forbidden", 404: "notFound", 405: "methodNotAllowed", 406: "notAcceptable",
            408: "requestTimeout", 409: "conflict", 410: "gone", 411: "lengthRequired", 412: "preconditionFailed", 413: "contentTooLarge", 414: "uriTooLong",
            415: "unsupportedMediaType", 416: "rangeNotSatisfiable", 417: "expectationFailed", 421: "misdirectedRequest", 422: "unprocessableContent",
            423: "locked", 424: "failedDependency", 425: "tooEarly", 426: "upgradeRequired", 428: "preconditionRequired", 429: "tooManyRequests",
            431: "requestHeaderFieldsTooLarge", 451: "unavailableForLegalReasons", 500: "internalServerError", 501: "notImplemented", 502: "badGateway",
            503: "serviceUnavailable", 504: "gatewayTimeout", 505: "httpVersionNotSupported",
        ]
        switch status {
        case .code(let code): return names[code] ?? "status\(code)"
        case .range(3): return "redirection"
        case .range(4): return "clientError"
        case .range(5): return "serverError"
        case .range(let digit): return "status\(digit)XX"
        case .default: return "other"
        }
    }

    static func statusCaseName(_ status: ResponseStatus) -> String {
        let names = [200: "ok", 201: "created", 202: "accepted", 203: "nonAuthoritativeInformation", 204: "noContent", 205: "resetContent", 206: "partialContent", 207: "multiStatus"]
        switch status {
        case .code(let code): return names[code] ?? "status\(code)"
        case .range(2): return "success"
        default: return "status\(status)"
        }
    }
}
