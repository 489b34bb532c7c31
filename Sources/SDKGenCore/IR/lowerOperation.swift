extension Lowering {
    /// Lowers every operation and groups them by their first tag (`Default` when untagged).
    mutating func lowerOperations() -> [IRTag] {
        var byTag: [String: [IROperation]] = [:]
        var operationNames = NameScope()
        // Sorted by path then method so that suffixes for clashing names are stable.
        let entries = spec.paths.flatMap { item in item.operations.map { (item, $0) } }
            .sorted { ($0.0.path, methodOrder($0.1.method)) < ($1.0.path, methodOrder($1.1.method)) }
        for (item, operation) in entries where configuration.filter.allows(tags: operation.tags, operationID: operation.operationID, path: item.path) {
            let derived = operation.method + " " + item.path
            let base = operation.operationID.flatMap { configuration.naming.operations[$0] } ?? SwiftName.memberBase(operation.operationID ?? derived)
            let name = operationNames.unique(base, for: "operation '\(operation.operationID ?? derived)'", origin: operation.origin, diagnostics: diagnostics)
            let lowered = lowerOperation(operation, in: item, swiftName: name)
            byTag[operation.tags.first ?? "default", default: []].append(lowered)
        }
        var tagTypes = NameScope(reserved: SwiftName.reservedTypes.union(Set(models.map(\.name))))
        var tagProperties = NameScope(reserved: ["base", "serverURL"])
        return byTag.keys.sorted().map { tag in
            let description = spec.tags.first { $0.name == tag }?.description
            // A tag named like a model (Kalshi's `market` and `Market`) becomes `MarketOperations`.
            var base = SwiftName.typeName(tag)
            if tagTypes.contains(base) { base += "Operations" }
            let typeName = tagTypes.unique(base, for: "tag '\(tag)'", origin: nil, diagnostics: diagnostics)
            let property = tagProperties.unique(SwiftName.memberBase(tag), for: "tag '\(tag)'", origin: nil, diagnostics: diagnostics)
            let operations = byTag[tag]!.sorted { $0.swiftName < $1.swiftName }
            return IRTag(name: tag, typeName: typeName, propertyName: SwiftName.escapeMember(property), description: description, operations: operations)
        }
    }

    func methodOrder(_ method: String) -> Int {
        ["get", "put", "post", "delete", "options", "head", "patch", "trace"].firstIndex(of: method) ?? 99
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
            let style = parameter.contentType.map { isJSON($0) ? "json" : "form" } ?? parameter.style ?? (parameter.location == .query || parameter.location == .cookie ? "form" : "simple")
            let knownStyles = ["form", "spaceDelimited", "pipeDelimited", "deepObject", "simple", "label", "matrix", "json"]
            if !knownStyles.contains(style) {
                diagnostics.warning("parameter style '\(style)' is unknown; '\(parameter.location == .query ? "form" : "simple")' is used", at: parameter.origin.location, pointer: parameter.origin.pointer)
            }
            let type = parameter.schema.map { typeRef($0, hint: typePrefix + names.typeName(parameter.name)) } ?? .string
            lowered.append(IRParameter(
                name: parameter.name,
                swiftName: SwiftName.escapeMember(name),
                location: parameter.location,
                type: type,
                required: parameter.required,
                description: Self.describe(parameter.description, default: parameter.schema?.defaultValue),
                style: style,
                explode: parameter.explode ?? (style == "form"),
                origin: parameter.origin
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
        let successes = responses.filter(\.isSuccess)
        var success = successes.first { $0.type != nil }
        var returnType = success?.type
        if successes.count > 1, Set(successes.map { $0.type?.swift ?? "" }).count > 1 {
            // Different bodies (or a body and none) by status: return an enum with a case per status.
            let name = typeNames.unique(typePrefix + "Response", for: "responses of '\(swiftName)'", origin: operation.origin, diagnostics: diagnostics)
            var scope = NameScope()
            let cases = successes.map { response in
                IRResponseCase(swiftName: SwiftName.escapeMember(scope.unique(Self.statusCaseName(response.status), for: "status \(response.status)", origin: operation.origin, diagnostics: diagnostics)), status: response.status, description: response.description, type: response.type)
            }
            models.append(IRModel(name: name, kind: .responses(cases), description: "What `\(swiftName)` returns, by status.", origin: operation.origin, deprecated: false))
            returnType = .named(name)
            success = nil
        }
        let security = (operation.security ?? spec.security ?? []).map(\.schemes).filter { !$0.isEmpty }
        var headersType: String?
        if success != nil || returnType == nil, let primary = successes.first(where: { $0.type == returnType }) ?? successes.first {
            let headers = lowerResponseHeaders(operation, status: primary.status)
            if !headers.isEmpty {
                let name = typeNames.unique(typePrefix + "ResponseHeaders", for: "response headers of '\(swiftName)'", origin: operation.origin, diagnostics: diagnostics)
                models.append(IRModel(name: name, kind: .headers(headers), description: "The headers of a \(primary.status) response to `\(swiftName)`.", origin: operation.origin, deprecated: false))
                headersType = name
            }
        }
        return IROperation(
            operationID: operation.operationID ?? swiftName,
            swiftName: SwiftName.escapeMember(swiftName),
            method: operation.method.uppercased(),
            path: item.path,
            origin: operation.origin,
            summary: operation.summary,
            description: operation.description,
            deprecated: operation.deprecated,
            parameters: pathParameters + required + optional,
            body: body,
            responses: responses,
            returnType: returnType,
            returnContentType: success?.contentType ?? successes.compactMap(\.contentType).first,
            security: security,
            headersType: headersType
        )
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
        content.first { isJSON($0.contentType) }
            ?? content.first { $0.contentType.hasPrefix("text/") }
            ?? content.first
    }

    func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first.map(String.init) ?? contentType
        return base == "application/json" || base.hasSuffix("+json") || base == "*/*" && false
    }

    mutating func mediaType(_ media: MediaType, hint: String) -> TypeRef {
        if isJSON(media.contentType) {
            return media.schema.map { typeRef($0, hint: hint) } ?? .json
        }
        if media.contentType.hasPrefix("text/") { return .string }
        return .builtin("Data")
    }

    mutating func lowerBody(_ item: RefOr<RequestBody>, typePrefix: String) -> IRBody? {
        guard let body = resolve(item, section: "requestBodies", in: requestBodyIndex),
              let media = preferredMedia(body.content) else { return nil }
        let base = (media.contentType.split(separator: ";").first.map(String.init) ?? media.contentType).trimmingTrailingWhitespace()
        if base == "application/x-www-form-urlencoded" || base == "multipart/form-data" {
            let type = media.schema.map { typeRef($0, hint: typePrefix + "Request") } ?? .map(.json)
            if base == "multipart/form-data" {
                guard case .named(let name) = type, let model = models.first(where: { $0.name == name }), case .object(let properties) = model.kind else {
                    diagnostics.warning("a multipart body that is not an object is sent as raw Data", at: body.origin.location, pointer: body.origin.pointer)
                    return IRBody(type: .builtin("Data"), encoding: .binary, contentType: media.contentType, required: body.required, description: body.description)
                }
                let fields = properties.map { (name: $0.name, swiftName: $0.swiftName, isFile: $0.type == .builtin("Data")) }
                return IRBody(type: type, encoding: .multipart, multipartFields: fields, contentType: base, required: body.required, description: body.description)
            }
            return IRBody(type: type, encoding: .form, contentType: base, required: body.required, description: body.description)
        }
        let type = mediaType(media, hint: typePrefix + "Request")
        let encoding: IRBody.Encoding = isJSON(media.contentType) ? .json : type == .string ? .text : .binary
        return IRBody(type: type, encoding: encoding, contentType: media.contentType, required: body.required, description: body.description)
    }

    mutating func lowerResponses(_ operation: Operation, typePrefix: String) -> [IRResponse] {
        var responses: [IRResponse] = []
        let entries = operation.responses.sorted { statusOrder($0.status) < statusOrder($1.status) }
        for entry in entries {
            guard let response = resolve(entry.response, section: "responses", in: responseIndex) else { continue }
            let isSuccess = entry.status.hasPrefix("2")
            var type: TypeRef?
            var contentType: String?
            if let media = preferredMedia(response.content) {
                let suffix = isSuccess ? "Response" : "Error\(entry.status.uppercased())"
                type = mediaType(media, hint: typePrefix + (entries.filter { $0.status.hasPrefix("2") }.count > 1 && isSuccess ? "Response\(entry.status)" : suffix))
                contentType = media.contentType
            }
            responses.append(IRResponse(
                status: entry.status == "default" ? entry.status : entry.status.uppercased(),
                description: response.description,
                type: type,
                contentType: contentType,
                headers: response.headers.map(\.name).sorted(),
                isSuccess: isSuccess
            ))
        }
        return responses
    }

    /// The headers a success response documents, typed when their schema is a simple scalar.
    mutating func lowerResponseHeaders(_ operation: Operation, status: String) -> [IRResponseHeader] {
        guard let entry = operation.responses.first(where: { $0.status.uppercased() == status }),
              let response = resolve(entry.response, section: "responses", in: responseIndex) else { return [] }
        var scope = NameScope()
        var headers: [IRResponseHeader] = []
        for (name, item) in response.headers.sorted(by: { $0.name.lowercased() < $1.name.lowercased() }) {
            guard name.lowercased() != "content-type",
                  let header = resolve(item, section: "headers", in: headerIndex) else { continue }
            var type = TypeRef.string
            switch header.schema?.singleType {
            case "integer": type = header.schema?.format == "int32" ? .builtin("Int32") : header.schema?.format == "int64" ? .builtin("Int64") : .builtin("Int")
            case "number": type = .builtin("Double")
            case "boolean": type = .builtin("Bool")
            default: break
            }
            let swiftName = scope.unique(names.memberBase(name), for: "header '\(name)'", origin: entry.origin, diagnostics: diagnostics)
            headers.append(IRResponseHeader(name: name, swiftName: SwiftName.escapeMember(swiftName), type: type, description: header.description))
        }
        return headers
    }

    static func statusCaseName(_ status: String) -> String {
        let names = ["200": "ok", "201": "created", "202": "accepted", "203": "nonAuthoritativeInformation", "204": "noContent",
                     "205": "resetContent", "206": "partialContent", "207": "multiStatus", "2XX": "success"]
        return names[status] ?? "status\(status)"
    }

    /// Codes in numeric order, a range after its codes (`4XX` after `404`), `default` last.
    func statusOrder(_ status: String) -> Int {
        if status == "default" { return 10_000 }
        if let code = Int(status) { return code * 10 }
        if let first = status.first?.wholeNumberValue { return first * 1000 + 999 }
        return 9_999
    }
}
