import Foundation
@testable import SDKGenRuntime
import Testing

/// What the client's encoders write, the server's `ParameterText` reads back, in every style.
@Suite struct ParameterDecodingTests {
    struct Filter: Codable, Equatable, Sendable {
        var role: String
        var level: Int
    }

    static let styles: [(ParameterStyle, Bool)] = [
        (.simple, false), (.simple, true), (.label, false), (.label, true), (.matrix, false), (.matrix, true),
    ]

    @Test(arguments: styles)
    func pathSegmentsRoundTrip(style: ParameterStyle, explode: Bool) throws {
        // Not `.`: label style joins with it unescaped (RFC 6570 does the same), so it cannot be told apart.
        let items = ["a b", "c,d", "e_f;g=h"]
        let arrayText = try PathEncoder.segment(items, name: "id", style: style, explode: explode)
        #expect(try ParameterText.path("id", raw: arrayText[...], style: style, explode: explode).decode([String].self) == items)
        let scalarText = try PathEncoder.segment(42, name: "id", style: style, explode: explode)
        #expect(try ParameterText.path("id", raw: scalarText[...], style: style, explode: explode).decode(Int.self) == 42)
        let filter = Filter(role: "a,b=c", level: 3)
        let objectText = try PathEncoder.segment(filter, name: "id", style: style, explode: explode)
        #expect(try ParameterText.path("id", raw: objectText[...], style: style, explode: explode).decode(Filter.self) == filter)
    }

    @Test(arguments: [
        (ParameterStyle.form, true), (.form, false), (.spaceDelimited, false), (.pipeDelimited, false),
    ])
    func queryArraysRoundTrip(style: ParameterStyle, explode: Bool) throws {
        var query = QueryEncoder()
        try query.append("tags", ["x y", "a,b", "p|q", "1+1"], style: style, explode: explode)
        let items = ParameterText.queryItems(query.string.dropFirst())
        let text = try #require(ParameterText.query("tags", in: items, style: style, explode: explode))
        // A separator inside an item survives only where it is escaped on the wire.
        let expected: [String] = switch style {
        case .spaceDelimited: ["x", "y", "a,b", "p|q", "1+1"]
        case .pipeDelimited: ["x y", "a,b", "p", "q", "1+1"]
        default: ["x y", "a,b", "p|q", "1+1"]
        }
        #expect(try text.decode([String].self) == expected)
    }

    @Test func deepObjectsAndScalarsRoundTrip() throws {
        var query = QueryEncoder()
        let filter = Filter(role: "admin & more", level: -2)
        try query.append("filter", filter, style: .deepObject)
        try query.append("when", JSONCoding.parseDateTime("2024-01-02T03:04:05Z"))
        try query.append("ok", true)
        let items = ParameterText.queryItems(query.string.dropFirst())
        #expect(try ParameterText.query("filter", in: items, style: .deepObject, explode: true)?.decode(Filter.self) == filter)
        #expect(try ParameterText.query("when", in: items, style: .form, explode: true)?.decode(Date.self) == JSONCoding.parseDateTime("2024-01-02T03:04:05Z"))
        #expect(try ParameterText.query("ok", in: items, style: .form, explode: true)?.decode(Bool.self) == true)
        #expect(ParameterText.query("missing", in: items, style: .form, explode: true) == nil)
    }

    /// Text that is not a value of the type is a decoding error, never a trap or a silent default.
    @Test(arguments: [
        ("1.5", "expected an integer that fits Int, got '1.5'"),
        ("", "expected an integer that fits Int, got ''"),
        ("99999999999999999999", "expected an integer that fits Int, got '99999999999999999999'"),
        ("0x10", "expected an integer that fits Int, got '0x10'"),
    ])
    func badIntegersAreRefused(text: String, message: String) throws {
        let parameter = ParameterText(values: [text], escaping: .none)
        #expect {
            _ = try parameter.decode(Int.self)
        } throws: { error in
            JSONCoding.describeValue(error) == message
        }
    }

    @Test(arguments: ["nan", "inf", "1e999", "0x1p3", "one"])
    func badNumbersAreRefused(text: String) throws {
        #expect(throws: DecodingError.self) { try ParameterText(values: [text], escaping: .none).decode(Double.self) }
    }
}
