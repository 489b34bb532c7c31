/// The settings of `sdkgen.yaml` that matched something while lowering. A class, so that the
/// non-mutating lowering functions can record into it; each lowering job has its own.
final class SettingsUsed {
    private(set) var settings: Set<ConfigSetting> = []

    func insert(_ setting: ConfigSetting) {
        settings.insert(setting)
    }

    func formUnion(_ other: Set<ConfigSetting>) {
        settings.formUnion(other)
    }
}

extension Lowering {
    /// Warns, at its line in `sdkgen.yaml`, about every filter entry, naming override, type
    /// override and server that matches nothing in the spec: a typo there changes the SDK (no
    /// operations, a type not renamed) and would otherwise go unnoticed.
    func warnAboutUnmatchedSettings() {
        let settings = configuration.settings
        guard !settings.isEmpty else { return }
        let operations = spec.paths.flatMap { item in item.operations.map { (path: item.path, operation: $0) } }
        let tags = Set(operations.flatMap(\.operation.tags)).sorted()
        let operationIDs = Set(operations.compactMap(\.operation.operationID)).sorted()
        let paths = operations.map(\.path)
        let schemaNames = spec.components.schemas.map(\.name)
        let servers = spec.servers.flatMap { [$0.url] + ($0.description.map { [$0] } ?? []) }
        for setting in settings {
            let problem: (what: String, candidates: [String])?
            switch setting {
            case .filter(_, .tags, let tag):
                problem = tags.contains(tag) ? nil : ("'\(tag)', which no operation has as a tag", tags)
            case .filter(_, .operationIds, let id), .operationName(let id), .pagination(let id), .idempotencyException(let id):
                problem = operationIDs.contains(id) ? nil : ("'\(id)', which is no operation's operationId", operationIDs)
            case .filter(_, .paths, let pattern):
                problem = paths.contains(where: { SDKGenConfiguration.Filter.matches(pattern, $0) }) ? nil : ("'\(pattern)', which matches no path", paths)
            case .typeName(let name), .schemaOverride(let name):
                problem = schemaNames.contains(name) ? nil : ("'\(name)', which is not a schema in components/schemas", schemaNames)
            case .propertyName(let key):
                problem = settingsUsed.settings.contains(setting) ? nil : ("'\(key)', which matches no property (the key is the Swift type's name, a dot and the property's name in the spec)", [])
            case .enumCaseName(let key):
                problem = settingsUsed.settings.contains(setting) ? nil : ("'\(key)', which matches no enum value (the key is the Swift type's name, a dot and the value)", [])
            case .idempotencyField(let name):
                problem = settingsUsed.settings.contains(setting) ? nil : ("'\(name)', which no JSON request body has as a string property (nor its array's elements)", [])
            case .formatOverride(let format):
                problem = settingsUsed.settings.contains(setting) ? nil : ("format '\(format)', which no schema uses", [])
            case .serverName(let name):
                problem = servers.contains(name) ? nil : ("'\(name)', which is no server's URL or description", servers)
            case .server(let name):
                let noneMatches = configuration.servers.allSatisfy { !servers.contains($0) }
                problem = servers.contains(name) ? nil : ("'\(name)', which is no server's URL or description" + (noneMatches ? " (no entry matches, so every server is exposed)" : ""), servers)
            }
            guard let problem else { continue }
            var message = "'\(setting.key)' names \(problem.what)"
            if let suggestion = didYouMean(setting.value, among: problem.candidates) { message += "; did you mean '\(suggestion)'?" }
            diagnostics.warning(message, at: configuration.locations[setting])
        }
    }
}
