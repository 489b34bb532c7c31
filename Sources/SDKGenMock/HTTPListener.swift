import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server for the mock: one thread accepts, each connection is served on a
/// thread of its own (keep-alive, `Content-Length` and chunked bodies). The file-system and
/// network edge of `SDKGenMock`; `MockAPI` decides every answer.
public final class HTTPListener: @unchecked Sendable {
    public let port: Int
    private let socket: Int32
    private let handler: @Sendable (MockRequest) -> MockResponse
    private let log: (@Sendable (MockRequest, MockResponse) -> Void)?
    private let lock = NSLock()
    private var stopped = false
    /// The connections being served, so that `stop` can end them.
    private var connections: Set<Int32> = []

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Listens on `host:port` (port 0 picks a free one; `port` says which).
    public init(host: String = "127.0.0.1", port: Int, log: (@Sendable (MockRequest, MockResponse) -> Void)? = nil, handler: @escaping @Sendable (MockRequest) -> MockResponse) throws {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            close(fd)
            throw Failure(description: "'\(host)' is not an IPv4 address")
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "cannot listen on \(host):\(port): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: actual.sin_port))
        socket = fd
        self.handler = handler
        self.log = log
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "sdkgen-mock-accept"
        thread.start()
    }

    /// Stops accepting and ends every open connection (a request being answered is answered).
    ///
    /// Only shuts the sockets down: each is closed by the thread that uses it, once that thread
    /// is done with it, so no thread ever calls into a descriptor number that was closed under it
    /// and handed to someone else (another listener, a pipe, the HTTP client's socket).
    public func stop() {
        lock.lock()
        defer { lock.unlock() }
        guard !stopped else { return }
        stopped = true
        shutdown(socket, Int32(SHUT_RDWR))
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop() {
        defer { close(socket) }
        while !isStopped {
            let connection = accept(socket, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            lock.lock()
            if stopped {
                lock.unlock()
                close(connection)
                return
            }
            connections.insert(connection)
            lock.unlock()
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var noSignal: Int32 = 1
            #if canImport(Darwin)
            setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
            #else
            _ = noSignal
            #endif
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer {
            lock.lock()
            connections.remove(connection)
            lock.unlock()
            close(connection)
        }
        var reader = ConnectionReader(fd: connection)
        while true {
            let parsed = reader.request()
            let request: MockRequest
            var closeAfter = false
            switch parsed {
            case .closed: return
            case .bad(let status, let message):
                let body = Array(#"{"error":{"message":"\#(message)"}}"#.utf8)
                write(MockResponse(status: status, headers: [.init(name: "Content-Type", value: "application/json")], body: body), to: connection, close: true, head: false)
                return
            case .request(let read, let close):
                request = read
                closeAfter = close
            }
            let response = handler(request)
            log?(request, response)
            // A fault to test clients with: the request was taken, its answer never comes.
            if response == .dropConnection { return }
            guard write(response, to: connection, close: closeAfter, head: request.method == "HEAD") else { return }
            if closeAfter { return }
        }
    }

    @discardableResult
    private func write(_ response: MockResponse, to connection: Int32, close: Bool, head: Bool) -> Bool {
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for header in response.headers { text += "\(header.name): \(header.value)\r\n" }
        text += "Content-Length: \(response.body.count)\r\n"
        if close { text += "Connection: close\r\n" }
        text += "\r\n"
        var bytes = Array(text.utf8)
        if !head { bytes += response.body }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { buffer in
                send(connection, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL_FLAG))
            }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 201: return "Created"
        case 202: return "Accepted"
        case 204: return "No Content"
        case 400: return "Bad Request"
        case 401: return "Unauthorized"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 405: return "Method Not Allowed"
        case 411: return "Length Required"
        case 413: return "Content Too Large"
        case 415: return "Unsupported Media Type"
        case 500: return "Internal Server Error"
        default: return "Status \(status)"
        }
    }
}

#if canImport(Glibc)
private let MSG_NOSIGNAL_FLAG = Int32(MSG_NOSIGNAL)
#else
private let MSG_NOSIGNAL_FLAG: Int32 = 0
#endif

/// Reads requests off a connection.
private struct ConnectionReader {
    let fd: Int32
    var buffer: [UInt8] = []
    static let maxHead = 64 * 1024
    static let maxBody = 16 * 1024 * 1024

    init(fd: Int32) { self.fd = fd }

    enum Parsed {
        case request(MockRequest, close: Bool)
        case bad(Int, String)
        case closed
    }

    /// Reads more bytes; false at the end of the stream, on an error or a timeout.
    mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        buffer += chunk[0..<count]
        return true
    }

    mutating func line(limit: Int) -> String? {
        while true {
            if let end = find([13, 10]) {
                let text = String(decoding: buffer[0..<end], as: UTF8.self)
                buffer.removeFirst(end + 2)
                return text
            }
            guard buffer.count < limit, fill() else { return nil }
        }
    }

    func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var index = 0
        while index + needle.count <= buffer.count {
            if buffer[index] == needle[0], buffer[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }

    mutating func take(_ count: Int) -> [UInt8]? {
        while buffer.count < count { guard fill() else { return nil } }
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    mutating func request() -> Parsed {
        guard let requestLine = line(limit: Self.maxHead) else { return .closed }
        if requestLine.isEmpty { return request() }
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[2].hasPrefix("HTTP/") else { return .bad(400, "malformed request line") }
        var headers: [(name: String, value: String)] = []
        var headBytes = requestLine.utf8.count
        while true {
            guard let header = line(limit: Self.maxHead) else { return .closed }
            if header.isEmpty { break }
            headBytes += header.utf8.count
            guard headBytes < Self.maxHead, let colon = header.firstIndex(of: ":") else { return .bad(400, "malformed header") }
            headers.append((String(header[..<colon]), header[header.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
        var body: [UInt8] = []
        if header("transfer-encoding")?.lowercased().contains("chunked") == true {
            while true {
                guard let sizeLine = line(limit: Self.maxHead), let size = Int(sizeLine.split(separator: ";")[0].trimmingCharacters(in: .whitespaces), radix: 16) else { return .bad(400, "malformed chunk") }
                if size == 0 {
                    while let trailer = line(limit: Self.maxHead), !trailer.isEmpty {}
                    break
                }
                guard body.count + size <= Self.maxBody, let chunk = take(size), line(limit: 2) != nil else { return .bad(413, "the body is too large") }
                body += chunk
            }
        } else if let length = header("content-length") {
            guard let count = Int(length), count >= 0 else { return .bad(400, "malformed Content-Length") }
            guard count <= Self.maxBody else { return .bad(413, "the body is too large") }
            guard let bytes = take(count) else { return .closed }
            body = bytes
        }
        let target = String(parts[1])
        let path: String
        let query: String
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        let version = parts[2]
        let connection = header("connection")?.lowercased() ?? ""
        let close = connection.contains("close") || (version == "HTTP/1.0" && !connection.contains("keep-alive"))
        return .request(MockRequest(method: String(parts[0]), path: path, query: query, headers: headers, body: body), close: close)
    }
}
