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
    /// Whether structs, unions, headers structs and responses enums conform to `Hashable` (string and integer enums
    /// always do). Off by default: synthesized `Hashable` is about a third of the compile time of a
    /// large SDK's models.
    public var hashable = false
    public var filter = Filter()
    public var naming = Naming()
    /// Schema name or `format` -> a Swift type the user provides.
    public var typeOverrides = TypeOverrides()
    /// Names of the servers to expose (by description or URL); empty for all.
    public var servers: [String] = []

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
        public func allows(tags: [String], operationID: String?, path: String) -> Bool {
            func matches(_ patterns: [String], _ path: String) -> Bool {
                patterns.contains { $0.hasSuffix("*") ? path.hasPrefix(String($0.dropLast())) : $0 == path }
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

    public struct Naming: Sendable, Equatable {
        /// operationId -> method name.
        public var operations: [String: String] = [:]
        /// schema name -> type name.
        public var types: [String: String] = [:]
        /// `Schema.property` -> property name.
        public var properties: [String: String] = [:]
        /// `Schema.value` -> case name.
        public var enumCases: [String: String] = [:]
        public init() {}
    }

    public struct TypeOverrides: Sendable, Equatable {
        public var schemas: [String: String] = [:]
        public var formats: [String: String] = [:]
        public init() {}
    }

    public init() {}
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

    func strings(_ node: YAMLNode, _ key: String) -> [String] {
        if let items = node.items { return items.compactMap { string($0, key) } }
        return string(node, key).map { [$0] } ?? []
    }

    func stringMap(_ node: YAMLNode, _ key: String) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in mapping(node, key, known: []) {
            if let text = string(value, "\(key).\(name)") { result[name] = text }
        }
        return result
    }

    func read() -> SDKGenConfiguration {
        var config = SDKGenConfiguration()
        let keys = ["spec", "output", "templates", "module", "accessModifier", "docs", "hashable", "filter", "naming", "typeOverrides", "servers"]
        for (key, value) in mapping(document.root, "sdkgen.yaml", known: keys) {
            switch key {
            case "spec": config.specs = strings(value, key)
            case "output": config.output = string(value, key)
            case "templates": config.templates = string(value, key)
            case "module": config.module = string(value, key)
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
            case "hashable":
                if case .scalar(let scalar) = value.content, case .bool(let flag) = scalar.resolved { config.hashable = flag } else { error("'hashable' must be true or false, not \(value.kindDescription)", value) }
            case "filter":
                for (section, entries) in mapping(value, "filter", known: ["include", "exclude"]) {
                    for (kind, list) in mapping(entries, "filter.\(section)", known: ["tags", "operationIds", "paths"]) {
                        let items = strings(list, "filter.\(section).\(kind)")
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
                for (kind, map) in mapping(value, "naming", known: ["operations", "types", "properties", "enumCases"]) {
                    let entries = stringMap(map, "naming.\(kind)")
                    switch kind {
                    case "operations": config.naming.operations = entries
                    case "types": config.naming.types = entries
                    case "properties": config.naming.properties = entries
                    default: config.naming.enumCases = entries
                    }
                }
            case "typeOverrides":
                for (kind, map) in mapping(value, "typeOverrides", known: ["schemas", "formats"]) {
                    if kind == "schemas" { config.typeOverrides.schemas = stringMap(map, "typeOverrides.schemas") } else { config.typeOverrides.formats = stringMap(map, "typeOverrides.formats") }
                }
            default:
                config.servers = strings(value, key)
            }
        }
        return config
    }
}
