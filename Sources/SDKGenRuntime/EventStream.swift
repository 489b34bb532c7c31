import Foundation
import HTTPTypes
import OpenAPIRuntime

/// How a streaming response body separates its events.
public enum EventFraming: String, Sendable, Hashable {
    /// `text/event-stream`: server-sent events, each event's `data` a JSON value. Events without
    /// `data` (comments, keep-alives) are skipped; a `data: [DONE]` event ends the stream, as
    /// OpenAI's streams end.
    case serverSentEvents = "text/event-stream"
    /// `application/jsonl` or `application/x-ndjson`: one JSON value per line.
    case jsonLines = "application/jsonl"
    /// `application/json-seq` (RFC 7464): each JSON value after a record separator (0x1E).
    case jsonSequence = "application/json-seq"
}

/// The events of a streaming response, decoded one by one as their bytes arrive; the body is
/// never collected first, so an event is read as soon as the transport delivers it.
///
/// Framing is swift-openapi-runtime's (`ServerSentEventsDeserializationSequence`,
/// `JSONLinesDeserializationSequence`, `JSONSequenceDeserializationSequence`); each event is
/// then decoded here, so a malformed one throws `APIError` (kind `.invalidResponse`) naming its
/// position in the stream. Cancelling the task that reads the stream stops the reading; the
/// transport then closes the connection.
///
/// A stream can be read once (the response body is read as it arrives).
public struct EventStream<Event: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Event

    public let framing: EventFraming
    public let operationID: String
    /// The response's status and headers.
    public let response: HTTPResponse
    let body: HTTPBody?

    public init(_ type: Event.Type = Event.self, framing: EventFraming, body: HTTPBody?, response: HTTPResponse, operationID: String) {
        self.framing = framing
        self.body = body
        self.response = response
        self.operationID = operationID
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        let stream: EventStream
        var frames: FrameReader
        /// How many events were read (those with data): the position of the next is one more.
        var position = 0
        let decoder = JSONCoding.decoder()

        public mutating func next() async throws -> Event? {
            while true {
                if Task.isCancelled { return nil }
                let frame: Frame?
                do {
                    frame = try await frames.next()
                } catch where error is CancellationError || Task.isCancelled {
                    // The reader was cancelled: however the transport reports it, the stream ends.
                    return nil
                } catch {
                    throw stream.failure("the body could not be read after event \(position): \(error)")
                }
                guard let frame else { return nil }
                guard let data = frame.data else { continue }
                position += 1
                // A server-sent event whose type is `String` is its data's text.
                if stream.framing == .serverSentEvents, Event.self == String.self, let text = String(decoding: data, as: UTF8.self) as? Event { return text }
                do {
                    return try decoder.decode(Event.self, from: Data(data))
                } catch {
                    let place = frame.label.map { "event \(position) (\($0))" } ?? "event \(position)"
                    throw stream.failure("\(place) of the \(stream.framing.rawValue) stream does not decode as \(Event.self): \(JSONCoding.describe(error))", body: Data(data))
                }
            }
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(stream: self, frames: FrameReader(framing: framing, body: body ?? HTTPBody()))
    }

    func failure(_ message: String, body: Data = Data()) -> APIError {
        APIError(kind: .invalidResponse, operationID: operationID, status: response.status.code, headers: response.headerFields, body: body.prefix(4096), underlying: message)
    }
}

/// One event's bytes before decoding: nil `data` for an event that has none.
struct Frame {
    var data: [UInt8]?
    /// `id` and `event` of a server-sent event, for messages.
    var label: String?
}

/// The runtime's framing sequences behind one iterator type.
struct FrameReader {
    let next: () async throws -> Frame?

    init(framing: EventFraming, body: HTTPBody) {
        switch framing {
        case .serverSentEvents:
            let box = IteratorBox(body.asDecodedServerSentEvents(while: { $0 != Self.done }).makeAsyncIterator())
            next = {
                guard let event = try await box.iterator.next() else { return nil }
                let label = [event.event.map { "event: \($0)" }, event.id.map { "id: \($0)" }].compactMap { $0 }.joined(separator: ", ")
                return Frame(data: event.data.map { Array($0.utf8) }, label: label.isEmpty ? nil : label)
            }
        case .jsonLines:
            let box = IteratorBox(JSONLinesDeserializationSequence(upstream: body).makeAsyncIterator())
            next = {
                guard let line = try await box.iterator.next() else { return nil }
                // A blank line (a keep-alive) carries no event.
                return Frame(data: line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } ? nil : Array(line))
            }
        case .jsonSequence:
            let box = IteratorBox(JSONSequenceDeserializationSequence(upstream: body).makeAsyncIterator())
            next = {
                guard let record = try await box.iterator.next() else { return nil }
                return Frame(data: Array(record))
            }
        }
    }

    /// `[DONE]`, the data of the event that ends OpenAI's streams.
    static let done = ArraySlice("[DONE]".utf8)
}

/// Holds a framing iterator so the closure that advances it can mutate it.
final class IteratorBox<Iterator: AsyncIteratorProtocol> {
    var iterator: Iterator
    init(_ iterator: Iterator) { self.iterator = iterator }
}

extension APIClient {
    /// The events of a streaming success body, read as they arrive (see `EventStream`).
    /// - Throws: `APIError` (`.invalidResponse`) when the response is not of the streaming media
    ///   type: an API that streams only when asked in the body (OpenAI's `stream: true`) answered
    ///   with a whole body instead.
    public func eventStream<Event: Decodable & Sendable>(
        _ type: Event.Type, framing: EventFraming, from body: HTTPBody?, response: HTTPResponse, operationID: String
    ) throws -> EventStream<Event> {
        if let contentType = response.headerFields[.contentType], !framing.accepts(contentType) {
            throw APIError(
                kind: .invalidResponse, operationID: operationID, status: response.status.code, headers: response.headerFields,
                underlying: "expected a \(framing.rawValue) stream, got Content-Type '\(contentType)' (does the request need to ask for a stream, as with `stream: true`?)"
            )
        }
        return EventStream(type, framing: framing, body: body, response: response, operationID: operationID)
    }
}

extension EventFraming {
    /// Whether a response's `Content-Type` is this framing's media type (parameters aside).
    func accepts(_ contentType: String) -> Bool {
        let base = APIClient.mediaTypeBase(contentType)
        switch self {
        case .serverSentEvents: return base == "text/event-stream"
        case .jsonLines: return base == "application/jsonl" || base == "application/x-ndjson"
        case .jsonSequence: return base == "application/json-seq"
        }
    }
}
