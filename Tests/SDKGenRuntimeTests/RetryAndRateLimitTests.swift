import Foundation
import GoldenPetstore
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import SDKGenMock
import SDKGenRuntime
import Testing

/// A clock that only moves when something sleeps on it: every wait is recorded and passes at once.
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
final class ManualClock: Clock, @unchecked Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (a: Instant, b: Instant) -> Bool { a.offset < b.offset }
    }

    private let lock = NSLock()
    private var current = Instant(offset: .zero)
    private var recorded: [Duration] = []
    var minimumResolution: Duration { .zero }

    var now: Instant {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    var sleeps: [Duration] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        lock.withLock {
            recorded.append(current.duration(to: deadline))
            if current < deadline { current = deadline }
        }
    }
}

/// A local HTTP server that answers each request with the next of a script, and counts them.
final class ScriptedServer: @unchecked Sendable {
    private let lock = NSLock()
    private var script: [MockResponse]
    private var seen: [String] = []
    private var seenBodies: [String] = []
    var listener: HTTPListener!

    init(_ script: [MockResponse]) throws {
        self.script = script
        listener = try HTTPListener(port: 0) { [weak self] request in
                self?.answer(request) ?? MockResponse(status: 503, headers: [], body: [])
            }
    }

    private func answer(_ request: MockRequest) -> MockResponse {
        lock.lock()
        defer { lock.unlock() }
        seen.append("\(request.method) \(request.path)")
        seenBodies.append(String(decoding: request.body, as: UTF8.self))
        return script.count > 1 ? script.removeFirst() : script[0]
    }

    /// The body of each request, in order.
    var bodies: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seenBodies
    }

    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    var url: URL { URL(string: "http://127.0.0.1:\(listener.port)")! }

    static func reply(_ code: Int, _ headers: [(String, String)] = [], json: String? = nil) -> MockResponse {
        var fields = headers.map { MockResponse.Header(name: $0.0, value: $0.1) }
        if json != nil { fields.append(.init(name: "Content-Type", value: "application/json")) }
        return MockResponse(status: code, headers: fields, body: Array((json ?? "").utf8))
    }
}

// RetryMiddleware and TokenBucket need a Clock (macOS 13, iOS 16, tvOS 16, watchOS 9); Swift Testing
// refuses @available on a suite or test, so each test checks #available first.
@Suite("RetryMiddleware, over HTTP with a manual clock", .serialized, .timeLimit(.minutes(3)))
struct RetryTests {
    static let pet = ScriptedServer.reply(200, json: #"{"id":1,"name":"Rex"}"#)

    /// `random` returns the bound, so each wait is the exponential bound itself.
    @available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
    func client(_ server: ScriptedServer, _ clock: ManualClock, policy: RetryMiddleware.Policy = RetryMiddleware.Policy(), now: Date = Date()) -> Client {
        Client(serverURL: server.url, transport: URLSessionTransport(), middlewares: [RetryMiddleware(policy: policy, clock: clock, now: { now }, random: { $0 })])
    }

    @Test func retriesA503ThenSucceeds() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503), ScriptedServer.reply(502), Self.pet])
        defer { server.listener.stop() }
        let clock = ManualClock()
        let pet = try await client(server, clock).pets.getPetsPetID(petId: 1)
        #expect(pet == Pet(name: "Rex", id: 1))
        #expect(server.requests == ["GET /pets/1", "GET /pets/1", "GET /pets/1"])
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test func honoursRetryAfterInSecondsAndAsADate() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let date = "Tue, 14 Nov 2023 22:13:40 GMT"  // now + 20 s
        let server = try ScriptedServer([ScriptedServer.reply(429, [("Retry-After", "7")]), ScriptedServer.reply(503, [("Retry-After", date)]), Self.pet])
        defer { server.listener.stop() }
        let clock = ManualClock()
        _ = try await client(server, clock, now: now).pets.getPetsPetID(petId: 1)
        #expect(clock.sleeps == [.seconds(7), .seconds(20)])
    }

    @Test func theLastErrorSaysHowManyAttemptsWereMade() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503, json: #"{"code":503,"message":"busy"}"#)])
        defer { server.listener.stop() }
        let clock = ManualClock()
        do {
            _ = try await client(server, clock).pets.getPetsPetID(petId: 1)
            Issue.record("expected a 503")
        } catch let error as APIError {
            #expect(error.status == 503)
            #expect(error.attempts == 4)
            #expect(error.description.hasPrefix("getPetsPetID: unexpected status 503 (after 4 attempts); body: "))
        }
        #expect(server.requests.count == 4)
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test func aWaitPastTheDeadlineIsNotStarted() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(429, [("Retry-After", "90")]), Self.pet])
        defer { server.listener.stop() }
        var policy = RetryMiddleware.Policy()
        policy.deadline = .seconds(60)
        let clock = ManualClock()
        await #expect(throws: APIError.self) { try await client(server, clock, policy: policy).pets.getPetsPetID(petId: 1) }
        #expect(server.requests.count == 1)
        #expect(clock.sleeps == [])
    }

    @Test func aPostIsNotRetriedUnlessItCarriesAnIdempotencyKey() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let server = try ScriptedServer([ScriptedServer.reply(503), ScriptedServer.reply(201, json: #"{"id":7,"name":"Rex"}"#)])
        defer { server.listener.stop() }
        let clock = ManualClock()
        await #expect(throws: APIError.self) { try await client(server, clock).pets.createPet(NewPet(name: "Rex")) }
        #expect(server.requests == ["POST /pets"])
        // The same request with an idempotency key is retried.
        let failing = try ScriptedServer([ScriptedServer.reply(503), ScriptedServer.reply(201)])
        defer { failing.listener.stop() }
        let keyed = APIClient(serverURL: failing.url, transport: URLSessionTransport(), middlewares: [RetryMiddleware(clock: clock, random: { $0 })])
        var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/pets")
        request.headerFields[HTTPField.Name("Idempotency-Key")!] = "k-1"
        let (response, _) = try await keyed.send(request, body: HTTPBody("{}"), operationID: "createPet")
        #expect(response.status.code == 201)
        #expect(failing.requests == ["POST /pets", "POST /pets"])
    }

    @Test func transportErrorsAreRetriedAndReportedWithTheAttempts() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        // A port nothing listens on: every attempt fails to connect.
        let closed = try ScriptedServer([Self.pet])
        let url = closed.url
        closed.listener.stop()
        let clock = ManualClock()
        var policy = RetryMiddleware.Policy()
        policy.maxAttempts = 3
        let client = Client(serverURL: url, transport: URLSessionTransport(), middlewares: [RetryMiddleware(policy: policy, clock: clock, random: { $0 })])
        do {
            _ = try await client.pets.getPetsPetID(petId: 1)
            Issue.record("expected a transport error")
        } catch let error as APIError {
            #expect(error.kind == .transport)
            #expect(error.attempts == 3)
            #expect(error.underlying?.hasPrefix("after 3 attempts: ") == true)
        }
        #expect(clock.sleeps == [.milliseconds(500), .seconds(1)])
    }

    @Test(arguments: [("0", 0), ("12", 12_000), ("Tue, 14 Nov 2023 22:13:30 GMT", 10_000), ("Tue, 14 Nov 2023 22:13:00 GMT", 0), ("soon", -1)])
    func readsRetryAfter(value: String, milliseconds: Int) {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryMiddleware.retryAfter(value, now: now) == (milliseconds < 0 ? nil : .milliseconds(milliseconds)))
    }
}

@Suite("RateLimitMiddleware with a manual clock", .timeLimit(.minutes(3)))
struct RateLimitTests {
    @Test func aRequestWaitsForItsBucketsTokens() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let clock = ManualClock()
        let read = TokenBucket(capacity: 20, refillPerSecond: 10, clock: clock)
        let write = TokenBucket(capacity: 10, refillPerSecond: 10, clock: clock)
        let limiter = RateLimitMiddleware.readsAndWrites(read: read, write: write, cost: 10)
        let server = try ScriptedServer([RetryTests.pet])
        defer { server.listener.stop() }
        let client = Client(serverURL: server.url, transport: URLSessionTransport(), middlewares: [limiter])
        for _ in 0..<3 { _ = try await client.pets.getPetsPetID(petId: 1) }
        // Two reads fit in the bucket; the third waits for 10 tokens at 10 a second.
        #expect(clock.sleeps == [.seconds(1)])
        // Writes draw on their own bucket, which is still full.
        _ = try? await client.pets.createPet(NewPet(name: "Rex"))
        #expect(clock.sleeps == [.seconds(1)])
        #expect(await write.available == 0)
        #expect(server.requests.count == 4)
    }

    @Test func waitersAreServedInOrder() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let clock = ManualClock()
        let bucket = TokenBucket(capacity: 10, refillPerSecond: 5, clock: clock)
        try await bucket.take(10)
        try await bucket.take(5)
        try await bucket.take(10)
        #expect(clock.sleeps == [.seconds(1), .seconds(2)])
        #expect(await bucket.available == 0)
    }
}
