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
        // Most text is printable ASCII without quotes or backslashes: nothing to escape.
        if text.utf8AllSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return "\"" + text + "\""
        }
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
        // Printable ASCII is checked on bytes; only other text is decoded into scalars.
        if line.utf8AllSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return line }
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
        // Most descriptions are one line that starts and ends with a visible ASCII character:
        // nothing to split, trim or dedent.
        let bytes = text.utf8
        if let first = bytes.first, let last = bytes.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F,
           !text.utf8Contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            return [text]
        }
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

    /// `text` with each ASCII character that `replacements` lists replaced; no copy when there is
    /// none. Works on UTF-8 bytes: bytes below 0x80 are never part of a longer character, so
    /// replacing them cannot split one.
    static func replacingASCII(_ text: String, _ replacements: ASCIIReplacements) -> String {
        // The masks alone, a plain value, in the per-byte checks: no reference counting there.
        let masks = replacements.masks
        guard text.utf8Contains(where: { masks.contains($0) }) else { return text }
        let utf8 = text.utf8
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            if masks.contains(byte), let replaced = replacements[byte] {
                result.append(contentsOf: replaced.utf8)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The column generated lines stay within where text can be wrapped.
    public static let lineWidth = 100

    /// `///` comment lines for a block of text; a blank line is `///` with no trailing space.
    ///
    /// Prose lines longer than `lineWidth` (counting `indent` spaces before the comment) are
    /// wrapped at spaces; a list item's continuation lines are indented under its text, as Markdown
    /// reads them. Code (fenced or indented), tables and headings are left as they are.
    public static func docComment(_ text: String, indent: Int = 0) -> [String] {
        var result: [String] = []
        var inFence = false
        let width = lineWidth - indent - 4
        for line in lines(text) {
            if line.isEmpty {
                result.append("///")
                continue
            }
            let visible = commentText(line)
            // Decided on UTF-8 bytes: every character the checks look for is ASCII.
            let bytes = visible.utf8
            let leading = bytes.prefix { $0 == UInt8(ascii: " ") }.count
            let rest = bytes.dropFirst(leading)
            let fence = rest.starts(with: "```".utf8) || rest.starts(with: "~~~".utf8)
            if fence { inFence.toggle() }
            // Most lines fit: a line of no more bytes than columns has no more characters either.
            if bytes.count <= width || inFence || fence || leading >= 4 || rest.first == UInt8(ascii: "#") || rest.first == UInt8(ascii: "|") || containsTableSeparator(bytes) {
                result.append("/// " + visible)
            } else {
                result += wrapped(visible, width: width, continuation: listMarkerWidth(visible)).map { "/// " + $0 }
            }
        }
        return result
    }

    /// Whether a line has ` | `, as a Markdown table row does.
    private static func containsTableSeparator(_ bytes: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if previous == (UInt8(ascii: " "), UInt8(ascii: "|")), byte == UInt8(ascii: " ") { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// `/// - Parameter name: text` (or another field of Swift's doc markup) as wrapped lines,
    /// continuation lines indented under the text.
    public static func docField(_ field: String, _ text: String, indent: Int = 0) -> [String] {
        let flat = lines(text).filter { !$0.isEmpty }.joined(separator: " ")
        return wrapped("- \(field): " + commentText(flat), width: lineWidth - indent - 4, continuation: 2).map { "/// " + $0 }
    }

    /// The width of a Markdown list marker at the start of a line (`- `, `* `, `12. `), else 0.
    static func listMarkerWidth(_ line: String) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        if rest.hasPrefix("- ") || rest.hasPrefix("* ") || rest.hasPrefix("+ ") { return spaces + 2 }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0, digits < 4, rest.dropFirst(digits).hasPrefix(". ") { return spaces + digits + 2 }
        return 0
    }

    /// `line` broken at spaces into lines of at most `width` characters (a longer word stays
    /// whole); lines after the first start with `continuation` spaces. A line's own leading
    /// spaces (an indented list item) stay on its first line.
    static func wrapped(_ line: String, width: Int, continuation: Int) -> [String] {
        let utf8 = line.utf8
        var result: [String] = []
        var current: [UInt8] = Array(utf8.prefix { $0 == UInt8(ascii: " ") })
        var currentWidth = current.count
        var wordsOnLine = 0
        let pad = [UInt8](repeating: UInt8(ascii: " "), count: continuation)
        for word in utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
            // Columns are characters; ASCII words (most) are counted as bytes.
            let wordWidth = word.allSatisfy { $0 < 0x80 } ? word.count : Substring(word).count
            if wordsOnLine > 0, currentWidth + 1 + wordWidth > width {
                result.append(String(decoding: current, as: UTF8.self))
                current = pad
                currentWidth = continuation
                wordsOnLine = 0
            }
            if wordsOnLine > 0 {
                current.append(UInt8(ascii: " "))
                currentWidth += 1
            }
            current.append(contentsOf: word)
            currentWidth += wordWidth
            wordsOnLine += 1
        }
        if wordsOnLine > 0 || result.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    /// Markdown prose: HTML is shown as text, never interpreted.
    public static func markdown(_ text: String) -> String {
        lines(text).map { replacingASCII(commentText($0), .html) }.joined(separator: "\n")
    }

    /// One Markdown table cell: a single line, pipes and backslashes escaped, HTML shown as text.
    public static func markdownCell(_ text: String) -> String {
        replacingASCII(commentText(lines(text).filter { !$0.isEmpty }.joined(separator: " ")), .markdownCell)
    }

    /// The text of a Swift string literal without its quotes, for literals a template assembles
    /// from pieces (a path with interpolated parameters).
    public static func swiftStringContent(_ text: String) -> String {
        String(swiftString(text).dropFirst().dropLast())
    }

    /// Text inside Markdown inline code: backticks would close it.
    static func markdownCode(_ text: String) -> String {
        replacingASCII(commentText(text), .markdownCode)
    }
}

/// ASCII characters and their replacement texts, one table per escaping context. Which bytes a
/// table replaces is also kept as two bit masks, so text with nothing to replace is scanned cheaply.
struct ASCIIReplacements: ExpressibleByDictionaryLiteral {
    private var texts = [String?](repeating: nil, count: 128)
    private(set) var masks = Masks()

    /// Which of the 128 ASCII bytes are replaced, one bit each.
    struct Masks {
        var low: UInt64 = 0
        var high: UInt64 = 0

        func contains(_ byte: UInt8) -> Bool {
            byte < 64 ? low & (1 << UInt64(byte)) != 0 : byte < 128 && high & (1 << UInt64(byte - 64)) != 0
        }
    }

    init(dictionaryLiteral elements: (Unicode.Scalar, String)...) {
        for (scalar, text) in elements { add(scalar, text) }
    }

    /// This table with more characters.
    func adding(_ elements: KeyValuePairs<Unicode.Scalar, String>) -> ASCIIReplacements {
        var table = self
        for (scalar, text) in elements { table.add(scalar, text) }
        return table
    }

    private mutating func add(_ scalar: Unicode.Scalar, _ text: String) {
        precondition(scalar.isASCII, "only ASCII characters are replaced")
        let byte = UInt8(scalar.value)
        texts[Int(byte)] = text
        if byte < 64 { masks.low |= 1 << UInt64(byte) } else { masks.high |= 1 << UInt64(byte - 64) }
    }

    subscript(byte: UInt8) -> String? {
        byte < 0x80 ? texts[Int(byte)] : nil
    }

    /// HTML shown as text in Markdown.
    static let html: ASCIIReplacements = ["&": "&amp;", "<": "&lt;", ">": "&gt;"]
    /// A Markdown table cell: HTML, pipes and backslashes.
    static let markdownCell = html.adding(["\\": "\\\\", "|": "\\|"])
    /// Markdown inline code: backticks would close it.
    static let markdownCode: ASCIIReplacements = ["`": "'", "|": "\\|"]
    /// Mustache's `{{x}}` HTML escaping, quotes included.
    static let mustache = html.adding(["\"": "&quot;"])
    /// One reference token of a JSON pointer (RFC 6901).
    static let jsonPointerToken: ASCIIReplacements = ["~": "~0", "/": "~1"]
}

extension String {
    /// Whether every UTF-8 byte passes `predicate`, read straight from the string's storage when
    /// it is contiguous (as native strings are), not through the view's index.
    func utf8AllSatisfy(_ predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy(predicate) } ?? utf8.allSatisfy(predicate)
    }

    /// Whether some UTF-8 byte passes `predicate`; see `utf8AllSatisfy`.
    func utf8Contains(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
