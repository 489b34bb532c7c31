/// A JSON Schema as OpenAPI uses it; `$ref` schemas carry only `reference` (plus 3.1 siblings).
public struct Schema: Sendable {
    public var reference: Reference?
    /// `type`, as a list: OpenAPI 3.1 allows `[string, "null"]`; 3.0 has one type.
    public var types: [String] = []
    public var format: String?
    public var title: String?
    public var description: String?
    public var properties: [(name: String, schema: Schema)] = []
    public var required: [String] = []
    public var items: Box<Schema>?
    public var additionalProperties: AdditionalProperties = .absent
    public var enumValues: [JSONLiteral]?
    public var constValue: JSONLiteral?
    public var nullable = false
    public var allOf: [Schema] = []
    public var oneOf: [Schema] = []
    public var anyOf: [Schema] = []
    public var discriminator: Discriminator?
    public var defaultValue: JSONLiteral?
    /// `example`, or the first of 3.1's `examples`: what docs show for a value of the schema.
    public var example: JSONLiteral?
    /// OpenAPI 3.1 `contentEncoding` (`base64` makes a string `Data`).
    public var contentEncoding: String?
    /// OpenAPI 3.1 `contentMediaType` (binary media make a string `Data`).
    public var contentMediaType: String?
    public var readOnly = false
    public var writeOnly = false
    public var deprecated = false
    public var origin: Origin

    public enum AdditionalProperties: Sendable {
        case absent
        case allowed(Bool)
        case schema(Box<Schema>)

        public var isAbsent: Bool {
            if case .absent = self { return true }
            return false
        }
    }

    public struct Discriminator: Sendable {
        public var propertyName: String
        public var mapping: [(value: String, target: String)]
    }

    public init(origin: Origin) {
        self.origin = origin
    }

    /// The schema's single non-null type, if it names exactly one.
    public var singleType: String? {
        let nonNull = types.filter { $0 != "null" }
        return nonNull.count == 1 ? nonNull[0] : nil
    }

    /// True when `nullable: true` (3.0) or `null` is among the types (3.1).
    public var isNullable: Bool { nullable || types.contains("null") }

    /// The schema constrains nothing: only a description, title, example, default or flags.
    public var onlyDescribes: Bool {
        reference == nil && types.isEmpty && format == nil && properties.isEmpty && required.isEmpty && items == nil
            && enumValues == nil && constValue == nil && allOf.isEmpty && oneOf.isEmpty && anyOf.isEmpty
            && discriminator == nil && contentEncoding == nil && contentMediaType == nil
            && additionalProperties.isAbsent
    }
}

/// Heap storage for recursive value types.
public final class Box<Value: Sendable>: Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}

/// A JSON value written in a spec (`enum`, `default`, `const`, examples), typed by YAML's core schema
/// but keeping the text exactly as written for when a string is wanted.
public struct JSONLiteral: Sendable, Hashable {
    public var scalar: YAMLScalar?
    /// Set for arrays and objects, which the generator only describes, never emits as Swift.
    public var isComposite: Bool

    public init(scalar: YAMLScalar?, isComposite: Bool) {
        self.scalar = scalar
        self.isComposite = isComposite
    }

    public var text: String? { scalar?.text }
}
