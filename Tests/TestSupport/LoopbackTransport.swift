import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A server transport and a client transport in one: requests the client sends go to the handler
/// registered for their method and path template, with the path parameters cut out as a server
/// framework would (still percent-encoded).
public final class LoopbackTransport: ServerTransport, ClientTransport, @unchecked Sendable {
    // Handlers are registered before the first request and never changed after.
    private var routes: [(method: HTTPRequest.Method, segments: [Substring], handler: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))] = []

    public init() {}

    public func register(_ handler: @Sendable @escaping (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?), method: HTTPRequest.Method, path: String) throws {
        routes.append((method, path.split(separator: "/", omittingEmptySubsequences: false), handler))
    }

    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        // As a real server sees it: the server URL's path, then the operation's.
        var request = request
        var base = baseURL.path
        while base.hasSuffix("/") { base.removeLast() }
        request.path = base + (request.path ?? "")
        return try await handle(request, body: body)
    }

    /// Routes a request whose path is from the server's root.
    public func handle(_ request: HTTPRequest, body: HTTPBody?) async throws -> (HTTPResponse, HTTPBody?) {
        let path = (request.path ?? "").split(separator: "?", maxSplits: 1).first ?? ""
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for route in routes where route.method == request.method && route.segments.count == segments.count {
            var parameters: [String: Substring] = [:]
            let matches = zip(route.segments, segments).allSatisfy { template, segment in
                if template.hasPrefix("{"), template.hasSuffix("}") {
                    parameters[String(template.dropFirst().dropLast())] = segment
                    return true
                }
                return template == segment
            }
            if matches { return try await route.handler(request, body, ServerRequestMetadata(pathParameters: parameters)) }
        }
        return (HTTPResponse(status: .notFound), nil)
    }

    /// Sends a raw request and returns the status and the body as text.
    public func raw(_ method: HTTPRequest.Method, _ path: String, headers: HTTPFields = [.authorization: "Bearer t0ken"], body: String? = nil) async throws -> (Int, String) {
        var request = HTTPRequest(method: method, scheme: nil, authority: nil, path: path)
        request.headerFields = headers
        let (response, responseBody) = try await handle(request, body: body.map { HTTPBody($0) })
        var text = ""
        if let responseBody { text = try await String(collecting: responseBody, upTo: 1 << 20) }
        return (response.status.code, text)
    }
}

