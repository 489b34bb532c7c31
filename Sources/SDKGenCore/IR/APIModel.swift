/// The generator's model of the SDK: Swift names chosen, types decided, everything in output order.
///
/// Rendering reads it without making decisions: every name is final, every list sorted.
public struct APIModel: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    /// The spec's file name as given on the command line, for the generated header.
    public var specName: String
    public var servers: [IRServer]
    public var tags: [IRTag]
    public var models: [IRModel]
    public var securitySchemes: [IRSecurityScheme]
}

public struct IRServer: Sendable {
    public var swiftName: String
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]
}

public struct IRSecurityScheme: Sendable {
    public var name: String
    public var type: String
    public var description: String?
    /// For apiKey schemes: `header KALSHI-ACCESS-KEY`.
    public var detail: String
    /// apiKey: the parameter's name and `header`, `query` or `cookie`; http: the scheme name.
    public var parameterName: String?
    public var location: String?
    public var scheme: String?
}

/// A group of operations, from a spec tag; rendered as a type the client exposes as a property.
public struct IRTag: Sendable {
    public var name: String
    public var typeName: String
    public var propertyName: String
    public var description: String?
    public var operations: [IROperation]
}

/// A Swift type as generated code spells it.
public indirect enum TypeRef: Hashable, Sendable {
    case builtin(String)
    case named(String)
    case array(TypeRef)
    case map(TypeRef)

    public var swift: String {
        switch self {
        case .builtin(let name), .named(let name): return name
        case .array(let element): return "[\(element.swift)]"
        case .map(let value): return "[String: \(value.swift)]"
        }
    }

    /// The model this type names, if any, for links in docs.
    public var modelName: String? {
        switch self {
        case .named(let name): return name
        case .array(let element), .map(let element): return element.modelName
        case .builtin: return nil
        }
    }

    static let string = TypeRef.builtin("String")
    static let json = TypeRef.builtin("JSONValue")
}

public struct IROperation: Sendable {
    public var operationID: String
    public var swiftName: String
    /// Uppercase HTTP method, as docs show it: `POST`.
    public var method: String
    public var path: String
    public var origin: Origin
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// Parameters in call order (path first, then required, body, optional).
    public var parameters: [IRParameter]
    public var body: IRBody?
    public var responses: [IRResponse]
    /// The success type, or nil for none (the method returns `Void`).
    public var returnType: TypeRef?
    public var returnContentType: String?
    /// Alternatives; each alternative lists schemes used together.
    public var security: [[String]]
    /// The model of the success response's headers, when it documents any: the method returns
    /// `(body:headers:)`, or only the headers when there is no body.
    public var headersType: String?
}

public struct IRParameter: Sendable {
    public var name: String
    public var swiftName: String
    public var location: Parameter.Location
    public var type: TypeRef
    public var required: Bool
    public var description: String?
    /// OpenAPI's `style`, defaulted by location (`form` for query and cookie, `simple` otherwise).
    public var style: String
    public var explode: Bool
    public var origin: Origin? = nil
}

public struct IRBody: Sendable {
    public enum Encoding: Sendable {
        case json, form, multipart, text, binary
    }

    public var type: TypeRef
    public var encoding: Encoding
    /// For multipart bodies: the object's fields, each a text or file part.
    public var multipartFields: [(name: String, swiftName: String, isFile: Bool)] = []
    public var contentType: String
    public var required: Bool
    public var description: String?
}

public struct IRResponse: Sendable {
    /// `200`, `4XX` or `default`.
    public var status: String
    public var description: String
    public var type: TypeRef?
    public var contentType: String?
    public var headers: [String]
    public var isSuccess: Bool
}

public struct IRModel: Sendable {
    public enum Kind: Sendable {
        case object([IRProperty])
        case stringEnum([IREnumCase])
        case integerEnum([IREnumCase])
        case union([IRUnionCase], discriminator: String?)
        case alias(TypeRef)
        /// What an operation with several kinds of success returns: one case per status.
        case responses([IRResponseCase])
        /// The documented headers of an operation's success response.
        case headers([IRResponseHeader])
    }

    public var name: String
    public var kind: Kind
    public var description: String?
    public var origin: Origin
    public var deprecated: Bool
    /// A union that contains itself: rendered as an `indirect enum`.
    public var isIndirect = false
    /// An inline schema identical to another type: `kind` is an alias of it, and docs describe it
    /// on that type's page.
    public var isShared = false

    /// The type this inline schema shares, when it is one.
    public var sharedType: String? {
        guard isShared, case .alias(.named(let target)) = kind else { return nil }
        return target
    }
}

public struct IRProperty: Sendable {
    public var name: String
    public var swiftName: String
    public var type: TypeRef
    /// Optional in Swift: not required, or nullable.
    public var optional: Bool
    public var required: Bool
    public var nullable: Bool
    public var description: String?
    public var deprecated: Bool
    public var readOnly: Bool
    /// Closes a cycle of structs: stored on the heap through `@Indirect`.
    public var indirect = false
    /// Where the property's schema is, for messages and API diffs.
    public var origin: Origin? = nil
}

public struct IREnumCase: Sendable {
    public var swiftName: String
    /// The wire value's text exactly as written in the spec.
    public var value: String
}

public struct IRResponseHeader: Sendable {
    public var name: String
    public var swiftName: String
    /// `String`, `Int`, `Int32`, `Int64`, `Double`, `Float` or `Bool`.
    public var type: TypeRef
    public var description: String?
}

public struct IRResponseCase: Sendable {
    public var swiftName: String
    public var status: String
    public var description: String
    public var type: TypeRef?
}

public struct IRUnionCase: Sendable {
    public var swiftName: String
    public var type: TypeRef
    /// Discriminator values that select this case.
    public var discriminatorValues: [String]
    /// The payload is a struct or union stored inline: the case is `indirect` (set by `markRecursion`).
    public var boxed = false
}
