import Foundation
import HTTPTypes

/// A `multipart/form-data` body: text fields and files, in the order appended.
public struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var contentType: String?
        var data: Data
    }

    var parts: [Part] = []
    /// Chosen per form; a value containing it would be rejected, so it is long and random.
    public let boundary: String

    public init(boundary: String = "sdkgen-" + UUID().uuidString) {
        self.boundary = boundary
    }

    /// A file part; `Data` fields of the spec's `format: binary` go here.
    public mutating func append(_ name: String, _ data: Data?, fileName: String? = nil, contentType: String = "application/octet-stream") {
        guard let data else { return }
        parts.append(Part(name: name, fileName: fileName ?? name, contentType: contentType, data: data))
    }

    /// A text part: scalars as text, arrays as one part per element, objects as JSON.
    public mutating func append<Value: Encodable>(_ name: String, _ value: Value?) throws {
        guard let value else { return }
        let json = try JSONValue(encoding: value)
        switch json {
        case .null: return
        case .array(let items):
            for item in items {
                let data = try item.parameterText.map { Data($0.utf8) } ?? JSONCoding.encoder().encode(item)
                parts.append(Part(name: name, data: data))
            }
        case .object:
            parts.append(Part(name: name, contentType: "application/json", data: try JSONCoding.encoder().encode(json)))
        default:
            parts.append(Part(name: name, data: Data((json.parameterText ?? "").utf8)))
        }
    }

    /// Quotes a header parameter; CR, LF and quotes cannot end it early.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A") + "\""
    }

    /// The encoded body.
    public var data: Data {
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n".utf8))
            var disposition = "Content-Disposition: form-data; name=\(Self.quoted(part.name))"
            if let fileName = part.fileName { disposition += "; filename=\(Self.quoted(fileName))" }
            body.append(Data((disposition + "\r\n").utf8))
            if let contentType = part.contentType { body.append(Data("Content-Type: \(contentType)\r\n".utf8)) }
            body.append(Data("\r\n".utf8))
            body.append(part.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return body
    }
}

extension APIClient {
    /// Encodes an object as `application/x-www-form-urlencoded` (arrays repeat the key, nested
    /// objects use `name[key]`).
    public func encodeForm(_ value: some Encodable, into request: inout HTTPRequest) throws -> HTTPBody {
        request.headerFields[.contentType] = "application/x-www-form-urlencoded"
        var query = QueryEncoder()
        guard case .object(let members) = try JSONValue(encoding: value) else {
            throw APIError(kind: .invalidRequest, operationID: "", underlying: "a form body must be an object")
        }
        for key in members.keys.sorted() {
            let member = members[key]!
            if case .object = member {
                try query.append(key, member, style: .deepObject)
            } else {
                try query.append(key, member)
            }
        }
        return HTTPBody(String(query.string.dropFirst()))
    }

    public func encodeMultipart(_ form: MultipartForm, into request: inout HTTPRequest) -> HTTPBody {
        request.headerFields[.contentType] = "multipart/form-data; boundary=\(form.boundary)"
        return HTTPBody(form.data)
    }
}
