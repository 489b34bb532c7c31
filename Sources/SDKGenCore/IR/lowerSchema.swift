extension Lowering {
    /// Adds the model for a schema that has a name: a component or a named inline type. A
    /// component that `typeOverrides.schemas` maps to a type of another name is an alias of it.
    mutating func lowerNamedSchema(_ schema: Schema, name: String, overriddenBy override: String? = nil) {
        let kind: IRModel.Kind
        if let override {
            kind = .alias(.custom(override))
        } else if let reference = schema.reference {
            kind = .alias(typeRef(forReference: reference))
        } else if let values = schema.enumValues {
            kind = enumKind(schema, values: values, model: name)
        } else if let only = singleComposedMember(schema) {
            kind = .alias(typeRef(only, hint: name))
        } else if !schema.allOf.isEmpty || hasObjectShape(schema) {
            if schema.allOf.isEmpty, schema.properties.isEmpty {
                // `type: object` beside a `oneOf` (OpenAI's `Item`) only says each member is one.
                kind = unionMembers(schema).isEmpty ? .alias(mapType(schema, hint: name)) : lowerUnion(schema, model: name)
            } else {
                kind = .object(lowerProperties(of: schema, model: name))
            }
        } else if !unionMembers(schema).isEmpty {
            kind = lowerUnion(schema, model: name)
        } else {
            kind = .alias(typeRef(schema, hint: name))
        }
        var model = IRModel(name: name, kind: kind, description: schema.description ?? schema.title, origin: schema.origin, deprecated: schema.deprecated)
        model.nullable = isNullable(schema)
        if case .alias(let target) = kind { model.example = exampleValue(of: schema, as: target) }
        models.append(model)
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
            return .array(allowingNull(items, typeRef(items, hint: hint + "Item")))
        default:
            return .json
        }
    }

    mutating func typeRef(forReference reference: Reference) -> TypeRef {
        guard let name = componentName(reference, section: "schemas") else { return .json }
        // Overridden by a type of the schema's own name: that type, and no alias of it.
        if let override = configuration.typeOverrides.schemas[name], componentTypeNames[name] == nil { return .custom(override) }
        guard let typeName = componentTypeNames[name] else {
            reportMissing(reference, candidates: spec.components.schemas.map { "#/components/schemas/\($0.name)" }.sorted())
            return .json
        }
        return .named(typeName)
    }

    /// `[String: T]` for an object that only has `additionalProperties` (or nothing: free-form).
    mutating func mapType(_ schema: Schema, hint: String) -> TypeRef {
        if case .schema(let value) = schema.additionalProperties {
            return .map(allowingNull(value.value, typeRef(value.value, hint: hint + "Value")))
        }
        return .map(.json)
    }

    /// An element or map value of `type`, optional when it must hold `null` (`holdsNull`).
    func allowingNull(_ schema: Schema, _ type: TypeRef) -> TypeRef {
        holdsNull(schema, as: type) ? .optional(type) : type
    }

    /// A value of `schema`, typed `type`, can be `null` that the type cannot hold: the schema allows
    /// `null` and the type is not `JSONValue` (which holds `null` itself).
    func holdsNull(_ schema: Schema, as type: TypeRef) -> Bool {
        type != .json && isNullable(schema)
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
        // Parts that only describe (`allOf: [{$ref: E}, {description: ...}]`) add no shape.
        let shaping = schema.allOf.filter { !$0.onlyDescribes }
        if shaping.count == 1, schema.oneOf.isEmpty, schema.anyOf.isEmpty { return shaping[0] }
        // Only describing parts, and nothing beside them: any JSON value (`allOf: [{}, {description: ...}]`).
        if shaping.isEmpty, !schema.allOf.isEmpty, schema.oneOf.isEmpty, schema.anyOf.isEmpty, schema.types.isEmpty, schema.additionalProperties.isAbsent {
            return schema.allOf[0]
        }
        if schema.allOf.isEmpty, unionMembers(schema).count == 1 { return unionMembers(schema)[0] }
        return nil
    }

    /// Whether `null` is a value of the schema, also through `$ref`s to component schemas (a
    /// required property whose referenced schema is nullable is optional in Swift).
    func isNullable(_ schema: Schema) -> Bool {
        var seen: Set<String> = []
        return isNullable(schema, seen: &seen)
    }

    private func isNullable(_ schema: Schema, seen: inout Set<String>) -> Bool {
        if schema.isNullable { return true }
        if (schema.oneOf + schema.anyOf).contains(where: { $0.types == ["null"] }) { return true }
        if schema.allOf.contains(where: { $0.onlyDescribes && $0.isNullable }) { return true }
        let shaping = schema.allOf.filter { !$0.onlyDescribes }
        if shaping.count == 1 { return isNullable(shaping[0], seen: &seen) }
        if let reference = schema.reference, seen.insert(reference.target).inserted,
           let name = JSONPointer.token(in: reference.target, after: "#/components/schemas/"), let index = schemaIndex[name] {
            return isNullable(spec.components.schemas[index].schema, seen: &seen)
        }
        return false
    }

    /// `reporting: false` decides the kind without warnings (for a property's default).
    func enumKind(_ schema: Schema, values: [JSONLiteral], model: String, reporting: Bool = true) -> IRModel.Kind {
        let diagnostics = reporting ? diagnostics : DiagnosticSink()
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

    /// The properties of an object, `allOf` parts merged in order (a later definition of a name,
    /// or of `additionalProperties`, wins).
    mutating func lowerProperties(of schema: Schema, model: String) -> [IRProperty] {
        var shape = ObjectShape()
        collectProperties(schema, into: &shape)
        var scope = NameScope()
        let spelledSigns = SwiftName.basesSpellingSigns(shape.properties.map(\.name), base: names.memberBase)
        var properties: [IRProperty] = []
        for (name, propertySchema) in shape.properties {
            let swiftName = scope.unique(rename(configuration.naming.properties, model, name, as: ConfigSetting.propertyName) ?? spelledSigns[name] ?? names.memberBase(name), for: "property '\(name)' of \(model)", origin: propertySchema.origin, diagnostics: diagnostics)
            let type = typeRef(propertySchema, hint: model + names.typeName(name))
            let isRequired = shape.required.contains(name)
            let nullable = isNullable(propertySchema)
            let defaultValue = nullable ? nil : self.defaultValue(of: propertySchema, as: type)
            properties.append(IRProperty(
                name: name,
                swiftName: SwiftName.escapeMember(swiftName),
                type: type,
                optional: !isRequired && defaultValue == nil || nullable,
                required: isRequired,
                nullable: nullable,
                description: Self.describe(propertySchema.description ?? propertySchema.allOf.first?.description, default: propertySchema.defaultValue),
                deprecated: propertySchema.deprecated,
                readOnly: propertySchema.readOnly,
                defaultValue: defaultValue,
                example: exampleValue(of: propertySchema, as: type),
                origin: propertySchema.origin
            ))
        }
        // `additionalProperties: true` or a schema beside declared properties: the other keys are
        // kept, in one dictionary property, so nothing the server sends is dropped.
        let others: TypeRef?
        switch shape.others {
        case .allowed(true): others = .json
        case .schema(let value): others = allowingNull(value.value, typeRef(value.value, hint: model + "Value"))
        case .allowed(false), .absent: others = nil
        }
        if let others, !properties.isEmpty {
            let swiftName = scope.unique("additionalProperties", for: "the other properties of \(model)", origin: schema.origin, diagnostics: diagnostics)
            var property = IRProperty(name: "*", swiftName: SwiftName.escapeMember(swiftName), type: .map(others), optional: false, required: false, nullable: false,
                                      description: "The properties the schema does not name, by key.", deprecated: false, readOnly: false, origin: schema.origin)
            property.holdsOtherKeys = true
            properties.append(property)
        }
        return properties
    }

    /// The schema's `default` as a value of `type`, when it is a string, number or boolean that
    /// fits it (an integer in range, a finite number), or such a value of a string or integer
    /// enum. Nil for other types (dates, data, arrays, objects), which keep the default in docs only.
    func defaultValue(of schema: Schema, as type: TypeRef) -> IRDefaultValue? {
        value(schema.defaultValue, of: schema, as: type)
    }

    /// The schema's `example` as a value of `type`, under the rules of `defaultValue(of:as:)`:
    /// what the docs' examples pass.
    func exampleValue(of schema: Schema, as type: TypeRef) -> IRDefaultValue? {
        value(schema.example, of: schema, as: type)
    }

    /// A value written in the spec (`default`, `example`) as a value of `type`.
    func value(_ written: JSONLiteral?, of schema: Schema, as type: TypeRef) -> IRDefaultValue? {
        guard let scalar = written?.scalar, written?.isComposite == false else { return nil }
        if case .null = scalar.resolved, scalar.isPlain { return nil }
        func literal(for builtin: BuiltinType) -> IRDefaultValue.Literal? {
            switch builtin {
            case .string: return .string(scalar.text)
            case .bool:
                if case .bool(let flag) = scalar.resolved { return .bool(flag) }
                return ["true": true, "false": false][scalar.text].map(IRDefaultValue.Literal.bool)
            case .int, .int64: return Int64(scalar.text).map { .number(String($0)) }
            case .int32: return Int32(scalar.text).map { .number(String($0)) }
            case .double, .float, .decimal:
                guard let number = Double(scalar.text), number.isFinite, scalar.text.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
                return .number(scalar.text)
            case .date, .data, .json: return nil
            }
        }
        switch type {
        case .builtin(let builtin):
            return literal(for: builtin).map { IRDefaultValue(literal: $0) }
        case .named(let name):
            switch enumRawType(of: schema) {
            case .string?: return literal(for: .string).map { IRDefaultValue(literal: $0, enumType: name) }
            case .int?: return literal(for: .int).map { IRDefaultValue(literal: $0, enumType: name) }
            case let other?: return literal(for: other).map { IRDefaultValue(literal: $0) }
            case nil: return nil
            }
        case .custom, .array, .map, .optional:
            return nil
        }
    }

    /// The Swift type an enum schema's values have (following `$ref`s to components): `String` or
    /// `Int` for the open enums, `Double` or `Bool` for the enums generated as aliases of those;
    /// nil for anything else.
    func enumRawType(of schema: Schema) -> BuiltinType? {
        var schema = schema
        var seen: Set<String> = []
        while true {
            if let only = singleComposedMember(schema) {
                schema = only
            } else if let reference = schema.reference {
                guard seen.insert(reference.target).inserted, let name = JSONPointer.token(in: reference.target, after: "#/components/schemas/"),
                      let index = schemaIndex[name] else { return nil }
                schema = spec.components.schemas[index].schema
            } else {
                break
            }
        }
        guard let values = schema.enumValues else { return nil }
        switch enumKind(schema, values: values, model: "", reporting: false) {
        case .stringEnum: return .string
        case .integerEnum: return .int
        case .alias(.builtin(let builtin)) where builtin == .double || builtin == .bool: return builtin
        default: return nil
        }
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

    /// An object's properties, required names and `additionalProperties`, its `allOf` parts and
    /// the components they reference merged in.
    struct ObjectShape {
        var properties: [(name: String, schema: Schema)] = []
        var required: Set<String> = []
        var others: Schema.AdditionalProperties = .absent
        /// The components already merged (a cycle of `allOf` references stops there).
        var visited: Set<String> = []
    }

    func collectProperties(_ schema: Schema, into shape: inout ObjectShape) {
        if let reference = schema.reference {
            guard shape.visited.insert(reference.target).inserted,
                  let name = JSONPointer.lastToken(reference.target),
                  let target = schemaIndex[name] else { return }
            collectProperties(spec.components.schemas[target].schema, into: &shape)
            return
        }
        for part in schema.allOf {
            collectProperties(part, into: &shape)
        }
        for (name, propertySchema) in schema.properties {
            if let index = shape.properties.firstIndex(where: { $0.name == name }) {
                shape.properties[index].schema = propertySchema
            } else {
                shape.properties.append((name, propertySchema))
            }
        }
        shape.required.formUnion(schema.required)
        if !schema.additionalProperties.isAbsent { shape.others = schema.additionalProperties }
    }

    mutating func lowerUnion(_ schema: Schema, model: String) -> IRModel.Kind {
        var scope = NameScope(reserved: ["unknown"])
        var cases: [IRUnionCase] = []
        let mapping = schema.discriminator?.mapping ?? []
        let members = unionMembers(schema)
        let types = members.enumerated().map { index, member in typeRef(member, hint: model + "Case\(index + 1)") }
        // Inside the enum a case hides a type of the same name (`case _12(_12)` does not compile),
        // so no case may be named like a type that a case holds.
        let typeNames = Set(types.flatMap(\.typeNames))
        for (index, member) in members.enumerated() {
            let type = types[index]
            var base: String
            switch type {
            case .named(let name), .custom(let name): base = names.memberBase(name)
            case .builtin(let builtin): base = names.memberBase(builtin.rawValue)
            case .array: base = "array"
            case .map: base = "object"
            case .optional: base = "optional"
            }
            if typeNames.contains(base) { base += "Value" }
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
