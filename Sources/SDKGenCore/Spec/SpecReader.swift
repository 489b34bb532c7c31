/// Typed access to YAML nodes that reports wrong shapes at their location and JSON pointer.
struct SpecReader {
    let document: YAMLDocument
    let diagnostics: DiagnosticSink

    func origin(_ node: YAMLNode, _ pointer: String) -> Origin {
        Origin(location: document.location(of: node), pointer: pointer)
    }

    func error(_ message: String, _ node: YAMLNode, _ pointer: String) {
        diagnostics.error(message, at: document.location(of: node), pointer: pointer)
    }

    func warning(_ message: String, _ node: YAMLNode, _ pointer: String) {
        diagnostics.warning(message, at: document.location(of: node), pointer: pointer)
    }

    /// The pairs of a mapping, or nil (and an error) when the node is something else. A null
    /// (`paths:` with nothing after it, `headers: null`) reads as empty, with a warning.
    func mapping(_ node: YAMLNode, _ pointer: String, _ what: String) -> [YAMLPair]? {
        if let pairs = node.pairs { return pairs }
        if node.isNull {
            warning("'\(what)' is null; read as an empty mapping", node, pointer)
            return []
        }
        error("'\(what)' must be a mapping, not \(node.kindDescription)", node, pointer)
        return nil
    }

    /// The items of a sequence, or nil (and an error); a null reads as empty, with a warning.
    func sequence(_ node: YAMLNode, _ pointer: String, _ what: String) -> [YAMLNode]? {
        if let items = node.items { return items }
        if node.isNull {
            warning("'\(what)' is null; read as an empty list", node, pointer)
            return []
        }
        error("'\(what)' must be a sequence, not \(node.kindDescription)", node, pointer)
        return nil
    }

    /// A scalar's text as written; numbers and booleans are accepted where text is wanted.
    func string(_ node: YAMLNode, _ pointer: String, _ what: String) -> String? {
        if let text = node.scalarText { return text }
        error("'\(what)' must be a string, not \(node.kindDescription)", node, pointer)
        return nil
    }

    /// A boolean; the strings `"true"` and `"false"` (in any case) are read as one, with a warning.
    func bool(_ node: YAMLNode, _ pointer: String, _ what: String) -> Bool? {
        guard case .scalar(let scalar) = node.content else {
            error("'\(what)' must be true or false, not \(node.kindDescription)", node, pointer)
            return nil
        }
        if case .bool(let value) = scalar.resolved { return value }
        if let value = ["true": true, "false": false][scalar.text.lowercased()] {
            warning("'\(what)' must be true or false, not the string \"\(scalar.text)\"; read as \(value)", node, pointer)
            return value
        }
        error("'\(what)' must be true or false, not \(node.kindDescription)", node, pointer)
        return nil
    }

    /// An optional string field of a mapping.
    func optionalString(_ parent: YAMLNode, _ key: String, _ pointer: String) -> String? {
        guard let node = parent[key] else { return nil }
        return string(node, JSONPointer.appending(pointer, key), key)
    }

    func optionalBool(_ parent: YAMLNode, _ key: String, _ pointer: String) -> Bool? {
        guard let node = parent[key] else { return nil }
        return bool(node, JSONPointer.appending(pointer, key), key)
    }

    /// A required string field; reports it missing at the parent.
    func requiredString(_ parent: YAMLNode, _ key: String, _ pointer: String, _ what: String) -> String? {
        guard let node = parent[key] else {
            error("\(what) is missing the required field '\(key)'", parent, pointer)
            return nil
        }
        return string(node, JSONPointer.appending(pointer, key), key)
    }

    /// A list of strings such as `tags` or `required`.
    func stringList(_ parent: YAMLNode, _ key: String, _ pointer: String) -> [String] {
        guard let node = parent[key] else { return [] }
        let listPointer = JSONPointer.appending(pointer, key)
        guard let items = sequence(node, listPointer, key) else { return [] }
        return items.enumerated().compactMap { index, item in
            string(item, JSONPointer.appending(listPointer, String(index)), key)
        }
    }

    /// The `$ref` of a mapping, if it has one.
    func reference(_ node: YAMLNode, _ pointer: String) -> Reference? {
        guard let refNode = node["$ref"] else { return nil }
        let refPointer = JSONPointer.appending(pointer, "$ref")
        guard let target = string(refNode, refPointer, "$ref") else { return nil }
        return Reference(target: target, origin: origin(refNode, refPointer))
    }

    func literal(_ node: YAMLNode) -> JSONLiteral {
        if case .scalar(let scalar) = node.content { return JSONLiteral(scalar: scalar, isComposite: false) }
        return JSONLiteral(scalar: nil, isComposite: true)
    }
}
