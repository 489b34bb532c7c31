extension SpecReader {
    /// Decodes a schema object (or a boolean schema of 3.1) at `pointer`.
    func decodeSchema(_ node: YAMLNode, _ pointer: String) -> Schema? {
        var schema = Schema(origin: origin(node, pointer))
        if case .scalar(let scalar) = node.content, case .bool(let allowed) = scalar.resolved {
            // `true` accepts anything, `false` nothing; both become free-form JSON.
            _ = allowed
            return schema
        }
        guard node.pairs != nil else {
            error("a schema must be a mapping, not \(node.kindDescription)", node, pointer)
            return nil
        }
        schema.reference = reference(node, pointer)
        if let typeNode = node["type"] {
            let typePointer = JSONPointer.appending(pointer, "type")
            if let items = typeNode.items {
                schema.types = items.compactMap { string($0, typePointer, "type") }
            } else if let type = string(typeNode, typePointer, "type") {
                schema.types = [type]
            }
            let known = ["string", "integer", "number", "boolean", "array", "object", "null"]
            for type in schema.types where !known.contains(type) {
                let suggestion = didYouMean(type, among: known).map { "; did you mean '\($0)'?" } ?? ""
                error("unknown schema type '\(type)'\(suggestion)", typeNode, typePointer)
            }
        }
        schema.format = optionalString(node, "format", pointer)
        schema.contentEncoding = optionalString(node, "contentEncoding", pointer)
        schema.contentMediaType = optionalString(node, "contentMediaType", pointer)
        schema.title = optionalString(node, "title", pointer)
        schema.description = optionalString(node, "description", pointer)
        schema.nullable = optionalBool(node, "nullable", pointer) ?? false
        schema.readOnly = optionalBool(node, "readOnly", pointer) ?? false
        schema.writeOnly = optionalBool(node, "writeOnly", pointer) ?? false
        schema.deprecated = optionalBool(node, "deprecated", pointer) ?? false
        schema.required = stringList(node, "required", pointer)
        if let propertiesNode = node["properties"] {
            let propertiesPointer = JSONPointer.appending(pointer, "properties")
            if let pairs = mapping(propertiesNode, propertiesPointer, "properties") {
                for pair in pairs {
                    guard let name = pair.key.scalarText else { continue }
                    if let property = decodeSchema(pair.value, JSONPointer.appending(propertiesPointer, name)) {
                        schema.properties.append((name, property))
                    }
                }
            }
        }
        if let itemsNode = node["items"] {
            let itemsPointer = JSONPointer.appending(pointer, "items")
            if let list = itemsNode.items {
                // Draft-04 tuple form: one schema per position. Read as "any of these".
                let members = list.enumerated().compactMap { decodeSchema($1, "\(itemsPointer)/\($0)") }
                if members.count == 1 {
                    schema.items = Box(members[0])
                } else {
                    var union = Schema(origin: origin(itemsNode, itemsPointer))
                    union.anyOf = members
                    schema.items = Box(union)
                }
            } else {
                schema.items = decodeSchema(itemsNode, itemsPointer).map(Box.init)
            }
        }
        if schema.items == nil, let prefixItems = node["prefixItems"]?.items {
            // OpenAPI 3.1 tuples: a Swift array of the union of the positions' types.
            let members = prefixItems.enumerated().compactMap { decodeSchema($1, "\(JSONPointer.appending(pointer, "prefixItems"))/\($0)") }
            var union = Schema(origin: schema.origin)
            union.anyOf = members
            schema.items = members.count == 1 ? Box(members[0]) : Box(union)
        }
        if let additional = node["additionalProperties"] {
            let additionalPointer = JSONPointer.appending(pointer, "additionalProperties")
            if case .scalar(let scalar) = additional.content, case .bool(let allowed) = scalar.resolved {
                schema.additionalProperties = .allowed(allowed)
            } else if let nested = decodeSchema(additional, additionalPointer) {
                schema.additionalProperties = .schema(Box(nested))
            }
        }
        if let enumNode = node["enum"], let items = sequence(enumNode, JSONPointer.appending(pointer, "enum"), "enum") {
            schema.enumValues = items.map(literal)
        }
        if let constNode = node["const"] { schema.constValue = literal(constNode) }
        if let defaultNode = node["default"] { schema.defaultValue = literal(defaultNode) }
        schema.allOf = schemaList(node, "allOf", pointer)
        schema.oneOf = schemaList(node, "oneOf", pointer)
        schema.anyOf = schemaList(node, "anyOf", pointer)
        if let discriminatorNode = node["discriminator"] {
            let discriminatorPointer = JSONPointer.appending(pointer, "discriminator")
            if mapping(discriminatorNode, discriminatorPointer, "discriminator") != nil,
               let propertyName = requiredString(discriminatorNode, "propertyName", discriminatorPointer, "a discriminator") {
                var mapping: [(value: String, target: String)] = []
                if let mappingNode = discriminatorNode["mapping"],
                   let pairs = self.mapping(mappingNode, JSONPointer.appending(discriminatorPointer, "mapping"), "mapping") {
                    for pair in pairs {
                        if let value = pair.key.scalarText, let target = pair.value.scalarText { mapping.append((value, target)) }
                    }
                }
                schema.discriminator = Schema.Discriminator(propertyName: propertyName, mapping: mapping)
            }
        }
        return schema
    }

    func schemaList(_ node: YAMLNode, _ key: String, _ pointer: String) -> [Schema] {
        guard let listNode = node[key] else { return [] }
        let listPointer = JSONPointer.appending(pointer, key)
        guard let items = sequence(listNode, listPointer, key) else { return [] }
        return items.enumerated().compactMap { index, item in decodeSchema(item, "\(listPointer)/\(index)") }
    }
}

/// The candidate closest to `word` by edit distance, when it is close enough to be a likely typo.
public func didYouMean(_ word: String, among candidates: [String]) -> String? {
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        if distance <= max(2, word.count / 3), distance < (best?.distance ?? .max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
