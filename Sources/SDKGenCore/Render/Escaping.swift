/// Escaping for every place spec text lands in generated output, so no text can break out.
public enum Escaping {
    /// Characters that could reorder or hide code in an editor: bidi controls, line and paragraph
    /// separators, and other invisible format characters.
    static func isDangerousInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x061C: return true
        default: return false
        }
    }

    /// A Swift string literal, quotes included, that evaluates to exactly `text`.
    public static func swiftString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || isDangerousInvisible(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Text safe inside one `///` comment line: control and invisible characters become `\u{...}`.
    static func commentText(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || ($0.value >= 0x61C && isDangerousInvisible($0)) }) else { return line }
        var result = ""
        for scalar in line.unicodeScalars {
            if scalar == "\t" {
                result += "    "
            } else if scalar.value < 0x20 || scalar.value == 0x7F || isDangerousInvisible(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits free text into trimmed lines with blank lines at the ends removed.
    static func lines(_ text: String) -> [String] {
        // "\r\n", "\r" and "\n" all end a line; they are ASCII, so splitting the UTF-8 bytes is safe.
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                utf8.formIndex(after: &index)
                continue
            }
            lines.append(trimmedLine(text[start..<index]))
            utf8.formIndex(after: &index)
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") { utf8.formIndex(after: &index) }
            start = index
        }
        lines.append(trimmedLine(text[start..<utf8.endIndex]))
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        // Common leading indentation is layout, not content.
        let indent = lines.filter { !$0.isEmpty }.map { $0.utf8.prefix { $0 == UInt8(ascii: " ") }.count }.min() ?? 0
        guard indent > 0 else { return lines }
        return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }
    }

    /// A line without trailing whitespace; ASCII endings are checked on bytes.
    private static func trimmedLine(_ line: Substring) -> String {
        guard let last = line.utf8.last else { return "" }
        if last < 0x80, last != UInt8(ascii: " "), last != UInt8(ascii: "\t"), last > 0x20 || last == 0 { return String(line) }
        return String(line).trimmingTrailingWhitespace()
    }

    /// `text` with each scalar that `replacement` maps replaced by its text; one pass, and no copy
    /// when nothing is replaced.
    static func replacingScalars(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        guard text.unicodeScalars.contains(where: { replacement($0) != nil }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                result += replaced
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `///` comment lines for a block of text; a blank line is `///` with no trailing space.
    public static func docComment(_ text: String) -> [String] {
        lines(text).map { $0.isEmpty ? "///" : "/// " + commentText($0) }
    }

    /// Markdown prose: HTML is shown as text, never interpreted.
    public static func markdown(_ text: String) -> String {
        lines(text).map { replacingScalars(commentText($0), htmlEntity) }.joined(separator: "\n")
    }

    /// One Markdown table cell: a single line, pipes and backslashes escaped, HTML shown as text.
    public static func markdownCell(_ text: String) -> String {
        let joined = lines(text).filter { !$0.isEmpty }.joined(separator: " ")
        return replacingScalars(commentText(joined)) { scalar in
            switch scalar {
            case "\\": return "\\\\"
            case "|": return "\\|"
            default: return htmlEntity(scalar)
            }
        }
    }

    /// Text inside Markdown inline code: backticks would close it.
    static func markdownCode(_ text: String) -> String {
        replacingScalars(commentText(text)) { scalar in
            switch scalar {
            case "`": return "'"
            case "|": return "\\|"
            default: return nil
            }
        }
    }

    static func htmlEntity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        default: return nil
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
