import Foundation
import HTTPTypes

/// Every failure of a generated operation: a status the operation does not return, a body that
/// does not decode, or a transport failure.
public struct APIError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// The server answered with a status that is not the operation's success.
        case unexpectedStatus
        /// The response did not match what the spec promised (invalid JSON, wrong shape).
        case invalidResponse
        /// The request could not be built (for example a header value with a line break).
        case invalidRequest
        /// The transport or a middleware failed.
        case transport
    }

    public var kind: Kind
    public var operationID: String
    /// The HTTP status code, when a response arrived.
    public var status: Int?
    public var headers: HTTPFields
    /// The start of the response body (bounded by `APIClient.maxErrorBodyBytes`).
    public var body: Data
    /// The error body decoded as the type the spec documents for this status, when it matched.
    public var decodedBody: AnyErrorBody?
    /// A description of the underlying failure.
    public var underlying: String?
    /// How many times the request was sent, when `RetryMiddleware` sent it more than once.
    public var attempts: Int?

    public init(kind: Kind, operationID: String, status: Int? = nil, headers: HTTPFields = [:], body: Data = Data(), underlying: String? = nil) {
        self.kind = kind
        self.operationID = operationID
        self.status = status
        self.headers = headers
        self.body = Data(body)
        self.underlying = underlying
    }

    /// The decoded error body, when it is a `T`.
    public func decodedBody<T>(as type: T.Type) -> T? {
        decodedBody?.value as? T
    }

    /// Names the operation, status and a short body prefix; never header values, which may hold secrets.
    public var description: String {
        var text = "\(operationID): "
        switch kind {
        case .unexpectedStatus: text += "unexpected status \(status.map(String.init) ?? "?")" + (attempts.map { " (after \($0) attempts)" } ?? "")
        case .invalidResponse: text += "invalid response" + (status.map { " (status \($0))" } ?? "")
        case .invalidRequest: text += "invalid request"
        case .transport: text += "transport failure"
        }
        if let underlying { text += ": \(underlying)" }
        if !body.isEmpty {
            let preview = String(decoding: body.prefix(200), as: UTF8.self)
            text += "; body: \(preview.debugDescription)" + (body.count > 200 ? "…" : "")
        }
        return text
    }
}

/// A decoded error body of any generated type (read it with `APIError.decodedBody(as:)`).
public struct AnyErrorBody: Sendable {
    public let value: any Sendable

    public init(_ value: any Sendable) {
        self.value = value
    }
}
