extension Lowering {
    /// Inline schemas with exactly the shape of another type become typealiases of it.
    ///
    /// Big specs repeat the same inline objects and enums in many places (Stripe's 5,849 types hold
    /// 2,700 such copies: addresses, metadata, status enums in every request body). Every copy is a
    /// struct or enum the compiler must check, synthesize `Codable` and `Hashable` for, and emit code
    /// and debug info for; a typealias costs nearly nothing. Callers keep every name they had.
    ///
    /// Two types share a shape when they are the same kind with the same members in the same order:
    /// wire names, Swift names, types (after earlier sharing, so nesting is compared all the way
    /// down), optionality, flags and member documentation. Only inline schemas become aliases; the
    /// shared type is a component schema when one has the shape, else the shortest name.
    mutating func shareIdenticalTypes() {
        let components = Set(componentTypeNames.values)
        var target: [String: String] = [:]
        func resolve(_ name: String) -> String {
            var current = name
            while let next = target[current] { current = next }
            return current
        }
        func key(_ type: TypeRef) -> String {
            switch type {
            case .builtin(let name): return name
            case .named(let name): return "@" + resolve(name)
            case .array(let element): return "[" + key(element) + "]"
            case .map(let value): return "{" + key(value) + "}"
            }
        }
        // A shape is the model's members without their types (compared as one interned number,
        // built once) plus its members' types (short keys, rebuilt as sharing resolves names).
        struct Shape: Hashable {
            var members: Int
            var types: [String]
        }
        var memberIDs: [String: Int] = [:]
        func intern(_ text: String) -> Int {
            if let id = memberIDs[text] { return id }
            memberIDs[text] = memberIDs.count
            return memberIDs.count - 1
        }
        let separator = "\u{1}"
        var members: [Int?] = []
        var memberTypes: [[TypeRef]] = []
        for model in models {
            switch model.kind {
            case .object(let properties):
                members.append(intern("object" + properties.map { property in
                    [property.name, property.swiftName, "\(property.optional) \(property.required) \(property.nullable) \(property.deprecated) \(property.readOnly)", property.description ?? "\u{2}"].joined(separator: separator)
                }.joined(separator: "\u{0}")))
                memberTypes.append(properties.map(\.type))
            case .stringEnum(let cases), .integerEnum(let cases):
                let kind = if case .stringEnum = model.kind { "string" } else { "integer" }
                members.append(intern(kind + cases.map { $0.swiftName + separator + $0.value }.joined(separator: "\u{0}")))
                memberTypes.append([])
            case .union(let cases, let discriminator):
                members.append(intern("union" + (discriminator ?? "\u{2}") + cases.map { ([$0.swiftName] + $0.discriminatorValues).joined(separator: separator) }.joined(separator: "\u{0}")))
                memberTypes.append(cases.map(\.type))
            case .alias, .responses, .headers:
                members.append(nil)
                memberTypes.append([])
            }
        }
        func shape(_ index: Int) -> Shape? {
            members[index].map { Shape(members: $0, types: memberTypes[index].map(key)) }
        }
        // Components first, then the shortest (usually the most general) name, then by name: the
        // shared type does not depend on the spec's order.
        let order = models.indices.sorted { first, second in
            let (a, b) = (models[first].name, models[second].name)
            if components.contains(a) != components.contains(b) { return components.contains(a) }
            return a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
        }
        // Sharing inner types can make outer types identical: repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            var owners: [Shape: String] = [:]
            for index in order where target[models[index].name] == nil {
                guard let shape = shape(index) else { continue }
                if let owner = owners[shape] {
                    guard !components.contains(models[index].name) else { continue }
                    target[models[index].name] = owner
                    changed = true
                } else {
                    owners[shape] = models[index].name
                }
            }
        }
        for index in models.indices {
            guard let shared = target[models[index].name] else { continue }
            models[index].kind = .alias(.named(resolve(shared)))
            models[index].isShared = true
            models[index].isIndirect = false
        }
    }
}
