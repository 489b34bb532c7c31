import Foundation

/// JSON encoders and decoders configured for OpenAPI: `date-time` with or without fractional seconds.
public enum JSONCoding {
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDateTime(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an RFC 3339 date-time")
            }
            return date
        }
        return decoder
    }

    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDateTime(date))
        }
        return encoder
    }

    /// Parses RFC 3339 `date-time` text, with or without fractional seconds.
    public static func parseDateTime(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle())
    }

    /// Formats a date as RFC 3339 in UTC, with milliseconds only when the date has them.
    public static func formatDateTime(_ date: Date) -> String {
        let hasFraction = date.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) != 0
        return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: hasFraction))
    }

    /// A one-line description of a decoding error with its coding path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "the body" : "'\(keys)'"
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type): \(context.debugDescription)"
        case .valueNotFound(let type, let context): return "\(path(context)): missing \(type) value"
        case .keyNotFound(let key, let context): return "\(path(context)): missing key '\(key.stringValue)'"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}

/// A coding key made at run time, for discriminators and free-form objects.
public struct DynamicCodingKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int?

    public init(_ string: String) {
        self.stringValue = string
    }

    public init?(stringValue: String) {
        self.stringValue = stringValue
    }

    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

// Generated structs decode and encode their properties through these: one generic function per
// direction instead of the overload sets of `decode(_:forKey:)` and `encode(_:forKey:)`, and no
// `CodingKeys` enum per type, which keeps large SDKs quick to compile. Coding is the same as
// synthesized `Codable`: `field` throws on a missing key, `fieldIfPresent` reads absent or null as
// nil, and `encodeFieldIfPresent` leaves nil out.
extension KeyedDecodingContainer where Key == DynamicCodingKey {
    /// The value at `key`; throws if it is absent or null.
    @inlinable
    public func field<T: Decodable>(_ key: String) throws -> T {
        let key = DynamicCodingKey(key)
        // Scalars go to the decoder's own entry points, as synthesized coding does: the generic one
        // decodes them through `init(from:)`, measurably slower. Once `T` is known, one branch is left.
        if T.self == String.self { return try decode(String.self, forKey: key) as! T }
        if T.self == Int.self { return try decode(Int.self, forKey: key) as! T }
        if T.self == Bool.self { return try decode(Bool.self, forKey: key) as! T }
        if T.self == Double.self { return try decode(Double.self, forKey: key) as! T }
        if T.self == Int64.self { return try decode(Int64.self, forKey: key) as! T }
        if T.self == Int32.self { return try decode(Int32.self, forKey: key) as! T }
        if T.self == Float.self { return try decode(Float.self, forKey: key) as! T }
        return try decode(T.self, forKey: key)
    }

    /// The value at `key`, or nil if it is absent or null (what `decodeIfPresent` does, through
    /// `field` and its scalar entry points).
    @inlinable
    public func fieldIfPresent<T: Decodable>(_ key: String) throws -> T? {
        let codingKey = DynamicCodingKey(key)
        guard contains(codingKey), try !decodeNil(forKey: codingKey) else { return nil }
        return try field(key) as T
    }
}

extension KeyedEncodingContainer where Key == DynamicCodingKey {
    /// Writes `value` at `key`.
    @inlinable
    public mutating func encodeField<T: Encodable>(_ value: T, _ key: String) throws {
        let key = DynamicCodingKey(key)
        if T.self == String.self { return try encode(value as! String, forKey: key) }
        if T.self == Int.self { return try encode(value as! Int, forKey: key) }
        if T.self == Bool.self { return try encode(value as! Bool, forKey: key) }
        if T.self == Double.self { return try encode(value as! Double, forKey: key) }
        if T.self == Int64.self { return try encode(value as! Int64, forKey: key) }
        if T.self == Int32.self { return try encode(value as! Int32, forKey: key) }
        if T.self == Float.self { return try encode(value as! Float, forKey: key) }
        try encode(value, forKey: key)
    }

    /// Writes `value` at `key` unless it is nil, which is left out, as synthesized coding does.
    @inlinable
    public mutating func encodeFieldIfPresent<T: Encodable>(_ value: T?, _ key: String) throws {
        guard let value else { return }
        try encodeField(value, key)
    }
}

extension Decoder {
    /// The value decoded as a `T`; generated unions try their cases with this.
    @inlinable
    public func decoded<T: Decodable>(as type: T.Type) throws -> T {
        try T(from: self)
    }
}
