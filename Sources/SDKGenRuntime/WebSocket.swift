import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A data frame of a WebSocket connection.
public enum WebSocketFrame: Sendable, Equatable {
    case text(String)
    case binary(Data)
}

/// An open WebSocket connection, as the clients generated from AsyncAPI documents use it: data
/// frames out and in. Control frames are the transport's: it answers the server's pings.
public protocol WebSocketConnection: Sendable {
    func send(_ frame: WebSocketFrame) async throws
    /// The next data frame; nil once the connection is closed (by either side). One caller at a
    /// time; it is not cancelled while the connection is used.
    func receive() async throws -> WebSocketFrame?
    /// Sends a ping and returns when its pong arrives (a transport whose library checks pongs
    /// itself may return at once): how a client tells a quiet connection from a dead one.
    func sendPing() async throws
    /// Closes the connection (a normal closure); `receive` then returns nil.
    func close() async
}

/// Opens WebSocket connections. The generated clients depend on this protocol, not on a library:
/// `URLSessionWebSocketTransport` on Apple platforms; on Linux, where FoundationNetworking has no
/// WebSocket client, a transport on a NIO WebSocket client (see the README's "Real time").
public protocol WebSocketTransport: Sendable {
    /// Opens a connection to `url` (`wss://...`), sending `headers` with the handshake (an API's
    /// signature, for example).
    func connect(to url: URL, headers: [(name: String, value: String)]) async throws -> any WebSocketConnection
}

/// Why a WebSocket connection could not be used.
public struct WebSocketError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

#if canImport(Darwin)
/// `URLSessionWebSocketTask` (macOS 10.15, Mac Catalyst 13.1, iOS 13, tvOS 13, watchOS 6): it
/// answers the server's pings itself.
@available(macOS 10.15, macCatalyst 13.1, iOS 13, tvOS 13, watchOS 6, *)
public struct URLSessionWebSocketTransport: WebSocketTransport {
    let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func connect(to url: URL, headers: [(name: String, value: String)]) async throws -> any WebSocketConnection {
        var request = URLRequest(url: url)
        for header in headers { request.setValue(header.value, forHTTPHeaderField: header.name) }
        let task = session.webSocketTask(with: request)
        task.resume()
        return Connection(task: task)
    }

    struct Connection: WebSocketConnection, @unchecked Sendable {
        let task: URLSessionWebSocketTask

        // The completion-handler methods (the async ones are imported from them; these leave no
        // doubt about availability at the declared minimums).
        func send(_ frame: WebSocketFrame) async throws {
            let message: URLSessionWebSocketTask.Message
            switch frame {
            case .text(let text): message = .string(text)
            case .binary(let data): message = .data(data)
            }
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                task.send(message) { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                }
            }
        }

        func receive() async throws -> WebSocketFrame? {
            do {
                let message = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<URLSessionWebSocketTask.Message, any Error>) in
                    task.receive { continuation.resume(with: $0) }
                }
                switch message {
                case .string(let text): return .text(text)
                case .data(let data): return .binary(data)
                @unknown default: return nil
                }
            } catch {
                // A closed task (either side) ends the frames; anything else is the caller's.
                if task.closeCode != .invalid { return nil }
                throw error
            }
        }

        func sendPing() async throws {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                task.sendPing { error in
                    if let error { continuation.resume(throwing: error) } else { continuation.resume() }
                }
            }
        }

        func close() async {
            task.cancel(with: .normalClosure, reason: nil)
        }
    }
}
#endif
