import Foundation
import KalshiAPI
import OpenAPIURLSession
import SDKGenMock
import SDKGenRuntime
import Testing

/// The generated page sequences of cursor-paginated Kalshi operations, against a local server.
@Suite("Kalshi page sequences over HTTP", .timeLimit(.minutes(3)))
struct KalshiPaginationTests {
    /// Answers `GET /trade-api/v2/markets` with the page its `cursor` names, and records the queries.
    final class MarketPages: @unchecked Sendable {
        let pages: [String: (tickers: [String], next: String?)]
        private let lock = NSLock()
        private var seen: [String] = []
        var listener: HTTPListener!

        init(_ pages: [String: (tickers: [String], next: String?)]) throws {
            self.pages = pages
            listener = try HTTPListener(port: 0) { [weak self] request in
                self?.answer(request) ?? MockResponse(status: 503, headers: [], body: [])
            }
        }

        func answer(_ request: MockRequest) -> MockResponse {
            lock.withLock { seen.append(request.query) }
            let cursor = request.query.split(separator: "&").first { $0.hasPrefix("cursor=") }.map { String($0.dropFirst(7)) } ?? ""
            guard let page = pages[cursor] else { return MockResponse(status: 404, headers: [], body: []) }
            let markets = page.tickers.map { #"{"ticker":"\#($0)","event_ticker":"E","market_type":"binary","yes_sub_title":"","no_sub_title":"","created_time":"2024-01-02T03:04:05Z","updated_time":"2024-01-02T03:04:05Z","open_time":"2024-01-02T03:04:05Z","close_time":"2024-01-02T03:04:05Z","latest_expiration_time":"2024-01-02T03:04:05Z","settlement_timer_seconds":0,"status":"active","yes_bid_dollars":"0.5","yes_bid_size_fp":"1.00","yes_ask_dollars":"0.5","yes_ask_size_fp":"1.00","no_bid_dollars":"0.5","no_ask_dollars":"0.5","last_price_dollars":"0.5","volume_fp":"1.00","volume_24h_fp":"1.00","result":"","can_close_early":true,"open_interest_fp":"1.00","notional_value_dollars":"1","previous_yes_bid_dollars":"0.5","previous_yes_ask_dollars":"0.5","previous_price_dollars":"0.5","expiration_value":"","rules_primary":"","rules_secondary":"","price_level_structure":"","price_ranges":[],"settlement_bounds_type":"default"}"# }
            let cursorField = page.next.map { #","cursor":"\#($0)""# } ?? ""
            let body = #"{"markets":[\#(markets.joined(separator: ","))]\#(cursorField)}"#
            return MockResponse(status: 200, headers: [.init(name: "Content-Type", value: "application/json")], body: Array(body.utf8))
        }

        var queries: [String] { lock.withLock { seen } }

        var client: Client {
            Client(serverURL: URL(string: "http://127.0.0.1:\(listener.port)/trade-api/v2")!, transport: URLSessionTransport())
        }
    }

    @Test func itemsFollowTheCursorUntilAnEmptyOne() async throws {
        let server = try MarketPages(["": (["A", "B"], "c1"), "c1": (["C"], "c2"), "c2": (["D"], "")])
        defer { server.listener.stop() }
        var tickers: [String] = []
        for try await market in server.client.market.getMarketsPages(limit: 2, status: .open).items { tickers.append(market.ticker) }
        #expect(tickers == ["A", "B", "C", "D"])
        #expect(server.queries == ["limit=2&status=open", "limit=2&cursor=c1&status=open", "limit=2&cursor=c2&status=open"])
    }

    @Test func pagesAreFetchedOnlyAsTheyAreRead() async throws {
        let server = try MarketPages(["": (["A"], "c1"), "c1": (["B"], nil)])
        defer { server.listener.stop() }
        for try await page in server.client.market.getMarketsPages() {
            #expect(page.markets.map(\.ticker) == ["A"])
            break
        }
        #expect(server.queries == [""])
    }

    @Test func aRepeatedCursorEndsWithAClearError() async throws {
        let server = try MarketPages(["": (["A"], "c1"), "c1": (["B"], "c1")])
        defer { server.listener.stop() }
        var tickers: [String] = []
        do {
            for try await market in server.client.market.getMarketsPages().items { tickers.append(market.ticker) }
            Issue.record("expected a PaginationError")
        } catch let error as PaginationError {
            #expect(error.description == "GetMarkets: page 2 gave the cursor 'c1' again; the pages would repeat forever")
        }
        #expect(tickers == ["A"])
        #expect(server.queries.count == 2)
    }
}
