import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The request machinery generated operations share: middlewares, transport, JSON coding, errors.
///
/// Built on swift-openapi-runtime's `ClientTransport` and `ClientMiddleware`, so existing transports
/// (`URLSessionTransport`, `AsyncHTTPClientTransport`) and middlewares plug in unchanged.
public struct APIClient: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let serverURL: URL
    public let transport: any ClientTransport
    public let middlewares: [any ClientMiddleware]
    /// Error bodies are kept up to this many bytes.
    public var maxErrorBodyBytes = 64 * 1024
    /// Success bodies are collected up to this many bytes before decoding.
    public var maxResponseBodyBytes = 64 * 1024 * 1024

    /// - Parameter serverURL: The server's URL; trailing slashes of its path are dropped, so the
    ///   base path and an operation's path (which starts with `/`) join with exactly one `/`.
    public init(serverURL: URL, transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) {
        self.serverURL = Self.withoutTrailingSlash(serverURL)
        self.transport = transport
        self.middlewares = middlewares
    }

    /// `http://host/base/` -> `http://host/base`; `http://host/` -> `http://host`.
    static func withoutTrailingSlash(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true), components.percentEncodedPath.hasSuffix("/") else { return url }
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        return components.url ?? url
    }

    /// Sends a request through the middlewares (in order) and then the transport. `idempotent`: the
    /// body carries an idempotency key, so the request is the same request when sent again; the
    /// middlewares see it as `IdempotencyKey.isCarried` (`RetryMiddleware` retries such a POST).
    public func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String, idempotent: Bool) async throws -> (HTTPResponse, HTTPBody?) {
        guard idempotent else { return try await send(request, body: body, operationID: operationID) }
        return try await IdempotencyKey.$isCarried.withValue(true) { try await send(request, body: body, operationID: operationID) }
    }

    /// Sends a request through the middlewares (in order) and then the transport.
    public func send(_ request: HTTPRequest, body: HTTPBody?, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { request, body, url in
            try await transport.send(request, body: body, baseURL: url, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let tail = next
            next = { request, body, url in
                try await middleware.intercept(request, body: body, baseURL: url, operationID: operationID, next: tail)
            }
        }
        do {
            // A page of `Link`-paginated `Pages`: the request goes to the link's URL, and the
            // response's next link is recorded.
            guard let paging = LinkPaging.current else { return try await next(request, body, serverURL) }
            let (response, responseBody) = try await next(paging.request(request, serverURL: serverURL, operationID: operationID), body, serverURL)
            paging.record(response)
            return (response, responseBody)
        } catch let error as APIError {
            throw error
        } catch let error as RetriesExhausted {
            var failure = APIError(kind: .transport, operationID: operationID, underlying: error.description)
            failure.attempts = error.attempts
            throw failure
        } catch {
            throw APIError(kind: .transport, operationID: operationID, underlying: String(describing: error))
        }
    }

    /// Names the server and the types of the transport and middlewares; never their contents,
    /// which may hold credentials.
    public var description: String {
        let names = middlewares.map { String(describing: type(of: $0)) }.joined(separator: ", ")
        return "APIClient(serverURL: \(serverURL.absoluteString), transport: \(type(of: transport)), middlewares: [\(names)])"
    }

    public var debugDescription: String { description }

    // MARK: - Bodies

    /// Encodes a JSON body and sets `Content-Type`.
    public func encodeJSON(_ value: some Encodable, contentType: String = "application/json", into request: inout HTTPRequest) throws -> HTTPBody {
        request.headerFields[.contentType] = contentType
        return HTTPBody(try JSONCoding.encoder().encode(value))
    }

    public func encodeText(_ value: String, contentType: String = "text/plain", into request: inout HTTPRequest) -> HTTPBody {
        request.headerFields[.contentType] = contentType
        return HTTPBody(value)
    }

    public func encodeData(_ value: Data, contentType: String = "application/octet-stream", into request: inout HTTPRequest) -> HTTPBody {
        request.headerFields[.contentType] = contentType
        return HTTPBody(value)
    }

    /// A body given as an `HTTPBody` (a file or a stream) is sent as it is read, never collected.
    public func encodeData(_ value: HTTPBody, contentType: String = "application/octet-stream", into request: inout HTTPRequest) -> HTTPBody {
        request.headerFields[.contentType] = contentType
        return value
    }

    /// Decodes a JSON success body; a body that does not match throws `APIError` with kind `.invalidResponse`.
    public func decodeJSON<T: Decodable>(_ type: T.Type, from body: HTTPBody?, response: HTTPResponse, operationID: String) async throws -> T {
        let data = try await collect(body, upTo: maxResponseBodyBytes, response: response, operationID: operationID)
        if let contentType = response.headerFields[.contentType], !Self.isJSON(contentType) {
            throw APIError(
                kind: .invalidResponse, operationID: operationID, status: response.status.code,
                headers: response.headerFields, body: data.prefix(maxErrorBodyBytes), underlying: "expected a JSON body, got Content-Type '\(contentType)'"
            )
        }
        do {
            return try JSONCoding.decoder().decode(T.self, from: data)
        } catch {
            throw APIError(
                kind: .invalidResponse, operationID: operationID, status: response.status.code,
                headers: response.headerFields, body: data.prefix(maxErrorBodyBytes), underlying: JSONCoding.describe(error)
            )
        }
    }

    /// `application/json`, `text/json` and any `+json` type, with or without parameters: the
    /// generator's rule (`MediaTypeName.isJSON`), so a body typed as JSON is read as JSON.
    static func isJSON(_ contentType: String) -> Bool {
        let base = mediaTypeBase(contentType)
        return base.hasSuffix("/json") || base.hasSuffix("+json")
    }

    /// A media type without its parameters, trimmed and lowercased (`Text/Event-Stream; charset=utf-8`
    /// -> `text/event-stream`): the runtime's one reading of `Content-Type` values, as
    /// `MediaTypeName.base` is the generator's.
    static func mediaTypeBase(_ contentType: String) -> String {
        contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    public func decodeText(from body: HTTPBody?) async throws -> String {
        String(decoding: try await collectData(from: body), as: UTF8.self)
    }

    public func collectData(from body: HTTPBody?) async throws -> Data {
        guard let body else { return Data() }
        return try await Data(collecting: body, upTo: maxResponseBodyBytes)
    }

    private func collect(_ body: HTTPBody?, upTo limit: Int, response: HTTPResponse, operationID: String) async throws -> Data {
        guard let body else { return Data() }
        do {
            return try await Data(collecting: body, upTo: limit)
        } catch {
            throw APIError(kind: .invalidResponse, operationID: operationID, status: response.status.code, headers: response.headerFields, underlying: "the body could not be read: \(error)")
        }
    }

    // MARK: - Errors

    /// The error for a response the operation does not return: its status, headers, a bounded
    /// prefix of the body and, when `decoding` is given and the body matches, the decoded value.
    public func error<E: Decodable & Sendable>(for response: HTTPResponse, body: HTTPBody?, operationID: String, decoding type: E.Type) async -> APIError {
        var error = await self.error(for: response, body: body, operationID: operationID)
        if !error.body.isEmpty, let value = try? JSONCoding.decoder().decode(E.self, from: error.body) {
            error.decodedBody = AnyErrorBody(value)
        }
        return error
    }

    public func error(for response: HTTPResponse, body: HTTPBody?, operationID: String) async -> APIError {
        var data = Data()
        if let body {
            do {
                for try await chunk in body {
                    data.append(contentsOf: chunk.prefix(maxErrorBodyBytes - data.count))
                    if data.count >= maxErrorBodyBytes { break }
                }
            } catch {
                // A broken error body still leaves a useful error: keep what arrived.
            }
        }
        var error = APIError(kind: .unexpectedStatus, operationID: operationID, status: response.status.code, headers: response.headerFields, body: data)
        error.attempts = response.headerFields[.sdkgenAttempts].flatMap { Int($0) }
        return error
    }
}

/// Whether the request being sent carries an idempotency key in its body (Kalshi's
/// `client_order_id`, filled by the generated operation when the caller gives none): the server
/// recognises a second copy as the same request, so it is safe to send again. Set by the generated
/// operations (`idempotency` in `sdkgen.yaml`) for the middlewares of that one request.
public enum IdempotencyKey {
    @TaskLocal public static var isCarried = false
}
