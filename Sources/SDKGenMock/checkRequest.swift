import Foundation
import SDKGenCore

extension MockOperation {
    /// Why the operation refuses a request, or nil when the request is valid for the spec:
    /// security first (401), then each parameter (400), then the body (415, 400).
    func check(_ request: MockRequest, pathValues: [String: String], validator: SchemaValidator, credentials: [String: String]) -> RequestFailure? {
        let query = FormPairs(request.query)
        let cookies = Self.cookies(request.header("Cookie"))
        if !security.isEmpty, !security.contains(where: { $0.allSatisfy { present($0, request, query, cookies, credentials) } }) {
            let names = security.map { $0.map(\.name).joined(separator: " and ") }.joined(separator: ", or ")
            return RequestFailure(status: 401, message: "the operation needs the credentials of \(names)\(credentials.isEmpty ? "" : " (the ones the mock was given)")")
        }
        for parameter in parameters {
            if let failure = check(parameter, request, pathValues, query, cookies, validator) { return failure }
        }
        return checkBody(request, validator)
    }

    /// True when the request carries the scheme's credential: any non-empty one, or exactly the
    /// one configured for the scheme (`sdkgen mock --credential`).
    private func present(_ scheme: SecurityScheme, _ request: MockRequest, _ query: FormPairs, _ cookies: [(String, String)], _ credentials: [String: String]) -> Bool {
        let expected = credentials[scheme.name]
        func accepts(_ value: String) -> Bool { expected.map { $0 == value } ?? !value.isEmpty }
        switch scheme.type {
        case "apiKey":
            guard let name = scheme.parameterName else { return true }
            switch scheme.location {
            case "query": return query.values(name).contains(where: accepts)
            case "cookie": return cookies.contains { $0.0 == name && accepts($0.1) }
            default: return request.header(name).map(accepts) ?? false
            }
        case "http", "oauth2", "openIdConnect":
            guard let authorization = request.header("Authorization") else { return false }
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { return false }
            let kind = scheme.type == "http" ? scheme.scheme : "bearer"
            if let kind, parts[0].lowercased() != kind { return false }
            var credential = parts[1].trimmingCharacters(in: .whitespaces)
            if kind == "basic" {
                guard let decoded = Data(base64Encoded: credential), let text = String(data: decoded, encoding: .utf8), text.contains(":") else { return false }
                credential = text
            }
            return accepts(credential)
        default:
            // mutualTLS is the connection's business, not the request's.
            return true
        }
    }

    private func check(_ parameter: Parameter, _ request: MockRequest, _ pathValues: [String: String], _ query: FormPairs, _ cookies: [(String, String)], _ validator: SchemaValidator) -> RequestFailure? {
        let what = "the \(parameter.location) parameter '\(parameter.name)'"
        func fail(_ message: String) -> RequestFailure {
            RequestFailure(status: 400, message: message, parameter: (parameter.name, parameter.location))
        }
        let schema = parameter.contentSchema ?? parameter.schema.map { validator.target(of: $0) ?? $0 }
        let shape = schema.map { Self.shape(of: $0, validator) } ?? .primitive
        var raw: [String] = []
        switch parameter.location {
        case "path":
            guard let encoded = pathValues[parameter.name] else { return nil }
            guard let decoded = encoded.removingPercentEncoding else { return fail("\(what) is not valid percent-encoding") }
            raw = [decoded]
        case "query":
            if shape == .object, parameter.contentSchema == nil, parameter.style == "deepObject" || parameter.explode {
                return checkObjectQuery(parameter, query, schema, validator, fail)
            }
            raw = query.values(parameter.name)
        case "header":
            raw = request.header(parameter.name).map { [$0] } ?? []
        case "cookie":
            raw = cookies.filter { $0.0 == parameter.name }.map(\.1)
        default:
            return nil
        }
        guard !raw.isEmpty else { return parameter.required ? fail("\(what) is required and missing") : nil }
        if raw == [""], !parameter.allowEmptyValue, parameter.location == "query", shape == .primitive,
           let schema, validator.violation(of: .string(""), schema, .request) != nil {
            return fail("\(what) is empty")
        }
        guard let schema else { return nil }
        let value: JSON
        if parameter.contentSchema != nil {
            guard let parsed = try? JSON.parse(Array(raw[0].utf8)) else { return fail("\(what) is not valid JSON") }
            value = parsed
        } else {
            switch shape {
            case .primitive:
                value = Self.coerce(raw[0], schema, validator)
            case .array:
                let items = Self.arrayItems(raw, parameter)
                let itemSchema = schema["items"] ?? YAMLNode(.mapping([]), line: 0, column: 0)
                value = .array(items.map { Self.coerce($0, itemSchema, validator) })
            case .object:
                let parts = raw[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                var members: [JSON.Member] = []
                if parameter.explode {
                    for part in parts {
                        let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                        guard pair.count == 2 else { return fail("\(what) must be written as name=value pairs") }
                        members.append(JSON.Member(pair[0], Self.coerce(pair[1], Self.propertySchema(schema, pair[0]), validator)))
                    }
                } else {
                    guard parts.count % 2 == 0 else { return fail("\(what) must be written as name,value pairs") }
                    for index in stride(from: 0, to: parts.count, by: 2) {
                        members.append(JSON.Member(parts[index], Self.coerce(parts[index + 1], Self.propertySchema(schema, parts[index]), validator)))
                    }
                }
                value = .object(members)
            }
        }
        if let violation = validator.violation(of: value, schema, .request) {
            return fail("\(what) is invalid\(violation.pointer.isEmpty ? "" : " at \(violation.pointer)"): \(violation.message)")
        }
        return nil
    }

    /// An object in the query: `deepObject` (`filter[color]=red`) or exploded form (`color=red`,
    /// each property a parameter of its own).
    private func checkObjectQuery(_ parameter: Parameter, _ query: FormPairs, _ schema: YAMLNode?, _ validator: SchemaValidator, _ fail: (String) -> RequestFailure) -> RequestFailure? {
        guard let schema else { return nil }
        var members: [JSON.Member] = []
        if parameter.style == "deepObject" {
            let prefix = parameter.name + "["
            for (key, value) in query.pairs where key.hasPrefix(prefix) && key.hasSuffix("]") {
                let property = String(key.dropFirst(prefix.count).dropLast())
                members.append(JSON.Member(property, Self.coerce(value, Self.propertySchema(schema, property), validator)))
            }
        } else {
            let names = (schema["properties"]?.pairs ?? []).compactMap(\.key.scalarText)
            for name in names {
                if let value = query.values(name).first { members.append(JSON.Member(name, Self.coerce(value, Self.propertySchema(schema, name), validator))) }
            }
        }
        if members.isEmpty { return parameter.required ? fail("the query parameter '\(parameter.name)' is required and missing") : nil }
        if let violation = validator.violation(of: .object(members), schema, .request) {
            return fail("the query parameter '\(parameter.name)' is invalid\(violation.pointer.isEmpty ? "" : " at \(violation.pointer)"): \(violation.message)")
        }
        return nil
    }

    private func checkBody(_ request: MockRequest, _ validator: SchemaValidator) -> RequestFailure? {
        guard let body else { return nil }
        let contentType = request.header("Content-Type")
        let isForm = contentType.map { $0.lowercased().hasPrefix("application/x-www-form-urlencoded") } ?? false
        // No bytes are no body, except in a form: there they are a form with no fields.
        if request.body.isEmpty, !isForm, contentType == nil || !body.required {
            return body.required ? RequestFailure(status: 400, message: "the request body is required and missing") : nil
        }
        guard let contentType else {
            return RequestFailure(status: 415, message: "the request has a body but no Content-Type; the operation accepts \(body.content.map(\.mediaType).joined(separator: ", "))")
        }
        let mediaType = MediaTypeName.base(contentType)
        guard let media = Self.match(mediaType, body.content) else {
            return RequestFailure(status: 415, message: "the Content-Type \(mediaType) is not one the operation accepts (\(body.content.map(\.mediaType).joined(separator: ", ")))")
        }
        guard let schema = media.schema else { return nil }
        let value: JSON
        if isJSON(mediaType) {
            do {
                value = try JSON.parse(request.body)
            } catch {
                return RequestFailure(status: 400, message: "the request body is not valid JSON: \(error.message) at byte \(error.offset)", pointer: "")
            }
        } else if mediaType == "application/x-www-form-urlencoded" {
            value = Self.formObject(FormPairs(String(decoding: request.body, as: UTF8.self)).pairs, validator.target(of: schema) ?? schema, validator)
        } else if mediaType == "multipart/form-data" {
            guard let parts = Multipart.parts(request.body, contentType: contentType) else {
                return RequestFailure(status: 400, message: "the request body is not valid multipart/form-data", pointer: "")
            }
            value = Self.formObject(parts, validator.target(of: schema) ?? schema, validator)
        } else {
            return nil
        }
        if let violation = validator.violation(of: value, schema, .request) {
            return RequestFailure(status: 400, message: "the request body is invalid\(violation.pointer.isEmpty ? "" : " at \(violation.pointer)"): \(violation.message)", pointer: violation.pointer)
        }
        return nil
    }

    /// The documented media range a request's media type falls in: exact, then `type/*`, then `*/*`.
    static func match(_ mediaType: String, _ content: [(mediaType: String, schema: YAMLNode?)]) -> (mediaType: String, schema: YAMLNode?)? {
        let bare = content.map { (MediaTypeName.base($0.mediaType), $0) }
        if let exact = bare.first(where: { $0.0 == mediaType }) { return exact.1 }
        let family = mediaType.split(separator: "/").first.map { "\($0)/*" }
        if let range = bare.first(where: { $0.0 == family }) { return range.1 }
        return bare.first { $0.0 == "*/*" }?.1
    }

    /// Form fields as an object: a field that repeats, or whose property is an array, is a list.
    /// A required field must appear, a required list too (a form cannot tell an empty list from
    /// a missing one, and the mock reads the spec's `required` as written).
    static func formObject(_ pairs: [(String, String)], _ schema: YAMLNode, _ validator: SchemaValidator) -> JSON {
        var members: [JSON.Member] = []
        for (name, text) in pairs {
            let property = propertySchema(schema, name)
            let resolved = validator.target(of: property) ?? property
            if shape(of: resolved, validator) == .array {
                let item = coerce(text, resolved["items"] ?? YAMLNode(.mapping([]), line: 0, column: 0), validator)
                if let index = members.firstIndex(where: { $0.key == name }), case .array(let items) = members[index].value {
                    members[index].value = .array(items + [item])
                } else {
                    members.append(JSON.Member(name, .array([item])))
                }
            } else if shape(of: resolved, validator) == .object, let parsed = try? JSON.parse(Array(text.utf8)) {
                members.append(JSON.Member(name, parsed))
            } else if !members.contains(where: { $0.key == name }) {
                members.append(JSON.Member(name, coerce(text, property, validator)))
            }
        }
        return .object(members)
    }

    enum Shape { case primitive, array, object }

    static func shape(of schema: YAMLNode, _ validator: SchemaValidator) -> Shape {
        let resolved = validator.target(of: schema) ?? schema
        let typeNode = resolved["type"]
        let types = typeNode?.items?.compactMap(\.scalarText) ?? typeNode?.scalarText.map { [$0] } ?? []
        if types.contains("array") || (types.isEmpty && resolved["items"] != nil) { return .array }
        if types.contains("object") || (types.isEmpty && resolved["properties"] != nil) { return .object }
        if types.isEmpty, let first = resolved["allOf"]?.items?.first { return shape(of: first, validator) }
        return .primitive
    }

    static func propertySchema(_ schema: YAMLNode, _ name: String) -> YAMLNode {
        schema["properties"]?[name] ?? (schema["additionalProperties"]?.pairs != nil ? schema["additionalProperties"]! : YAMLNode(.mapping([]), line: 0, column: 0))
    }

    /// The items of an array parameter: repeated (`id=1&id=2`) when exploded, else split on the
    /// style's delimiter.
    static func arrayItems(_ raw: [String], _ parameter: Parameter) -> [String] {
        if parameter.explode, parameter.location == "query" || parameter.location == "cookie" { return raw }
        let delimiter: Character = parameter.style == "spaceDelimited" ? " " : parameter.style == "pipeDelimited" ? "|" : ","
        var text = raw[0]
        if parameter.style == "label", text.hasPrefix(".") { text.removeFirst() }
        if parameter.style == "matrix", let equals = text.firstIndex(of: "=") { text = String(text[text.index(after: equals)...]) }
        if text.isEmpty { return [] }
        return text.split(separator: parameter.style == "label" && parameter.explode ? "." : delimiter, omittingEmptySubsequences: false).map(String.init)
    }

    /// A parameter's text as the JSON value its schema asks for: a number, a boolean or null when
    /// the schema allows one and the text spells it, otherwise the string itself.
    static func coerce(_ text: String, _ schema: YAMLNode, _ validator: SchemaValidator) -> JSON {
        let resolved = validator.target(of: schema) ?? schema
        var types = (resolved["type"]?.items?.compactMap(\.scalarText) ?? resolved["type"]?.scalarText.map { [$0] } ?? [])
        if types.isEmpty {
            types = ["integer", "number", "boolean", "null", "string"]
        }
        var candidates: [JSON] = []
        for type in types {
            switch type {
            case "integer", "number":
                if let value = Int64(text) {
                    candidates.append(.int(value))
                } else if let value = Double(text), value.isFinite, !text.isEmpty, text.allSatisfy({ "0123456789.eE+-".contains($0) }) {
                    // Beyond Int64, or with a fraction: the validator decides whether it is an integer.
                    candidates.append(.double(value))
                }
            case "boolean": if text == "true" || text == "false" { candidates.append(.bool(text == "true")) }
            case "null": if text == "null" { candidates.append(.null) }
            default: candidates.append(.string(text))
            }
        }
        if let valid = candidates.first(where: { validator.violation(of: $0, schema, .request) == nil }) { return valid }
        return candidates.first ?? .string(text)
    }

    /// The pairs of a `Cookie` header.
    static func cookies(_ header: String?) -> [(String, String)] {
        guard let header else { return [] }
        return header.split(separator: ";").compactMap { part in
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { return nil }
            return (pair[0], pair[1].removingPercentEncoding ?? pair[1])
        }
    }
}

/// `a=1&b=2` as decoded pairs (`+` is a space), in order.
struct FormPairs {
    let pairs: [(String, String)]

    init(_ text: String) {
        pairs = text.split(separator: "&").map { part in
            let pair = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { piece in
                let spaced = piece.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (pair[0], pair.count > 1 ? pair[1] : "")
        }
    }

    func values(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}

/// The named parts of a `multipart/form-data` body, as text.
enum Multipart {
    static func parts(_ body: [UInt8], contentType: String) -> [(String, String)]? {
        guard let boundaryRange = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[boundaryRange.upperBound...].prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty else { return nil }
        let delimiter = Array(("--" + boundary).utf8)
        var positions: [Int] = []
        var index = 0
        while index + delimiter.count <= body.count {
            if body[index] == delimiter[0], Array(body[index..<index + delimiter.count]) == delimiter {
                positions.append(index)
                index += delimiter.count
            } else {
                index += 1
            }
        }
        guard positions.count >= 2 else { return nil }
        var result: [(String, String)] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            var part = Array(body[(start + delimiter.count)..<end])
            if part.starts(with: [13, 10]) { part.removeFirst(2) }
            if part.suffix(2) == [13, 10] { part.removeLast(2) }
            guard let split = firstIndex(of: [13, 10, 13, 10], in: part) else { return nil }
            let head = String(decoding: part[..<split], as: UTF8.self)
            let content = part[(split + 4)...]
            guard let disposition = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }) else { return nil }
            // `name="..."` among the parameters; `filename="..."` is another one.
            let parameters = disposition.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let nameParameter = parameters.first(where: { $0.hasPrefix("name=") }) else { return nil }
            var name = String(nameParameter.dropFirst(5))
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 { name = String(name.dropFirst().dropLast()) }
            result.append((name, String(decoding: content, as: UTF8.self)))
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where Array(haystack[index..<index + needle.count]) == needle { return index }
        return nil
    }
}
