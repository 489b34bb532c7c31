/// Rewrites a Swagger 2.0 document into the OpenAPI 3.0 shape, node by node, keeping every
/// node's position so later messages still point into the original file.
///
/// `definitions`, `parameters`, `responses` and `securityDefinitions` move under `components`;
/// `body` parameters become request bodies and `formData` parameters a form or multipart body,
/// with `consumes`/`produces` as their media types; `host`, `basePath` and `schemes` become
/// `servers`; `collectionFormat` becomes `style`/`explode`; `type: file` becomes binary.
public func upgradeSwagger2(_ document: YAMLDocument, diagnostics: DiagnosticSink) -> YAMLDocument {
    let upgrader = Swagger2Upgrader(root: document.root, file: document.file, diagnostics: diagnostics)
    return YAMLDocument(file: document.file, root: upgrader.upgradedRoot(), files: document.files)
}

/// Whether `root` is a Swagger 2.0 document, which decoding upgrades first.
func isSwagger2(_ root: YAMLNode) -> Bool {
    root["swagger"]?.scalarText == "2.0" && root["openapi"] == nil
}

/// Where Swagger 2.0 keeps its named parts, and where OpenAPI 3 keeps them.
let swagger2Sections: [(old: String, new: String)] = [
    ("#/definitions/", "#/components/schemas/"), ("#/parameters/", "#/components/parameters/"), ("#/responses/", "#/components/responses/"),
]

private struct Swagger2Upgrader {
    let root: YAMLNode
    let file: String
    let diagnostics: DiagnosticSink
    /// Names of global parameters that are `in: body` (they become request bodies).
    let bodyParameters: Set<String>
    let formParameters: Set<String>
    /// Global parameters by name: every operation looks up the ones it references, often several times.
    let globalParameters: [String: YAMLNode]
    /// The document's `consumes` and `produces`, for operations without their own.
    let rootMediaTypes: [String: [String]]

    init(root: YAMLNode, file: String, diagnostics: DiagnosticSink) {
        self.root = root
        self.file = file
        self.diagnostics = diagnostics
        var body: Set<String> = [], form: Set<String> = []
        var global: [String: YAMLNode] = [:]
        for pair in root["parameters"]?.pairs ?? [] {
            guard let name = pair.key.scalarText else { continue }
            if global[name] == nil { global[name] = pair.value }
            switch pair.value["in"]?.scalarText {
            case "body": body.insert(name)
            case "formData": form.insert(name)
            default: break
            }
        }
        bodyParameters = body
        formParameters = form
        globalParameters = global
        var media: [String: [String]] = [:]
        for key in ["consumes", "produces"] { media[key] = root[key]?.items?.compactMap(\.scalarText) }
        rootMediaTypes = media
    }

    // MARK: - Node builders

    func scalar(_ text: String, at node: YAMLNode, plain: Bool = false) -> YAMLNode {
        YAMLNode(.scalar(YAMLScalar(text: text, isPlain: plain)), line: node.line, column: node.column)
    }

    func mapping(_ pairs: [(String, YAMLNode)], at node: YAMLNode) -> YAMLNode {
        YAMLNode(.mapping(pairs.map { YAMLPair(key: scalar($0.0, at: $0.1), value: $0.1) }), line: node.line, column: node.column)
    }

    func sequence(_ items: [YAMLNode], at node: YAMLNode) -> YAMLNode {
        YAMLNode(.sequence(items), line: node.line, column: node.column)
    }

    func strings(_ node: YAMLNode?) -> [String]? {
        node?.items?.compactMap(\.scalarText)
    }

    // MARK: - Document

    func upgradedRoot() -> YAMLNode {
        var pairs: [(String, YAMLNode)] = [("openapi", scalar("3.0.3", at: root["swagger"] ?? root))]
        for key in ["info", "tags", "security", "externalDocs"] {
            if let node = root[key] { pairs.append((key, rewriteRefs(node))) }
        }
        pairs.append(("servers", servers()))
        if let paths = root["paths"] {
            let items = (paths.pairs ?? []).map { pair in YAMLPair(key: pair.key, value: pathItem(pair.value)) }
            pairs.append(("paths", YAMLNode(.mapping(items), line: paths.line, column: paths.column)))
        }
        pairs.append(("components", components()))
        return mapping(pairs, at: root)
    }

    func servers() -> YAMLNode {
        let host = root["host"]?.scalarText
        let basePath = root["basePath"]?.scalarText ?? ""
        let scheme = strings(root["schemes"])?.first ?? "https"
        let url = host.map { "\(scheme)://\($0)\(basePath)" } ?? (basePath.isEmpty ? "/" : basePath)
        let at = root["host"] ?? root
        return sequence([mapping([("url", scalar(url, at: at))], at: at)], at: at)
    }

    func components() -> YAMLNode {
        var pairs: [(String, YAMLNode)] = []
        if let definitions = root["definitions"] { pairs.append(("schemas", rewriteRefs(definitions))) }
        if let parameters = root["parameters"], let entries = parameters.pairs {
            var plain: [YAMLPair] = [], bodies: [YAMLPair] = []
            for entry in entries {
                guard let name = entry.key.scalarText else { continue }
                if bodyParameters.contains(name) {
                    bodies.append(YAMLPair(key: entry.key, value: requestBody(fromBody: entry.value, consumes: mediaTypes("consumes", nil))))
                } else if formParameters.contains(name) {
                    continue // Form fields are merged into each operation's body where they are used.
                } else {
                    plain.append(YAMLPair(key: entry.key, value: parameter(entry.value)))
                }
            }
            pairs.append(("parameters", YAMLNode(.mapping(plain), line: parameters.line, column: parameters.column)))
            if !bodies.isEmpty { pairs.append(("requestBodies", YAMLNode(.mapping(bodies), line: parameters.line, column: parameters.column))) }
        }
        if let responses = root["responses"], let entries = responses.pairs {
            let converted = entries.map { YAMLPair(key: $0.key, value: response($0.value, produces: mediaTypes("produces", nil))) }
            pairs.append(("responses", YAMLNode(.mapping(converted), line: responses.line, column: responses.column)))
        }
        if let definitions = root["securityDefinitions"], let entries = definitions.pairs {
            let converted = entries.map { YAMLPair(key: $0.key, value: securityScheme($0.value)) }
            pairs.append(("securitySchemes", YAMLNode(.mapping(converted), line: definitions.line, column: definitions.column)))
        }
        return mapping(pairs, at: root)
    }

    func securityScheme(_ node: YAMLNode) -> YAMLNode {
        var pairs: [(String, YAMLNode)] = []
        switch node["type"]?.scalarText {
        case "basic":
            pairs = [("type", scalar("http", at: node)), ("scheme", scalar("basic", at: node))]
        case "oauth2":
            pairs = [("type", scalar("oauth2", at: node))]
        default:
            for key in ["type", "name", "in"] { if let value = node[key] { pairs.append((key, value)) } }
        }
        if let description = node["description"] { pairs.append(("description", description)) }
        return mapping(pairs, at: node)
    }

    /// `consumes`/`produces` of an operation, else of the document, else JSON.
    func mediaTypes(_ key: String, _ operation: YAMLNode?) -> [String] {
        strings(operation?[key]) ?? rootMediaTypes[key] ?? ["application/json"]
    }

    // MARK: - Paths

    func pathItem(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var converted: [YAMLPair] = []
        let pathParameters: [YAMLNode] = node["parameters"]?.items ?? []
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            switch key {
            case "parameters":
                // Body and form parameters at path level are merged into each operation below.
                let plain = pathParameters.filter { !isBodyOrForm($0) }.map(parameterOrReference)
                converted.append(YAMLPair(key: pair.key, value: sequence(plain, at: pair.value)))
            case "get", "put", "post", "delete", "options", "head", "patch":
                converted.append(YAMLPair(key: pair.key, value: operation(pair.value, inherited: pathParameters)))
            default:
                converted.append(YAMLPair(key: pair.key, value: rewriteRefs(pair.value)))
            }
        }
        return YAMLNode(.mapping(converted), line: node.line, column: node.column)
    }

    func resolvedParameter(_ node: YAMLNode) -> (node: YAMLNode, globalName: String?) {
        if let target = node["$ref"]?.scalarText, target.hasPrefix("#/parameters/") {
            let name = JSONPointer.unescape(String(target.dropFirst("#/parameters/".count)))
            if let global = globalParameters[name] { return (global, name) }
        }
        return (node, nil)
    }

    func isBodyOrForm(_ node: YAMLNode) -> Bool {
        let location = resolvedParameter(node).node["in"]?.scalarText
        return location == "body" || location == "formData"
    }

    func parameterOrReference(_ node: YAMLNode) -> YAMLNode {
        node["$ref"] != nil ? rewriteRefs(node) : parameter(node)
    }

    func operation(_ node: YAMLNode, inherited: [YAMLNode]) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        let own = node["parameters"]?.items ?? []
        let ownKeys = Set(own.map { resolvedParameter($0).node }.compactMap { parameterKey($0) })
        let all = inherited.filter { parameterKey(resolvedParameter($0).node).map { !ownKeys.contains($0) } ?? true } + own
        var converted: [(String, YAMLNode)] = []
        var plain: [YAMLNode] = []
        var body: YAMLNode?
        var formFields: [YAMLNode] = []
        for parameterNode in all {
            let (resolved, globalName) = resolvedParameter(parameterNode)
            switch resolved["in"]?.scalarText {
            case "body":
                if let globalName {
                    body = mapping([("$ref", scalar("#/components/requestBodies/" + JSONPointer.escape(globalName), at: parameterNode))], at: parameterNode)
                } else {
                    body = requestBody(fromBody: resolved, consumes: mediaTypes("consumes", node))
                }
            case "formData":
                formFields.append(resolved)
            default:
                if parameterNode["$ref"] != nil || resolved["in"] != nil { plain.append(parameterOrReference(parameterNode)) }
            }
        }
        if body == nil, !formFields.isEmpty { body = formBody(formFields, consumes: mediaTypes("consumes", node), at: node) }
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            switch key {
            case "parameters", "consumes", "produces", "schemes":
                continue
            case "responses":
                let responses = (pair.value.pairs ?? []).map { YAMLPair(key: $0.key, value: response($0.value, produces: mediaTypes("produces", node))) }
                converted.append((key, YAMLNode(.mapping(responses), line: pair.value.line, column: pair.value.column)))
            default:
                converted.append((key, rewriteRefs(pair.value)))
            }
        }
        if !plain.isEmpty { converted.append(("parameters", sequence(plain, at: node["parameters"] ?? node))) }
        if let body { converted.append(("requestBody", body)) }
        return mapping(converted, at: node)
    }

    func parameterKey(_ node: YAMLNode) -> String? {
        guard let name = node["name"]?.scalarText, let location = node["in"]?.scalarText else { return nil }
        return location + ":" + name
    }

    /// A 2.0 non-body parameter: type keywords move into `schema`, `collectionFormat` becomes a style.
    func parameter(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var converted: [(String, YAMLNode)] = []
        var schema: [(String, YAMLNode)] = []
        let location = node["in"]?.scalarText
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            switch key {
            case "name", "in", "description", "required", "deprecated", "allowEmptyValue":
                converted.append((key, pair.value))
            case "collectionFormat":
                switch pair.value.scalarText {
                case "csv": converted += [("style", scalar(location == "query" ? "form" : "simple", at: pair.value)), ("explode", scalar("false", at: pair.value, plain: true))]
                case "ssv": converted += [("style", scalar("spaceDelimited", at: pair.value)), ("explode", scalar("false", at: pair.value, plain: true))]
                case "pipes": converted += [("style", scalar("pipeDelimited", at: pair.value)), ("explode", scalar("false", at: pair.value, plain: true))]
                case "multi": converted += [("style", scalar("form", at: pair.value)), ("explode", scalar("true", at: pair.value, plain: true))]
                default:
                    diagnostics.warning("collectionFormat '\(pair.value.scalarText ?? "")' has no OpenAPI 3 equivalent; 'csv' is used", at: SourceLocation(file: file, line: Int(pair.value.line), column: Int(pair.value.column)))
                }
            case "type" where pair.value.scalarText == "file":
                schema += [("type", scalar("string", at: pair.value)), ("format", scalar("binary", at: pair.value))]
            default:
                if !key.hasPrefix("x-") || key == "x-nullable" { schema.append((key == "x-nullable" ? "nullable" : key, rewriteRefs(pair.value))) }
            }
        }
        if !schema.isEmpty { converted.append(("schema", mapping(schema, at: node))) }
        return mapping(converted, at: node)
    }

    func requestBody(fromBody node: YAMLNode, consumes: [String]) -> YAMLNode {
        let schema = node["schema"].map(rewriteRefs) ?? mapping([], at: node)
        var pairs: [(String, YAMLNode)] = []
        if let description = node["description"] { pairs.append(("description", description)) }
        if let required = node["required"] { pairs.append(("required", required)) }
        let content = consumes.map { ($0, mapping([("schema", schema)], at: node)) }
        pairs.append(("content", mapping(content, at: node)))
        return mapping(pairs, at: node)
    }

    func formBody(_ fields: [YAMLNode], consumes: [String], at node: YAMLNode) -> YAMLNode {
        var properties: [(String, YAMLNode)] = []
        var required: [YAMLNode] = []
        var hasFile = false
        for field in fields {
            guard let name = field["name"]?.scalarText else { continue }
            if field["type"]?.scalarText == "file" { hasFile = true }
            let converted = parameter(field)
            properties.append((name, converted["schema"] ?? mapping([], at: field)))
            if case .scalar(let scalar) = field["required"]?.content, case .bool(true) = scalar.resolved { required.append(self.scalar(name, at: field)) }
        }
        var schema: [(String, YAMLNode)] = [("type", scalar("object", at: node)), ("properties", mapping(properties, at: node))]
        if !required.isEmpty { schema.append(("required", sequence(required, at: node))) }
        let contentType = hasFile || consumes.contains("multipart/form-data") ? "multipart/form-data" : "application/x-www-form-urlencoded"
        var body = [("content", mapping([(contentType, mapping([("schema", mapping(schema, at: node))], at: node))], at: node))]
        // A required field makes the form itself required; a form of optional fields may be left out.
        if !required.isEmpty { body.insert(("required", scalar("true", at: node, plain: true)), at: 0) }
        return mapping(body, at: node)
    }

    func response(_ node: YAMLNode, produces: [String]) -> YAMLNode {
        if node["$ref"] != nil { return rewriteRefs(node) }
        guard let pairs = node.pairs else { return node }
        var converted: [(String, YAMLNode)] = []
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            switch key {
            case "schema":
                let schema = rewriteRefs(pair.value)
                converted.append(("content", mapping(produces.map { ($0, mapping([("schema", schema)], at: pair.value)) }, at: pair.value)))
            case "headers":
                let headers = (pair.value.pairs ?? []).map { YAMLPair(key: $0.key, value: parameter($0.value)) }
                converted.append((key, YAMLNode(.mapping(headers), line: pair.value.line, column: pair.value.column)))
            case "examples":
                continue
            default:
                converted.append((key, pair.value))
            }
        }
        return mapping(converted, at: node)
    }

    // MARK: - References and schemas

    /// Rewrites `$ref`s to 2.0 locations, `type: file` and `x-nullable` throughout a subtree.
    func rewriteRefs(_ node: YAMLNode) -> YAMLNode {
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            return YAMLNode(.sequence(items.map(rewriteRefs)), line: node.line, column: node.column)
        case .mapping(let pairs):
            var converted: [YAMLPair] = []
            for pair in pairs {
                switch pair.key.scalarText {
                case "$ref":
                    if let target = pair.value.scalarText {
                        converted.append(YAMLPair(key: pair.key, value: scalar(rewrite(target), at: pair.value)))
                        continue
                    }
                case "x-nullable":
                    converted.append(YAMLPair(key: scalar("nullable", at: pair.key), value: pair.value))
                    continue
                case "type" where pair.value.scalarText == "file":
                    converted.append(YAMLPair(key: pair.key, value: scalar("string", at: pair.value)))
                    converted.append(YAMLPair(key: scalar("format", at: pair.key), value: scalar("binary", at: pair.value)))
                    continue
                default:
                    break
                }
                converted.append(YAMLPair(key: pair.key, value: rewriteRefs(pair.value)))
            }
            return YAMLNode(.mapping(converted), line: node.line, column: node.column)
        }
    }

    func rewrite(_ target: String) -> String {
        for (old, new) in swagger2Sections where target.hasPrefix(old) {
            if old == "#/parameters/", bodyParameters.contains(JSONPointer.unescape(String(target.dropFirst(old.count)))) {
                return "#/components/requestBodies/" + target.dropFirst(old.count)
            }
            return new + target.dropFirst(old.count)
        }
        return target
    }
}
