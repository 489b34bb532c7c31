/// One node of a parsed YAML or JSON document, with the 1-based position where it starts.
///
/// Kept compact: scalars keep their text as written (so `200`, `on` and `1.0` survive),
/// mappings are arrays of pairs in document order rather than dictionaries.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public var content: Content
    public var line: Int32
    public var column: Int32
    /// Which file of a multi-file document the node came from (an index into `YAMLDocument.files`).
    public var fileID: Int32 = 0

    public init(_ content: Content, line: Int32, column: Int32, fileID: Int32 = 0) {
        self.content = content
        self.line = line
        self.column = column
        self.fileID = fileID
    }

    /// The scalar's text, or nil for a mapping or sequence.
    public var scalarText: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    /// A plain `null`, `~` or nothing at all (`paths:` with no value).
    public var isNull: Bool {
        if case .scalar(let scalar) = content, case .null = scalar.resolved { return true }
        return false
    }

    /// The scalar's text when it is a string (quoted, or plain and not null, a boolean or a number).
    public var scalarString: String? {
        if case .scalar(let scalar) = content, case .string(let text) = scalar.resolved { return text }
        return nil
    }

    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value for a scalar key of a mapping; nil when absent or when this is not a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content else { return nil }
        for pair in pairs where pair.key.scalarText == key { return pair.value }
        return nil
    }

    /// A short name of the node's kind for messages: "a mapping", "a sequence", "a string".
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar(let scalar):
            switch scalar.resolved {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .double: return "a number"
            case .string: return "a string"
            }
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}

/// A scalar exactly as written, plus whether it was plain (unquoted), which decides its type.
public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// Plain scalars are typed by the YAML 1.2 core schema; quoted and block scalars are strings.
    public var isPlain: Bool
    /// An explicit tag such as `!!str`, when one was written.
    public var tag: String?

    public init(text: String, isPlain: Bool, tag: String? = nil) {
        self.text = text
        self.isPlain = isPlain
        self.tag = tag
    }

    public enum Resolved: Hashable, Sendable {
        case null
        case bool(Bool)
        case int(Int64)
        case double(Double)
        case string(String)
    }

    /// The scalar's value under the YAML 1.2 core schema (the one JSON shares): `yes` and `on`
    /// stay strings, `true`/`false`, integers, floats and `null`/`~` are typed only when plain.
    public var resolved: Resolved {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str": return .string(text)
            case "tag:yaml.org,2002:null": return .null
            default: break
            }
        }
        guard isPlain else { return .string(text) }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if let value = Self.integer(text) { return .int(value) }
        if Self.looksLikeFloat(text), let value = Double(text) { return .double(value) }
        return .string(text)
    }

    /// Decimal digits, or `0x` hex or `0o` octal, after an optional sign. Checked on UTF-8 bytes:
    /// enum values and descriptions pass through here, and most are not numbers.
    private static func integer(_ text: String) -> Int64? {
        var body = text.utf8[...]
        let negative = body.first == UInt8(ascii: "-")
        if negative || body.first == UInt8(ascii: "+") { body = body.dropFirst() }
        guard let first = body.first else { return nil }
        if first == UInt8(ascii: "0"), body.count > 1 {
            let marker = body[body.index(after: body.startIndex)]
            let radix = marker == UInt8(ascii: "x") ? 16 : marker == UInt8(ascii: "o") ? 8 : 0
            if radix != 0 {
                guard let value = Int64(Substring(body.dropFirst(2)), radix: radix) else { return nil }
                return negative ? -value : value
            }
        }
        guard body.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int64(text)
    }

    private static func looksLikeFloat(_ text: String) -> Bool {
        // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
        var sawDigit = false
        var previous: UInt8 = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if index != 0, previous != UInt8(ascii: "e"), previous != UInt8(ascii: "E") { return false }
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return false
            }
            previous = byte
        }
        return sawDigit
    }
}

/// A parsed file: its name for messages and its root node.
public struct YAMLDocument: Sendable {
    public var file: String
    public var root: YAMLNode
    /// Every file the document was assembled from; the first is `file`.
    public var files: [String]

    public init(file: String, root: YAMLNode, files: [String]? = nil) {
        self.file = file
        self.root = root
        self.files = files ?? [file]
    }

    public func location(of node: YAMLNode) -> SourceLocation {
        let index = Int(node.fileID)
        return SourceLocation(file: files.indices.contains(index) ? files[index] : file, line: Int(node.line), column: Int(node.column))
    }

    /// The node at a local JSON pointer such as `#/components/schemas/Pet`, or nil.
    public func node(at pointer: String) -> YAMLNode? {
        guard let tokens = JSONPointer.tokens(pointer) else { return nil }
        var node = root
        for token in tokens {
            switch node.content {
            case .mapping:
                guard let next = node[token] else { return nil }
                node = next
            case .sequence(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                node = items[index]
            case .scalar:
                return nil
            }
        }
        return node
    }
}
