import Foundation
import SDKGenCore

/// An HTTP request as the mock sees it: the target's path still percent-encoded, so path
/// parameters that hold a `/` stay whole.
public struct MockRequest: Sendable {
    public var method: String
    public var path: String
    public var query: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Every value of a header, joined with ", " as RFC 9110 allows; nil when absent.
    public func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }
}

public struct MockResponse: Sendable, Equatable {
    public var status: Int
    public var headers: [Header]
    public var body: [UInt8]

    public struct Header: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Not an answer: `HTTPListener` closes the connection without writing anything, as a server
    /// that dies after acting on a request does (for tests of clients' retries).
    public static let dropConnection = MockResponse(status: 0, headers: [], body: [])

    public init(status: Int, headers: [Header], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A mock of the API a spec describes, in memory: it routes each request to its operation,
/// refuses what the spec does not allow (401 without the credentials the operation's security
/// asks for, 400 for a parameter or body that breaks its schema, 415 for an undocumented content
/// type, 404 and 405 for unknown paths and methods), and answers the rest with the operation's
/// success response: its written example when that is valid, otherwise a value synthesized from
/// its schema. The answer depends on the operation only, so the same request gets the same bytes.
public final class MockAPI: Sendable {
    public let operations: [MockOperation]
    /// The path of the first server's URL (`/trade-api/v2`), which requests may start with.
    public let basePath: String
    /// Operations whose answer could not be made valid for the spec, with why.
    public let warnings: [String]
    let validator: SchemaValidator
    let synthesizer: ValueSynthesizer

    /// Credentials the mock accepts, by security scheme name: an API key's value, a bearer token,
    /// or `user:password` for basic. A scheme not named here accepts any non-empty credential.
    public let credentials: [String: String]

    public init(document: YAMLDocument, credentials: [String: String] = [:]) {
        self.credentials = credentials
        validator = SchemaValidator(document: document)
        synthesizer = ValueSynthesizer(validator: validator)
        basePath = Self.basePath(document.root)
        var operations: [MockOperation] = []
        var warnings: [String] = []
        let reader = OperationReader(document: document, synthesizer: synthesizer)
        for pathPair in document.root["paths"]?.pairs ?? [] {
            guard let template = pathPair.key.scalarText else { continue }
            let pathItem = reader.resolve(pathPair.value)
            for methodPair in pathItem.pairs ?? [] {
                guard let method = methodPair.key.scalarText, OperationReader.methods.contains(method), methodPair.value.pairs != nil else { continue }
                let operation = reader.operation(template: template, method: method, node: methodPair.value, pathItem: pathItem, warnings: &warnings)
                operations.append(operation)
            }
        }
        self.operations = operations
        self.warnings = warnings
    }

    /// The path of `servers[0].url`, its variables at their defaults, without a trailing `/`.
    static func basePath(_ root: YAMLNode) -> String {
        guard let server = root["servers"]?.items?.first, var url = server["url"]?.scalarText else { return "" }
        for variable in server["variables"]?.pairs ?? [] {
            if let name = variable.key.scalarText, let value = variable.value["default"]?.scalarText { url = url.replacingOccurrences(of: "{\(name)}", with: value) }
        }
        if let scheme = url.range(of: "://") {
            let rest = url[scheme.upperBound...]
            url = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? ""
        }
        while url.hasSuffix("/") { url.removeLast() }
        return url.hasPrefix("/") ? url : url.isEmpty ? "" : "/" + url
    }

    public func respond(to request: MockRequest) -> MockResponse {
        switch route(request) {
        case .failure(let refusal):
            return refusal.response
        case .success(let (operation, pathValues)):
            if let failure = operation.check(request, pathValues: pathValues, validator: validator, credentials: credentials) {
                return error(failure, for: operation)
            }
            return operation.success
        }
    }

    /// The operation a request is for, or nil when no operation has its method and path.
    public func operation(for request: MockRequest) -> MockOperation? {
        if case .success(let (operation, _)) = route(request) { return operation }
        return nil
    }

    /// The operation of a request and its raw path parameters, or the 404 or 405 answer. A path
    /// is matched with the base path cut, then as it is; of the templates that match, the most
    /// literal ones win.
    private func route(_ request: MockRequest) -> Result<(MockOperation, [String: String]), RouteRefusal> {
        var path = request.path.isEmpty ? "/" : request.path
        let matches = { (path: String) in self.operations.filter { $0.route.matches(path) != nil } }
        var candidates = matches(path)
        if !basePath.isEmpty, path.hasPrefix(basePath) {
            let stripped = String(path.dropFirst(basePath.count))
            let inside = matches(stripped.isEmpty ? "/" : stripped)
            if !inside.isEmpty || candidates.isEmpty {
                path = stripped.isEmpty ? "/" : stripped
                candidates = inside
            }
        }
        guard let best = candidates.map(\.route.literalCharacters).max() else {
            return .failure(RouteRefusal(plainError(404, "no operation of the spec has the path \(request.path)")))
        }
        let routes = candidates.filter { $0.route.literalCharacters == best }
        let method = request.method.lowercased()
        // HEAD is GET without the body (RFC 9110, 9.3.2) where the spec has no HEAD of its own.
        guard let operation = routes.first(where: { $0.method == method }) ?? (method == "head" ? routes.first { $0.method == "get" } : nil) else {
            var allowed = routes.map { $0.method.uppercased() }
            if allowed.contains("GET"), !allowed.contains("HEAD") { allowed.append("HEAD") }
            var response = plainError(405, "\(request.method) is not an operation of \(routes[0].template); it allows \(allowed.joined(separator: ", "))")
            response.headers.append(.init(name: "Allow", value: allowed.joined(separator: ", ")))
            return .failure(RouteRefusal(response))
        }
        return .success((operation, operation.route.matches(path) ?? [:]))
    }

    /// The answer to a request the operation refuses. A client that decodes only what the spec
    /// documents should be able to read it, so the status is a documented one when the operation
    /// documents one that fits: the failure's own status, then close ones (400, 422, `4XX`,
    /// `default` for a bad request; 401 or 403 for missing credentials), then any other documented
    /// client error. The body is that response's, made like a success body. Without a documented
    /// fit, the failure's own status gets the JSON error body the generated servers send. The
    /// reason is always in the `sdkgen-mock-error` header.
    func error(_ failure: RequestFailure, for operation: MockOperation) -> MockResponse {
        let documented = operation.errorResponses
        var preferred: [String]
        switch failure.status {
        case 401: preferred = ["401", "403"]
        case 415: preferred = ["415", "400", "422", "4XX", "DEFAULT"]
        default: preferred = ["\(failure.status)", "400", "422", "4XX", "DEFAULT"]
        }
        if failure.status != 401 {
            preferred += documented.keys.filter { Int($0) != nil && !["401", "403"].contains($0) }.sorted() + ["403", "401"].filter { documented[$0] != nil }
        }
        var response: MockResponse
        if let key = preferred.first(where: { documented[$0] != nil }), let chosen = documented[key] {
            response = chosen
            response.headers.append(.init(name: "sdkgen-mock-error", value: Self.headerText(failure.message)))
        } else {
            response = plainError(failure.status, failure)
        }
        if response.status == 401, let challenge = operation.challenge { response.headers.append(.init(name: "WWW-Authenticate", value: challenge)) }
        return response
    }

    func plainError(_ status: Int, _ message: String) -> MockResponse {
        plainError(status, RequestFailure(status: status, message: message))
    }

    func plainError(_ status: Int, _ failure: RequestFailure) -> MockResponse {
        var fields = [JSON.Member("message", .string(failure.message))]
        if let parameter = failure.parameter {
            fields.append(JSON.Member("parameter", .string(parameter.name)))
            fields.append(JSON.Member("in", .string(parameter.location)))
        }
        if let pointer = failure.pointer { fields.append(JSON.Member("pointer", .string(pointer))) }
        let body = JSON.object([JSON.Member("error", .object(fields))])
        let headers: [MockResponse.Header] = [.init(name: "Content-Type", value: "application/json"), .init(name: "sdkgen-mock-error", value: Self.headerText(failure.message))]
        return MockResponse(status: status, headers: headers, body: Array(body.text.utf8))
    }

    /// Header values are one line of visible ASCII.
    static func headerText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }.prefix(300)))
    }
}

/// The answer to a request no operation takes.
struct RouteRefusal: Error {
    var response: MockResponse
    init(_ response: MockResponse) { self.response = response }
}

/// Why a request is refused.
struct RequestFailure: Error, Equatable {
    var status: Int
    var message: String
    var parameter: (name: String, location: String)?
    var pointer: String?

    init(status: Int, message: String, parameter: (name: String, location: String)? = nil, pointer: String? = nil) {
        self.status = status
        self.message = message
        self.parameter = parameter
        self.pointer = pointer
    }

    static func == (a: RequestFailure, b: RequestFailure) -> Bool {
        a.status == b.status && a.message == b.message && a.parameter?.name == b.parameter?.name && a.parameter?.location == b.parameter?.location && a.pointer == b.pointer
    }
}

/// A path template as a matcher: `/markets/{ticker}/orderbook`.
struct Route: Sendable {
    let regex: NSRegularExpression
    let names: [String]
    /// How many characters of the template are literal; a path that several templates match is
    /// routed to the most literal one (`/pets/mine` before `/pets/{id}`).
    let literalCharacters: Int

    init(_ template: String) {
        var pattern = "^"
        var names: [String] = []
        var literal = 0
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
            literal += rest.distance(from: rest.startIndex, to: open)
            names.append(String(rest[rest.index(after: open)..<close]))
            pattern += "([^/]+)"
            rest = rest[rest.index(after: close)...]
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "/?$"
        literal += rest.count
        regex = (try? NSRegularExpression(pattern: pattern)) ?? (try! NSRegularExpression(pattern: "^$"))
        self.names = names
        literalCharacters = literal
    }

    /// The path parameters' raw (still percent-encoded) values, or nil when the path does not match.
    func matches(_ path: String) -> [String: String]? {
        guard let match = regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) else { return nil }
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            if let range = Range(match.range(at: index + 1), in: path) { values[name] = String(path[range]) }
        }
        return values
    }
}

extension MockAPI {
    /// A part of a request, for `sampleRequestValue`.
    public enum RequestPart: Sendable {
        case body
        /// A parameter by its location (`path`, `query`, `header`, `cookie`) and spec name.
        case parameter(String, String)
    }

    /// The operation with this method and path template (`GET`, `/markets/{ticker}`).
    public func operation(_ method: String, _ template: String) -> MockOperation? {
        operations.first { $0.method == method.lowercased() && $0.template == template }
    }

    /// A valid value for a part of an operation's request, made like a response body is (the
    /// spec's example, else synthesized), or nil when the operation has no such part. Tests use it
    /// to call every operation of a client with data the mock accepts.
    public func sampleRequestValue(_ method: String, _ template: String, _ part: RequestPart) -> JSON? {
        guard let operation = operation(method, template) else { return nil }
        let schema: YAMLNode?
        switch part {
        case .body:
            schema = (operation.body?.content.first { isJSON($0.mediaType) } ?? operation.body?.content.first)?.schema
        case .parameter(let location, let name):
            schema = operation.parameters.first { $0.location == location && $0.name == name }.flatMap { $0.contentSchema ?? $0.schema }
        }
        return schema.map { synthesizer.value(for: $0, .request).value }
    }
}
