extension Lowering {
    /// Gives each object case of a union with two or more object cases its JSON property names.
    /// Objects whose properties are all optional decode from almost any object (unknown keys are
    /// ignored), so "the first case that decodes" would read every such object as the first case
    /// and drop the properties only a later case has; with the names, the generated decoder tries
    /// the cases in order of how many of the object's keys each one lacks, then of how many of its
    /// required keys the object lacks (`JSONCoding.caseOrder`). A case that is itself a union of
    /// objects knows every key of its members and requires the keys all of them require, so an
    /// outer union ranks it by its best member (Stripe's `payment_source` or
    /// `deleted_payment_source`).
    ///
    /// A case's string-enum properties rank it too: an object whose value there is not one the
    /// enum lists fits the case worse than every case whose enums it matches. OpenAI's system,
    /// user and assistant messages share every key and `type: message`; only `role: {enum:
    /// [system]}` tells them apart. A union of objects has the enum properties all its members
    /// have, allowing any member's values.
    ///
    /// A case that keeps keys it does not name (free-form JSON, a map, an object with
    /// `additionalProperties`) loses none of an object's keys: it ranks before a case that would
    /// drop some, and after one that knows them all (DigitalOcean's `pages: anyOf [forward_links,
    /// backward_links, {}]`).
    mutating func recordUnionCaseKeys(_ layout: ModelLayout) {
        for index in models.indices {
            guard case .union(var cases, let discriminator) = models[index].kind else { continue }
            let keys = cases.map { objectKeys(of: $0.type, layout, visiting: [index]) }
            guard keys.filter({ $0 != nil }).count >= 2 else { continue }
            for i in cases.indices { cases[i].objectKeys = keys[i] }
            models[index].kind = .union(cases, discriminator: discriminator)
        }
    }

    /// The JSON property names of an object type, or of every member of a union of objects; nil
    /// for any other type, for an empty union and for a union that contains itself.
    private func objectKeys(of type: TypeRef, _ layout: ModelLayout, visiting: Set<Int>) -> IRUnionCase.ObjectKeys? {
        switch type {
        case .builtin(.json), .map:
            return .init(names: [], required: [], keepsOtherKeys: true)
        default:
            break
        }
        guard let target = layout.model(type), !visiting.contains(target) else { return nil }
        switch models[target].kind {
        case .object(let properties):
            let declared = properties.filter { !$0.holdsOtherKeys }
            let enums = declared.compactMap { property -> IRUnionCase.ObjectKeys.EnumProperty? in
                guard let enumeration = layout.model(property.type), case .stringEnum(let values) = models[enumeration].kind,
                      values.count <= IRUnionCase.ObjectKeys.EnumProperty.limit else { return nil }
                return .init(name: property.name, values: values.map(\.value))
            }
            return .init(names: declared.map(\.name), required: declared.filter(\.required).map(\.name), enums: enums,
                         keepsOtherKeys: properties.contains(where: \.holdsOtherKeys))
        case .union(let members, _) where !members.isEmpty:
            let inside = visiting.union([target])
            var names: [String] = []
            var seen: Set<String> = []
            var required: [String]? = nil
            var enums: [IRUnionCase.ObjectKeys.EnumProperty]? = nil
            var keepsOtherKeys = false
            for member in members {
                guard let keys = objectKeys(of: member.type, layout, visiting: inside) else { return nil }
                for name in keys.names where seen.insert(name).inserted { names.append(name) }
                required = required?.filter(keys.required.contains) ?? keys.required
                enums = enums.map { shared in
                    shared.compactMap { property in
                        keys.enums.first { $0.name == property.name }.map { other in
                            .init(name: property.name, values: property.values + other.values.filter { !property.values.contains($0) })
                        }
                    }
                } ?? keys.enums
                keepsOtherKeys = keepsOtherKeys || keys.keepsOtherKeys
            }
            return .init(names: names, required: required ?? [], enums: enums ?? [], keepsOtherKeys: keepsOtherKeys)
        case .alias(let aliased):
            return objectKeys(of: aliased, layout, visiting: visiting.union([target]))
        default:
            return nil
        }
    }
}
