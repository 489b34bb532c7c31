// Every example of Tests/Fixtures/features/idempotency/Expected/docs, extracted by DocExamplesTests and compiled by the DocExamples target.
// Do not edit: re-record with `RECORD_GOLDENS=1 swift test`.
import Foundation
import GoldenFeatureIdempotency
import OpenAPIURLSession

enum GoldenFeatureIdempotencyExamples {
    static func DefaultApi_addNote() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.addNote()
    }

    static func DefaultApi_amendOrder() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.amendOrder(orderID: "order_id", body: Amendment())
        print(result)
    }

    static func DefaultApi_createOrder() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.createOrder(NewOrder(ticker: "ticker"))
        print(result)
    }

    static func DefaultApi_createOrders() async throws {
        let client = Client(transport: URLSessionTransport())
        let result = try await client.default.createOrders(NewOrders())
        print(result)
    }

    static func DefaultApi_transfer() async throws {
        let client = Client(transport: URLSessionTransport())
        try await client.default.transfer(Transfer(clientTransferID: "client_transfer_id", amount: 1))
    }
}
