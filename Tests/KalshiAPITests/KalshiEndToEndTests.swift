import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import KalshiAPI
import OpenAPIURLSession
import SDKGenRuntime
import Testing
import TestSupport

/// `Server/kalshi_server.py` on 127.0.0.1, with the keys it verifies signatures against.
final class KalshiTestServer {
    struct Startup: Decodable {
        var port: Int
        var rsa_pkcs1: String
        var rsa_pkcs8: String
        var ed25519_pkcs8: String
    }

    let server: PythonServer
    let startup: Startup

    init() throws {
        guard let script = Bundle.module.url(forResource: "kalshi_server", withExtension: "py", subdirectory: "Server") else {
            throw CocoaError(.fileNoSuchFile)
        }
        server = try PythonServer(script: script)
        startup = try JSONDecoder().decode(Startup.self, from: server.startupLine)
    }

    var url: URL { URL(string: "http://127.0.0.1:\(startup.port)/trade-api/v2")! }

    func client(keyID: String, pem: String) throws -> Client {
        Client(serverURL: url, credentials: try KalshiCredentials(keyID: keyID, privateKeyPEM: pem), transport: URLSessionTransport())
    }

    /// What the server saw last: method, raw path, body, content type.
    func lastRequest() async throws -> [String: String] {
        let data = try await fetch(URL(string: "http://127.0.0.1:\(startup.port)/__last")!)
        return try JSONDecoder().decode([String: String].self, from: data)
    }

}

@Suite("Kalshi API keys, end to end against a server that verifies signatures", .serialized, .timeLimit(.minutes(3)))
struct KalshiEndToEndTests {
    let server: KalshiTestServer

    init() throws {
        server = try KalshiTestServer()
    }

    @Test func createListGenerateDeleteWithRSA() async throws {
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)

        let created = try await client.apiKeys.createApiKey(CreateApiKeyRequest(name: "bot", publicKey: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----", scopes: [.read, .writeTrade]))
        #expect(created.apiKeyID == "created-bot")
        let sent = try await server.lastRequest()
        #expect(sent["content_type"] == "application/json")
        #expect(sent["body"]?.contains("\"public_key\"") == true)
        #expect(sent["body"]?.contains("\"write::trade\"") == true)

        let list = try await client.apiKeys.getApiKeys()
        #expect(list.apiKeys.map(\.apiKeyID) == ["k1", "k2"])
        #expect(list.apiKeys[0].scopes == [.read, .write, .unknown("read::a_scope_added_later")])
        #expect(list.apiKeys[1].subaccount == 3)
        #expect(list.apiKeys[1].fcmSubtraderID == nil)
        #expect(list.apiKeyRegionExpirationTs == 1_767_225_600)

        let generated = try await client.apiKeys.generateApiKey(GenerateApiKeyRequest(name: "gen", keyType: .ed25519))
        #expect(generated.keyType == .ed25519)
        #expect(generated.apiKeyID == "generated-1")

        try await client.apiKeys.deleteApiKey(apiKey: "k1")
        let deleted = try await server.lastRequest()
        #expect(deleted["method"] == "DELETE")
        #expect(deleted["path"] == "/trade-api/v2/api_keys/k1")
    }

    @Test func pkcs8RSAAndEd25519KeysSign() async throws {
        let rsa = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs8)
        #expect(try await rsa.apiKeys.getApiKeys().apiKeys.count == 2)
        let ed = try server.client(keyID: "ed-key", pem: server.startup.ed25519_pkcs8)
        #expect(try await ed.apiKeys.getApiKeys().apiKeys.count == 2)
        let query = try await ed.apiKeys.getApiKeys(fcmSubtraderID: "user_1 &x=y")
        #expect(query.apiKeys.count == 2)
        #expect(try await server.lastRequest()["path"] == "/trade-api/v2/api_keys?fcm_subtrader_id=user_1%20%26x%3Dy")
    }

    /// Sent through URLSessionTransport (libcurl on Linux), which resolves `.` and `..` segments:
    /// a key spelled with dots must stay one segment, signed as sent.
    @Test(arguments: [
        (".", "/trade-api/v2/api_keys/%2E"),
        ("..", "/trade-api/v2/api_keys/%2E%2E"),
        ("...", "/trade-api/v2/api_keys/%2E%2E%2E"),
        ("a/../b", "/trade-api/v2/api_keys/a%2F..%2Fb"),
        (". .", "/trade-api/v2/api_keys/.%20."),
    ])
    func pathParameterStaysOneSegment(key: String, sentPath: String) async throws {
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
        try await client.apiKeys.deleteApiKey(apiKey: key)
        let sent = try await server.lastRequest()
        #expect(sent["method"] == "DELETE")
        #expect(sent["path"] == sentPath)
    }

    @Test func anEmptyPathParameterIsRefusedBeforeSending() async throws {
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
        _ = try await client.apiKeys.getApiKeys()
        let error = try await #require(throws: APIError.self) { try await client.apiKeys.deleteApiKey(apiKey: "") }
        #expect(error.kind == .invalidRequest)
        #expect(error.underlying == "the path parameter 'api_key' is empty; a path segment needs a value")
        #expect(try await server.lastRequest()["path"] == "/trade-api/v2/api_keys")
    }

    /// A server URL with a trailing slash joins the operation's path with one `/`, and the
    /// signature covers that path: every call used to fail with 401.
    @Test(arguments: ["/trade-api/v2/", "/trade-api/v2//"])
    func aTrailingSlashInTheServerURLIsJoinedOnce(basePath: String) async throws {
        let url = URL(string: "http://127.0.0.1:\(server.startup.port)\(basePath)")!
        let client = Client(serverURL: url, credentials: try KalshiCredentials(keyID: "rsa-key", privateKeyPEM: server.startup.rsa_pkcs1), transport: URLSessionTransport())
        #expect(try await client.apiKeys.getApiKeys().apiKeys.count == 2)
        #expect(try await server.lastRequest()["path"] == "/trade-api/v2/api_keys")
        try await client.apiKeys.deleteApiKey(apiKey: "..")
        #expect(try await server.lastRequest()["path"] == "/trade-api/v2/api_keys/%2E%2E")
    }

    @Test func badSignatureIs401() async throws {
        // Ed25519 key under the RSA key's id: the server's RSA check fails.
        let client = try server.client(keyID: "rsa-key", pem: server.startup.ed25519_pkcs8)
        let error = try await #require(throws: APIError.self) { try await client.apiKeys.getApiKeys() }
        #expect(error.status == 401)
        #expect(error.kind == .unexpectedStatus)
        #expect(String(decoding: error.body, as: UTF8.self).contains("signature check failed"))
        for text in [String(describing: error), String(reflecting: error)] {
            #expect(!text.contains("KALSHI-ACCESS") && !text.contains("PRIVATE KEY"), "\(text)")
        }
    }

    @Test func notFoundAndServerErrorThrowTypedErrors() async throws {
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
        let missing = try await #require(throws: APIError.self) { try await client.apiKeys.deleteApiKey(apiKey: "missing") }
        #expect(missing.status == 404)
        #expect(missing.operationID == "DeleteApiKey")
        #expect(missing.headers[.contentType] == "application/json")
        let broken = try await #require(throws: APIError.self) { try await client.apiKeys.deleteApiKey(apiKey: "boom") }
        #expect(broken.status == 500)
        #expect(String(decoding: broken.body, as: UTF8.self).contains("something broke"))
    }
}
