/// The closed vocabularies of OpenAPI that the spec model and the IR share: methods, parameter
/// locations and styles, response statuses, security scheme types, media types.

/// The operations a path item can hold, in the order OpenAPI lists them.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable, Comparable {
    case get, put, post, delete, options, head, patch, trace

    /// `GET`, as requests and docs spell it.
    public var uppercased: String { rawValue.uppercased() }

    /// OpenAPI's order (get, put, post, ...), for sorting the operations of one path.
    public static func < (lhs: HTTPMethod, rhs: HTTPMethod) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a parameter goes (OpenAPI's `in`).
public enum ParameterLocation: String, Sendable, Hashable, CaseIterable {
    case path, query, header, cookie
}

/// How a parameter's value is spelled (OpenAPI's `style`), plus `json` for a parameter defined by
/// `content: application/json`, sent as JSON text. The one list of styles.
public enum ParameterStyle: String, Sendable, Hashable, CaseIterable {
    case form, spaceDelimited, pipeDelimited, deepObject, simple, label, matrix, json

    /// The style of a parameter that names none: `form` in the query and cookies, else `simple`.
    public static func defaultStyle(for location: ParameterLocation) -> ParameterStyle {
        location == .query || location == .cookie ? .form : .simple
    }

    /// `explode`'s default: true for `form`, false for the others.
    public var explodesByDefault: Bool { self == .form }
}

/// A key of an operation's `responses`: a code, a range (`4XX`) or `default`.
public enum ResponseStatus: Hashable, Sendable, Comparable, CustomStringConvertible {
    case code(Int)
    /// `2XX`: every code that starts with this digit.
    case range(Int)
    case `default`

    /// `200`, `4XX` or `4xx`, `default`; nil for anything else.
    public init?(_ text: String) {
        if text == "default" {
            self = .default
            return
        }
        let characters = Array(text.utf8)
        guard characters.count == 3, let first = characters.first, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(first) else { return nil }
        if characters.dropFirst().allSatisfy({ $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "x") }) {
            self = .range(Int(first - UInt8(ascii: "0")))
        } else if let code = Int(text), characters.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            self = .code(code)
        } else {
            return nil
        }
    }

    /// `200`, `4XX` or `default`, as docs and messages show it.
    public var description: String {
        switch self {
        case .code(let code): return String(code)
        case .range(let digit): return "\(digit)XX"
        case .default: return "default"
        }
    }

    /// A 2xx code or the `2XX` range.
    public var isSuccess: Bool {
        switch self {
        case .code(let code): return (200..<300).contains(code)
        case .range(let digit): return digit == 2
        case .default: return false
        }
    }

    /// Codes in numeric order, a range after its codes (`4XX` after `404`), `default` last.
    public static func < (lhs: ResponseStatus, rhs: ResponseStatus) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .code(let code): return code * 10
        case .range(let digit): return digit * 1000 + 999
        case .default: return 10_000
        }
    }
}

/// A security scheme's `type`.
public enum SecuritySchemeType: String, Sendable, Hashable, CaseIterable {
    case apiKey, http, oauth2, openIdConnect, mutualTLS
}

/// Where an `apiKey` security scheme's key goes.
public enum APIKeyLocation: String, Sendable, Hashable, CaseIterable {
    case header, query, cookie
}

/// Facts about media types (`application/json; charset=utf-8`).
public enum MediaTypeName {
    /// The type without parameters, lowercased and trimmed: `application/json`.
    public static func base(_ contentType: String) -> String {
        // On UTF-8 bytes: the separators and the spaces around them are ASCII. Most media types
        // are already plain lowercase with no parameters: returned as they are.
        let bytes = contentType.utf8
        let end = bytes.firstIndex(of: UInt8(ascii: ";")) ?? bytes.endIndex
        var type = bytes[..<end]
        while let first = type.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { type = type.dropFirst() }
        while let last = type.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { type = type.dropLast() }
        if type.count == bytes.count, !type.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { return contentType }
        return String(Substring(type)).lowercased()
    }

    /// Whether a body of this type is JSON: `application/json`, `text/json`, any `+json` type.
    /// The one rule; the runtime's check of a response's `Content-Type` (`APIClient.isJSON`) is the same.
    public static func isJSON(_ contentType: String) -> Bool {
        let type = base(contentType)
        return type.hasSuffix("/json") || type.hasSuffix("+json")
    }
}

/// The sections of `components` whose entries operations refer to by `$ref` (schemas are
/// resolved by the IR; security schemes by name).
public enum ComponentSection: String, Sendable, CaseIterable {
    case parameters, responses, requestBodies, headers

    /// "a response", for messages.
    var what: String {
        switch self {
        case .parameters: return "a parameter"
        case .responses: return "a response"
        case .requestBodies: return "a request body"
        case .headers: return "a header"
        }
    }

    /// The section a `#/components/<section>/<name>` pointer names, or nil for any other pointer.
    static func of(_ target: String) -> ComponentSection? {
        let prefix = "#/components/"
        guard target.hasPrefix(prefix) else { return nil }
        let section = target.dropFirst(prefix.count).prefix { $0 != "/" }
        return ComponentSection(rawValue: String(section))
    }

    /// The fields an object of this kind may have (besides `x-` extensions), and those it must.
    private var fields: (allowed: Set<String>, required: [String]) {
        let parameterFields: Set<String> = ["description", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "schema", "example", "examples", "content"]
        switch self {
        case .parameters: return (parameterFields.union(["name", "in"]), ["name", "in"])
        case .headers: return (parameterFields, [])
        case .responses: return (["description", "headers", "content", "links"], ["description"])
        case .requestBodies: return (["description", "content", "required"], ["content"])
        }
    }

    /// Why `node` cannot be an object of this kind (a field it may not have, one it lacks), or nil.
    func shapeProblem(_ node: YAMLNode) -> String? {
        guard let pairs = node.pairs else { return "it is \(node.kindDescription)" }
        let (allowed, required) = fields
        for pair in pairs {
            guard let key = pair.key.scalarText, !key.hasPrefix("x-") else { continue }
            if !allowed.contains(key) { return "\(what) has no field '\(key)'" }
        }
        for key in required where node[key] == nil { return "it has no '\(key)'" }
        return nil
    }
}
