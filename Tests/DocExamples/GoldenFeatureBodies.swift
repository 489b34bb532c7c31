// Every example of Tests/Fixtures/features/bodies/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureBodies
import OpenAPIURLSession

enum GoldenFeatureBodiesExamples {
    static func DefaultApi_sendBinary() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.sendBinary(Data())
        print(result)
        for try await event in try await client.default.sendBinaryStream(Data()) { print(event) }
    }

    static func DefaultApi_sendForm() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.sendForm()
    }

    static func DefaultApi_sendJSON() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.sendJSON(SendJSONRequest())
    }

    static func DefaultApi_sendMultipart() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.sendMultipart(SendMultipartRequest())
    }

    static func DefaultApi_sendText() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.sendText("body")
        print(result)
    }
}
