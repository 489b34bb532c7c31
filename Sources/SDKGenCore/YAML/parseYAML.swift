import CYAML

/// Limits that keep a hostile document from costing unbounded time or memory.
public struct YAMLLimits: Sendable {
    /// Nodes that alias expansion may add in total ("billion laughs" fails fast past this).
    public var maxAliasExpansion: Int = 1_000_000
    /// Deepest nesting of mappings and sequences.
    public var maxDepth: Int = 512
    /// Longest chain of `$ref`s that are inlined one inside another (across files).
    public var maxReferenceDepth: Int = 64

    public init() {}
}

/// Parses YAML (or JSON, a subset of YAML) with libyaml's event API into a `YAMLDocument`.
///
/// Syntax errors stop at libyaml's mark; duplicate keys are reported with both locations and
/// parsing goes on, so one run shows them all. Aliases are expanded (bounded by `limits`),
/// and `<<` merge keys are applied.
/// - Returns: The document, or nil when an error was reported to `diagnostics`.
public func parseYAML(
    _ bytes: [UInt8], file: String, diagnostics: DiagnosticSink, limits: YAMLLimits = YAMLLimits()
) -> YAMLDocument? {
    var builder = YAMLTreeBuilder(file: file, diagnostics: diagnostics, limits: limits)
    return builder.parse(bytes)
}

private struct YAMLTreeBuilder {
    let file: String
    let diagnostics: DiagnosticSink
    let limits: YAMLLimits

    /// An open mapping or sequence: its children so far and where it started.
    struct Frame {
        var isMapping: Bool
        var children: [YAMLNode] = []
        var line: Int32
        var column: Int32
        var anchor: String?
    }

    var stack: [Frame] = []
    var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    var expanded = 0
    var root: YAMLNode?
    var documents = 0
    var failed = false

    init(file: String, diagnostics: DiagnosticSink, limits: YAMLLimits) {
        self.file = file
        self.diagnostics = diagnostics
        self.limits = limits
    }

    /// Where JSON escapes made lines longer (see `escapeJSONForYAML`).
    var shifts = ColumnShifts()

    /// The 1-based line and column in the file of a libyaml mark.
    func position(_ mark: yaml_mark_t) -> (line: Int32, column: Int32) {
        let line = Int32(clamping: mark.line + 1)
        return (line, shifts.original(line: line, column: Int32(clamping: mark.column + 1)))
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation {
        let (line, column) = position(mark)
        return SourceLocation(file: file, line: Int(line), column: Int(column))
    }

    mutating func parse(_ bytes: [UInt8]) -> YAMLDocument? {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            diagnostics.error("the file is empty; expected an OpenAPI document", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        let utf16 = bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
        if !utf16, bytes.contains(0) {
            diagnostics.error("the file contains NUL bytes and is not a YAML or JSON text file", at: SourceLocation(file: file, line: 1, column: 1))
            return nil
        }
        let isJSON = looksLikeJSON(bytes)
        var bytes = bytes
        if isJSON, let escaped = escapeJSONForYAML(bytes) {
            bytes = escaped.bytes
            shifts = escaped.shifts
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            diagnostics.error("libyaml could not allocate a parser", at: nil)
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> YAMLDocument? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    reportParserError(parser, bytes: bytes, isJSON: isJSON)
                    return nil
                }
                let done = event.type == YAML_STREAM_END_EVENT
                let ok = handle(&event)
                yaml_event_delete(&event)
                if !ok { return nil }
                if done { break }
            }
            guard let root, !failed else {
                if !failed {
                    diagnostics.error("the file holds no YAML document; expected an OpenAPI document", at: SourceLocation(file: file, line: 1, column: 1))
                }
                return nil
            }
            return YAMLDocument(file: file, root: root)
        }
    }

    func reportParserError(_ parser: yaml_parser_t, bytes: [UInt8], isJSON: Bool) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            reportReaderError(problem, offset: min(Int(parser.problem_offset), bytes.count), bytes: bytes, isJSON: isJSON)
            return
        }
        // JSON is read as YAML; a file that starts like JSON gets its errors named so.
        var message = (isJSON ? "JSON" : "YAML") + " syntax error: \(problem)"
        if let context = parser.context {
            message += " \(String(cString: context))"
            let start = location(parser.context_mark)
            if start.line != Int(parser.problem_mark.line) + 1 || start.column != Int(parser.problem_mark.column) + 1 {
                message += " that starts at \(start.line):\(start.column)"
            }
        }
        if problem.contains("cannot start any token"), parser.problem_mark.column == 0 || message.contains("\t") {
            message += "; tabs cannot indent YAML, use spaces"
        }
        diagnostics.error(message, at: location(parser.problem_mark))
    }

    /// libyaml's reader refuses a byte sequence that is not UTF-8, or a character YAML does not
    /// allow; it gives a byte offset. Says which, with the character's code point and, for a
    /// character, how to write it instead.
    func reportReaderError(_ problem: String, offset: Int, bytes: [UInt8], isJSON: Bool) {
        let before = bytes[..<offset]
        let line = Int32(before.filter { $0 == 0x0A }.count + 1)
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = Int32(bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1)
        let location = SourceLocation(file: file, line: Int(line), column: Int(shifts.original(line: line, column: column)))
        let rest = bytes[offset...].prefix(4)
        var decoder = UTF8()
        var iterator = rest.makeIterator()
        if problem.contains("control characters"), case .scalarValue(let scalar) = decoder.decode(&iterator) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            let escape = jsonEscape(scalar.value)
            let language = isJSON ? "JSON" : "YAML"
            let fix = isJSON ? "inside a string, write it as \(escape); elsewhere remove it" : "inside a double-quoted string, write it as \(escape); elsewhere remove it"
            diagnostics.error("the character \(code) (a control character) is not allowed unescaped in \(language); \(fix)", at: location)
            return
        }
        let shown = rest.prefix(while: { $0 >= 0x80 }).prefix(4).map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        diagnostics.error("the file is not valid UTF-8 text: \(problem)\(shown.isEmpty ? "" : " (bytes \(shown))") at byte offset \(offset); save it as UTF-8", at: location)
    }

    /// Handles one event; returns false to stop.
    mutating func handle(_ event: inout yaml_event_t) -> Bool {
        let (line, column) = position(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents == 2 {
                diagnostics.warning("the file holds more than one YAML document; only the first is read", at: location(event.start_mark))
            }
        case YAML_SCALAR_EVENT:
            guard documents == 1 else { return true }
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let tag = data.tag.map { String(cString: $0) }
            let scalar = YAMLScalar(text: text, isPlain: data.style == YAML_PLAIN_SCALAR_STYLE && tag == nil || tag == "!", tag: tag)
            let node = YAMLNode(.scalar(scalar), line: line, column: column)
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (node, 1) }
            return add(node)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard documents == 1 else { return true }
            if stack.count >= limits.maxDepth {
                diagnostics.error("nesting is deeper than \(limits.maxDepth) levels (raise with --max-depth)", at: location(event.start_mark))
                return false
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchorPointer = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: anchorPointer.map { String(cString: $0) }))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard documents == 1 else { return true }
            let frame = stack.removeLast()
            let node: YAMLNode
            if frame.isMapping {
                node = YAMLNode(.mapping(makePairs(frame.children)), line: frame.line, column: frame.column)
            } else {
                node = YAMLNode(.sequence(frame.children), line: frame.line, column: frame.column)
            }
            if let anchor = frame.anchor { anchors[anchor] = (node, countNodes(node)) }
            return add(node)
        case YAML_ALIAS_EVENT:
            guard documents == 1 else { return true }
            let name = String(cString: event.data.alias.anchor)
            guard let target = anchors[name] else {
                diagnostics.error("alias '*\(name)' refers to an anchor that is not defined before it", at: location(event.start_mark))
                return false
            }
            expanded += target.size
            if expanded > limits.maxAliasExpansion {
                diagnostics.error("aliases expand to more than \(limits.maxAliasExpansion) nodes; the document looks like an alias bomb (raise with --max-alias-nodes)", at: location(event.start_mark))
                return false
            }
            var node = target.node
            node.line = line
            node.column = column
            return add(node)
        default:
            break
        }
        return true
    }

    mutating func add(_ node: YAMLNode) -> Bool {
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].children.append(node)
        }
        return true
    }

    /// Pairs up a mapping's children, applies `<<` merges and reports duplicate keys.
    mutating func makePairs(_ children: [YAMLNode]) -> [YAMLPair] {
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(children.count / 2)
        var merged: [YAMLPair] = []
        var index = 0
        while index + 1 < children.count {
            let key = children[index], value = children[index + 1]
            index += 2
            if case .scalar(let scalar) = key.content, scalar.isPlain, scalar.text == "<<" {
                let sources = value.items ?? [value]
                for source in sources {
                    if let sourcePairs = source.pairs {
                        merged.append(contentsOf: sourcePairs)
                    } else {
                        diagnostics.error("a '<<' merge key takes a mapping or a sequence of mappings, not \(source.kindDescription)", at: location(of: source))
                        failed = true
                    }
                }
                continue
            }
            pairs.append(YAMLPair(key: key, value: value))
        }
        if merged.isEmpty, pairs.count <= 8 {
            // Most mappings are small: comparing keys pairwise costs less than hashing them.
            for index in pairs.indices.dropFirst() {
                guard let text = pairs[index].key.scalarText else { continue }
                if let first = pairs[..<index].first(where: { $0.key.scalarText == text }) {
                    reportDuplicate(text, first: first.key, at: pairs[index].key)
                }
            }
        } else {
            var seen: [String: YAMLNode] = [:]
            seen.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let text = pair.key.scalarText else { continue }
                if let first = seen[text] {
                    reportDuplicate(text, first: first, at: pair.key)
                } else {
                    seen[text] = pair.key
                }
            }
            // Explicit keys win over merged ones; among merged sources the first wins.
            for pair in merged {
                guard let text = pair.key.scalarText, seen[text] == nil else { continue }
                seen[text] = pair.key
                pairs.append(pair)
            }
        }
        return pairs
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: Int(node.line), column: Int(node.column))
    }

    mutating func reportDuplicate(_ key: String, first: YAMLNode, at node: YAMLNode) {
        diagnostics.error("duplicate key '\(key)'; it was first defined at \(location(of: first)); remove one of them", at: location(of: node))
        failed = true
    }

    func countNodes(_ node: YAMLNode) -> Int {
        switch node.content {
        case .scalar: return 1
        case .sequence(let items): return items.reduce(1) { $0 + countNodes($1) }
        case .mapping(let pairs): return pairs.reduce(1) { $0 + 1 + countNodes($1.value) }
        }
    }
}

/// Runs libyaml's event loop over `bytes` and builds nothing: the floor a generator can approach.
/// - Returns: The number of events, or nil on a syntax error.
public func scanYAMLEvents(_ bytes: [UInt8]) -> Int? {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) != 0 else { return nil }
    defer { yaml_parser_delete(&parser) }
    return bytes.withUnsafeBufferPointer { buffer -> Int? in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        var count = 0
        while true {
            guard yaml_parser_parse(&parser, &event) != 0 else { return nil }
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { return count }
        }
    }
}
