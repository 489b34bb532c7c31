import Foundation
import HTTPTypes
import KalshiAPI
import Testing

@Suite struct KalshiSigningTests {
    /// The signed path is the one the transport sends: the base path and the request's path as
    /// they are. `APIClient` drops a trailing slash from the server URL before anything sees it.
    @Test(arguments: [
        ("https://h/trade-api/v2", "/api_keys", "1GET/trade-api/v2/api_keys"),
        ("https://h/trade-api/v2/", "/api_keys", "1GET/trade-api/v2//api_keys"),
        ("https://h", "/api_keys?x=1", "1GET/api_keys"),
        ("https://h/trade-api/v2", "/api_keys/%2E%2E", "1GET/trade-api/v2/api_keys/%2E%2E"),
        ("https://h/a%20b", "/c", "1GET/a%20b/c"),
    ])
    func messageSignsThePathAsSent(base: String, path: String, expected: String) {
        #expect(KalshiSigningMiddleware.message(timestamp: "1", method: .get, baseURL: URL(string: base)!, requestPath: path) == expected)
    }

    @Test func messageIncludesBasePathAndDropsQuery() {
        let message = KalshiSigningMiddleware.message(
            timestamp: "1703123456789", method: .get,
            baseURL: URL(string: "https://external-api.kalshi.com/trade-api/v2")!,
            requestPath: "/portfolio/balance?subaccount=1"
        )
        #expect(message == "1703123456789GET/trade-api/v2/portfolio/balance")
    }

    @Test(arguments: [
        ("", "expected a PEM private key"),
        ("not a key", "expected a PEM private key"),
        ("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----", "not a readable RSA"),
        ("-----BEGIN PRIVATE KEY-----\nSECRETSECRET\n-----END PRIVATE KEY-----", "not a readable RSA"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", "this is a public key ('-----BEGIN PUBLIC KEY-----'); signing needs the private key that belongs to it (the public key is what you give Kalshi)"),
        ("-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----", "this is a public key ('-----BEGIN RSA PUBLIC KEY-----')"),
        ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nSECRETSECRET\n-----END ENCRYPTED PRIVATE KEY-----", "the private key is encrypted ('-----BEGIN ENCRYPTED PRIVATE KEY-----'); decrypt it first, for example with `openssl pkcs8 -in key.pem -out plain.pem`"),
        ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nSECRETSECRET\n-----END RSA PRIVATE KEY-----", "the RSA private key is encrypted (Proc-Type: 4,ENCRYPTED)"),
        ("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "this is a certificate"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nSECRETSECRET\n-----END OPENSSH PRIVATE KEY-----", "this is an OpenSSH private key"),
        ("-----BEGIN EC PRIVATE KEY-----\nSECRETSECRET\n-----END EC PRIVATE KEY-----", "this is an elliptic-curve (EC) private key; Kalshi keys are RSA or Ed25519"),
    ])
    func unreadablePEMIsAClearErrorWithoutKeyMaterial(pem: String, expected: String) {
        do {
            _ = try KalshiCredentials(keyID: "id", privateKeyPEM: pem)
            Issue.record("expected an error")
        } catch {
            let text = String(describing: error)
            #expect(text.contains(expected))
            #expect(!text.contains("SECRET"))
            #expect(!text.contains("AAAA"))
        }
    }

    @Test func credentialsNeverDescribeTheKey() throws {
        // A valid Ed25519 PKCS#8 key (RFC 8410 test vector layout with a fixed seed).
        let seed = Data((0..<32).map { UInt8($0) })
        let der = Data([0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]) + seed
        let pem = "-----BEGIN PRIVATE KEY-----\n\(der.base64EncodedString())\n-----END PRIVATE KEY-----"
        let credentials = try KalshiCredentials(keyID: "key-1", privateKeyPEM: pem)
        #expect(credentials.algorithm == "Ed25519")
        let middleware = KalshiSigningMiddleware(credentials: credentials)
        for text in [String(describing: credentials), String(reflecting: credentials), String(describing: middleware), String(reflecting: middleware)] {
            #expect(!text.contains(der.base64EncodedString().prefix(20)))
            #expect(!text.contains(seed.base64EncodedString()))
            #expect(text.contains("<redacted>"))
        }
        let client = Client(credentials: credentials, transport: NoTransport())
        for text in [String(describing: client), String(reflecting: client)] {
            #expect(!text.contains(seed.base64EncodedString()))
            #expect(text.contains("KalshiSigningMiddleware"))
        }
        let signature = try credentials.sign("1703123456789GET/trade-api/v2/portfolio/balance")
        #expect(Data(base64Encoded: signature)?.count == 64)
    }
}

/// A transport for tests that only build clients.
struct NoTransport: ClientTransport {
    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: .noContent), nil)
    }
}
