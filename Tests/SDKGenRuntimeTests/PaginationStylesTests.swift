import Foundation
import GoldenFeaturePagination
import OpenAPIURLSession
import SDKGenMock
import SDKGenRuntime
import Testing

/// Serves `Tests/Fixtures/features/pagination` from five users, five search results, three repos
/// (Link headers) and three events (a cursor), and records the paths and queries asked for.
final class PagingServer: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [String] = []
    var listener: HTTPListener!

    init() throws {
        listener = try HTTPListener(port: 0) { [weak self] request in
            self?.answer(request) ?? MockResponse(status: 503, headers: [], body: [])
        }
    }

    var url: URL { URL(string: "http://127.0.0.1:\(listener.port)")! }
    var client: Client { Client(serverURL: url, transport: URLSessionTransport()) }

    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    private func answer(_ request: MockRequest) -> MockResponse {
        lock.lock()
        seen.append(request.path + (request.query.isEmpty ? "" : "?" + request.query))
        lock.unlock()
        var query: [String: String] = [:]
        for pair in request.query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            query[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        func json(_ text: String, _ headers: [(String, String)] = []) -> MockResponse {
            MockResponse(status: 200, headers: [.init(name: "Content-Type", value: "application/json")] + headers.map { .init(name: $0.0, value: $0.1) }, body: Array(text.utf8))
        }
        func window(_ total: Int, from start: Int, size: Int) -> [Int] { Array((start..<min(total, start + size)).map { $0 + 1 }) }
        switch request.path {
        case "/users":
            let ids = window(5, from: Int(query["offset"] ?? "0") ?? 0, size: Int(query["limit"] ?? "2") ?? 2)
            return json(#"{"users":[\#(ids.map { #"{"id":\#($0)}"# }.joined(separator: ","))],"total":5}"#)
        case "/search":
            let size = Int(query["per_page"] ?? "2") ?? 2
            let ids = window(5, from: ((Int(query["page"] ?? "1") ?? 1) - 1) * size, size: size)
            return json(#"{"results":[\#(ids.map { #""r\#($0)""# }.joined(separator: ","))]}"#)
        case "/repos" where query["sort"] == "loop":
            return json(#"[{"name":"again"}]"#, [("Link", "<\(url.absoluteString)/repos?sort=loop>; rel=\"next\"")])
        case "/repos" where query["sort"] == "away":
            return json(#"[{"name":"a"}]"#, [("Link", "<http://example.com/repos?page=2>; rel=\"next\"")])
        case "/repos" where query["page"] == "2":
            return json(#"[{"name":"c"}]"#, [("Link", "<\(url.absoluteString)/repos?sort=name>; rel=\"first\"")])
        case "/repos":
            return json(#"[{"name":"a"},{"name":"b"}]"#, [("Link", "<\(url.absoluteString)/repos?sort=name&page=2>; rel=\"next\", <\(url.absoluteString)/repos?sort=name&page=2>; rel=\"last\"")])
        case "/events":
            switch query["after"] {
            case nil: return json(#"{"data":["e1","e2"],"next_cursor":"c1"}"#)
            case "c1": return json(#"{"data":["e3"],"next_cursor":null}"#)
            default: return json(#"{"data":[]}"#)
            }
        default:
            return MockResponse(status: 404, headers: [], body: [])
        }
    }
}

/// The pagination styles set in `sdkgen.yaml`, against a local server through `URLSessionTransport`.
@Suite(.serialized, .timeLimit(.minutes(3))) struct PaginationStylesTests {
    @Test func offsetPagesMoveOnByTheItemsOfEachPage() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        var ids: [Int] = []
        for try await user in server.client.default.listUsersPages(limit: 2).items { ids.append(user.id) }
        #expect(ids == [1, 2, 3, 4, 5])
        // The third page has one user, fewer than the limit: the last.
        #expect(server.requests == ["/users?limit=2", "/users?offset=2&limit=2", "/users?offset=4&limit=2"])
        // From an offset given.
        var rest: [Int] = []
        for try await page in server.client.default.listUsersPages(offset: 3, limit: 2) { rest += page.users.map(\.id) }
        #expect(rest == [4, 5])
    }

    @Test func pageNumbersCountFromOneAndEndOnAShortPage() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        var results: [String] = []
        for try await result in server.client.default.searchPages(q: "x", perPage: 2).items { results.append(result) }
        #expect(results == ["r1", "r2", "r3", "r4", "r5"])
        #expect(server.requests == ["/search?q=x&per_page=2", "/search?q=x&page=2&per_page=2", "/search?q=x&page=3&per_page=2"])
    }

    @Test func linkHeadersGiveTheNextPagesURL() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        var names: [String] = []
        for try await repo in server.client.default.listReposPages(sort: "name").items { names.append(repo.name) }
        #expect(names == ["a", "b", "c"])
        // The second request is the link's URL; its response links only `first`: the end.
        #expect(server.requests == ["/repos?sort=name", "/repos?sort=name&page=2"])
    }

    @Test func aLinkGivenTwiceEndsWithPaginationError() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        var pages = 0
        let error = try await #require(throws: PaginationError.self) {
            for try await _ in server.client.default.listReposPages(sort: "loop") { pages += 1 }
        }
        #expect(pages == 1)
        #expect(error.description == "listRepos: page 2 gave the URL '\(server.url.absoluteString)/repos?sort=loop' again; the pages would repeat forever")
    }

    @Test func aLinkOutsideTheServerURLIsRefused() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        let error = try await #require(throws: APIError.self) {
            for try await _ in server.client.default.listReposPages(sort: "away") {}
        }
        #expect(error.kind == .invalidRequest)
        #expect(error.underlying == "the next page's URL 'http://example.com/repos?page=2' is not under the server URL '\(server.url.absoluteString)'")
        #expect(server.requests == ["/repos?sort=away"])
    }

    @Test func configuredCursorNames() async throws {
        let server = try PagingServer()
        defer { server.listener.stop() }
        var events: [String] = []
        for try await event in server.client.default.listEventsPages().items { events.append(event) }
        #expect(events == ["e1", "e2", "e3"])
        #expect(server.requests == ["/events", "/events?after=c1"])
    }

    @Test func linkHeaderValuesAreReadAsRFC8288Says() {
        let cases: [(String, String?)] = [
            (#"<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last""#, "https://api.github.com/x?page=2"),
            (#"<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next""#, "https://a/x?page=3"),
            (#"<https://a/x?page=3>; rel=next"#, "https://a/x?page=3"),
            (#"<https://a/x?page=3>; title="n"; rel="prefetch next""#, "https://a/x?page=3"),
            (#"<https://a/x?page=3>; REL="NEXT""#, "https://a/x?page=3"),
            (#"<https://a/x?page=1>; rel="prev""#, nil),
            ("", nil),
        ]
        for (header, next) in cases {
            #expect(LinkHeader.nextURL(in: header) == next, "\(header)")
        }
    }
}
