import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The machinery generated servers share: registering operations on a `ServerTransport`, the
/// middlewares, reading requests and writing responses, and turning failures into responses.
///
/// Built on swift-openapi-runtime's `ServerTransport` and `ServerMiddleware`, so the transports
/// of swift-openapi-hummingbird and swift-openapi-vapor serve a generated server unchanged.
public struct APIServer {
    public let transport: any ServerTransport
    public let middlewares: [any ServerMiddleware]
    /// The path of the server URL (`/trade-api/v2`), which every operation's path is under.
    public let basePath: String
    /// Request bodies are collected up to this many bytes; a larger one is refused with 413.
    public var maxRequestBodyBytes = 64 * 1024 * 1024
    let schemes: [String: SecuritySchemeKind]

    /// - Parameters:
    ///   - serverURL: Only its path is used: operations are registered under it.
    ///   - schemes: The spec's security schemes, by name, so handlers can read the credentials a
    ///     request carried (`ServerRequestContext.current`).
    public init(serverURL: URL, transport: any ServerTransport, middlewares: [any ServerMiddleware] = [], schemes: [String: SecuritySchemeKind] = [:]) {
        var path = URLComponents(url: serverURL, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? ""
        while path.hasSuffix("/") { path.removeLast() }
        self.basePath = path
        self.transport = transport
        self.middlewares = middlewares
        self.schemes = schemes
    }

    /// Registers one operation. The handler's thrown `ServerErrorResponse` (the operation's
    /// generated error enum, or `HTTPStatusError`) becomes its response, a
    /// request that cannot be read (`RequestError`) a 400, 401, 413 or 415 with a JSON body that
    /// says why, and any other error a 500 whose body names nothing internal.
    /// - Parameter security: The alternatives of schemes the operation accepts; a request that
    ///   carries none of them is refused with 401 before the handler runs.
    public func register(
        _ method: HTTPRequest.Method, _ path: String, operationID: String, security: [[String]] = [],
        handler: @escaping @Sendable (ServerRequest) async throws -> ServerResponse
    ) throws {
        let schemes = self.schemes
        let limit = maxRequestBodyBytes
        let middlewares = self.middlewares
        var next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?) = { request, body, metadata in
            let incoming = ServerRequest(head: request, body: body, metadata: metadata, operationID: operationID, maxBodyBytes: limit)
            do {
                let credentials = try incoming.credentials(schemes: schemes, security: security)
                return try await ServerRequestContext.$current.withValue(ServerRequestContext(operationID: operationID, credentials: credentials)) {
                    // Enums are closed while the request is read: a value the spec does not list is a 400.
                    try await EnumDecoding.$closed.withValue(true) { try await handler(incoming).parts }
                }
            } catch let error as RequestError {
                return error.response.parts
            } catch let error as any ServerErrorResponse {
                do {
                    return try error.serverResponse().parts
                } catch {
                    return ServerResponse.problem(status: 500, message: "internal server error").parts
                }
            } catch {
                return ServerResponse.problem(status: 500, message: "internal server error").parts
            }
        }
        for middleware in middlewares.reversed() {
            let tail = next
            next = { request, body, metadata in
                try await middleware.intercept(request, body: body, metadata: metadata, operationID: operationID, next: tail)
            }
        }
        try transport.register(next, method: method, path: basePath + path)
    }
}

/// What a handler can know about the request it serves, beyond its arguments.
public struct ServerRequestContext: Sendable {
    public var operationID: String
    /// The credentials the request carried, by security scheme name, read as each scheme says:
    /// `.apiKey` from its header, query item or cookie, `.bearer` and `.basic` from
    /// `Authorization`. Checking them is the handler's (or a middleware's) work.
    public var credentials: [String: Credential]

    /// The request being handled, inside a generated server's handler; nil elsewhere.
    @TaskLocal public static var current: ServerRequestContext?
}

/// A request as a generated handler reads it.
public struct ServerRequest: Sendable {
    public let head: HTTPRequest
    public let body: HTTPBody?
    public let metadata: ServerRequestMetadata
    public let operationID: String
    let maxBodyBytes: Int
    let queryItems: [(String, String)]

    init(head: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String, maxBodyBytes: Int) {
        self.head = head
        self.body = body
        self.metadata = metadata
        self.operationID = operationID
        self.maxBodyBytes = maxBodyBytes
        let query = head.path.flatMap { path in path.firstIndex(of: "?").map { path[path.index(after: $0)...] } } ?? ""
        self.queryItems = ParameterText.queryItems(query)
    }

    // MARK: - Parameters

    /// A path parameter, which every route has.
    public func path<T: Decodable>(_ name: String, as type: T.Type, style: ParameterStyle = .simple, explode: Bool = false) throws -> T {
        guard let raw = metadata.pathParameters[name] else {
            throw RequestError(status: 400, message: "the path parameter '\(name)' is missing", parameter: name, location: "path")
        }
        return try read(ParameterText.path(name, raw: raw, style: style, explode: explode), as: T.self, name: name, location: "path")
    }

    /// A query parameter; nil when the request has none (see `required`).
    public func query<T: Decodable>(_ name: String, as type: T.Type, style: ParameterStyle = .form, explode: Bool = true) throws -> T? {
        if style == .json {
            guard let raw = queryItems.last(where: { $0.0 == name })?.1 else { return nil }
            return try readJSON(ParameterText.percentDecoded(raw, plusIsSpace: true), as: T.self, name: name, location: "query")
        }
        guard let text = ParameterText.query(name, in: queryItems, style: style, explode: explode) else { return nil }
        return try read(text, as: T.self, name: name, location: "query")
    }

    /// A header parameter; nil when absent.
    public func header<T: Decodable>(_ name: String, as type: T.Type, style: ParameterStyle = .simple, explode: Bool = false) throws -> T? {
        guard let field = HTTPField.Name(name), let value = head.headerFields[field] else { return nil }
        if style == .json { return try readJSON(value, as: T.self, name: name, location: "header") }
        return try read(ParameterText.header(value, explode: explode), as: T.self, name: name, location: "header")
    }

    /// A cookie parameter; nil when absent.
    public func cookie<T: Decodable>(_ name: String, as type: T.Type) throws -> T? {
        guard let text = ParameterText.cookie(name, in: cookieHeader) else { return nil }
        return try read(text, as: T.self, name: name, location: "cookie")
    }

    /// Every `Cookie` field as one header (HTTP/2 may split them).
    var cookieHeader: String { head.headerFields[values: .cookie].joined(separator: "; ") }

    /// The value of a required parameter, or a 400 that names it.
    public func required<T>(_ value: T?, _ name: String, in location: String) throws -> T {
        guard let value else {
            throw RequestError(status: 400, message: "the required \(location) parameter '\(name)' is missing", parameter: name, location: location)
        }
        return value
    }

    private func read<T: Decodable>(_ text: ParameterText, as type: T.Type, name: String, location: String) throws -> T {
        do {
            return try text.decode(T.self)
        } catch {
            throw RequestError(status: 400, message: "the \(location) parameter '\(name)' is invalid: \(JSONCoding.describeValue(error))", parameter: name, location: location)
        }
    }

    private func readJSON<T: Decodable>(_ text: String, as type: T.Type, name: String, location: String) throws -> T {
        do {
            return try JSONCoding.decoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw RequestError(status: 400, message: "the \(location) parameter '\(name)' is not valid JSON of its schema: \(JSONCoding.describe(error))", parameter: name, location: location, pointer: JSONCoding.pointer(of: error))
        }
    }

    // MARK: - Bodies

    /// The request's media type without parameters, lowercased; nil without `Content-Type`.
    var mediaType: String? {
        head.headerFields[.contentType].map(APIClient.mediaTypeBase)
    }

    /// The body's bytes, after checking its media type against what the operation accepts
    /// (`*` wildcards allowed); nil when there is no body and it is optional.
    public func bodyData(accepting contentTypes: [String], required: Bool) async throws -> Data? {
        let data: Data
        do {
            if let body { data = try await Data(collecting: body, upTo: maxBodyBytes) } else { data = Data() }
        } catch {
            throw RequestError(status: 413, message: "the request body is larger than \(maxBodyBytes) bytes")
        }
        if data.isEmpty && head.headerFields[.contentType] == nil {
            if required { throw RequestError(status: 400, message: "the request body is required", pointer: "") }
            return nil
        }
        let mediaType = self.mediaType ?? ""
        guard contentTypes.contains(where: { Self.matches(mediaType, $0) }) else {
            throw RequestError(status: 415, message: mediaType.isEmpty ? "the request body has no Content-Type; expected \(contentTypes.joined(separator: " or "))" : "the Content-Type '\(mediaType)' is not accepted; expected \(contentTypes.joined(separator: " or "))")
        }
        return data
    }

    /// Whether a media type matches a spec's (`application/json`, `image/*`, `*/*`).
    static func matches(_ mediaType: String, _ pattern: String) -> Bool {
        let pattern = APIClient.mediaTypeBase(pattern)
        if pattern == "*/*" || pattern == mediaType { return true }
        if pattern.hasSuffix("/*") { return mediaType.hasPrefix(String(pattern.dropLast())) }
        return false
    }

    /// A JSON body as `T`; a body that is not JSON of the schema is a 400 naming the JSON pointer.
    public func json<T: Decodable>(_ type: T.Type, contentType: String, required: Bool) async throws -> T? {
        guard let data = try await bodyData(accepting: [contentType], required: required) else { return nil }
        do {
            return try JSONCoding.decoder().decode(T.self, from: data)
        } catch {
            throw RequestError(status: 400, message: "the request body is invalid: \(JSONCoding.describe(error))", pointer: JSONCoding.pointer(of: error) ?? "")
        }
    }

    public func text(contentType: String, required: Bool) async throws -> String? {
        try await bodyData(accepting: [contentType], required: required).map { String(decoding: $0, as: UTF8.self) }
    }

    public func data(contentType: String, required: Bool) async throws -> Data? {
        try await bodyData(accepting: [contentType], required: required)
    }

    /// An `application/x-www-form-urlencoded` body as `T`, read as `encodeForm` writes it.
    public func form<T: Decodable>(_ type: T.Type, required: Bool) async throws -> T? {
        guard let data = try await bodyData(accepting: ["application/x-www-form-urlencoded"], required: required) else { return nil }
        let items = ParameterText.queryItems(String(decoding: data, as: UTF8.self))
        do {
            return try T(from: FormDecoder(items: items))
        } catch {
            throw RequestError(status: 400, message: "the form body is invalid: \(JSONCoding.describe(error))", pointer: JSONCoding.pointer(of: error) ?? "")
        }
    }

    /// A `multipart/form-data` body as `T`, read as `MultipartForm` writes it: a part per field
    /// (arrays a part per item, objects as JSON parts), files as their bytes.
    public func multipart<T: Decodable>(_ type: T.Type, required: Bool) async throws -> T? {
        guard let data = try await bodyData(accepting: ["multipart/form-data"], required: required) else { return nil }
        let contentType = head.headerFields[.contentType] ?? ""
        guard let parts = MultipartDecoder.parts(of: data, contentType: contentType) else {
            throw RequestError(status: 400, message: "the multipart body cannot be read: it needs a boundary parameter and parts that end with it")
        }
        do {
            return try T(from: MultipartDecoder(parts: parts))
        } catch {
            throw RequestError(status: 400, message: "the multipart body is invalid: \(JSONCoding.describe(error))", pointer: JSONCoding.pointer(of: error) ?? "")
        }
    }

    // MARK: - Security

    /// The credentials the request carries for the operation's schemes; a 401 when the operation
    /// requires security and no alternative is complete.
    func credentials(schemes: [String: SecuritySchemeKind], security: [[String]]) throws -> [String: Credential] {
        var found: [String: Credential] = [:]
        for name in Set(security.joined()) {
            guard let scheme = schemes[name], let credential = credential(for: scheme) else { continue }
            found[name] = credential
        }
        if !security.isEmpty, !security.contains(where: { $0.allSatisfy { found[$0] != nil } }) {
            let names = security.map { $0.joined(separator: " + ") }.joined(separator: " or ")
            throw RequestError(status: 401, message: "the request has no credentials for \(names)")
        }
        return found
    }

    func credential(for scheme: SecuritySchemeKind) -> Credential? {
        switch scheme {
        case .apiKey(let name, .header):
            return HTTPField.Name(name).flatMap { head.headerFields[$0] }.map(Credential.apiKey)
        case .apiKey(let name, .query):
            return queryItems.last { $0.0 == name }.map { .apiKey(ParameterText.percentDecoded($0.1, plusIsSpace: true)) }
        case .apiKey(let name, .cookie):
            return ParameterText.cookie(name, in: cookieHeader).flatMap(\.scalar).map(Credential.apiKey)
        case .http(let scheme):
            guard let authorization = head.headerFields[.authorization] else { return nil }
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == scheme.lowercased() else { return nil }
            let value = parts[1].trimmingCharacters(in: .whitespaces)
            if scheme.lowercased() == "basic" {
                guard let decoded = Data(base64Encoded: value).map({ String(decoding: $0, as: UTF8.self) }), let colon = decoded.firstIndex(of: ":") else { return nil }
                return .basic(username: String(decoded[..<colon]), password: String(decoded[decoded.index(after: colon)...]))
            }
            return .bearer(value)
        case .oauth2:
            guard let authorization = head.headerFields[.authorization], authorization.lowercased().hasPrefix("bearer ") else { return nil }
            return .bearer(String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces))
        }
    }
}

/// What a handler answers: built by the generated code from the handler's result.
public struct ServerResponse: Sendable {
    public var head: HTTPResponse
    public var body: HTTPBody?

    public init(status: Int, headers: HTTPFields = [:], body: HTTPBody? = nil) {
        self.head = HTTPResponse(status: .init(code: status), headerFields: headers)
        self.body = body
    }

    var parts: (HTTPResponse, HTTPBody?) { (head, body) }

    /// A JSON body.
    public static func json(_ value: some Encodable, status: Int, contentType: String = "application/json") throws -> ServerResponse {
        ServerResponse(status: status, headers: [.contentType: contentType], body: HTTPBody(try JSONCoding.encoder().encode(value)))
    }

    public static func text(_ value: String, status: Int, contentType: String = "text/plain") -> ServerResponse {
        ServerResponse(status: status, headers: [.contentType: contentType], body: HTTPBody(value))
    }

    public static func data(_ value: Data, status: Int, contentType: String = "application/octet-stream") -> ServerResponse {
        ServerResponse(status: status, headers: [.contentType: contentType], body: HTTPBody(value))
    }

    public static func empty(status: Int) -> ServerResponse {
        ServerResponse(status: status)
    }

    /// The JSON error body of responses the server makes itself: `{"error": {"message": ...}}`
    /// with `parameter` and `in`, or `pointer` (a JSON pointer into the body), where known.
    static func problem(status: Int, message: String, parameter: String? = nil, location: String? = nil, pointer: String? = nil) -> ServerResponse {
        var error: [String: JSONValue] = ["message": .string(message)]
        if let parameter { error["parameter"] = .string(parameter) }
        if let location { error["in"] = .string(location) }
        if let pointer { error["pointer"] = .string(pointer) }
        let data = (try? JSONCoding.encoder().encode(JSONValue.object(["error": .object(error)]))) ?? Data()
        return ServerResponse(status: status, headers: [.contentType: "application/json"], body: HTTPBody(data))
    }

    /// Sets a response header from a headers model's field (arrays comma-separated); nil sets nothing.
    public mutating func setHeader(_ name: String, _ value: (some Encodable)?) throws {
        guard let value else { return }
        var request = HTTPRequest(method: .get, path: "/")
        try request.setHeader(name, value)
        for field in request.headerFields { head.headerFields.append(field) }
    }
}

/// A request the server refuses before the handler runs.
public struct RequestError: Error, Sendable, CustomStringConvertible {
    public var status: Int
    public var message: String
    public var parameter: String?
    public var location: String?
    public var pointer: String?

    public init(status: Int, message: String, parameter: String? = nil, location: String? = nil, pointer: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
        self.location = location
        self.pointer = pointer
    }

    public var description: String { "\(status): \(message)" }

    var response: ServerResponse {
        ServerResponse.problem(status: status, message: message, parameter: parameter, location: location, pointer: pointer)
    }
}

/// An error a handler throws to answer with a response other than the operation's success. With
/// `--server`, each operation that documents error responses has an enum of them that conforms
/// (`throw FindPetByIDError.notFound(ErrorModel(...))`); `HTTPStatusError` answers any status.
public protocol ServerErrorResponse: Error, Sendable {
    /// The response to send; an error thrown here is a 500.
    func serverResponse() throws -> ServerResponse
}

/// Thrown by a handler to answer with any status, with or without a body. Prefer the operation's
/// generated error enum for the statuses the spec documents: it names them and types their bodies.
public struct HTTPStatusError: ServerErrorResponse {
    public var response: ServerResponse

    public func serverResponse() -> ServerResponse { response }

    public init(_ status: Int, headers: HTTPFields = [:]) {
        response = ServerResponse(status: status, headers: headers)
    }

    public init(_ status: Int, body: some Encodable & Sendable, contentType: String = "application/json", headers: HTTPFields = [:]) throws {
        response = try .json(body, status: status, contentType: contentType)
        for field in headers { response.head.headerFields.append(field) }
    }
}

/// Reads a form body as `encodeForm` writes it: members as `name=value` (arrays repeat the
/// name), nested objects as `name[key]=value`.
struct FormDecoder: Decoder {
    let items: [(String, String)]
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container(items: items, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath, debugDescription: "a form body is an object"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath, debugDescription: "a form body is an object"))
    }

    struct Container<Key: CodingKey>: FlatKeyedContainer {
        let items: [(String, String)]
        var codingPath: [any CodingKey]

        var names: [String] {
            var seen = Set<String>()
            return items.compactMap { item in
                let name = item.0.firstIndex(of: "[").map { String(item.0[..<$0]) } ?? item.0
                return seen.insert(name).inserted ? name : nil
            }
        }

        var allKeys: [Key] { names.compactMap { Key(stringValue: $0) } }
        func contains(_ key: Key) -> Bool { names.contains(key.stringValue) }
        func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let text = ParameterText.query(key.stringValue, in: items, style: .form, explode: true) ?? ParameterText.query(key.stringValue, in: items, style: .deepObject, explode: true)
            guard let text else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "the form has no '\(key.stringValue)'"))
            }
            return try T(from: ParameterDecoder(node: .parameter(text), codingPath: codingPath + [key]))
        }

        func superDecoder() throws -> any Decoder { FormDecoder(items: items, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { FormDecoder(items: items, codingPath: codingPath + [key]) }
    }
}

/// Reads a `multipart/form-data` body: each part's name (from `Content-Disposition`), media type
/// and bytes; then a struct's fields from the parts of the same name.
struct MultipartDecoder: Decoder {
    struct Part {
        var name: String
        var contentType: String?
        var data: Data
    }

    let parts: [Part]
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The parts between `--boundary` lines; nil without a boundary or a closing delimiter.
    static func parts(of body: Data, contentType: String) -> [Part]? {
        let parameters = contentType.split(separator: ";").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
        guard var boundary = parameters.first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count) else { return nil }
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = boundary.dropFirst().dropLast() }
        let bytes = [UInt8](body)
        let delimiter = [UInt8](("--" + boundary).utf8)
        // Offsets of every delimiter that starts a line.
        var starts: [Int] = []
        var index = 0
        while index + delimiter.count <= bytes.count {
            if (index == 0 || (index >= 2 && bytes[index - 2] == 13 && bytes[index - 1] == 10)), bytes[index..<index + delimiter.count].elementsEqual(delimiter) {
                starts.append(index)
                index += delimiter.count
            } else {
                index += 1
            }
        }
        guard let last = starts.last, bytes[(last + delimiter.count)...].starts(with: [45, 45]) else { return nil }
        var parts: [Part] = []
        for (start, end) in zip(starts, starts.dropFirst()) {
            // Skip the delimiter's line break; the part ends before the next delimiter's CRLF.
            let content = Array(bytes[min(start + delimiter.count + 2, end - 2)..<(end - 2)])
            guard let blank = content.indices.first(where: { content[$0...].starts(with: [13, 10, 13, 10]) }) else { return nil }
            let headerText = String(decoding: content[..<blank], as: UTF8.self)
            var part = Part(name: "", contentType: nil, data: Data(content[(blank + 4)...]))
            for line in headerText.components(separatedBy: "\r\n") {
                let field = line.split(separator: ":", maxSplits: 1)
                guard field.count == 2 else { continue }
                let value = field[1].trimmingCharacters(in: .whitespaces)
                switch field[0].lowercased() {
                case "content-type": part.contentType = value
                case "content-disposition":
                    for parameter in value.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where parameter.hasPrefix("name=") {
                        var name = parameter.dropFirst("name=".count)
                        if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = name.dropFirst().dropLast() }
                        part.name = ParameterText.percentDecoded(name, plusIsSpace: false)
                    }
                default: break
                }
            }
            parts.append(part)
        }
        return parts
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Container(parts: parts, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath, debugDescription: "a multipart body is an object"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath, debugDescription: "a multipart body is an object"))
    }

    struct Container<Key: CodingKey>: FlatKeyedContainer {
        let parts: [Part]
        var codingPath: [any CodingKey]

        var allKeys: [Key] {
            var seen = Set<String>()
            return parts.compactMap { seen.insert($0.name).inserted ? Key(stringValue: $0.name) : nil }
        }

        func contains(_ key: Key) -> Bool { parts.contains { $0.name == key.stringValue } }
        func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            let named = parts.filter { $0.name == key.stringValue }
            guard let first = named.first else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "the form has no part '\(key.stringValue)'"))
            }
            if T.self is Data.Type { return first.data as! T }
            if named.count == 1, let contentType = first.contentType, ServerRequest.matches(contentType.lowercased(), "application/json") {
                return try JSONCoding.decoder().decode(T.self, from: first.data)
            }
            let texts = named.map { String(decoding: $0.data, as: UTF8.self) }
            return try ParameterText(values: texts, repeats: true, escaping: .none).decode(T.self)
        }

        func superDecoder() throws -> any Decoder { MultipartDecoder(parts: parts, codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { MultipartDecoder(parts: parts, codingPath: codingPath + [key]) }
    }
}
