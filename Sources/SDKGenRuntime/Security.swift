import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A security scheme of the spec, as the generated `Security` enum lists them.
public enum SecuritySchemeKind: Sendable, Hashable {
    public enum Location: String, Sendable, Hashable { case header, query, cookie }

    /// `type: apiKey`: a named header, query item or cookie.
    case apiKey(name: String, location: Location)
    /// `type: http` with `scheme: bearer`, `basic` or another scheme name.
    case http(scheme: String)
    /// `oauth2` and `openIdConnect`: the token is obtained by the app and sent as a bearer token.
    case oauth2
}

/// A secret for one scheme. Descriptions never show it.
public enum Credential: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    case apiKey(String)
    case bearer(String)
    case basic(username: String, password: String)

    public var description: String {
        switch self {
        case .apiKey: return "Credential.apiKey(<redacted>)"
        case .bearer: return "Credential.bearer(<redacted>)"
        case .basic(let username, _): return "Credential.basic(username: \(username), password: <redacted>)"
        }
    }

    public var debugDescription: String { description }
}

/// Applies credentials the way each operation's `security` asks: the first alternative whose
/// schemes all have a credential is used; operations that need none are left alone.
public struct AuthenticationMiddleware: ClientMiddleware, CustomStringConvertible {
    let schemes: [String: SecuritySchemeKind]
    let requirements: @Sendable (String) -> [[String]]
    let credentials: [String: Credential]

    public init(schemes: [String: SecuritySchemeKind], requirements: @escaping @Sendable (String) -> [[String]], credentials: [String: Credential]) {
        self.schemes = schemes
        self.requirements = requirements
        self.credentials = credentials
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let alternatives = requirements(operationID)
        if alternatives.isEmpty || alternatives.contains(where: \.isEmpty) {
            return try await next(request, body, baseURL)
        }
        guard let chosen = alternatives.first(where: { $0.allSatisfy { credentials[$0] != nil && schemes[$0] != nil } }) else {
            let options = alternatives.map { $0.joined(separator: " + ") }.joined(separator: " or ")
            throw APIError(kind: .invalidRequest, operationID: operationID, underlying: "the operation needs credentials for \(options)")
        }
        var request = request
        for name in chosen {
            try apply(credentials[name]!, scheme: schemes[name]!, to: &request)
        }
        return try await next(request, body, baseURL)
    }

    func apply(_ credential: Credential, scheme: SecuritySchemeKind, to request: inout HTTPRequest) throws {
        let secret: String
        switch credential {
        case .apiKey(let value), .bearer(let value): secret = value
        case .basic(let username, let password): secret = Data("\(username):\(password)".utf8).base64EncodedString()
        }
        switch scheme {
        case .apiKey(let name, .header):
            try request.setHeader(name, secret)
        case .apiKey(let name, .cookie):
            try request.addCookie(name, secret)
        case .apiKey(let name, .query):
            var query = QueryEncoder()
            try query.append(name, secret)
            let path = request.path ?? "/"
            request.path = path + (path.contains("?") ? "&" + query.string.dropFirst() : query.string)
        case .http(let name):
            let prefix = name.lowercased() == "basic" ? "Basic" : name.lowercased() == "bearer" ? "Bearer" : name
            try request.setHeader("Authorization", prefix + " " + secret)
        case .oauth2:
            try request.setHeader("Authorization", "Bearer " + secret)
        }
    }

    public var description: String { "AuthenticationMiddleware(schemes: \(credentials.keys.sorted()), credentials: <redacted>)" }
}
