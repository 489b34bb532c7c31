import Foundation
import KalshiAPI

/// One market's order book as Kalshi's `orderbook_delta` channel keeps it: resting bids on Yes and
/// on No, price -> contracts, exact to the last digit Kalshi sends.
public struct LiveOrderbook: Sendable, Equatable {
    public var ticker: String
    /// Yes bids: price in dollars -> contracts resting there.
    public var yes: [ExactDecimal: ExactDecimal]
    /// No bids: price in dollars -> contracts resting there.
    public var no: [ExactDecimal: ExactDecimal]
    /// The `seq` of the last message applied.
    public var seq: Int

    /// The levels of one side, best (highest) price first.
    public func levels(_ side: MarketSide) -> [(price: ExactDecimal, count: ExactDecimal)] {
        (side == .yes ? yes : no).sorted { $0.key > $1.key }.map { ($0.key, $0.value) }
    }

    public var bestYesBid: ExactDecimal? { yes.keys.max() }
    public var bestNoBid: ExactDecimal? { no.keys.max() }
    /// What buying Yes costs now: one dollar less the best No bid.
    public var bestYesAsk: ExactDecimal? { bestNoBid.map { ExactDecimal(1) - $0 } }

    /// Applies snapshots and deltas; a delta before the first snapshot (or after `reset`) is not
    /// applied, so nothing is built on a stale book.
    final class Builder: @unchecked Sendable {
        private let lock = NSLock()
        private var book: LiveOrderbook?
        let ticker: String

        init(ticker: String) {
            self.ticker = ticker
        }

        /// Forget the book until the next snapshot.
        func reset() {
            lock.withLock { book = nil }
        }

        /// The book after `message`, or nil when it changes nothing to yield.
        func apply(_ message: ServerMessage) -> LiveOrderbook? {
            lock.withLock {
                switch message {
                case .orderbookSnapshot(let snapshot) where snapshot.msg.marketTicker == ticker:
                    book = LiveOrderbook(ticker: ticker, yes: Self.levels(snapshot.msg.yesDollarsFp), no: Self.levels(snapshot.msg.noDollarsFp), seq: snapshot.seq)
                    return book
                case .orderbookDelta(let delta) where delta.msg.marketTicker == ticker:
                    guard var current = book, let price = ExactDecimal(delta.msg.priceDollars), let change = ExactDecimal(delta.msg.deltaFp) else { return nil }
                    let side = delta.msg.side
                    var levels = side == .yes ? current.yes : current.no
                    let count = (levels[price] ?? 0) + change
                    levels[price] = count > 0 ? count : nil
                    if side == .yes { current.yes = levels } else { current.no = levels }
                    current.seq = delta.seq
                    book = current
                    return current
                default:
                    return nil
                }
            }
        }

        static func levels(_ pairs: [[String]]?) -> [ExactDecimal: ExactDecimal] {
            var levels: [ExactDecimal: ExactDecimal] = [:]
            for pair in pairs ?? [] where pair.count == 2 {
                if let price = ExactDecimal(pair[0]), let count = ExactDecimal(pair[1]), count > 0 { levels[price] = count }
            }
            return levels
        }
    }
}
