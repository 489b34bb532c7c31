import Foundation
import KalshiAPI
import SDKGenRuntime
import Testing

/// Kalshi's fixed-point prices and counts reach the caller as exact decimals (README, "Exact money").
@Suite struct KalshiMoneyTests {
    @Test func theOrderBooksPricesAreExact() throws {
        let json = #"{"orderbook_fp":{"yes_dollars":[["0.5500","3.00"],["0.5600","10.00"]],"no_dollars":[["0.4300","1.50"]]}}"#
        let book = try JSONDecoder().decode(GetMarketOrderbookResponse.self, from: Data(json.utf8))
        let best = book.orderbookFp.yesDollars.last?.first ?? 0
        let spread = ExactDecimal(1) - best
        #expect(spread == "0.44")
        #expect(spread.description == "0.44")
        let size = book.orderbookFp.yesDollars.map { $0[1] }.reduce(0, +)
        #expect(size.description == "13")
        // Sent back unchanged, the server's text is kept.
        let encoded = try JSONEncoder().encode(book.orderbookFp.noDollars)
        #expect(String(decoding: encoded, as: UTF8.self) == #"[["0.4300","1.50"]]"#)
    }
}
