import Foundation
import KalshiAPI
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
