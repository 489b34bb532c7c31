import Foundation
import HTTPTypes

/// A value that can stand in a path segment, query item or header: its text form.
public protocol ParameterValue: Sendable {
    var parameterText: String { get }
}

extension String: ParameterValue { public var parameterText: String { self } }
extension Int: ParameterValue { public var parameterText: String { String(self) } }
extension Int32: ParameterValue { public var parameterText: String { String(self) } }
extension Int64: ParameterValue { public var parameterText: String { String(self) } }
extension Double: ParameterValue { public var parameterText: String { String(self) } }
extension Float: ParameterValue { public var parameterText: String { String(self) } }
extension Bool: ParameterValue { public var parameterText: String { self ? "true" : "false" } }
extension Date: ParameterValue { public var parameterText: String { JSONCoding.formatDateTime(self) } }

extension ParameterValue where Self: RawRepresentable, RawValue: ParameterValue {
    public var parameterText: String { rawValue.parameterText }
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

    /// One path segment.
    public static func segment(_ value: some ParameterValue) -> String {
        encode(value.parameterText)
    }
}

/// Builds a query string in the order items are appended; nil values are left out.
public struct QueryEncoder: Sendable {
    private var items: [String] = []

    public init() {}

    public mutating func append(_ name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        items.append(PathEncoder.encode(name) + "=" + PathEncoder.encode(value.parameterText))
    }

    /// An array: `name=a&name=b` when `explode` (OpenAPI's default for `form`), else `name=a,b`.
    public mutating func append(_ name: String, _ values: [some ParameterValue]?, explode: Bool) {
        guard let values else { return }
        if explode {
            for value in values { append(name, value) }
        } else {
            items.append(PathEncoder.encode(name) + "=" + values.map { PathEncoder.encode($0.parameterText) }.joined(separator: ","))
        }
    }

    /// `""` when empty, else `?` and the items joined with `&`.
    public var string: String {
        items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }
}

extension HTTPRequest {
    /// Sets a header; a name that is not a valid field name or a value with CR, LF or NUL throws,
    /// so a value can never add a header.
    public mutating func setHeader(_ name: String, _ value: some ParameterValue) throws {
        let text = value.parameterText
        guard let fieldName = HTTPField.Name(name) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "'\(name)' is not a valid header name")
        }
        guard !text.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "the value of header '\(name)' contains a line break or NUL")
        }
        headerFields[fieldName] = text
    }
}
