extension Lowering {
    /// Gives each object case of a union with two or more object cases its JSON property names.
    /// Objects whose properties are all optional decode from almost any object (unknown keys are
    /// ignored), so "the first case that decodes" would read every such object as the first case
    /// and drop the properties only a later case has; with the names, the generated decoder tries
    /// the cases in order of how many of the object's keys each one lacks, then of how many of its
    /// required keys the object lacks (`JSONCoding.caseOrder`).
    mutating func recordUnionCaseKeys(_ layout: ModelLayout) {
        for index in models.indices {
            guard case .union(var cases, let discriminator) = models[index].kind else { continue }
            let keys = cases.map { unionCase -> IRUnionCase.ObjectKeys? in
                guard let target = layout.model(unionCase.type), case .object(let properties) = models[target].kind else { return nil }
                let declared = properties.filter { !$0.holdsOtherKeys }
                return .init(names: declared.map(\.name), required: declared.filter(\.required).map(\.name))
            }
            guard keys.filter({ $0 != nil }).count >= 2 else { continue }
            for i in cases.indices { cases[i].objectKeys = keys[i] }
            models[index].kind = .union(cases, discriminator: discriminator)
        }
    }
}
