/// Reads an OpenAPI 3.0.x or 3.1.x document from its YAML tree into a `Spec`.
///
/// Wrong shapes and missing required fields are errors at their location; decoding goes on
/// past them so that one run reports every problem of this stage.
/// - Returns: The spec, or nil when errors were reported.
public func decodeSpec(_ document: YAMLDocument, diagnostics: DiagnosticSink, serially: Bool = false) -> Spec? {
    var document = document
    if isSwagger2(document.root) {
        document = upgradeSwagger2(document, diagnostics: diagnostics)
    }
    let reader = SpecReader(document: document, diagnostics: diagnostics)
    let errorsBefore = diagnostics.diagnostics.filter { $0.severity == .error }.count
    let spec = reader.decodeRoot(serially: serially)
    let errorsAfter = diagnostics.diagnostics.filter { $0.severity == .error }.count
    return errorsAfter == errorsBefore ? spec : nil
}

/// What one concurrent part of decoding found, and the messages it would have reported.
private struct DecodedPart: Sendable {
    var paths: [PathItem] = []
    var components: Components?
    var diagnostics: [Diagnostic]
}


extension SpecReader {
    func decodeRoot(serially: Bool) -> Spec? {
        let root = document.root
        guard root.pairs != nil else {
            error("an OpenAPI document must be a mapping at the top level, not \(root.kindDescription)", root, "#")
            return nil
        }
        if let asyncapi = root["asyncapi"] { return decodeAsyncAPI(root, version: asyncapi) }
        let version: String
        if let openapi = root["openapi"] {
            guard let text = string(openapi, "#/openapi", "openapi") else { return nil }
            guard text.hasPrefix("3.0") || text.hasPrefix("3.1") else {
                error("unsupported OpenAPI version '\(text)'; sdkgen reads 3.0.x and 3.1.x", openapi, "#/openapi")
                return nil
            }
            version = text
        } else if let swagger = root["swagger"] {
            error("unsupported Swagger version '\(swagger.scalarText ?? "")'; sdkgen reads Swagger 2.0 and OpenAPI 3.0.x and 3.1.x", swagger, "#/swagger")
            return nil
        } else {
            error("missing the 'openapi' field; is this an OpenAPI document? Add 'openapi: 3.0.3' at the top level", root, "#")
            return nil
        }

        let info = decodeInfo(root)

        var pathPairs: [YAMLPair] = []
        if let pathsNode = root["paths"] {
            pathPairs = mapping(pathsNode, "#/paths", "paths") ?? []
        } else if version.hasPrefix("3.0") {
            warning("missing the required field 'paths'; only the models of 'components' are generated", root, "#")
        }
        // The paths, in two halves, and the components are decoded on all cores, each part with a
        // sink of its own. Their messages are reported below in document order, as before.
        let document = self.document
        let half = (pathPairs.count + 1) / 2
        let parts = concurrentMap([pathPairs[..<half], pathPairs[half...]].map { pairs in
            { @Sendable () -> DecodedPart in
                let reader = SpecReader(document: document, diagnostics: DiagnosticSink())
                let items = pairs.compactMap { pair -> PathItem? in
                    guard let path = reader.string(pair.key, "#/paths", "path") else { return nil }
                    return reader.decodePathItem(path: path, pair.value)
                }
                return DecodedPart(paths: items, diagnostics: reader.diagnostics.diagnostics)
            }
        } + [{ @Sendable () -> DecodedPart in
            let reader = SpecReader(document: document, diagnostics: DiagnosticSink())
            return DecodedPart(components: reader.decodeComponents(document.root["components"]), diagnostics: reader.diagnostics.diagnostics)
        }], serially: serially)
        let (pathParts, componentsPart) = (parts.dropLast(), parts[parts.count - 1])
        for part in pathParts { part.diagnostics.forEach(diagnostics.emit) }
        let paths = pathParts.flatMap(\.paths)

        var tags: [Tag] = []
        if let tagsNode = root["tags"], let items = sequence(tagsNode, "#/tags", "tags") {
            for (index, item) in items.enumerated() {
                let pointer = "#/tags/\(index)"
                guard mapping(item, pointer, "tag") != nil else { continue }
                guard let name = requiredString(item, "name", pointer, "a tag") else { continue }
                tags.append(Tag(name: name, description: optionalString(item, "description", pointer)))
            }
        }

        var webhooks: [PathItem] = []
        if let webhooksNode = root["webhooks"], let pairs = mapping(webhooksNode, "#/webhooks", "webhooks") {
            for pair in pairs {
                guard let name = pair.key.scalarText, pair.value.pairs != nil else { continue }
                let pointer = JSONPointer.appending("#/webhooks", name)
                let operations = (pair.value.pairs ?? []).compactMap { entry -> Operation? in
                    guard let method = entry.key.scalarText.flatMap(HTTPMethod.init(rawValue:)) else { return nil }
                    return decodeOperation(method: method, entry.value, JSONPointer.appending(pointer, method.rawValue))
                }
                webhooks.append(PathItem(path: name, parameters: [], operations: operations, origin: origin(pair.value, pointer)))
            }
        }

        let servers = decodeServers(root, "#")
        componentsPart.diagnostics.forEach(diagnostics.emit)
        return Spec(
            file: document.file,
            openapi: version,
            info: info,
            servers: servers,
            paths: paths,
            webhooks: webhooks,
            components: componentsPart.components ?? Components(),
            tags: tags,
            security: decodeSecurity(root, "#")
        )
    }

    /// `info`: a missing title or version only changes the docs' heading, so it is a warning.
    func decodeInfo(_ root: YAMLNode) -> Info {
        var info = Info(title: "API", version: "", description: nil)
        if let infoNode = root["info"] {
            if mapping(infoNode, "#/info", "info") != nil {
                if let title = optionalString(infoNode, "title", "#/info") {
                    info.title = title
                } else {
                    warning("'info' is missing the required field 'title'; 'API' is used", infoNode, "#/info")
                }
                if let version = optionalString(infoNode, "version", "#/info") {
                    info.version = version
                    info.versionOrigin = infoNode["version"].map { origin($0, "#/info/version") }
                } else {
                    warning("'info' is missing the required field 'version'; the docs show no version", infoNode, "#/info")
                }
                info.description = optionalString(infoNode, "description", "#/info")
            }
        } else {
            warning("missing the required field 'info'; the title 'API' is used and the docs show no version", root, "#")
        }
        return info
    }

    func decodeServers(_ parent: YAMLNode, _ pointer: String) -> [Server] {
        guard let node = parent["servers"] else { return [] }
        let listPointer = JSONPointer.appending(pointer, "servers")
        guard let items = sequence(node, listPointer, "servers") else { return [] }
        var servers: [Server] = []
        for (index, item) in items.enumerated() {
            let itemPointer = "\(listPointer)/\(index)"
            guard mapping(item, itemPointer, "server") != nil,
                  let url = requiredString(item, "url", itemPointer, "a server") else { continue }
            servers.append(Server(url: url, description: optionalString(item, "description", itemPointer), variables: decodeServerVariables(item, itemPointer), origin: origin(item, itemPointer)))
        }
        return servers
    }

    /// A server's `variables` (OpenAPI and AsyncAPI write them alike).
    func decodeServerVariables(_ server: YAMLNode, _ serverPointer: String) -> [ServerVariable] {
        guard let variablesNode = server["variables"],
              let pairs = mapping(variablesNode, "\(serverPointer)/variables", "variables") else { return [] }
        var variables: [ServerVariable] = []
        for pair in pairs {
            guard let name = pair.key.scalarText else { continue }
            let variablePointer = JSONPointer.appending("\(serverPointer)/variables", name)
            guard mapping(pair.value, variablePointer, "server variable") != nil,
                  let defaultValue = requiredString(pair.value, "default", variablePointer, "a server variable") else { continue }
            variables.append(ServerVariable(
                name: name,
                defaultValue: defaultValue,
                enumValues: stringList(pair.value, "enum", variablePointer),
                description: optionalString(pair.value, "description", variablePointer)
            ))
        }
        return variables
    }

    func decodeSecurity(_ parent: YAMLNode, _ pointer: String) -> [SecurityRequirement]? {
        guard let node = parent["security"] else { return nil }
        let listPointer = JSONPointer.appending(pointer, "security")
        guard let items = sequence(node, listPointer, "security") else { return nil }
        return items.enumerated().compactMap { index, item in
            guard let pairs = mapping(item, "\(listPointer)/\(index)", "security requirement") else { return nil }
            return SecurityRequirement(schemes: pairs.compactMap { $0.key.scalarText })
        }
    }

    func decodePathItem(path: String, _ node: YAMLNode) -> PathItem? {
        let pointer = JSONPointer.appending("#/paths", path)
        guard let pairs = mapping(node, pointer, "path item") else { return nil }
        if !path.hasPrefix("/") {
            warning("path '\(path)' does not start with '/'", node, pointer)
        }
        if reference(node, pointer) != nil {
            warning("a '$ref' on a path item is not supported yet; the path is skipped", node, pointer)
            return nil
        }
        var operations: [Operation] = []
        for pair in pairs {
            guard let method = pair.key.scalarText.flatMap(HTTPMethod.init(rawValue:)) else { continue }
            if let operation = decodeOperation(method: method, pair.value, JSONPointer.appending(pointer, method.rawValue)) {
                operations.append(operation)
            }
        }
        return PathItem(
            path: path,
            parameters: decodeParameterList(node, pointer),
            operations: operations,
            origin: origin(node, pointer)
        )
    }

    func decodeOperation(method: HTTPMethod, _ node: YAMLNode, _ pointer: String) -> Operation? {
        guard mapping(node, pointer, method.rawValue) != nil else { return nil }
        var responses: [Response.Entry] = []
        if let responsesNode = node["responses"] {
            let responsesPointer = JSONPointer.appending(pointer, "responses")
            if let pairs = mapping(responsesNode, responsesPointer, "responses") {
                for pair in pairs {
                    guard let status = pair.key.scalarText else { continue }
                    let responsePointer = JSONPointer.appending(responsesPointer, status)
                    guard let parsed = ResponseStatus(status) else {
                        if !status.hasPrefix("x-") {
                            error("'\(status)' is not a response status; use a code such as 200, a range such as 4XX, or 'default'", pair.key, responsePointer)
                        }
                        continue
                    }
                    guard let response = decodeRefOr(pair.value, responsePointer, as: .responses, decodeResponse) else { continue }
                    responses.append(Response.Entry(status: parsed, response: response, origin: origin(pair.key, responsePointer)))
                }
            }
        } else {
            warning("the operation has no 'responses'; it is generated as returning nothing", node, pointer)
        }
        var requestBody: RefOr<RequestBody>?
        if let bodyNode = node["requestBody"] {
            requestBody = decodeRefOr(bodyNode, JSONPointer.appending(pointer, "requestBody"), as: .requestBodies, decodeRequestBody)
        }
        return Operation(
            method: method,
            operationID: optionalString(node, "operationId", pointer),
            summary: optionalString(node, "summary", pointer),
            description: optionalString(node, "description", pointer),
            tags: stringList(node, "tags", pointer),
            parameters: decodeParameterList(node, pointer),
            requestBody: requestBody,
            responses: responses,
            security: decodeSecurity(node, pointer),
            deprecated: optionalBool(node, "deprecated", pointer) ?? false,
            origin: origin(node, pointer)
        )
    }

    /// A `$ref` or a value of the kind that `section` holds.
    ///
    /// A reference into another components section (a response kept under
    /// `#/components/requestBodies/`) is read in place, with a warning, when its target has the
    /// shape of the kind wanted here; OpenAPI does not say where a `$ref` may point. A target
    /// that is missing, or has the wrong shape, is an error.
    func decodeRefOr<Value>(_ node: YAMLNode, _ pointer: String, as section: ComponentSection, depth: Int = 0, _ decode: (YAMLNode, String) -> Value?) -> RefOr<Value>? {
        if let reference = reference(node, pointer) {
            guard let other = ComponentSection.of(reference.target), other != section else { return .reference(reference) }
            guard let target = document.node(at: reference.target) else {
                error("'$ref' target '\(reference.target)' does not exist", node["$ref"] ?? node, JSONPointer.appending(pointer, "$ref"))
                return nil
            }
            guard depth < 8 else {
                error("'$ref' target '\(reference.target)' is one of a chain of references between components sections that does not end", node["$ref"] ?? node, JSONPointer.appending(pointer, "$ref"))
                return nil
            }
            if let problem = section.shapeProblem(target) {
                error("'$ref' target '\(reference.target)' is \(other.what), not \(section.what): \(problem)", node["$ref"] ?? node, JSONPointer.appending(pointer, "$ref"))
                return nil
            }
            warning("'$ref' target '\(reference.target)' is in '#/components/\(other.rawValue)' but has the shape of \(section.what); read as \(section.what)", node["$ref"] ?? node, JSONPointer.appending(pointer, "$ref"))
            return decodeRefOr(target, reference.target, as: section, depth: depth + 1, decode)
        }
        guard node.pairs != nil else {
            error("expected a mapping or a '$ref', not \(node.kindDescription)", node, pointer)
            return nil
        }
        return decode(node, pointer).map(RefOr.value)
    }

    func decodeParameterList(_ node: YAMLNode, _ pointer: String) -> [RefOr<Parameter>] {
        guard let listNode = node["parameters"] else { return [] }
        let listPointer = JSONPointer.appending(pointer, "parameters")
        guard let items = sequence(listNode, listPointer, "parameters") else { return [] }
        return items.enumerated().compactMap { index, item in
            decodeRefOr(item, "\(listPointer)/\(index)", as: .parameters, decodeParameter)
        }
    }

    func decodeParameter(_ node: YAMLNode, _ pointer: String) -> Parameter? {
        guard let name = requiredString(node, "name", pointer, "a parameter"),
              let locationText = requiredString(node, "in", pointer, "a parameter") else { return nil }
        guard let location = ParameterLocation(rawValue: locationText) else {
            error("parameter '\(name)' has 'in: \(locationText)'; use path, query, header or cookie", node["in"] ?? node, JSONPointer.appending(pointer, "in"))
            return nil
        }
        var schema = node["schema"].flatMap { decodeSchema($0, JSONPointer.appending(pointer, "schema")) }
        var contentType: String?
        if schema == nil, let content = node["content"], let media = decodeContent(content, JSONPointer.appending(pointer, "content")).first {
            schema = media.schema
            contentType = media.contentType
        }
        var style: ParameterStyle?
        if let text = optionalString(node, "style", pointer) {
            style = ParameterStyle(rawValue: text)
            if style == nil || style == .json {
                style = nil
                warning("parameter style '\(text)' is unknown; '\(ParameterStyle.defaultStyle(for: location).rawValue)' is used", node, pointer)
            }
        }
        let required = optionalBool(node, "required", pointer) ?? false
        if location == .path && !required {
            warning("path parameter '\(name)' must be 'required: true'; it is treated as required", node, pointer)
        }
        return Parameter(
            name: name,
            location: location,
            required: required || location == .path,
            description: optionalString(node, "description", pointer),
            schema: schema,
            style: style,
            explode: optionalBool(node, "explode", pointer),
            contentType: contentType,
            deprecated: optionalBool(node, "deprecated", pointer) ?? false,
            example: node["example"].map(literal),
            origin: origin(node, pointer)
        )
    }

    func decodeContent(_ node: YAMLNode, _ pointer: String) -> [MediaType] {
        guard let pairs = mapping(node, pointer, "content") else { return [] }
        return pairs.compactMap { pair in
            guard let contentType = pair.key.scalarText else { return nil }
            let mediaPointer = JSONPointer.appending(pointer, contentType)
            guard mapping(pair.value, mediaPointer, "media type") != nil else { return nil }
            let schema = pair.value["schema"].flatMap { decodeSchema($0, JSONPointer.appending(mediaPointer, "schema")) }
            return MediaType(contentType: contentType, schema: schema)
        }
    }

    func decodeRequestBody(_ node: YAMLNode, _ pointer: String) -> RequestBody? {
        var content: [MediaType] = []
        if let contentNode = node["content"] {
            content = decodeContent(contentNode, JSONPointer.appending(pointer, "content"))
        } else {
            error("a request body is missing the required field 'content'", node, pointer)
        }
        return RequestBody(
            description: optionalString(node, "description", pointer),
            required: optionalBool(node, "required", pointer) ?? false,
            content: content,
            origin: origin(node, pointer)
        )
    }

    func decodeResponse(_ node: YAMLNode, _ pointer: String) -> Response? {
        var headers: [(name: String, header: RefOr<Header>)] = []
        if let headersNode = node["headers"], let pairs = mapping(headersNode, JSONPointer.appending(pointer, "headers"), "headers") {
            for pair in pairs {
                guard let name = pair.key.scalarText else { continue }
                let headerPointer = JSONPointer.appending(JSONPointer.appending(pointer, "headers"), name)
                if let header = decodeRefOr(pair.value, headerPointer, as: .headers, decodeHeader) { headers.append((name, header)) }
            }
        }
        let description = optionalString(node, "description", pointer)
        if description == nil {
            warning("a response is missing the required field 'description'", node, pointer)
        }
        return Response(
            description: description ?? "",
            headers: headers,
            content: node["content"].map { decodeContent($0, JSONPointer.appending(pointer, "content")) } ?? [],
            origin: origin(node, pointer)
        )
    }

    func decodeHeader(_ node: YAMLNode, _ pointer: String) -> Header? {
        Header(
            description: optionalString(node, "description", pointer),
            required: optionalBool(node, "required", pointer) ?? false,
            schema: node["schema"].flatMap { decodeSchema($0, JSONPointer.appending(pointer, "schema")) }
        )
    }

    func decodeComponents(_ node: YAMLNode?) -> Components {
        var components = Components()
        guard let node, mapping(node, "#/components", "components") != nil else { return components }
        func entries(_ key: String) -> [(String, YAMLNode, String)] {
            guard let section = node[key] else { return [] }
            let sectionPointer = "#/components/\(key)"
            guard let pairs = mapping(section, sectionPointer, key) else { return [] }
            return pairs.compactMap { pair in
                guard let name = pair.key.scalarText else { return nil }
                return (name, pair.value, JSONPointer.appending(sectionPointer, name))
            }
        }
        for (name, value, pointer) in entries("schemas") {
            if let schema = decodeSchema(value, pointer) { components.schemas.append((name, schema)) }
        }
        for (name, value, pointer) in entries("parameters") {
            if let parameter = decodeRefOr(value, pointer, as: .parameters, decodeParameter) { components.parameters.append((name, parameter)) }
        }
        for (name, value, pointer) in entries("responses") {
            if let response = decodeRefOr(value, pointer, as: .responses, decodeResponse) { components.responses.append((name, response)) }
        }
        for (name, value, pointer) in entries("requestBodies") {
            if let body = decodeRefOr(value, pointer, as: .requestBodies, decodeRequestBody) { components.requestBodies.append((name, body)) }
        }
        for (name, value, pointer) in entries("headers") {
            if let header = decodeRefOr(value, pointer, as: .headers, decodeHeader) { components.headers.append((name, header)) }
        }
        for (name, value, pointer) in entries("securitySchemes") {
            guard mapping(value, pointer, "security scheme") != nil,
                  let typeText = requiredString(value, "type", pointer, "a security scheme") else { continue }
            let type = SecuritySchemeType(rawValue: typeText)
            if type == nil {
                let known = SecuritySchemeType.allCases.map(\.rawValue)
                warning("security scheme type '\(typeText)' is unknown (\(known.joined(separator: ", "))); the scheme is used as a token" + (didYouMean(typeText, among: known).map { "; did you mean '\($0)'?" } ?? ""), value, pointer)
            }
            components.securitySchemes.append(SecurityScheme(
                name: name,
                type: type,
                description: optionalString(value, "description", pointer),
                parameterName: optionalString(value, "name", pointer),
                location: optionalString(value, "in", pointer).flatMap(APIKeyLocation.init(rawValue:)),
                scheme: optionalString(value, "scheme", pointer),
                bearerFormat: optionalString(value, "bearerFormat", pointer)
            ))
        }
        return components
    }
}
