import Foundation
import HTTPTypes
import KalshiAPI
import OpenAPIURLSession
import SDKGenMock
import SDKGenRuntime
import Testing
import _CryptoExtras

/// Kalshi's mock behind two token buckets enforced the way Kalshi describes them (its own table of
/// the endpoints the tests call, not the limiter's): a request that its bucket cannot pay for is a
/// 429 with Kalshi's body. It counts what each bucket spent and how many it refused.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
final class BucketedKalshi: @unchecked Sendable {
    struct Budget {
        var refill: Double
        var capacity: Double
    }

    private let lock = NSLock()
    private let api: MockAPI
    private let budgets: [String: Budget]
    private var tokens: [String: Double]
    private var updated = ContinuousClock.now
    private(set) var spentTokens: [String: Double] = ["read": 0, "write": 0]
    private(set) var refusedCount = 0
    private var refusing: Set<String> = []
    var listener: HTTPListener!

    init(read: Budget, write: Budget) throws {
        api = try kalshiMock()
        budgets = ["read": read, "write": write]
        tokens = ["read": read.capacity, "write": write.capacity]
        listener = try HTTPListener(port: 0) { [weak self] request in
            self?.answer(request) ?? MockResponse(status: 503, headers: [], body: [])
        }
    }

    var url: URL { URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")! }

    /// The bucket and cost of the endpoints the tests call (Kalshi's docs, 3.31.0).
    static func charge(_ request: MockRequest) -> (bucket: String, cost: Double) {
        let path = request.path.replacingOccurrences(of: "/trade-api/v2", with: "")
        switch (request.method, path) {
        case ("POST", "/portfolio/events/orders/batched"):
            let object = try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]
            return ("write", 10 * Double((object?["orders"] as? [Any])?.count ?? 1))
        case ("POST", "/portfolio/events/orders"): return ("write", 10)
        case ("DELETE", _) where path.hasPrefix("/portfolio/events/orders/"): return ("write", 2)
        case ("GET", _) where path.hasPrefix("/portfolio/orders/"): return ("read", 2)
        default: return ("read", 10)
        }
    }

    var spent: [String: Double] { lock.withLock { spentTokens } }

    /// Answers the next request of `bucket` with a 429 whatever its tokens (as when a second
    /// process spends the same key's budget).
    func refuseNext(_ bucket: String) {
        lock.withLock { _ = refusing.insert(bucket) }
    }
    var refused: Int { lock.withLock { refusedCount } }

    private func answer(_ request: MockRequest) -> MockResponse {
        let (bucket, cost) = Self.charge(request)
        let allowed: Bool = lock.withLock {
            let now = ContinuousClock.now
            let elapsed = updated.duration(to: now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            updated = now
            for (name, budget) in budgets { tokens[name] = min(budget.capacity, tokens[name]! + seconds * budget.refill) }
            if refusing.remove(bucket) != nil || tokens[bucket]! < cost {
                refusedCount += 1
                return false
            }
            tokens[bucket]! -= cost
            spentTokens[bucket]! += cost
            return true
        }
        guard allowed else {
            return MockResponse(status: 429, headers: [.init(name: "Content-Type", value: "application/json")], body: Array(#"{"error":"too many requests"}"#.utf8))
        }
        var local = request
        local.path = request.path.replacingOccurrences(of: "/trade-api/v2", with: "")
        return api.respond(to: local)
    }
}

@Suite("Kalshi's rate limits: budgets, costs, and a bucketed server", .serialized, .timeLimit(.minutes(3)))
struct KalshiRateLimitTests {
    /// Which bucket and how many tokens, as Kalshi documents them.
    @Test(arguments: [
        ("GET", "/markets", nil, "read", 10.0),
        ("GET", "/portfolio/orders/abc", nil, "read", 2.0),
        ("POST", "/portfolio/events/orders", nil, "write", 10.0),
        ("POST", "/portfolio/events/orders/batched", 7, "write", 70.0),
        ("DELETE", "/portfolio/events/orders/batched", 5, "write", 10.0),
        ("DELETE", "/portfolio/events/orders/o-1", nil, "write", 2.0),
        ("DELETE", "/portfolio/events/orders", nil, "write", 2.0),
        ("POST", "/portfolio/events/orders/o-1/amend", nil, "write", 10.0),
        ("PUT", "/portfolio/order_groups/g-1/reset", nil, "write", 10.0),
        ("POST", "/communications/quotes", nil, "write", 2.0),
        ("PUT", "/communications/rfqs/r-1/quotes/q-1/accept", nil, "write", 10.0),
        ("POST", "/communications/rfqs", nil, "read", 10.0),
        ("POST", "/api_keys", nil, "read", 10.0),
        ("POST", "/account/api_usage_level/upgrade", nil, "read", 30.0),
        ("GET", "/trade-api/v2/portfolio/orders/abc", nil, "read", 2.0),
    ] as [(String, String, Int?, String, Double)])
    func bucketAndCost(method: String, path: String, items: Int?, bucket: String, cost: Double) throws {
        let limits = KalshiRateLimits(read: .init(refillPerSecond: 200, capacity: 200), write: .init(refillPerSecond: 100, capacity: 200))
        let method = try #require(HTTPRequest.Method(method))
        #expect(KalshiRateLimits.bucket(method: method, path: path).rawValue == bucket)
        #expect(limits.cost(method: method, path: path, items: items) == cost)
    }

    /// An operation's cost comes from its own path template: a literal route that a listed
    /// template would also match (`queue_positions` and `{order_id}`) costs its own.
    @Test(arguments: [
        ("GetOrderQueuePositions", "GET /portfolio/orders/queue_positions", nil, 10.0),
        ("GetOrder", "GET /portfolio/orders/{order_id}", nil, 2.0),
        ("BatchCreateOrdersV2", "POST /portfolio/events/orders/batched", 4, 40.0),
        ("CancelOrderV2", "DELETE /portfolio/events/orders/{order_id}", nil, 2.0),
        ("GetMarkets", "GET /markets", nil, 10.0),
    ] as [(String, String, Int?, Double)])
    func costByOperation(operationID: String, endpoint: String, items: Int?, cost: Double) throws {
        let limits = KalshiRateLimits(read: .init(refillPerSecond: 200, capacity: 200), write: .init(refillPerSecond: 100, capacity: 200))
        let found = try #require(KalshiRateLimits.endpoint(of: operationID))
        #expect(found.description == endpoint)
        #expect(limits.cost(of: found, items: items) == cost)
    }

    @Test func anUnknownOperationHasNoEndpoint() {
        #expect(KalshiRateLimits.endpoint(of: "NoSuchOperation") == nil)
    }

    /// One call reads the budgets and the costs; Kalshi's paths (with `/trade-api/v2`) match requests.
    @Test func loadsTheBudgetsAndCostsFromKalshi() async throws {
        let listener = try HTTPListener(port: 0) { request in
            let json: String
            switch request.path {
            case "/trade-api/v2/account/limits":
                json = #"{"usage_tier":"advanced","read":{"refill_rate":300,"bucket_capacity":300},"write":{"refill_rate":300,"bucket_capacity":600},"grants":[]}"#
            case "/trade-api/v2/account/endpoint_costs":
                json = #"{"default_cost":10,"endpoint_costs":[{"method":"GET","path":"/trade-api/v2/portfolio/orders/{order_id}","cost":2},{"method":"DELETE","path":"/trade-api/v2/portfolio/events/orders/batched","cost":1}]}"#
            default:
                return MockResponse(status: 404, headers: [], body: [])
            }
            return MockResponse(status: 200, headers: [.init(name: "Content-Type", value: "application/json")], body: Array(json.utf8))
        }
        defer { listener.stop() }
        let client = Client(serverURL: URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")!,
                            credentials: try KalshiCredentials(keyID: "k", privateKeyPEM: try _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation),
                            transport: URLSessionTransport())
        let limits = try await KalshiRateLimits.load(from: client)
        #expect(limits == KalshiRateLimits(
            read: .init(refillPerSecond: 300, capacity: 300), write: .init(refillPerSecond: 300, capacity: 600), defaultCost: 10,
            costs: [.init("GET", "/portfolio/orders/{order_id}"): 2, .init("DELETE", "/portfolio/events/orders/batched"): 1]))
        #expect(limits.cost(method: .delete, path: "/portfolio/events/orders/batched", items: 20) == 20)
        // Loaded costs replace the documented ones: a cancel not listed costs the default.
        #expect(limits.cost(method: .delete, path: "/portfolio/events/orders/o-1") == 10)
    }

    /// The burst: 30 market reads (10 tokens) and 10 order reads (2), and at the same time 10 orders
    /// (10), 2 batches of 3 (30 each) and 5 cancels (2), against Read 100/s (capacity 100) and Write
    /// 50/s (capacity 100).
    static func burst(_ client: Client, sample: MockSampler) async throws -> (answered: Int, refused: Int) {
        let order = try sample(CreateOrderV2Request.self, .body)
        return try await withThrowingTaskGroup(of: (Int, Int).self) { group in
            func run(_ calls: [@Sendable () async throws -> Void]) {
                group.addTask {
                    var answered = 0, refused = 0
                    for call in calls {
                        do {
                            try await call()
                            answered += 1
                        } catch let error as APIError where error.status == 429 {
                            refused += 1
                        }
                    }
                    return (answered, refused)
                }
            }
            let reads: [@Sendable () async throws -> Void] = Array(repeating: { _ = try await client.exchange.getExchangeStatus() }, count: 30)
                + Array(repeating: { _ = try await client.orders.getOrder(orderID: "o-1") }, count: 10)
            let writes: [@Sendable () async throws -> Void] = Array(repeating: { _ = try await client.orders.createOrderV2(order) }, count: 10)
                + Array(repeating: { _ = try await client.orders.batchCreateOrdersV2(BatchCreateOrdersV2Request(orders: [order, order, order])) }, count: 2)
                + Array(repeating: { _ = try await client.orders.cancelOrderV2(orderID: "o-1") }, count: 5)
            // Two callers per bucket, each in order.
            for part in [reads.enumerated().filter { $0.offset % 2 == 0 }, reads.enumerated().filter { $0.offset % 2 == 1 },
                         writes.enumerated().filter { $0.offset % 2 == 0 }, writes.enumerated().filter { $0.offset % 2 == 1 }] {
                run(part.map(\.element))
            }
            var total = (0, 0)
            for try await (answered, refused) in group { total = (total.0 + answered, total.1 + refused) }
            return total
        }
    }

    static func kalshiClient(_ server: BucketedKalshi, middlewares: [any ClientMiddleware]) throws -> Client {
        Client(serverURL: server.url,
               credentials: try KalshiCredentials(keyID: "k", privateKeyPEM: try _RSA.Signing.PrivateKey(keySize: .bits2048).pemRepresentation),
               transport: URLSessionTransport(), middlewares: middlewares)
    }

    @Test func aBurstWithTheLimiterGetsNo429AndKeepsToTheBudget() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let read = BucketedKalshi.Budget(refill: 100, capacity: 100), write = BucketedKalshi.Budget(refill: 50, capacity: 100)
        let sample = MockSampler(api: try kalshiMock(), method: "POST", template: "/portfolio/events/orders")
        // Without the limiter the same burst is refused: the server enforces its buckets.
        let bare = try BucketedKalshi(read: read, write: write)
        defer { bare.listener.stop() }
        let unlimited = try await Self.burst(try Self.kalshiClient(bare, middlewares: []), sample: sample)
        #expect(unlimited.refused > 0)
        #expect(unlimited.refused == bare.refused)

        let server = try BucketedKalshi(read: read, write: write)
        defer { server.listener.stop() }
        let limits = KalshiRateLimits(read: .init(refillPerSecond: read.refill, capacity: read.capacity), write: .init(refillPerSecond: write.refill, capacity: write.capacity))
        let client = try Self.kalshiClient(server, middlewares: [KalshiRateLimiter(limits: limits)])
        let started = ContinuousClock.now
        let result = try await Self.burst(client, sample: sample)
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        #expect(result.refused == 0)
        #expect(server.refused == 0)
        #expect(result.answered == 57)
        // 320 read tokens and 170 write tokens: at least (spent - capacity) / refill seconds.
        let spent = server.spent
        #expect(spent == ["read": 320, "write": 170])
        let needed = max((320 - read.capacity) / read.refill, (170 - write.capacity) / write.refill)
        print("KalshiRateLimiter burst: without the limiter \(unlimited.refused) of 57 requests got a 429; with it 0 of \(result.answered), in \(String(format: "%.2f", seconds)) s (the budgets allow it in \(String(format: "%.2f", needed)) s at the earliest): "
              + "read \(String(format: "%.0f", spent["read"]! / seconds)) tokens/s (budget 100/s + 100 burst), write \(String(format: "%.0f", spent["write"]! / seconds)) tokens/s (50/s + 100)")
        // Within the budget (the server refused nothing), and not much slower than it requires.
        #expect(spent["read"]! <= read.capacity + read.refill * seconds)
        #expect(spent["write"]! <= write.capacity + write.refill * seconds)
        #expect(seconds >= needed)
        #expect(seconds < needed + 1.5)
    }

    /// A 429 that still arrives: a read is retried after a backoff, a write is returned as it is.
    @Test func a429IsRetriedForReadsOnly() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let budget = BucketedKalshi.Budget(refill: 1000, capacity: 1000)
        let server = try BucketedKalshi(read: budget, write: budget)
        defer { server.listener.stop() }
        let limits = KalshiRateLimits(read: .init(refillPerSecond: 1000, capacity: 1000), write: .init(refillPerSecond: 1000, capacity: 1000))
        var limiter = KalshiRateLimiter(limits: limits)
        limiter.firstBackoff = .milliseconds(10)
        let client = try Self.kalshiClient(server, middlewares: [limiter])
        server.refuseNext("read")
        _ = try await client.exchange.getExchangeStatus()
        #expect(server.refused == 1)
        #expect(server.spent["read"] == 10)
        server.refuseNext("write")
        let order = try MockSampler(api: try kalshiMock(), method: "POST", template: "/portfolio/events/orders")(CreateOrderV2Request.self, .body)
        await #expect(throws: APIError.self) { _ = try await client.orders.createOrderV2(order) }
        #expect(server.refused == 2)
        #expect(server.spent["write"] == 0)
        // The 429 emptied the client's write bucket too.
        #expect(await limiter.available(.write) < 100)
    }
}
