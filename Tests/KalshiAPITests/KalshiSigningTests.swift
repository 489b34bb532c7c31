import Foundation
import HTTPTypes
import KalshiAPI
import Testing

@Suite struct KalshiSigningTests {
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
