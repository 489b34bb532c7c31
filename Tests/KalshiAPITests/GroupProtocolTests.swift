import Foundation
import KalshiAPI
import TestSupport
import Testing

/// App code that depends on an operation group's protocol, not on the client.
func apiKeyNames(_ keys: some ApiKeysAPI) async throws -> [String] {
    try await keys.getApiKeys(fcmSubtraderID: nil).apiKeys.map(\.name)
}

/// A test's fake: the protocol's requirements, answered from memory.
actor FakeApiKeys: ApiKeysAPI {
    var keys: [ApiKey] = []

    func createApiKey(_ body: CreateApiKeyRequest) async throws -> CreateApiKeyResponse {
        keys.append(ApiKey(apiKeyID: "fake-\(keys.count)", name: body.name, scopes: body.scopes ?? []))
        return CreateApiKeyResponse(apiKeyID: "fake-\(keys.count - 1)")
    }

    func deleteApiKey(apiKey: String) async throws {
        keys.removeAll { $0.apiKeyID == apiKey }
    }

    func generateApiKey(_ body: GenerateApiKeyRequest) async throws -> GenerateApiKeyResponse {
        throw CancellationError()
    }

    func getApiKeys(fcmSubtraderID: String?) async throws -> GetApiKeysResponse {
        GetApiKeysResponse(apiKeys: keys)
    }
}

@Suite("Operation group protocols", .serialized)
struct GroupProtocolTests {
    @Test func aFakeStandsInForTheClient() async throws {
        let fake = FakeApiKeys()
        let created = try await fake.createApiKey(CreateApiKeyRequest(name: "bot", publicKey: "-----BEGIN PUBLIC KEY-----"))
        #expect(created.apiKeyID == "fake-0")
        #expect(try await apiKeyNames(fake) == ["bot"])
        try await fake.deleteApiKey(apiKey: "fake-0")
        #expect(try await apiKeyNames(fake) == [])
    }

    @Test func theClientGroupIsAnImplementation() async throws {
        let server = try KalshiTestServer()
        let client = try server.client(keyID: "rsa-key", pem: server.startup.rsa_pkcs1)
        let keys: any ApiKeysAPI = client.apiKeys
        #expect(try await apiKeyNames(keys) == ["bot", "sub"])
    }
}

@Suite("The generated Kalshi server")
struct KalshiServerTests {
    /// The signed client's requests, served by `registerHandlers` under the server URL's path.
    @Test func servesAnImplementationToTheClient() async throws {
        let transport = LoopbackTransport()
        let fake = FakeApiKeys()
        try fake.registerHandlers(on: transport, serverURL: Servers.demo)
        let credentials: [String: Credential] = ["kalshiAccessKey": .apiKey("key"), "kalshiAccessSignature": .apiKey("sig"), "kalshiAccessTimestamp": .apiKey("1")]
        let client = Client(serverURL: Servers.demo, transport: transport, credentials: credentials)
        let created = try await client.apiKeys.createApiKey(CreateApiKeyRequest(name: "bot", publicKey: "PEM", scopes: [.unknown("read, write")]))
        #expect(created.apiKeyID == "fake-0")
        let listed = try await client.apiKeys.getApiKeys().apiKeys
        #expect(listed.map(\.apiKeyID) == ["fake-0"])
        #expect(listed.map(\.name) == ["bot"])
        #expect(listed.map(\.scopes) == [[.unknown("read, write")]])
        try await client.apiKeys.deleteApiKey(apiKey: "fake-0")
        #expect(try await apiKeyNames(client.apiKeys) == [])
        // Without Kalshi's headers the server refuses before the implementation runs.
        let (status, body) = try await transport.raw(.get, "/trade-api/v2/api_keys", headers: [:])
        #expect(status == 401)
        #expect(body == #"{"error":{"message":"the request has no credentials for kalshiAccessKey + kalshiAccessSignature + kalshiAccessTimestamp"}}"#)
        // A handler's failure is a 500 that names nothing internal.
        let (failed, failure) = try await transport.raw(.post, "/trade-api/v2/api_keys/generate", headers: [.contentType: "application/json", HTTPField.Name("KALSHI-ACCESS-KEY")!: "k", HTTPField.Name("KALSHI-ACCESS-SIGNATURE")!: "s", HTTPField.Name("KALSHI-ACCESS-TIMESTAMP")!: "1"], body: #"{"name":"x"}"#)
        #expect(failed == 500)
        #expect(failure == #"{"error":{"message":"internal server error"}}"#)
    }
}
