// Every example of README.md, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import KalshiAPI
import OpenAPIURLSession

enum ReadmeKalshiAPIExamples {
    static func program_KalshiBot() async throws {
        let credentials = try KalshiCredentials(keyID: "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: Servers.demo, credentials: credentials, transport: URLSessionTransport())

        let keys = try await client.apiKeys.getApiKeys()
        for key in keys.apiKeys where key.scopes.contains(.writeTrade) {
            print(key.apiKeyID, key.name)
        }
        do {
            try await client.apiKeys.deleteApiKey(apiKey: "old-key")
        } catch let error as APIError where error.status == 404 {
            print("already gone")
        }
    }
}
