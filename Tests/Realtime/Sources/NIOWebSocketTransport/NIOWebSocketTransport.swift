import Foundation
import HTTPTypes
import Logging
import NIOCore
import SDKGenRuntime
import WSClient

/// A `WebSocketTransport` on swift-websocket's NIO client, for Linux (where FoundationNetworking
/// has no WebSocket client). It answers the server's pings (swift-websocket does) and sends the
/// handshake headers the generated client gives (Kalshi's signature).
///
/// Liveness is swift-websocket's auto-ping: every `pingInterval` it pings, and a ping whose pong
/// has not come by the next one closes the connection; so `sendPing` returns at once.
public struct NIOWebSocketTransport: WebSocketTransport {
    public var maxFrameSize: Int
    public var pingInterval: Duration

    public init(maxFrameSize: Int = 1 << 20, pingInterval: Duration = .seconds(10)) {
        self.maxFrameSize = maxFrameSize
        self.pingInterval = pingInterval
    }

    public func connect(to url: URL, headers: [(name: String, value: String)]) async throws -> any WebSocketConnection {
        var fields = HTTPFields()
        for header in headers {
            guard let name = HTTPField.Name(header.name) else { throw WebSocketError("'\(header.name)' is not a header name") }
            fields[name] = header.value
        }
        let configuration = WebSocketClientConfiguration(maxFrameSize: maxFrameSize, additionalHeaders: fields, autoPing: .enabled(timePeriod: pingInterval))
        let connection = Connection()
        let maxSize = maxFrameSize
        // The client runs for as long as the connection: its handler hands the inbound messages
        // and the writer over, then waits until the connection is closed.
        let runner = Task {
            do {
                try await WebSocketClient.connect(url: url.absoluteString, configuration: configuration, logger: Logger(label: "sdkgen.websocket")) { inbound, outbound, _ in
                    // `receive` reads the inbound messages itself, one at a time; the handler
                    // keeps the connection open until it ends.
                    await connection.run(outbound, inbound.messages(maxSize: maxSize).makeAsyncIterator())
                }
                connection.end(nil)
            } catch {
                connection.end(error)
            }
        }
        connection.runner = runner
        try await connection.waitUntilOpen()
        return connection
    }

    /// The connection: `receive` takes the inbound messages straight from swift-websocket.
    final class Connection: WebSocketConnection, @unchecked Sendable {
        private let lock = NSLock()
        private var writer: WebSocketOutboundWriter?
        private var inbound: WebSocketInboundMessageStream.AsyncIterator?
        private var openWaiter: CheckedContinuation<Void, any Error>?
        private var openResult: Result<Void, any Error>?
        private var closedWaiter: CheckedContinuation<Void, Never>?
        private var ended = false
        var runner: Task<Void, Never>?

        /// Inside the client's handler: hands the writer and the inbound messages over, then
        /// waits until the connection ends.
        func run(_ writer: WebSocketOutboundWriter, _ inbound: WebSocketInboundMessageStream.AsyncIterator) async {
            let waiter: CheckedContinuation<Void, any Error>? = lock.withLock {
                self.writer = writer
                self.inbound = inbound
                openResult = .success(())
                defer { openWaiter = nil }
                return openWaiter
            }
            waiter?.resume()
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let done = lock.withLock {
                    if ended { return true }
                    closedWaiter = continuation
                    return false
                }
                if done { continuation.resume() }
            }
        }

        /// The connection ended: before it opened, that is the error `connect` throws.
        func end(_ error: (any Error)?) {
            let (waiter, closed): (CheckedContinuation<Void, any Error>?, CheckedContinuation<Void, Never>?) = lock.withLock {
                writer = nil
                ended = true
                if openResult == nil { openResult = .failure(error ?? WebSocketError("the server refused the WebSocket upgrade")) }
                defer {
                    openWaiter = nil
                    closedWaiter = nil
                }
                return (openWaiter, closedWaiter)
            }
            waiter?.resume(with: openResult!)
            closed?.resume()
        }

        func waitUntilOpen() async throws {
            try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<Void, any Error>) in
                let result: Result<Void, any Error>? = lock.withLock {
                    if openResult == nil { openWaiter = waiter }
                    return openResult
                }
                if let result { waiter.resume(with: result) }
            }
        }

        func send(_ frame: WebSocketFrame) async throws {
            guard let writer = lock.withLock({ writer }) else { throw WebSocketError("the connection is closed") }
            switch frame {
            case .text(let text): try await writer.write(.text(text))
            case .binary(let data): try await writer.write(.binary(ByteBuffer(bytes: data)))
            }
        }

        func receive() async throws -> WebSocketFrame? {
            // One reader at a time (the generated client's reader task).
            guard var local = lock.withLock({ inbound }) else { return nil }
            let message: WebSocketMessage?
            do {
                message = try await local.next()
            } catch {
                end(error)
                return nil
            }
            lock.withLock { inbound = local }
            switch message {
            case .text(let text): return .text(text)
            case .binary(let buffer): return .binary(Data(buffer.readableBytesView))
            case nil:
                end(nil)
                return nil
            }
        }

        /// The auto-ping checks pongs (see the type's comment).
        func sendPing() async throws {
            guard lock.withLock({ writer }) != nil else { throw WebSocketError("the connection is closed") }
        }

        func close() async {
            if let writer = lock.withLock({ writer }) { try? await writer.close(.normalClosure, reason: nil) }
            end(nil)
            runner?.cancel()
        }
    }
}
