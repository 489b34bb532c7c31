// Drives KalshiRealtimeClient through NIOWebSocketTransport against server.py, end to end:
//   RealtimeCheck PORT KEYS_FOLDER
// KEYS_FOLDER holds rsa.pem and ed25519.pem (private keys registered with the server as
// "rsa-key" and "ed25519-key") and stranger.pem (not registered). Each scenario prints one line;
// the first failure exits with status 1.
import Foundation
import KalshiAPI
import KalshiRealtime
import NIOWebSocketTransport

/// One line, written at once (also into a pipe or a file, where `print` would buffer it).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let port = Int(arguments[1]) else {
    say("usage: RealtimeCheck PORT KEYS_FOLDER")
    exit(2)
}
let keys = URL(fileURLWithPath: arguments[2])
let url = URL(string: "ws://127.0.0.1:\(port)/trade-api/ws/v2")!

func fail(_ message: String) -> Never {
    say("realtime: FAILED: \(message)")
    exit(1)
}

func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
}

func credentials(_ name: String, id: String) throws -> KalshiCredentials {
    try KalshiCredentials(keyID: id, privateKeyFile: keys.appendingPathComponent(name).path)
}

func client(_ credentials: KalshiCredentials, _ change: (inout KalshiRealtimeClient.Options) -> Void = { _ in }) -> KalshiRealtimeClient {
    var options = KalshiRealtimeClient.Options()
    options.commandTimeout = .seconds(5)
    options.reconnectDelay = .milliseconds(50)
    change(&options)
    return KalshiRealtimeClient(url: url, credentials: credentials, transport: NIOWebSocketTransport(), options: options)
}

func expectError<T>(_ expected: KalshiRealtimeError, _ body: () async throws -> T) async {
    do {
        _ = try await body()
        fail("expected \(expected), got a result")
    } catch {
        check(error as? KalshiRealtimeError == expected, "expected \(expected), got \(error)")
    }
}

/// The yes side of a book as text, best price first.
func yes(_ book: LiveOrderbook) -> String {
    book.levels(.yes).map { "\($0.price)x\($0.count)" }.joined(separator: " ")
}

let rsa = try credentials("rsa.pem", id: "rsa-key")

// 1. The handshake: RSA-PSS and Ed25519 signatures pass; a key the server does not know fails.
do {
    let first = client(rsa)
    try await first.connect()
    await first.close()
    let ed = client(try credentials("ed25519.pem", id: "ed25519-key"))
    try await ed.connect()
    await ed.close()
    let stranger = client(try credentials("stranger.pem", id: "rsa-key"))
    do {
        try await stranger.connect()
        fail("a handshake signed by an unregistered key was accepted")
    } catch {}
    say("realtime: handshake signed with RSA-PSS and Ed25519 accepted, a wrong key refused")
}

// 2. Commands and their typed replies, Kalshi's error codes, a command never answered.
do {
    let realtime = client(rsa) { $0.commandTimeout = .milliseconds(500) }
    try await realtime.connect()
    let subscribed = try await realtime.subscribe(SubscribeCommandPayloadParams(channels: [.ticker]))
    check(subscribed.map { "\($0.id ?? 0) \($0.msg.channel) \($0.msg.sid)" } == ["1 ticker 1"], "subscribe: \(subscribed)")
    let listed = try await realtime.listSubscriptions()
    check(listed.map { "\($0.channel) \($0.sid)" } == ["ticker 1"], "list: \(listed)")
    let updated = try await realtime.updateSubscription(UpdateSubscriptionCommandPayloadParams(sid: 1, marketTickers: ["A", "B"], action: .addMarkets))
    check(updated.msg?.marketTickers == ["A", "B"], "update: \(updated)")
    let unsubscribed = try await realtime.unsubscribe(sids: [1])
    check(unsubscribed.map(\.sid) == [1], "unsubscribe: \(unsubscribed)")
    await expectError(.server(code: 7, message: "Unknown subscription ID")) { try await realtime.unsubscribe(sids: [99]) }
    await expectError(.server(code: 8, message: "Unknown channel name")) {
        try await realtime.subscribe(SubscribeCommandPayloadParams(channels: [.communications]))
    }
    await expectError(.timeout(command: "update_subscription", id: 7)) {
        try await realtime.updateSubscription(UpdateSubscriptionCommandPayloadParams(sid: 1, marketTickers: ["NO-REPLY"], action: .addMarkets))
    }
    await realtime.close()
    say("realtime: subscribe, list, update, unsubscribe replied; errors 7 and 8 typed; an unanswered command timed out")
}

// 3. A malformed frame is reported and dropped; a message of a type the SDK does not know reaches
//    its subscription (by its sid) as `.unknown`, and the stream goes on.
do {
    let realtime = client(rsa)
    let events = await realtime.events()
    try await realtime.connect()
    var trades = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.trade])).makeAsyncIterator()
    guard case .unknown(let json)? = try await trades.next() else { fail("no unknown message") }
    check(json == .object(["type": .string("market_halted"), "sid": .integer(1), "msg": .object(["market_ticker": .string("X")])]), "unknown: \(json)")
    guard case .trade(let trade)? = try await trades.next() else { fail("no trade") }
    check(trade.msg.marketTicker == "TRADED" && trade.msg.countFp == "3.00", "trade: \(trade)")
    var seen: [KalshiRealtimeEvent] = []
    for await event in events {
        seen.append(event)
        if case .malformedFrame = event { break }
    }
    check(seen == [.connected, .malformedFrame("{not json")], "events: \(seen)")
    await realtime.close()
    say("realtime: a malformed frame reported; an unknown type delivered as .unknown; the trade after them read")
}

/// Reads books until one is `final` (a reader that falls behind gets the newest book, so the
/// books in between may be skipped); the books seen, as "seq: levels".
func read(_ books: inout AsyncThrowingStream<LiveOrderbook, any Error>.AsyncIterator, until final: String) async throws -> [String] {
    var seen: [String] = []
    while seen.last != final {
        guard let book = try await books.next() else { fail("the book ended after \(seen)") }
        seen.append("\(book.seq): \(yes(book))")
    }
    return seen
}

// 4. The live order book: the snapshot and each delta, exact.
do {
    let realtime = client(rsa)
    try await realtime.connect()
    var books = try await realtime.orderbook(ticker: "BOOK").makeAsyncIterator()
    let seen = try await read(&books, until: "4: 0.4200x7 0.4100x5.00")
    let allowed: Set = ["1: 0.4200x10.00 0.4100x5.00", "2: 0.4200x9 0.4100x5.00", "3: 0.4200x8 0.4100x5.00", "4: 0.4200x7 0.4100x5.00"]
    check(seen.allSatisfy(allowed.contains), "books: \(seen)")
    await realtime.close()
    say("realtime: the order book applied a snapshot and three deltas exactly (\(seen.count) books read)")
}

// 5. A seq gap: nothing after the gap is applied; the book comes back from a fresh snapshot.
do {
    let realtime = client(rsa)
    try await realtime.connect()
    var books = try await realtime.orderbook(ticker: "GAP").makeAsyncIterator()
    let seen = try await read(&books, until: "2: 0.4200x10.00 0.4100x5.00 0.4000x3")
    // The delta after the gap (0.42 down to 8) must never show.
    let allowed: Set = ["1: 0.4200x10.00 0.4100x5.00", "2: 0.4200x9 0.4100x5.00", "2: 0.4200x10.00 0.4100x5.00 0.4000x3"]
    check(seen.allSatisfy(allowed.contains), "books: \(seen)")
    await realtime.close()
    say("realtime: a seq gap resynced from a fresh snapshot; nothing after the gap was applied")
}

// 6. The server drops the connection mid-stream: reconnect, resubscribe, resync.
do {
    let realtime = client(rsa)
    let events = await realtime.events()
    try await realtime.connect()
    var books = try await realtime.orderbook(ticker: "DROP").makeAsyncIterator()
    let seen = try await read(&books, until: "2: 0.4200x10.00 0.4100x5.00 0.4000x3")
    let allowed: Set = ["1: 0.4200x10.00 0.4100x5.00", "2: 0.4200x9 0.4100x5.00", "2: 0.4200x10.00 0.4100x5.00 0.4000x3"]
    check(seen.allSatisfy(allowed.contains), "books: \(seen)")
    var log: [String] = []
    for await event in events {
        switch event {
        case .connected: log.append("connected")
        case .disconnected: log.append("disconnected")
        case .reconnecting(let attempt): log.append("reconnecting \(attempt)")
        case .resubscribed(let count): log.append("resubscribed \(count)")
        default: break
        }
        if log.last?.hasPrefix("resubscribed") == true { break }
    }
    check(log == ["connected", "disconnected", "reconnecting 1", "connected", "resubscribed 1"], "events: \(log)")
    await realtime.close()
    say("realtime: a dropped connection reconnected, resubscribed and the book resynced")
}

// 7. A slow consumer: past the buffer the subscription ends with bufferOverflow.
do {
    let realtime = client(rsa) { $0.bufferLimit = 50 }
    try await realtime.connect()
    let deltas = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.orderbookDelta], marketTicker: "FLOOD"))
    _ = try await realtime.listSubscriptions()   // the flood was sent before this reply
    var read = 0
    do {
        for try await _ in deltas { read += 1 }
        fail("the flood ended without an error")
    } catch {
        check(error as? KalshiRealtimeError == .bufferOverflow(limit: 50), "\(error)")
    }
    check(read == 50, "read \(read)")
    await realtime.close()
    say("realtime: a consumer 50 messages behind ended with bufferOverflow after reading 50")
}

// 8. Cancelling the reading task unsubscribes; pings from the server are answered throughout.
do {
    let realtime = client(rsa) { $0.silenceLimit = .milliseconds(300) }
    try await realtime.connect()
    let reader = Task {
        for try await _ in try await realtime.messages(SubscribeCommandPayloadParams(channels: [.ticker])) {}
    }
    try await Task.sleep(for: .milliseconds(200))
    check(try await realtime.listSubscriptions().map(\.channel) == ["ticker"], "not subscribed")
    reader.cancel()
    try await Task.sleep(for: .seconds(1))
    check(try await realtime.listSubscriptions().isEmpty, "still subscribed after the cancel")
    await realtime.close()
    say("realtime: cancelling the reader unsubscribed; a quiet connection stayed open over 1 s of pings")
}
say("realtime: ok")
