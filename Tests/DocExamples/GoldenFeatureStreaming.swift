// Every example of Tests/Fixtures/features/streaming/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureStreaming
import OpenAPIURLSession

enum GoldenFeatureStreamingExamples {
    static func DefaultApi_createCompletion() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.createCompletion(CompletionRequest(prompt: "prompt"))
        print(result)
        for try await event in try await client.default.createCompletionStream(CompletionRequest(prompt: "prompt")) { print(event) }
    }

    static func DefaultApi_downloadFile() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.downloadFile(id: "id")
        print(result)
        var received = Data()
        for try await chunk in try await client.default.downloadFileBody(id: "id") { received.append(contentsOf: chunk) }
    }

    static func DefaultApi_listRecords() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.listRecords()
        print(result)
        for try await event in try await client.default.listRecordsStream() { print(event) }
    }

    static func DefaultApi_tailLogs() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.tailLogs()
        print(result)
        for try await event in try await client.default.tailLogsStream() { print(event) }
    }

    static func DefaultApi_uploadFile() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.uploadFile(id: "id", body: Data())
        print(result)
    }

    static func DefaultApi_watchTicks() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.watchTicks()
        print(result)
        for try await event in try await client.default.watchTicksStream() { print(event) }
    }
}
