import Foundation
import SDKGenCore

/// One operation of the spec, read once: its parameters, body, security and the answers it gives.
public struct MockOperation: Sendable {
    public let method: String
    public let template: String
    /// `#/paths/...~1.../get`.
    public let pointer: String
    public let operationID: String?
    let route: Route
    let parameters: [Parameter]
    let body: Body?
    /// Alternatives, each a list of schemes that must all be present; empty means no security.
    let security: [[SecurityScheme]]
    /// What a valid request gets.
    public let success: MockResponse
    /// The client-error responses the operation documents, by their key (`400`, `4XX`, `DEFAULT`).
    let errorResponses: [String: MockResponse]
    /// `WWW-Authenticate` for a 401, from the first HTTP scheme.
    let challenge: String?

    struct Parameter: Sendable {
        var name: String
        var location: String
        var required: Bool
        var schema: YAMLNode?
        /// A parameter with `content` (a JSON text) instead of a schema.
        var contentSchema: YAMLNode?
        var style: String
        var explode: Bool
        var allowEmptyValue: Bool
    }

    struct Body: Sendable {
        var required: Bool
        var content: [(mediaType: String, schema: YAMLNode?)]
    }

    struct SecurityScheme: Sendable {
        var name: String
        var type: String
        var location: String?
        var parameterName: String?
        var scheme: String?
    }
}

/// Reads operations out of the document; `$ref`s of parameters, bodies, responses, headers,
/// examples and security schemes are followed.
struct OperationReader {
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]
    let document: YAMLDocument
    let synthesizer: ValueSynthesizer

    func resolve(_ node: YAMLNode) -> YAMLNode {
        var node = node
        var hops = 0
        while let reference = node["$ref"]?.scalarText, reference.hasPrefix("#"), let target = document.node(at: reference), hops < 32 {
            node = target
            hops += 1
        }
        return node
    }

    func operation(template: String, method: String, node: YAMLNode, pathItem: YAMLNode, warnings: inout [String]) -> MockOperation {
        let pointer = "#/paths/" + JSONPointer.escape(template) + "/" + method
        let label = "\(method.uppercased()) \(template)"
        var parameters: [MockOperation.Parameter] = []
        for list in [pathItem["parameters"], node["parameters"]] {
            for item in list?.items ?? [] {
                let parameter = resolve(item)
                guard let name = parameter["name"]?.scalarText, let location = parameter["in"]?.scalarText else { continue }
                // OpenAPI: these headers are described by other fields and ignored as parameters.
                if location == "header", ["accept", "content-type", "authorization"].contains(name.lowercased()) { continue }
                let style = parameter["style"]?.scalarText ?? (location == "query" || location == "cookie" ? "form" : "simple")
                let read = MockOperation.Parameter(
                    name: name, location: location,
                    required: location == "path" || parameter["required"]?.scalarText == "true",
                    schema: parameter["schema"],
                    contentSchema: parameter["content"]?.pairs?.first.map { $0.value["schema"] ?? YAMLNode(.mapping([]), line: 0, column: 0) },
                    style: style,
                    explode: parameter["explode"].map { $0.scalarText == "true" } ?? (style == "form"),
                    allowEmptyValue: parameter["allowEmptyValue"]?.scalarText == "true")
                parameters.removeAll { $0.name == name && $0.location == location }
                parameters.append(read)
            }
        }
        var body: MockOperation.Body?
        if let bodyNode = node["requestBody"].map(resolve) {
            body = MockOperation.Body(
                required: bodyNode["required"]?.scalarText == "true",
                content: (bodyNode["content"]?.pairs ?? []).compactMap { pair in pair.key.scalarText.map { ($0.lowercased(), pair.value["schema"]) } })
        }
        let (security, challenge) = securityAlternatives(node)
        let responses = node["responses"]?.pairs ?? []
        var heard: [String]? = []
        let success = successResponse(responses, label: label, warnings: &heard)
        warnings += heard ?? []
        var errors: [String: MockResponse] = [:]
        for pair in responses {
            guard let key = pair.key.scalarText?.uppercased(), key == "4XX" || key == "DEFAULT" || (Int(key).map { (400..<500).contains($0) } ?? false) else { continue }
            var unheard: [String]?
            let status = Int(key) ?? 400
            if let response = answer(status: status, resolve(pair.value), label: "\(label) \(key)", warnings: &unheard) { errors[key] = response }
        }
        return MockOperation(
            method: method, template: template, pointer: pointer, operationID: node["operationId"]?.scalarText, route: Route(template),
            parameters: parameters, body: body, security: security, success: success, errorResponses: errors, challenge: challenge)
    }

    /// The lowest 2xx status, then `2XX`, then `default`, then the lowest other one.
    private func successResponse(_ responses: [YAMLPair], label: String, warnings: inout [String]?) -> MockResponse {
        let keyed = responses.compactMap { pair in pair.key.scalarText.map { ($0, pair.value) } }
        func rank(_ key: String) -> Int {
            if let code = Int(key) { return (200..<300).contains(code) ? code : 1000 + code }
            switch key.uppercased() {
            case "2XX": return 300
            case "DEFAULT": return 400
            default: return 2000
            }
        }
        guard let (key, node) = keyed.min(by: { rank($0.0) < rank($1.0) }) else {
            return MockResponse(status: 204, headers: [], body: [])
        }
        let status = Int(key).flatMap { (100..<600).contains($0) ? $0 : nil } ?? (key.uppercased().first.flatMap { Int(String($0)) }.map { $0 * 100 } ?? 200)
        return answer(status: status == 100 ? 200 : status, resolve(node), label: label, warnings: &warnings) ?? MockResponse(status: status, headers: [], body: [])
    }

    private func answer(status: Int, _ response: YAMLNode, label: String, warnings: inout [String]?) -> MockResponse? {
        var headers: [MockResponse.Header] = []
        for pair in response["headers"]?.pairs ?? [] {
            guard let name = pair.key.scalarText, name.lowercased() != "content-type" else { continue }
            let header = resolve(pair.value)
            guard let schema = header["schema"] ?? header["content"]?.pairs?.first?.value["schema"] else { continue }
            let (value, violation) = synthesizer.value(for: schema, .response)
            if let violation { warnings?.append("\(label): the header \(name) breaks its schema: \(SchemaValidator.describe(violation))") }
            headers.append(.init(name: name, value: MockAPI.headerText(Self.headerValue(value))))
        }
        let content = (response["content"]?.pairs ?? []).compactMap { pair in pair.key.scalarText.map { ($0, pair.value) } }
        guard status != 204, status != 304,
              let (mediaType, media) = content.first(where: { $0.0.lowercased().hasPrefix("application/json") }) ?? content.first(where: { isJSON($0.0) }) ?? content.first else {
            return MockResponse(status: status, headers: headers, body: [])
        }
        let contentType = Self.concrete(mediaType)
        headers.insert(.init(name: "Content-Type", value: contentType), at: 0)
        let schema = media["schema"]
        var value: JSON?
        var written: [YAMLNode] = []
        if let example = media["example"] { written.append(example) }
        for example in media["examples"]?.pairs ?? [] {
            if let node = resolve(example.value)["value"] { written.append(node) }
        }
        for node in written {
            let candidate = JSON(node)
            if schema.map({ synthesizer.validator.violation(of: candidate, $0, .response) == nil }) ?? true { value = candidate; break }
        }
        if value == nil, let schema {
            let (synthesized, violation) = synthesizer.value(for: schema, .response)
            if let violation { warnings?.append("\(label): no valid body was found; the mock's body breaks the schema: \(SchemaValidator.describe(violation))") }
            value = synthesized
        }
        let body: [UInt8]
        if isJSON(contentType) {
            body = Array((value ?? .object([])).text.utf8)
        } else if case .string(let text)? = value {
            body = Array(text.utf8)
        } else {
            body = value.map { Array($0.text.utf8) } ?? []
        }
        return MockResponse(status: status, headers: headers, body: body)
    }

    /// A media range made a media type for the Content-Type header: `*/*` is JSON.
    static func concrete(_ mediaType: String) -> String {
        let lowered = mediaType.lowercased()
        if lowered == "*/*" { return "application/json" }
        if lowered.hasSuffix("/*") { return lowered.hasPrefix("text/") ? "text/plain" : lowered.hasPrefix("application/") ? "application/json" : String(lowered.dropLast()) + "octet-stream" }
        return mediaType
    }

    /// A value as a simple-style header writes it.
    static func headerValue(_ value: JSON) -> String {
        switch value {
        case .string(let text): return text
        case .array(let items): return items.map(headerValue).joined(separator: ",")
        case .object(let members): return members.map { "\($0.key),\(headerValue($0.value))" }.joined(separator: ",")
        default: return value.text
        }
    }

    private func securityAlternatives(_ operation: YAMLNode) -> ([[MockOperation.SecurityScheme]], String?) {
        let requirements = operation["security"] ?? document.root["security"]
        var alternatives: [[MockOperation.SecurityScheme]] = []
        var challenge: String?
        for requirement in requirements?.items ?? [] {
            var schemes: [MockOperation.SecurityScheme] = []
            for pair in requirement.pairs ?? [] {
                guard let name = pair.key.scalarText, let definition = document.root["components"]?["securitySchemes"]?[name].map(resolve) else { continue }
                let scheme = MockOperation.SecurityScheme(
                    name: name, type: definition["type"]?.scalarText ?? "", location: definition["in"]?.scalarText,
                    parameterName: definition["name"]?.scalarText, scheme: definition["scheme"]?.scalarText?.lowercased())
                if challenge == nil, scheme.type == "http", let kind = scheme.scheme { challenge = kind.prefix(1).uppercased() + kind.dropFirst() }
                if challenge == nil, scheme.type == "oauth2" || scheme.type == "openIdConnect" { challenge = "Bearer" }
                schemes.append(scheme)
            }
            // An empty requirement (`- {}`) makes security optional.
            if schemes.isEmpty { return ([], nil) }
            alternatives.append(schemes)
        }
        return (alternatives, challenge)
    }
}

/// A JSON body, by SDKGenCore's one rule (`MediaTypeName.isJSON`), or a documented range that
/// a JSON body falls in (`*/*`, `application/*`), which the mock answers with JSON.
func isJSON(_ mediaType: String) -> Bool {
    let base = MediaTypeName.base(mediaType)
    return MediaTypeName.isJSON(base) || base == "*/*" || base == "application/*"
}
