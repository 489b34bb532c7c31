import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Adds a fixed header to every request, such as an API key or `Authorization: Bearer ...`.
///
/// Its description never shows the value.
public struct HeaderAuthenticationMiddleware: ClientMiddleware, CustomStringConvertible, CustomDebugStringConvertible {
    let name: HTTPField.Name
    let value: String

    /// - Throws: `APIError` with kind `.invalidRequest` for an invalid header name or a value with a line break.
    public init(headerName: String, value: String) throws {
        guard let name = HTTPField.Name(headerName) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "'\(headerName)' is not a valid header name")
        }
        guard !value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "the value for header '\(headerName)' contains a line break or NUL")
        }
        self.name = name
        self.value = value
    }

    /// `Authorization: Bearer <token>`.
    public static func bearer(_ token: String) throws -> HeaderAuthenticationMiddleware {
        try HeaderAuthenticationMiddleware(headerName: "Authorization", value: "Bearer " + token)
    }

    /// `Authorization: Basic <base64(user:password)>`.
    public static func basic(username: String, password: String) throws -> HeaderAuthenticationMiddleware {
        try HeaderAuthenticationMiddleware(headerName: "Authorization", value: "Basic " + Data("\(username):\(password)".utf8).base64EncodedString())
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[name] = value
        return try await next(request, body, baseURL)
    }

    public var description: String { "HeaderAuthenticationMiddleware(\(name): <redacted>)" }
    public var debugDescription: String { description }
}
