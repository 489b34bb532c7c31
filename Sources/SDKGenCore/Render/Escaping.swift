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
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).trimmingTrailingWhitespace() }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        // Common leading indentation is layout, not content.
        let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }
    }

    /// `///` comment lines for a block of text; a blank line is `///` with no trailing space.
    public static func docComment(_ text: String) -> [String] {
        lines(text).map { $0.isEmpty ? "///" : "/// " + commentText($0) }
    }

    /// Markdown prose: HTML is shown as text, never interpreted.
    public static func markdown(_ text: String) -> String {
        lines(text).map { commentText($0).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;") }
            .joined(separator: "\n")
    }

    /// One Markdown table cell: a single line, pipes escaped, HTML shown as text.
    public static func markdownCell(_ text: String) -> String {
        let joined = lines(text).filter { !$0.isEmpty }.joined(separator: " ")
        return commentText(joined)
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "|", with: "\\|")
    }

    /// Text inside Markdown inline code: backticks would close it.
    static func markdownCode(_ text: String) -> String {
        commentText(text).replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
