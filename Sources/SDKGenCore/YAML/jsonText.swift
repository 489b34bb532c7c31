/// A node tree as JSON text: scalars typed by the YAML 1.2 core schema (as decoding reads them),
/// mappings in document order. `sdkgen bundle` writes a whole document with it.
public func jsonText(_ node: YAMLNode, indent: String = "") -> String {
    var text = ""
    writeJSON(node, indent: indent, into: &text)
    return text
}

private func writeJSON(_ node: YAMLNode, indent: String, into text: inout String) {
    let inner = indent + "  "
    switch node.content {
    case .scalar(let scalar):
        text += jsonScalar(scalar)
    case .sequence(let items):
        guard !items.isEmpty else {
            text += "[]"
            return
        }
        text += "[\n"
        for (index, item) in items.enumerated() {
            text += inner
            writeJSON(item, indent: inner, into: &text)
            text += index == items.count - 1 ? "\n" : ",\n"
        }
        text += indent + "]"
    case .mapping(let pairs):
        guard !pairs.isEmpty else {
            text += "{}"
            return
        }
        text += "{\n"
        for (index, pair) in pairs.enumerated() {
            text += inner + jsonString(pair.key.scalarText ?? "") + ": "
            writeJSON(pair.value, indent: inner, into: &text)
            text += index == pairs.count - 1 ? "\n" : ",\n"
        }
        text += indent + "}"
    }
}

/// A scalar's JSON: null, a boolean, a number as written when JSON can spell it that way (so
/// `12345678901234567890` keeps its digits), else a string.
private func jsonScalar(_ scalar: YAMLScalar) -> String {
    switch scalar.resolved {
    case .null: return "null"
    case .bool(let flag): return flag ? "true" : "false"
    case .int(let value): return isJSONNumber(scalar.text) ? scalar.text : String(value)
    case .double(let value):
        if isJSONNumber(scalar.text) { return scalar.text }
        return value.isFinite ? "\(value)" : jsonString(scalar.text)
    case .string(let string): return jsonString(string)
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
private func isJSONNumber(_ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    func digits() -> Int {
        let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        bytes = bytes.dropFirst(count)
        return count
    }
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    if bytes.first == UInt8(ascii: "0") {
        bytes = bytes.dropFirst()
    } else if digits() == 0 {
        return false
    }
    if bytes.first == UInt8(ascii: ".") {
        bytes = bytes.dropFirst()
        if digits() == 0 { return false }
    }
    if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
        bytes = bytes.dropFirst()
        if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if digits() == 0 { return false }
    }
    return bytes.isEmpty
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
package func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20: result += jsonEscape(scalar.value)
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}

/// The JSON escape of a code point of the Basic Multilingual Plane: `\u0085` for U+0085.
func jsonEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
