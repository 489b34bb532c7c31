import Foundation
import SDKGenCore

/// Which way a value travels: `readOnly` properties are not required in requests, `writeOnly`
/// ones not in responses (OpenAPI 3, "Fixed Fields" of the Schema Object).
public enum Direction: Sendable {
    case request
    case response
}

/// Why a value does not meet its schema: where in the value (a JSON pointer; "" is the value
/// itself) and what rule it breaks.
public struct Violation: Error, Equatable, Sendable {
    public var pointer: String
    public var message: String
}

/// Checks JSON values against the schemas of a spec, read from the spec's own nodes: the keywords
/// of OpenAPI 3.0's schema object and of JSON Schema 2020-12 that constrain instances (types,
/// `nullable`, `enum`, `const`, lengths, `pattern`, the usual formats, bounds, `multipleOf`, items,
/// properties, `required`, `additionalProperties`, `patternProperties`, `allOf`, `anyOf`, `oneOf`,
/// `not`). Annotations, `discriminator` and `if`/`then`/`else` are not checked.
public struct SchemaValidator: Sendable {
    public let document: YAMLDocument
    let patterns = PatternCache()

    public init(document: YAMLDocument) {
        self.document = document
    }

    /// The first rule `value` breaks, or nil when it meets `schema`.
    public func violation(of value: JSON, _ schema: YAMLNode, _ direction: Direction) -> Violation? {
        check(value, schema, direction, pointer: "", depth: 0)
    }

    /// The node a `$ref` names, or nil when it names nothing in the document.
    func target(of schema: YAMLNode) -> YAMLNode? {
        guard let reference = schema["$ref"]?.scalarText, reference.hasPrefix("#") else { return nil }
        return document.node(at: reference)
    }

    private func check(_ value: JSON, _ schema: YAMLNode, _ direction: Direction, pointer: String, depth: Int) -> Violation? {
        func fail(_ message: String) -> Violation { Violation(pointer: pointer, message: message) }
        guard depth < 512 else { return nil }
        switch schema.content {
        case .scalar(let scalar):
            // JSON Schema 2020-12's boolean schemas.
            if case .bool(let accepts) = scalar.resolved { return accepts ? nil : fail("no value is allowed here") }
            return nil
        case .sequence:
            return nil
        case .mapping:
            break
        }
        if value == .null, schema["nullable"].flatMap(\.scalarText) == "true" { return nil }
        if schema["$ref"] != nil {
            guard let target = target(of: schema) else { return nil }
            if let violation = check(value, target, direction, pointer: pointer, depth: depth + 1) { return violation }
        }
        if let typeNode = schema["type"] {
            let types = typeNode.items?.compactMap(\.scalarText) ?? typeNode.scalarText.map { [$0] } ?? []
            if !types.isEmpty, !types.contains(where: { Self.matches(value, type: $0) }) {
                return fail("expected \(Self.describe(types)), not \(Self.article(value.typeName))")
            }
        }
        if let options = schema["enum"]?.items, !options.contains(where: { JSON($0).sameValue(as: value) }) {
            return fail("\(Self.brief(value)) is not one of the allowed values (\(options.map { JSON($0).text }.joined(separator: ", ")))")
        }
        if let constant = schema["const"], !JSON(constant).sameValue(as: value) {
            return fail("expected \(JSON(constant).text)")
        }
        switch value {
        case .string(let text):
            if let violation = checkString(text, schema, fail) { return violation }
        case .int, .double:
            if let violation = checkNumber(value, schema, fail) { return violation }
        case .array(let items):
            if let minimum = integer(schema["minItems"]), items.count < minimum { return fail("expected at least \(minimum) items, not \(items.count)") }
            if let maximum = integer(schema["maxItems"]), items.count > maximum { return fail("expected at most \(maximum) items, not \(items.count)") }
            if schema["uniqueItems"]?.scalarText == "true" {
                for (index, item) in items.enumerated() where items[..<index].contains(where: { $0.sameValue(as: item) }) {
                    return Violation(pointer: pointer + "/\(index)", message: "items must be unique; this one repeats an earlier item")
                }
            }
            // A list of schemas, one per position: `items` as draft 4 writes it (the rest follow
            // `additionalItems`), or 2020-12's `prefixItems` (the rest follow `items`).
            let positional = schema["prefixItems"]?.items ?? schema["items"]?.items ?? []
            let rest = schema["prefixItems"] != nil ? schema["items"] : schema["items"]?.items != nil ? schema["additionalItems"] : schema["items"]
            for (index, item) in items.enumerated() {
                guard let itemSchema = index < positional.count ? positional[index] : rest, itemSchema.pairs != nil || itemSchema.scalarText != nil else { continue }
                if let violation = check(item, itemSchema, direction, pointer: pointer + "/\(index)", depth: depth + 1) { return violation }
            }
        case .object(let members):
            if let violation = checkObject(members, schema, direction, pointer: pointer, depth: depth) { return violation }
        case .null, .bool:
            break
        }
        for part in schema["allOf"]?.items ?? [] {
            if let violation = check(value, part, direction, pointer: pointer, depth: depth + 1) { return violation }
        }
        if let options = schema["anyOf"]?.items, !options.isEmpty {
            let violations = options.map { check(value, $0, direction, pointer: pointer, depth: depth + 1) }
            if !violations.contains(where: { $0 == nil }) {
                return violations.count == 1 ? violations[0] : fail("matches none of the \(options.count) schemas of anyOf (the first says: \(violations[0].map { Self.describe($0) } ?? ""))")
            }
        }
        if let options = schema["oneOf"]?.items, !options.isEmpty {
            let violations = options.map { check(value, $0, direction, pointer: pointer, depth: depth + 1) }
            let matched = violations.filter { $0 == nil }.count
            if matched == 0 {
                return violations.count == 1 ? violations[0] : fail("matches none of the \(options.count) schemas of oneOf (the first says: \(violations[0].map { Self.describe($0) } ?? ""))")
            }
            if matched > 1 { return fail("matches \(matched) of the schemas of oneOf; exactly one must match") }
        }
        if let excluded = schema["not"], check(value, excluded, direction, pointer: pointer, depth: depth + 1) == nil {
            return fail("matches the schema of 'not'")
        }
        return nil
    }

    private func checkString(_ text: String, _ schema: YAMLNode, _ fail: (String) -> Violation) -> Violation? {
        let length = text.unicodeScalars.count
        if let minimum = integer(schema["minLength"]), length < minimum { return fail("expected at least \(minimum) characters, not \(length)") }
        if let maximum = integer(schema["maxLength"]), length > maximum { return fail("expected at most \(maximum) characters, not \(length)") }
        if let pattern = schema["pattern"]?.scalarText, let regex = patterns.regex(pattern),
           regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            return fail("\(Self.brief(.string(text))) does not match the pattern \(pattern)")
        }
        if let format = schema["format"]?.scalarText, !Formats.accepts(text, format: format) {
            return fail("\(Self.brief(.string(text))) is not a valid \(format)")
        }
        return nil
    }

    private func checkNumber(_ value: JSON, _ schema: YAMLNode, _ fail: (String) -> Violation) -> Violation? {
        guard let number = value.number else { return nil }
        let shown = value.text
        if let minimum = self.number(schema["minimum"]) {
            let exclusive = schema["exclusiveMinimum"]?.scalarText == "true"
            if exclusive ? number <= minimum : number < minimum { return fail("\(shown) is below the minimum \(JSON(schema["minimum"]!).text)\(exclusive ? " (exclusive)" : "")") }
        }
        if let maximum = self.number(schema["maximum"]) {
            let exclusive = schema["exclusiveMaximum"]?.scalarText == "true"
            if exclusive ? number >= maximum : number > maximum { return fail("\(shown) is above the maximum \(JSON(schema["maximum"]!).text)\(exclusive ? " (exclusive)" : "")") }
        }
        // JSON Schema 2020-12 (OpenAPI 3.1): the exclusive bounds are numbers.
        if let bound = self.number(schema["exclusiveMinimum"]), number <= bound { return fail("\(shown) must be above \(JSON(schema["exclusiveMinimum"]!).text)") }
        if let bound = self.number(schema["exclusiveMaximum"]), number >= bound { return fail("\(shown) must be below \(JSON(schema["exclusiveMaximum"]!).text)") }
        if let divisor = self.number(schema["multipleOf"]), divisor > 0 {
            let quotient = number / divisor
            if !quotient.isFinite || abs(quotient - quotient.rounded()) > 1e-9 * max(1, abs(quotient)) { return fail("\(shown) is not a multiple of \(JSON(schema["multipleOf"]!).text)") }
        }
        if let format = schema["format"]?.scalarText {
            // An integer read as an int fits in int64; one read as a double came from text beyond
            // Int64 (or a float), and only a double strictly inside ±2^63 fits.
            var fits = format == "int32" ? (-2_147_483_648...2_147_483_647).contains(number) : format == "int64" ? number > -0x1p63 && number < 0x1p63 : true
            if case .int = value, format == "int64" { fits = true }
            if !fits { return fail("\(shown) does not fit in \(format)") }
        }
        return nil
    }

    private func checkObject(_ members: [JSON.Member], _ schema: YAMLNode, _ direction: Direction, pointer: String, depth: Int) -> Violation? {
        let properties = schema["properties"]?.pairs ?? []
        for name in schema["required"]?.items?.compactMap(\.scalarText) ?? [] where !members.contains(where: { $0.key == name }) {
            if let property = properties.first(where: { $0.key.scalarText == name })?.value, skipsRequired(property, direction) { continue }
            return Violation(pointer: pointer, message: "the required property '\(name)' is missing")
        }
        if let minimum = integer(schema["minProperties"]), members.count < minimum { return Violation(pointer: pointer, message: "expected at least \(minimum) properties, not \(members.count)") }
        if let maximum = integer(schema["maxProperties"]), members.count > maximum { return Violation(pointer: pointer, message: "expected at most \(maximum) properties, not \(members.count)") }
        let patternSchemas: [(NSRegularExpression, YAMLNode)] = (schema["patternProperties"]?.pairs ?? []).compactMap { pair in
            pair.key.scalarText.flatMap(patterns.regex).map { ($0, pair.value) }
        }
        for member in members {
            let memberPointer = pointer + "/" + JSONPointer.escape(member.key)
            var named = false
            if let property = properties.first(where: { $0.key.scalarText == member.key })?.value {
                named = true
                if let violation = check(member.value, property, direction, pointer: memberPointer, depth: depth + 1) { return violation }
            }
            for (regex, propertySchema) in patternSchemas where regex.firstMatch(in: member.key, range: NSRange(member.key.startIndex..., in: member.key)) != nil {
                named = true
                if let violation = check(member.value, propertySchema, direction, pointer: memberPointer, depth: depth + 1) { return violation }
            }
            guard !named, let additional = schema["additionalProperties"] else { continue }
            if additional.scalarText == "false" { return Violation(pointer: memberPointer, message: "the property '\(member.key)' is not allowed here") }
            if additional.pairs != nil, let violation = check(member.value, additional, direction, pointer: memberPointer, depth: depth + 1) { return violation }
        }
        return nil
    }

    /// True when a required property need not be present in this direction.
    func skipsRequired(_ property: YAMLNode, _ direction: Direction) -> Bool {
        let resolved = target(of: property) ?? property
        let flag = direction == .request ? "readOnly" : "writeOnly"
        return property[flag]?.scalarText == "true" || resolved[flag]?.scalarText == "true"
    }

    func integer(_ node: YAMLNode?) -> Int? {
        number(node).flatMap { $0.isFinite && $0 >= 0 ? Int(exactly: $0.rounded(.down)) : nil }
    }

    func number(_ node: YAMLNode?) -> Double? {
        guard let node, case .scalar(let scalar) = node.content else { return nil }
        switch scalar.resolved {
        case .int(let value): return Double(value)
        case .double(let value): return value
        default: return nil
        }
    }

    static func matches(_ value: JSON, type: String) -> Bool {
        switch type {
        case "integer": return value.isInteger
        case "number": return value.number != nil
        case "string": if case .string = value { return true }
        case "boolean": if case .bool = value { return true }
        case "array": if case .array = value { return true }
        case "object": if case .object = value { return true }
        case "null": return value == .null
        default: return true
        }
        return false
    }

    static func describe(_ types: [String]) -> String {
        types.map(article).joined(separator: " or ")
    }

    static func article(_ type: String) -> String {
        switch type {
        case "null": return "null"
        case "integer", "object", "array": return "an \(type)"
        default: return "a \(type)"
        }
    }

    static func describe(_ violation: Violation) -> String {
        violation.pointer.isEmpty ? violation.message : "\(violation.pointer): \(violation.message)"
    }

    /// A value as messages quote it, cut at 60 characters.
    static func brief(_ value: JSON) -> String {
        let text = value.text
        return text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}

/// Compiled `pattern`s, shared by the threads that serve requests. A pattern that does not compile
/// is not checked.
final class PatternCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let regex = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = regex
        return regex
    }
}

/// The string formats the mock checks (RFC 3339 dates and times, UUIDs, IPv4, URIs); others pass.
enum Formats {
    static func accepts(_ text: String, format: String) -> Bool {
        let bytes = Array(text.utf8)
        switch format {
        case "date": return date(bytes[...]) != nil && bytes.count == 10
        case "date-time":
            guard bytes.count >= 20, date(bytes[0..<10]) != nil, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
            return time(bytes[11...])
        case "uuid":
            guard bytes.count == 36 else { return false }
            return bytes.enumerated().allSatisfy { index, byte in
                [8, 13, 18, 23].contains(index) ? byte == UInt8(ascii: "-") : isHex(byte)
            }
        case "ipv4":
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 4 && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber) && Int(part).map { $0 <= 255 } == true && (part == "0" || part.first != "0")
            }
        case "uri":
            // RFC 3986: a scheme, a colon, then only URI characters and valid percent escapes.
            guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isLetter(bytes[0]),
                  bytes[1..<colon].allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) else { return false }
            var index = colon + 1
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "%") {
                    guard index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else { return false }
                    index += 3
                    continue
                }
                guard isLetter(byte) || isDigit(byte) || "-._~:/?#[]@!$&'()*+,;=".utf8.contains(byte) else { return false }
                index += 1
            }
            return true
        default: return true
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self))
    }

    /// `YYYY-MM-DD` with a real day of the month.
    private static func date(_ bytes: ArraySlice<UInt8>) -> (Int, Int, Int)? {
        let start = bytes.startIndex
        guard bytes.count >= 10, bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
              let year = digits(bytes[start..<start + 4]), let month = digits(bytes[start + 5..<start + 7]), let day = digits(bytes[start + 8..<start + 10]),
              (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day) ? (year, month, day) : nil
    }

    /// `HH:MM:SS[.fraction](Z|±HH:MM)`.
    private static func time(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        guard bytes.count >= 9, bytes[index + 2] == UInt8(ascii: ":"), bytes[index + 5] == UInt8(ascii: ":"),
              let hour = digits(bytes[index..<index + 2]), let minute = digits(bytes[index + 3..<index + 5]), let second = digits(bytes[index + 6..<index + 8]),
              hour < 24, minute < 60, second <= 60 else { return false }
        index += 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > fractionStart, index < bytes.endIndex else { return false }
        }
        let zone = bytes[index...]
        if zone.count == 1 { return zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") }
        guard zone.count == 6, zone.first == UInt8(ascii: "+") || zone.first == UInt8(ascii: "-"), zone[index + 3] == UInt8(ascii: ":"),
              let zoneHour = digits(zone[index + 1..<index + 3]), let zoneMinute = digits(zone[index + 4..<index + 6]) else { return false }
        return zoneHour < 24 && zoneMinute < 60
    }
}
