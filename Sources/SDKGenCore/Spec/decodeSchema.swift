extension SpecReader {
    /// Decodes a schema object (or a boolean schema of 3.1) at `pointer`; `isProperty` when it is
    /// the value of an entry of `properties`.
    func decodeSchema(_ node: YAMLNode, _ pointer: String, isProperty: Bool = false) -> Schema? {
        var schema = Schema(origin: origin(node, pointer))
        if case .scalar(let scalar) = node.content, case .bool(let allowed) = scalar.resolved {
            // `true` accepts anything, `false` nothing; both become free-form JSON.
            _ = allowed
            return schema
        }
        if node.isNull {
            warning("a schema is null; read as an empty schema (any JSON value)", node, pointer)
            return schema
        }
        guard node.pairs != nil else {
            error("a schema must be a mapping, not \(node.kindDescription)", node, pointer)
            return nil
        }
        schema.reference = reference(node, pointer)
        schema.format = optionalString(node, "format", pointer)
        if let typeNode = node["type"] {
            let typePointer = JSONPointer.appending(pointer, "type")
            var written: [String] = []
            if let items = typeNode.items {
                written = items.compactMap { string($0, typePointer, "type") }
            } else if let type = string(typeNode, typePointer, "type") {
                written = [type]
            }
            for type in written {
                guard let (known, format) = readType(type, typeNode, typePointer) else { continue }
                schema.types.append(known)
                if let format, schema.format == nil { schema.format = format }
            }
        }
        schema.contentEncoding = optionalString(node, "contentEncoding", pointer)
        schema.contentMediaType = optionalString(node, "contentMediaType", pointer)
        schema.title = optionalString(node, "title", pointer)
        schema.description = optionalString(node, "description", pointer)
        schema.nullable = optionalBool(node, "nullable", pointer) ?? false
        schema.readOnly = optionalBool(node, "readOnly", pointer) ?? false
        schema.writeOnly = optionalBool(node, "writeOnly", pointer) ?? false
        schema.deprecated = optionalBool(node, "deprecated", pointer) ?? false
        if let requiredNode = node["required"], case .scalar(let scalar) = requiredNode.content, case .bool(let flag) = scalar.resolved {
            // Draft 3's and Swagger 1.2's per-property form; the parent reads it (below).
            if !isProperty {
                warning("'required: \(flag)' on a schema that is not a property has no meaning; it is ignored (list required properties in the object's 'required')", requiredNode, JSONPointer.appending(pointer, "required"))
            }
        } else {
            schema.required = stringList(node, "required", pointer)
        }
        if let propertiesNode = node["properties"] {
            let propertiesPointer = JSONPointer.appending(pointer, "properties")
            if let pairs = mapping(propertiesNode, propertiesPointer, "properties") {
                for pair in pairs {
                    guard let name = pair.key.scalarText else { continue }
                    let propertyPointer = JSONPointer.appending(propertiesPointer, name)
                    guard let property = decodeSchema(pair.value, propertyPointer, isProperty: true) else { continue }
                    schema.properties.append((name, property))
                    if let flagNode = pair.value["required"], case .scalar(let scalar) = flagNode.content, case .bool(let flag) = scalar.resolved {
                        let reading = flag ? "read as listing '\(name)' in the object's 'required'" : "read as optional"
                        warning("'required: \(flag)' on property '\(name)' is the Swagger 1.2 and JSON Schema draft 3 form; \(reading)", flagNode, JSONPointer.appending(propertyPointer, "required"))
                        if flag, !schema.required.contains(name) { schema.required.append(name) }
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
            schema.enumValues = items.isEmpty ? nil : items.map(literal)
        }
        if let constNode = node["const"] { schema.constValue = literal(constNode) }
        if let defaultNode = node["default"] { schema.defaultValue = literal(defaultNode) }
        if let exampleNode = node["example"] ?? node["examples"].flatMap({ node -> YAMLNode? in
            if case .sequence(let items) = node.content { return items.first }
            return nil
        }) {
            schema.example = literal(exampleNode)
        }
        schema.allOf = schemaList(node, "allOf", pointer)
        schema.oneOf = schemaList(node, "oneOf", pointer)
        schema.anyOf = schemaList(node, "anyOf", pointer)
        if let discriminatorNode = node["discriminator"] {
            let discriminatorPointer = JSONPointer.appending(pointer, "discriminator")
            if case .scalar(let scalar) = discriminatorNode.content, case .string(let propertyName) = scalar.resolved {
                warning("'discriminator: \(propertyName)' is the Swagger 2.0 form; read as 'discriminator: {propertyName: \(propertyName)}'", discriminatorNode, discriminatorPointer)
                schema.discriminator = Schema.Discriminator(propertyName: propertyName, mapping: [])
            } else if mapping(discriminatorNode, discriminatorPointer, "discriminator") != nil,
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

    /// The JSON Schema type `written` stands for, and the format it implies: the type itself, the
    /// same word in another case (`String`), or a common alias (`int`, `long`, `double`, `bool`,
    /// `file`), the last two with a warning. Nil, with an error, for anything else.
    func readType(_ written: String, _ node: YAMLNode, _ pointer: String) -> (type: String, format: String?)? {
        if Self.schemaTypes.contains(written) { return (written, nil) }
        let lowered = written.lowercased()
        if Self.schemaTypes.contains(lowered) {
            warning("schema type '\(written)' is written in the wrong case; read as '\(lowered)'", node, pointer)
            return (lowered, nil)
        }
        if let alias = Self.typeAliases[lowered] {
            let format = alias.format.map { " with format '\($0)'" } ?? ""
            warning("'\(written)' is not a schema type; read as '\(alias.type)'\(format)", node, pointer)
            return alias
        }
        let suggestion = didYouMean(written, among: Self.schemaTypes).map { "; did you mean '\($0)'?" } ?? ""
        error("unknown schema type '\(written)'\(suggestion)", node, pointer)
        return nil
    }

    static let schemaTypes = ["string", "integer", "number", "boolean", "array", "object", "null"]

    /// Type names other generators and older specifications accept, lowercased, with the type and
    /// format they mean.
    static let typeAliases: [String: (type: String, format: String?)] = [
        "int": ("integer", nil), "int32": ("integer", "int32"), "int64": ("integer", "int64"), "long": ("integer", "int64"),
        "float": ("number", "float"), "double": ("number", "double"), "decimal": ("number", "decimal"),
        "bool": ("boolean", nil), "str": ("string", nil), "file": ("string", "binary"),
    ]

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
