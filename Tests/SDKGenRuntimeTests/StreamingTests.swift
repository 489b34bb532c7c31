import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GoldenFeatureStreaming
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import SDKGenRuntime
import Testing
import TestSupport

/// A response body fed by hand, chunk by chunk: what a streaming transport hands over as bytes
/// arrive. `finished` tells whether the reader went away (cancelled) before the body ended.
final class FedBody: @unchecked Sendable {
    let body: HTTPBody
    private let continuation: AsyncThrowingStream<ArraySlice<UInt8>, any Error>.Continuation
    private let lock = NSLock()
    private var terminated = false

    init() {
        let (stream, continuation) = AsyncThrowingStream<ArraySlice<UInt8>, any Error>.makeStream()
        self.continuation = continuation
        body = HTTPBody(stream, length: .unknown, iterationBehavior: .single)
        continuation.onTermination = { [weak self] _ in self?.markTerminated() }
    }

    private func markTerminated() {
        lock.lock()
        terminated = true
        lock.unlock()
    }

    var readerWentAway: Bool {
        lock.lock()
        defer { lock.unlock() }
        return terminated
    }

    func send(_ text: String) { continuation.yield(ArraySlice(text.utf8)) }
    func end() { continuation.finish() }

    func stream<Event: Decodable & Sendable>(_ type: Event.Type, _ framing: EventFraming) -> EventStream<Event> {
        EventStream(type, framing: framing, body: body, response: HTTPResponse(status: .ok), operationID: "fed")
    }
}

struct Chunk: Decodable, Sendable, Equatable {
    var delta: String
}

/// `EventStream` on bodies fed by hand: events come out as their bytes arrive, whatever the chunking.
@Suite(.timeLimit(.minutes(3))) struct EventStreamTests {
    @Test func aServerSentEventIsReadBeforeTheBodyEnds() async throws {
        let fed = FedBody()
        var events = fed.stream(Chunk.self, .serverSentEvents).makeAsyncIterator()
        fed.send("data: {\"del")
        fed.send("ta\":\"a\"}\n")
        fed.send("\n: comment\n\n")
        // The body has not ended: the first event is there already.
        #expect(try await events.next() == Chunk(delta: "a"))
        fed.send("event: more\nid: 2\ndata: {\"delta\":\"b\"}\n\ndata: [DONE]\n\n")
        #expect(try await events.next() == Chunk(delta: "b"))
        #expect(try await events.next() == nil)
        fed.end()
    }

    @Test func jsonLinesAndJSONSequencesAreReadLineByLine() async throws {
        let lines = FedBody()
        var lineEvents = lines.stream(Chunk.self, .jsonLines).makeAsyncIterator()
        lines.send("{\"delta\":\"a\"}\n{\"delta\":")
        #expect(try await lineEvents.next() == Chunk(delta: "a"))
        lines.send("\"b\"}\n\n")
        #expect(try await lineEvents.next() == Chunk(delta: "b"))
        lines.end()
        #expect(try await lineEvents.next() == nil)

        let records = FedBody()
        var recordEvents = records.stream(Chunk.self, .jsonSequence).makeAsyncIterator()
        records.send("\u{1E}{\"delta\":\"a\"}\n\u{1E}")
        #expect(try await recordEvents.next() == Chunk(delta: "a"))
        records.send("{\"delta\":\"b\"}\n")
        records.end()
        #expect(try await recordEvents.next() == Chunk(delta: "b"))
        #expect(try await recordEvents.next() == nil)
    }

    @Test func aMalformedEventNamesItsPosition() async throws {
        let fed = FedBody()
        fed.send("data: {\"delta\":\"a\"}\n\n: comment\n\nid: 7\nevent: delta\ndata: {\"delta\":5}\n\n")
        fed.end()
        var events = fed.stream(Chunk.self, .serverSentEvents).makeAsyncIterator()
        #expect(try await events.next() == Chunk(delta: "a"))
        let error = try await #require(throws: APIError.self) { try await events.next() }
        #expect(error.kind == .invalidResponse)
        #expect(error.underlying == "event 2 (event: delta, id: 7) of the text/event-stream stream does not decode as Chunk: '.delta': expected String: Expected to decode String but found number instead.")
        #expect(error.body == Data("{\"delta\":5}".utf8))

        let lines = FedBody()
        lines.send("{\"delta\":\"a\"}\nnot json\n")
        lines.end()
        var lineEvents = lines.stream(Chunk.self, .jsonLines).makeAsyncIterator()
        _ = try await lineEvents.next()
        let lineError = try await #require(throws: APIError.self) { try await lineEvents.next() }
        #expect(lineError.underlying?.hasPrefix("event 2 of the application/jsonl stream does not decode as Chunk: ") == true)
    }

    @Test func cancellingTheReaderStopsReadingTheBody() async throws {
        let fed = FedBody()
        fed.send("data: {\"delta\":\"a\"}\n\n")
        let stream = fed.stream(Chunk.self, .serverSentEvents)
        let firstEvent = AsyncStream<Void>.makeStream()
        let reader = Task {
            var count = 0
            for try await _ in stream {
                count += 1
                firstEvent.continuation.yield()
            }
            return count
        }
        for await _ in firstEvent.stream { break }
        reader.cancel()
        // The body never ends; the reader stops because it was cancelled, and lets the body go.
        #expect(try await reader.value == 1)
        #expect(fed.readerWentAway)
    }

    @Test func plainTextEventsAreTheirData() async throws {
        let fed = FedBody()
        fed.send("data: one\n\ndata: two\ndata: lines\n\n")
        fed.end()
        var texts: [String] = []
        for try await text in fed.stream(String.self, .serverSentEvents) { texts.append(text) }
        #expect(texts == ["one", "two\nlines"])
    }

    @Test func aWholeBodyWhereAStreamWasAskedForIsAClearError() throws {
        let client = APIClient(serverURL: URL(string: "http://127.0.0.1")!, transport: URLSessionTransport())
        var response = HTTPResponse(status: .ok)
        response.headerFields[.contentType] = "application/json"
        let error = try #require(throws: APIError.self) {
            _ = try client.eventStream(Chunk.self, framing: .serverSentEvents, from: nil, response: response, operationID: "createChatCompletion")
        }
        #expect(error.description == "createChatCompletion: invalid response (status 200): expected a text/event-stream stream, got Content-Type 'application/json' (does the request need to ask for a stream, as with `stream: true`?)")
    }
}

/// `Server/stream_server.py` on 127.0.0.1: the streaming fixture's operations, sent in chunks.
final class StreamServer {
    let server: PythonServer
    let port: Int

    init() throws {
        let script = try #require(Bundle.module.url(forResource: "stream_server", withExtension: "py", subdirectory: "Server"))
        server = try PythonServer(script: script)
        port = try #require(server.port, "the stream server did not start")
    }

    var client: Client { Client(serverURL: URL(string: "http://127.0.0.1:\(port)")!, transport: URLSessionTransport()) }

    struct State: Decodable {
        var accept: String?
    }

    func state() async throws -> State {
        let data = try await fetch(URL(string: "http://127.0.0.1:\(port)/__state")!)
        return try JSONDecoder().decode(State.self, from: data)
    }
}

/// The generated streaming methods of `Tests/Fixtures/features/streaming` over HTTP through
/// `URLSessionTransport`. (On Linux it hands the body over once it has all arrived; that events are
/// read as they arrive is `EventStreamTests`' and the `Tests/Streaming` fixture's proof.)
@Suite(.serialized, .timeLimit(.minutes(3))) struct GeneratedStreamingTests {
    @Test func serverSentEventsDecodeIntoTheEventType() async throws {
        let server = try StreamServer()
        let events = try await server.client.default.createCompletionStream(CompletionRequest(prompt: "hello", stream: true))
        var chunks: [CompletionChunk] = []
        for try await chunk in events { chunks.append(chunk) }
        #expect(chunks == [CompletionChunk(delta: "Hello", index: 0), CompletionChunk(delta: "!", index: 1)])
        #expect(try await server.state().accept == "text/event-stream")
        // The same operation's method still reads the whole JSON body.
        #expect(try await server.client.default.createCompletion(CompletionRequest(prompt: "hello")) == Completion(text: "Hello!"))
        #expect(try await server.state().accept == "application/json")
    }

    @Test func aMalformedEventFromTheServerThrowsWithItsPosition() async throws {
        let server = try StreamServer()
        var chunks: [CompletionChunk] = []
        let error = try await #require(throws: APIError.self) {
            for try await chunk in try await server.client.default.createCompletionStream(CompletionRequest(prompt: "malformed", stream: true)) {
                chunks.append(chunk)
            }
        }
        #expect(chunks == [CompletionChunk(delta: "a", index: 0)])
        #expect(error.underlying == "event 2 (id: 7) of the text/event-stream stream does not decode as CompletionChunk: '.delta': expected String: Expected to decode String but found number instead.")
        #expect(error.operationID == "createCompletion")
    }

    @Test func errorStatusesThrowBeforeAnyEvent() async throws {
        let server = try StreamServer()
        let error = try await #require(throws: APIError.self) {
            _ = try await server.client.default.createCompletionStream(CompletionRequest(prompt: "", stream: true))
        }
        #expect(error.status == 400)
        #expect(error.decodedBody(as: Problem.self) == Problem(title: "no prompt"))
        // Not asked to stream, the server answers JSON: a clear error, not an empty stream.
        let whole = try await #require(throws: APIError.self) {
            _ = try await server.client.default.createCompletionStream(CompletionRequest(prompt: "hello"))
        }
        #expect(whole.status == 200)
        #expect(whole.underlying == "expected a text/event-stream stream, got Content-Type 'application/json' (does the request need to ask for a stream, as with `stream: true`?)")
    }

    @Test func jsonLinesJSONSequencesAndTextEvents() async throws {
        let server = try StreamServer()
        var lines: [LogLine] = []
        for try await line in try await server.client.default.tailLogsStream(level: "info") { lines.append(line) }
        #expect(lines == [LogLine(message: "started", level: "info"), LogLine(message: "half"), LogLine(message: "done", level: "info")])
        #expect(try await server.state().accept == "application/x-ndjson")

        var records: [LogLine] = []
        for try await record in try await server.client.default.listRecordsStream() { records.append(record) }
        #expect(records == [LogLine(message: "one"), LogLine(message: "two")])

        var ticks: [String] = []
        for try await tick in try await server.client.default.watchTicksStream() { ticks.append(tick) }
        #expect(ticks == ["one", "two"])
    }

    @Test func aBinaryBodyIsReadAsItsChunks() async throws {
        let server = try StreamServer()
        var bytes: [UInt8] = []
        for try await chunk in try await server.client.default.downloadFileBody(id: "f1") { bytes += chunk }
        #expect(bytes == [UInt8](repeating: 0, count: 1000) + [UInt8](repeating: 1, count: 1000) + [UInt8](repeating: 2, count: 1000))
        #expect(try await server.state().accept == "application/octet-stream")
    }
}

extension GeneratedStreamingTests {
    @Test func aBinaryRequestBodyIsSentAsItIsRead() async throws {
        let server = try StreamServer()
        let (parts, continuation) = AsyncStream<ArraySlice<UInt8>>.makeStream()
        for index in 0..<4 { continuation.yield(ArraySlice(repeating: UInt8(index), count: 512)) }
        continuation.finish()
        let upload = try await server.client.default.uploadFile(id: "f2", body: HTTPBody(parts, length: .unknown))
        #expect(upload == Upload(received: 2048))
        // The `Data` method is the same operation.
        #expect(try await server.client.default.uploadFile(id: "f3", body: Data([1, 2, 3])) == Upload(received: 3))
    }
}
