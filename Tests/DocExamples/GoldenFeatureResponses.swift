// Every example of Tests/Fixtures/features/responses/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureResponses
import OpenAPIURLSession

enum GoldenFeatureResponsesExamples {
    static func DefaultApi_deleteJob() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.deleteJob(id: 1)
        print(result)
    }

    static func DefaultApi_getJob() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.getJob(id: 1)
        print(result)
    }

    static func DefaultApi_startJob() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.startJob()
        print(result)
    }
}
