import Foundation
import KalshiModels
import SDKGenRuntime

/// Decodes a ~10 MB JSON array of Kalshi `Market` objects into the generated model and into the
/// hand-written one (`HandWritten.swift`), with the same decoder, in rounds; prints the median
/// times and the median of the rounds' ratios.

func marketJSON(_ index: Int) -> String {
    let status = ["active", "closed", "determined", "finalized"][index % 4]
    let legs = index % 3 == 0 ? #""mve_selected_legs":[{"event_ticker":"EV-\#(index)","market_ticker":"MK-\#(index)","side":"yes","yes_settlement_value_dollars":"0.5600"}],"# : ""
    return """
    {"ticker":"KXHIGHNY-25NOV26-B\(index)","event_ticker":"KXHIGHNY-25NOV26","market_type":"binary","title":"Highest temperature in NYC on Nov 26, 2025? (\(index))",\
    "subtitle":"\(index)° to \(index + 1)°","yes_sub_title":"\(index)° to \(index + 1)°","no_sub_title":"\(index)° to \(index + 1)°",\
    "created_time":"2025-11-24T15:00:00Z","updated_time":"2025-11-26T09:30:12.123Z","open_time":"2025-11-25T15:00:00Z","close_time":"2025-11-27T04:59:00Z",\
    "expected_expiration_time":"2025-11-27T15:00:00Z","latest_expiration_time":"2025-12-04T15:00:00Z","settlement_timer_seconds":1800,\
    "status":"\(status)","response_price_units":"usd_cent","yes_bid_dollars":"0.\(10 + index % 80)00","yes_bid_size_fp":"\(index % 500).00",\
    "yes_ask_dollars":"0.\(11 + index % 80)00","yes_ask_size_fp":"\(index % 700).00","no_bid_dollars":"0.\(88 - index % 80)00","no_ask_dollars":"0.\(89 - index % 80)00",\
    "last_price_dollars":"0.\(10 + index % 80)00","volume_fp":"\(index * 13).00","volume_24h_fp":"\(index * 7).00","result":"",\
    "can_close_early":true,"fractional_trading_enabled":false,"open_interest_fp":"\(index * 5).00","notional_value_dollars":"1.0000",\
    "previous_yes_bid_dollars":"0.4000","previous_yes_ask_dollars":"0.4200","previous_price_dollars":"0.4100","liquidity_dollars":"\(index * 31).5000",\
    "expiration_value":"","tick_size":1,"strike_type":"between","floor_strike":\(index).0,"cap_strike":\(index + 1).5,\
    "rules_primary":"If the highest temperature recorded in Central Park, New York for November 26, 2025 is between \(index)° and \(index + 1)°, then the market resolves to Yes.",\
    "rules_secondary":"Not all weather data is the same. While checking a weather app might give an indication, the final settlement value is the one in the NWS Daily Climate Report.",\
    \(legs)"price_level_structure":"linear_cent","price_ranges":[{"start":"0.0000","end":"1.0000","step":"0.0100"}],"is_provisional":false}
    """
}

var text = "["
var count = 0
while text.utf8.count < 10 * 1024 * 1024 {
    if count > 0 { text += "," }
    text += marketJSON(count)
    count += 1
}
text += "]"
let data = Data(text.utf8)
let decoder = JSONCoding.decoder()

/// Wall time of one run of `body`, in seconds.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

// Both decode the same values (a wrong benchmark would compare different work).
let generatedMarkets = try decoder.decode([Market].self, from: data)
let handMarkets = try decoder.decode([HandMarket].self, from: data)
precondition(generatedMarkets.count == count && handMarkets.count == count)
for (generated, hand) in zip(generatedMarkets, handMarkets) {
    precondition(generated.ticker == hand.ticker && generated.closeTime == hand.closeTime && generated.status.rawValue == hand.status.rawValue)
    precondition(generated.mveSelectedLegs?.count == hand.mveSelectedLegs?.count && generated.capStrike == hand.capStrike)
}

let runs = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 7
// Each round decodes with both models back to back, in alternating order, and the ratio is taken
// within the round: this machine's speed drifts by up to 2x within minutes, which a ratio of two
// separate medians would keep.
var generatedTimes: [Double] = []
var handTimes: [Double] = []
var ratios: [Double] = []
for round in 0..<runs {
    let generated: Double
    let hand: Double
    if round % 2 == 0 {
        generated = try seconds { _ = try decoder.decode([Market].self, from: data) }
        hand = try seconds { _ = try decoder.decode([HandMarket].self, from: data) }
    } else {
        hand = try seconds { _ = try decoder.decode([HandMarket].self, from: data) }
        generated = try seconds { _ = try decoder.decode([Market].self, from: data) }
    }
    generatedTimes.append(generated)
    handTimes.append(hand)
    ratios.append(generated / hand)
}
func middle(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
print(String(format: "decode %.1f MB JSON array of %d Kalshi Market objects: generated %.3f s, hand-written Codable %.3f s, ratio %.2f (median of %d rounds, each ratio taken within its round)",
             Double(data.count) / 1_048_576, count, middle(generatedTimes), middle(handTimes), middle(ratios), runs))
