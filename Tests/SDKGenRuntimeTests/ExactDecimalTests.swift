import Foundation
import SDKGenRuntime
import Testing

/// `ExactDecimal`, the type Kalshi's fixed-point prices and counts decode to: exact values from
/// JSON strings, arithmetic without binary floating point, and the server's text sent back as it came.
@Suite struct ExactDecimalTests {
    /// Text -> the value in plain notation, and the text it encodes to when sent back unchanged.
    @Test(arguments: [
        ("0.5600", "0.56"),
        ("0.000001", "0.000001"),
        ("10", "10"),
        ("-54.00", "-54"),
        ("10.00", "10"),
        ("0", "0"),
        ("-0.00", "0"),
        ("007.50", "7.5"),
        // 30 significant digits: beyond what a Double holds (it would read 1234567890123456.8).
        ("1234567890123456.78901234567891", "1234567890123456.78901234567891"),
        ("99999999999999999999999999999999999999", "99999999999999999999999999999999999999"),
    ])
    func readsAndKeepsTheText(text: String, plain: String) throws {
        let data = Data("\"\(text)\"".utf8)
        let value = try JSONDecoder().decode(ExactDecimal.self, from: data)
        #expect(ExactDecimal(value.value).description == plain)
        #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == "\"\(text)\"")
        #expect(ExactDecimal(text) == value)
    }

    /// Not decimal text: each is a `DecodingError.dataCorrupted` naming the text, and nil from `init?`.
    @Test(arguments: ["", "abc", "1.", ".5", "1e5", "1.2.3", " 1", "1 ", "0x10", "1,5", "--1", "+", "NaN", "Infinity", "١٢",
                      "100000000000000000000000000000000000000", "0." + String(repeating: "0", count: 130) + "1"])
    func refusesWhatIsNotDecimalText(text: String) throws {
        #expect(ExactDecimal(text) == nil)
        let data = Data(try JSONEncoder().encode(text))
        do {
            _ = try JSONDecoder().decode(ExactDecimal.self, from: data)
            Issue.record("'\(text)' decoded")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "expected a decimal number as text (such as \"0.5600\"), not \"\(text.prefix(40))\"")
        }
    }

    /// A JSON number is not the string Kalshi sends: a typed error, not a guess through Double.
    @Test func refusesAJSONNumber() throws {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ExactDecimal.self, from: Data("0.56".utf8)) }
    }

    @Test func addsAndComparesExactly() throws {
        // 0.1 + 0.2 is 0.30000000000000004 in Double.
        #expect((ExactDecimal("0.1") + ExactDecimal("0.2")) == ExactDecimal("0.3"))
        #expect((ExactDecimal("0.1") + ExactDecimal("0.2")).description == "0.3")
        // A day of fills: 1,000 buys at 0.01 cost exactly 10.
        var cost = ExactDecimal.zero
        for _ in 0..<1000 { cost += ExactDecimal("0.01") }
        #expect(cost == 10)
        #expect(cost.description == "10")
        // Profit of 37 contracts bought at 0.4300 and sold at 0.5600.
        let profit = (ExactDecimal("0.5600") - ExactDecimal("0.4300")) * ExactDecimal("37.00")
        #expect(profit.description == "4.81")
        #expect(-profit < .zero)
        #expect(ExactDecimal("0.56") == ExactDecimal("0.5600"))
        #expect(ExactDecimal("0.56") < ExactDecimal("0.5601"))
        #expect(ExactDecimal("-54.00") < ExactDecimal("-53.99"))
        #expect([ExactDecimal("0.5"), ExactDecimal("0.25"), ExactDecimal("-1")].sorted().map(\.description) == ["-1", "0.25", "0.5"])
        #expect(ExactDecimal("2.345").rounded(toPlaces: 2).description == "2.35")
        #expect(ExactDecimal("-2.345").rounded(toPlaces: 2).description == "-2.35")
        #expect(ExactDecimal("2.345").rounded(toPlaces: 2, .bankers).description == "2.34")
    }

    /// Equal numbers hash alike, whatever their text: a set of prices holds each price once.
    @Test func equalNumbersHashAlike() {
        let prices: Set<ExactDecimal> = ["0.56", "0.5600", "0.560000", "1", "1.00", "-0.00", "0"]
        #expect(prices.count == 3)
        #expect(prices.contains(ExactDecimal("0.56") + .zero))
    }

    /// A model with prices: the server's JSON comes back byte for byte; a changed price is written plain.
    @Test func roundTripsInAModel() throws {
        struct Level: Codable, Equatable {
            var price: ExactDecimal
            var count: ExactDecimal
        }
        let json = #"{"count":"100.00","price":"0.1500"}"#
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var level = try JSONDecoder().decode(Level.self, from: Data(json.utf8))
        #expect(String(decoding: try encoder.encode(level), as: UTF8.self) == json)
        level.price += ExactDecimal("0.01")
        #expect(String(decoding: try encoder.encode(level), as: UTF8.self) == #"{"count":"100.00","price":"0.16"}"#)
    }
}
