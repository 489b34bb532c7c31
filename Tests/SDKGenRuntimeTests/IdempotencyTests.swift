import Foundation
import GoldenFeatureIdempotency
import OpenAPIURLSession
import SDKGenRuntime
import Testing

/// Operations whose body carries an idempotency key (`Tests/Fixtures/features/idempotency`): the
/// key the caller leaves out is filled with a UUID, the request is marked, and `RetryMiddleware`
/// retries the POST with the same bytes, so the server sees the same key twice.
@Suite("Idempotency keys, over HTTP with a manual clock", .serialized, .timeLimit(.minutes(3)))
struct IdempotencyTests {
    @available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
    func client(_ server: ScriptedServer, _ clock: ManualClock) -> Client {
        Client(serverURL: server.url, transport: URLSessionTransport(), middlewares: [RetryMiddleware(clock: clock, random: { $0 })])
    }

    /// The `client_order_id` of each JSON body the server saw (nil where it had none).
    static func keys(_ bodies: [String], in array: String? = nil) throws -> [String?] {
        try bodies.flatMap { body -> [String?] in
            let object = try #require(JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
            guard let array else { return [object["client_order_id"] as? String] }
            return ((object[array] as? [[String: Any]]) ?? []).map { $0["client_order_id"] as? String }
        }
    }

    @Test func aKeyLeftOutIsFilledAndTheRetryRepeatsIt() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503), ScriptedServer.reply(201, json: #"{"order_id":"o-1"}"#)])
        defer { server.listener.stop() }
        let clock = ManualClock()
        let order = try await client(server, clock).default.createOrder(NewOrder(ticker: "T"))
        #expect(order.orderID == "o-1")
        #expect(server.requests == ["POST /orders", "POST /orders"])
        let keys = try Self.keys(server.bodies)
        #expect(keys.count == 2 && keys[0] == keys[1])
        #expect(UUID(uuidString: try #require(keys[0])) != nil)
        #expect(server.bodies[0] == server.bodies[1])
        #expect(clock.sleeps == [.milliseconds(500)])
    }

    @Test func aKeyTheCallerGivesIsKept() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(201, json: #"{"order_id":"o-1","client_order_id":"mine"}"#)])
        defer { server.listener.stop() }
        _ = try await client(server, ManualClock()).default.createOrder(NewOrder(ticker: "T", clientOrderID: "mine"))
        #expect(try Self.keys(server.bodies) == ["mine"])
    }

    /// A batch: each order without a key gets its own; the one with a key keeps it.
    @Test func eachOrderOfABatchGetsItsOwnKey() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503), ScriptedServer.reply(201, json: "[]")])
        defer { server.listener.stop() }
        _ = try await client(server, ManualClock()).default.createOrders(NewOrders(orders: [NewOrder(ticker: "A"), NewOrder(ticker: "B", clientOrderID: "b"), NewOrder(ticker: "C")]))
        let keys = try Self.keys(server.bodies, in: "orders")
        #expect(keys.count == 6)
        #expect(Array(keys[0..<3]) == Array(keys[3..<6]))
        #expect(keys[1] == "b")
        #expect(Set(keys[0..<3].compactMap { $0 }).count == 3)
        #expect(keys[0].flatMap(UUID.init(uuidString:)) != nil && keys[2].flatMap(UUID.init(uuidString:)) != nil)
    }

    /// Without a key the POST is sent once: the 503 stands. An amend's `client_order_id` is not a
    /// key (`idempotency.except`): not filled, not retried.
    @Test func aPostWithoutAKeyIsSentOnce() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503)])
        defer { server.listener.stop() }
        let clock = ManualClock()
        await #expect(throws: APIError.self) { try await client(server, clock).default.addNote(NewOrder(ticker: "T")) }
        await #expect(throws: APIError.self) { try await client(server, clock).default.amendOrder(orderID: "o-1", body: Amendment(price: 5)) }
        #expect(server.requests == ["POST /notes", "POST /orders/o-1/amend"])
        #expect(try Self.keys(server.bodies) == [nil, nil])
        #expect(clock.sleeps == [])
    }
}
