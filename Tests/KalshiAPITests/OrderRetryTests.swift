import Foundation
import HTTPTypes
import KalshiAPI
import OpenAPIURLSession
import SDKGenMock
import SDKGenRuntime
import Testing
import _CryptoExtras

/// An exchange that takes an order and then dies before answering: the first request with a given
/// `client_order_id` places the order and drops the connection; a request with a key it already
/// holds answers with that order, as an exchange that deduplicates on the key does.
final class ForgetfulExchange: @unchecked Sendable {
    private let lock = NSLock()
    /// The orders placed, by client order id, in the order they were placed.
    private(set) var orders: [(clientOrderID: String, orderID: String)] = []
    private(set) var requests = 0
    /// Whether the next new order is answered (false: its connection is dropped).
    var answersNewOrders = false

    func respond(to request: MockRequest) -> MockResponse {
        guard request.method == "POST", request.path == "/trade-api/v2/portfolio/events/orders",
              let body = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any] else {
            return MockResponse(status: 404, headers: [], body: [])
        }
        lock.lock()
        defer { lock.unlock() }
        requests += 1
        guard let key = body["client_order_id"] as? String else {
            // Without a key a retry cannot be told from a new order: place it every time.
            orders.append((clientOrderID: "", orderID: "order-\(orders.count + 1)"))
            return answersNewOrders ? answer(orders.last!) : .dropConnection
        }
        if let placed = orders.first(where: { $0.clientOrderID == key }) { return answer(placed) }
        orders.append((clientOrderID: key, orderID: "order-\(orders.count + 1)"))
        return answersNewOrders ? answer(orders.last!) : .dropConnection
    }

    private func answer(_ order: (clientOrderID: String, orderID: String)) -> MockResponse {
        let json = #"{"order_id":"\#(order.orderID)","client_order_id":"\#(order.clientOrderID)","fill_count":"0.00","remaining_count":"10.00","ts_ms":1715793600123}"#
        return MockResponse(status: 201, headers: [.init(name: "Content-Type", value: "application/json")], body: Array(json.utf8))
    }
}

@Suite("An order is never placed twice", .timeLimit(.minutes(2)))
struct OrderRetryTests {
    let order = CreateOrderV2Request(
        ticker: "HIGHNY-24JAN01-T60", side: .bid, count: "10.00", price: "0.5600",
        timeInForce: .goodTillCanceled, selfTradePreventionType: .takerAtCross)

    @available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
    func client(_ exchange: ForgetfulExchange, listener: HTTPListener) throws -> Client {
        var policy = RetryMiddleware.Policy()
        policy.initialDelay = .milliseconds(20)
        return Client(serverURL: URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")!,
                      credentials: try KalshiCredentials(keyID: "k", privateKeyPEM: try _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation),
                      transport: URLSessionTransport(), middlewares: [RetryMiddleware(policy: policy)])
    }

    /// The SDK fills the key the caller left out, the retry carries the same key, and the caller
    /// gets the one order the exchange placed.
    @Test func aDroppedConnectionIsRetriedIntoTheSameOrder() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = ForgetfulExchange()
        let listener = try HTTPListener(port: 0) { exchange.respond(to: $0) }
        defer { listener.stop() }
        let placed = try await client(exchange, listener: listener).orders.createOrderV2(order)
        #expect(exchange.requests == 2)
        #expect(exchange.orders.count == 1)
        #expect(placed.orderID == "order-1")
        let key = try #require(exchange.orders.first?.clientOrderID)
        #expect(UUID(uuidString: key) != nil)
        #expect(placed.clientOrderID == key)
        #expect(placed.remainingCount == "10.00")
    }

    /// A key the caller gives is the one sent, on every attempt.
    @Test func theCallersKeyIsKept() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = ForgetfulExchange()
        let listener = try HTTPListener(port: 0) { exchange.respond(to: $0) }
        defer { listener.stop() }
        var mine = order
        mine.clientOrderID = "my-order-7"
        let placed = try await client(exchange, listener: listener).orders.createOrderV2(mine)
        #expect(exchange.orders.map(\.clientOrderID) == ["my-order-7"])
        #expect(placed.clientOrderID == "my-order-7")
    }

    /// The guard the key makes possible: a POST without one is never retried, so a dropped
    /// connection reaches the caller once and the exchange holds one order, not two.
    @Test func aPostWithoutAKeyIsNotRetried() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = ForgetfulExchange()
        let listener = try HTTPListener(port: 0) { exchange.respond(to: $0) }
        defer { listener.stop() }
        var policy = RetryMiddleware.Policy()
        policy.initialDelay = .milliseconds(20)
        let retry = RetryMiddleware(policy: policy)
        let url = URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")!
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/trade-api/v2/portfolio/events/orders")
        request.headerFields[.contentType] = "application/json"
        let transport = URLSessionTransport()
        await #expect(throws: (any Error).self) {
            _ = try await retry.intercept(request, body: HTTPBody(#"{"ticker":"T"}"#), baseURL: url, operationID: "CreateOrderV2") { request, body, base in
                try await transport.send(request, body: body, baseURL: URL(string: "http://127.0.0.1:\(listener.port)")!, operationID: "CreateOrderV2")
            }
        }
        #expect(exchange.requests == 1)
        #expect(exchange.orders.count == 1)
    }
}
