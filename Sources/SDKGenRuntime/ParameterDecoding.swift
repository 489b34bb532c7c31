import Foundation

/// The text of one parameter as a request carried it, ready to be read as any `Decodable` type
/// in the `style` the client wrote it (`QueryEncoder`, `PathEncoder`, `setHeader`, `addCookie`):
/// a scalar, an array (`a,b`, `a b`, `a|b`, or the name repeated) or an object (`k,v,k,v`,
/// `k=v` spread over the query, or `name[k]=v`).
///
/// What the value must be is decided by the type being decoded, through `ParameterDecoder`: `5`
/// reads as the string "5" for a `String` and as 5 for an `Int`.
public struct ParameterText: Sendable {
    /// How the texts are escaped.
    enum Escaping: Sendable {
        /// As they are (headers).
        case none
        /// `%XX` (paths, cookies).
        case percent
        /// `%XX`, and `+` for a space (query strings and forms, as browsers and Python's `requests`
        /// send them).
        case form
    }

    /// Every value given for the parameter's name, still escaped, in order.
    var values: [String]
    /// The key-value pairs an exploded object may spread itself over: keys unescaped, values not.
    var pairs: [(String, String)]
    /// How an unexploded array or object joins its parts.
    var separator: Character
    /// Arrays repeat the name (`form` exploded) instead of joining.
    var repeats: Bool
    /// Objects are `key=value` parts (exploded `simple`, `label`, `matrix`), not `key,value`.
    var keyValueParts: Bool
    var escaping: Escaping

    init(values: [String], pairs: [(String, String)] = [], separator: Character = ",", repeats: Bool = false, keyValueParts: Bool = false, escaping: Escaping) {
        self.values = values
        self.pairs = pairs
        self.separator = separator
        self.repeats = repeats
        self.keyValueParts = keyValueParts
        self.escaping = escaping
    }

    /// A text unescaped; parts of a joined value are split first, so an escaped separator (`%2C`)
    /// stays inside its part.
    func unescaped(_ text: some StringProtocol) -> String {
        switch escaping {
        case .none: return String(text)
        case .percent: return Self.percentDecoded(text, plusIsSpace: false)
        case .form: return Self.percentDecoded(text, plusIsSpace: true)
        }
    }

    /// `%XX` decoded, and `+` as a space when `plusIsSpace`. Invalid escapes stay as they are.
    static func percentDecoded(_ text: some StringProtocol, plusIsSpace: Bool) -> String {
        guard text.contains("%") || (plusIsSpace && text.contains("+")) else { return String(text) }
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%"), index + 2 < input.count, let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
                bytes.append(high << 4 | low)
                index += 3
                continue
            }
            bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: - Reading a request's parts

    /// The `name=value` items of a query string or form body in order: names unescaped, values not.
    static func queryItems(_ query: some StringProtocol) -> [(String, String)] {
        query.split(separator: "&").map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (percentDecoded(parts[0], plusIsSpace: true), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// A query parameter (or form field) in `style`; nil when the query does not have it.
    static func query(_ name: String, in items: [(String, String)], style: ParameterStyle, explode: Bool) -> ParameterText? {
        switch style {
        case .deepObject:
            let prefix = name + "["
            let pairs = items.compactMap { key, value -> (String, String)? in
                guard key.hasPrefix(prefix), key.hasSuffix("]") else { return nil }
                return (String(key.dropFirst(prefix.count).dropLast()), value)
            }
            return pairs.isEmpty ? nil : ParameterText(values: [], pairs: pairs, escaping: .form)
        default:
            let values = items.filter { $0.0 == name }.map(\.1)
            guard !values.isEmpty else { return nil }
            let separator: Character = style == .spaceDelimited ? " " : style == .pipeDelimited ? "|" : ","
            return ParameterText(values: values, separator: separator, repeats: style == .form && explode, escaping: .form)
        }
    }

    /// A path parameter's segment text (still percent-encoded) in `simple`, `label` or `matrix` style.
    static func path(_ name: String, raw: Substring, style: ParameterStyle, explode: Bool) -> ParameterText {
        switch style {
        case .label:
            let text = raw.hasPrefix(".") ? raw.dropFirst() : raw
            return ParameterText(values: [String(text)], separator: explode ? "." : ",", keyValueParts: explode, escaping: .percent)
        case .matrix:
            let key = PathEncoder.encode(name)
            let items = raw.split(separator: ";")
            if explode {
                let values = items.filter { $0.hasPrefix(key + "=") }.map { String($0.dropFirst(key.count + 1)) }
                let pairs = items.map { item -> (String, String) in
                    let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    return (percentDecoded(parts[0], plusIsSpace: false), parts.count > 1 ? String(parts[1]) : "")
                }
                return ParameterText(values: values, pairs: pairs, repeats: true, escaping: .percent)
            }
            let text = raw.hasPrefix(";" + key + "=") ? raw.dropFirst(key.count + 2) : raw
            return ParameterText(values: [String(text)], escaping: .percent)
        default:
            return ParameterText(values: [String(raw)], keyValueParts: explode, escaping: .percent)
        }
    }

    /// A header's text (`simple` style; objects `k=v` when exploded).
    static func header(_ text: String, explode: Bool) -> ParameterText {
        ParameterText(values: [text.trimmingCharacters(in: .whitespaces)], keyValueParts: explode, escaping: .none)
    }

    /// A cookie of a `Cookie` header (`a=1; b=2`); nil when absent.
    static func cookie(_ name: String, in header: String) -> ParameterText? {
        for item in header.split(separator: ";") {
            let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if percentDecoded(parts[0], plusIsSpace: false) == name {
                return ParameterText(values: [parts.count > 1 ? String(parts[1]) : ""], escaping: .percent)
            }
        }
        return nil
    }

    // MARK: - What the decoder asks for

    /// The one scalar text; nil when the parameter is given more than once.
    var scalar: String? {
        values.count == 1 ? unescaped(values[0]) : nil
    }

    /// The items of an array.
    var items: [String] {
        if repeats { return values.map { unescaped($0) } }
        guard var raw = values.first, !raw.isEmpty else { return [] }
        // The client escapes these separators when it joins (`%20`, `%7C`); so do browsers, or not.
        if separator == " " { raw = raw.replacingOccurrences(of: "%20", with: " ").replacingOccurrences(of: "+", with: " ") }
        if separator == "|" { raw = raw.replacingOccurrences(of: "%7C", with: "|").replacingOccurrences(of: "%7c", with: "|") }
        return raw.split(separator: separator, omittingEmptySubsequences: false).map { unescaped($0) }
    }

    /// The members of an object, in order.
    var members: [(String, String)] {
        if !pairs.isEmpty { return pairs.map { ($0.0, unescaped($0.1)) } }
        guard let raw = values.first, !raw.isEmpty else { return [] }
        let parts = raw.split(separator: separator, omittingEmptySubsequences: false)
        if keyValueParts {
            return parts.map { part in
                let split = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (unescaped(split[0]), split.count > 1 ? unescaped(split[1]) : "")
            }
        }
        return stride(from: 0, to: parts.count - 1, by: 2).map { (unescaped(parts[$0]), unescaped(parts[$0 + 1])) }
    }
}

/// Reads a parameter's text as a `Decodable` value: scalars parse by the type asked for, arrays
/// and objects come from the parameter's parts. A value that does not parse is a
/// `DecodingError` naming what was expected.
struct ParameterDecoder: Decoder {
    enum Node {
        case parameter(ParameterText)
        case text(String)
    }

    let node: Node
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .parameter(let text) = node else {
            throw DecodingError.typeMismatch([String: String].self, .init(codingPath: codingPath, debugDescription: "expected an object, got a single value"))
        }
        return KeyedDecodingContainer(KeyedContainer(members: text.members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .parameter(let text) = node else {
            throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath, debugDescription: "expected an array, got a single value"))
        }
        return UnkeyedContainer(items: text.items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        switch node {
        case .text(let text): return ScalarContainer(text: text, codingPath: codingPath)
        case .parameter(let parameter):
            guard let text = parameter.scalar else {
                throw DecodingError.typeMismatch(String.self, .init(codingPath: codingPath, debugDescription: "expected one value, got \(parameter.values.count)"))
            }
            return ScalarContainer(text: text, codingPath: codingPath)
        }
    }

    struct KeyedContainer<Key: CodingKey>: FlatKeyedContainer {
        let members: [(String, String)]
        var codingPath: [any CodingKey]
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.0) } }

        func contains(_ key: Key) -> Bool { members.contains { $0.0 == key.stringValue } }

        func value(_ key: Key) throws -> String {
            guard let member = members.last(where: { $0.0 == key.stringValue }) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for '\(key.stringValue)'"))
            }
            return member.1
        }

        func decodeNil(forKey key: Key) throws -> Bool { !contains(key) }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try ScalarContainer(text: value(key), codingPath: codingPath + [key]).decode(T.self)
        }

        func superDecoder() throws -> any Decoder { ParameterDecoder(node: .text(""), codingPath: codingPath) }
        func superDecoder(forKey key: Key) throws -> any Decoder { ParameterDecoder(node: .text(try value(key)), codingPath: codingPath + [key]) }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let items: [String]
        var codingPath: [any CodingKey]
        var currentIndex = 0
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        init(items: [String], codingPath: [any CodingKey]) {
            self.items = items
            self.codingPath = codingPath
        }

        mutating func next() throws -> (String, [any CodingKey]) {
            let path: [any CodingKey] = codingPath + [DynamicCodingKey(index: currentIndex)]
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(String.self, .init(codingPath: path, debugDescription: "the array has \(items.count) items"))
            }
            defer { currentIndex += 1 }
            return (items[currentIndex], path)
        }

        mutating func decodeNil() throws -> Bool { false }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (text, path) = try next()
            return try ScalarContainer(text: text, codingPath: path).decode(T.self)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            throw DecodingError.typeMismatch([String: String].self, .init(codingPath: codingPath, debugDescription: "a parameter's items are single values"))
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath, debugDescription: "a parameter's items are single values"))
        }

        mutating func superDecoder() throws -> any Decoder {
            let (text, path) = try next()
            return ParameterDecoder(node: .text(text), codingPath: path)
        }
    }

    /// One text, parsed as the type asked for.
    struct ScalarContainer: SingleValueDecodingContainer {
        let text: String
        var codingPath: [any CodingKey]

        func decodeNil() -> Bool { false }

        func mismatch<T>(_ type: T.Type, _ what: String) -> DecodingError {
            .typeMismatch(T.self, .init(codingPath: codingPath, debugDescription: "expected \(what), got '\(text)'"))
        }

        func decode(_ type: Bool.Type) throws -> Bool {
            switch text {
            case "true": return true
            case "false": return false
            default: throw mismatch(Bool.self, "true or false")
            }
        }

        func decode(_ type: String.Type) throws -> String { text }

        func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
            guard let value = T(text) else { throw mismatch(T.self, "an integer that fits \(T.self)") }
            return value
        }

        func floating<T: LosslessStringConvertible & FloatingPoint>(_ type: T.Type) throws -> T {
            // JSON numbers only: no `nan`, `inf` or hexadecimal spellings.
            guard text.allSatisfy({ "0123456789+-.eE".contains($0) }), let value = T(text), value.isFinite else { throw mismatch(T.self, "a number") }
            return value
        }

        func decode(_ type: Double.Type) throws -> Double { try floating(Double.self) }
        func decode(_ type: Float.Type) throws -> Float { try floating(Float.self) }
        func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
        func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
        func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
        func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
        func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
        func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            switch type {
            case is String.Type: return text as! T
            case is Bool.Type: return try decode(Bool.self) as! T
            case is Int.Type: return try decode(Int.self) as! T
            case is Int32.Type: return try decode(Int32.self) as! T
            case is Int64.Type: return try decode(Int64.self) as! T
            case is Double.Type: return try decode(Double.self) as! T
            case is Float.Type: return try decode(Float.self) as! T
            case is Date.Type:
                guard let date = JSONCoding.parseDateTime(text) else { throw mismatch(Date.self, "an RFC 3339 date-time") }
                return date as! T
            case is Decimal.Type:
                guard (try? floating(Double.self)) != nil, let value = Decimal(string: text) else { throw mismatch(Decimal.self, "a number") }
                return value as! T
            case is JSONValue.Type:
                return JSONValue.string(text) as! T
            default:
                return try T(from: ParameterDecoder(node: .text(text), codingPath: codingPath))
            }
        }
    }
}

extension ParameterText {
    /// The value as a `T`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Types whose own `init(from:)` would not read text (a `Date` reads a number) are parsed
        // as scalars, as JSON coding special-cases them.
        if T.self is Date.Type || T.self is Decimal.Type || T.self is JSONValue.Type, let text = scalar {
            return try ParameterDecoder.ScalarContainer(text: text, codingPath: []).decode(T.self)
        }
        return try T(from: ParameterDecoder(node: .parameter(self)))
    }
}

/// The keyed containers of parameters, forms and multipart bodies: each member is one text (or
/// part), read through its own type, never as a nested container.
protocol FlatKeyedContainer: KeyedDecodingContainerProtocol {}

extension FlatKeyedContainer {
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch([String: String].self, .init(codingPath: codingPath + [key], debugDescription: "a member here is one value, read through its own type"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([String].self, .init(codingPath: codingPath + [key], debugDescription: "a member here is one value, read through its own type"))
    }
}
