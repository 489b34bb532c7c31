/// Joins several specs into one: `paths`, `webhooks` and each `components` section are united,
/// `tags` appended; everything else comes from the first spec. A path or component defined in two
/// specs is an error naming both places.
public func mergeDocuments(_ documents: [YAMLDocument], diagnostics: DiagnosticSink) -> YAMLDocument? {
    guard var merged = documents.first else { return nil }
    guard documents.count > 1 else { return merged }
    var failed = false
    // Node positions keep their own file: renumber each document's files after the first's.
    for var document in documents.dropFirst() {
        let offset = Int32(merged.files.count)
        merged.files += document.files
        document.root = shiftFiles(document.root, by: offset)
        guard var root = merged.root.pairs, let other = document.root.pairs else {
            diagnostics.error("a spec to merge must be a mapping at the top level", at: document.location(of: document.root))
            return nil
        }
        for pair in other {
            guard let key = pair.key.scalarText else { continue }
            switch key {
            case "paths", "webhooks":
                unite(&root, key: key, with: pair, merged: merged, failed: &failed, diagnostics: diagnostics)
            case "components":
                var components = root.first(where: { $0.key.scalarText == "components" })?.value.pairs ?? []
                for section in pair.value.pairs ?? [] {
                    unite(&components, key: section.key.scalarText ?? "", with: section, merged: merged, failed: &failed, diagnostics: diagnostics)
                }
                set(&root, "components", YAMLNode(.mapping(components), line: pair.value.line, column: pair.value.column, fileID: pair.value.fileID), key: pair.key)
            case "tags":
                var tags = root.first(where: { $0.key.scalarText == "tags" })?.value.items ?? []
                let names = Set(tags.compactMap { $0["name"]?.scalarText })
                tags += (pair.value.items ?? []).filter { $0["name"]?.scalarText.map { !names.contains($0) } ?? true }
                set(&root, "tags", YAMLNode(.sequence(tags), line: pair.value.line, column: pair.value.column, fileID: pair.value.fileID), key: pair.key)
            default:
                continue
            }
        }
        merged.root.content = .mapping(root)
    }
    return failed ? nil : merged
}

private func set(_ pairs: inout [YAMLPair], _ name: String, _ value: YAMLNode, key: YAMLNode) {
    if let index = pairs.firstIndex(where: { $0.key.scalarText == name }) {
        pairs[index].value = value
    } else {
        pairs.append(YAMLPair(key: key, value: value))
    }
}

/// Adds the entries of `pair`'s mapping to the mapping under `key`, reporting entries defined twice.
private func unite(_ pairs: inout [YAMLPair], key: String, with pair: YAMLPair, merged: YAMLDocument, failed: inout Bool, diagnostics: DiagnosticSink) {
    var entries = pairs.first(where: { $0.key.scalarText == key })?.value.pairs ?? []
    for entry in pair.value.pairs ?? [] {
        if let existing = entries.first(where: { $0.key.scalarText == entry.key.scalarText }) {
            diagnostics.error("'\(entry.key.scalarText ?? "")' in '\(key)' is defined by two specs; the other is at \(merged.location(of: existing.key))", at: merged.location(of: entry.key))
            failed = true
            continue
        }
        entries.append(entry)
    }
    set(&pairs, key, YAMLNode(.mapping(entries), line: pair.value.line, column: pair.value.column, fileID: pair.value.fileID), key: pair.key)
}

private func shiftFiles(_ node: YAMLNode, by offset: Int32) -> YAMLNode {
    var result = node
    result.fileID += offset
    switch node.content {
    case .scalar: break
    case .sequence(let items): result.content = .sequence(items.map { shiftFiles($0, by: offset) })
    case .mapping(let pairs): result.content = .mapping(pairs.map { YAMLPair(key: shiftFiles($0.key, by: offset), value: shiftFiles($0.value, by: offset)) })
    }
    return result
}
