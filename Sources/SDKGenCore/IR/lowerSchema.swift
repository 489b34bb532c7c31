extension Lowering {
    /// Adds the model for a schema that has a name: a component or a named inline type.
    mutating func lowerNamedSchema(_ schema: Schema, name: String) {
        let kind: IRModel.Kind
        if let reference = schema.reference {
            kind = .alias(typeRef(forReference: reference))
        } else if let values = schema.enumValues {
            kind = enumKind(schema, values: values, model: name)
        } else if let only = singleComposedMember(schema) {
            kind = .alias(typeRef(only, hint: name))
        } else if !schema.allOf.isEmpty || hasObjectShape(schema) {
            if schema.allOf.isEmpty, schema.properties.isEmpty {
                kind = .alias(mapType(schema, hint: name))
            } else {
                kind = .object(lowerProperties(of: schema, model: name))
            }
        } else if !unionMembers(schema).isEmpty {
            kind = lowerUnion(schema, model: name)
        } else {
            kind = .alias(typeRef(schema, hint: name))
        }
        models.append(IRModel(name: name, kind: kind, description: schema.description ?? schema.title, origin: schema.origin, deprecated: schema.deprecated))
    }

    /// The Swift type for a schema used in place; inline objects, enums and unions become named models.
    mutating func typeRef(_ schema: Schema, hint: String) -> TypeRef {
        if let reference = schema.reference { return typeRef(forReference: reference) }
        if let only = singleComposedMember(schema) { return typeRef(only, hint: hint) }
        let needsModel = schema.enumValues != nil
            || !schema.allOf.isEmpty
            || !unionMembers(schema).isEmpty
            || (hasObjectShape(schema) && !schema.properties.isEmpty)
        if needsModel {
            let name = nameType(hint, for: "inline schema", origin: schema.origin)
            lowerNamedSchema(schema, name: name)
            return .named(name)
        }
        if hasObjectShape(schema) { return mapType(schema, hint: hint) }
        if let format = schema.format, let override = configuration.typeOverrides.formats[format] {
            settingsUsed.insert(.formatOverride(format))
            return .custom(override)
        }
        switch schema.singleType {
        case "string":
            switch schema.format {
            case "date-time": return .builtin(.date)
            case "byte", "binary": return .data
            default:
                let binaryMedia = schema.contentMediaType.map { !$0.hasPrefix("text/") && !$0.contains("json") } ?? false
                return schema.contentEncoding == "base64" || binaryMedia ? .data : .string
            }
        case "integer":
            switch schema.format {
            case "int32": return .builtin(.int32)
            case "int64": return .builtin(.int64)
            default: return .builtin(.int)
            }
        case "number":
            switch schema.format {
            case "float": return .builtin(.float)
            case "decimal": return .builtin(.decimal)
            default: return .builtin(.double)
            }
        case "boolean":
            return .builtin(.bool)
        case "array":
            guard let items = schema.items?.value else { return .array(.json) }
            return .array(typeRef(items, hint: hint + "Item"))
        default:
            return .json
        }
    }

    mutating func typeRef(forReference reference: Reference) -> TypeRef {
        guard let name = componentName(reference, section: "schemas") else { return .json }
        if let override = configuration.typeOverrides.schemas[name] { return .custom(override) }
        guard let typeName = componentTypeNames[name] else {
            reportMissing(reference, candidates: spec.components.schemas.map { "#/components/schemas/\($0.name)" }.sorted())
            return .json
        }
        return .named(typeName)
    }

    /// `[String: T]` for an object that only has `additionalProperties` (or nothing: free-form).
    mutating func mapType(_ schema: Schema, hint: String) -> TypeRef {
        if case .schema(let value) = schema.additionalProperties {
            return .map(typeRef(value.value, hint: hint + "Value"))
        }
        return .map(.json)
    }

    func hasObjectShape(_ schema: Schema) -> Bool {
        schema.singleType == "object" || (schema.types.isEmpty && !schema.properties.isEmpty)
    }

    /// `oneOf`/`anyOf` members other than `type: null`.
    func unionMembers(_ schema: Schema) -> [Schema] {
        (schema.oneOf + schema.anyOf).filter { $0.types != ["null"] }
    }

    /// The one schema a wrapper stands for: `allOf: [$ref]` with nothing beside it, or a
    /// `oneOf`/`anyOf` whose only non-null member is one schema (nullability is read separately).
    func singleComposedMember(_ schema: Schema) -> Schema? {
        guard schema.properties.isEmpty, schema.enumValues == nil else { return nil }
        if schema.allOf.count == 1, schema.oneOf.isEmpty, schema.anyOf.isEmpty { return schema.allOf[0] }
        if schema.allOf.isEmpty, unionMembers(schema).count == 1 { return unionMembers(schema)[0] }
        return nil
    }

    /// Whether a value of this schema may be JSON `null`.
    func isNullable(_ schema: Schema) -> Bool {
        if schema.isNullable { return true }
        if (schema.oneOf + schema.anyOf).contains(where: { $0.types == ["null"] }) { return true }
        if schema.allOf.count == 1, schema.allOf[0].reference == nil { return isNullable(schema.allOf[0]) }
        return false
    }

    func enumKind(_ schema: Schema, values: [JSONLiteral], model: String) -> IRModel.Kind {
        var scope = NameScope(reserved: ["unknown", "rawValue", "init"])
        // The JSON type of the values decides the raw type when `type` does not.
        let kinds = Set(values.compactMap { value -> String? in
            guard let scalar = value.scalar else { return "composite" }
            switch scalar.resolved {
            case .null: return nil
            case .bool: return "boolean"
            case .int: return "integer"
            case .double: return "number"
            case .string: return "string"
            }
        })
        let declared = schema.singleType
        if declared == "number" || (declared == nil && kinds == ["number"]) || (declared == nil && kinds == ["integer", "number"]) {
            return .alias(.builtin(.double))
        }
        if declared == "boolean" || (declared == nil && kinds == ["boolean"]) {
            return .alias(.builtin(.bool))
        }
        if declared == nil, kinds.count > 1 || kinds.contains("composite") {
            diagnostics.warning("an enum mixing \(kinds.sorted().joined(separator: ", ")) values is generated as JSONValue", at: schema.origin.location, pointer: schema.origin.pointer)
            return .alias(.json)
        }
        let isInteger = declared == "integer" || (declared == nil && kinds == ["integer"])
        let spelledSigns = isInteger ? [:] : SwiftName.basesSpellingSigns(values.compactMap(\.scalar?.text), base: names.memberBase)
        var cases: [IREnumCase] = []
        for value in values {
            guard let scalar = value.scalar else {
                diagnostics.warning("an enum value that is an array or object is not supported and is skipped", at: schema.origin.location, pointer: schema.origin.pointer)
                continue
            }
            if scalar.isPlain, case .null = scalar.resolved { continue }
            let base: String
            if isInteger {
                guard let number = Int64(scalar.text) else {
                    diagnostics.warning("enum value '\(scalar.text)' is not an integer and is skipped", at: schema.origin.location, pointer: schema.origin.pointer)
                    continue
                }
                base = number < 0 ? "_minus\(-number)" : "_\(number)"
            } else {
                let text = scalar.text
                if text.isEmpty {
                    base = "empty"
                } else {
                    base = spelledSigns[text] ?? names.memberBase(text)
                }
            }
            let name = scope.unique(rename(configuration.naming.enumCases, model, scalar.text, as: ConfigSetting.enumCaseName) ?? base, for: "enum case '\(scalar.text)'", origin: schema.origin, diagnostics: diagnostics)
            cases.append(IREnumCase(swiftName: SwiftName.escapeMember(name), value: scalar.text))
        }
        return isInteger ? .integerEnum(cases) : .stringEnum(cases)
    }

    /// The properties of an object, `allOf` parts merged in order (a later definition of a name wins).
    mutating func lowerProperties(of schema: Schema, model: String) -> [IRProperty] {
        var collected: [(name: String, schema: Schema)] = []
        var required: Set<String> = []
        var visited: Set<String> = []
        collectProperties(schema, into: &collected, required: &required, visited: &visited)
        var scope = NameScope()
        let spelledSigns = SwiftName.basesSpellingSigns(collected.map(\.name), base: names.memberBase)
        var properties: [IRProperty] = []
        for (name, propertySchema) in collected {
            let swiftName = scope.unique(rename(configuration.naming.properties, model, name, as: ConfigSetting.propertyName) ?? spelledSigns[name] ?? names.memberBase(name), for: "property '\(name)' of \(model)", origin: propertySchema.origin, diagnostics: diagnostics)
            let type = typeRef(propertySchema, hint: model + names.typeName(name))
            let isRequired = required.contains(name)
            let nullable = isNullable(propertySchema)
            properties.append(IRProperty(
                name: name,
                swiftName: SwiftName.escapeMember(swiftName),
                type: type,
                optional: !isRequired || nullable,
                required: isRequired,
                nullable: nullable,
                description: Self.describe(propertySchema.description ?? propertySchema.allOf.first?.description, default: propertySchema.defaultValue),
                deprecated: propertySchema.deprecated,
                readOnly: propertySchema.readOnly,
                origin: propertySchema.origin
            ))
        }
        return properties
    }

    /// A description with the schema's default value appended, so docs show it, unless the
    /// description already states it ("Defaults to 100.").
    static func describe(_ description: String?, default value: JSONLiteral?) -> String? {
        guard let text = value?.text, value?.isComposite == false else { return description }
        let note = "Defaults to `\(String(text.map { $0 == "`" ? "'" : $0 }))`."
        guard let description, !description.isEmpty else { return note }
        if statesDefault(description, text) { return description }
        var sentence = description.trimmingTrailingWhitespace()
        if let last = sentence.last, !".!?:)`".contains(last) { sentence += "." }
        return sentence + (description.contains("\n") ? "\n\n" : " ") + note
    }

    /// Whether a description names the default value itself: it says "default" and, as a word
    /// of its own, the value.
    static func statesDefault(_ description: String, _ value: String) -> Bool {
        guard description.lowercased().contains("default") else { return false }
        let words = description.split { !($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
        return words.contains { $0 == value || $0.hasSuffix(".") && $0.dropLast() == value }
    }

    func collectProperties(_ schema: Schema, into collected: inout [(name: String, schema: Schema)], required: inout Set<String>, visited: inout Set<String>) {
        if let reference = schema.reference {
            guard visited.insert(reference.target).inserted,
                  let name = JSONPointer.lastToken(reference.target),
                  let target = schemaIndex[name] else { return }
            collectProperties(spec.components.schemas[target].schema, into: &collected, required: &required, visited: &visited)
            return
        }
        for part in schema.allOf {
            collectProperties(part, into: &collected, required: &required, visited: &visited)
        }
        for (name, propertySchema) in schema.properties {
            if let index = collected.firstIndex(where: { $0.name == name }) {
                collected[index].schema = propertySchema
            } else {
                collected.append((name, propertySchema))
            }
        }
        required.formUnion(schema.required)
    }

    mutating func lowerUnion(_ schema: Schema, model: String) -> IRModel.Kind {
        var scope = NameScope(reserved: ["unknown"])
        var cases: [IRUnionCase] = []
        let mapping = schema.discriminator?.mapping ?? []
        for (index, member) in unionMembers(schema).enumerated() {
            let type = typeRef(member, hint: model + "Case\(index + 1)")
            var base: String
            switch type {
            case .named(let name), .custom(let name): base = names.memberBase(name)
            case .builtin(let builtin): base = names.memberBase(builtin.rawValue)
            case .array: base = "array"
            case .map: base = "object"
            }
            base = scope.unique(base, for: "case of \(model)", origin: member.origin, diagnostics: diagnostics)
            var values: [String] = []
            if schema.discriminator != nil, let reference = member.reference {
                let componentName = JSONPointer.tokens(reference.target)?.last ?? reference.target
                let explicit = mapping.filter { $0.target == reference.target || $0.target == componentName }.map(\.value)
                values = explicit.isEmpty ? [componentName] : explicit
            }
            cases.append(IRUnionCase(swiftName: SwiftName.escapeMember(base), type: type, discriminatorValues: values))
        }
        return .union(cases, discriminator: schema.discriminator?.propertyName)
    }
}
