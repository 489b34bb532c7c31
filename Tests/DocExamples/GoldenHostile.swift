// Every example of Tests/Fixtures/hostile/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenHostile
import OpenAPIURLSession

enum GoldenHostileExamples {
    static func WeirdTagX1Api_doItNow() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.weirdTagX1.doItNow(itemID: "item-id", body: HostileModelX())
        print(result)
    }
}
