extension Lowering {
    /// Gives each object case of a union with two or more object cases its JSON property names.
    /// Objects whose properties are all optional decode from almost any object (unknown keys are
    /// ignored), so "the first case that decodes" would read every such object as the first case
    /// and drop the properties only a later case has; with the names, the generated decoder tries
    /// the cases in order of how many of the object's keys each one lacks (`JSONCoding.caseOrder`).
    mutating func recordUnionCaseKeys() {
        var position: [String: Int] = [:]
        for (index, model) in models.enumerated() { position[model.name] = index }
        /// The properties of the object a type is, through aliases (nil when it is not an object).
        func objectProperties(_ type: TypeRef) -> [IRProperty]? {
            var current = type
            for _ in 0..<models.count {
                guard case .named(let name) = current, let index = position[name] else { return nil }
                switch models[index].kind {
                case .object(let properties): return properties
                case .alias(let target): current = target
                default: return nil
                }
            }
            return nil
        }
        for index in models.indices {
            guard case .union(var cases, let discriminator) = models[index].kind else { continue }
            let keys = cases.map { objectProperties($0.type)?.map(\.name) }
            guard keys.filter({ $0 != nil }).count >= 2 else { continue }
            for i in cases.indices { cases[i].objectKeys = keys[i] }
            models[index].kind = .union(cases, discriminator: discriminator)
        }
    }
}
