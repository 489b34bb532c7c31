import Crypto
import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime
import _CryptoExtras

/// A public key a Kalshi API key id is registered with: RSA or Ed25519.
public struct KalshiPublicKey: Sendable {
    enum Verifier: Sendable {
        case rsa(_RSA.Signing.PublicKey)
        /// The 32 raw bytes; the key type itself is not `Sendable`.
        case ed25519(Data)
    }

    let verifier: Verifier

    /// Reads a PEM public key: RSA (`BEGIN PUBLIC KEY` or `BEGIN RSA PUBLIC KEY`) or Ed25519
    /// (`BEGIN PUBLIC KEY`, RFC 8410).
    /// - Throws: `KalshiCredentialsError` when the text is not such a key.
    public init(pem: String) throws {
        let pem = pem.trimmingCharacters(in: .whitespacesAndNewlines)
        // An Ed25519 SubjectPublicKeyInfo is 44 bytes: OID 1.3.101.112, then the key as a BIT STRING.
        if let der = KalshiCredentials.derBody(of: pem), der.count == 44, der.prefix(12) == Data([0x30, 0x2A, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x03, 0x21, 0x00]) {
            let raw = der.suffix(32)
            guard (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
                throw KalshiCredentialsError(reason: "the Ed25519 public key is malformed")
            }
            verifier = .ed25519(Data(raw))
            return
        }
        // Only a DER SubjectPublicKeyInfo of rsaEncryption reaches BoringSSL: text that is not
        // one is refused here (handing such text to it aborted the test process, rarely, when
        // other threads used it at the same time).
        let rsaEncryption = Data([0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01])
        guard let der = KalshiCredentials.derBody(of: pem), der.count > 64, der.first == 0x30,
              der.prefix(24).range(of: rsaEncryption) != nil else {
            throw KalshiCredentialsError(reason: "the PEM text is not a readable RSA (2048 bits or more) or Ed25519 public key")
        }
        do {
            verifier = .rsa(try _RSA.Signing.PublicKey(derRepresentation: der))
        } catch {
            throw KalshiCredentialsError(reason: "the PEM text is not a readable RSA (2048 bits or more) or Ed25519 public key")
        }
    }

    /// Whether `signature` (base64) signs `message`: RSA-PSS (SHA-256, MGF1-SHA-256, 32-byte salt)
    /// or Ed25519.
    public func isValidSignature(_ signature: String, for message: String) -> Bool {
        guard let raw = Data(base64Encoded: signature) else { return false }
        switch verifier {
        case .rsa(let key):
            return key.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: raw), for: Data(message.utf8), padding: .PSS)
        case .ed25519(let bytes):
            guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: bytes) else { return false }
            return key.isValidSignature(raw, for: Data(message.utf8))
        }
    }
}

/// The server side of Kalshi's request signing: a `ServerMiddleware` that lets a request through
/// only when `KALSHI-ACCESS-SIGNATURE` is a valid signature, by the key registered for
/// `KALSHI-ACCESS-KEY`, of `KALSHI-ACCESS-TIMESTAMP` + METHOD + path (as the server received it,
/// without the query), and the timestamp is within `window` of now. Anything else is a 401 with a
/// JSON body that says which check failed; the handler never runs.
///
/// A Kalshi mock or test server adds it to `registerHandlers(on:serverURL:middlewares:)` to check
/// what a trading bot sends.
public struct KalshiSignatureVerifier: ServerMiddleware {
    public let publicKeys: [String: KalshiPublicKey]
    public let window: TimeInterval
    let now: @Sendable () -> Date

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - publicKeys: The public key of each key id a request may name in `KALSHI-ACCESS-KEY`.
    ///   - window: How far a timestamp may be from now, either way (default 60 s).
    ///   - now: The current time (tests pass a fixed one).
    public init(publicKeys: [String: KalshiPublicKey], window: TimeInterval = 60, now: @escaping @Sendable () -> Date = { Date() }) {
        self.publicKeys = publicKeys
        self.window = window
        self.now = now
    }

    /// Why a request is refused; nil when its signature holds.
    public func refusal(of request: HTTPRequest) -> String? {
        let field = { (name: String) in HTTPField.Name(name).flatMap { request.headerFields[$0] } }
        guard let keyID = field("KALSHI-ACCESS-KEY"), let timestamp = field("KALSHI-ACCESS-TIMESTAMP"), let signature = field("KALSHI-ACCESS-SIGNATURE") else {
            return "the request is not signed: it needs KALSHI-ACCESS-KEY, KALSHI-ACCESS-TIMESTAMP and KALSHI-ACCESS-SIGNATURE"
        }
        guard let key = publicKeys[keyID] else { return "the key id is not registered" }
        guard timestamp.allSatisfy(\.isASCII), let milliseconds = Int64(timestamp), milliseconds >= 0 else {
            return "KALSHI-ACCESS-TIMESTAMP must be Unix time in milliseconds"
        }
        guard abs(Double(milliseconds) / 1000 - now().timeIntervalSince1970) <= window else {
            return "KALSHI-ACCESS-TIMESTAMP is more than \(Int(window)) s from the server's clock"
        }
        let path = (request.path ?? "").split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard key.isValidSignature(signature, for: timestamp + request.method.rawValue.uppercased() + path) else {
            return "KALSHI-ACCESS-SIGNATURE does not verify for this key, timestamp, method and path"
        }
        return nil
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard let reason = refusal(of: request) else { return try await next(request, body, metadata) }
        let data = try JSONCoding.encoder().encode(JSONValue.object(["error": .object(["message": .string(reason)])]))
        return (HTTPResponse(status: .unauthorized, headerFields: [.contentType: "application/json"]), HTTPBody(data))
    }
}
