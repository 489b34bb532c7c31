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
        // The modulus and exponent are read here and the key built from them: swift-crypto 3.x
        // frees the key it allocates twice when its own DER parsing fails (its error path frees
        // it, then the deinit of the half-made object frees it again), which corrupted the heap
        // and aborted the process whenever text that was not a key reached it.
        guard let der = KalshiCredentials.derBody(of: pem), let (n, e) = RSAPublicKeyDER.parameters(of: [UInt8](der)),
              let key = try? _RSA.Signing.PublicKey(n: n, e: e) else {
            throw KalshiCredentialsError(reason: "the PEM text is not a readable RSA (2048 bits or more) or Ed25519 public key")
        }
        verifier = .rsa(key)
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

/// The modulus and public exponent of an RSA public key in DER, read strictly: a
/// SubjectPublicKeyInfo of `rsaEncryption` (`BEGIN PUBLIC KEY`) or a PKCS#1 `RSAPublicKey`
/// (`BEGIN RSA PUBLIC KEY`). Anything else, trailing bytes included, is nil; so are a modulus
/// below 2048 bits and an even exponent.
enum RSAPublicKeyDER {
    static let rsaEncryption: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]

    static func parameters(of der: [UInt8]) -> (n: [UInt8], e: [UInt8])? {
        var outer = Reader(der[...])
        guard let sequence = outer.element(0x30), outer.isEmpty else { return nil }
        var reader = Reader(sequence)
        guard let first = reader.peekTag else { return nil }
        let key: ArraySlice<UInt8>
        if first == 0x30 {
            // SubjectPublicKeyInfo: AlgorithmIdentifier, then the RSAPublicKey in a BIT STRING.
            guard var algorithm = reader.element(0x30).map(Reader.init), algorithm.element(0x06).map(Array.init) == rsaEncryption else { return nil }
            if !algorithm.isEmpty, algorithm.element(0x05)?.isEmpty != true { return nil }
            guard algorithm.isEmpty, let bits = reader.element(0x03), reader.isEmpty, bits.first == 0 else { return nil }
            var inner = Reader(bits.dropFirst())
            guard let rsaKey = inner.element(0x30), inner.isEmpty else { return nil }
            key = rsaKey
        } else {
            key = sequence
        }
        var parameters = Reader(key)
        guard let n = parameters.positiveInteger(), let e = parameters.positiveInteger(), parameters.isEmpty,
              n.count >= 256, n.count > 256 || n.first! >= 0x80, e.last! & 1 == 1, e.count > 1 || e[0] >= 3 else { return nil }
        return (n, e)
    }

    /// DER's tag-length-value elements, one after another.
    struct Reader {
        var bytes: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

        var isEmpty: Bool { bytes.isEmpty }
        var peekTag: UInt8? { bytes.first }

        /// The contents of the next element when it has `tag`, with a minimal length of at most 4 bytes.
        mutating func element(_ tag: UInt8) -> ArraySlice<UInt8>? {
            guard bytes.count >= 2, bytes.first == tag else { return nil }
            var index = bytes.startIndex + 1
            var length = Int(bytes[index])
            index += 1
            if length & 0x80 != 0 {
                let count = length & 0x7F
                guard (1...4).contains(count), bytes.endIndex - index >= count, bytes[index] != 0 else { return nil }
                length = bytes[index..<index + count].reduce(0) { $0 << 8 | Int($1) }
                guard length >= 0x80 else { return nil }
                index += count
            }
            guard bytes.endIndex - index >= length else { return nil }
            defer { bytes = bytes[(index + length)...] }
            return bytes[index..<index + length]
        }

        /// The next INTEGER when it is positive, without its sign byte.
        mutating func positiveInteger() -> [UInt8]? {
            guard let value = element(0x02), let first = value.first, first & 0x80 == 0 else { return nil }
            // Minimal: a leading zero only before a byte whose top bit is set.
            if first == 0 {
                guard value.count > 1, value[value.startIndex + 1] & 0x80 != 0 else { return nil }
                return Array(value.dropFirst())
            }
            return Array(value)
        }
    }
}
