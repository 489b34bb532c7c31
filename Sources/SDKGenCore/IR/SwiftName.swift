/// Swift identifiers from spec names: splitting into words, re-casing, escaping keywords.
///
/// A name that is already a plain identifier (letters and digits only) keeps its words' casing,
/// so `createApiKey` and `APIKey` survive; other names are split at separators and re-cased with
/// common acronyms kept whole, so `api_key_id` becomes `apiKeyID`.
public enum SwiftName {
    /// Words spelled in capitals when a name is re-cased.
    static let acronyms: Set<String> = ["id", "ids", "url", "urls", "uri", "uuid", "http", "https", "json", "xml", "html", "ip", "sql", "ttl", "utc", "ui"]

    /// Swift keywords that need backticks as member names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "super", "throws",
        "true", "try", "async", "some", "any", "consume", "copy", "borrowing", "consuming", "package", "actor",
    ]

    /// Member names that backticks cannot make usable after a dot; they get a trailing underscore.
    static let unusableMembers: Set<String> = ["self", "Self", "Type", "Protocol", "init", "deinit", "subscript", "_", "hashValue"]

    /// Type names that would shadow a standard, Foundation or runtime type inside the generated module.
    static let reservedTypes: Set<String> = [
        "Any", "Array", "Bool", "Codable", "Data", "Date", "Decimal", "Decodable", "Decoder", "Dictionary",
        "Double", "Encodable", "Encoder", "Error", "Float", "Int", "Int32", "Int64", "Never", "Optional",
        "Protocol", "Result", "Self", "Sendable", "Set", "String", "Task", "Type", "URL", "UUID", "Void",
        "JSONValue", "APIClient", "APIError", "Client", "Servers", "HTTPRequest", "HTTPResponse", "HTTPBody",
        "HTTPFields", "QueryEncoder", "PathEncoder", "Hashable", "Equatable", "CodingKeys", "Security",
        "SecuritySchemeKind", "Credential", "AuthenticationMiddleware", "MultipartForm", "Indirect", "DynamicCodingKey",
        "JSONCoding", "ParameterStyle", "AnyErrorBody", "ClientTransport", "ClientMiddleware", "Operations",
    ]

    /// Splits a spec name into words; `plain` is true when the name had no separators.
    public static func words(_ text: String) -> (words: [String], plain: Bool) {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiWords(text) : unicodeWords(text)
    }

    /// `words` for any text, by Unicode character properties.
    static func unicodeWords(_ text: String) -> (words: [String], plain: Bool) {
        var words: [String] = []
        var current = ""
        var plain = true
        let characters = Array(text)
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for (index, character) in characters.enumerated() {
            // Letters and digits of any script are identifier characters; emoji, symbols and
            // punctuation separate words.
            guard character.isLetter || character.isNumber, !character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) else {
                plain = false
                flush()
                continue
            }
            if let previous = current.last {
                let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
                let startsHump = character.isUppercase && (previous.isLowercase || previous.isNumber && current.contains(where: \.isLowercase))
                let endsAcronym = character.isUppercase && previous.isUppercase && (next?.isLowercase ?? false)
                if startsHump || endsAcronym { flush() }
            }
            current.append(character)
        }
        flush()
        return (words, plain)
    }

    /// `words` for ASCII text, on bytes: the same rules without Unicode property lookups.
    static func asciiWords(_ text: String) -> (words: [String], plain: Bool) {
        func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let bytes = Array(text.utf8)
        var words: [String] = []
        var start = -1
        var hasLower = false
        var plain = true
        func flush(_ end: Int) {
            if start >= 0 { words.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
            start = -1
            hasLower = false
        }
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
                plain = false
                flush(index)
                continue
            }
            if start >= 0 {
                let previous = bytes[index - 1]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let startsHump = isUpper(byte) && (isLower(previous) || isDigit(previous) && hasLower)
                let endsAcronym = isUpper(byte) && isUpper(previous) && (next.map(isLower) ?? false)
                if startsHump || endsAcronym { flush(index) }
            }
            if start < 0 { start = index }
            if isLower(byte) { hasLower = true }
        }
        flush(bytes.count)
        return (words, plain)
    }

    private static func recased(_ word: String, first: Bool, lower: Bool, plain: Bool) -> String {
        if first && lower { return word.lowercased() }
        if plain { return word.prefix(1).uppercased() + word.dropFirst() }
        let lowered = word.lowercased()
        if acronyms.contains(lowered) { return lowered.uppercased() }
        return lowered.prefix(1).uppercased() + lowered.dropFirst()
    }

    private static func joined(_ text: String, lower: Bool) -> String {
        let (parts, plain) = words(text)
        var name = parts.enumerated().map { recased($1, first: $0 == 0, lower: lower, plain: plain) }.joined()
        if name.isEmpty { name = "_" + text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "_") }
        if name == "_" { name = "_empty" }
        if let first = name.first, first.isNumber { name = "_" + name }
        return name
    }

    /// An UpperCamel type name, e.g. `api-keys` -> `ApiKeys`, `Error` -> `ErrorModel`.
    public static func typeName(_ text: String) -> String {
        let name = joined(text, lower: false)
        return reservedTypes.contains(name) ? name + "Model" : name
    }

    /// A lowerCamel member name without keyword escaping, e.g. `GetApiKeys` -> `getApiKeys`.
    public static func memberBase(_ text: String) -> String {
        joined(text, lower: true)
    }

    /// A member name ready to declare: `api_key_id` -> `apiKeyID`, `default` -> `` `default` ``,
    /// `self` -> `self_`.
    public static func memberName(_ text: String) -> String {
        escapeMember(memberBase(text))
    }

    /// Escapes an identifier for use as a declared member.
    public static func escapeMember(_ name: String) -> String {
        if unusableMembers.contains(name) { return name + "_" }
        if keywords.contains(name) { return "`\(name)`" }
        return name
    }

    /// The text with each `+` or `-` that stands before an ASCII digit spelled out as a word
    /// (`Etc/GMT-1` -> `Etc/GMT minus 1`), or nil when it has none. Enum values and properties
    /// that differ only in such signs would otherwise get one name (`etcGmt1`). Works on UTF-8
    /// bytes: signs and digits are ASCII, never part of a longer character.
    static func spellingSigns(_ text: String) -> String? {
        // Most names have no sign at all: checked without copying the bytes.
        guard text.utf8Contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }) else { return nil }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var spelled = false
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-"), index + 1 < bytes.count,
               bytes[index + 1] >= UInt8(ascii: "0"), bytes[index + 1] <= UInt8(ascii: "9") {
                result += (byte == UInt8(ascii: "+") ? " plus " : " minus ").utf8
                spelled = true
            } else {
                result.append(byte)
            }
        }
        return spelled ? String(decoding: result, as: UTF8.self) : nil
    }

    /// The bases, signs spelled out, of the texts that start with a sign before a digit (`-1` ->
    /// `minus1`, where the plain base `_1` would drop the sign) and of those that would share a
    /// base and differ in such signs (`Etc/GMT+1` -> `etcGmtPlus1`, `Etc/GMT-1` -> `etcGmtMinus1`,
    /// while `Etc/GMT1` keeps `etcGmt1`). Other texts are not in the result.
    static func basesSpellingSigns(_ texts: [String], base: (String) -> String) -> [String: String] {
        let signed = texts.compactMap { text in spellingSigns(text).map { (text: text, spelled: $0) } }
        guard !signed.isEmpty else { return [:] }
        var counts: [String: Int] = [:]
        for text in texts { counts[base(text), default: 0] += 1 }
        var result: [String: String] = [:]
        for (text, spelled) in signed {
            // The first byte changes exactly when a leading sign was spelled out.
            if text.utf8.first != spelled.utf8.first || counts[base(text)]! > 1 { result[text] = base(spelled) }
        }
        return result
    }

    /// Strips the backticks of an escaped member name, for building derived names.
    public static func bare(_ name: String) -> String {
        name.utf8.first == UInt8(ascii: "`") ? String(name.dropFirst().dropLast()) : name
    }
}

/// Hands out unique names in one scope; a clash gets a numeric suffix and a warning. A name that
/// ends in a digit gets `_` before the suffix (`etcGmt1_2`, never `etcGmt12`, which reads as
/// another number).
struct NameScope: Sendable {
    private(set) var used: Set<String>
    /// Names taken in an enclosing scope, read but never added to: a lowering job's scope sees
    /// the component names this way without copying them.
    private let taken: Set<String>

    init(reserved: Set<String> = [], taken: Set<String> = []) {
        used = reserved
        self.taken = taken
    }

    func contains(_ name: String) -> Bool {
        let bare = SwiftName.bare(name)
        return used.contains(bare) || taken.contains(bare)
    }

    /// Gives names back (a lowering job's, when the serial pass redoes the job).
    mutating func remove(_ names: [String]) {
        for name in names { used.remove(SwiftName.bare(name)) }
    }

    /// `what` names the thing in the warning about a collision; it is built only then.
    mutating func unique(_ base: String, for what: @autoclosure () -> String, origin: Origin?, diagnostics: DiagnosticSink) -> String {
        let bareBase = SwiftName.bare(base)
        if !taken.contains(bareBase), used.insert(bareBase).inserted { return base }
        let stem = bareBase.last?.isNumber == true ? bareBase + "_" : bareBase
        var index = 2
        while used.contains(stem + String(index)) || taken.contains(stem + String(index)) { index += 1 }
        let name = stem + String(index)
        used.insert(name)
        diagnostics.warning("\(what()) would be named '\(bareBase)', which is taken; it is named '\(name)' instead", at: origin?.location, pointer: origin?.pointer)
        return name
    }
}

/// Swift names for spec names, each worked out once: big specs repeat the same names (`id`,
/// `object`, `created`, `metadata`) in thousands of schemas and parameters.
final class SwiftNameCache {
    private var typeNames: [String: String] = [:]
    private var memberBases: [String: String] = [:]

    func typeName(_ text: String) -> String {
        if let name = typeNames[text] { return name }
        let name = SwiftName.typeName(text)
        typeNames[text] = name
        return name
    }

    func memberBase(_ text: String) -> String {
        if let name = memberBases[text] { return name }
        let name = SwiftName.memberBase(text)
        memberBases[text] = name
        return name
    }
}
