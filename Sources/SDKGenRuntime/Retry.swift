import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Retries a request that failed in a way worth retrying: a 429, 502, 503 or 504, or a transport
/// error. Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) are retried by default; any other
/// (a POST) only when the request carries an idempotency key, since sending it twice could act
/// twice: an `Idempotency-Key` header, or a key in its body that the server deduplicates on, which
/// the generated operation marks (`IdempotencyKey.isCarried`; `idempotency` in `sdkgen.yaml`, as
/// Kalshi's order creation with its `client_order_id`, which the SDK fills when the caller does
/// not). Waits grow exponentially with full jitter (a random wait between zero and the exponential
/// bound), a `Retry-After` header (seconds or an HTTP date) is honoured instead, and both the
/// number of attempts and the total time are bounded.
///
/// The response that ends the retries is returned as it is, with the number of attempts made in
/// the `sdkgen-attempts` field, which `APIError.attempts` reads; a transport error that ends them
/// is thrown as `RetriesExhausted`. Put it before the authentication middleware, so that each
/// attempt is signed afresh.
///
/// It measures time with a `Clock`, which Apple platforms have from macOS 13, iOS 16, tvOS 16 and
/// watchOS 9 on.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public struct RetryMiddleware: ClientMiddleware {
    public struct Policy: Sendable {
        /// Attempts in all, the first one included.
        public var maxAttempts = 4
        /// The bound of the first wait; it doubles with each attempt.
        public var initialDelay: Duration = .milliseconds(500)
        public var maxDelay: Duration = .seconds(30)
        /// No wait starts that would end later than this after the first attempt began.
        public var deadline: Duration = .seconds(120)
        public var statuses: Set<Int> = [429, 502, 503, 504]
        public var retriesTransportErrors = true
        public var idempotentMethods: Set<HTTPRequest.Method> = [.get, .head, .options, .put, .delete]
        /// A request of another method is retried when it carries this field.
        public var optInField: HTTPField.Name? = HTTPField.Name("Idempotency-Key")

        public init() {}
    }

    /// Thrown when every attempt failed with a transport error, or the deadline came first.
    public typealias RetriesExhausted = SDKGenRuntime.RetriesExhausted

    /// The field that carries the number of attempts on the response that ends the retries.
    public static var attemptsField: HTTPField.Name { .sdkgenAttempts }

    public let policy: Policy
    private let elapsed: @Sendable () -> @Sendable () -> Duration
    private let sleep: @Sendable (Duration) async throws -> Void
    private let now: @Sendable () -> Date
    private let random: @Sendable (Double) -> Double

    /// - Parameters:
    ///   - clock: Measures the deadline and sleeps between attempts (tests pass a manual clock).
    ///   - now: The wall-clock time, for a `Retry-After` that is an HTTP date.
    ///   - random: A number in `0..<bound`, for the jitter.
    public init(
        policy: Policy = Policy(), clock: some Clock<Duration> = ContinuousClock(), now: @escaping @Sendable () -> Date = { Date() },
        random: @escaping @Sendable (Double) -> Double = { Double.random(in: 0..<$0) }
    ) {
        self.policy = policy
        elapsed = {
            let start = clock.now
            return { start.duration(to: clock.now) }
        }
        sleep = { try await clock.sleep(for: $0) }
        self.now = now
        self.random = random
    }

    public func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let optedIn = policy.optInField.map { request.headerFields[$0] != nil } ?? false || IdempotencyKey.isCarried
        // A body that can be read once cannot be sent again.
        let replayable = body.map { $0.iterationBehavior == .multiple } ?? true
        guard policy.idempotentMethods.contains(request.method) || optedIn, replayable, policy.maxAttempts > 1 else {
            return try await next(request, body, baseURL)
        }
        let sinceStart = elapsed()
        var attempt = 0
        while true {
            attempt += 1
            do {
                let (response, responseBody) = try await next(request, body, baseURL)
                guard policy.statuses.contains(response.status.code), attempt < policy.maxAttempts else {
                    return (Self.marked(response, attempts: attempt), responseBody)
                }
                let wait = response.headerFields[.retryAfter].flatMap { Self.retryAfter($0, now: now()) } ?? backoff(after: attempt)
                // A wait that would end past the deadline is not started: this response stands.
                guard sinceStart() + wait <= policy.deadline else { return (Self.marked(response, attempts: attempt), responseBody) }
                try await sleep(wait)
            } catch let error as CancellationError {
                throw error
            } catch {
                guard policy.retriesTransportErrors, attempt < policy.maxAttempts else { throw RetriesExhausted(attempts: attempt, underlying: error) }
                let wait = backoff(after: attempt)
                guard sinceStart() + wait <= policy.deadline else { throw RetriesExhausted(attempts: attempt, underlying: error) }
                try await sleep(wait)
            }
        }
    }

    /// Full jitter: a random wait below `min(maxDelay, initialDelay * 2^(attempt - 1))`.
    func backoff(after attempt: Int) -> Duration {
        let bound = min(policy.maxDelay, policy.initialDelay * Double(1 << min(attempt - 1, 30)))
        let seconds = Double(bound.components.seconds) + Double(bound.components.attoseconds) / 1e18
        return .seconds(random(max(seconds, .leastNonzeroMagnitude)))
    }

    static func marked(_ response: HTTPResponse, attempts: Int) -> HTTPResponse {
        guard attempts > 1 else { return response }
        var response = response
        response.headerFields[.sdkgenAttempts] = String(attempts)
        return response
    }

    /// `Retry-After` as a wait: delay-seconds, or an HTTP date (RFC 9110, 10.2.3) from now.
    public static func retryAfter(_ value: String, now: Date) -> Duration? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return .seconds(seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        guard let date = formatter.date(from: text) else { return nil }
        return .milliseconds(max(0, Int64((date.timeIntervalSince(now) * 1000).rounded(.up))))
    }
}

/// Thrown by `RetryMiddleware` when every attempt failed with a transport error, or the deadline
/// came first. Outside the middleware, which needs macOS 13, so that `APIClient` (and code that
/// catches it) builds at every platform's minimum.
public struct RetriesExhausted: Error, CustomStringConvertible {
    public var attempts: Int
    public var underlying: any Error
    public var description: String { "after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(underlying)" }
}

extension HTTPField.Name {
    /// The number of attempts `RetryMiddleware` made, on the response that ended its retries.
    static let sdkgenAttempts = HTTPField.Name("sdkgen-attempts")!
}
