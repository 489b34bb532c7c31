/// One difference between two versions of a spec, as an SDK user sees it.
public struct APIChange: Sendable, Hashable {
    /// Source-incompatible for SDK users, or a wire change that breaks clients built on the old spec.
    public var breaking: Bool
    /// `operation`, `parameter`, `request body`, `response`, `model`, `property`, `enum case`, `security`.
    public var subject: String
    public var message: String
    public var old: SourceLocation?
    public var new: SourceLocation?
}

/// Compares the generated Swift API of two versions of a spec.
///
/// Operations are matched by operationId (an operation whose method and path stay but whose
/// operationId changes is a rename), models by Swift name, properties and parameters by wire name.
/// - Returns: The changes, breaking ones first, each group in a stable order.
public func diffAPIs(old: APIModel, new: APIModel) -> [APIChange] {
    var differ = APIDiffer(old: old, new: new)
    differ.compareOperations()
    differ.compareModels()
    return differ.changes.enumerated().sorted { a, b in
        a.element.breaking != b.element.breaking ? a.element.breaking : a.offset < b.offset
    }.map(\.element)
}

private struct APIDiffer {
    let old: APIModel
    let new: APIModel
    var changes: [APIChange] = []

    mutating func add(_ breaking: Bool, _ subject: String, _ message: String, _ old: Origin?, _ new: Origin?) {
        changes.append(APIChange(breaking: breaking, subject: subject, message: message, old: old?.location, new: new?.location))
    }

    static func operations(_ model: APIModel) -> [String: IROperation] {
        var result: [String: IROperation] = [:]
        for tag in model.tags { for operation in tag.operations { result[operation.operationID] = operation } }
        return result
    }

    func describe(_ operation: IROperation) -> String {
        "\(SwiftName.bare(operation.swiftName)) (\(operation.method.uppercased) \(operation.path))"
    }

    mutating func compareOperations() {
        let before = Self.operations(old), after = Self.operations(new)
        var renamed: Set<String> = []
        for id in before.keys.sorted() where after[id] == nil {
            let operation = before[id]!
            if let successor = after.values.first(where: { $0.method == operation.method && $0.path == operation.path && before[$0.operationID] == nil }) {
                renamed.insert(successor.operationID)
                add(true, "operation", "renamed: \(SwiftName.bare(operation.swiftName)) -> \(SwiftName.bare(successor.swiftName)) (\(operation.method.uppercased) \(operation.path))", operation.origin, successor.origin)
                compare(operation, successor)
            } else {
                add(true, "operation", "removed: \(describe(operation))", operation.origin, nil)
            }
        }
        for id in after.keys.sorted() where before[id] == nil && !renamed.contains(id) {
            add(false, "operation", "added: \(describe(after[id]!))", nil, after[id]!.origin)
        }
        for id in before.keys.sorted() {
            if let a = before[id], let b = after[id] { compare(a, b) }
        }
    }

    mutating func compare(_ a: IROperation, _ b: IROperation) {
        let name = SwiftName.bare(b.swiftName)
        if a.method != b.method || a.path != b.path {
            add(true, "operation", "\(name) moved: \(a.method.uppercased) \(a.path) -> \(b.method.uppercased) \(b.path)", a.origin, b.origin)
        }
        let before = Dictionary(a.parameters.map { ("\($0.location.rawValue):\($0.name)", $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(b.parameters.map { ("\($0.location.rawValue):\($0.name)", $0) }, uniquingKeysWith: { first, _ in first })
        for key in before.keys.sorted() where after[key] == nil {
            let parameter = before[key]!
            add(true, "parameter", "\(name): \(parameter.location.rawValue) parameter '\(parameter.name)' removed", parameter.origin ?? a.origin, b.origin)
        }
        for key in after.keys.sorted() {
            let parameter = after[key]!
            guard let previous = before[key] else {
                add(parameter.required, "parameter", "\(name): \(parameter.required ? "required" : "optional") \(parameter.location.rawValue) parameter '\(parameter.name)' added (\(parameter.type.swift))", a.origin, parameter.origin ?? b.origin)
                continue
            }
            if previous.type != parameter.type {
                add(true, "parameter", "\(name): parameter '\(parameter.name)' type changed: \(previous.type.swift) -> \(parameter.type.swift)", previous.origin, parameter.origin)
            }
            if previous.required != parameter.required {
                add(parameter.required, "parameter", "\(name): parameter '\(parameter.name)' made \(parameter.required ? "required" : "optional")", previous.origin, parameter.origin)
            }
        }
        switch (a.body, b.body) {
        case (nil, let body?):
            add(body.required, "request body", "\(name): \(body.required ? "required" : "optional") request body added (\(body.content.type.swift))", a.origin, b.origin)
        case (let body?, nil):
            add(true, "request body", "\(name): request body removed (\(body.content.type.swift))", a.origin, b.origin)
        case (let x?, let y?):
            if x.content.type != y.content.type { add(true, "request body", "\(name): request body type changed: \(x.content.type.swift) -> \(y.content.type.swift)", a.origin, b.origin) }
            if x.content.contentType != y.content.contentType { add(true, "request body", "\(name): request content type changed: \(x.content.contentType) -> \(y.content.contentType)", a.origin, b.origin) }
            if x.required != y.required { add(y.required, "request body", "\(name): request body made \(y.required ? "required" : "optional")", a.origin, b.origin) }
        case (nil, nil):
            break
        }
        if a.result.bodyType != b.result.bodyType || a.result.headers?.name != b.result.headers?.name {
            let from = a.result.bodyType?.swift ?? "Void", to = b.result.bodyType?.swift ?? "Void"
            add(true, "response", "\(name): return type changed: \(from) -> \(to)" + (a.result.headers?.name != b.result.headers?.name ? " (response headers changed)" : ""), a.origin, b.origin)
        }
        let statusesBefore = Set(a.responses.map(\.status)), statusesAfter = Set(b.responses.map(\.status))
        for status in statusesAfter.subtracting(statusesBefore).sorted() {
            let response = b.responses.first { $0.status == status }!
            add(false, "response", "\(name): response \(status) documented (\(response.description))", a.origin, b.origin)
        }
        for status in statusesBefore.subtracting(statusesAfter).sorted() {
            add(false, "response", "\(name): response \(status) no longer documented", a.origin, b.origin)
        }
        if Set(a.security.map(Set.init)) != Set(b.security.map(Set.init)) {
            // Breaking when a way of authenticating that used to work is gone.
            let lost = a.security.contains { old in !b.security.contains { Set($0).isSubset(of: Set(old)) } } || (a.security.isEmpty && !b.security.isEmpty)
            let show = { (alternatives: [[String]]) in alternatives.isEmpty ? "none" : alternatives.map { $0.joined(separator: " + ") }.joined(separator: " or ") }
            add(lost, "security", "\(name): security changed: \(show(a.security)) -> \(show(b.security))", a.origin, b.origin)
        }
    }

    mutating func compareModels() {
        let before = Dictionary(old.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.models.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for name in before.keys.sorted() where after[name] == nil {
            add(true, "model", "removed: \(name)", before[name]!.origin, nil)
        }
        for name in after.keys.sorted() where before[name] == nil {
            add(false, "model", "added: \(name)", nil, after[name]!.origin)
        }
        for name in before.keys.sorted() {
            guard let a = before[name], let b = after[name] else { continue }
            compare(a, b)
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
        switch (a.kind, b.kind) {
        case (.object(let x), .object(let y)):
            compareProperties(model: a.name, x, y, a.origin, b.origin)
        case (.stringEnum(let x), .stringEnum(let y)), (.integerEnum(let x), .integerEnum(let y)):
            let valuesBefore = x.map(\.value), valuesAfter = y.map(\.value)
            for value in valuesBefore where !valuesAfter.contains(value) {
                add(true, "enum case", "\(a.name): case '\(value)' removed", a.origin, b.origin)
            }
            for value in valuesAfter where !valuesBefore.contains(value) {
                // Open enums decode it either way; exhaustive switches without `default` need a new case.
                add(false, "enum case", "\(a.name): case '\(value)' added", a.origin, b.origin)
            }
        case (.union(let x, _), .union(let y, _)):
            let before = x.map(\.type.swift), after = y.map(\.type.swift)
            for type in before where !after.contains(type) { add(true, "model", "\(a.name): one-of case \(type) removed", a.origin, b.origin) }
            for type in after where !before.contains(type) { add(false, "model", "\(a.name): one-of case \(type) added", a.origin, b.origin) }
        case (.alias(let x), .alias(let y)):
            if x != y { add(true, "model", "\(a.name): typealias changed: \(x.swift) -> \(y.swift)", a.origin, b.origin) }
        case (.responses, .responses), (.headers, .headers):
            break
        default:
            add(true, "model", "\(a.name) changed kind: \(Self.kindName(a.kind)) -> \(Self.kindName(b.kind))", a.origin, b.origin)
        }
    }

    mutating func compareProperties(model: String, _ x: [IRProperty], _ y: [IRProperty], _ modelOld: Origin, _ modelNew: Origin) {
        let before = Dictionary(x.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(y.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for property in x where after[property.name] == nil {
            add(true, "property", "\(model).\(SwiftName.bare(property.swiftName)) removed", property.origin ?? modelOld, modelNew)
        }
        for property in y where before[property.name] == nil {
            // A new required property breaks the memberwise init and decoding of older payloads.
            add(!property.optional, "property", "\(model).\(SwiftName.bare(property.swiftName)) added (\(property.type.swift)\(property.optional ? "?" : ""))", modelOld, property.origin ?? modelNew)
        }
        for previous in x {
            guard let current = after[previous.name] else { continue }
            let name = "\(model).\(SwiftName.bare(current.swiftName))"
            if previous.type != current.type {
                add(true, "property", "\(name) type changed: \(previous.type.swift) -> \(current.type.swift)", previous.origin, current.origin)
            }
            // Source-breaking when the Swift type gains or loses its `?`; otherwise a wire change only.
            let swiftChange = previous.optional != current.optional
            if previous.required != current.required {
                add(swiftChange, "property", "\(name) made \(current.required ? "required" : "optional")", previous.origin, current.origin)
            }
            if previous.nullable != current.nullable {
                add(swiftChange && previous.required == current.required, "property", "\(name) made \(current.nullable ? "nullable" : "non-nullable")", previous.origin, current.origin)
            }
        }
    }
}

/// The change report as text or Markdown.
public func formatChanges(_ changes: [APIChange], markdown: Bool) -> String {
    func location(_ change: APIChange) -> String {
        [change.old.map { "old \($0)" }, change.new.map { "new \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }
    let breaking = changes.filter(\.breaking), other = changes.filter { !$0.breaking }
    if markdown {
        var text = "## API changes\n\n"
        text += changes.isEmpty ? "No changes to the generated API.\n" : "\(breaking.count) breaking, \(other.count) other.\n"
        for (title, group) in [("Breaking", breaking), ("Other", other)] where !group.isEmpty {
            text += "\n### \(title)\n\n| Change | Where |\n| --- | --- |\n"
            for change in group {
                text += "| \(Escaping.markdownCell(change.subject + ": " + change.message)) | \(Escaping.markdownCell(location(change))) |\n"
            }
        }
        return text
    }
    var lines = changes.map { change in
        "\(change.breaking ? "BREAKING" : "change  ") \(change.subject): \(change.message)  [\(location(change))]"
    }
    lines.append("\(breaking.count) breaking, \(other.count) other")
    return lines.joined(separator: "\n") + "\n"
}
