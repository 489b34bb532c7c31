/// `sdkgen.yaml`: what to generate and how, read by the command line and the plugins.
///
/// Paths are relative to the config file. Unknown keys and wrong types are errors at their
/// `file:line:column`, with a "did you mean" for near misses.
public struct SDKGenConfiguration: Sendable, Equatable {
    public var specs: [String] = []
    public var output: String?
    /// A folder whose `*.mustache` files replace the built-in templates of the same name.
    public var templates: String?
    public var module: String?
    /// `public`, `package` or `internal`.
    public var accessModifier = "public"
    public var docs = true
    /// Also write a DocC documentation catalog (with `docs`): `docc: true` puts it in the output
    /// folder as `<module>.docc`; `docc: Path/To/Module.docc` puts it there instead (relative to
    /// the configuration), for example in the target's folder, where DocC finds it.
    public var docc = false
    public var doccFolder: String?
    /// Whether structs, unions, headers structs and responses enums conform to `Hashable` (string and integer enums
    /// always do). Off by default: synthesized `Hashable` is about a third of the compile time of a
    /// large SDK's models.
    public var hashable = false
    /// Leave out what has errors instead of failing (`--skip-invalid`; `GenerateOptions.skipInvalid`).
    public var skipInvalid = false
    /// Also generate the server side (`--server`): each group's `registerHandlers(on:)`.
    public var server = false
    public var filter = Filter()
    public var naming = Naming()
    /// Schema name or `format` -> a Swift type the user provides.
    public var typeOverrides = TypeOverrides()
    /// Names of the servers to expose (by description or URL); empty for all.
    public var servers: [String] = []
    /// `idempotency`: the request-body fields that make a request safe to send again (Kalshi's
    /// `client_order_id`). An operation whose JSON body has one (directly, or in each element of an
    /// array property, as a batch does) fills it with a UUID when the caller leaves it out, and
    /// `RetryMiddleware` may retry it; `except` names operations whose field means something else
    /// (an amend's `client_order_id` names the order to amend).
    public var idempotency = Idempotency()
    /// `messaging`: how to read an AsyncAPI document (whose side it describes, which property
    /// tells each side's messages apart).
    public var messaging = MessagingSettings()
    /// `pagination`: how the pages of an operation (by operationId) follow one another, for the
    /// styles that cannot be recognised from the spec.
    public var pagination: [String: PaginationSetting] = [:]
    /// `diff.accept`: the API changes a team has decided to ship, which `sdkgen diff
    /// --fail-on-breaking` does not fail on.
    public var acceptedChanges: [AcceptedChange] = []
    /// Swift lines that set up `client` in the docs' examples, for an SDK whose own set-up differs
    /// from the generated initializers (Kalshi's signed requests). Without it, each example builds
    /// the client with the credentials its operation needs.
    public var exampleSetup: String?
    /// Where each setting that names something in the spec was written, for the warning when it
    /// matches nothing; empty for a configuration built in code.
    public var locations: [ConfigSetting: SourceLocation] = [:]
    /// Where `templates:` was written.
    public var templatesLocation: SourceLocation?

    public struct Filter: Sendable, Equatable {
        public var includeTags: [String] = []
        public var excludeTags: [String] = []
        public var includeOperations: [String] = []
        public var excludeOperations: [String] = []
        public var includePaths: [String] = []
        public var excludePaths: [String] = []

        public init() {}

        /// Whether an operation passes: included (when any include list is given) and not excluded.
        /// Path entries ending in `*` match prefixes.
        /// Whether a `paths` entry matches a path: exactly, or as a prefix when it ends in `*`.
        static func matches(_ pattern: String, _ path: String) -> Bool {
            pattern.hasSuffix("*") ? path.hasPrefix(String(pattern.dropLast())) : pattern == path
        }

        public func allows(tags: [String], operationID: String?, path: String) -> Bool {
            func matches(_ patterns: [String], _ path: String) -> Bool {
                patterns.contains { Self.matches($0, path) }
            }
            let includes = !includeTags.isEmpty || !includeOperations.isEmpty || !includePaths.isEmpty
            if includes {
                let included = tags.contains(where: includeTags.contains) || operationID.map(includeOperations.contains) == true || matches(includePaths, path)
                if !included { return false }
            }
            if tags.contains(where: excludeTags.contains) || operationID.map(excludeOperations.contains) == true || matches(excludePaths, path) { return false }
            return true
        }
    }

    /// One entry of `pagination`.
    public struct PaginationSetting: Sendable, Equatable {
        public enum Style: String, Sendable, CaseIterable {
            /// A query parameter takes the cursor a response field gave.
            case cursor
            /// A query parameter takes the number of items to skip.
            case offset
            /// A query parameter takes the page number.
            case page
            /// The response's `Link` header gives the next page's URL (RFC 8288, `rel="next"`).
            case link
        }

        public var style: Style
        /// The query parameter that moves from page to page (`cursor`, `offset`, `page` by default).
        public var parameter: String?
        /// The query parameter of the page size, when the last page is the one with fewer items.
        public var limit: String?
        /// For `cursor`: the response property with the next cursor (the parameter's name by default).
        public var next: String?
        /// The response property that holds the items (the page itself when it is an array, else
        /// its one array property, by default).
        public var items: String?

        public init(style: Style, parameter: String? = nil, limit: String? = nil, next: String? = nil, items: String? = nil) {
            self.style = style
            self.parameter = parameter
            self.limit = limit
            self.next = next
            self.items = items
        }
    }

    public struct Naming: Sendable, Equatable {
        /// operationId -> method name.
        public var operations: [String: String] = [:]
        /// schema name -> type name.
        public var types: [String: String] = [:]
        /// `Schema.property` -> property name.
        public var properties: [String: String] = [:]
        /// `Schema.value` -> case name.
        public var enumCases: [String: String] = [:]
        /// A server's URL or description -> its name in `Servers` (`production`), so that a
        /// reworded description does not rename it.
        public var servers: [String: String] = [:]
        public init() {}
    }

    public struct Idempotency: Sendable, Equatable {
        public var fields: [String] = []
        /// operationIds.
        public var except: [String] = []
        public init() {}
    }

    public struct MessagingSettings: Sendable, Equatable {
        /// `describes`: `server` (the default: `send` operations are what the server sends, as
        /// Kalshi's, Kraken's and Gemini's documents are written) or `client`.
        public var describes = "server"
        /// `serverDiscriminator`, `clientDiscriminator`: the property whose constant value tells
        /// one side's messages apart, when it is not the one most of them have.
        public var serverDiscriminator: String?
        public var clientDiscriminator: String?
        /// `correlation`: the field (a path of keys joined by `/`: `id`, `params/id`) by which a
        /// reply names its request, for a document that declares no `correlationId`.
        public var correlation: String?
        public init() {}
    }

    public struct TypeOverrides: Sendable, Equatable {
        public var schemas: [String: String] = [:]
        public var formats: [String: String] = [:]
        public init() {}
    }

    public init() {}

    /// Every setting that names something in the spec, in the order of the file when it was read
    /// from one (else filters, naming, type overrides, servers; keys sorted).
    public var settings: [ConfigSetting] {
        var all: [ConfigSetting] = []
        for (include, kind, values) in [
            (true, ConfigSetting.FilterKind.tags, filter.includeTags), (true, .operationIds, filter.includeOperations), (true, .paths, filter.includePaths),
            (false, .tags, filter.excludeTags), (false, .operationIds, filter.excludeOperations), (false, .paths, filter.excludePaths),
        ] {
            all += values.map { ConfigSetting.filter(include: include, kind, $0) }
        }
        all += naming.operations.keys.sorted().map(ConfigSetting.operationName)
        all += naming.types.keys.sorted().map(ConfigSetting.typeName)
        all += naming.properties.keys.sorted().map(ConfigSetting.propertyName)
        all += naming.enumCases.keys.sorted().map(ConfigSetting.enumCaseName)
        all += naming.servers.keys.sorted().map(ConfigSetting.serverName)
        all += typeOverrides.schemas.keys.sorted().map(ConfigSetting.schemaOverride)
        all += typeOverrides.formats.keys.sorted().map(ConfigSetting.formatOverride)
        all += servers.map(ConfigSetting.server)
        all += idempotency.fields.map(ConfigSetting.idempotencyField)
        all += idempotency.except.map(ConfigSetting.idempotencyException)
        all += pagination.keys.sorted().map(ConfigSetting.pagination)
        let position = { (index: Int) in self.locations[all[index]].map { ($0.line, $0.column, index) } ?? (Int.max, 0, index) }
        return all.indices.sorted { position($0) < position($1) }.map { all[$0] }
    }
}

/// One entry of `sdkgen.yaml` that must match something in the spec: a filter entry, a naming or
/// type override's key, a server. Lowering warns, at the entry's location, about each that matches
/// nothing (a typo there silently changes the SDK otherwise).
public enum ConfigSetting: Hashable, Sendable {
    public enum FilterKind: String, Sendable {
        case tags, operationIds, paths
    }

    /// `filter.include.<kind>` (or `exclude`) entry.
    case filter(include: Bool, FilterKind, String)
    /// A key of `naming.operations` (an operationId).
    case operationName(String)
    /// A key of `naming.types` (a schema name).
    case typeName(String)
    /// A key of `naming.properties` (`Type.property`).
    case propertyName(String)
    /// A key of `naming.enumCases` (`Type.value`).
    case enumCaseName(String)
    /// A key of `naming.servers` (a server's URL or description).
    case serverName(String)
    /// A key of `typeOverrides.schemas`.
    case schemaOverride(String)
    /// A key of `typeOverrides.formats`.
    case formatOverride(String)
    /// An entry of `servers`.
    case server(String)
    /// A key of `pagination` (an operationId).
    case pagination(String)
    /// An entry of `idempotency.fields` (a property name).
    case idempotencyField(String)
    /// An entry of `idempotency.except` (an operationId).
    case idempotencyException(String)

    /// The tag, operationId, path, key or server the setting names.
    public var value: String {
        switch self {
        case .filter(_, _, let text), .operationName(let text), .typeName(let text), .propertyName(let text),
             .enumCaseName(let text), .serverName(let text), .schemaOverride(let text), .formatOverride(let text), .server(let text), .pagination(let text),
             .idempotencyField(let text), .idempotencyException(let text):
            return text
        }
    }

    /// How the setting is spelled in `sdkgen.yaml`, for messages.
    public var key: String {
        switch self {
        case .filter(let include, let kind, _): return "filter.\(include ? "include" : "exclude").\(kind.rawValue)"
        case .operationName: return "naming.operations"
        case .typeName: return "naming.types"
        case .propertyName: return "naming.properties"
        case .enumCaseName: return "naming.enumCases"
        case .serverName: return "naming.servers"
        case .schemaOverride: return "typeOverrides.schemas"
        case .formatOverride: return "typeOverrides.formats"
        case .server: return "servers"
        case .pagination: return "pagination"
        case .idempotencyField: return "idempotency.fields"
        case .idempotencyException: return "idempotency.except"
        }
    }
}

/// Reads an allow-list file for `sdkgen diff --accept`: a mapping with one key, `accept`, shaped
/// like `diff.accept` in `sdkgen.yaml`. Returns nil (with errors in `diagnostics`) when it is not valid.
public func parseAcceptedChanges(_ bytes: [UInt8], file: String, diagnostics: DiagnosticSink) -> [AcceptedChange]? {
    guard let document = parseYAML(bytes, file: file, diagnostics: diagnostics) else { return nil }
    let reader = ConfigReader(document: document, diagnostics: diagnostics)
    let errorsBefore = diagnostics.diagnostics.filter { $0.severity == .error }.count
    var entries: [AcceptedChange] = []
    for (_, list) in reader.mapping(document.root, file, known: ["accept"]) { entries = reader.acceptedChanges(list, "accept") }
    return diagnostics.diagnostics.filter { $0.severity == .error }.count == errorsBefore ? entries : nil
}

/// Reads `sdkgen.yaml`. Returns nil (with errors in `diagnostics`) when it is not valid.
public func parseConfiguration(_ bytes: [UInt8], file: String, diagnostics: DiagnosticSink) -> SDKGenConfiguration? {
    guard let document = parseYAML(bytes, file: file, diagnostics: diagnostics) else { return nil }
    let reader = ConfigReader(document: document, diagnostics: diagnostics)
    let errorsBefore = diagnostics.diagnostics.filter { $0.severity == .error }.count
    let configuration = reader.read()
    return diagnostics.diagnostics.filter { $0.severity == .error }.count == errorsBefore ? configuration : nil
}

private struct ConfigReader {
    let document: YAMLDocument
    let diagnostics: DiagnosticSink

    func error(_ message: String, _ node: YAMLNode) {
        diagnostics.error(message, at: document.location(of: node))
    }

    /// The pairs of a mapping whose keys must come from `known`.
    func mapping(_ node: YAMLNode, _ what: String, known: [String]) -> [(String, YAMLNode)] {
        guard let pairs = node.pairs else {
            error("'\(what)' must be a mapping, not \(node.kindDescription)", node)
            return []
        }
        var result: [(String, YAMLNode)] = []
        for pair in pairs {
            guard let key = pair.key.scalarText else { continue }
            if !known.isEmpty, !known.contains(key) {
                let suggestion = didYouMean(key, among: known).map { "; did you mean '\($0)'?" } ?? "; known keys: \(known.joined(separator: ", "))"
                error("unknown key '\(key)' in \(what)\(suggestion)", pair.key)
                continue
            }
            result.append((key, pair.value))
        }
        return result
    }

    func string(_ node: YAMLNode, _ key: String) -> String? {
        if case .scalar(let scalar) = node.content, !(scalar.isPlain && scalar.resolved == .null) { return scalar.text }
        error("'\(key)' must be a string, not \(node.kindDescription)", node)
        return nil
    }

    /// A list or a single string, each with its node.
    func strings(_ node: YAMLNode, _ key: String) -> [(String, YAMLNode)] {
        if let items = node.items { return items.compactMap { item in string(item, key).map { ($0, item) } } }
        return string(node, key).map { [($0, node)] } ?? []
    }

    /// A mapping of strings; each key's location is recorded under `setting(key)`.
    func stringMap(_ node: YAMLNode, _ key: String, _ setting: (String) -> ConfigSetting, into config: inout SDKGenConfiguration) -> [String: String] {
        var result: [String: String] = [:]
        for pair in node.pairs ?? [] {
            guard let name = pair.key.scalarText else { continue }
            if let text = string(pair.value, "\(key).\(name)") {
                result[name] = text
                config.locations[setting(name)] = document.location(of: pair.key)
            }
        }
        if node.pairs == nil { _ = mapping(node, key, known: []) }
        return result
    }

    /// A list of `{id, symbol, reason}` entries; `id` must name a kind of change.
    func acceptedChanges(_ node: YAMLNode, _ what: String) -> [AcceptedChange] {
        guard let items = node.items else {
            error("'\(what)' must be a list of entries with an 'id' (and a 'symbol' and 'reason'), not \(node.kindDescription)", node)
            return []
        }
        let ids = APIChange.Kind.allCases.map(\.id)
        var entries: [AcceptedChange] = []
        for item in items {
            var entry = AcceptedChange(id: "", location: document.location(of: item))
            for (field, value) in mapping(item, what, known: ["id", "symbol", "reason"]) {
                guard let text = string(value, "\(what).\(field)") else { continue }
                switch field {
                case "id":
                    guard ids.contains(text) else {
                        let suggestion = didYouMean(text, among: ids).map { "; did you mean '\($0)'?" } ?? "; the README lists the kinds of change"
                        error("'\(text)' is not a kind of API change\(suggestion)", value)
                        continue
                    }
                    entry.id = text
                case "symbol": entry.symbol = text
                default: entry.reason = text
                }
            }
            if item.pairs != nil, item["id"] == nil { error("each entry of '\(what)' needs an 'id' (a kind of change, like 'property-removed')", item) }
            if !entry.id.isEmpty { entries.append(entry) }
        }
        return entries
    }

    func read() -> SDKGenConfiguration {
        var config = SDKGenConfiguration()
        /// The texts of a list, each entry's location recorded under `setting(text)`.
        func located(_ entries: [(String, YAMLNode)], _ setting: (String) -> ConfigSetting) -> [String] {
            for (text, node) in entries { config.locations[setting(text)] = document.location(of: node) }
            return entries.map(\.0)
        }
        let keys = ["spec", "output", "templates", "module", "accessModifier", "docs", "docc", "hashable", "skipInvalid", "server", "filter", "naming", "typeOverrides", "servers", "exampleSetup", "pagination", "diff", "idempotency", "messaging"]
        for (key, value) in mapping(document.root, "sdkgen.yaml", known: keys) {
            switch key {
            case "spec": config.specs = strings(value, key).map(\.0)
            case "output": config.output = string(value, key)
            case "templates":
                config.templates = string(value, key)
                config.templatesLocation = document.location(of: value)
            case "module": config.module = string(value, key)
            case "exampleSetup": config.exampleSetup = string(value, key)
            case "accessModifier":
                guard let text = string(value, key) else { continue }
                if ["public", "package", "internal"].contains(text) {
                    config.accessModifier = text
                } else {
                    let suggestion = didYouMean(text, among: ["public", "package", "internal"]).map { "; did you mean '\($0)'?" } ?? ""
                    error("'accessModifier' must be public, package or internal, not '\(text)'\(suggestion)", value)
                }
            case "docs":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved { config.docs = flag } else { error("'docs' must be true or false, not \(value.kindDescription)", value) }
            case "docc":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved {
                    config.docc = flag
                } else if case .scalar(let scalar) = value.content, scalar.text.hasSuffix(".docc"), !scalar.text.hasSuffix("/.docc") {
                    config.docc = true
                    config.doccFolder = scalar.text
                } else {
                    error("'docc' must be true, false or a folder whose name ends in '.docc' (such as 'PetClient.docc'), not \(value.kindDescription)", value)
                }
            case "hashable":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved { config.hashable = flag } else { error("'hashable' must be true or false, not \(value.kindDescription)", value) }
            case "server":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved { config.server = flag } else { error("'server' must be true or false, not \(value.kindDescription)", value) }
            case "skipInvalid":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved { config.skipInvalid = flag } else { error("'skipInvalid' must be true or false, not \(value.kindDescription)", value) }
            case "filter":
                for (section, entries) in mapping(value, "filter", known: ["include", "exclude"]) {
                    for (kind, list) in mapping(entries, "filter.\(section)", known: ["tags", "operationIds", "paths"]) {
                        let items = located(strings(list, "filter.\(section).\(kind)")) { .filter(include: section == "include", ConfigSetting.FilterKind(rawValue: kind)!, $0) }
                        switch (section, kind) {
                        case ("include", "tags"): config.filter.includeTags = items
                        case ("include", "operationIds"): config.filter.includeOperations = items
                        case ("include", "paths"): config.filter.includePaths = items
                        case ("exclude", "tags"): config.filter.excludeTags = items
                        case ("exclude", "operationIds"): config.filter.excludeOperations = items
                        default: config.filter.excludePaths = items
                        }
                    }
                }
            case "naming":
                for (kind, map) in mapping(value, "naming", known: ["operations", "types", "properties", "enumCases", "servers"]) {
                    switch kind {
                    case "operations": config.naming.operations = stringMap(map, "naming.operations", ConfigSetting.operationName, into: &config)
                    case "types": config.naming.types = stringMap(map, "naming.types", ConfigSetting.typeName, into: &config)
                    case "properties": config.naming.properties = stringMap(map, "naming.properties", ConfigSetting.propertyName, into: &config)
                    case "servers": config.naming.servers = stringMap(map, "naming.servers", ConfigSetting.serverName, into: &config)
                    default: config.naming.enumCases = stringMap(map, "naming.enumCases", ConfigSetting.enumCaseName, into: &config)
                    }
                }
            case "typeOverrides":
                for (kind, map) in mapping(value, "typeOverrides", known: ["schemas", "formats"]) {
                    if kind == "schemas" {
                        config.typeOverrides.schemas = stringMap(map, "typeOverrides.schemas", ConfigSetting.schemaOverride, into: &config)
                    } else {
                        config.typeOverrides.formats = stringMap(map, "typeOverrides.formats", ConfigSetting.formatOverride, into: &config)
                    }
                }
            case "pagination":
                for (operationID, entry) in mapping(value, "pagination", known: []) {
                    var setting = SDKGenConfiguration.PaginationSetting(style: .cursor)
                    var hasStyle = false
                    for (field, node) in mapping(entry, "pagination.\(operationID)", known: ["style", "parameter", "limit", "next", "items"]) {
                        guard let text = string(node, "pagination.\(operationID).\(field)") else { continue }
                        switch field {
                        case "style":
                            hasStyle = true
                            let styles = SDKGenConfiguration.PaginationSetting.Style.allCases.map(\.rawValue)
                            guard let style = SDKGenConfiguration.PaginationSetting.Style(rawValue: text) else {
                                let suggestion = didYouMean(text, among: styles).map { "; did you mean '\($0)'?" } ?? ""
                                error("'pagination.\(operationID).style' must be \(styles.joined(separator: ", ")), not '\(text)'\(suggestion)", node)
                                continue
                            }
                            setting.style = style
                        case "parameter": setting.parameter = text
                        case "limit": setting.limit = text
                        case "next": setting.next = text
                        default: setting.items = text
                        }
                    }
                    if entry.pairs != nil, !hasStyle {
                        error("'pagination.\(operationID)' needs a 'style': cursor, offset, page or link", entry)
                    }
                    config.pagination[operationID] = setting
                    if let key = value.pairs?.first(where: { $0.key.scalarText == operationID })?.key {
                        config.locations[.pagination(operationID)] = document.location(of: key)
                    }
                }
            case "idempotency":
                for (kind, list) in mapping(value, "idempotency", known: ["fields", "except"]) {
                    if kind == "fields" {
                        config.idempotency.fields = located(strings(list, "idempotency.fields"), ConfigSetting.idempotencyField)
                    } else {
                        config.idempotency.except = located(strings(list, "idempotency.except"), ConfigSetting.idempotencyException)
                    }
                }
            case "messaging":
                for (setting, entry) in mapping(value, "messaging", known: ["describes", "serverDiscriminator", "clientDiscriminator", "correlation"]) {
                    guard let text = string(entry, "messaging.\(setting)") else { continue }
                    switch setting {
                    case "describes":
                        if text == "server" || text == "client" {
                            config.messaging.describes = text
                        } else {
                            error("'messaging.describes' must be server or client (the side whose operations the document lists), not '\(text)'", entry)
                        }
                    case "serverDiscriminator": config.messaging.serverDiscriminator = text
                    case "correlation": config.messaging.correlation = text.hasPrefix("/") ? String(text.dropFirst()) : text
                    default: config.messaging.clientDiscriminator = text
                    }
                }
            case "diff":
                for (_, list) in mapping(value, "diff", known: ["accept"]) { config.acceptedChanges = acceptedChanges(list, "diff.accept") }
            default:
                config.servers = located(strings(value, key), ConfigSetting.server)
            }
        }
        return config
    }
}
