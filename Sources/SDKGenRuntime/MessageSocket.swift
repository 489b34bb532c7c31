import Foundation

/// A message type whose requests and replies carry a correlation id at a fixed place in the
/// payload (AsyncAPI's `correlationId`, `$message.payload#/reqid`; or `messaging.correlation` in
/// `sdkgen.yaml`). The generated `ServerMessage` and `ClientMessage` conform when their document
/// says where.
public protocol CorrelatedMessage {
    /// The path of object keys to the id (`["reqid"]`).
    static var correlationPath: [String] { get }
}

/// What a `MessageSocket` reports instead of a reply.
public enum MessageSocketError: Error, Equatable, CustomStringConvertible {
    /// No reply with the request's correlation id came within the timeout.
    case timeout(correlation: String)
    /// The request has no correlation id at the place its type says (fill it in).
    case noCorrelation
    /// The connection is closed, or was never opened.
    case disconnected(String)
    /// The consumer of `messages()` fell more than `limit` messages behind.
    case bufferOverflow(limit: Int)

    public var description: String {
        switch self {
        case .timeout(let correlation): return "no reply to request \(correlation) within the timeout"
        case .noCorrelation: return "the request carries no correlation id"
        case .disconnected(let reason): return "disconnected: \(reason)"
        case .bufferOverflow(let limit): return "the consumer fell more than \(limit) messages behind"
        }
    }
}

/// A typed WebSocket connection for any API generated from an AsyncAPI document: what the client
/// sends (`Outgoing`, the generated `ClientMessage`) is encoded into text frames, what the server
/// sends is decoded (`Incoming`, `ServerMessage`). Where both carry a correlation id,
/// `request(_:)` returns the reply to a request; every other message goes to `messages()`.
/// Each SDK names it `Socket` (`typealias Socket = MessageSocket<ServerMessage, ClientMessage>`).
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public actor MessageSocket<Incoming: Decodable & Sendable, Outgoing: Encodable & Sendable> {
    public let url: URL
    let transport: any WebSocketTransport
    let headers: [(name: String, value: String)]
    /// How long `request` waits for its reply.
    public let requestTimeout: Duration
    /// The messages `messages()` holds for a reader that has not taken them; one more ends it.
    public let bufferLimit: Int

    private var connection: (any WebSocketConnection)?
    private var reader: Task<Void, Never>?
    private var waiting: [JSONValue: CheckedContinuation<Incoming, any Error>] = [:]
    private var stream: AsyncThrowingStream<Incoming, any Error>.Continuation?
    private var correlation: (incoming: [String], outgoing: [String])?
    /// One decoder for every frame, not one per frame.
    private let decoder = JSONCoding.decoder()
    /// Text frames that were not a message of the spec (they are dropped).
    public private(set) var malformedFrames = 0

    public init(url: URL, transport: any WebSocketTransport, headers: [(name: String, value: String)] = [], requestTimeout: Duration = .seconds(10), bufferLimit: Int = 10_000) {
        self.url = url
        self.transport = transport
        self.headers = headers
        self.requestTimeout = requestTimeout
        self.bufferLimit = bufferLimit
    }

    public func connect() async throws {
        let opened = try await transport.connect(to: url, headers: headers)
        connection = opened
        reader = Task { [weak self] in await self?.read(opened) }
    }

    public func close() async {
        reader?.cancel()
        await connection?.close()
        end(.disconnected("closed"))
    }

    /// Sends a message.
    public func send(_ message: Outgoing) async throws {
        guard let connection else { throw MessageSocketError.disconnected("not connected") }
        try await connection.send(.text(String(decoding: try JSONCoding.encoder().encode(message), as: UTF8.self)))
    }

    /// Every message the server sends that is not the reply to a request, as it arrives.
    public func messages() -> AsyncThrowingStream<Incoming, any Error> {
        let (messages, continuation) = AsyncThrowingStream<Incoming, any Error>.makeStream(bufferingPolicy: .bufferingOldest(bufferLimit))
        stream?.finish()
        stream = continuation
        return messages
    }

    private func read(_ opened: any WebSocketConnection) async {
        var reason = "closed by the server"
        do {
            while let frame = try await opened.receive() {
                guard case .text(let text) = frame else { continue }
                handle(Data(text.utf8))
            }
        } catch {
            reason = "\(error)"
        }
        if !Task.isCancelled { end(.disconnected(reason)) }
    }

    private func handle(_ data: Data) {
        guard let message = try? decoder.decode(Incoming.self, from: data) else {
            malformedFrames += 1
            return
        }
        if let path = correlation?.incoming, !waiting.isEmpty,
           let id = (try? decoder.decode(JSONValue.self, from: data))?.value(at: path),
           let continuation = waiting.removeValue(forKey: id) {
            continuation.resume(returning: message)
            return
        }
        if let stream, case .dropped = stream.yield(message) {
            stream.finish(throwing: MessageSocketError.bufferOverflow(limit: bufferLimit))
            self.stream = nil
        }
    }

    private func end(_ error: MessageSocketError) {
        connection = nil
        for continuation in waiting.values { continuation.resume(throwing: error) }
        waiting = [:]
        stream?.finish(throwing: error == .disconnected("closed") ? nil : error)
        stream = nil
    }

    fileprivate func exchange(_ id: JSONValue, sending text: String, paths: (incoming: [String], outgoing: [String])) async throws -> Incoming {
        guard let connection else { throw MessageSocketError.disconnected("not connected") }
        correlation = paths
        let timeout = requestTimeout
        return try await withCheckedThrowingContinuation { continuation in
            waiting[id] = continuation
            Task {
                do {
                    try await connection.send(.text(text))
                } catch {
                    self.fail(id, .disconnected("\(error)"))
                }
            }
            Task {
                try? await Task.sleep(for: timeout)
                self.fail(id, .timeout(correlation: Self.text(id)))
            }
        }
    }

    private func fail(_ id: JSONValue, _ error: MessageSocketError) {
        waiting.removeValue(forKey: id)?.resume(throwing: error)
    }

    static func text(_ id: JSONValue) -> String {
        switch id {
        case .string(let text): return text
        case .integer(let number): return String(number)
        default: return String(decoding: (try? JSONEncoder().encode(id)) ?? Data(), as: UTF8.self)
        }
    }
}

@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
extension MessageSocket where Incoming: CorrelatedMessage, Outgoing: CorrelatedMessage {
    /// Sends a request and returns the server's message that carries the same correlation id
    /// (the request must have one); throws `MessageSocketError.timeout` when none comes.
    public func request(_ message: Outgoing) async throws -> Incoming {
        let data = try JSONCoding.encoder().encode(message)
        guard let id = try JSONDecoder().decode(JSONValue.self, from: data).value(at: Outgoing.correlationPath) else {
            throw MessageSocketError.noCorrelation
        }
        return try await exchange(id, sending: String(decoding: data, as: UTF8.self), paths: (Incoming.correlationPath, Outgoing.correlationPath))
    }
}

/// An in-memory WebSocket connection, for tests of code that uses a generated client: the test
/// plays the server, seeing each frame the client sends (`onSend`) and pushing frames to it.
public final class InMemoryWebSocket: WebSocketConnection, @unchecked Sendable {
    private let lock = NSLock()
    private let frames: AsyncStream<WebSocketFrame?>
    private let continuation: AsyncStream<WebSocketFrame?>.Continuation
    private var iterator: AsyncStream<WebSocketFrame?>.AsyncIterator
    private let onSend: @Sendable (WebSocketFrame) async -> Void
    private var closed = false
    private var answersPings = true
    private var pingCount = 0

    public init(onSend: @escaping @Sendable (WebSocketFrame) async -> Void) {
        (frames, continuation) = AsyncStream<WebSocketFrame?>.makeStream()
        iterator = frames.makeAsyncIterator()
        self.onSend = onSend
    }

    /// The server sends a frame.
    public func push(_ frame: WebSocketFrame) {
        continuation.yield(frame)
    }

    /// The server goes away: the client's `receive` returns nil.
    public func drop() {
        continuation.yield(nil)
    }

    /// Pings go unanswered from now on: a dead connection that still looks open.
    public func stopAnsweringPings() {
        lock.withLock { answersPings = false }
    }

    /// The pings the client has sent.
    public var pings: Int { lock.withLock { pingCount } }

    public func send(_ frame: WebSocketFrame) async throws {
        guard !lock.withLock({ closed }) else { throw WebSocketError("the connection is closed") }
        await onSend(frame)
    }

    public func receive() async throws -> WebSocketFrame? {
        var local = lock.withLock { iterator }
        let frame = await local.next() ?? nil
        lock.withLock { iterator = local }
        return frame
    }

    public func sendPing() async throws {
        let answered = lock.withLock {
            pingCount += 1
            return answersPings
        }
        if !answered { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
    }

    public func close() async {
        lock.withLock { closed = true }
        continuation.yield(nil)
        continuation.finish()
    }
}
