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
                    connection.opened(outbound)
                    do {
                        for try await message in inbound.messages(maxSize: maxSize) {
                            switch message {
                            case .text(let text): connection.push(.text(text))
                            case .binary(let buffer): connection.push(.binary(Data(buffer.readableBytesView)))
                            }
                        }
                    } catch {
                        connection.end(error)
                        return
                    }
                    connection.end(nil)
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

    /// The connection: frames queue up in a stream until `receive` takes them.
    final class Connection: WebSocketConnection, @unchecked Sendable {
        private let lock = NSLock()
        private var writer: WebSocketOutboundWriter?
        private var openWaiter: CheckedContinuation<Void, any Error>?
        private var openResult: Result<Void, any Error>?
        private let frames: AsyncThrowingStream<WebSocketFrame, any Error>
        private let continuation: AsyncThrowingStream<WebSocketFrame, any Error>.Continuation
        private var iterator: AsyncThrowingStream<WebSocketFrame, any Error>.AsyncIterator
        var runner: Task<Void, Never>?

        init() {
            (frames, continuation) = AsyncThrowingStream.makeStream()
            iterator = frames.makeAsyncIterator()
        }

        func opened(_ writer: WebSocketOutboundWriter) {
            let waiter: CheckedContinuation<Void, any Error>? = lock.withLock {
                self.writer = writer
                openResult = .success(())
                defer { openWaiter = nil }
                return openWaiter
            }
            waiter?.resume()
        }

        func push(_ frame: WebSocketFrame) {
            continuation.yield(frame)
        }

        /// The connection ended: before it opened, that is the error `connect` throws.
        func end(_ error: (any Error)?) {
            let waiter: CheckedContinuation<Void, any Error>? = lock.withLock {
                writer = nil
                if openResult == nil { openResult = .failure(error ?? WebSocketError("the server refused the WebSocket upgrade")) }
                defer { openWaiter = nil }
                return openWaiter
            }
            waiter?.resume(with: openResult!)
            continuation.finish()
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
            var local = lock.withLock { iterator }
            let frame = try await local.next()
            lock.withLock { iterator = local }
            return frame
        }

        /// The auto-ping checks pongs (see the type's comment).
        func sendPing() async throws {
            guard lock.withLock({ writer }) != nil else { throw WebSocketError("the connection is closed") }
        }

        func close() async {
            if let writer = lock.withLock({ writer }) { try? await writer.close(.normalClosure, reason: nil) }
            runner?.cancel()
            continuation.finish()
        }
    }
}
