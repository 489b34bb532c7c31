// Every example of Tests/Fixtures/features/security/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureSecurity
import OpenAPIURLSession

enum GoldenFeatureSecurityExamples {
    static func DefaultApi_admin() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["key": .apiKey("your-api-key"), "session": .apiKey("your-api-key")])
        try await client.default.admin()
    }

    static func DefaultApi_health() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.health()
    }

    static func DefaultApi_me() async throws {
        let client = Client(transport: URLSessionTransport(), credentials: ["token": .bearer("your-token")])
        try await client.default.me()
    }
}
