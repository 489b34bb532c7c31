/// The parts of an OpenAPI document that `--skip-invalid` can leave out on their own: each
/// operation (`#/paths/~1pets/get`), a path item's shared part (`#/paths/~1pets`, which takes its
/// operations with it) and each component (`#/components/schemas/Pet`).
enum DocumentUnits {
    /// The unit a pointer into the document lies in, or nil when it lies in none (`#/info`).
    static func unit(of pointer: String) -> String? {
        guard let tokens = JSONPointer.tokens(pointer), let first = tokens.first else { return nil }
        switch first {
        case "paths", "webhooks":
            guard tokens.count >= 2 else { return nil }
            let path = JSONPointer.appending("#/" + first, tokens[1])
            if tokens.count >= 3, HTTPMethod(rawValue: tokens[2]) != nil { return JSONPointer.appending(path, tokens[2]) }
            return path
        case "components":
            guard tokens.count >= 3 else { return nil }
            return JSONPointer.appending(JSONPointer.appending("#/components", tokens[1]), tokens[2])
        case "definitions", "parameters", "responses":
            // Swagger 2.0's sections, as references into a 2.0 document spell them.
            guard tokens.count >= 2 else { return nil }
            return JSONPointer.appending("#/" + first, tokens[1])
        default:
            return nil
        }
    }

    /// The unit of a Swagger 2.0 document under the name its OpenAPI 3 upgrade gives it.
    static func upgraded(_ unit: String) -> String {
        for (old, new) in swagger2Sections where unit.hasPrefix(old) { return new + unit.dropFirst(old.count) }
        return unit
    }

    /// "operation 'GET /pets'", "schema 'Pet'", "path '/pets'", for messages.
    static func describe(_ unit: String) -> String {
        let tokens = JSONPointer.tokens(unit) ?? []
        switch (tokens.first, tokens.count) {
        case ("paths"?, 3): return "operation '\(tokens[2].uppercased()) \(tokens[1])'"
        case ("paths"?, _): return "path '\(tokens.dropFirst().first ?? "")' and its operations"
        case ("webhooks"?, 3): return "webhook '\(tokens[1])' (\(tokens[2].uppercased()))"
        case ("webhooks"?, _): return "webhook '\(tokens.dropFirst().first ?? "")'"
        case ("components"?, 3):
            let kinds = ["schemas": "schema", "parameters": "parameter", "responses": "response", "requestBodies": "request body", "headers": "header", "securitySchemes": "security scheme"]
            return "\(kinds[tokens[1]] ?? tokens[1]) '\(tokens[2])'"
        default: return "'\(unit)'"
        }
    }

    /// The document without `units`.
    static func removing(_ units: Set<String>, from document: YAMLDocument) -> YAMLDocument {
        guard !units.isEmpty else { return document }
        var document = document
        document.root = removing(units, from: document.root, at: "#", depth: 0)
        return document
    }

    private static func removing(_ units: Set<String>, from node: YAMLNode, at pointer: String, depth: Int) -> YAMLNode {
        // Units are at most three tokens deep.
        guard depth < 3, let pairs = node.pairs else { return node }
        var result = node
        result.content = .mapping(pairs.compactMap { pair in
            let child = JSONPointer.appending(pointer, pair.key.scalarText ?? "")
            if units.contains(child) { return nil }
            guard units.contains(where: { $0.hasPrefix(child + "/") }) else { return pair }
            return YAMLPair(key: pair.key, value: removing(units, from: pair.value, at: child, depth: depth + 1))
        })
        return result
    }

    /// For every unit that refers to one of `removed` (through `$ref`s, directly or through other
    /// units), the removed unit it refers to first: what leaving `removed` out takes with it.
    static func dependents(of removed: Set<String>, in document: YAMLDocument) -> [(unit: String, target: String)] {
        // Each unit's references, once.
        var references: [(unit: String, targets: [String])] = []
        for (unit, node) in allUnits(of: document.root) {
            var targets: [String] = []
            collectReferences(node, into: &targets)
            references.append((unit, targets.compactMap(Self.unit(of:))))
        }
        var gone = removed
        var found: [(String, String)] = []
        var changed = true
        while changed {
            changed = false
            for (unit, targets) in references where !gone.contains(unit) && !gone.contains(where: { unit.hasPrefix($0 + "/") }) {
                if let target = targets.first(where: gone.contains) {
                    gone.insert(unit)
                    found.append((unit, target))
                    changed = true
                }
            }
        }
        return found
    }

    /// The operations, shared path item parts and components of a document, with their nodes.
    private static func allUnits(of root: YAMLNode) -> [(String, YAMLNode)] {
        var units: [(String, YAMLNode)] = []
        for section in ["paths", "webhooks"] {
            for path in root[section]?.pairs ?? [] {
                let pathPointer = JSONPointer.appending("#/" + section, path.key.scalarText ?? "")
                for entry in path.value.pairs ?? [] {
                    let name = entry.key.scalarText ?? ""
                    units.append((HTTPMethod(rawValue: name) != nil ? JSONPointer.appending(pathPointer, name) : pathPointer, entry.value))
                }
            }
        }
        for section in root["components"]?.pairs ?? [] {
            let sectionPointer = JSONPointer.appending("#/components", section.key.scalarText ?? "")
            for entry in section.value.pairs ?? [] {
                units.append((JSONPointer.appending(sectionPointer, entry.key.scalarText ?? ""), entry.value))
            }
        }
        return units
    }

    private static func collectReferences(_ node: YAMLNode, into targets: inout [String]) {
        switch node.content {
        case .scalar: return
        case .sequence(let items): items.forEach { collectReferences($0, into: &targets) }
        case .mapping(let pairs):
            for pair in pairs {
                let key = pair.key.scalarText ?? ""
                if key == "$ref", let target = pair.value.scalarString, target.hasPrefix("#/") {
                    targets.append(target)
                } else if !key.hasPrefix("x-"), key != "example", key != "examples" {
                    collectReferences(pair.value, into: &targets)
                }
            }
        }
    }
}
