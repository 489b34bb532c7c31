/// `Models.mustache`: one file's models.
struct ModelsFileContext: TemplateContext {
    let settings: FileSettings
    let models: [ModelContext]

    static let fields: [TemplateField<ModelsFileContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("access") { .string($0.settings.access) },
        .init("hashable") { .bool($0.settings.hashable) },
        .init("models") { .contexts($0.models) },
    ]
}

/// One model: its doc comment and, under the key of its kind, what the kind's partial needs
/// (`{{#struct}}{{>Struct}}{{/struct}}`); the other kinds' keys are empty.
struct ModelContext: TemplateContext {
    let model: IRModel

    init(_ model: IRModel) {
        self.model = model
    }

    static let fields: [TemplateField<ModelContext>] = [
        .init("name") { .string($0.model.name) },
        .init("doc") { context in
            var doc = docLines(summary: context.model.description, description: nil, indent: 0)
            if !doc.isEmpty { doc.append("///") }
            doc.append("/// - Remark: `\(Escaping.markdownCode(context.model.origin.pointer))`")
            if context.model.deprecated { doc.append("/// - Note: Deprecated.") }
            return .strings(doc)
        },
        .init("deprecated") { .bool($0.model.deprecated) },
        .init("struct") { context in
            guard case .object(let properties) = context.model.kind else { return .null }
            return .context(StructContext(properties: properties))
        },
        .init("stringEnum") { context in
            guard case .stringEnum(let cases) = context.model.kind else { return .null }
            return .context(EnumContext(cases: cases, isString: true))
        },
        .init("integerEnum") { context in
            guard case .integerEnum(let cases) = context.model.kind else { return .null }
            return .context(EnumContext(cases: cases, isString: false))
        },
        .init("union") { context in
            guard case .union(let cases, let discriminator) = context.model.kind else { return .null }
            return .context(UnionContext(cases: cases, discriminator: discriminator, isIndirect: context.model.isIndirect))
        },
        .init("alias") { context in
            guard case .alias(let type) = context.model.kind else { return .null }
            return .context(TypeContext(type: type))
        },
        .init("headers") { context in
            guard case .headers(let headers) = context.model.kind else { return .null }
            return .context(HeadersModelContext(headers: headers))
        },
        .init("responses") { context in
            guard case .responses(let cases) = context.model.kind else { return .null }
            return .context(ResponsesModelContext(cases: cases))
        },
    ]
}

/// `Struct.mustache`: a struct with a memberwise initializer and written-out coding.
struct StructContext: TemplateContext {
    let properties: [IRProperty]

    static let fields: [TemplateField<StructContext>] = [
        .init("properties") { context in
            let properties = context.properties
            return .contexts(properties.enumerated().map { PropertyContext(property: $1, last: $0 == properties.count - 1) })
        },
        .init("hasProperties") { .bool(!$0.properties.isEmpty) },
        .init("multilineInit") { .bool($0.properties.count > 3) },
        .init("hasOtherKeys") { .bool($0.properties.contains { $0.holdsOtherKeys }) },
        /// The JSON keys of the declared properties, as string literals.
        .init("declaredKeys") { .contexts(ListItem.items($0.properties.filter { !$0.holdsOtherKeys }.map { Escaping.swiftString($0.name) })) },
    ]
}

struct PropertyContext: TemplateContext {
    let property: IRProperty
    let last: Bool

    static let fields: [TemplateField<PropertyContext>] = [
        .init("swiftName") { .string($0.property.swiftName) },
        .init("bareName") { .string(SwiftName.bare($0.property.swiftName)) },
        .init("type") { .string($0.property.type.swift) },
        .init("optional") { .bool($0.property.optional) },
        .init("omitsNil") { .bool($0.property.optional && !$0.property.required) },
        .init("default") { .optional($0.property.defaultValue.map(DefaultValueContext.init)) },
        .init("doc") { context in
            var doc = Escaping.docComment(context.property.description ?? "", indent: 4)
            if context.property.deprecated { doc.append("/// - Note: Deprecated.") }
            return .strings(doc)
        },
        .init("key") { .string(Escaping.swiftString($0.property.name)) },
        .init("deprecated") { .bool($0.property.deprecated) },
        .init("indirect") { .bool($0.property.indirect) },
        .init("holdsOtherKeys") { .bool($0.property.holdsOtherKeys) },
        .init("last") { .bool($0.last) },
    ]
}

extension IRDefaultValue {
    /// The literal as Swift spells it: `"dog"`, `20`, `true` (an enum's raw value, for one).
    var swiftLiteral: String {
        switch literal {
        case .string(let text): return Escaping.swiftString(text)
        case .number(let text): return text
        case .bool(let flag): return flag ? "true" : "false"
        }
    }
}

/// `DefaultValue.mustache`: a property's default as a Swift expression.
struct DefaultValueContext: TemplateContext {
    let value: IRDefaultValue

    init(_ value: IRDefaultValue) {
        self.value = value
    }

    static let fields: [TemplateField<DefaultValueContext>] = [
        .init("literal") { .string($0.value.swiftLiteral) },
        .init("enumType") { .string($0.value.enumType ?? "") },
    ]
}

/// `Enum.mustache`: an open string or integer enum.
struct EnumContext: TemplateContext {
    let cases: [IREnumCase]
    let isString: Bool

    static let fields: [TemplateField<EnumContext>] = [
        .init("rawType") { .string($0.isString ? "String" : "Int") },
        .init("cases") { context in
            .contexts(context.cases.map { EnumCaseContext(swiftName: $0.swiftName, literal: context.isString ? Escaping.swiftString($0.value) : $0.value) })
        },
    ]
}

struct EnumCaseContext: TemplateContext {
    let swiftName: String
    /// The wire value as a Swift literal: `"write::trade"` or `2`.
    let literal: String

    static let fields: [TemplateField<EnumCaseContext>] = [
        .init("swiftName") { .string($0.swiftName) },
        .init("literal") { .string($0.literal) },
    ]
}

/// `Union.mustache`: an enum with a case per `oneOf`/`anyOf` member.
struct UnionContext: TemplateContext {
    let cases: [IRUnionCase]
    let discriminator: String?
    let isIndirect: Bool

    static let fields: [TemplateField<UnionContext>] = [
        .init("isIndirect") { .bool($0.isIndirect) },
        .init("hasDiscriminator") { .bool($0.discriminator != nil) },
        .init("discriminatorKey") { .string(Escaping.swiftString($0.discriminator ?? "")) },
        .init("discriminated") { .contexts($0.cases.filter { !$0.discriminatorValues.isEmpty }.map(UnionCaseContext.init)) },
        .init("cases") { .contexts($0.cases.map(UnionCaseContext.init)) },
        .init("hasObjectCases") { .bool($0.cases.contains { $0.objectKeys != nil }) },
        /// The object cases, when there are two or more: tried in `JSONCoding.caseOrder` first.
        .init("objectCases") { context in
            let cases = context.cases.filter { $0.objectKeys != nil }
            return .contexts(cases.enumerated().map { ObjectCaseContext(index: $0, unionCase: $1, last: $0 == cases.count - 1) })
        },
    ]
}

struct ObjectCaseContext: TemplateContext {
    let index: Int
    let unionCase: IRUnionCase
    let last: Bool

    static let fields: [TemplateField<ObjectCaseContext>] = [
        .init("index") { .string(String($0.index)) },
        .init("swiftName") { .string($0.unionCase.swiftName) },
        .init("type") { .string($0.unionCase.type.swift) },
        /// The payload's JSON property names, as string literals.
        .init("keys") { .contexts(ListItem.items(($0.unionCase.objectKeys?.names ?? []).map(Escaping.swiftString))) },
        /// The names among `keys` that the payload's schema requires, as string literals.
        .init("required") { .contexts(ListItem.items(($0.unionCase.objectKeys?.required ?? []).map(Escaping.swiftString))) },
        .init("keepsOtherKeys") { .bool($0.unionCase.objectKeys?.keepsOtherKeys ?? false) },
        .init("hasEnums") { .bool(!($0.unionCase.objectKeys?.enums.isEmpty ?? true)) },
        /// The string-enum properties: `name` and `values`, as string literals.
        .init("enums") { context in
            let enums = context.unionCase.objectKeys?.enums ?? []
            return .contexts(enums.enumerated().map { EnumPropertyContext(name: Escaping.swiftString($1.name), values: ListItem.items($1.values.map(Escaping.swiftString)), last: $0 == enums.count - 1) })
        },
        .init("last") { .bool($0.last) },
    ]
}

struct EnumPropertyContext: TemplateContext {
    let name: String
    let values: [ListItem]
    let last: Bool

    static let fields: [TemplateField<EnumPropertyContext>] = [
        .init("name") { .string($0.name) },
        .init("values") { .contexts($0.values) },
        .init("last") { .bool($0.last) },
    ]
}

struct UnionCaseContext: TemplateContext {
    let unionCase: IRUnionCase

    static let fields: [TemplateField<UnionCaseContext>] = [
        .init("swiftName") { .string($0.unionCase.swiftName) },
        .init("type") { .string($0.unionCase.type.swift) },
        .init("boxed") { .bool($0.unionCase.boxed) },
        /// One of `objectCases`: tried there, by the object's keys.
        .init("ranked") { .bool($0.unionCase.objectKeys != nil) },
        /// The discriminator values that select the case, as string literals.
        .init("values") { .contexts(ListItem.items($0.unionCase.discriminatorValues.map(Escaping.swiftString))) },
    ]
}

/// The headers struct an operation returns.
struct HeadersModelContext: TemplateContext {
    let headers: [IRResponseHeader]

    static let fields: [TemplateField<HeadersModelContext>] = [
        .init("properties") { context in
            let headers = context.headers
            return .contexts(headers.enumerated().map { HeaderPropertyContext(header: $1, last: $0 == headers.count - 1) })
        },
    ]
}

struct HeaderPropertyContext: TemplateContext {
    let header: IRResponseHeader
    let last: Bool

    static let fields: [TemplateField<HeaderPropertyContext>] = [
        .init("swiftName") { .string($0.header.swiftName) },
        .init("type") { .string($0.header.type.swift) },
        .init("doc") { .strings(Escaping.docComment(($0.header.description.map { $0 + "\n\n" } ?? "") + "`\($0.header.name)`", indent: 4)) },
        .init("last") { .bool($0.last) },
    ]
}

/// The enum an operation with several kinds of success returns.
struct ResponsesModelContext: TemplateContext {
    let cases: [IRResponseCase]

    static let fields: [TemplateField<ResponsesModelContext>] = [
        .init("cases") { .contexts($0.cases.map(ResponseCaseContext.init)) },
    ]
}

struct ResponseCaseContext: TemplateContext {
    let responseCase: IRResponseCase

    static let fields: [TemplateField<ResponseCaseContext>] = [
        .init("swiftName") { .string($0.responseCase.swiftName) },
        .init("payload") { .string($0.responseCase.type?.swift ?? "") },
        .init("doc") { .strings(Escaping.docComment("\($0.responseCase.status): \($0.responseCase.description)", indent: 4)) },
    ]
}

/// `SchemaRegistry.mustache` (`--schema-registry`): every schema's Swift type by its JSON pointer.
struct SchemaRegistryContext: TemplateContext {
    static let file = "SchemaRegistry.swift"
    let model: APIModel
    let settings: FileSettings

    static let fields: [TemplateField<SchemaRegistryContext>] = [
        .init("header") { .string($0.settings.header) },
        .init("access") { .string($0.settings.access) },
        .init("entries") { context in
            .contexts(context.model.schemaTypes.map { RegistryEntryContext(pointer: Escaping.swiftString($0.pointer), type: $0.type.swift) })
        },
    ]
}

struct RegistryEntryContext: TemplateContext {
    /// The pointer as a string literal.
    let pointer: String
    let type: String

    static let fields: [TemplateField<RegistryEntryContext>] = [
        .init("pointer") { .string($0.pointer) },
        .init("type") { .string($0.type) },
    ]
}
