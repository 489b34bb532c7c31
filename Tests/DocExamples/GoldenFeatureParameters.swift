// Every example of Tests/Fixtures/features/parameters/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureParameters
import OpenAPIURLSession

enum GoldenFeatureParametersExamples {
    static func DefaultApi_getItem() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.getItem(id: "id", labels: [], page: 1)
    }
}
