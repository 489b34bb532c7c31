import Foundation
import KalshiAPI
import KalshiRealtime
import SDKGenRuntime
import Testing
import _CryptoExtras

/// Kalshi's WebSocket server as its AsyncAPI document describes it, for the client's tests: it
/// answers commands by id (`subscribed` per channel, `unsubscribed` per sid, `ok`, errors with
/// Kalshi's codes), sends an order book snapshot with `seq` on subscribe, and lets a test push
/// deltas, gaps, unknown or malformed frames, drop the connection, or never answer a command.
actor FakeKalshiExchange: WebSocketTransport {
    struct Sub {
        var channel: String
        var ticker: String?
        var seq = 0
        var connection: Int
    }

    private(set) var connections: [InMemoryWebSocket] = []
    private(set) var handshakes: [[String: String]] = []
    private(set) var commands: [String] = []
    private var subs: [Int: Sub] = [:]
    private var nextSid = 1
    /// Commands (`cmd`) that get no reply.
    var silentCommands: Set<String> = []
    /// Order book levels sent in each snapshot: side -> [[price, count]].
    var snapshot: [String: [[String]]] = ["yes": [["0.4200", "10.00"], ["0.4100", "5.00"]], "no": [["0.5500", "7.00"]]]

    nonisolated func connect(to url: URL, headers: [(name: String, value: String)]) async throws -> any WebSocketConnection {
        try await open(url: url, headers: headers)
    }

    private func open(url: URL, headers: [(name: String, value: String)]) throws -> any WebSocketConnection {
        handshakes.append(Dictionary(headers.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last }))
        let index = connections.count
        let connection = InMemoryWebSocket { [weak self] frame in
            if case .text(let text) = frame { await self?.receive(text, on: index) }
        }
        connections.append(connection)
        return connection
    }

    func setSilent(_ commands: Set<String>) { silentCommands = commands }

    private func send(_ json: String, on connection: Int) {
        connections[connection].push(.text(json))
    }

    private func receive(_ text: String, on connection: Int) {
        guard let command = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let id = command["id"] as? Int, let cmd = command["cmd"] as? String else { return }
        commands.append(cmd)
        if silentCommands.contains(cmd) { return }
        let params = command["params"] as? [String: Any] ?? [:]
        switch cmd {
        case "subscribe":
            for channel in params["channels"] as? [String] ?? [] {
                guard ["orderbook_delta", "ticker", "trade", "fill"].contains(channel) else {
                    send(#"{"id":\#(id),"type":"error","msg":{"code":8,"msg":"Unknown channel name"}}"#, on: connection)
                    return
                }
            }
            for channel in params["channels"] as? [String] ?? [] {
                let sid = nextSid
                nextSid += 1
                subs[sid] = Sub(channel: channel, ticker: params["market_ticker"] as? String, connection: connection)
                send(#"{"id":\#(id),"type":"subscribed","msg":{"channel":"\#(channel)","sid":\#(sid)}}"#, on: connection)
                if channel == "orderbook_delta", let ticker = params["market_ticker"] as? String { sendSnapshot(sid: sid, ticker: ticker) }
            }
        case "unsubscribe":
            for sid in params["sids"] as? [Int] ?? [] {
                guard let sub = subs.removeValue(forKey: sid) else {
                    send(#"{"id":\#(id),"type":"error","msg":{"code":7,"msg":"Unknown subscription ID"}}"#, on: connection)
                    return
                }
                send(#"{"id":\#(id),"sid":\#(sid),"seq":\#(sub.seq + 1),"type":"unsubscribed"}"#, on: connection)
            }
        case "update_subscription":
            let sid = params["sid"] as? Int ?? (params["sids"] as? [Int])?.first ?? 0
            guard subs[sid] != nil else {
                send(#"{"id":\#(id),"type":"error","msg":{"code":7,"msg":"Unknown subscription ID"}}"#, on: connection)
                return
            }
            let tickers = (params["market_tickers"] as? [String] ?? []).map { "\"\($0)\"" }.joined(separator: ",")
            send(#"{"id":\#(id),"sid":\#(sid),"seq":\#(subs[sid]!.seq),"type":"ok","msg":{"market_tickers":[\#(tickers)]}}"#, on: connection)
        case "list_subscriptions":
            let items = subs.keys.sorted().filter { subs[$0]!.connection == connection }.map { #"{"channel":"\#(subs[$0]!.channel)","sid":\#($0)}"# }
            send(#"{"id":\#(id),"type":"ok","msg":[\#(items.joined(separator: ","))]}"#, on: connection)
        default:
            send(#"{"id":\#(id),"type":"error","msg":{"code":5,"msg":"Unknown command"}}"#, on: connection)
        }
    }

    private func sendSnapshot(sid: Int, ticker: String) {
        subs[sid]!.seq += 1
        let yes = (snapshot["yes"] ?? []).map { #"["\#($0[0])","\#($0[1])"]"# }.joined(separator: ",")
        let no = (snapshot["no"] ?? []).map { #"["\#($0[0])","\#($0[1])"]"# }.joined(separator: ",")
        send(#"{"type":"orderbook_snapshot","sid":\#(sid),"seq":\#(subs[sid]!.seq),"msg":{"market_ticker":"\#(ticker)","market_id":"m-1","yes_dollars_fp":[\#(yes)],"no_dollars_fp":[\#(no)]}}"#, on: subs[sid]!.connection)
    }

    /// The live subscription of `channel`, newest first.
    func sid(of channel: String) -> Int? {
        subs.keys.sorted().last { subs[$0]!.channel == channel }
    }

    /// A delta on the order book subscription; `skip` leaves out that many `seq` numbers first.
    func delta(price: String, change: String, side: String, skip: Int = 0) {
        guard let sid = sid(of: "orderbook_delta"), let ticker = subs[sid]!.ticker else { return }
        subs[sid]!.seq += 1 + skip
        send(#"{"type":"orderbook_delta","sid":\#(sid),"seq":\#(subs[sid]!.seq),"msg":{"market_ticker":"\#(ticker)","market_id":"m-1","price_dollars":"\#(price)","delta_fp":"\#(change)","side":"\#(side)"}}"#, on: subs[sid]!.connection)
    }

    func ticker(_ number: Int) {
        guard let sid = sid(of: "ticker") else { return }
        send(#"{"type":"ticker","sid":\#(sid),"msg":{"market_ticker":"FED","market_id":"m-1","price_dollars":"0.\#(number)","yes_bid_dollars":"0.40","yes_ask_dollars":"0.45","volume_fp":"\#(number).00","open_interest_fp":"1.00","dollar_volume":1,"dollar_open_interest":1,"yes_bid_size_fp":"1.00","yes_ask_size_fp":"1.00","last_trade_size_fp":"1.00","ts":1700000000,"ts_ms":1700000000000,"time":"2023-11-14T22:13:20Z"}}"#, on: subs[sid]!.connection)
    }

    func raw(_ text: String) {
        send(text, on: connections.count - 1)
    }

    /// The server goes away: every subscription of the newest connection is gone with it.
    func dropConnection() {
        let index = connections.count - 1
        subs = subs.filter { $0.value.connection != index }
        connections[index].drop()
    }
}

@Suite("Kalshi's WebSocket API: commands, subscriptions, the live order book", .timeLimit(.minutes(2)))
struct KalshiRealtimeTests {
    static func client(_ exchange: FakeKalshiExchange, credentials: KalshiCredentials? = nil, _ change: (inout KalshiRealtimeClient.Options) -> Void = { _ in }) -> KalshiRealtimeClient? {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return nil }
        var options = KalshiRealtimeClient.Options()
        options.commandTimeout = .seconds(5)
        options.reconnectDelay = .milliseconds(20)
        change(&options)
        return KalshiRealtimeClient(url: URL(string: "wss://example.test/trade-api/ws/v2")!, credentials: credentials, transport: exchange, options: options)
    }

    /// The handshake is signed like a REST call: timestamp + GET + the URL's path.
    @Test func theHandshakeIsSigned() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange, credentials: try KalshiCredentials(keyID: "key-1", privateKeyPEM: key.pemRepresentation)))
        try await realtime.connect()
        let headers = try #require(await exchange.handshakes.first)
        #expect(headers["KALSHI-ACCESS-KEY"] == "key-1")
        let timestamp = try #require(headers["KALSHI-ACCESS-TIMESTAMP"])
        let publicKey = try KalshiPublicKey(pem: key.publicKey.pemRepresentation)
        #expect(publicKey.isValidSignature(try #require(headers["KALSHI-ACCESS-SIGNATURE"]), for: timestamp + "GET/trade-api/ws/v2"))
        #expect(!publicKey.isValidSignature(headers["KALSHI-ACCESS-SIGNATURE"]!, for: timestamp + "GET/trade-api/ws/v1"))
        await realtime.close()
    }

    /// Each command returns its typed reply.
    @Test func commandsReturnTypedReplies() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange))
        try await realtime.connect()
        let subscribed = try await realtime.subscribe(SubscribeCommandPayloadParams(channels: [.ticker, .trade]))
        #expect(subscribed.map { "\($0.id ?? 0) \($0.msg.channel) \($0.msg.sid)" } == ["1 ticker 1", "1 trade 2"])
        let listed = try await realtime.listSubscriptions()
        #expect(listed.map { "\($0.channel) \($0.sid)" } == ["ticker 1", "trade 2"])
        let updated = try await realtime.updateSubscription(UpdateSubscriptionCommandPayloadParams(sid: 1, marketTickers: ["A", "B"], action: .addMarkets))
        #expect(updated.msg?.marketTickers == ["A", "B"])
        let unsubscribed = try await realtime.unsubscribe(sids: [1, 2])
        #expect(unsubscribed.map(\.sid) == [1, 2])
        #expect(await exchange.commands == ["subscribe", "list_subscriptions", "update_subscription", "unsubscribe"])
        await realtime.close()
    }

    /// Kalshi's error codes come back as typed errors; a command never answered times out.
    @Test func errorsAndTimeouts() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange) { $0.commandTimeout = .milliseconds(200) })
        try await realtime.connect()
        await #expect(throws: KalshiRealtimeError.server(code: 8, message: "Unknown channel name")) {
            _ = try await realtime.subscribe(SubscribeCommandPayloadParams(channels: [.communications]))
        }
        await #expect(throws: KalshiRealtimeError.server(code: 7, message: "Unknown subscription ID")) {
            _ = try await realtime.unsubscribe(sids: [99])
        }
        await exchange.setSilent(["list_subscriptions"])
        await #expect(throws: KalshiRealtimeError.timeout(command: "list_subscriptions", id: 3)) {
            _ = try await realtime.listSubscriptions()
        }
        await realtime.close()
    }

    /// The live book: the snapshot, then each delta applied exactly; a `seq` gap resyncs from a
    /// fresh snapshot before anything after the gap is yielded.
    @Test func theOrderbookAppliesDeltasAndResyncsAfterAGap() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange))
        try await realtime.connect()
        let books = try await realtime.orderbook(ticker: "FED-23DEC-T3.00")
        var iterator = books.makeAsyncIterator()
        let first = try #require(try await iterator.next())
        #expect(first.levels(.yes).map { "\($0.price) \($0.count)" } == ["0.4200 10.00", "0.4100 5.00"])  // the server's text
        #expect(first.bestYesAsk == "0.45")
        #expect(first.seq == 1)
        await exchange.delta(price: "0.4200", change: "-4.00", side: "yes")
        let second = try #require(try await iterator.next())
        #expect(second.yes["0.42"] == "6")
        #expect(second.seq == 2)
        await exchange.delta(price: "0.4100", change: "-5.00", side: "yes")
        let third = try #require(try await iterator.next())
        #expect(third.levels(.yes).map { "\($0.price) \($0.count)" } == ["0.4200 6"])
        // Two numbers skipped: the book is rebuilt from a new subscription's snapshot.
        await exchange.setSnapshot(["yes": [["0.3900", "1.00"]], "no": []])
        await exchange.delta(price: "0.4200", change: "100.00", side: "yes", skip: 2)
        let resynced = try #require(try await iterator.next())
        #expect(resynced.levels(.yes).map { "\($0.price) \($0.count)" } == ["0.3900 1.00"])
        #expect(resynced.seq == 1)
        #expect(await exchange.commands == ["subscribe", "unsubscribe", "subscribe"])
        await realtime.close()
    }

    /// The server drops the connection: the client reconnects, resubscribes, and the book goes on
    /// from the new snapshot; the events say what happened.
    @Test func aDroppedConnectionReconnectsAndResubscribes() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange))
        let events = await realtime.events()
        try await realtime.connect()
        let books = try await realtime.orderbook(ticker: "FED")
        var iterator = books.makeAsyncIterator()
        #expect(try await iterator.next()?.seq == 1)
        await exchange.setSnapshot(["yes": [["0.5000", "2.00"]], "no": []])
        await exchange.dropConnection()
        let after = try #require(try await iterator.next())
        #expect(after.levels(.yes).map { "\($0.price) \($0.count)" } == ["0.5000 2.00"])
        #expect(await exchange.connections.count == 2)
        #expect(await exchange.commands == ["subscribe", "subscribe"])
        var seen: [KalshiRealtimeEvent] = []
        for await event in events {
            seen.append(event)
            if case .resubscribed = event { break }
        }
        #expect(seen == [.connected, .disconnected("closed by the server"), .reconnecting(attempt: 1), .connected, .resubscribed(count: 1)])
        await realtime.close()
    }

    /// A quiet connection that answers pings lives on; one that stops answering is closed as dead
    /// and opened again.
    @Test func aSilentConnectionIsPingedAndADeadOneReplaced() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange) {
            $0.silenceLimit = .milliseconds(40)
            $0.pongTimeout = .milliseconds(40)
        })
        let events = await realtime.events()
        try await realtime.connect()
        // Quiet but answering: pinged again and again, never replaced.
        let first = try #require(await exchange.connections.first)
        let deadline = ContinuousClock.now + .seconds(20)
        while first.pings < 3, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(first.pings >= 3)
        #expect(await exchange.connections.count == 1)
        await exchange.stopAnsweringPings()
        var seen: [KalshiRealtimeEvent] = []
        for await event in events {
            seen.append(event)
            if case .resubscribed = event { break }
        }
        #expect(seen == [.connected, .disconnected("silent for 0.04 seconds, and no pong within 0.04 seconds"), .reconnecting(attempt: 1), .connected, .resubscribed(count: 0)])
        #expect(await exchange.connections.count == 2)
        await realtime.close()
    }

    /// A malformed frame and a message type the SDK does not know are reported and dropped; the
    /// stream goes on. A gap on a plain stream ends it with `sequenceGap`.
    @Test func malformedAndUnknownFramesDoNotBreakTheStream() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange))
        let events = await realtime.events()
        try await realtime.connect()
        let tickers = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.ticker]))
        var iterator = tickers.makeAsyncIterator()
        await exchange.raw("{not json")
        await exchange.raw(#"{"type":"market_halted","msg":{}}"#)
        await exchange.ticker(7)
        guard case .ticker(let ticker)? = try await iterator.next() else {
            Issue.record("not a ticker")
            return
        }
        #expect(ticker.msg.priceDollars == "0.7")
        var seen: [KalshiRealtimeEvent] = []
        for await event in events {
            seen.append(event)
            if case .unknownMessage = event { break }
        }
        #expect(seen == [.connected, .malformedFrame("{not json"), .unknownMessage(.object(["type": .string("market_halted"), "msg": .object([:])]))])
        await realtime.close()
    }

    /// A consumer that does not read: past the buffer, the subscription ends with
    /// `bufferOverflow`, after the messages it holds.
    @Test func aSlowConsumerEndsWithBufferOverflow() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange) { $0.bufferLimit = 5 })
        try await realtime.connect()
        let tickers = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.ticker]))
        for number in 1...20 { await exchange.ticker(number) }
        _ = try await realtime.listSubscriptions()  // every ticker before it has been handled
        var read = 0
        do {
            for try await _ in tickers { read += 1 }
            Issue.record("the stream ended without an error")
        } catch {
            #expect(error as? KalshiRealtimeError == .bufferOverflow(limit: 5))
        }
        #expect(read == 5)
        await realtime.close()
    }

    /// Ending the iteration unsubscribes.
    @Test func cancellingUnsubscribes() async throws {
        guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { return }
        let exchange = FakeKalshiExchange()
        let realtime = try #require(Self.client(exchange))
        try await realtime.connect()
        let reader = Task {
            let tickers = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.ticker]))
            for try await _ in tickers {}
        }
        while await exchange.sid(of: "ticker") == nil { try await Task.sleep(for: .milliseconds(5)) }
        reader.cancel()
        while await exchange.sid(of: "ticker") != nil { try await Task.sleep(for: .milliseconds(5)) }
        #expect(await exchange.commands == ["subscribe", "unsubscribe"])
        await realtime.close()
    }
}

extension FakeKalshiExchange {
    func stopAnsweringPings() { connections.last?.stopAnsweringPings() }

    func setSnapshot(_ levels: [String: [[String]]]) { snapshot = levels }
}
