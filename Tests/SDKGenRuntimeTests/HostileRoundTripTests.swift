import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GoldenHostile
import OpenAPIURLSession
import SDKGenRuntime
import Testing
import TestSupport

/// `Server/echo_server.py` on 127.0.0.1: answers with the request body, tells what it received.
final class EchoServer {
    let server: PythonServer
    let port: Int

    init() throws {
        let script = try #require(Bundle.module.url(forResource: "echo_server", withExtension: "py", subdirectory: "Server"))
        server = try PythonServer(script: script)
        port = try #require(server.port, "the echo server did not start")
    }

    struct Request: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
        var body: String
    }

    func last() async throws -> Request {
        let data = try await fetch(URL(string: "http://127.0.0.1:\(port)/__last")!)
        return try JSONDecoder().decode(Request.self, from: data)
    }

}

/// Spec text from `Tests/Fixtures/hostile` reaches the wire and comes back exactly.
@Suite(.serialized, .timeLimit(.minutes(3))) struct HostileRoundTripTests {
    @Test func hostileValuesRoundTripThroughTheGeneratedClient() async throws {
        let server = try EchoServer()
        let client = Client(serverURL: URL(string: "http://127.0.0.1:\(server.port)/base")!, transport: URLSessionTransport())
        let hostile = "*/ /* \"\"\" \\(x) \u{202E} line\nbreak \u{0} #\"raw\"#"
        let model = HostileModelX(
            aB: hostile, quoteD: "\"", backTick: "`", hash: "#", op: "+", self_: "self", type: "Type",
            description: hostile, _1st: "1", kind: .lineBreak
        )
        let echoed = try await client.weirdTagX1.doItNow(itemID: "a/../b \u{202E}", body: model, qUoted: hostile, xWeirdHeader1: "plain value")
        #expect(echoed == model)
        #expect(HostileEnum.allValues.map { HostileEnum(rawValue: $0.rawValue) } == HostileEnum.allValues)

        let request = try await server.last()
        #expect(request.method == "POST")
        #expect(request.path == "/base/weird/a%2F..%2Fb%20%E2%80%AE/a*b(c)d'e?q%20%22uoted%22%20%26%20%3D%20%23=%2A%2F%20%2F%2A%20%22%22%22%20%5C%28x%29%20%E2%80%AE%20line%0Abreak%20%00%20%23%22raw%22%23")
        #expect(request.headers["X-Weird_Header-1"] == "plain value")
        #expect(try JSONCoding.decoder().decode(HostileModelX.self, from: Data(request.body.utf8)) == model)

        // A header value with a line break cannot add a header: the client refuses to send it.
        let error = try await #require(throws: APIError.self) {
            _ = try await client.weirdTagX1.doItNow(itemID: "x", body: model, xWeirdHeader1: "a\r\nX-Injected: 1")
        }
        #expect(error.kind == .invalidRequest)
    }

    /// Through URLSessionTransport (libcurl on Linux resolves `.` and `..` segments), an unsigned
    /// API: a value of dots must not reach the parent resource, and an empty one is refused.
    @Test func dotSegmentsStayOneSegmentAndEmptyOnesAreRefused() async throws {
        let server = try EchoServer()
        let model = HostileModelX(aB: "a", quoteD: "", backTick: "", hash: "", op: "", self_: "", type: "", description: "", _1st: "", kind: .lineBreak)
        for (base, item, path) in [
            ("/base", ".", "/base/weird/%2E/a*b(c)d'e"),
            ("/base", "..", "/base/weird/%2E%2E/a*b(c)d'e"),
            ("/base", "...", "/base/weird/%2E%2E%2E/a*b(c)d'e"),
            ("/base", "a/../b", "/base/weird/a%2F..%2Fb/a*b(c)d'e"),
            ("/base/", "..", "/base/weird/%2E%2E/a*b(c)d'e"),
            ("/", "x", "/weird/x/a*b(c)d'e"),
            ("", "x", "/weird/x/a*b(c)d'e"),
        ] {
            let client = Client(serverURL: URL(string: "http://127.0.0.1:\(server.port)\(base)")!, transport: URLSessionTransport())
            #expect(try await client.weirdTagX1.doItNow(itemID: item, body: model) == model)
            #expect(try await server.last().path == path, "item \(item) at '\(base)'")
        }
        let client = Client(serverURL: URL(string: "http://127.0.0.1:\(server.port)/base")!, transport: URLSessionTransport())
        let error = try await #require(throws: APIError.self) { _ = try await client.weirdTagX1.doItNow(itemID: "", body: model) }
        #expect(error.kind == .invalidRequest)
        #expect(error.underlying == "the path parameter 'item-id' is empty; a path segment needs a value")
        #expect(try await server.last().path == "/weird/x/a*b(c)d'e")
    }

    @Test func everyEnumValueSurvives() throws {
        let values = ["*/", "\"\"\"", "\\(x)", "line\nbreak", "bidi\u{202E}", "", "nul\u{0}", "#\"raw\"#"]
        let decoded = try JSONCoding.decoder().decode([HostileEnum].self, from: JSONCoding.encoder().encode(values))
        #expect(decoded == HostileEnum.allValues)
        #expect(decoded.map(\.rawValue) == values)
        #expect(!decoded.contains { if case .unknown = $0 { return true } else { return false } })
    }
}

extension HostileEnum {
    static let allValues: [HostileEnum] = [._2a_2f, ._22_22_22, .x, .lineBreak, .bidi, .empty, .nul, .raw]
}
