// Every example of Tests/Fixtures/features/overrides/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureOverrides
import OpenAPIURLSession

enum GoldenFeatureOverridesExamples {
    static func DefaultApi_getQuote() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.getQuote(ticker: "ticker")
        print(result)
    }
}
