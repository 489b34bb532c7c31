// Streams from Tests/SDKGenRuntimeTests/Server/stream_server.py (its port is the argument) through
// AsyncHTTPClientTransport and prints one line per check; check.sh compares them exactly.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import OpenAPIAsyncHTTPClient
import SDKGenRuntime
import StreamingAPI

struct ServerState: Decodable {
    var acked_before_end: Bool?
    var closed_by_client: Bool
}

struct Failure: Error, CustomStringConvertible {
    var description: String
}

let port = CommandLine.arguments.dropFirst().first ?? "0"
let base = "http://127.0.0.1:\(port)"
let client = Client(serverURL: URL(string: base)!, transport: AsyncHTTPClientTransport())

/// The server's control paths (not in the spec), through URLSession (a data task: the async
/// `data(from:)` needs macOS 12 and iOS 15, above the package's platforms).
func get(_ path: String) async throws -> Data {
    try await withCheckedThrowingContinuation { continuation in
        URLSession.shared.dataTask(with: URL(string: base + path)!) { data, _, error in
            if let error { continuation.resume(throwing: error) } else { continuation.resume(returning: data ?? Data()) }
        }.resume()
    }
}

func state() async throws -> ServerState {
    try JSONDecoder().decode(ServerState.self, from: try await get("/__state"))
}

// 1. The first event arrives while the response is still open: the server sends the second
//    only after /ack, which this client calls when it has read the first.
var deltas: [String] = []
for try await chunk in try await client.default.createCompletionStream(CompletionRequest(prompt: "hello-ack", stream: true)) {
    if deltas.isEmpty { _ = try await get("/ack") }
    deltas.append(chunk.delta)
}
print("streaming: events \(deltas.joined(separator: " ")), first before the end: \(try await state().acked_before_end ?? false)")

// 2. Cancelling the task that reads an endless stream closes the connection: the server sees it.
let (firstEvent, signal) = AsyncStream<Void>.makeStream()
let reader = Task {
    var count = 0
    for try await _ in try await client.default.createCompletionStream(CompletionRequest(prompt: "endless", stream: true)) {
        count += 1
        signal.yield()
    }
    return count
}
for await _ in firstEvent { break }
reader.cancel()
let read = try await reader.value
var closed = false
for _ in 0..<100 where !closed {
    closed = try await state().closed_by_client
    if !closed { try await Task.sleep(nanoseconds: 50_000_000) }
}
print("streaming: cancelled after \(read) event, server saw the connection closed: \(closed)")

// 3. A binary body, chunk by chunk.
var chunks = 0
var bytes = 0
for try await chunk in try await client.default.downloadFileBody(id: "f1") {
    chunks += 1
    bytes += chunk.count
}
print("streaming: \(bytes) bytes in \(chunks > 1 ? "several chunks" : "one chunk")")
