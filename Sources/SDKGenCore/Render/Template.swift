/// A value a template sees: built by the renderer from the IR, looked up by key, never by reflection.
public enum TemplateValue: Sendable {
    case string(String)
    case bool(Bool)
    case list([TemplateValue])
    /// Keys and values given as a literal (the Mustache specification's tests use these).
    case object(TemplateObject)
    /// A typed context: the renderer's values for each template (see `TemplateContext`).
    case context(any TemplateContext)
    case null

    /// Sections render when this is true: `false`, null, an empty list or an empty string skip them.
    var isTruthy: Bool {
        switch self {
        case .bool(let value): return value
        case .null: return false
        case .list(let items): return !items.isEmpty
        case .string(let text): return !text.isEmpty
        case .object, .context: return true
        }
    }

    /// The value of `key` when this is an object or a context.
    func member(_ key: String) -> TemplateValue? {
        switch self {
        case .object(let members): return members[key]
        case .context(let context): return context.templateValue(forKey: key)
        default: return nil
        }
    }
}

/// The values one template (or one pass through a section) sees, as a typed Swift value.
///
/// A context lists its keys once, in `fields`, each with how to read it from the context; a
/// template looks a name up there, then in the enclosing contexts. `Templates/README.md`
/// documents every context's keys, and a test checks that it does.
public protocol TemplateContext: Sendable {
    static var fields: [TemplateField<Self>] { get }
    /// The value of `key`, or nil when this context has none (the lookup goes on outwards).
    func templateValue(forKey key: String) -> TemplateValue?
}

extension TemplateContext {
    public func templateValue(forKey key: String) -> TemplateValue? {
        for field in Self.fields where field.name == key { return field.read(self) }
        return nil
    }

    /// The names of this context's keys, in order.
    public static var keys: [String] { fields.map(\.name) }
}

/// One key of a context and how to read its value.
public struct TemplateField<Context>: Sendable {
    public let name: String
    let read: @Sendable (Context) -> TemplateValue

    public init(_ name: String, _ read: @escaping @Sendable (Context) -> TemplateValue) {
        self.name = name
        self.read = read
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(TemplateObject(elements))
    }
}

/// The keys and values of one template context, in the order they were added.
///
/// A context has a handful of keys, and a template looks each name up in a few contexts. Comparing
/// short keys one by one costs less than hashing them, both to build a context and to look it up.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private(set) var keys: [String] = []
    private(set) var values: [TemplateValue] = []

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self.init(elements)
    }

    /// Later pairs replace earlier ones with the same key.
    public init(_ elements: some Sequence<(String, TemplateValue)>) {
        for (key, value) in elements { self[key] = value }
    }

    public subscript(key: String) -> TemplateValue? {
        get { keys.firstIndex(of: key).map { values[$0] } }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue {
                    values[index] = newValue
                } else {
                    keys.remove(at: index)
                    values.remove(at: index)
                }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

}

extension TemplateValue {
    /// A list of strings, each shown by `{{.}}` inside the section.
    static func strings(_ values: [String]) -> TemplateValue { .list(values.map(TemplateValue.string)) }
    /// A list of objects, each the context of one pass through the section.
    static func objects(_ values: [TemplateObject]) -> TemplateValue { .list(values.map(TemplateValue.object)) }
    /// A list of typed contexts, each the context of one pass through the section.
    static func contexts(_ values: [some TemplateContext]) -> TemplateValue { .list(values.map { .context($0) }) }
    /// A context when there is one, else nothing (the section is skipped).
    static func optional(_ value: (some TemplateContext)?) -> TemplateValue { value.map { .context($0) } ?? .null }
}

/// A Mustache template compiled once into a tree of nodes.
///
/// Follows the Mustache specification (comments, set delimiters, interpolation, sections, inverted
/// sections, partials with standalone-line and indentation rules). `{{x}}` HTML-escapes unless the
/// template says `{{% CONTENT_TYPE: TEXT}}`, which ours do: Swift and Markdown text is escaped by the
/// renderer for its own context before it reaches a template. Lambdas are not supported.
public struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        /// An empty path is the implicit iterator `.`.
        case value(path: [String], escaped: Bool)
        case section(path: [String], body: [Node], inverted: Bool)
        case partial(name: String, indent: String)
    }

    let nodes: [Node]
    let source: String

    /// Compiles `text`; `name` only appears in error messages (`name:line:column: error: ...`).
    public init(_ text: String, name: String = "template") throws {
        var parser = TemplateParser(Array(text.utf8), name: name)
        nodes = try parser.parse()
        source = text
    }
}

/// Templates by name, partials resolved among them.
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]
    /// Partials re-compiled with the indentation of a standalone `{{>name}}` tag, by name and indent.
    private var indented: [String: Template] = [:]
    /// Partials nested deeper than this render nothing (a template that includes itself forever).
    static let maximumDepth = 100

    public init(_ templates: [String: String]) throws {
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            self.templates[name] = try Template(text, name: name)
        }
        try prepareIndentedPartials()
    }

    public func template(named name: String) -> Template? { templates[name] }

    /// Renders the template `name` with `context` at the bottom of the context stack.
    public func render(_ context: TemplateValue, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        output.reserveCapacity(template.source.utf8.count * 4)
        var stack = [context]
        render(template.nodes, stack: &stack, into: &output, depth: 0)
        return output
    }

    /// Every standalone partial tag with an indent needs the partial's text with that indent before
    /// each line; those are compiled here, once, so rendering never parses.
    private mutating func prepareIndentedPartials() throws {
        var pending = templates.values.flatMap { Self.indentedPartials(in: $0.nodes) }
        while let (name, indent) = pending.popLast() {
            let key = name + "\u{0}" + indent
            guard indented[key] == nil, let base = templates[name] else { continue }
            let template = try Template(Self.indent(base.source, by: indent), name: name)
            indented[key] = template
            pending += Self.indentedPartials(in: template.nodes)
        }
    }

    private static func indentedPartials(in nodes: [Template.Node]) -> [(String, String)] {
        var found: [(String, String)] = []
        for node in nodes {
            switch node {
            case .partial(let name, let indent) where !indent.isEmpty: found.append((name, indent))
            case .section(_, let body, _): found += indentedPartials(in: body)
            default: break
            }
        }
        return found
    }

    /// `indent` before the first line and after every newline that is not the last character.
    static func indent(_ text: String, by indent: String) -> String {
        var result = indent
        var remaining = text[...]
        while let newline = remaining.firstIndex(of: "\n") {
            result += remaining[...newline]
            remaining = remaining[remaining.index(after: newline)...]
            if !remaining.isEmpty { result += indent }
        }
        result += remaining
        return result
    }

    private func render(_ nodes: [Template.Node], stack: inout [TemplateValue], into output: inout String, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .value(let path, let escaped):
                guard let value = Self.resolve(path, in: stack) else { continue }
                switch value {
                case .string(let text): output += escaped ? Self.escapeHTML(text) : text
                case .bool(let flag): output += flag ? "true" : "false"
                case .list, .object, .context, .null: break
                }
            case .section(let path, let body, let inverted):
                let value = Self.resolve(path, in: stack) ?? .null
                if inverted {
                    if !value.isTruthy { render(body, stack: &stack, into: &output, depth: depth) }
                    continue
                }
                guard value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(body, stack: &stack, into: &output, depth: depth)
                        stack.removeLast()
                    }
                case .bool:
                    render(body, stack: &stack, into: &output, depth: depth)
                default:
                    stack.append(value)
                    render(body, stack: &stack, into: &output, depth: depth)
                    stack.removeLast()
                }
            case .partial(let name, let indent):
                guard depth < Self.maximumDepth else { continue }
                let template = indent.isEmpty ? templates[name] : indented[name + "\u{0}" + indent]
                if let template { render(template.nodes, stack: &stack, into: &output, depth: depth + 1) }
            }
        }
    }

    /// The first context, from the innermost out, that has the path's first key; the rest of the
    /// path is looked up inside that value only.
    static func resolve(_ path: [String], in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = path.first else { return stack.last }
        for frame in stack.reversed() {
            guard var value = frame.member(first) else { continue }
            for key in path.dropFirst() {
                guard let next = value.member(key) else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    static func escapeHTML(_ text: String) -> String {
        Escaping.replacingASCII(text, .mustache)
    }
}

/// Turns template bytes into nodes, applying the specification's standalone-line rules.
struct TemplateParser {
    let bytes: [UInt8]
    let name: String
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)
    var escapes = true
    var position = 0

    init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    private struct OpenSection {
        var path: [String]
        var inverted: Bool
        var nodes: [Template.Node]
        var tagName: String
        var offset: Int
    }

    mutating func parse() throws -> [Template.Node] {
        var stack: [OpenSection] = []
        var nodes: [Template.Node] = []
        var text: [UInt8] = []
        /// Where the current line starts, and whether a tag already appeared on it.
        var lineStart = 0
        var tagOnLine = false

        func flushText() {
            guard !text.isEmpty else { return }
            nodes.append(.text(String(decoding: text, as: UTF8.self)))
            text.removeAll(keepingCapacity: true)
        }

        while position < bytes.count {
            guard matches(open, at: position) else {
                let byte = bytes[position]
                text.append(byte)
                position += 1
                if byte == UInt8(ascii: "\n") {
                    lineStart = position
                    tagOnLine = false
                }
                continue
            }
            let tagStart = position
            var contentStart = position + open.count
            let sigil: UInt8? = contentStart < bytes.count ? bytes[contentStart] : nil
            var closing = close
            var kind = UInt8(ascii: "v")
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: "!"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "%"):
                kind = sigil!
                contentStart += 1
            case UInt8(ascii: "="):
                kind = sigil!
                contentStart += 1
                closing = [UInt8(ascii: "=")] + close
            case UInt8(ascii: "{") where open == Array("{{".utf8):
                kind = UInt8(ascii: "{")
                contentStart += 1
                closing = [UInt8(ascii: "}")] + close
            default:
                break
            }
            guard let contentEnd = find(closing, from: contentStart) else {
                throw error("unclosed tag: no '\(String(decoding: closing, as: UTF8.self))' after this '\(String(decoding: open, as: UTF8.self))'", at: tagStart)
            }
            let content = Self.trimmed(bytes[contentStart..<contentEnd])
            var tagEnd = contentEnd + closing.count

            // A section, inverted, closing, comment, partial, delimiter or pragma tag alone on its
            // line takes the line with it.
            var indent = ""
            let canStandAlone = kind != UInt8(ascii: "v") && kind != UInt8(ascii: "&") && kind != UInt8(ascii: "{")
            if canStandAlone, !tagOnLine, bytes[lineStart..<tagStart].allSatisfy(Self.isBlank), let lineEnd = restOfLineIsBlank(from: tagEnd) {
                indent = String(decoding: bytes[lineStart..<tagStart], as: UTF8.self)
                text.removeLast(tagStart - lineStart)
                tagEnd = lineEnd
                lineStart = lineEnd
                tagOnLine = false
            } else {
                tagOnLine = true
            }
            position = tagEnd

            switch kind {
            case UInt8(ascii: "!"), UInt8(ascii: "%"):
                if kind == UInt8(ascii: "%") { applyPragma(content) }
            case UInt8(ascii: "="):
                let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error("a set-delimiters tag needs two delimiters separated by a space, like {{=<% %>=}}", at: tagStart)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                flushText()
                stack.append(OpenSection(path: try path(content, at: tagStart), inverted: kind == UInt8(ascii: "^"), nodes: nodes, tagName: content, offset: tagStart))
                nodes = []
            case UInt8(ascii: "/"):
                flushText()
                guard let section = stack.popLast() else {
                    throw error("'{{/\(content)}}' closes a section that was never opened", at: tagStart)
                }
                guard section.tagName == content else {
                    throw error("'{{/\(content)}}' closes '\(section.tagName)'; close '\(section.tagName)' first", at: tagStart)
                }
                let body = nodes
                nodes = section.nodes
                nodes.append(.section(path: section.path, body: body, inverted: section.inverted))
            case UInt8(ascii: ">"):
                flushText()
                nodes.append(.partial(name: content, indent: indent))
            default:
                flushText()
                let escaped = kind == UInt8(ascii: "v") && escapes
                nodes.append(.value(path: try path(content, at: tagStart), escaped: escaped))
            }
        }
        if let section = stack.last {
            throw error("section '\(section.tagName)' is never closed; add {{/\(section.tagName)}}", at: section.offset)
        }
        flushText()
        return nodes
    }

    /// `CONTENT_TYPE: TEXT` turns HTML escaping off for `{{x}}`; `CONTENT_TYPE: HTML` turns it on.
    private mutating func applyPragma(_ content: String) {
        let parts = content.split(separator: ":", maxSplits: 1).map { Self.trimmed(Array($0.utf8)[...]) }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE" else { return }
        escapes = parts[1] != "TEXT"
    }

    private func path(_ content: String, at offset: Int) throws -> [String] {
        guard !content.isEmpty else { throw error("empty tag", at: offset) }
        if content == "." { return [] }
        let keys = content.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !keys.contains(where: \.isEmpty) else { throw error("'\(content)' is not a valid name", at: offset) }
        return keys
    }

    /// The offset just after the line break when only blanks follow `offset` on its line (or the
    /// text ends there); nil when anything else does.
    private func restOfLineIsBlank(from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count, Self.isBlank(bytes[index]) { index += 1 }
        if index == bytes.count { return index }
        if bytes[index] == UInt8(ascii: "\n") { return index + 1 }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return index + 2 }
        return nil
    }

    private static func trimmed(_ slice: ArraySlice<UInt8>) -> String {
        var slice = slice
        while let first = slice.first, isSpace(first) { slice.removeFirst() }
        while let last = slice.last, isSpace(last) { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { isBlank(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= bytes.count else { return false }
        for index in pattern.indices where bytes[offset + index] != pattern[index] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + pattern.count <= bytes.count {
            if matches(pattern, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func error(_ message: String, at offset: Int) -> TemplateError {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return TemplateError(description: "\(name).mustache:\(line):\(column): error: \(message)")
    }
}
