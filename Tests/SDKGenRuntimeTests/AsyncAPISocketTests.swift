import Foundation
import GoldenAsyncGemini
import GoldenAsyncKraken
import SDKGenRuntime
import Testing

/// A transport whose connections are `InMemoryWebSocket`s served by a test's server.
struct ServedTransport: WebSocketTransport {
    /// Called with each new connection and each frame the client sends on it.
    let serve: @Sendable (InMemoryWebSocket, String) async -> Void
    let onOpen: @Sendable (InMemoryWebSocket) async -> Void

    func connect(to url: URL, headers: [(name: String, value: String)]) async throws -> any WebSocketConnection {
        let box = ConnectionBox()
        let connection = InMemoryWebSocket { frame in
            guard case .text(let text) = frame, let connection = box.connection else { return }
            await serve(connection, text)
        }
        box.connection = connection
        await onOpen(connection)
        return connection
    }

    final class ConnectionBox: @unchecked Sendable {
        var connection: InMemoryWebSocket?
    }
}

/// The generated `Socket` of two public AsyncAPI 3.1 documents, each against a small server
/// written from its document: Kraken's request/reply by `reqid` (its `correlationId`), Gemini's
/// market data stream.
@Suite(.timeLimit(.minutes(1))) struct AsyncAPISocketTests {
    /// Kraken's server: `ping` -> `pong`, `subscribe` -> `subscriptionStatus` then a heartbeat,
    /// both with the request's `reqid`; `unsubscribe` is never answered.
    static let kraken = ServedTransport(serve: { connection, text in
        guard let request = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let event = request["event"] as? String else { return }
        let reqid = request["reqid"] as? Int ?? 0
        switch event {
        case "ping":
            connection.push(.text(#"{"event":"pong","reqid":\#(reqid)}"#))
        case "subscribe":
            connection.push(.text(#"{"channelID":10001,"channelName":"ticker","event":"subscriptionStatus","pair":["XBT/EUR"],"reqid":\#(reqid),"status":"subscribed","subscription":{"name":"ticker"}}"#))
            connection.push(.text(#"{"event":"heartbeat"}"#))
        default:
            break
        }
    }, onOpen: { _ in })

    @Test func krakensRequestsGetTheirRepliesByReqid() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let socket = GoldenAsyncKraken.Socket(url: URL(string: "wss://ws.kraken.test")!, transport: Self.kraken, requestTimeout: .milliseconds(300))
        try await socket.connect()
        let heartbeats = await socket.messages()
        guard case .pong(let pong) = try await socket.request(.ping(Ping(event: "ping", reqid: 42))) else {
            Issue.record("not a pong")
            return
        }
        #expect(pong.reqid == 42)
        let status = try await socket.request(.subscribe(Subscribe(event: "subscribe", reqid: 43, pair: ["XBT/EUR"], subscription: SubscribeSubscription(name: .ticker))))
        guard case .subscriptionStatus(.subscriptionStatusSuccess(let success)) = status else {
            Issue.record("not a subscription status: \(status)")
            return
        }
        #expect(success.reqid == 43)
        #expect(success.channelName == "ticker")
        // The heartbeat answers no request: it goes to the stream.
        var iterator = heartbeats.makeAsyncIterator()
        guard case .heartbeat? = try await iterator.next() else {
            Issue.record("no heartbeat")
            return
        }
        await #expect(throws: MessageSocketError.timeout(correlation: "44")) {
            _ = try await socket.request(.unsubscribe(Unsubscribe(event: "unsubscribe", reqid: 44)))
        }
        await #expect(throws: MessageSocketError.noCorrelation) {
            _ = try await socket.request(.ping(Ping(event: "ping")))
        }
        await socket.close()
    }

    @Test func geminisMarketDataArrivesTyped() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        // The document's own examples, sent as the server would.
        let updates = try AsyncAPIMessageTests.examples("gemini").filter(\.fromServer).map(\.json)
        #expect(updates.count == 2)
        let gemini = ServedTransport(serve: { _, _ in }, onOpen: { connection in
            for update in updates { connection.push(.text(update)) }
        })
        let socket = GoldenAsyncGemini.Socket(url: GoldenAsyncGemini.SocketServers.public, transport: gemini)
        let stream = await socket.messages()
        try await socket.connect()
        var received: [JSONValue] = []
        for try await message in stream {
            guard case .marketData = message else {
                Issue.record("not market data: \(message)")
                break
            }
            received.append(try JSONDecoder().decode(JSONValue.self, from: JSONCoding.encoder().encode(message)))
            if received.count == updates.count { break }
        }
        #expect(received == (try updates.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }))
        #expect(await socket.malformedFrames == 0)
        await socket.close()
    }
}
