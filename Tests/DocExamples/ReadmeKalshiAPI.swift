// Every example of README.md, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import KalshiAPI
import OpenAPIURLSession

enum ReadmeKalshiAPIExamples {
    static func program_KalshiBot() async throws {
        // KALSHI_URL: Kalshi's demo exchange by default; `http://127.0.0.1:4010/trade-api/v2` for `sdkgen mock`.
        let environment = ProcessInfo.processInfo.environment
        let serverURL = environment["KALSHI_URL"].flatMap { URL(string: $0) } ?? Servers.demo
        let credentials = try KalshiCredentials(keyID: environment["KALSHI_KEY_ID"] ?? "your-key-id", privateKeyFile: "kalshi.pem")
        let client = Client(serverURL: serverURL, credentials: credentials, transport: URLSessionTransport())

        let page = try await client.market.getMarkets(limit: 5, status: .open)
        for market in page.markets {
            print(market.ticker, market.title ?? "")
        }
        let keys = try await client.apiKeys.getApiKeys()
        print("\(keys.apiKeys.count) API keys:", keys.apiKeys.map(\.name))
        do {
            try await client.apiKeys.deleteApiKey(apiKey: "old-key")
        } catch let error as APIError where error.status == 404 {
            print("already gone")
        }
    }
}
