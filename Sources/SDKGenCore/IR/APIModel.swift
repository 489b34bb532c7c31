/// The generator's model of the SDK: Swift names chosen, types decided, everything in output order.
///
/// Rendering reads it without making decisions: every name is final, every list sorted, every
/// choice (how a body is coded, which statuses succeed, what a method returns) made and typed.
public struct APIModel: Sendable {
    public var title: String
    public var version: String
    /// Where `info.version` is written.
    public var versionOrigin: Origin? = nil
    public var description: String?
    /// The spec's file name as given on the command line, for the generated header.
    public var specName: String
    public var servers: [IRServer]
    public var tags: [IRTag]
    public var models: [IRModel]
    public var securitySchemes: [IRSecurityScheme]
    /// An AsyncAPI document's messages, by the side that receives them (nil for OpenAPI).
    public var messaging: IRMessaging? = nil

    /// The enum of server URLs: `Servers`, and `SocketServers` for an AsyncAPI document, so that a
    /// provider's REST and WebSocket SDKs can be imported together.
    public var serversEnum: String { messaging == nil ? "Servers" : "SocketServers" }

    /// The model that documents `name` in the docs: its own page, or, for an inline schema shared
    /// with an identical type, that type's.
    public func documentingModel(_ name: String) -> String {
        sharedTypes[name] ?? name
    }

    /// Inline schema name -> the type it is an alias of (see `IRModel.isShared`).
    var sharedTypes: [String: String] = [:]

    /// Every schema the SDK has a Swift type for, by its pointer in the bundled document
    /// (`sdkgen bundle`), sorted by pointer: each component schema that became a model, and the
    /// schema of each JSON request and response body. What `--schema-registry` lists.
    /// A schema that allows `null` decodes as `.optional(type)`.
    public var schemaTypes: [(pointer: String, type: TypeRef)] {
        var types: [String: TypeRef] = [:]
        for model in models where JSONPointer.token(in: model.origin.pointer, after: "#/components/schemas/") != nil {
            types[model.origin.pointer] = types[model.origin.pointer] ?? (model.nullable ? .optional(.named(model.name)) : .named(model.name))
        }
        for tag in tags {
            for operation in tag.operations {
                let contents = [operation.body?.content] + operation.responses.map(\.content)
                for case let content? in contents where content.coding == .json {
                    if let pointer = content.schemaPointer, types[pointer] == nil { types[pointer] = content.schemaAllowsNull ? .optional(content.type) : content.type }
                }
            }
        }
        return types.keys.sorted().map { ($0, types[$0]!) }
    }
}

public struct IRServer: Sendable {
    public var swiftName: String
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]
    public var origin: Origin? = nil
}

public struct IRSecurityScheme: Sendable {
    /// What the generated `Security` enum and the runtime's `SecuritySchemeKind` know of a scheme.
    public enum Kind: Sendable, Hashable {
        /// A named header, query item or cookie.
        case apiKey(name: String, location: APIKeyLocation)
        /// `type: http`: `bearer`, `basic` or another scheme, as the spec writes it.
        case http(scheme: String)
        /// OAuth2, OpenID Connect (and mutual TLS): a token the app obtains, sent as a bearer token.
        case token
    }

    public var name: String
    /// nil for a type OpenAPI does not define.
    public var type: SecuritySchemeType?
    public var kind: Kind
    public var description: String?
}

/// A group of operations, from a spec tag; rendered as a type the client exposes as a property.
public struct IRTag: Sendable {
    public var name: String
    /// The client's group struct (`ApiKeys`), which conforms to `protocolName`.
    public var typeName: String
    /// The protocol of the group's operations (`ApiKeysAPI`) that the client, server
    /// implementations and fakes conform to.
    public var protocolName: String
    public var propertyName: String
    public var description: String?
    public var operations: [IROperation]
}

/// The Swift types that need no model: the standard library's, Foundation's and the runtime's.
public enum BuiltinType: String, Sendable, Hashable, CaseIterable {
    case string = "String"
    case int = "Int"
    case int32 = "Int32"
    case int64 = "Int64"
    case float = "Float"
    case double = "Double"
    case decimal = "Decimal"
    case bool = "Bool"
    case date = "Date"
    case data = "Data"
    /// Free-form JSON (SDKGenRuntime's `JSONValue`).
    case json = "JSONValue"
}

/// A Swift type as generated code spells it.
public indirect enum TypeRef: Hashable, Sendable {
    case builtin(BuiltinType)
    /// A type the configuration names (`typeOverrides`), which the user provides.
    case custom(String)
    /// A generated model.
    case named(String)
    case array(TypeRef)
    case map(TypeRef)
    /// A value whose schema allows `null`: an array element or map value (`[E?]`), or what the
    /// schema registry decodes a nullable schema as.
    case optional(TypeRef)

    /// The type's Swift spelling: `[String: Pet]`.
    public var swift: String {
        switch self {
        case .builtin(let type): return type.rawValue
        case .custom(let name), .named(let name): return name
        case .array(let element): return "[\(element.swift)]"
        case .map(let value): return "[String: \(value.swift)]"
        case .optional(let wrapped): return wrapped.swift + "?"
        }
    }

    /// The model this type names, if any, for links in docs.
    public var modelName: String? {
        switch self {
        case .named(let name): return name
        case .array(let element), .map(let element), .optional(let element): return element.modelName
        case .builtin, .custom: return nil
        }
    }

    /// Every type name the spelling uses: `[String: Pet]` uses `String` and `Pet`.
    var typeNames: [String] {
        switch self {
        case .builtin(let type): return [type.rawValue]
        case .custom(let name), .named(let name): return [name]
        case .array(let element): return element.typeNames
        case .map(let value): return ["String"] + value.typeNames
        case .optional(let wrapped): return wrapped.typeNames
        }
    }

    static let string = TypeRef.builtin(.string)
    static let json = TypeRef.builtin(.json)
    static let data = TypeRef.builtin(.data)
}

/// How a body is written or read. One list for requests and responses.
public enum BodyCoding: Sendable, Hashable {
    /// JSON, decoded into or encoded from the body's type.
    case json
    /// `text/*`: a `String`.
    case text
    /// `application/x-www-form-urlencoded`: an object's members as form fields (requests only).
    case form
    /// `multipart/form-data`: an object's members as parts (requests only).
    case multipart
    /// Anything else: the raw bytes as `Data`.
    case binary
    /// `text/event-stream`, read event by event (`EventStream`): the coding of an operation's
    /// stream (`IRStream`) only, as are the next two.
    case serverSentEvents
    /// `application/jsonl` and `application/x-ndjson`: a JSON value per line.
    case jsonLines
    /// `application/json-seq` (RFC 7464).
    case jsonSequence

    /// The streaming coding of a media type, when it has one.
    public static func streaming(_ contentType: String) -> BodyCoding? {
        switch MediaTypeName.base(contentType) {
        case "text/event-stream": return .serverSentEvents
        case "application/jsonl", "application/x-ndjson": return .jsonLines
        case "application/json-seq": return .jsonSequence
        default: return nil
        }
    }
}

/// A request or response body: its Swift type, how it is coded and its media type.
public struct IRContent: Sendable, Hashable {
    public var type: TypeRef
    public var coding: BodyCoding
    /// As the spec writes it, parameters included: `application/json; charset=utf-8`.
    public var contentType: String
    /// Where the JSON schema of the body is in the (bundled) document, when it has one: what the
    /// schema registry (`--schema-registry`) lists it under.
    public var schemaPointer: String? = nil
    /// The body's schema allows `null` (what the schema registry lists as `T?`).
    public var schemaAllowsNull = false
}

public struct IROperation: Sendable {
    public var operationID: String
    public var swiftName: String
    public var method: HTTPMethod
    public var path: String
    public var origin: Origin
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    /// Parameters in call order (path first, then required, body, optional).
    public var parameters: [IRParameter]
    public var body: IRBody?
    /// Every documented response, in status order, for docs.
    public var responses: [IRResponse]
    /// What the method returns; with `signature`, the one description of the method that the
    /// code, its doc comment and the docs page all spell.
    public var result: IRResult
    /// The media type the client asks for (`Accept`), when a success response has a body.
    public var acceptedContentType: String?
    /// The documented success statuses and what each returns; a status not listed here, nor in
    /// `errors`, throws without decoding its body.
    public var successes: [IRSuccess]
    /// Documented error statuses whose JSON body decodes, grouped by body type in status order.
    public var errors: [IRErrorCase]
    /// The type of the `default` response's JSON body, decoded for any undocumented status.
    public var defaultError: TypeRef?
    /// Alternatives; each alternative lists schemes used together.
    public var security: [[String]]
    /// With `server: true`: the enum of the documented error responses, which the server
    /// implementation throws (nil when the operation documents none).
    public var serverErrors: IRServerErrors? = nil
    /// How to walk the operation's pages, when it is cursor-paginated (`findPagination`).
    public var pagination: IRPagination? = nil
    /// Its JSON body carries an idempotency key (`idempotency` in `sdkgen.yaml`; `findIdempotency`).
    public var idempotency: IRIdempotency? = nil
    /// The operation's streaming forms: its events, when a success response offers a streaming
    /// media type, and its body's bytes as they arrive, when the method returns `Data`.
    public var streams: [IRStream] = []
    /// What the docs' examples pass for each argument the caller must give (`signature`'s
    /// non-optional arguments, in order): chosen by `chooseExamples`.
    public var examples: [IRExample] = []

    /// The request body is bytes (`Data`): the method also takes it as an `HTTPBody`, sent as it
    /// is read (a file or a stream, never collected).
    public var streamsRequestBody: Bool {
        body?.content.coding == .binary && body?.content.type == .data
    }

    /// The method's arguments in order: path parameters, required ones, the body, optional ones.
    public var signature: [IRArgument] {
        var arguments: [IRArgument] = []
        let leading = parameters.filter { $0.location == .path || $0.required }
        for (index, parameter) in parameters.enumerated() where parameter.location == .path || parameter.required {
            arguments.append(IRArgument(source: .parameter(index), swiftName: parameter.swiftName, type: parameter.type, optional: false, unlabeled: false))
        }
        if let body {
            arguments.append(IRArgument(source: .body, swiftName: "body", type: body.content.type, optional: !body.required, unlabeled: leading.isEmpty))
        }
        for (index, parameter) in parameters.enumerated() where parameter.location != .path && !parameter.required {
            arguments.append(IRArgument(source: .parameter(index), swiftName: parameter.swiftName, type: parameter.type, optional: true, unlabeled: false))
        }
        return arguments
    }
}

/// One argument of an operation's method.
public struct IRArgument: Sendable {
    public enum Source: Sendable, Hashable {
        /// `IROperation.parameters[index]`.
        case parameter(Int)
        case body
    }

    public var source: Source
    public var swiftName: String
    public var type: TypeRef
    /// `Type? = nil`: the caller may leave it out.
    public var optional: Bool
    /// `_ body`: the body is the first argument and needs no label.
    public var unlabeled: Bool
}

/// What an operation's method returns.
public enum IRResult: Sendable {
    /// Nothing (`async throws`).
    case none
    /// The success body.
    case body(TypeRef)
    /// Only the success response's headers, when it has no body.
    case headers(IRHeaders)
    /// `(body: T, headers: H)`.
    case bodyAndHeaders(TypeRef, IRHeaders)
    /// Different bodies (or a body and none) by status: an enum with a case per status.
    case responses(IRResponses)

    /// The headers model, for the cases that return one.
    public var headers: IRHeaders? {
        switch self {
        case .headers(let headers), .bodyAndHeaders(_, let headers): return headers
        case .none, .body, .responses: return nil
        }
    }

    /// The body type, for the cases that have one.
    public var bodyType: TypeRef? {
        switch self {
        case .body(let type), .bodyAndHeaders(let type, _): return type
        case .responses(let responses): return .named(responses.name)
        case .none, .headers: return nil
        }
    }
}

/// The model of a success response's documented headers, and its fields.
public struct IRHeaders: Sendable {
    public var name: String
    public var fields: [IRResponseHeader]
}

/// The model of an operation with several kinds of success, and its cases.
public struct IRResponses: Sendable {
    public var name: String
    public var cases: [IRResponseCase]
}

/// A documented success status and what the method returns for it.
public struct IRSuccess: Sendable {
    public var status: ResponseStatus
    /// The body, read as its coding; nil when the status has none.
    public var content: IRContent?
    /// The case of the operation's responses enum that this status returns, when it has one.
    public var responseCase: String?
    /// A success the method cannot return: it has no body, while the method returns one. Such a
    /// response throws.
    public var throwsInstead: Bool
}

/// Error statuses whose JSON body decodes into `type`.
public struct IRErrorCase: Sendable {
    public var statuses: [ResponseStatus]
    public var type: TypeRef
}

/// A paginated operation: how one page leads to the next, and where a page's items are.
/// Cursor pages are found in the spec (Kalshi's style); every style can be set in `sdkgen.yaml`.
public struct IRPagination: Sendable {
    public enum Style: Sendable, Equatable {
        /// The query parameter takes the cursor the page's `cursorProperty` gave.
        case cursor
        /// The query parameter is an offset (items skipped) or a page number.
        case offset, page
        /// The response's `Link` header (`rel="next"`) gives the next page's URL.
        case link
    }

    /// The method that returns every page (`getMarketsPages`).
    public var methodName: String
    public var style: Style
    /// The index in `IROperation.parameters` of the query parameter that moves from page to
    /// page (none for `link`).
    public var parameter: Int?
    /// The index of the page-size parameter (`offset` and `page`), when there is one.
    public var limitParameter: Int? = nil
    /// The operation's result: the page (its body, or its body and headers).
    public var pageType: TypeRef
    /// The headers model when the operation returns the body with its headers.
    public var headersType: String? = nil
    /// For `cursor`: the Swift name of the page's property with the next cursor.
    public var cursorProperty: String?
    public var cursorOptional: Bool
    /// The page's property that holds the items; nil with `itemType` set: the body is the array.
    public var itemsProperty: String?
    public var itemsOptional: Bool
    public var itemType: TypeRef?
}

/// A second method of an operation that returns a success response as it arrives: the same
/// request asking for the response's media type.
///
/// For a streaming media type (`text/event-stream`, JSON Lines, JSON Sequence) it returns the
/// events one by one (`EventStream`), named the operation's name plus `Stream`; for a binary
/// body, the body itself (`HTTPBody`, not collected and so not bounded), named plus `Body`.
public struct IRStream: Sendable {
    public var methodName: String
    public var status: ResponseStatus
    /// The type of each event and the framing (`coding`), or `Data` and `.binary`; and the media
    /// type the method accepts.
    public var content: IRContent

    public var isBinary: Bool { content.coding == .binary }
}

/// The documented non-success responses of an operation, as an error its server implementation
/// throws: a case per status, carrying the body when the status has one.
public struct IRServerErrors: Sendable {
    public var name: String
    public var cases: [IRServerErrorCase]
}

public struct IRServerErrorCase: Sendable {
    public var swiftName: String
    /// A code, or a range or `default`, whose case also carries the status sent.
    public var status: ResponseStatus
    public var description: String
    public var content: IRContent?
}

public struct IRParameter: Sendable {
    public var name: String
    public var swiftName: String
    public var location: ParameterLocation
    public var type: TypeRef
    public var required: Bool
    public var description: String?
    /// The spec's `style`, defaulted by location (`form` for query and cookie, `simple` otherwise).
    public var style: ParameterStyle
    public var explode: Bool
    public var origin: Origin? = nil
    /// The schema's `default`, when Swift can hold it (as for properties): what the server
    /// assumes when the parameter is left out.
    public var defaultValue: IRDefaultValue? = nil
    /// The parameter's `example` (else its schema's), when Swift can hold it: what the docs'
    /// examples pass.
    public var example: IRDefaultValue? = nil
}

/// An operation whose request may be sent again: its body carries an idempotency key.
public struct IRIdempotency: Sendable, Hashable {
    /// Where the keys are, in Swift: `clientOrderID`, `orders[].clientOrderID`.
    public var keys: [String]
    /// The optional keys the SDK fills with a UUID when the caller leaves them out.
    public var fills: [IRIdempotencyFill]
}

/// One key to fill: a property of the body, or of each element of one of its array properties.
public struct IRIdempotencyFill: Sendable, Hashable {
    /// The key's Swift property.
    public var property: String
    /// The body's array property whose elements hold the key (a batch), if it is not the body's own.
    public var array: String?
    public var arrayOptional = false
}

public struct IRBody: Sendable {
    public var content: IRContent
    /// For multipart bodies: the object's fields, each a text or file part.
    public var multipartFields: [IRMultipartField] = []
    public var required: Bool
    public var description: String?
    /// Every media type the spec offers for the body, in its order (`content` is the one chosen).
    public var mediaTypes: [String] = []
}

public struct IRMultipartField: Sendable {
    public var name: String
    public var swiftName: String
    /// `Data`: sent as a file part.
    public var isFile: Bool
}

public struct IRResponse: Sendable {
    public var status: ResponseStatus
    public var description: String
    /// The body the operation's method reads: a streaming media type only when the response
    /// offers nothing else (then read whole, as text or bytes).
    public var content: IRContent?
    public var headers: [String]
    /// The response's streaming media type, when it offers one next to or instead of `content`.
    public var stream: IRContent? = nil
    /// Every media type the spec lists for the response, in its order.
    public var mediaTypes: [String] = []
    /// Where the status is listed under `responses`, for messages and API diffs.
    public var origin: Origin? = nil
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
    /// The schema allows `null`: where it is used, the value is optional (the type itself is not).
    public var nullable = false
    /// An inline schema identical to another type: `kind` is an alias of it, and docs describe it
    /// on that type's page.
    public var isShared = false
    /// For an alias of a scalar type: the schema's `example` (`FixedPointDollars`: `"0.5600"`).
    public var example: IRDefaultValue? = nil

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
    /// The schema's `default`, when Swift can hold it: a property the server leaves out decodes
    /// to it, and the initializer takes it as the argument's default. Such a property is not
    /// optional (unless it is nullable, and then it has no default here).
    public var defaultValue: IRDefaultValue? = nil
    /// The schema's `example`, when Swift can hold it (as for `defaultValue`): what the docs'
    /// examples pass for the property.
    public var example: IRDefaultValue? = nil
    /// Closes a cycle of structs: stored on the heap in an `Indirect`.
    public var indirect = false
    /// The object's `additionalProperties`: every key the other properties do not name, as a
    /// `[String: T]` (`type`); its `name` is `*`.
    public var holdsOtherKeys = false
    /// Where the property's schema is, for messages and API diffs.
    public var origin: Origin? = nil
}

/// A schema `default` of a type Swift spells as a literal.
public struct IRDefaultValue: Sendable, Hashable {
    public enum Literal: Sendable, Hashable {
        case string(String)
        /// The number's text as the spec writes it (`100`, `0.5`), checked to fit the type.
        case number(String)
        case bool(Bool)
    }

    public var literal: Literal
    /// For a string or integer enum: the enum, made from the literal by `init(rawValue:)`.
    public var enumType: String?
}

public struct IREnumCase: Sendable {
    public var swiftName: String
    /// The wire value's text exactly as written in the spec.
    public var value: String
}

public struct IRResponseHeader: Sendable {
    public var name: String
    public var swiftName: String
    /// `String`, `Int`, `Int32`, `Int64`, `Double` or `Bool`.
    public var type: TypeRef
    public var description: String?
}

public struct IRResponseCase: Sendable {
    public var swiftName: String
    public var status: ResponseStatus
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
    /// The payload's JSON property names, when it is an object (or a union of objects: every
    /// member's names) and the union has other such cases (set by `recordUnionCaseKeys`): decoding tries first the case that knows the most of
    /// the keys an object has, not merely the first that decodes.
    public var objectKeys: ObjectKeys? = nil

    /// An object case's JSON property names, those of them its schema requires, and the values
    /// its string-enum properties allow.
    public struct ObjectKeys: Sendable, Equatable {
        public var names: [String]
        public var required: [String]
        /// Each property whose schema is a string `enum` (of at most `EnumProperty.limit` values),
        /// in property order.
        public var enums: [EnumProperty]
        /// The case keeps keys it does not name (free-form JSON, a map, `additionalProperties`).
        public var keepsOtherKeys: Bool

        public init(names: [String], required: [String], enums: [EnumProperty] = [], keepsOtherKeys: Bool = false) {
            self.names = names
            self.required = required
            self.enums = enums
            self.keepsOtherKeys = keepsOtherKeys
        }

        public struct EnumProperty: Sendable, Equatable {
            /// Longer lists are left out: they tell cases apart rarely and cost code.
            public static let limit = 32
            public var name: String
            public var values: [String]

            public init(name: String, values: [String]) {
                self.name = name
                self.values = values
            }
        }
    }
}

/// The messages of a WebSocket connection, as the client sees them.
public struct IRMessaging: Sendable {
    /// The AsyncAPI version of the document.
    public var version: String
    /// What the server sends (`ServerMessage`) and what the client sends (`ClientMessage`).
    public var server: IRMessageSet
    public var client: IRMessageSet
    /// The channels, in document order: each a docs page.
    public var channels: [IRChannel] = []
}

/// A channel of an AsyncAPI document and the messages that travel on it.
public struct IRChannel: Sendable {
    /// The channel's key (`orderbook_delta`) and its page's name (`OrderbookDeltaChannel`).
    public var key: String
    public var pageName: String
    public var title: String?
    public var description: String?
    public var address: String?
    /// Its messages: the case each is, and whether the server sends it.
    public var messages: [(message: IRMessage, fromServer: Bool)]
}

/// The messages one side sends, told apart by the constant value of one property.
public struct IRMessageSet: Sendable {
    /// The property whose constant tells the messages apart (`type`); nil when they share none.
    public var discriminator: String?
    public var messages: [IRMessage]
    /// The path in the payload to the id that ties a reply to its request (`["reqid"]`): the
    /// document's `correlationId`, or `messaging.correlation` in `sdkgen.yaml`.
    public var correlation: [String]? = nil
    /// Messages that are not JSON text (`application/octet-stream`: Kalshi's ping and pong
    /// control frames), which the enums leave to the transport.
    public var notJSON: [String] = []
}

public struct IRMessage: Sendable {
    /// The message's key in the document (`orderbookSnapshot`).
    public var key: String
    /// The enum case (`orderbookSnapshot`).
    public var caseName: String
    /// The payload's Swift type; nil for a payload without a JSON Schema (sent as `JSONValue`).
    public var type: String?
    /// The discriminator's value for this message (`orderbook_snapshot`); nil when it has none.
    public var tag: String?
    /// How many properties its payload requires: of several messages with one tag, the one that
    /// requires the most is tried first.
    public var required: Int
    /// Constants one or two levels into its payload (`params.action` is one of ...), by which it
    /// is told apart from other messages with its tag.
    public var constants: [(path: [String], values: [String])]
    public var title: String?
    public var summary: String?
    public var examples: [(name: String?, json: String)]
    public var origin: Origin
}
