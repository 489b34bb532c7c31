import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKGenRuntime

/// Kalshi's request budget, as Kalshi documents it: two token buckets, Read and Write, each with a
/// refill rate and a capacity in tokens (`GET /account/limits`); each request costs its endpoint's
/// tokens (`GET /account/endpoint_costs` lists those that differ from the default of 10), and a
/// batch costs its endpoint's cost for each of its items.
///
/// Writes are order placement, amends, decreases and cancels, order groups and the RFQ quote flow;
/// everything else, reads included, draws on the Read bucket (Kalshi's "Rate Limits and Tiers").
public struct KalshiRateLimits: Sendable, Equatable {
    public struct Bucket: Sendable, Equatable {
        /// Tokens added per second.
        public var refillPerSecond: Double
        /// The most tokens the bucket holds: the burst an idle client may spend at once.
        public var capacity: Double

        public init(refillPerSecond: Double, capacity: Double) {
            self.refillPerSecond = refillPerSecond
            self.capacity = capacity
        }
    }

    public enum BucketName: String, Sendable, Equatable {
        case read, write
    }

    /// An endpoint: its method (`POST`) and its path as the spec writes it, without the server's
    /// base path (`/portfolio/events/orders/{order_id}`).
    public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
        public var method: String
        public var path: String

        public init(_ method: String, _ path: String) {
            self.method = method.uppercased()
            self.path = Self.withoutBasePath(path)
        }

        /// Kalshi lists costs by the path it serves (`/trade-api/v2/portfolio/...`); requests are
        /// matched without it.
        static func withoutBasePath(_ path: String) -> String {
            let base = "/trade-api/v2"
            return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count)) : path
        }

        public var description: String { "\(method) \(path)" }
    }

    public var read: Bucket
    public var write: Bucket
    /// What a request costs when its endpoint is not in `costs`.
    public var defaultCost: Double
    /// The endpoints whose cost differs from `defaultCost`; a batch endpoint's cost is per item.
    public var costs: [Endpoint: Double]

    /// Budgets set by hand (tests, or a tier you know); the costs default to those Kalshi documents.
    public init(read: Bucket, write: Bucket, defaultCost: Double = 10, costs: [Endpoint: Double] = KalshiRateLimits.documentedCosts) {
        self.read = read
        self.write = write
        self.defaultCost = defaultCost
        self.costs = costs
    }

    /// The non-default costs on Kalshi's operation pages (spec 3.31.0), until `load(from:)` reads
    /// the current ones.
    public static let documentedCosts: [Endpoint: Double] = [
        Endpoint("GET", "/portfolio/orders/{order_id}"): 2,
        Endpoint("DELETE", "/portfolio/events/orders"): 2,
        Endpoint("DELETE", "/portfolio/events/orders/{order_id}"): 2,
        Endpoint("DELETE", "/portfolio/events/orders/batched"): 2,
        Endpoint("POST", "/portfolio/events/orders/batched"): 10,
        Endpoint("GET", "/communications/rfqs/{rfq_id}/quotes/{quote_id}"): 2,
        Endpoint("DELETE", "/communications/rfqs/{rfq_id}/quotes/{quote_id}"): 2,
        Endpoint("POST", "/communications/quotes"): 2,
        Endpoint("GET", "/communications/quotes/{quote_id}"): 2,
        Endpoint("DELETE", "/communications/quotes/{quote_id}"): 2,
        Endpoint("POST", "/account/api_usage_level/upgrade"): 30,
    ]

    /// The batch endpoints, billed per item: the JSON body's array that holds the items.
    public static let batchItems: [Endpoint: String] = [
        Endpoint("POST", "/portfolio/events/orders/batched"): "orders",
        Endpoint("DELETE", "/portfolio/events/orders/batched"): "orders",
    ]

    /// Reads the account's budgets (`GET /account/limits`) and the endpoint costs
    /// (`GET /account/endpoint_costs`) with `client`.
    public static func load(from client: Client) async throws -> KalshiRateLimits {
        async let limits = client.account.getAccountApiLimits()
        async let costs = client.account.getAccountEndpointCosts()
        let (budgets, listed) = try await (limits, costs)
        return KalshiRateLimits(
            read: Bucket(refillPerSecond: Double(budgets.read.refillRate), capacity: Double(budgets.read.bucketCapacity)),
            write: Bucket(refillPerSecond: Double(budgets.write.refillRate), capacity: Double(budgets.write.bucketCapacity)),
            defaultCost: Double(listed.defaultCost),
            costs: Dictionary(listed.endpointCosts.map { (Endpoint($0.method, $0.path), Double($0.cost)) }, uniquingKeysWith: { _, last in last }))
    }

    /// The path prefixes of the Write bucket's endpoints; only their non-GET requests are writes.
    static let writePrefixes = ["/portfolio/orders", "/portfolio/events/orders", "/portfolio/order_groups", "/communications/quotes", "/communications/rfqs/"]

    /// The bucket a request draws on: a non-GET request to orders, order groups or quotes writes;
    /// every other request reads. `path` is the request's, without the base path or the query.
    public static func bucket(method: HTTPRequest.Method, path: String) -> BucketName {
        guard method != .get, method != .head else { return .read }
        let path = Endpoint.withoutBasePath(path)
        for prefix in writePrefixes where path.hasPrefix(prefix) {
            // An RFQ's own requests (create, delete) read; its quotes' write.
            if prefix == "/communications/rfqs/", !path.contains("/quotes") { continue }
            return .write
        }
        return .read
    }

    /// The endpoint of `costs` (or `batchItems`) that a request's path matches: literal segments
    /// equal, `{name}` any one segment; the most literal match wins. Used only for a request whose
    /// operation is unknown: a path such as `/portfolio/orders/queue_positions` also matches
    /// `/portfolio/orders/{order_id}`, which the operation's own template tells apart.
    static func match<Value>(_ table: [Endpoint: Value], method: String, path: String) -> Value? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        var best: (literals: Int, value: Value)?
        for (endpoint, value) in table where endpoint.method == method {
            let pattern = endpoint.path.split(separator: "/", omittingEmptySubsequences: false)
            guard pattern.count == segments.count else { continue }
            var literals = 0
            var matches = true
            for (expected, actual) in zip(pattern, segments) {
                if expected.hasPrefix("{") && expected.hasSuffix("}") { continue }
                guard expected == actual else {
                    matches = false
                    break
                }
                literals += 1
            }
            if matches, literals > best?.literals ?? -1 { best = (literals, value) }
        }
        return best?.value
    }

    /// The endpoint an operation of the SDK calls (`Client.route(of:)`), by its operationId.
    public static func endpoint(of operationID: String) -> Endpoint? {
        Client.route(of: operationID).map { Endpoint($0.method, $0.path) }
    }

    /// What a call of `endpoint` costs: its listed cost (or the default), times `items` for a batch.
    public func cost(of endpoint: Endpoint, items: Int? = nil) -> Double {
        (costs[endpoint] ?? defaultCost) * Double(max(items ?? 1, 1))
    }

    /// What a request to a concrete path costs, for a request that is not one of the SDK's
    /// operations: the most literal listed endpoint it matches (or the default), times `items`.
    public func cost(method: HTTPRequest.Method, path: String, items: Int? = nil) -> Double {
        let path = Endpoint.withoutBasePath(path)
        let each = Self.match(costs, method: method.rawValue, path: path) ?? defaultCost
        return each * Double(max(items ?? 1, 1))
    }
}

/// Keeps a Kalshi client inside its account's budgets: each request waits until its bucket (Read
/// or Write) holds the tokens its endpoint costs (a batch: per item), so a bot that sends through
/// it does not receive 429s. Load the budgets and costs with `load(from:)`, or set them by hand.
///
/// A 429 that still arrives (another process spending the same key's budget) empties the bucket;
/// a read is then retried after an exponential backoff (Kalshi's 429s carry no `Retry-After`),
/// a write is not: its 429 is returned, and the caller decides. Pass it before the signing
/// middleware (as `Client(serverURL:credentials:transport:middlewares:)` does), after a
/// `RetryMiddleware` if there is one, so that every attempt is charged.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public struct KalshiRateLimiter: ClientMiddleware {
    public let limits: KalshiRateLimits
    let readBucket: TokenBucket
    let writeBucket: TokenBucket
    /// Retries of a read that receives a 429, and the first backoff (it doubles each time).
    public var readRetries = 3
    public var firstBackoff: Duration = .milliseconds(250)
    private let sleep: @Sendable (Duration) async throws -> Void

    /// - Parameters:
    ///   - limits: The budgets and costs, from `KalshiRateLimits.load(from:)` or set by hand.
    ///   - headroom: Requests reach Kalshi a little unevenly; each bucket holds this much less than
    ///     its capacity (that many seconds of refill), so a burst that arrives bunched still fits.
    ///   - clock: Refills the buckets and sleeps (tests pass a manual one).
    public init(limits: KalshiRateLimits, headroom: Duration = .milliseconds(100), clock: some Clock<Duration> = ContinuousClock()) {
        self.limits = limits
        let seconds = Double(headroom.components.seconds) + Double(headroom.components.attoseconds) / 1e18
        func bucket(_ budget: KalshiRateLimits.Bucket) -> TokenBucket {
            TokenBucket(capacity: max(budget.capacity - budget.refillPerSecond * seconds, 1), refillPerSecond: budget.refillPerSecond, clock: clock)
        }
        readBucket = bucket(limits.read)
        writeBucket = bucket(limits.write)
        sleep = { try await clock.sleep(for: $0) }
    }

    /// A limiter with the account's budgets and Kalshi's current endpoint costs, read with `client`.
    public static func load(from client: Client) async throws -> KalshiRateLimiter {
        KalshiRateLimiter(limits: try await KalshiRateLimits.load(from: client))
    }

    /// The tokens each bucket holds now.
    public func available(_ bucket: KalshiRateLimits.BucketName) async -> Double {
        await (bucket == .read ? readBucket : writeBucket).available
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let path = String((request.path ?? "").prefix { $0 != "?" })
        let name = KalshiRateLimits.bucket(method: request.method, path: path)
        let bucket = name == .read ? readBucket : writeBucket
        // The operation's own path template names the endpoint; a request from elsewhere is matched.
        let endpoint = KalshiRateLimits.endpoint(of: operationID)
        var body = body
        var items: Int?
        let batchField = endpoint.map { KalshiRateLimits.batchItems[$0] }
            ?? KalshiRateLimits.match(KalshiRateLimits.batchItems, method: request.method.rawValue, path: KalshiRateLimits.Endpoint.withoutBasePath(path))
        if let field = batchField, let sent = body {
            // A batch is billed per item: count the body's array, and send the bytes read.
            let bytes = try await Data(collecting: sent, upTo: 16 * 1024 * 1024)
            items = ((try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any])?[field].flatMap { ($0 as? [Any])?.count }
            body = HTTPBody(bytes)
        }
        let cost = endpoint.map { limits.cost(of: $0, items: items) } ?? limits.cost(method: request.method, path: path, items: items)
        var attempt = 0
        while true {
            try await bucket.take(cost)
            let (response, responseBody) = try await next(request, body, baseURL)
            guard response.status.code == 429 else { return (response, responseBody) }
            // Kalshi's bucket is empty, whatever this one thought: start again from nothing.
            await bucket.empty()
            guard name == .read, attempt < readRetries else { return (response, responseBody) }
            attempt += 1
            try await sleep(firstBackoff * (1 << (attempt - 1)))
        }
    }
}
