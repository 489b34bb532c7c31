extension Lowering {
    /// Breaks value-type cycles: a struct that contains itself (directly or through other structs
    /// and unions, not through arrays or maps, which already store elements on the heap) gets
    /// `@Indirect` storage on the properties that close the cycle, and unions in a cycle become
    /// `indirect enum`s. Swift rejects such types otherwise.
    mutating func markRecursion() {
        let index = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($1.name, $0) })
        var aliases: [String: TypeRef] = [:]
        for model in models {
            if case .alias(let type) = model.kind { aliases[model.name] = type }
        }
        /// The model a stored value of this type is laid out inline as, following aliases.
        func inlineModel(_ type: TypeRef) -> String? {
            var current = type
            var seen: Set<String> = []
            while case .named(let name) = current {
                guard let target = aliases[name] else { return name }
                guard seen.insert(name).inserted else { return nil }
                current = target
            }
            return nil
        }
        var edges: [String: [String]] = [:]
        for model in models {
            switch model.kind {
            case .object(let properties): edges[model.name] = properties.compactMap { inlineModel($0.type) }
            case .union(let cases, _): edges[model.name] = cases.compactMap { inlineModel($0.type) }
            default: break
            }
        }
        /// Whether `target` reaches `source` again through inline edges.
        func reaches(_ start: String, _ goal: String) -> Bool {
            var stack = [start]
            var seen: Set<String> = []
            while let node = stack.popLast() {
                if node == goal { return true }
                guard seen.insert(node).inserted else { continue }
                stack += edges[node] ?? []
            }
            return false
        }
        for (position, model) in models.enumerated() {
            switch model.kind {
            case .object(var properties):
                var changed = false
                for i in properties.indices {
                    if let target = inlineModel(properties[i].type), index[target] != nil, reaches(target, model.name) {
                        properties[i].indirect = true
                        changed = true
                    }
                }
                if changed { models[position].kind = .object(properties) }
            case .union(let cases, _):
                if cases.contains(where: { inlineModel($0.type).map { reaches($0, model.name) } ?? false }) {
                    models[position].isIndirect = true
                }
            default:
                break
            }
        }
    }
}
