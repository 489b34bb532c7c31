import Foundation
@_exported import KalshiAPI

/// What can go wrong on Kalshi's WebSocket connection, as a value.
public enum KalshiRealtimeError: Error, Equatable, CustomStringConvertible {
    /// Kalshi refused a command, or ended a subscription: its code (the table in Kalshi's
    /// AsyncAPI document: 1-28; 10 and 25 end a subscription) and message.
    case server(code: Int, message: String)
    /// No reply came within the command timeout.
    case timeout(command: String, id: Int)
    /// The connection is gone and could not be opened again (or was never opened).
    case disconnected(String)
    /// A subscription's `seq` skipped numbers (for a stream that cannot resync by itself).
    case sequenceGap(sid: Int, expected: Int, received: Int)
    /// The consumer fell more than `limit` messages behind; the subscription ends, as Kalshi's own
    /// buffer does (code 25, "Subscription buffer overflow").
    case bufferOverflow(limit: Int)

    public var description: String {
        switch self {
        case .server(let code, let message): return "Kalshi error \(code): \(message)"
        case .timeout(let command, let id): return "no reply to \(command) (id \(id)) within the timeout"
        case .disconnected(let reason): return "disconnected: \(reason)"
        case .sequenceGap(let sid, let expected, let received): return "subscription \(sid) skipped from seq \(expected) to \(received)"
        case .bufferOverflow(let limit): return "the consumer fell more than \(limit) messages behind"
        }
    }
}

/// What the connection does, for logs and status displays (`KalshiRealtimeClient.events`).
public enum KalshiRealtimeEvent: Sendable, Equatable {
    case connected
    /// The connection ended (closed, failed or silent past the limit); a reconnect follows.
    case disconnected(String)
    /// Attempt `n` to connect again, after the wait.
    case reconnecting(attempt: Int)
    /// Every live subscription was made again on the new connection.
    case resubscribed(count: Int)
    /// A subscription's `seq` skipped: the order book resyncs from a fresh snapshot.
    case sequenceGap(sid: Int, expected: Int, received: Int)
    /// A text frame that is not JSON (it is dropped).
    case malformedFrame(String)
    /// A message of a type this SDK does not know (it is dropped unless a subscription wants it).
    case unknownMessage(JSONValue)
}

/// Kalshi's WebSocket API: commands with typed replies, subscriptions as `AsyncSequence`s on one
/// connection, reconnects that resubscribe, `seq` checks and a live order book.
///
/// ```swift
/// let realtime = KalshiRealtimeClient(url: SocketServers.production, credentials: credentials,
///                                     transport: URLSessionWebSocketTransport())
/// try await realtime.connect()
/// for try await book in try await realtime.orderbook(ticker: "FED-23DEC-T3.00") {
///     print(book.bestYesBid ?? 0, book.bestNoBid ?? 0)
/// }
/// ```
@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)
public actor KalshiRealtimeClient {
    public struct Options: Sendable {
        /// How long a command waits for its reply.
        public var commandTimeout: Duration = .seconds(10)
        /// After this long without a frame the client pings; a ping not answered within
        /// `pongTimeout` means the connection is dead (Kalshi itself pings every 10 s).
        public var silenceLimit: Duration = .seconds(30)
        public var pongTimeout: Duration = .seconds(10)
        /// The messages a subscription holds for a consumer that has not read them; one more ends
        /// the subscription with `bufferOverflow` (memory stays bounded).
        public var bufferLimit = 10_000
        /// Reconnects: the first wait, the longest, and how many attempts before giving up. Each
        /// wait is random between half and all of its exponential bound.
        public var reconnectDelay: Duration = .milliseconds(250)
        public var maxReconnectDelay: Duration = .seconds(30)
        public var maxReconnectAttempts = 8

        public init() {}
    }

    public let url: URL
    let credentials: KalshiCredentials?
    let transport: any WebSocketTransport
    public let options: Options

    private var connection: (any WebSocketConnection)?
    private var reader: Task<Void, Never>?
    private var closedByUser = false
    private var nextID = 1
    private var pending: [Int: Pending] = [:]
    private var subscriptions: [Int: Subscription] = [:]
    /// Kalshi's subscription id -> the local subscription it feeds.
    private var bySid: [Int: Int] = [:]
    private var nextHandle = 1
    private var eventContinuations: [Int: AsyncStream<KalshiRealtimeEvent>.Continuation] = [:]
    /// One decoder for every frame (building one per frame cost more than some messages' decoding).
    private let decoder = JSONCoding.decoder()

    /// A command waiting for its replies.
    struct Pending {
        var command: String
        var expected: Int
        /// The subscription a `subscribe` makes: its `sid` is attached as the reply is read, before
        /// the messages that follow it (the order book's snapshot comes right after).
        var subscription: Int?
        var replies: [Data] = []
        var continuation: CheckedContinuation<[Data], any Error>
    }

    /// A live subscription: what to send to make it again, and where its messages go.
    struct Subscription {
        var params: SubscribeCommandPayloadParams
        var sid: Int?
        var lastSeq: Int?
        /// Gaps end the stream unless the subscription resyncs (the order book).
        var resyncsOnGap: Bool
        /// Hands a message on (false: the consumer's buffer is full). A failure tells a
        /// resyncing subscription that its state is stale (a gap, a lost connection).
        var deliver: @Sendable (Result<ServerMessage, KalshiRealtimeError>) -> Bool
        var finish: @Sendable (KalshiRealtimeError?) -> Void
    }

    public init(url: URL = SocketServers.production, credentials: KalshiCredentials?, transport: any WebSocketTransport, options: Options = Options()) {
        self.url = url
        self.credentials = credentials
        self.transport = transport
        self.options = options
    }

    /// The connection's events, from now on.
    public func events() -> AsyncStream<KalshiRealtimeEvent> {
        let (stream, continuation) = AsyncStream<KalshiRealtimeEvent>.makeStream(bufferingPolicy: .bufferingNewest(1000))
        let key = nextHandle
        nextHandle += 1
        eventContinuations[key] = continuation
        continuation.onTermination = { _ in Task { await self.removeEvents(key) } }
        return stream
    }

    private func removeEvents(_ key: Int) { eventContinuations[key] = nil }

    private func emit(_ event: KalshiRealtimeEvent) {
        for continuation in eventContinuations.values { continuation.yield(event) }
    }

    // MARK: Connecting

    /// Opens the connection, with the handshake signed like a REST call (timestamp + `GET` + the
    /// URL's path) when there are credentials.
    public func connect() async throws {
        closedByUser = false
        try await open()
    }

    /// Closes the connection; every subscription ends and every command waiting fails.
    public func close() async {
        closedByUser = true
        reader?.cancel()
        await connection?.close()
        connection = nil
        failPending(.disconnected("closed"))
        for subscription in subscriptions.values { subscription.finish(nil) }
        subscriptions = [:]
        bySid = [:]
        for continuation in eventContinuations.values { continuation.finish() }
        eventContinuations = [:]
    }

    private func open() async throws {
        var headers: [(name: String, value: String)] = []
        if let credentials {
            let timestamp = KalshiCredentials.timestamp(Date())
            headers = try credentials.headers(timestamp: timestamp, signing: timestamp + "GET" + url.path)
        }
        let opened = try await transport.connect(to: url, headers: headers)
        connection = opened
        emit(.connected)
        reader = Task { [weak self] in await self?.read(opened) }
    }

    /// Reads frames until the connection ends. Beside it a watchdog: when no frame has come for
    /// `silenceLimit`, it pings; a ping not answered within `pongTimeout` closes the connection
    /// as dead, and the reconnect follows.
    private func read(_ opened: any WebSocketConnection) async {
        let generation = UUID()
        readerGeneration = generation
        lastActivity = .now
        let watchdog = Task { [weak self] in await self?.watch(opened, generation: generation) }
        var reason = "closed by the server"
        do {
            while !Task.isCancelled, let frame = try await opened.receive() {
                lastActivity = .now
                if case .text(let text) = frame { handle(Data(text.utf8)) }
            }
        } catch {
            reason = "\(error)"
        }
        watchdog.cancel()
        if let silent = silentReason, readerGeneration == generation { reason = silent }
        silentReason = nil
        guard !Task.isCancelled, !closedByUser, readerGeneration == generation else { return }
        await connectionLost(reason)
    }

    private var lastActivity = ContinuousClock.now
    private var readerGeneration: UUID?
    private var silentReason: String?

    private func watch(_ opened: any WebSocketConnection, generation: UUID) async {
        let silence = options.silenceLimit
        let pongTimeout = options.pongTimeout
        while !Task.isCancelled, readerGeneration == generation {
            try? await Task.sleep(for: silence / 4)
            guard !Task.isCancelled, readerGeneration == generation, lastActivity.duration(to: .now) >= silence else { continue }
            let answered = await withTaskGroup(of: Bool.self) { group in
                group.addTask { (try? await opened.sendPing()) != nil }
                group.addTask {
                    try? await Task.sleep(for: pongTimeout)
                    return false
                }
                defer { group.cancelAll() }
                return await group.next() ?? false
            }
            guard !Task.isCancelled, readerGeneration == generation else { return }
            if answered {
                lastActivity = .now
            } else {
                silentReason = "silent for \(silence), and no pong within \(pongTimeout)"
                await opened.close()
                return
            }
        }
    }

    private func connectionLost(_ reason: String) async {
        connection = nil
        emit(.disconnected(reason))
        failPending(.disconnected(reason))
        for (handle, subscription) in subscriptions {
            subscriptions[handle]?.sid = nil
            subscriptions[handle]?.lastSeq = nil
            if subscription.resyncsOnGap { _ = subscription.deliver(.failure(.disconnected(reason))) }
        }
        bySid = [:]
        var bound = options.reconnectDelay
        for attempt in 1...max(options.maxReconnectAttempts, 1) {
            emit(.reconnecting(attempt: attempt))
            let seconds = Double(bound.components.seconds) + Double(bound.components.attoseconds) / 1e18
            try? await Task.sleep(for: .seconds(Double.random(in: (seconds / 2)...seconds)))
            if closedByUser { return }
            if (try? await open()) != nil {
                var count = 0
                for handle in subscriptions.keys.sorted() where await resubscribe(handle) { count += 1 }
                emit(.resubscribed(count: count))
                return
            }
            bound = min(bound * 2, options.maxReconnectDelay)
        }
        for subscription in subscriptions.values { subscription.finish(.disconnected(reason)) }
        subscriptions = [:]
    }

    // MARK: Frames

    private func handle(_ data: Data) {
        let message: ServerMessage
        do {
            message = try decoder.decode(ServerMessage.self, from: data)
        } catch {
            emit(.malformedFrame(String(decoding: data, as: UTF8.self)))
            return
        }
        let (id, sid, seq) = Self.routing(message, data, decoder)
        // A reply: to the command with its id (an error without one ends a subscription).
        if let id, pending[id] != nil, Self.isReply(message) {
            if case .errorResponse(let error) = message {
                complete(id, with: .failure(.server(code: error.msg.code.rawValue, message: error.msg.msg)))
                return
            }
            if case .subscribedResponse(let reply) = message, let handle = pending[id]!.subscription { attach(handle, sid: reply.msg.sid) }
            pending[id]!.replies.append(data)
            if pending[id]!.replies.count >= pending[id]!.expected { complete(id, with: .success(pending[id]!.replies)) }
            return
        }
        guard let sid, let handle = bySid[sid], var subscription = subscriptions[handle] else {
            if case .unknown(let json) = message { emit(.unknownMessage(json)) }
            return
        }
        if case .errorResponse(let error) = message {
            end(handle, .server(code: error.msg.code.rawValue, message: error.msg.msg))
            return
        }
        if let seq {
            if let last = subscription.lastSeq, seq != last + 1 {
                emit(.sequenceGap(sid: sid, expected: last + 1, received: seq))
                if subscription.resyncsOnGap {
                    // Its state is stale: it waits for the fresh snapshot the new subscription brings.
                    _ = subscription.deliver(.failure(.sequenceGap(sid: sid, expected: last + 1, received: seq)))
                    bySid[sid] = nil
                    subscriptions[handle]?.sid = nil
                    Task { await self.resync(handle, oldSid: sid) }
                } else {
                    end(handle, .sequenceGap(sid: sid, expected: last + 1, received: seq))
                }
                return
            }
            subscription.lastSeq = seq
            subscriptions[handle] = subscription
        }
        if !subscription.deliver(.success(message)) { end(handle, .bufferOverflow(limit: options.bufferLimit)) }
    }

    /// The command id, subscription id and sequence number a message carries.
    static func routing(_ message: ServerMessage, _ data: Data, _ decoder: JSONDecoder) -> (id: Int?, sid: Int?, seq: Int?) {
        switch message {
        case .subscribedResponse(let m): return (m.id, m.msg.sid, nil)
        case .unsubscribedResponse(let m): return (m.id, m.sid, nil)
        case .okResponse(let m): return (m.id, m.sid, nil)
        case .subscribedUnderlyingsResponse(let m): return (m.id, m.sid, nil)
        case .subscribedIndicesResponse(let m): return (m.id, m.sid, nil)
        case .listSubscriptionsResponse(let m): return (m.id, nil, nil)
        case .errorResponse(let m): return (m.id, m.sid, nil)
        case .orderbookSnapshot(let m): return (m.id, m.sid, m.seq)
        case .orderbookDelta(let m): return (nil, m.sid, m.seq)
        default:
            // The other channels' messages: `sid` and, where the channel numbers them, `seq`.
            guard let json = try? decoder.decode(Envelope.self, from: data) else { return (nil, nil, nil) }
            return (nil, json.sid, json.seq)
        }
    }

    /// `sid` and `seq`, which every data message of Kalshi's carries at the top level.
    struct Envelope: Decodable {
        var sid: Int?
        var seq: Int?
    }

    static func isReply(_ message: ServerMessage) -> Bool {
        switch message {
        case .subscribedResponse, .unsubscribedResponse, .okResponse, .subscribedUnderlyingsResponse,
             .subscribedIndicesResponse, .listSubscriptionsResponse, .errorResponse:
            return true
        default:
            return false
        }
    }

    // MARK: Commands

    /// Sends a command and waits for its `expected` replies (or an error, or the timeout).
    private func send<Command: Encodable>(_ name: String, expected: Int, subscription: Int? = nil, _ make: (Int) -> Command) async throws -> [Data] {
        guard let connection else { throw KalshiRealtimeError.disconnected("not connected") }
        let id = nextID
        nextID += 1
        let text = String(decoding: try JSONCoding.encoder().encode(make(id)), as: UTF8.self)
        let timeout = options.commandTimeout
        return try await withCheckedThrowingContinuation { continuation in
            pending[id] = Pending(command: name, expected: expected, subscription: subscription, continuation: continuation)
            Task {
                do {
                    try await connection.send(.text(text))
                } catch {
                    self.complete(id, with: .failure(.disconnected("\(error)")))
                }
            }
            Task {
                try? await Task.sleep(for: timeout)
                self.complete(id, with: .failure(.timeout(command: name, id: id)))
            }
        }
    }

    private func complete(_ id: Int, with result: Result<[Data], KalshiRealtimeError>) {
        guard let waiting = pending.removeValue(forKey: id) else { return }
        waiting.continuation.resume(with: result.mapError { $0 as any Error })
    }

    private func failPending(_ error: KalshiRealtimeError) {
        for id in pending.keys.sorted() { complete(id, with: .failure(error)) }
    }

    private func decode<T: Decodable>(_ type: T.Type, _ replies: [Data]) throws -> [T] {
        try replies.map { try decoder.decode(T.self, from: $0) }
    }

    /// `subscribe`: one `subscribed` reply per channel, each with the new subscription's `sid`.
    public func subscribe(_ params: SubscribeCommandPayloadParams) async throws -> [SubscribedResponsePayload] {
        try await subscribe(params, for: nil)
    }

    private func subscribe(_ params: SubscribeCommandPayloadParams, for subscription: Int?) async throws -> [SubscribedResponsePayload] {
        let replies = try await send("subscribe", expected: params.channels.count, subscription: subscription) {
            SubscribeCommandPayload(id: $0, cmd: "subscribe", params: params)
        }
        return try decode(SubscribedResponsePayload.self, replies)
    }

    /// `unsubscribe`: one `unsubscribed` reply per subscription id.
    public func unsubscribe(sids: [Int]) async throws -> [UnsubscribedResponsePayload] {
        let replies = try await send("unsubscribe", expected: sids.count) {
            UnsubscribeCommandPayload(id: $0, cmd: "unsubscribe", params: UnsubscribeCommandPayloadParams(sids: sids))
        }
        return try decode(UnsubscribedResponsePayload.self, replies)
    }

    /// `update_subscription` (add or delete markets): the `ok` reply, with the markets it now has.
    public func updateSubscription(_ params: UpdateSubscriptionCommandPayloadParams) async throws -> OkResponsePayload {
        let replies = try await send("update_subscription", expected: 1) {
            UpdateSubscriptionCommandPayload(id: $0, cmd: "update_subscription", params: params)
        }
        return try decode(OkResponsePayload.self, replies)[0]
    }

    /// `list_subscriptions`: every subscription of the connection.
    public func listSubscriptions() async throws -> [ListSubscriptionsResponsePayloadMsgItem] {
        let replies = try await send("list_subscriptions", expected: 1) {
            ListSubscriptionsCommandPayload(id: $0, cmd: "list_subscriptions")
        }
        return try decode(ListSubscriptionsResponsePayload.self, replies)[0].msg
    }

    // MARK: Subscriptions

    /// Subscribes to one channel and returns its messages as they arrive. Ending the iteration
    /// (or cancelling its task) unsubscribes; a reconnect resubscribes, and the sequence just
    /// continues. A `seq` gap ends it with `sequenceGap`; a consumer more than
    /// `options.bufferLimit` messages behind ends it with `bufferOverflow`.
    public func messages(_ params: SubscribeCommandPayloadParams) async throws -> AsyncThrowingStream<ServerMessage, any Error> {
        precondition(params.channels.count == 1, "one channel per subscription stream")
        let (stream, continuation) = AsyncThrowingStream<ServerMessage, any Error>.makeStream(bufferingPolicy: .bufferingOldest(options.bufferLimit))
        let handle = try await start(params, resyncsOnGap: false, deliver: { result in
            switch result {
            case .success(let message):
                if case .dropped = continuation.yield(message) { return false }
                return true
            case .failure(let error):
                continuation.finish(throwing: error)
                return true
            }
        }, finish: { error in continuation.finish(throwing: error) })
        continuation.onTermination = { _ in Task { await self.stop(handle) } }
        return stream
    }

    /// Makes a subscription and waits for its `sid`.
    private func start(
        _ params: SubscribeCommandPayloadParams, resyncsOnGap: Bool,
        deliver: @escaping @Sendable (Result<ServerMessage, KalshiRealtimeError>) -> Bool,
        finish: @escaping @Sendable (KalshiRealtimeError?) -> Void
    ) async throws -> Int {
        let handle = nextHandle
        nextHandle += 1
        subscriptions[handle] = Subscription(params: params, resyncsOnGap: resyncsOnGap, deliver: deliver, finish: finish)
        do {
            guard try await subscribe(params, for: handle).first != nil else { throw KalshiRealtimeError.disconnected("no subscription id") }
        } catch {
            subscriptions[handle] = nil
            throw error
        }
        return handle
    }

    private func attach(_ handle: Int, sid: Int) {
        guard subscriptions[handle] != nil else {
            // Ended while the reply was on its way: let the server know.
            Task { _ = try? await self.unsubscribe(sids: [sid]) }
            return
        }
        subscriptions[handle]?.sid = sid
        subscriptions[handle]?.lastSeq = nil
        bySid[sid] = handle
    }

    /// Makes a subscription again (after a reconnect): true when it has a new `sid`.
    private func resubscribe(_ handle: Int) async -> Bool {
        guard let params = subscriptions[handle]?.params else { return false }
        do {
            return try await subscribe(params, for: handle).first != nil
        } catch {
            end(handle, error as? KalshiRealtimeError ?? .disconnected("\(error)"))
            return false
        }
    }

    /// After a gap: drop the old subscription and make it again, for a fresh snapshot.
    private func resync(_ handle: Int, oldSid: Int) async {
        _ = try? await unsubscribe(sids: [oldSid])
        _ = await resubscribe(handle)
    }

    private func end(_ handle: Int, _ error: KalshiRealtimeError?) {
        guard let subscription = subscriptions.removeValue(forKey: handle) else { return }
        if let sid = subscription.sid { bySid[sid] = nil }
        subscription.finish(error)
    }

    /// The consumer is gone: forget the subscription and unsubscribe.
    private func stop(_ handle: Int) async {
        guard let subscription = subscriptions.removeValue(forKey: handle) else { return }
        guard let sid = subscription.sid else { return }
        bySid[sid] = nil
        if connection != nil { _ = try? await unsubscribe(sids: [sid]) }
    }

    // MARK: The live order book

    /// The order book of one market, as a sequence of books: the snapshot, then the book after
    /// each delta, with exact prices and sizes. After a `seq` gap or a reconnect it resyncs from a
    /// fresh snapshot before it yields again.
    public func orderbook(ticker: String) async throws -> AsyncThrowingStream<LiveOrderbook, any Error> {
        let (stream, continuation) = AsyncThrowingStream<LiveOrderbook, any Error>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let book = LiveOrderbook.Builder(ticker: ticker)
        let handle = try await start(
            SubscribeCommandPayloadParams(channels: [.orderbookDelta], marketTicker: ticker), resyncsOnGap: true,
            deliver: { result in
                guard case .success(let message) = result else {
                    book.reset()
                    return true
                }
                guard let next = book.apply(message) else { return true }
                // Only the newest book matters to a reader that is behind: older ones are replaced.
                continuation.yield(next)
                return true
            }, finish: { error in continuation.finish(throwing: error) })
        continuation.onTermination = { _ in Task { await self.stop(handle) } }
        return stream
    }
}
