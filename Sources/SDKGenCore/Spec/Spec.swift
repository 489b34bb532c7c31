/// The OpenAPI document model: plain values mirroring OpenAPI 3.0/3.1, with positions kept.
///
/// Mappings keep document order here; the IR sorts. `$ref`s are kept as `Reference`s and
/// resolved by the lowering stage through `Components`.
public struct Spec: Sendable {
    public var file: String
    public var openapi: String
    public var info: Info
    public var servers: [Server]
    public var paths: [PathItem]
    /// OpenAPI 3.1 webhooks: the SDK gets their types, not methods.
    public var webhooks: [PathItem] = []
    public var components: Components
    public var tags: [Tag]
    public var security: [SecurityRequirement]?
    /// An AsyncAPI document's messages and operations (nil for OpenAPI). Its WebSocket servers
    /// are in `servers`, its schemas (and each inline message payload) in `components.schemas`.
    public var messaging: Messaging? = nil
}

/// What an AsyncAPI 3 document says about the messages of a connection.
public struct Messaging: Sendable {
    /// `asyncapi`: the document's version.
    public var version: String
    public var channels: [Channel]
    public var messages: [Message]
    public var operations: [MessageOperation]

    public struct Channel: Sendable {
        /// The key under `channels`.
        public var key: String
        public var address: String?
        public var title: String?
        public var description: String?
        /// The keys of its messages in `messages`.
        public var messages: [String]
        public var origin: Origin
    }

    public struct Message: Sendable {
        /// The key under `components.messages` (or `<channel>.<key>` for a message written in a
        /// channel).
        public var key: String
        /// `name`: the message's name on the wire, where the document gives one.
        public var name: String?
        public var title: String?
        public var summary: String?
        public var description: String?
        /// `contentType`, or the document's `defaultContentType`.
        public var contentType: String?
        /// The component schema of its payload (an inline payload is added to the components).
        public var payload: String?
        /// `correlationId`: the path of keys in the payload to the id that ties a reply to its
        /// request (`$message.payload#/reqid` -> ["reqid"]).
        public var correlation: [String]? = nil
        /// Each example's name and payload as JSON text.
        public var examples: [(name: String?, json: String)]
        public var origin: Origin
    }

    public struct MessageOperation: Sendable {
        public var key: String
        /// `send` or `receive`, from the side of the application the document describes.
        public var action: String
        public var channel: String
        /// The keys of its messages (all of the channel's when it lists none).
        public var messages: [String]
        /// The keys of the reply's messages, when it declares a reply.
        public var replyMessages: [String]?
        public var title: String?
        public var summary: String?
        public var origin: Origin
    }
}

/// Where a spec value came from: for messages and `- Remark:` lines.
public struct Origin: Hashable, Sendable {
    public var location: SourceLocation
    public var pointer: String
}

public struct Info: Sendable {
    public var title: String
    public var version: String
    public var description: String?
    /// Where `info.version` is written (`sdkgen diff --check-version` points there).
    public var versionOrigin: Origin? = nil
}

public struct Server: Sendable {
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]
    public var origin: Origin? = nil
    /// The server's key, where the document names its servers (AsyncAPI): the Swift name's base.
    public var name: String? = nil
}

public struct ServerVariable: Sendable {
    public var name: String
    public var defaultValue: String
    public var enumValues: [String]
    public var description: String?
}

public struct Tag: Sendable {
    public var name: String
    public var description: String?
}

/// One alternative of a `security` list: every scheme named must be satisfied together.
public struct SecurityRequirement: Sendable, Hashable {
    public var schemes: [String]
}

public struct Reference: Sendable, Hashable {
    public var target: String
    public var origin: Origin
}

/// A value written inline or as a `$ref`.
public enum RefOr<Value: Sendable>: Sendable {
    case reference(Reference)
    case value(Value)
}

public struct PathItem: Sendable {
    public var path: String
    public var parameters: [RefOr<Parameter>]
    public var operations: [Operation]
    public var origin: Origin
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var operationID: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    public var parameters: [RefOr<Parameter>]
    public var requestBody: RefOr<RequestBody>?
    public var responses: [Response.Entry]
    public var security: [SecurityRequirement]?
    public var deprecated: Bool
    public var origin: Origin
}

public struct Parameter: Sendable {
    public var name: String
    public var location: ParameterLocation
    public var required: Bool
    public var description: String?
    public var schema: Schema?
    /// The spec's `style`; nil when it names none (or one OpenAPI does not have, with a warning).
    public var style: ParameterStyle?
    public var explode: Bool?
    /// Set for `content`-based parameters: the value is sent serialized as this media type.
    public var contentType: String?
    public var deprecated: Bool
    /// The parameter's own `example` (its schema may have one too).
    public var example: JSONLiteral? = nil
    public var origin: Origin
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: Schema?
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
    public var origin: Origin
}

public struct Header: Sendable {
    public var description: String?
    public var required: Bool
    public var schema: Schema?
}

public struct Response: Sendable {
    /// A status code (`200`), a range (`4XX`) or `default`, with its response.
    public struct Entry: Sendable {
        public var status: ResponseStatus
        public var response: RefOr<Response>
        public var origin: Origin
    }

    public var description: String
    public var headers: [(name: String, header: RefOr<Header>)]
    public var content: [MediaType]
    public var origin: Origin
}

public struct SecurityScheme: Sendable {
    public var name: String
    /// nil for a type OpenAPI does not define (with a warning); generated as a token scheme.
    public var type: SecuritySchemeType?
    public var description: String?
    /// For `apiKey`: the header, query or cookie name, and where it goes (a header when the spec
    /// says nothing usable).
    public var parameterName: String?
    public var location: APIKeyLocation?
    /// For `http`: `bearer`, `basic`, ...
    public var scheme: String?
    public var bearerFormat: String?
}

public struct Components: Sendable {
    public var schemas: [(name: String, schema: Schema)] = []
    public var parameters: [(name: String, parameter: RefOr<Parameter>)] = []
    public var responses: [(name: String, response: RefOr<Response>)] = []
    public var requestBodies: [(name: String, body: RefOr<RequestBody>)] = []
    public var headers: [(name: String, header: RefOr<Header>)] = []
    public var securitySchemes: [SecurityScheme] = []
}
