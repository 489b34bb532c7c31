/// Turns a decoded spec into the generator's model.
///
/// Resolves `$ref`s, assigns Swift names (collisions get a suffix and a warning), names inline
/// types after where they appear, and sorts models by name and operations by tag, then name,
/// so the output never depends on dictionary order.
///
/// Each component schema and each operation is lowered on its own, on all cores (`serially`: one
/// after another); the names of the inline types they need are chosen afterwards, by one serial
/// pass, in the order one serial lowering would choose them (see `lowerInParallel.swift`). So the
/// model, and the order of messages, never depend on scheduling or on the number of cores.
/// - Returns: The model, or nil when errors were reported.
public func lower(_ spec: Spec, specName: String, configuration: SDKGenConfiguration = SDKGenConfiguration(), serially: Bool = false, diagnostics: DiagnosticSink) -> APIModel? {
    var lowering = Lowering(spec: spec, configuration: configuration, diagnostics: diagnostics)
    let model = lowering.run(specName: specName, serially: serially)
    return diagnostics.hasErrors ? nil : model
}

/// The state of one lowering: the main one, or one job's (`forJob(scope:)`).
///
/// `@unchecked Sendable`: a job gets a copy whose sink, caches and recorders are its own (see
/// `forJob(scope:)`); the shared parts (the spec, the indexes, the component names) are only read.
struct Lowering: @unchecked Sendable {
    let spec: Spec
    var diagnostics: DiagnosticSink
    let configuration: SDKGenConfiguration
    /// Component schema name -> Swift type name.
    var componentTypeNames: [String: String] = [:]
    /// The type names in use; only the serial passes choose names.
    var typeNames = NameScope(reserved: SwiftName.reservedTypes)
    var models: [IRModel] = []
    var names = SwiftNameCache()
    /// The configuration's settings that matched something while lowering (naming of properties
    /// and enum cases, format overrides); the others are checked against the spec afterwards.
    var settingsUsed = SettingsUsed()
    /// In a job: the inline types it named, for the serial pass to check.
    var nameRequests: [NameRequest] = []
    /// In a job: its multipart body, whose fields the serial pass fills in.
    var multipartSteps: [MultipartStep] = []
    /// The names tags may not take: the models of components and operations.
    var tagReserved: Set<String> = []

    /// Components by name, built once: references are looked up for every operation.
    /// Component schema name -> its position in `spec.components.schemas` (positions, not copies:
    /// a schema is large to copy).
    let schemaIndex: [String: Int]
    let parameterIndex: [String: RefOr<Parameter>]
    let responseIndex: [String: RefOr<Response>]
    let requestBodyIndex: [String: RefOr<RequestBody>]
    let headerIndex: [String: RefOr<Header>]

    init(spec: Spec, configuration: SDKGenConfiguration, diagnostics: DiagnosticSink) {
        self.spec = spec
        self.configuration = configuration
        self.diagnostics = diagnostics
        func index<Value>(_ entries: [(String, Value)]) -> [String: Value] {
            Dictionary(entries, uniquingKeysWith: { first, _ in first })
        }
        schemaIndex = index(spec.components.schemas.indices.map { (spec.components.schemas[$0].name, $0) })
        parameterIndex = index(spec.components.parameters.map { ($0.name, $0.parameter) })
        responseIndex = index(spec.components.responses.map { ($0.name, $0.response) })
        requestBodyIndex = index(spec.components.requestBodies.map { ($0.name, $0.body) })
        headerIndex = index(spec.components.headers.map { ($0.name, $0.header) })
    }

    mutating func run(specName: String, serially: Bool) -> APIModel {
        // Names first, sorted, so that which schema gets a suffix does not depend on order in the file.
        // Positions are sorted, not the (name, schema) pairs: a schema is large to copy.
        let schemas = spec.components.schemas
        // A schema that `typeOverrides.schemas` maps to another name keeps its own, as an alias of
        // that type: references keep the spec's name and docs (`typealias Price = ExactDecimal`).
        let sorted = schemas.indices.sorted { schemas[$0].name < schemas[$1].name }.filter { index in
            let name = schemas[index].name
            return configuration.typeOverrides.schemas[name].map { $0 != configuration.naming.types[name] ?? SwiftName.typeName(name) } ?? true
        }
        for index in sorted {
            let name = schemas[index].name
            let base = configuration.naming.types[name] ?? SwiftName.typeName(name)
            componentTypeNames[name] = typeNames.unique(base, for: "schema '\(name)'", origin: schemas[index].schema.origin, diagnostics: diagnostics)
        }
        reportAliasCycles()
        let operations = nameOperations()
        let lowered = lowerInParallel(schemas: sorted, operations: operations, serially: serially)
        let tags = groupByTag(lowered)
        models.sort { $0.name < $1.name }
        shareIdenticalTypes()
        let layout = ModelLayout(models)
        markRecursion(layout)
        recordUnionCaseKeys(layout)
        let idempotent = findIdempotency(tags)
        warnAboutUnmatchedSettings()
        let paginated = chooseExamples(nameStreams(findPagination(idempotent)))
        return APIModel(
            title: spec.info.title,
            version: spec.info.version,
            versionOrigin: spec.info.versionOrigin,
            description: spec.info.description,
            specName: specName,
            servers: lowerServers(),
            tags: paginated,
            models: models,
            securitySchemes: spec.components.securitySchemes.sorted { $0.name < $1.name }.map(lowerSecurityScheme),
            messaging: spec.messaging.map(lowerMessaging),
            sharedTypes: Dictionary(models.compactMap { model in model.sharedType.map { (model.name, $0) } }, uniquingKeysWith: { first, _ in first })
        )
    }

    /// Webhooks are sent to the app, not called by it: their payload types are generated, named
    /// after the webhook (`NewPetWebhook`), and no method is.
    mutating func lowerWebhookTypes() {
        for item in spec.webhooks {
            for operation in item.operations {
                guard case .value(let body)? = operation.requestBody, let media = preferredMedia(body.content), let schema = media.schema else { continue }
                _ = typeRef(schema, hint: SwiftName.typeName(item.path) + "Webhook")
            }
        }
    }

    func lowerServers() -> [IRServer] {
        var scope = NameScope(reserved: ["default", "all"])
        // A WebSocket API without servers has no URL to stand in for: the caller gives one.
        if spec.messaging != nil, spec.servers.isEmpty { return [] }
        var servers = spec.servers.isEmpty ? [Server(url: "/", description: nil, variables: [])] : spec.servers
        if !configuration.servers.isEmpty {
            servers = servers.filter { configuration.servers.contains($0.url) || $0.description.map(configuration.servers.contains) == true }
            if servers.isEmpty {
                // warnAboutUnmatchedSettings says so, at each entry of `servers`.
                servers = spec.servers.isEmpty ? [Server(url: "/", description: nil, variables: [])] : spec.servers
            }
        }
        return servers.enumerated().map { index, server in
            let chosen = configuration.naming.servers[server.url] ?? server.description.flatMap { configuration.naming.servers[$0] }
            let base = chosen ?? (server.name ?? server.description).map(SwiftName.memberBase) ?? "server\(index + 1)"
            let name = scope.unique(base, for: "server '\(server.url)'", origin: nil, diagnostics: diagnostics)
            return IRServer(swiftName: SwiftName.escapeMember(name), url: Self.urlSafe(server.url), description: server.description, variables: server.variables, origin: server.origin)
        }
    }

    /// Percent-encodes what a URL may not contain (spaces, quotes, backslashes, non-ASCII), so the
    /// generated `URL(string:)` always succeeds; `{variable}` placeholders and `%XX` stay.
    static func urlSafe(_ url: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%{}".utf8)
        var result = ""
        for byte in url.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// The user's name from a `naming:` table for `model.member`; the key is built only when the
    /// table has entries.
    func rename(_ table: [String: String], _ model: String, _ member: String, as setting: (String) -> ConfigSetting) -> String? {
        guard !table.isEmpty else { return nil }
        let key = "\(model).\(member)"
        guard let name = table[key] else { return nil }
        settingsUsed.insert(setting(key))
        return name
    }

    func lowerSecurityScheme(_ scheme: SecurityScheme) -> IRSecurityScheme {
        let kind: IRSecurityScheme.Kind
        switch scheme.type {
        case .apiKey?: kind = .apiKey(name: scheme.parameterName ?? "", location: scheme.location ?? .header)
        case .http?: kind = .http(scheme: scheme.scheme ?? "bearer")
        default: kind = .token
        }
        return IRSecurityScheme(name: scheme.name, type: scheme.type, kind: kind, description: scheme.description)
    }

    // MARK: - References

    /// The component a schema only stands for (`$ref: B`, `allOf: [$ref: B]`, `oneOf` with one
    /// member), which it becomes a `typealias` of; nil when the schema defines a type itself.
    func aliasTarget(_ schema: Schema) -> String? {
        if let reference = schema.reference { return JSONPointer.token(in: reference.target, after: "#/components/schemas/") }
        return singleComposedMember(schema).flatMap(aliasTarget)
    }

    /// Components that only stand for each other (`A: {$ref: B}`, `B: {$ref: A}`) would be
    /// `typealias`es of each other, which never defines a type: an error per cycle, at the
    /// reference of the member that comes first by name.
    func reportAliasCycles() {
        let schemas = spec.components.schemas
        var reported: Set<String> = []
        for (name, schema) in schemas.sorted(by: { $0.name < $1.name }) where !reported.contains(name) {
            var chain = [name]
            var current = schema
            while let next = aliasTarget(current), let index = schemaIndex[next] {
                if let start = chain.firstIndex(of: next) {
                    let cycle = Array(chain[start...])
                    if cycle.first == name, reported.isDisjoint(with: cycle) {
                        reported.formUnion(cycle)
                        let origin = schema.reference?.origin ?? schema.origin
                        let what = cycle.count == 1
                            ? "schema '\(name)' only refers to itself, so it never defines a type; give it properties or a type"
                            : "schemas that only refer to each other never define a type: \((cycle + [name]).joined(separator: " -> ")); give one of them properties or a type"
                        diagnostics.error(what, at: origin.location, pointer: origin.pointer)
                    }
                    break
                }
                chain.append(next)
                current = schemas[index].schema
            }
        }
    }

    /// Follows `$ref`s through a components section until a value, reporting missing targets.
    func resolve<Value>(_ item: RefOr<Value>, section: String, in entries: [String: RefOr<Value>]) -> Value? {
        var current = item
        var seen: Set<String> = []
        while true {
            switch current {
            case .value(let value):
                return value
            case .reference(let reference):
                guard seen.insert(reference.target).inserted else {
                    diagnostics.error("'$ref' cycle: '\(reference.target)' refers back to itself", at: reference.origin.location, pointer: reference.origin.pointer)
                    return nil
                }
                guard let name = componentName(reference, section: section) else { return nil }
                guard let next = entries[name] else {
                    reportMissing(reference, candidates: entries.keys.sorted().map { "#/components/\(section)/\($0)" })
                    return nil
                }
                current = next
            }
        }
    }

    /// The component name a `$ref` points at, or nil (and an error) when it points elsewhere.
    func componentName(_ reference: Reference, section: String) -> String? {
        let prefix = "#/components/\(section)/"
        if let name = JSONPointer.token(in: reference.target, after: prefix) { return name }
        if !reference.target.hasPrefix("#") {
            diagnostics.error("'$ref' to another file ('\(reference.target)') is not supported yet; only local references such as '\(prefix)Name' are", at: reference.origin.location, pointer: reference.origin.pointer)
        } else {
            diagnostics.error("'$ref' target '\(reference.target)' is not supported here; expected a reference such as '\(prefix)Name'", at: reference.origin.location, pointer: reference.origin.pointer)
        }
        return nil
    }

    func reportMissing(_ reference: Reference, candidates: [String]) {
        var message = "'$ref' target '\(reference.target)' does not exist"
        if let suggestion = didYouMean(reference.target, among: candidates) {
            message += "; did you mean '\(suggestion)'?"
        }
        diagnostics.error(message, at: reference.origin.location, pointer: reference.origin.pointer)
    }
}
