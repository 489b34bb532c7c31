/// JSON is read by libyaml as YAML, and YAML 1.1 is stricter than JSON about what a string may
/// hold unescaped: libyaml refuses DEL, the C1 controls and U+FFFE/U+FFFF ("control characters
/// are not allowed"), and reads NEL, U+2028 and U+2029 as line breaks, which changes the string.
/// JSON allows all of them (RFC 8259 only excludes U+0000-U+001F), and real specs carry them in
/// examples and descriptions.
///
/// So before libyaml sees a JSON document, each such character inside a string is written as the
/// `\uXXXX` escape that both languages read as that character. An escape is five characters
/// longer than the character, so positions after one on the same line move; `ColumnShifts`
/// moves them back, and every line:column reported stays the one in the file.
struct JSONEscapedForYAML {
    var bytes: [UInt8]
    var shifts: ColumnShifts
}

/// Where escapes made a line longer, to map libyaml's columns back to the file's.
struct ColumnShifts {
    /// 1-based line -> (1-based column in the escaped text where an escape starts, characters added).
    private var byLine: [Int32: [(column: Int32, added: Int32)]] = [:]

    var isEmpty: Bool { byLine.isEmpty }

    mutating func record(line: Int32, column: Int32, added: Int32) {
        byLine[line, default: []].append((column, added))
    }

    /// The file's column for a column of the escaped text.
    func original(line: Int32, column: Int32) -> Int32 {
        guard let shifts = byLine[line] else { return column }
        var result = column
        for shift in shifts where shift.column < column { result -= shift.added }
        return result
    }
}

/// The characters JSON allows raw in a string that libyaml does not keep as they are, by their
/// UTF-8 bytes; nil when the bytes at `index` start none of them.
private func yamlUnsafeScalar(_ bytes: [UInt8], at index: Int) -> (value: UInt32, length: Int)? {
    let byte = bytes[index]
    if byte == 0x7F { return (0x7F, 1) }
    guard index + 1 < bytes.count else { return nil }
    let second = bytes[index + 1]
    // U+0080-U+009F (C1 controls, NEL among them): C2 80-C2 9F.
    if byte == 0xC2, (0x80...0x9F).contains(second) { return (UInt32(second), 2) }
    guard index + 2 < bytes.count else { return nil }
    let third = bytes[index + 2]
    // U+2028 and U+2029: E2 80 A8/A9.
    if byte == 0xE2, second == 0x80, third == 0xA8 || third == 0xA9 { return (0x2000 | UInt32(third - 0xA8 + 0x28), 3) }
    // U+FFFE and U+FFFF: EF BF BE/BF.
    if byte == 0xEF, second == 0xBF, third == 0xBE || third == 0xBF { return (0xFF00 | UInt32(third - 0xBE + 0xFE), 3) }
    return nil
}

/// Whether the text starts like JSON: `{` or `[` after blanks and a byte-order mark.
func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
    var index = 0
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    return index < bytes.count && (bytes[index] == UInt8(ascii: "{") || bytes[index] == UInt8(ascii: "["))
}

/// The JSON text with every character that libyaml would refuse or change inside a string written
/// as a `\uXXXX` escape; nil when there is none (the common case, found without copying).
func escapeJSONForYAML(_ bytes: [UInt8]) -> JSONEscapedForYAML? {
    // Every such character starts with one of these bytes; most files have none of them.
    guard bytes.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else { return nil }
    var output: [UInt8] = []
    var shifts = ColumnShifts()
    var line: Int32 = 1
    // 1-based column, in characters, of the next character in the escaped output.
    var column: Int32 = 1
    var inString = false
    var escaped = false
    var index = 0
    var changed = false
    output.reserveCapacity(bytes.count + 64)
    while index < bytes.count {
        let byte = bytes[index]
        if inString, !escaped, let (value, length) = yamlUnsafeScalar(bytes, at: index) {
            let escape = jsonEscape(value)
            output += Array(escape.utf8)
            shifts.record(line: line, column: column, added: Int32(escape.utf8.count - 1))
            column += Int32(escape.utf8.count)
            index += length
            changed = true
            continue
        }
        output.append(byte)
        index += 1
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte == 0x0D {
            if index < bytes.count, bytes[index] == 0x0A { continue }
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        guard byte < 0x80 else {
            escaped = false
            continue
        }
        if inString {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
        } else if byte == UInt8(ascii: "\"") {
            inString = true
        }
    }
    return changed ? JSONEscapedForYAML(bytes: output, shifts: shifts) : nil
}
