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

    /// Parses RFC 3339 `date-time` text: `2024-01-02T03:04:05Z`, with any number of fractional
    /// digits and any offset (`+05:30`, `-21:11`), `t`, `z` or a space accepted as RFC 3339 allows,
    /// and, leniently, no offset at all (read as UTC). Years 0000-9999. Nil for anything else.
    public static func parseDateTime(_ text: String) -> Date? {
        var reader = DateTimeReader(text.utf8)
        return reader.read()
    }

    /// Formats a date as RFC 3339 in UTC: no fraction for whole seconds, else milliseconds, or
    /// microseconds when it has them (`2024-01-02T03:04:05.250Z`, `...05.250125Z`).
    public static func formatDateTime(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = Int64(interval.rounded(.down))
        var micros = Int64(((interval - Double(seconds)) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            seconds += 1
            micros -= 1_000_000
        }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if micros != 0 {
            text += micros % 1000 == 0 ? "." + pad(micros / 1000, 3) : "." + pad(micros, 6)
        }
        return text + "Z"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (the well-known era arithmetic: 400-year
    /// eras of 146,097 days, years starting in March so the leap day comes last).
    static func daysSince1970(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSince1970`.
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The JSON pointer (RFC 6901) of where a decoding error happened; nil for other errors.
    static func pointer(of error: any Error) -> String? {
        guard let error = error as? DecodingError else { return nil }
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let found), .valueNotFound(_, let found), .dataCorrupted(let found): context = found
        case .keyNotFound(let key, let found): context = DecodingError.Context(codingPath: found.codingPath + [key], debugDescription: "")
        @unknown default: return nil
        }
        return context.codingPath.map { "/" + ($0.intValue.map(String.init) ?? $0.stringValue.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")) }.joined()
    }

    /// What a decoding error says about the value, without the body's coding path: for a
    /// parameter's text.
    static func describeValue(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return String(describing: error) }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context): return context.debugDescription
        case .keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        @unknown default: return String(describing: error)
        }
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
        self.init(index: intValue)
    }

    /// An array index's key.
    public init(index: Int) {
        self.stringValue = String(index)
        self.intValue = index
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

extension KeyedDecodingContainer where Key == DynamicCodingKey {
    /// Every field whose key is not `declared`: an object's `additionalProperties`.
    public func otherFields<T: Decodable>(besides declared: Set<String>) throws -> [String: T] {
        var fields: [String: T] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            fields[key.stringValue] = try decode(T.self, forKey: key)
        }
        return fields
    }
}

extension KeyedEncodingContainer where Key == DynamicCodingKey {
    /// Writes `fields` beside the declared properties; a key that one of them has is skipped.
    public mutating func encodeOtherFields<T: Encodable>(_ fields: [String: T], besides declared: Set<String>) throws {
        for (key, value) in fields where !declared.contains(key) {
            try encode(value, forKey: DynamicCodingKey(key))
        }
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

    /// The keys of the JSON object being decoded, or nil when the value is not an object.
    public func objectKeys() -> Set<String>? {
        guard let container = try? container(keyedBy: DynamicCodingKey.self) else { return nil }
        return Set(container.allKeys.map(\.stringValue))
    }
}

extension JSONCoding {
    /// What a union knows of one of its object cases: the payload's property names, those of
    /// them the schema requires, the values its string-enum properties list
    /// (`"role": ["system"]`), and whether it keeps keys it does not name.
    public struct ObjectCase: Sendable {
        public let keys: Set<String>
        public let required: Set<String>
        public let enums: [String: Set<String>]
        /// The case keeps the keys it does not name (free-form JSON, a map, `additionalProperties`).
        public let keepsOtherKeys: Bool

        public init(keys: Set<String>, required: Set<String>, enums: [String: Set<String>] = [:], keepsOtherKeys: Bool = false) {
            self.keys = keys
            self.required = required
            self.enums = enums
            self.keepsOtherKeys = keepsOtherKeys
        }
    }

    /// `caseOrder(_:_:)` for the object `decoder` holds, first ranking the cases by how many of
    /// their string-enum properties hold a value (or a non-string) the enum does not list.
    public static func caseOrder(_ present: Set<String>, _ cases: [ObjectCase], in decoder: any Decoder) -> [Int] {
        guard cases.contains(where: { !$0.enums.isEmpty }), let container = try? decoder.container(keyedBy: DynamicCodingKey.self) else {
            return caseOrder(present, cases)
        }
        var values: [String: String?] = [:]
        func value(_ key: String) -> String? {
            if let known = values[key] { return known }
            let read = try? container.decode(String.self, forKey: DynamicCodingKey(key))
            values[key] = .some(read)
            return read
        }
        let mismatches = cases.map { objectCase in
            objectCase.enums.reduce(0) { count, entry in
                guard present.contains(entry.key) else { return count }
                return value(entry.key).map(entry.value.contains) == true ? count : count + 1
            }
        }
        return order(present, cases, mismatches: mismatches)
    }

    /// The order in which a union tries its object cases for an object with `present` keys:
    /// fewest keys unknown to the case first (none for a case that keeps the keys it does not
    /// name), then fewest required keys the object lacks (a required nullable property decodes as
    /// nil when absent, so such a case would otherwise take objects of a later case that fits them
    /// exactly), then cases that name their keys before those that keep any, then the documented
    /// order.
    public static func caseOrder(_ present: Set<String>, _ cases: [ObjectCase]) -> [Int] {
        order(present, cases, mismatches: Array(repeating: 0, count: cases.count))
    }

    private static func order(_ present: Set<String>, _ cases: [ObjectCase], mismatches: [Int]) -> [Int] {
        // Counted, not built as sets: this runs for every union value decoded.
        func missing(from keys: Set<String>, of names: Set<String>) -> Int {
            names.reduce(0) { keys.contains($1) ? $0 : $0 + 1 }
        }
        let rank = cases.indices.map { index in
            let objectCase = cases[index]
            return (mismatches[index], objectCase.keepsOtherKeys ? 0 : missing(from: objectCase.keys, of: present),
                    missing(from: present, of: objectCase.required), objectCase.keepsOtherKeys ? 1 : 0)
        }
        return cases.indices.sorted { rank[$0] != rank[$1] ? rank[$0] < rank[$1] : $0 < $1 }
    }
}

/// Reads RFC 3339 `date-time` text byte by byte (see `JSONCoding.parseDateTime`).
struct DateTimeReader {
    private var bytes: String.UTF8View.Iterator
    private var next: UInt8?

    init(_ text: String.UTF8View) {
        bytes = text.makeIterator()
        next = bytes.next()
    }

    private mutating func advance() { next = bytes.next() }

    /// Exactly `count` decimal digits as a number.
    private mutating func number(_ count: Int) -> Int64? {
        var value: Int64 = 0
        for _ in 0..<count {
            guard let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            advance()
        }
        return value
    }

    private mutating func expect(_ characters: String) -> Bool {
        guard let byte = next, characters.utf8.contains(byte) else { return false }
        advance()
        return true
    }

    mutating func read() -> Date? {
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"), let second = number(2) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let monthDays: [Int64] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), (1...monthDays[Int(month) - 1]).contains(day), hour <= 23, minute <= 59, second <= 60 else { return nil }
        var fraction = 0.0
        if next == UInt8(ascii: ".") {
            advance()
            var scale = 0.1
            var digits = 0
            while let byte = next, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                fraction += Double(byte - UInt8(ascii: "0")) * scale
                scale /= 10
                digits += 1
                advance()
            }
            guard digits > 0 else { return nil }
        }
        var offset: Int64 = 0
        if next == UInt8(ascii: "Z") || next == UInt8(ascii: "z") {
            advance()
        } else if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") {
            let sign: Int64 = next == UInt8(ascii: "-") ? -1 : 1
            advance()
            guard let offsetHours = number(2), expect(":"), let offsetMinutes = number(2), offsetHours <= 23, offsetMinutes <= 59 else { return nil }
            offset = sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        guard next == nil else { return nil }
        let days = JSONCoding.daysSince1970(year: year, month: month, day: day)
        // A leap second (:60) is the first instant of the next minute.
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }
}

/// Whether a generated enum accepts a value the spec does not list. The client keeps enums open
/// (such a value decodes as `.unknown`, since a server may add values at any time); a generated
/// server closes them while it reads a request, so such a value is a 400 naming where it was.
public enum EnumDecoding {
    @TaskLocal public static var closed = false

    /// Called by a generated enum's `init(from:)` after it read a value it does not know.
    public static func checkUnknown(_ rawValue: some CustomStringConvertible, in decoder: any Decoder) throws {
        guard closed else { return }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "'\(rawValue)' is not one of the values the spec lists"))
    }
}
