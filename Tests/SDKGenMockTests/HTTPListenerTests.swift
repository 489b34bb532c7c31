import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SDKGenMock

/// Raw HTTP/1.1 over a socket to 127.0.0.1, to see the listener's bytes as they are.
struct RawConnection {
    let fd: Int32

    init(port: Int, timeout seconds: Int = 30) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw HTTPListener.Failure(description: "cannot connect") }
        // A listener that never answers makes `response()` return what came, not block the run.
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// One response: the head, and as many body bytes as Content-Length says.
    func response() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let head = String(decoding: bytes, as: UTF8.self).range(of: "\r\n\r\n") {
                let text = String(decoding: bytes, as: UTF8.self)
                let headText = text[..<head.lowerBound]
                let length = headText.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }.flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) } ?? 0
                if text.utf8.count - text.utf8.distance(from: text.startIndex, to: head.upperBound) >= length { return text }
            }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return String(decoding: bytes, as: UTF8.self) }
            bytes += chunk[0..<count]
        }
    }

    func close() { _ = Glibc.close(fd) }
}

@Suite(.timeLimit(.minutes(3))) struct HTTPListenerTests {
    /// A server that accepts the connection and never answers: the read ends at its time limit
    /// with what came (nothing), where it used to block the test run for good.
    @Test func aSilentServerEndsTheReadInsteadOfHangingIt() throws {
        let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { _ = Glibc.close(server) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(server, $0, length) == 0 && getsockname(server, $0, &length) == 0 }
        }
        #expect(listen(server, 1) == 0)
        let connection = try RawConnection(port: Int(UInt16(bigEndian: address.sin_port)), timeout: 1)
        defer { connection.close() }
        connection.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let started = Date()
        #expect(connection.response() == "")
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func servesSeveralRequestsOnOneConnectionWithChunkedBodies() throws {
        let api = petMock()
        let listener = try HTTPListener(port: 0, handler: api.respond)
        defer { listener.stop() }
        #expect(listener.port > 0)
        let connection = try RawConnection(port: listener.port)
        defer { connection.close() }
        connection.send("GET /v2/pets HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(connection.response() == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total: 0\r\nContent-Length: 26\r\n\r\n[{\"id\":0,\"name\":\"string\"}]")
        connection.send("POST /v2/pets HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Key: k\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n{\"name\r\n8\r\n\":\"Rex\"}\r\n0\r\n\r\n")
        #expect(connection.response() == "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n{\"id\":7,\"name\":\"Rex\"}")
        connection.send("HEAD /v2/pets HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        #expect(connection.response() == "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Total: 0\r\nContent-Length: 26\r\nConnection: close\r\n\r\n")
    }

    @Test func aMalformedRequestGets400AndTheConnectionCloses() throws {
        let listener = try HTTPListener(port: 0, handler: petMock().respond)
        defer { listener.stop() }
        let connection = try RawConnection(port: listener.port)
        defer { connection.close() }
        connection.send("NONSENSE\r\n\r\n")
        #expect(connection.response() == "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: 46\r\nConnection: close\r\n\r\n{\"error\":{\"message\":\"malformed request line\"}}")
    }

    @Test func aTakenPortIsAClearError() throws {
        let first = try HTTPListener(port: 0, handler: petMock().respond)
        defer { first.stop() }
        #expect(throws: HTTPListener.Failure.self) { try HTTPListener(port: first.port, handler: petMock().respond) }
    }
}
