import Foundation
import HTTPTypes

/// How a parameter value is spelled in a URL or header (OpenAPI's `style`).
public enum ParameterStyle: String, Sendable {
    case form, spaceDelimited, pipeDelimited, deepObject, simple, label, matrix
    /// A `content: application/json` parameter: the value as compact JSON text.
    case json
}

extension JSONValue {
    /// The JSON form of any `Encodable` value, as the client's encoder writes it (dates as RFC 3339).
    public init(encoding value: some Encodable) throws {
        let data = try JSONCoding.encoder().encode(value)
        self = try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The text of a scalar in a URL or header; nil for null, arrays and objects.
    var parameterText: String? {
        switch self {
        case .null, .array, .object: return nil
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .number(let value): return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .string(let value): return value
        }
    }

    /// Scalars of an array, or the key-value pairs of an object (keys sorted), as text.
    var parameterParts: (items: [String], pairs: [(String, String)]) {
        switch self {
        case .array(let values): return (values.compactMap(\.parameterText), [])
        case .object(let members): return ([], members.keys.sorted().compactMap { key in members[key]!.parameterText.map { (key, $0) } })
        default: return (parameterText.map { [$0] } ?? [], [])
        }
    }
}

/// Percent-encoding for URL parts: only RFC 3986 unreserved characters stay as they are, so a
/// value can never add a path segment (`a/../b` stays one segment) or a query parameter.
public enum PathEncoder {
    static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)

    public static func encode(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// A path parameter: `simple` (`a,b`), `label` (`.a.b`) or `matrix` (`;name=a,b`) style.
    ///
    /// The result always stays inside its path segment and never moves the request elsewhere: a
    /// value that would spell only dots (`.`, `..`, which clients and servers resolve to the same or
    /// the parent resource) has its dots percent-encoded (`%2E%2E`).
    /// - Parameter name: The parameter's name in the spec, for matrix style and for messages.
    /// - Throws: `APIError` with kind `.invalidRequest` for an empty value (`""`, `[]`), which would
    ///   leave the segment empty (`/api_keys/`).
    public static func segment(_ value: some Encodable, name: String = "", style: ParameterStyle = .simple, explode: Bool = false) throws -> String {
        let json = try JSONValue(encoding: value)
        let (items, pairs) = json.parameterParts
        guard pairs.contains(where: { !$0.0.isEmpty || !$0.1.isEmpty }) || items.contains(where: { !$0.isEmpty }) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "the path parameter '\(name)' is empty; a path segment needs a value")
        }
        let text = spell(items.map(encode), pairs.map { (encode($0.0), encode($0.1)) }, name: name, style: style, explode: explode)
        return text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) ? String(repeating: "%2E", count: text.utf8.count) : text
    }

    /// The segment of percent-encoded items (an array's, or a scalar alone) or key-value pairs (an object's).
    private static func spell(_ items: [String], _ pairs: [(String, String)], name: String, style: ParameterStyle, explode: Bool) -> String {
        switch style {
        case .label:
            let parts = pairs.isEmpty ? items : pairs.map { explode ? "\($0)=\($1)" : "\($0),\($1)" }
            return "." + parts.joined(separator: explode ? "." : ",")
        case .matrix:
            if !pairs.isEmpty {
                return explode ? pairs.map { ";\($0)=\($1)" }.joined() : ";\(encode(name))=" + pairs.map { "\($0),\($1)" }.joined(separator: ",")
            }
            return explode ? items.map { ";\(encode(name))=\($0)" }.joined() : ";\(encode(name))=" + items.joined(separator: ",")
        default:
            if !pairs.isEmpty { return pairs.map { explode ? "\($0)=\($1)" : "\($0),\($1)" }.joined(separator: ",") }
            return items.joined(separator: ",")
        }
    }
}

/// Builds a query string in the order items are appended; nil values are left out.
public struct QueryEncoder: Sendable {
    private var items: [String] = []

    public init() {}

    /// Appends a parameter as OpenAPI's `style` and `explode` say (defaults: `form`, exploded):
    /// arrays repeat the name or join with `,`, ` ` or `|`; objects spread their members, or
    /// become `name[key]=value` with `deepObject`.
    public mutating func append<Value: Encodable>(_ name: String, _ value: Value?, style: ParameterStyle = .form, explode: Bool = true) throws {
        guard let value else { return }
        let json = try JSONValue(encoding: value)
        let key = PathEncoder.encode(name)
        if style == .json {
            items.append(key + "=" + PathEncoder.encode(String(decoding: try JSONCoding.encoder().encode(json), as: UTF8.self)))
            return
        }
        if let text = json.parameterText {
            items.append(key + "=" + PathEncoder.encode(text))
            return
        }
        let (values, pairs) = json.parameterParts
        if case .array = json {
            switch (style, explode) {
            case (.form, true): items += values.map { key + "=" + PathEncoder.encode($0) }
            case (.spaceDelimited, _): items.append(key + "=" + values.map(PathEncoder.encode).joined(separator: "%20"))
            case (.pipeDelimited, _): items.append(key + "=" + values.map(PathEncoder.encode).joined(separator: "%7C"))
            default: items.append(key + "=" + values.map(PathEncoder.encode).joined(separator: ","))
            }
            return
        }
        switch (style, explode) {
        case (.deepObject, _): items += pairs.map { key + "%5B" + PathEncoder.encode($0.0) + "%5D=" + PathEncoder.encode($0.1) }
        case (.form, true): items += pairs.map { PathEncoder.encode($0.0) + "=" + PathEncoder.encode($0.1) }
        default: items.append(key + "=" + pairs.map { PathEncoder.encode($0.0) + "," + PathEncoder.encode($0.1) }.joined(separator: ","))
        }
    }

    /// `""` when empty, else `?` and the items joined with `&`.
    public var string: String {
        items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}

extension HTTPRequest {
    /// A request for `path` (with its query), relative to the server URL the client sends it to:
    /// scheme and authority come from there.
    public init(method: Method, path: String) {
        self.init(method: method, scheme: nil, authority: nil, path: path)
    }

    /// Sets a header (`simple` style: arrays and objects comma-separated). An invalid field name or
    /// a value with CR, LF or NUL throws, so a value can never add a header.
    public mutating func setHeader(_ name: String, _ value: some Encodable, style: ParameterStyle = .simple, explode: Bool = false) throws {
        let json = try JSONValue(encoding: value)
        let (items, pairs) = json.parameterParts
        let text = style == .json ? String(decoding: try JSONCoding.encoder().encode(json), as: UTF8.self) : pairs.isEmpty ? items.joined(separator: ",") : pairs.map { explode ? "\($0)=\($1)" : "\($0),\($1)" }.joined(separator: ",")
        guard let fieldName = HTTPField.Name(name) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "'\(name)' is not a valid header name")
        }
        guard !text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "the value of header '\(name)' contains a line break or NUL")
        }
        headerFields[fieldName] = text
    }
}

extension HTTPRequest {
    /// Adds `name=value` to the `Cookie` header (form style: arrays comma-separated).
    public mutating func addCookie(_ name: String, _ value: some Encodable) throws {
        let (items, pairs) = try JSONValue(encoding: value).parameterParts
        let text = pairs.isEmpty ? items.map(PathEncoder.encode).joined(separator: ",") : pairs.map { "\(PathEncoder.encode($0)),\(PathEncoder.encode($1))" }.joined(separator: ",")
        let cookie = PathEncoder.encode(name) + "=" + text
        if let existing = headerFields[.cookie] {
            headerFields[.cookie] = existing + "; " + cookie
        } else {
            headerFields[.cookie] = cookie
        }
    }
}

extension HTTPResponse {
    /// A response header as a value: text converted with `init?(_:)`; nil when absent or unreadable.
    public func header<Value: LosslessStringConvertible>(_ name: String, as type: Value.Type) -> Value? {
        guard let fieldName = HTTPField.Name(name), let text = headerFields[fieldName] else { return nil }
        return Value(text)
    }
}
