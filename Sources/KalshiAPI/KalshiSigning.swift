import Crypto
import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime
import _CryptoExtras

/// An API key id and its private key, for signing Kalshi requests.
///
/// Descriptions show the key id and the algorithm, never the private key.
public struct KalshiCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    enum Signer: Sendable {
        case rsa(_RSA.Signing.PrivateKey)
        /// The 32-byte seed; the key type itself is not `Sendable`.
        case ed25519(Data)
    }

    public let keyID: String
    let signer: Signer

    /// Reads a PEM private key: RSA as PKCS#1 (`BEGIN RSA PRIVATE KEY`) or PKCS#8 (`BEGIN PRIVATE KEY`),
    /// or Ed25519 as PKCS#8.
    /// - Throws: `KalshiCredentialsError` when the text is not such a key; the message never quotes it.
    public init(keyID: String, privateKeyPEM: String) throws {
        self.keyID = keyID
        let pem = privateKeyPEM.trimmingCharacters(in: .whitespacesAndNewlines)
        if pem.contains("-----BEGIN PRIVATE KEY-----"), let der = Self.derBody(of: pem), let seed = Self.ed25519Seed(fromPKCS8: der) {
            do {
                signer = .ed25519(try Curve25519.Signing.PrivateKey(rawRepresentation: seed).rawRepresentation)
            } catch {
                throw KalshiCredentialsError(reason: "the Ed25519 key is malformed")
            }
            return
        }
        if let problem = Self.unusablePEM(pem) { throw KalshiCredentialsError(reason: problem) }
        do {
            signer = .rsa(try _RSA.Signing.PrivateKey(pemRepresentation: pem))
        } catch {
            throw KalshiCredentialsError(reason: "the PEM text is not a readable RSA (2048 bits or more) or Ed25519 private key")
        }
    }

    /// Reads the PEM file at `path`.
    public init(keyID: String, privateKeyFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw KalshiCredentialsError(reason: "cannot read the private key file '\(path)'")
        }
        try self.init(keyID: keyID, privateKeyPEM: String(decoding: data, as: UTF8.self))
    }

    /// The base64 signature of `message`: RSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt) or Ed25519.
    public func sign(_ message: String) throws -> String {
        switch signer {
        case .rsa(let key):
            return try key.signature(for: Data(message.utf8), padding: .PSS).rawRepresentation.base64EncodedString()
        case .ed25519(let seed):
            let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
            return try key.signature(for: Data(message.utf8)).base64EncodedString()
        }
    }

    public var algorithm: String {
        switch signer {
        case .rsa: return "RSA-PSS"
        case .ed25519: return "Ed25519"
        }
    }

    public var description: String { "KalshiCredentials(keyID: \(keyID), algorithm: \(algorithm), privateKey: <redacted>)" }
    public var debugDescription: String { description }

    /// Why a PEM text cannot sign, named after its label; nil for an unencrypted RSA or PKCS#8 key.
    static func unusablePEM(_ pem: String) -> String? {
        let label = pem.range(of: "-----BEGIN ").flatMap { start in
            pem[start.upperBound...].range(of: "-----").map { String(pem[start.upperBound..<$0.lowerBound]) }
        }
        switch label {
        case "RSA PRIVATE KEY":
            return pem.contains("ENCRYPTED") ? "the RSA private key is encrypted (Proc-Type: 4,ENCRYPTED); decrypt it first, for example with `openssl rsa -in key.pem -out plain.pem`" : nil
        case "PRIVATE KEY":
            return nil
        case "ENCRYPTED PRIVATE KEY":
            return "the private key is encrypted ('-----BEGIN ENCRYPTED PRIVATE KEY-----'); decrypt it first, for example with `openssl pkcs8 -in key.pem -out plain.pem`"
        case "PUBLIC KEY", "RSA PUBLIC KEY":
            return "this is a public key ('-----BEGIN \(label!)-----'); signing needs the private key that belongs to it (the public key is what you give Kalshi)"
        case "CERTIFICATE":
            return "this is a certificate ('-----BEGIN CERTIFICATE-----'); signing needs a private key"
        case "OPENSSH PRIVATE KEY":
            return "this is an OpenSSH private key; convert it to PKCS#8 PEM first, for example with `ssh-keygen -p -m PKCS8 -f key`"
        case "EC PRIVATE KEY":
            return "this is an elliptic-curve (EC) private key; Kalshi keys are RSA or Ed25519"
        case let other?:
            return "this PEM holds '\(other)', not a private key; expected '-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----'"
        case nil:
            return "expected a PEM private key ('-----BEGIN RSA PRIVATE KEY-----' or '-----BEGIN PRIVATE KEY-----')"
        }
    }

    /// The base64 body of a PEM block, decoded. Lines may end in `\n` or `\r\n` (a key saved on
    /// Windows): `"\r\n"` is one `Character`, which `split(separator: "\n")` does not split at.
    static func derBody(of pem: String) -> Data? {
        let body = pem.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("-----") }.joined()
        return Data(base64Encoded: body.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The 32-byte seed of a PKCS#8 Ed25519 key (RFC 8410: OID 1.3.101.112, an OCTET STRING in an OCTET STRING).
    static func ed25519Seed(fromPKCS8 der: Data) -> Data? {
        let bytes = [UInt8](der)
        let oid: [UInt8] = [0x06, 0x03, 0x2B, 0x65, 0x70]
        guard let oidEnd = (0...max(0, bytes.count - oid.count)).first(where: { Array(bytes[$0..<min(bytes.count, $0 + oid.count)]) == oid }).map({ $0 + oid.count }) else { return nil }
        let rest = Array(bytes[oidEnd...])
        guard rest.count >= 36, rest[0] == 0x04, rest[1] == 0x22, rest[2] == 0x04, rest[3] == 0x20 else { return nil }
        return Data(rest[4..<36])
    }
}

/// Why a private key could not be used; never contains key material.
extension KalshiCredentials {
    /// Kalshi's timestamp: Unix milliseconds, as text.
    public static func timestamp(_ date: Date) -> String {
        String(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// The headers that authenticate a request (or a WebSocket handshake): `KALSHI-ACCESS-KEY`,
    /// `KALSHI-ACCESS-TIMESTAMP` and `KALSHI-ACCESS-SIGNATURE` over `message` (timestamp + METHOD +
    /// path). The one signing rule of the REST middleware and the WebSocket client.
    public func headers(timestamp: String, signing message: String) throws -> [(name: String, value: String)] {
        [("KALSHI-ACCESS-KEY", keyID), ("KALSHI-ACCESS-TIMESTAMP", timestamp), ("KALSHI-ACCESS-SIGNATURE", try sign(message))]
    }
}

public struct KalshiCredentialsError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { "Kalshi credentials: \(reason)" }
}

/// Signs every request the way Kalshi requires: headers `KALSHI-ACCESS-KEY`, `KALSHI-ACCESS-TIMESTAMP`
/// (Unix milliseconds) and `KALSHI-ACCESS-SIGNATURE` over timestamp + METHOD + path, where the path
/// is the one sent: the server's base path (`/trade-api/v2`) followed by the request's path, as
/// the transport joins them, without the query.
public struct KalshiSigningMiddleware: ClientMiddleware, CustomStringConvertible {
    public let credentials: KalshiCredentials
    let now: @Sendable () -> Date

    public init(credentials: KalshiCredentials, now: @escaping @Sendable () -> Date = { Date() }) {
        self.credentials = credentials
        self.now = now
    }

    /// The text Kalshi signs, for a request sent to `baseURL`: the path is the base URL's path and
    /// the request's path up to `?`, joined as they are (`URLSessionTransport` and the other
    /// transports send exactly that; `APIClient` has already dropped the base's trailing slash).
    public static func message(timestamp: String, method: HTTPRequest.Method, baseURL: URL, requestPath: String?) -> String {
        let basePath = URLComponents(url: baseURL, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? baseURL.path
        let path = (requestPath ?? "").split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return timestamp + method.rawValue.uppercased() + basePath + path
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        let timestamp = KalshiCredentials.timestamp(now())
        let message = Self.message(timestamp: timestamp, method: request.method, baseURL: baseURL, requestPath: request.path)
        for (name, value) in try credentials.headers(timestamp: timestamp, signing: message) {
            request.headerFields[HTTPField.Name(name)!] = value
        }
        return try await next(request, body, baseURL)
    }

    public var description: String { "KalshiSigningMiddleware(\(credentials))" }
}

extension Client {
    /// A client whose requests are signed with `credentials`, over `transport`.
    public init(serverURL: URL = Servers.production, credentials: KalshiCredentials, transport: any ClientTransport, middlewares: [any ClientMiddleware] = []) {
        self.init(serverURL: serverURL, transport: transport, middlewares: middlewares + [KalshiSigningMiddleware(credentials: credentials)])
    }
}
