import Foundation

/// An exact decimal number that JSON carries as a string: a price such as `"0.5600"` or a
/// quantity such as `"10.00"` (Kalshi's fixed-point dollars and counts).
///
/// The value is a Foundation `Decimal` (38 significant digits), read from the text digit by digit
/// and never through a binary floating-point number, so sums and comparisons are exact. Values
/// compare by number (`"0.56" == "0.5600"`). A value decoded and encoded again unchanged is written
/// with the text it was read from; an arithmetic result is written in plain notation. Text that is
/// not a decimal number, or has more significant digits than `Decimal` holds exactly, is a
/// `DecodingError` when decoded and `nil` from `init?(_:)`.
///
/// Map a string schema to it in `sdkgen.yaml`: `typeOverrides: {schemas: {Price: ExactDecimal}}`,
/// or every string of a format: `typeOverrides: {formats: {decimal: ExactDecimal}}`.
public struct ExactDecimal: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// The number.
    public let value: Decimal
    /// The text it was read from, written back when it is encoded.
    private let text: String?

    /// The most significant digits a value may have: what `Decimal` holds exactly.
    public static let maximumDigits = 38

    public init(_ value: Decimal) {
        self.value = value
        text = nil
    }

    public init(_ value: Int) {
        self.init(Decimal(value))
    }

    /// Reads `"-54.00"`, `"0.000001"`, `"10"`: an optional sign, digits, and optionally a point
    /// and more digits. Nil for anything else (an exponent, spaces, a comma, `"1."`, `".5"`) and for
    /// more than `maximumDigits` significant digits.
    public init?(_ text: String) {
        guard let value = Self.parse(text) else { return nil }
        self.value = value
        self.text = text
    }

    public init(stringLiteral text: String) {
        guard let value = Self.parse(text) else { preconditionFailure("'\(text)' is not a decimal number (such as \"0.5600\")") }
        self.value = value
        self.text = text
    }

    public init(integerLiteral value: Int) {
        self.init(value)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Self.parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a decimal number as text (such as \"0.5600\"), not \"\(text.prefix(40))\"")
        }
        self.value = value
        self.text = text
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The text it was read from, or the value in plain notation (`"-1.5"`, `"0.000001"`).
    public var description: String {
        text ?? Self.plain(value)
    }

    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool { a.value == b.value }
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { a.value < b.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(Self.canonical(value)) }

    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(a.value + b.value) }
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(a.value - b.value) }
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal { ExactDecimal(a.value * b.value) }
    public static prefix func - (a: ExactDecimal) -> ExactDecimal { ExactDecimal(-a.value) }
    public static func += (a: inout ExactDecimal, b: ExactDecimal) { a = a + b }
    public static func -= (a: inout ExactDecimal, b: ExactDecimal) { a = a - b }
    public static func *= (a: inout ExactDecimal, b: ExactDecimal) { a = a * b }

    public static let zero = ExactDecimal(Decimal(0))

    /// The value rounded to `places` digits after the point (`.plain`: half away from zero).
    public func rounded(toPlaces places: Int, _ mode: Decimal.RoundingMode = .plain) -> ExactDecimal {
        var source = value, result = Decimal()
        NSDecimalRound(&result, &source, places, mode)
        return ExactDecimal(result)
    }

    /// The number of `text`, digit by digit: sign, integer digits, optionally `.` and fraction digits.
    static func parse(_ text: String) -> Decimal? {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let digit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let integer = bytes.prefix(while: digit)
        guard !integer.isEmpty else { return nil }
        bytes = bytes.dropFirst(integer.count)
        var fraction: ArraySlice<UInt8> = []
        if let point = bytes.first {
            guard point == UInt8(ascii: "."), bytes.count > 1 else { return nil }
            fraction = bytes.dropFirst()
            guard fraction.allSatisfy(digit) else { return nil }
        }
        // Significant digits: leading zeros do not count.
        let digits = (integer + fraction).drop { $0 == UInt8(ascii: "0") }
        // Decimal's exponent is 8 bits: at most 127 places after the point.
        guard digits.count <= maximumDigits, fraction.count <= 127 else { return nil }
        var significand = Decimal(0)
        for byte in digits { significand = significand * 10 + Decimal(Int(byte - UInt8(ascii: "0"))) }
        return Decimal(sign: negative && !digits.isEmpty ? .minus : .plus, exponent: -fraction.count, significand: significand)
    }

    /// `value` without an exponent: `-1.5`, `0.000001`, `12000`. Foundation writes a `Decimal`
    /// in plain notation on every platform.
    static func plain(_ value: Decimal) -> String {
        value.description
    }

    /// The plain text without trailing fraction zeros: one spelling per number, for hashing.
    static func canonical(_ value: Decimal) -> String {
        var text = plain(value)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
