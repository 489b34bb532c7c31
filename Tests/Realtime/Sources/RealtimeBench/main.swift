// One side of the real-time benchmark (bench.sh): reads the recorded stream of bench.py.
//   RealtimeBench raw PORT N     the frames through NIOWebSocketTransport, not decoded
//   RealtimeBench typed PORT N   through KalshiRealtimeClient into typed ServerMessages
// Prints: mode, messages, seconds, latency p50 and p99 (µs, typed only), peak memory (MB).
import Foundation
import KalshiRealtime
import NIOWebSocketTransport

let arguments = CommandLine.arguments
guard arguments.count == 4, let port = Int(arguments[2]), let count = Int(arguments[3]) else {
    print("usage: RealtimeBench raw|typed PORT N")
    exit(2)
}
let url = URL(string: "ws://127.0.0.1:\(port)/trade-api/ws/v2")!

/// The process's peak resident memory, in MB (VmHWM).
func peakMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

func nowNS() -> Int64 { Int64(Date().timeIntervalSince1970 * 1e9) }

switch arguments[1] {
case "raw":
    let connection = try await NIOWebSocketTransport().connect(to: url, headers: [])
    try await connection.send(.text(#"{"id":1,"cmd":"subscribe","params":{"channels":["orderbook_delta"],"market_ticker":"BENCH"}}"#))
    _ = try await connection.receive()
    _ = try await connection.receive()
    let start = ContinuousClock.now
    for _ in 0..<count { _ = try await connection.receive() }
    let elapsed = start.duration(to: .now)
    await connection.close()
    print(String(format: "raw %d %.3f - - %.0f", count, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, peakMB()))
default:
    var options = KalshiRealtimeClient.Options()
    options.bufferLimit = count + 10
    let realtime = KalshiRealtimeClient(url: url, credentials: nil, transport: NIOWebSocketTransport(), options: options)
    if ProcessInfo.processInfo.environment["BENCH_DEBUG"] != nil {
        let events = await realtime.events()
        Task { for await event in events { FileHandle.standardError.write(Data("event: \(event)\n".utf8)) } }
    }
    try await realtime.connect()
    var messages = try await realtime.messages(SubscribeCommandPayloadParams(channels: [.orderbookDelta], marketTicker: "BENCH")).makeAsyncIterator()
    _ = try await messages.next()  // the snapshot
    var latencies: [Int64] = []
    latencies.reserveCapacity(count)
    let start = ContinuousClock.now
    for _ in 0..<count {
        guard let message = try await messages.next() else { fatalError("the stream ended early") }
        if case .orderbookDelta(let delta) = message, let sent = delta.msg.clientOrderID.flatMap({ Int64($0) }) {
            latencies.append(nowNS() - sent)
        }
    }
    let elapsed = start.duration(to: .now)
    await realtime.close()
    latencies.sort()
    print(String(format: "typed %d %.3f %.1f %.1f %.0f", count, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
                 Double(latencies[latencies.count / 2]) / 1e3, Double(latencies[latencies.count * 99 / 100]) / 1e3, peakMB()))
}
