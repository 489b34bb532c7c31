extension Lowering {
    /// Inline schemas with exactly the shape of another type become typealiases of it.
    ///
    /// Big specs repeat the same inline objects and enums in many places (Stripe's 5,849 types hold
    /// 2,700 such copies: addresses, metadata, status enums in every request body). Every copy is a
    /// struct or enum with coding the compiler must check and emit code and debug info for; a
    /// typealias costs nearly nothing. Callers keep every name they had.
    ///
    /// Two types share a shape when they are the same kind with the same members in the same order:
    /// wire names, Swift names, types (after earlier sharing, so nesting is compared all the way
    /// down), optionality, flags and member documentation. Only inline schemas become aliases; the
    /// shared type is a component schema when one has the shape, else the shortest name.
    mutating func shareIdenticalTypes() {
        let components = Set(componentTypeNames.values)
        // Models are numbered by position; `target[i]` is the model that model i became an alias
        // of (-1: none yet). Every comparison below is between integers, not names.
        var index: [String: Int] = [:]
        for position in models.indices { index[models[position].name] = position }
        var target = [Int](repeating: -1, count: models.count)
        func resolve(_ position: Int) -> Int {
            var current = position
            while target[current] >= 0 { current = target[current] }
            return current
        }
        // A member's type as one number, rebuilt every round because the model it names resolves
        // further as sharing proceeds. What does not change is worked out once per member
        // (`typeKey`): how the type wraps its base in arrays and maps (`wrapping`, a base-3 number)
        // and the base, a model's position (0 or more) or, for anything else, -1 - its interned text.
        struct TypeKey: Hashable {
            var wrapping: Int
            var base: Int
        }
        var typeIDs: [TypeKey: Int] = [:]
        var textIDs: [String: Int] = [:]
        func text(_ value: String) -> Int {
            if let id = textIDs[value] { return id }
            textIDs[value] = textIDs.count
            return textIDs.count - 1
        }
        func typeKey(_ type: TypeRef) -> TypeKey {
            var wrapping = 1
            var current = type
            while true {
                switch current {
                case .array(let element): wrapping = wrapping * 4 + 1; current = element
                case .map(let value): wrapping = wrapping * 4 + 2; current = value
                case .optional(let wrapped): wrapping = wrapping * 4 + 3; current = wrapped
                case .builtin(let builtin): return TypeKey(wrapping: wrapping, base: -1 - text(builtin.rawValue))
                case .custom(let name): return TypeKey(wrapping: wrapping, base: -1 - text(name))
                case .named(let name): return TypeKey(wrapping: wrapping, base: index[name] ?? -1 - text("@" + name))
                }
            }
        }
        func id(_ type: TypeKey) -> Int {
            let key = type.base >= 0 ? TypeKey(wrapping: type.wrapping, base: resolve(type.base)) : type
            if let id = typeIDs[key] { return id }
            typeIDs[key] = typeIDs.count
            return typeIDs.count - 1
        }
        // A shape is the model's members without their types (compared as one interned number,
        // built once) plus its members' types (numbers, rebuilt as sharing resolves names). The
        // members' documentation is part of the shape too, but most models have a shape no other
        // model has: their documentation, the longest text, is not hashed at all.
        struct Shape: Hashable {
            var members: Int
            var documentation: Int
            var types: [Int]
        }
        let separator = "\u{1}"
        var members: [Int?] = []
        var memberTypes: [[TypeKey]] = []
        for position in models.indices {
            switch models[position].kind {
            case .object(let properties):
                members.append(text("object" + properties.map { property in
                    [property.name, property.swiftName, "\(property.optional) \(property.required) \(property.nullable) \(property.deprecated) \(property.readOnly)"].joined(separator: separator)
                }.joined(separator: "\u{0}")))
                memberTypes.append(properties.map { typeKey($0.type) })
            case .stringEnum(let cases), .integerEnum(let cases):
                let kind = if case .stringEnum = models[position].kind { "string" } else { "integer" }
                members.append(text(kind + cases.map { $0.swiftName + separator + $0.value }.joined(separator: "\u{0}")))
                memberTypes.append([])
            case .union(let cases, let discriminator):
                members.append(text("union" + (discriminator ?? "\u{2}") + cases.map { ([$0.swiftName] + $0.discriminatorValues).joined(separator: separator) }.joined(separator: "\u{0}")))
                memberTypes.append(cases.map { typeKey($0.type) })
            case .alias, .responses, .headers:
                members.append(nil)
                memberTypes.append([])
            }
        }
        // Only models whose members some other model has too can share a type.
        var membersCount = [Int](repeating: 0, count: textIDs.count)
        for case let id? in members { membersCount[id] += 1 }
        var documentation = [Int](repeating: -1, count: models.count)
        for position in models.indices {
            guard let id = members[position], membersCount[id] > 1, case .object(let properties) = models[position].kind else { continue }
            documentation[position] = text("doc" + properties.map { $0.description ?? "\u{2}" }.joined(separator: "\u{0}"))
        }
        let isComponent = models.map { components.contains($0.name) }
        // Components first, then the shortest (usually the most general) name, then by name: the
        // shared type does not depend on the spec's order.
        let order = models.indices.filter { members[$0].map { membersCount[$0] > 1 } ?? false }.sorted { first, second in
            if isComponent[first] != isComponent[second] { return isComponent[first] }
            let (a, b) = (models[first].name, models[second].name)
            return a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
        }
        // Sharing inner types can make outer types identical: repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            var owners: [Shape: Int] = [:]
            for position in order where target[position] < 0 {
                let shape = Shape(members: members[position]!, documentation: documentation[position], types: memberTypes[position].map(id))
                if let owner = owners[shape] {
                    guard !isComponent[position] else { continue }
                    target[position] = owner
                    changed = true
                } else {
                    owners[shape] = position
                }
            }
        }
        for position in models.indices where target[position] >= 0 {
            models[position].kind = .alias(.named(models[resolve(position)].name))
            models[position].isShared = true
            models[position].isIndirect = false
        }
    }
}
