import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A token bucket: it holds up to `capacity` tokens and gains `refillPerSecond` of them each
/// second; a request takes its cost, waiting until the bucket holds enough. Waiters are served in
/// the order they arrived, so a large cost is not starved by small ones. Like `RetryMiddleware`,
/// it needs a `Clock` (macOS 13, iOS 16, tvOS 16, watchOS 9).
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public actor TokenBucket {
    public let capacity: Double
    public let refillPerSecond: Double
    private var tokens: Double
    private var updated: Duration
    private var queue: [(cost: Double, resume: CheckedContinuation<Void, any Error>)] = []
    private var draining = false
    private let elapsed: @Sendable () -> Duration
    private let sleep: @Sendable (Duration) async throws -> Void

    /// A bucket that starts full. `clock` measures the refill and sleeps (tests pass a manual one).
    /// A capacity or rate below one token is read as one.
    public init(capacity: Double, refillPerSecond: Double, clock: some Clock<Duration> = ContinuousClock()) {
        self.capacity = max(capacity, 1)
        self.refillPerSecond = max(refillPerSecond, 1)
        tokens = self.capacity
        let start = clock.now
        elapsed = { start.duration(to: clock.now) }
        sleep = { try await clock.sleep(for: $0) }
        updated = .zero
    }

    /// Takes `cost` tokens, waiting for them if needed. A cost above the capacity is taken as the
    /// whole capacity (it could never be met otherwise).
    public func take(_ cost: Double) async throws {
        let cost = min(cost, capacity)
        refill()
        if queue.isEmpty, tokens >= cost {
            tokens -= cost
            return
        }
        try await withCheckedThrowingContinuation { continuation in
            queue.append((cost, continuation))
            if !draining {
                draining = true
                Task { await self.drain() }
            }
        }
    }

    /// Empties the bucket, which then refills from now: for when the server says it is empty (a
    /// 429) while this count thought otherwise.
    public func empty() {
        refill()
        tokens = 0
    }

    /// The tokens the bucket holds now.
    public var available: Double {
        refill()
        return tokens
    }

    private func refill() {
        let now = elapsed()
        let seconds = Double((now - updated).components.seconds) + Double((now - updated).components.attoseconds) / 1e18
        tokens = min(capacity, tokens + seconds * refillPerSecond)
        updated = now
    }

    private func drain() async {
        while let first = queue.first {
            refill()
            if tokens >= first.cost {
                tokens -= first.cost
                queue.removeFirst()
                first.resume.resume()
                continue
            }
            let missing = first.cost - tokens
            do {
                try await sleep(.seconds(missing / refillPerSecond))
            } catch {
                for waiter in queue { waiter.resume.resume(throwing: error) }
                queue.removeAll()
            }
        }
        draining = false
    }
}

/// Holds each request until its bucket has the tokens it costs, so that a client stays within an
/// API's published limits instead of collecting 429s. `select` names the bucket and the cost of a
/// request (nil: not limited), so reads and writes can draw on separate buckets. See the README
/// for Kalshi's read and write buckets.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public struct RateLimitMiddleware: ClientMiddleware {
    public let buckets: [String: TokenBucket]
    public let select: @Sendable (HTTPRequest, String) -> (bucket: String, cost: Double)?

    public init(buckets: [String: TokenBucket], select: @escaping @Sendable (_ request: HTTPRequest, _ operationID: String) -> (bucket: String, cost: Double)?) {
        self.buckets = buckets
        self.select = select
    }

    /// Reads (GET, HEAD, OPTIONS) from `read`, everything else from `write`, `cost` tokens each.
    public static func readsAndWrites(read: TokenBucket, write: TokenBucket, cost: Double = 1) -> RateLimitMiddleware {
        RateLimitMiddleware(buckets: ["read": read, "write": write]) { request, _ in
            ([.get, .head, .options].contains(request.method) ? "read" : "write", cost)
        }
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let (name, cost) = select(request, operationID), let bucket = buckets[name] {
            try await bucket.take(cost)
        }
        return try await next(request, body, baseURL)
    }
}
