import Foundation
import SDKGenCore

/// Makes a value that meets a schema, the same one every time: the schema's own `example`,
/// `examples` or `default` when it meets the schema, otherwise one built from its keywords
/// (required and optional properties, formats, enums, lengths, bounds, item counts, simple
/// patterns). Every value is checked by `SchemaValidator` before it is returned; when the
/// checked value fails, the caller hears why.
public struct ValueSynthesizer: Sendable {
    public let validator: SchemaValidator
    /// How deep optional properties are filled in; required ones are always filled.
    var optionalDepth = 3

    public init(validator: SchemaValidator) {
        self.validator = validator
    }

    /// A value for `schema`, and the rule it still breaks when no valid one was found.
    public func value(for schema: YAMLNode, _ direction: Direction) -> (value: JSON, violation: Violation?) {
        var candidates = [build(schema, direction, depth: 0, variant: 0, optional: true)]
        candidates.append(build(schema, direction, depth: 0, variant: 0, optional: false))
        var first: Violation?
        for candidate in candidates {
            guard let violation = validator.violation(of: candidate, schema, direction) else { return (candidate, nil) }
            if first == nil { first = violation }
        }
        return (candidates[0], first)
    }

    /// The first of the examples written for a schema (its `example`, its 3.1 `examples`) that
    /// meets it.
    func writtenExample(_ schema: YAMLNode, _ direction: Direction) -> JSON? {
        var written: [YAMLNode] = []
        if let example = schema["example"] { written.append(example) }
        written += schema["examples"]?.items ?? []
        if let value = schema["default"] { written.append(value) }
        for node in written {
            let value = JSON(node)
            if validator.violation(of: value, schema, direction) == nil { return value }
        }
        return nil
    }

    private func build(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int, optional: Bool) -> JSON {
        guard depth < 24, schema.pairs != nil else { return .null }
        if let example = writtenExample(schema, direction), variant == 0 { return example }
        if let constant = schema["const"] { return JSON(constant) }
        if let options = schema["enum"]?.items, !options.isEmpty {
            let values = options.map(JSON.init).filter { $0 != .null }
            return values.isEmpty ? .null : values[variant % values.count]
        }
        if let target = validator.target(of: schema) {
            let value = build(target, direction, depth: depth + 1, variant: variant, optional: optional)
            let constraining = schema.pairs!.contains { pair in
                guard let key = pair.key.scalarText else { return false }
                return !key.hasPrefix("x-") && !Self.annotations.contains(key)
            }
            // Keywords beside the `$ref` that the target's value already meets (`type: string` beside a
            // string schema with an example) keep that value.
            guard constraining, validator.violation(of: value, schema, direction) != nil else { return value }
            return merge(value, buildKeywords(schema, direction, depth: depth, variant: variant, optional: optional))
        }
        return buildKeywords(schema, direction, depth: depth, variant: variant, optional: optional)
    }

    /// Keywords beside a `$ref` that describe and do not constrain.
    static let annotations: Set<String> = ["$ref", "description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "nullable", "externalDocs", "xml", "discriminator", "$comment", "format"]

    private func buildKeywords(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int, optional: Bool) -> JSON {
        if let parts = schema["allOf"]?.items, !parts.isEmpty {
            var value = buildOwn(schema, direction, depth: depth, variant: variant, optional: optional)
            for part in parts { value = merge(value, build(part, direction, depth: depth + 1, variant: variant, optional: optional)) }
            return value
        }
        for keyword in ["oneOf", "anyOf"] {
            guard let options = schema[keyword]?.items, !options.isEmpty else { continue }
            let own = buildOwn(schema, direction, depth: depth, variant: variant, optional: optional)
            var fallback: JSON?
            // Another variant may match one option only where the first matches several (oneOf).
            for next in [variant, variant + 1, variant + 2] {
                for option in options {
                    for fill in optional ? [true, false] : [false] {
                        let value = merge(own, build(option, direction, depth: depth + 1, variant: next, optional: fill))
                        if validator.violation(of: value, schema, direction) == nil { return value }
                        if fallback == nil { fallback = value }
                    }
                }
            }
            return fallback ?? own
        }
        return buildOwn(schema, direction, depth: depth, variant: variant, optional: optional)
    }

    /// Merges two values built for parts of one schema: objects key by key, otherwise the later
    /// value unless it is the placeholder null.
    private func merge(_ base: JSON, _ addition: JSON) -> JSON {
        guard case .object(var members) = base, case .object(let more) = addition else { return addition == .null ? base : addition }
        for member in more {
            if let index = members.firstIndex(where: { $0.key == member.key }) {
                members[index].value = merge(members[index].value, member.value)
            } else {
                members.append(member)
            }
        }
        return .object(members)
    }

    private func types(of schema: YAMLNode) -> [String] {
        let node = schema["type"]
        let written = node?.items?.compactMap(\.scalarText) ?? node?.scalarText.map { [$0] } ?? []
        return written.filter { $0 != "null" }
    }

    /// The value a schema's own keywords ask for (not its composition).
    private func buildOwn(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int, optional: Bool) -> JSON {
        if let written = schema["type"], (written.items?.compactMap(\.scalarText) ?? written.scalarText.map { [$0] } ?? []) == ["null"] { return .null }
        var type = types(of: schema).first
        if type == nil {
            if schema["properties"] != nil || schema["additionalProperties"] != nil || schema["required"] != nil { type = "object" }
            else if schema["items"] != nil { type = "array" }
            else if schema["minLength"] != nil || schema["pattern"] != nil || schema["format"] != nil { type = "string" }
            else if schema["minimum"] != nil || schema["maximum"] != nil { type = "number" }
        }
        switch type {
        case "object": return object(schema, direction, depth: depth, variant: variant, optional: optional)
        case "array": return array(schema, direction, depth: depth, variant: variant, optional: optional)
        case "string": return .string(string(schema, variant: variant))
        case "integer": return number(schema, integer: true, variant: variant)
        case "number": return number(schema, integer: false, variant: variant)
        case "boolean": return .bool(variant % 2 == 0)
        case nil:
            // No type and nothing that implies one: an empty object, or null when only null fits.
            return schema["allOf"] != nil || schema["oneOf"] != nil || schema["anyOf"] != nil ? .null : .object([])
        default: return .null
        }
    }

    private func object(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int, optional: Bool) -> JSON {
        let required = Set(schema["required"]?.items?.compactMap(\.scalarText) ?? [])
        var members: [JSON.Member] = []
        for pair in schema["properties"]?.pairs ?? [] {
            guard let name = pair.key.scalarText else { continue }
            let property = pair.value
            let skipped = validator.skipsRequired(property, direction) || (validator.target(of: property) ?? property)[direction == .request ? "readOnly" : "writeOnly"]?.scalarText == "true"
            let isRequired = required.contains(name) && !validator.skipsRequired(property, direction)
            guard isRequired || (optional && !skipped && depth < optionalDepth) else { continue }
            members.append(JSON.Member(name, build(property, direction, depth: depth + 1, variant: variant, optional: optional)))
        }
        for name in required.sorted() where !members.contains(where: { $0.key == name }) && schema["properties"]?[name] == nil {
            members.append(JSON.Member(name, additionalValue(schema, direction, depth: depth, variant: variant)))
        }
        let minimum = validator.integer(schema["minProperties"]) ?? 0
        var index = 0
        while members.count < minimum {
            index += 1
            members.append(JSON.Member("key\(index)", additionalValue(schema, direction, depth: depth, variant: variant + index)))
        }
        return .object(members)
    }

    private func additionalValue(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int) -> JSON {
        if let additional = schema["additionalProperties"], additional.pairs != nil { return build(additional, direction, depth: depth + 1, variant: variant, optional: false) }
        return .string("value")
    }

    private func array(_ schema: YAMLNode, _ direction: Direction, depth: Int, variant: Int, optional: Bool) -> JSON {
        let minimum = validator.integer(schema["minItems"]) ?? 0
        let maximum = validator.integer(schema["maxItems"]) ?? Int.max
        // One item shows clients what an item looks like; deep in a tree, as few as allowed.
        let count = min(max(minimum, depth < optionalDepth ? 1 : 0), maximum)
        let positional = schema["prefixItems"]?.items ?? schema["items"]?.items ?? []
        if !positional.isEmpty {
            let rest = schema["prefixItems"] != nil ? schema["items"] : schema["additionalItems"]
            return .array((0..<count).map { index in
                let itemSchema = index < positional.count ? positional[index] : rest ?? positional[positional.count - 1]
                return build(itemSchema, direction, depth: depth + 1, variant: variant + index, optional: optional)
            })
        }
        guard let items = schema["items"], items.pairs != nil else { return .array(Array(repeating: .string("item"), count: count)) }
        let unique = schema["uniqueItems"]?.scalarText == "true"
        return .array((0..<count).map { index in
            build(items, direction, depth: depth + 1, variant: unique ? variant + index : variant, optional: optional && index == 0)
        })
    }

    private func string(_ schema: YAMLNode, variant: Int) -> String {
        let minimum = validator.integer(schema["minLength"]) ?? 0
        let maximum = validator.integer(schema["maxLength"]) ?? Int.max
        if let pattern = schema["pattern"]?.scalarText, let regex = validator.patterns.regex(pattern) {
            for text in PatternSampler.samples(pattern, minLength: minimum, maxLength: maximum) {
                let length = text.unicodeScalars.count
                if length >= minimum, length <= maximum, regex.firstMatch(in: text, range: NSRangeOf(text)) != nil { return text }
            }
        }
        var text: String
        switch schema["format"]?.scalarText {
        case "date-time": text = "2024-01-02T03:04:05Z"
        case "date": text = "2024-01-02"
        case "time": text = "03:04:05Z"
        case "uuid": text = "00000000-0000-4000-8000-00000000000\(variant % 10)"
        case "email": text = "user\(variant == 0 ? "" : String(variant))@example.com"
        case "uri", "url", "uri-reference", "iri": text = "https://example.com/\(variant == 0 ? "" : String(variant))"
        case "hostname": text = "example.com"
        case "ipv4": text = "192.0.2.\(1 + variant % 250)"
        case "ipv6": text = "2001:db8::\(1 + variant % 9)"
        case "byte": text = "AAAA"
        case "binary": text = "binary"
        case "duration": text = "P1D"
        case "password": text = "password"
        default: text = variant == 0 ? "string" : "string\(variant)"
        }
        if text.unicodeScalars.count < minimum { text += String(repeating: "a", count: minimum - text.unicodeScalars.count) }
        if text.unicodeScalars.count > maximum { text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(maximum))) }
        return text
    }

    private func number(_ schema: YAMLNode, integer: Bool, variant: Int) -> JSON {
        var low = validator.number(schema["minimum"])
        var high = validator.number(schema["maximum"])
        var lowOpen = schema["exclusiveMinimum"]?.scalarText == "true"
        var highOpen = schema["exclusiveMaximum"]?.scalarText == "true"
        if let bound = validator.number(schema["exclusiveMinimum"]) { low = max(low ?? bound, bound); lowOpen = true }
        if let bound = validator.number(schema["exclusiveMaximum"]) { high = min(high ?? bound, bound); highOpen = true }
        let step = validator.number(schema["multipleOf"]).flatMap { $0 > 0 ? $0 : nil } ?? 1
        // The first multiple of the step inside the bounds, counting up from the lower bound, or
        // from 0 (then 1, 2, ... for other variants) when there is none.
        var value: Double
        if let low {
            value = (low / step).rounded(.up) * step
            if lowOpen, value <= low { value += step }
        } else {
            value = Double(variant) * step
            if let high, value > high || (highOpen && value >= high) {
                value = (high / step).rounded(.down) * step
                if highOpen, value >= high { value -= step }
            }
        }
        // Odd variants of a plain number have a fraction, so that they are not also integers.
        if !integer, variant % 2 == 1, schema["multipleOf"] == nil, low == nil, high == nil { value += 0.5 }
        if integer, value.rounded() != value { value = value.rounded(.up) }
        if integer, abs(value) < 9e18 { return .int(Int64(value)) }
        return .double(value)
    }
}

func NSRangeOf(_ text: String) -> NSRange { NSRange(text.startIndex..., in: text) }
