/// Compares the generated Swift API of two versions of a spec.
///
/// Operations are matched by operationId (an operation whose method and path stay but whose
/// operationId changes is a rename), parameters and properties by wire name, models by Swift
/// name, then by the schema they come from, then by shape (a removed type and an added one with
/// the same members are a rename).
/// - Returns: The changes, breaking ones first, then additions, changes and docs; each group in a
///   stable order.
public func diffAPIs(old: APIModel, new: APIModel) -> [APIChange] {
    var differ = APIDiffer(old: old, new: new)
    differ.matchModels()
    differ.compareServers()
    differ.compareOperations()
    differ.compareModels()
    return differ.changes.enumerated().sorted { a, b in
        a.element.impact != b.element.impact ? a.element.impact < b.element.impact : a.offset < b.offset
    }.map(\.element)
}

/// Two lists paired by a key: the old items the new list lacks, the new items the old one lacks,
/// and each other old item with the first new item of its key, in the old list's order.
private struct Matched<Item> {
    var removed: [Item] = []
    var added: [Item] = []
    var kept: [(old: Item, new: Item)] = []

    /// - Parameter oldKey: An old item's key as the new spec spells it (through renamed types),
    ///   when that differs from `key`.
    init<Key: Hashable>(_ old: [Item], _ new: [Item], key: (Item) -> Key, oldKey: ((Item) -> Key)? = nil) {
        var after: [Key: Item] = [:]
        for item in new where after[key(item)] == nil { after[key(item)] = item }
        var before: Set<Key> = []
        for item in old {
            let spelled = oldKey?(item) ?? key(item)
            before.insert(spelled)
            if let match = after[spelled] { kept.append((item, match)) } else { removed.append(item) }
        }
        added = new.filter { !before.contains(key($0)) }
    }
}

private struct APIDiffer {
    let old: APIModel
    let new: APIModel
    var changes: [APIChange] = []
    /// Old models and the new ones they became, found by `matchModels`.
    var modelPairs: [(IRModel, IRModel)] = []
    var removedModels: [IRModel] = []
    var addedModels: [IRModel] = []
    var renamedModels: [(IRModel, IRModel, APIChange.Kind)] = []
    /// Old Swift type names -> new ones, for the renamed models.
    var renames: [String: String] = [:]
    /// Each side's typealiases: `FixedPointDollars` -> `String`.
    var oldAliases: [String: TypeRef] = [:]
    var newAliases: [String: TypeRef] = [:]

    mutating func add(_ kind: APIChange.Kind, _ symbol: String, _ message: String, _ old: Origin?, _ new: Origin?) {
        changes.append(APIChange(kind: kind, symbol: symbol, message: message, old: old?.location, new: new?.location))
    }

    /// Text quoted from the spec (a status's description) on one line, as every report prints
    /// one change per line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmingTrailingWhitespace().drop { $0 == " " } }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Operations by operationId, with the group (`client.<group>`) each is reached through.
    static func operations(_ model: APIModel) -> [String: (operation: IROperation, group: String)] {
        var result: [String: (operation: IROperation, group: String)] = [:]
        for tag in model.tags {
            for operation in tag.operations { result[operation.operationID] = (operation, SwiftName.bare(tag.propertyName)) }
        }
        return result
    }

    static func symbol(_ entry: (operation: IROperation, group: String)) -> String {
        "\(entry.group).\(SwiftName.bare(entry.operation.swiftName))"
    }

    static func route(_ operation: IROperation) -> String {
        "\(operation.method.uppercased) \(operation.path)"
    }

    // MARK: Servers

    mutating func compareServers() {
        let servers = Matched(old.servers, new.servers, key: \.swiftName)
        for server in servers.removed {
            add(.serverRemoved, "Servers.\(SwiftName.bare(server.swiftName))", "removed (\(server.url))", server.origin, nil)
        }
        for server in servers.added {
            add(.serverAdded, "Servers.\(SwiftName.bare(server.swiftName))", "added (\(server.url))", nil, server.origin)
        }
        for (previous, server) in servers.kept where previous.url != server.url {
            add(.serverURLChanged, "Servers.\(SwiftName.bare(server.swiftName))", "URL changed: \(previous.url) -> \(server.url)", previous.origin, server.origin)
        }
        if let first = old.servers.first, let current = new.servers.first, first.url != current.url {
            add(.defaultServerChanged, "Client.init(serverURL:)", "default changed: \(first.url) -> \(current.url)", first.origin, current.origin)
        }
    }

    // MARK: Operations

    mutating func compareOperations() {
        let before = Self.operations(old), after = Self.operations(new)
        var renamed: Set<String> = []
        for id in before.keys.sorted() where after[id] == nil {
            let entry = before[id]!, operation = entry.operation
            let successor = after.values
                .filter { $0.operation.method == operation.method && $0.operation.path == operation.path && before[$0.operation.operationID] == nil }
                .min { $0.operation.operationID < $1.operation.operationID }
            if let successor {
                renamed.insert(successor.operation.operationID)
                add(.operationRenamed, Self.symbol(entry), "renamed: -> \(Self.symbol(successor)) (\(Self.route(operation)), operationId \(id) -> \(successor.operation.operationID))", operation.origin, successor.operation.origin)
                compare(entry, successor)
            } else {
                add(.operationRemoved, Self.symbol(entry), "removed (\(Self.route(operation)))", operation.origin, nil)
            }
        }
        for id in after.keys.sorted() where before[id] == nil && !renamed.contains(id) {
            guard let entry = after[id] else { continue }
            add(.operationAdded, Self.symbol(entry), "added (\(Self.route(entry.operation)))", nil, entry.operation.origin)
        }
        for id in before.keys.sorted() {
            if let a = before[id], let b = after[id] { compare(a, b) }
        }
    }

    mutating func compare(_ oldEntry: (operation: IROperation, group: String), _ newEntry: (operation: IROperation, group: String)) {
        let a = oldEntry.operation, b = newEntry.operation
        let name = Self.symbol(newEntry)
        if a.operationID == b.operationID, a.swiftName != b.swiftName {
            add(.operationSwiftNameChanged, Self.symbol(oldEntry), "Swift name changed: -> \(name) (operationId \(b.operationID))", a.origin, b.origin)
        }
        if oldEntry.group != newEntry.group {
            add(.operationGroupChanged, name, "moved to another group: client.\(oldEntry.group) -> client.\(newEntry.group)", a.origin, b.origin)
        }
        if a.method != b.method || a.path != b.path {
            add(.operationMoved, name, "moved: \(Self.route(a)) -> \(Self.route(b))", a.origin, b.origin)
        }
        if !a.deprecated, b.deprecated { add(.operationDeprecated, name, "deprecated", a.origin, b.origin) }
        if a.deprecated, !b.deprecated { add(.operationUndeprecated, name, "no longer deprecated", a.origin, b.origin) }
        if a.summary != b.summary || a.description != b.description {
            add(.operationDocsChanged, name, a.summary != b.summary ? "summary changed" : "description changed", a.origin, b.origin)
        }
        compareParameters(name, a, b)
        compareBodies(name, a, b)
        compareResponses(name, a, b)
        compareSecurity(name, a, b)
    }

    static func key(_ parameter: IRParameter) -> String { "\(parameter.location.rawValue):\(parameter.name)" }

    mutating func compareParameters(_ name: String, _ a: IROperation, _ b: IROperation) {
        let parameters = Matched(a.parameters, b.parameters, key: Self.key)
        func label(_ parameter: IRParameter) -> String { "\(name)(\(SwiftName.bare(parameter.swiftName)):)" }
        func wire(_ parameter: IRParameter) -> String { "\(parameter.location.rawValue) '\(parameter.name)'" }
        for parameter in parameters.removed {
            add(.parameterRemoved, label(parameter), "removed (\(wire(parameter)))", parameter.origin ?? a.origin, b.origin)
        }
        for parameter in parameters.added {
            add(parameter.required ? .parameterAddedRequired : .parameterAddedOptional, label(parameter),
                "added: \(parameter.type.swift)\(parameter.required ? "" : "?") (\(parameter.required ? "required" : "optional") \(wire(parameter)))", a.origin, parameter.origin ?? b.origin)
        }
        for (previous, parameter) in parameters.kept {
            if previous.swiftName != parameter.swiftName {
                add(.parameterRenamed, label(previous), "label changed: -> \(SwiftName.bare(parameter.swiftName)) (\(wire(parameter)))", previous.origin, parameter.origin)
            }
            if !sameType(previous.type, parameter.type) {
                add(.parameterTypeChanged, label(parameter), "type changed: \(previous.type.swift) -> \(parameter.type.swift)", previous.origin, parameter.origin)
            }
            if previous.required != parameter.required {
                add(parameter.required ? .parameterMadeRequired : .parameterMadeOptional, label(parameter), "made \(parameter.required ? "required" : "optional")", previous.origin, parameter.origin)
            }
            if previous.defaultValue != parameter.defaultValue {
                add(.parameterDefaultChanged, label(parameter), "default changed: \(Self.text(previous.defaultValue)) -> \(Self.text(parameter.defaultValue))", previous.origin, parameter.origin)
            } else if previous.description != parameter.description {
                add(.parameterDocsChanged, label(parameter), "description changed", previous.origin, parameter.origin)
            }
        }
        // Swift wants arguments in the declared order, defaulted ones too.
        func order(_ operation: IROperation, _ kept: Set<String>) -> [(key: String, label: String)] {
            operation.signature.compactMap { argument in
                switch argument.source {
                case .body: return kept.contains("body") ? ("body", argument.unlabeled ? "_" : "body") : nil
                case .parameter(let index):
                    let parameter = operation.parameters[index]
                    return kept.contains(Self.key(parameter)) ? (Self.key(parameter), SwiftName.bare(parameter.swiftName)) : nil
                }
            }
        }
        var kept = Set(parameters.kept.map { Self.key($0.old) })
        if a.body != nil, b.body != nil { kept.insert("body") }
        let orderBefore = order(a, kept), orderAfter = order(b, kept)
        if orderBefore.map(\.key) != orderAfter.map(\.key) {
            let show = { (order: [(key: String, label: String)]) in "(" + order.map { "\($0.label):" }.joined() + ")" }
            add(.parametersReordered, name, "arguments reordered: \(show(orderBefore)) -> \(show(orderAfter))", a.origin, b.origin)
        }
    }

    static func mediaTypes(_ types: [String]) -> [String] {
        var seen: Set<String> = []
        return types.map(MediaTypeName.base).filter { seen.insert($0).inserted }
    }

    mutating func compareBodies(_ name: String, _ a: IROperation, _ b: IROperation) {
        switch (a.body, b.body) {
        case (nil, let body?):
            add(body.required ? .requestBodyAddedRequired : .requestBodyAddedOptional, name, "\(body.required ? "required" : "optional") request body added (\(body.content.type.swift))", a.origin, b.origin)
        case (let body?, nil):
            add(.requestBodyRemoved, name, "request body removed (\(body.content.type.swift))", a.origin, b.origin)
        case (let x?, let y?):
            if !sameType(x.content.type, y.content.type) { add(.requestBodyTypeChanged, name, "request body type changed: \(x.content.type.swift) -> \(y.content.type.swift)", a.origin, b.origin) }
            if x.required != y.required { add(y.required ? .requestBodyMadeRequired : .requestBodyMadeOptional, name, "request body made \(y.required ? "required" : "optional")", a.origin, b.origin) }
            if MediaTypeName.base(x.content.contentType) != MediaTypeName.base(y.content.contentType) {
                add(.requestContentTypeChanged, name, "request sent as \(MediaTypeName.base(y.content.contentType)), was \(MediaTypeName.base(x.content.contentType))", a.origin, b.origin)
            }
            let before = Self.mediaTypes(x.mediaTypes), after = Self.mediaTypes(y.mediaTypes)
            for type in before where !after.contains(type) { add(.requestContentTypeRemoved, name, "request media type \(type) no longer accepted", a.origin, b.origin) }
            for type in after where !before.contains(type) { add(.requestContentTypeAdded, name, "request media type \(type) accepted", a.origin, b.origin) }
        case (nil, nil):
            break
        }
    }

    mutating func compareResponses(_ name: String, _ a: IROperation, _ b: IROperation) {
        let headersBefore = a.result.headers.map { renames[$0.name] ?? $0.name }
        if !sameType(a.result.bodyType, b.result.bodyType) || headersBefore != b.result.headers?.name {
            let from = a.result.bodyType?.swift ?? "Void", to = b.result.bodyType?.swift ?? "Void"
            add(.returnTypeChanged, name, "return type changed: \(from) -> \(to)" + (headersBefore != b.result.headers?.name ? " (response headers \(a.result.headers?.name ?? "none") -> \(b.result.headers?.name ?? "none"))" : ""), a.origin, b.origin)
        }
        let responses = Matched(a.responses, b.responses, key: \.status)
        for response in responses.added {
            add(.responseStatusAdded, name, "response \(response.status) documented (\(Self.oneLine(response.description)))", a.origin, response.origin ?? b.origin)
        }
        for response in responses.removed {
            add(.responseStatusRemoved, name, "response \(response.status) no longer documented", response.origin ?? a.origin, b.origin)
        }
        for (previous, response) in responses.kept {
            let typesBefore = Self.mediaTypes(previous.mediaTypes), typesAfter = Self.mediaTypes(response.mediaTypes)
            let places = (previous.origin ?? a.origin, response.origin ?? b.origin)
            for type in typesBefore where !typesAfter.contains(type) { add(.responseContentTypeRemoved, name, "response \(response.status) no longer offers \(type)", places.0, places.1) }
            for type in typesAfter where !typesBefore.contains(type) { add(.responseContentTypeAdded, name, "response \(response.status) offers \(type)", places.0, places.1) }
        }
    }

    mutating func compareSecurity(_ name: String, _ a: IROperation, _ b: IROperation) {
        guard Set(a.security.map(Set.init)) != Set(b.security.map(Set.init)) else { return }
        let show = { (alternatives: [[String]]) in alternatives.isEmpty ? "none" : alternatives.map { $0.isEmpty ? "anonymous" : $0.joined(separator: " + ") }.joined(separator: " or ") }
        let message = "security changed: \(show(a.security)) -> \(show(b.security))"
        // An alternative that worked is lost unless the new ones include one that asks no more of it.
        let lost = a.security.contains { old in !b.security.contains { Set($0).isSubset(of: Set(old)) } }
        let kind: APIChange.Kind = a.security.isEmpty ? .securityRequired : b.security.isEmpty ? .securityDropped : lost ? .securityNarrowed : .securityWidened
        add(kind, name, message, a.origin, b.origin)
    }

    // MARK: Models

    /// Pairs each old model with the new one it became: by Swift name, then by the schema it
    /// comes from (a Swift name changed), then by shape (a removed type and an added one with the
    /// same members).
    mutating func matchModels() {
        let models = Matched(old.models, new.models, key: \.name)
        var removed = models.removed, added = models.added
        modelPairs = models.kept.map { ($0.old, $0.new) }
        for model in removed {
            guard let index = added.firstIndex(where: { $0.origin.pointer == model.origin.pointer }) else { continue }
            let successor = added.remove(at: index)
            removed.removeAll { $0.name == model.name }
            renamedModels.append((model, successor, .modelSwiftNameChanged))
            renames[model.name] = successor.name
        }
        // Old members are spelled with the renames found so far, so a type whose members use a
        // renamed type (`GetLiveDataResponse` holding `LiveData`) is found on the next pass.
        // Each pass spells every shape once: a removed type is renamed when its shape is the only
        // one of its kind on both sides.
        var found = true
        while found {
            found = false
            let oldShapes = removed.map { Self.shape($0, renames) }
            var oldCount: [String: Int] = [:]
            for shape in oldShapes { oldCount[shape, default: 0] += 1 }
            var newByShape: [String: [IRModel]] = [:]
            for model in added { newByShape[Self.shape(model), default: []].append(model) }
            for (model, shape) in zip(removed, oldShapes) {
                guard oldCount[shape] == 1, let candidates = newByShape[shape], candidates.count == 1, let successor = candidates.first else { continue }
                added.removeAll { $0.name == successor.name }
                removed.removeAll { $0.name == model.name }
                renamedModels.append((model, successor, .modelRenamed))
                renames[model.name] = successor.name
                found = true
            }
        }
        modelPairs += renamedModels.map { ($0.0, $0.1) }
        removedModels = removed
        addedModels = added
        func aliases(_ model: APIModel) -> [String: TypeRef] {
            var result: [String: TypeRef] = [:]
            for model in model.models { if case .alias(let type) = model.kind { result[model.name] = type } }
            return result
        }
        oldAliases = aliases(old)
        newAliases = aliases(new)
    }

    /// An old type as the new spec spells it when nothing but renamed models changed in it, so a
    /// rename is reported once, not at every use.
    func carried(_ type: TypeRef) -> TypeRef { Self.carried(type, renames) }

    static func carried(_ type: TypeRef, _ renames: [String: String]) -> TypeRef {
        switch type {
        case .named(let name): return .named(renames[name] ?? name)
        case .array(let element): return .array(carried(element, renames))
        case .map(let value): return .map(carried(value, renames))
        case .optional(let wrapped): return .optional(carried(wrapped, renames))
        case .builtin, .custom: return type
        }
    }

    /// A type with its typealiases replaced by what they stand for (to a bounded depth, as
    /// aliases of aliases are rare and a cycle must not loop).
    static func resolved(_ type: TypeRef, _ aliases: [String: TypeRef], depth: Int = 0) -> TypeRef {
        guard depth < 16 else { return type }
        switch type {
        case .named(let name): return aliases[name].map { resolved($0, aliases, depth: depth + 1) } ?? type
        case .array(let element): return .array(resolved(element, aliases, depth: depth))
        case .map(let value): return .map(resolved(value, aliases, depth: depth))
        case .optional(let wrapped): return .optional(resolved(wrapped, aliases, depth: depth))
        case .builtin, .custom: return type
        }
    }

    /// Whether code written against the old type compiles against the new one as it is: the same
    /// type, or one a renamed model or a typealias spells differently (`String` and
    /// `FixedPointDollars`, a typealias of `String`, are one type to Swift).
    func sameType(_ old: TypeRef, _ new: TypeRef) -> Bool {
        carried(old) == new || carried(Self.resolved(old, oldAliases)) == Self.resolved(new, newAliases)
    }

    /// The same for a type that may be absent (a response without a body): both absent, or the same.
    func sameType(_ old: TypeRef?, _ new: TypeRef?) -> Bool {
        switch (old, new) {
        case (let x?, let y?): return sameType(x, y)
        case (nil, nil): return true
        default: return false
        }
    }

    mutating func compareModels() {
        for (model, successor, kind) in renamedModels {
            let message = kind == .modelSwiftNameChanged ? "Swift name changed: -> \(successor.name) (\(model.origin.pointer))" : "renamed: -> \(successor.name) (same members)"
            add(kind, model.name, message, model.origin, successor.origin)
        }
        for model in removedModels { add(.modelRemoved, model.name, "removed", model.origin, nil) }
        for model in addedModels { add(.modelAdded, model.name, "added (\(Self.kindName(model.kind)))", nil, model.origin) }
        for (a, b) in modelPairs { compare(a, b) }
    }

    /// The members of a type, for finding renames.
    /// - Parameter renames: Old type names -> new ones, to spell an old model's members in the new names.
    static func shape(_ model: IRModel, _ renames: [String: String] = [:]) -> String {
        let swift = { (type: TypeRef) in carried(type, renames).swift }
        switch model.kind {
        case .object(let properties): return "struct " + properties.map { "\($0.name):\(swift($0.type))\($0.optional ? "?" : "")" }.sorted().joined(separator: ",")
        case .stringEnum(let cases), .integerEnum(let cases): return "enum " + cases.map(\.value).sorted().joined(separator: ",")
        case .union(let cases, let discriminator): return "one-of \(discriminator ?? "") " + cases.map { swift($0.type) }.sorted().joined(separator: ",")
        case .alias(let type): return "typealias \(swift(type))"
        case .responses(let cases): return "responses " + cases.map { "\($0.status):\($0.type.map(swift) ?? "")" }.joined(separator: ",")
        case .headers(let fields): return "headers " + fields.map { "\($0.name):\(swift($0.type))" }.sorted().joined(separator: ",")
        }
    }

    static func kindName(_ kind: IRModel.Kind) -> String {
        switch kind {
        case .object: return "struct"
        case .stringEnum, .integerEnum: return "enum"
        case .union: return "one-of enum"
        case .alias(let type): return "typealias of \(type.swift)"
        case .responses: return "responses enum"
        case .headers: return "headers struct"
        }
    }

    mutating func compare(_ a: IRModel, _ b: IRModel) {
        let name = b.name
        if !a.deprecated, b.deprecated { add(.modelDeprecated, name, "deprecated", a.origin, b.origin) }
        if a.description != b.description { add(.modelDocsChanged, name, "description changed", a.origin, b.origin) }
        switch (a.kind, b.kind) {
        case (.object(let x), .object(let y)):
            compareProperties(model: name, x, y, a.origin, b.origin)
        case (.stringEnum(let x), .stringEnum(let y)), (.integerEnum(let x), .integerEnum(let y)):
            let cases = Matched(x, y, key: \.value)
            for item in cases.removed {
                add(.enumCaseRemoved, "\(name).\(SwiftName.bare(item.swiftName))", "removed (value '\(item.value)')", a.origin, b.origin)
            }
            for (item, current) in cases.kept where current.swiftName != item.swiftName {
                add(.enumCaseRenamed, "\(name).\(SwiftName.bare(item.swiftName))", "renamed: -> .\(SwiftName.bare(current.swiftName)) (value '\(item.value)')", a.origin, b.origin)
            }
            for item in cases.added {
                add(.enumCaseAdded, "\(name).\(SwiftName.bare(item.swiftName))", "added (value '\(item.value)')", a.origin, b.origin)
            }
        case (.union(let x, let discriminatorBefore), .union(let y, let discriminatorAfter)):
            let cases = Matched(x, y, key: \.type, oldKey: { [renames] in Self.carried($0.type, renames) })
            for item in cases.removed {
                add(.oneOfCaseRemoved, "\(name).\(SwiftName.bare(item.swiftName))", "removed (\(item.type.swift))", a.origin, b.origin)
            }
            for (item, current) in cases.kept {
                if current.swiftName != item.swiftName {
                    add(.oneOfCaseRenamed, "\(name).\(SwiftName.bare(item.swiftName))", "renamed: -> .\(SwiftName.bare(current.swiftName)) (\(item.type.swift))", a.origin, b.origin)
                }
                if discriminatorBefore != nil, discriminatorBefore == discriminatorAfter, Set(item.discriminatorValues) != Set(current.discriminatorValues) {
                    let show = { (values: [String]) in values.map { "'\($0)'" }.joined(separator: ", ") }
                    add(.discriminatorValueChanged, "\(name).\(SwiftName.bare(current.swiftName))", "discriminator values changed: \(show(item.discriminatorValues)) -> \(show(current.discriminatorValues))", a.origin, b.origin)
                }
            }
            for item in cases.added {
                add(.oneOfCaseAdded, "\(name).\(SwiftName.bare(item.swiftName))", "added (\(item.type.swift))", a.origin, b.origin)
            }
            switch (discriminatorBefore, discriminatorAfter) {
            case (nil, let property?): add(.discriminatorAdded, name, "discriminator added: '\(property)'", a.origin, b.origin)
            case (let property?, nil): add(.discriminatorRemoved, name, "discriminator removed: '\(property)'", a.origin, b.origin)
            case (let x?, let y?) where x != y: add(.discriminatorChanged, name, "discriminator changed: '\(x)' -> '\(y)'", a.origin, b.origin)
            default: break
            }
        case (.alias(let x), .alias(let y)):
            if !sameType(x, y) { add(.typealiasChanged, name, "typealias changed: \(x.swift) -> \(y.swift)", a.origin, b.origin) }
        case (.responses(let x), .responses(let y)):
            let cases = Matched(x, y, key: \.status)
            for item in cases.removed {
                add(.responseCaseRemoved, "\(name).\(SwiftName.bare(item.swiftName))", "removed (status \(item.status))", a.origin, b.origin)
            }
            for (item, current) in cases.kept where !sameType(item.type, current.type) {
                add(.responseCaseTypeChanged, "\(name).\(SwiftName.bare(current.swiftName))", "type changed: \(item.type?.swift ?? "none") -> \(current.type?.swift ?? "none")", a.origin, b.origin)
            }
            for item in cases.added {
                add(.responseCaseAdded, "\(name).\(SwiftName.bare(item.swiftName))", "added (status \(item.status))", a.origin, b.origin)
            }
        case (.headers(let x), .headers(let y)):
            // Header names are case-insensitive.
            let fields = Matched(x, y, key: { $0.name.lowercased() })
            for field in fields.removed {
                add(.responseHeaderRemoved, "\(name).\(SwiftName.bare(field.swiftName))", "removed (header '\(field.name)')", a.origin, b.origin)
            }
            for (field, current) in fields.kept where !sameType(field.type, current.type) {
                add(.responseHeaderTypeChanged, "\(name).\(SwiftName.bare(current.swiftName))", "type changed: \(field.type.swift) -> \(current.type.swift)", a.origin, b.origin)
            }
            for field in fields.added {
                add(.responseHeaderAdded, "\(name).\(SwiftName.bare(field.swiftName))", "added: \(field.type.swift)? (header '\(field.name)')", a.origin, b.origin)
            }
        default:
            add(.modelKindChanged, name, "changed kind: \(Self.kindName(a.kind)) -> \(Self.kindName(b.kind))", a.origin, b.origin)
        }
    }

    static func text(_ value: IRDefaultValue?) -> String { value?.swiftLiteral ?? "none" }

    mutating func compareProperties(model: String, _ x: [IRProperty], _ y: [IRProperty], _ modelOld: Origin, _ modelNew: Origin) {
        let properties = Matched(x, y, key: \.name)
        let added = properties.added
        for property in properties.removed {
            // The replacement a migration usually adds: `price` -> `price_dollars`, `count` -> `count_fp`.
            let successors = added.filter { $0.name.hasPrefix(property.name + "_") || $0.name.hasPrefix(property.name + "-") }
            let hint = successors.isEmpty ? "" : " (use " + successors.map { SwiftName.bare($0.swiftName) + ": " + $0.type.swift + ($0.optional ? "?" : "") }.joined(separator: " or ") + ")"
            add(.propertyRemoved, "\(model).\(SwiftName.bare(property.swiftName))", "removed" + hint, property.origin ?? modelOld, modelNew)
        }
        for property in added {
            // A new required property breaks the memberwise init and decoding of older payloads;
            // one with a default is neither (the init's argument and a missing field take it).
            let needed = !property.optional && property.defaultValue == nil
            let type = property.type.swift + (property.optional ? "?" : property.defaultValue.map { " = " + $0.swiftLiteral } ?? "")
            add(needed ? .propertyAddedRequired : .propertyAddedOptional, "\(model).\(SwiftName.bare(property.swiftName))",
                "added: \(type)", modelOld, property.origin ?? modelNew)
        }
        for (previous, current) in properties.kept {
            let name = "\(model).\(SwiftName.bare(current.swiftName))"
            if previous.swiftName != current.swiftName {
                add(.propertyRenamed, "\(model).\(SwiftName.bare(previous.swiftName))", "renamed: -> \(SwiftName.bare(current.swiftName)) (wire name '\(current.name)')", previous.origin, current.origin)
            }
            if !sameType(previous.type, current.type) {
                add(.propertyTypeChanged, name, "type changed: \(previous.type.swift) -> \(current.type.swift)", previous.origin, current.origin)
            }
            var presence: [String] = []
            if previous.required != current.required { presence.append(current.required ? "required" : "optional") }
            if previous.nullable != current.nullable { presence.append(current.nullable ? "nullable" : "non-nullable") }
            if !presence.isEmpty {
                let type = { (property: IRProperty) in property.type.swift + (property.optional ? "?" : "") }
                if previous.optional != current.optional {
                    add(.propertyOptionalityChanged, name, "made \(presence.joined(separator: " and ")): \(type(previous)) -> \(type(current))", previous.origin, current.origin)
                } else {
                    add(.propertyPresenceChanged, name, "made \(presence.joined(separator: " and ")) (Swift type stays \(type(current)))", previous.origin, current.origin)
                }
            }
            if previous.defaultValue != current.defaultValue {
                add(.propertyDefaultChanged, name, "default changed: \(Self.text(previous.defaultValue)) -> \(Self.text(current.defaultValue))", previous.origin, current.origin)
            } else if previous.description != current.description {
                add(.propertyDocsChanged, name, "description changed", previous.origin, current.origin)
            }
            if !previous.deprecated, current.deprecated { add(.propertyDeprecated, name, "deprecated", previous.origin, current.origin) }
        }
    }
}
