/// Reads the files a spec refers to; injected so the core library does no I/O of its own.
public typealias FileLoader = @Sendable (_ path: String) -> [UInt8]?

/// Joins a relative reference to the folder of `base` and removes `.` and `..` segments.
public func resolvePath(_ relative: String, from base: String) -> String {
    var parts = relative.hasPrefix("/") ? [] : base.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
    for part in relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
        switch part {
        case ".", "": continue
        case "..":
            if let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() } else { parts.append("..") }
        default: parts.append(part)
        }
    }
    let joined = parts.joined(separator: "/")
    return relative.hasPrefix("/") || base.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined.drop { $0 == "/" } : joined
}

/// Brings `$ref`s into other files into one document.
///
/// Each file is parsed once. A reference in a schema position becomes a named schema under
/// `components/schemas` (named after the pointer's last token or the file's name), so a schema
/// file used in many places is one Swift type, and cycles across files end at a named type.
/// Other references (operations, parameters, responses, headers) are inlined. Nodes keep the
/// position in their own file, so messages point at the right file.
///
/// Each error names the part of the root document it was found in (`Diagnostic.unit`): the
/// operation or component whose walk reached the broken reference, or `#` when it lies outside
/// of those. With `keepGoing` the document is returned even so, with the broken references left
/// as they were, for `--skip-invalid` to leave those parts out.
public func bundleReferences(_ document: YAMLDocument, loader: @escaping FileLoader, diagnostics: DiagnosticSink, allowOutsideRoot: Bool = false, limits: YAMLLimits = YAMLLimits(), keepGoing: Bool = false) -> YAMLDocument? {
    var bundler = ReferenceBundler(document: document, loader: loader, diagnostics: diagnostics, allowOutsideRoot: allowOutsideRoot, limits: limits)
    let bundled = bundler.run()
    return bundled ?? (keepGoing ? bundler.document : nil)
}

private struct ReferenceBundler {
    var document: YAMLDocument
    let loader: FileLoader
    let diagnostics: DiagnosticSink
    let allowOutsideRoot: Bool
    let limits: YAMLLimits
    let rootFolder: String
    /// The root document's path as references spell it (`.` and `..` resolved), so a reference
    /// back into it from another file finds its components.
    let rootPath: String
    /// A Swagger 2.0 document, which keeps its named parts in `definitions`, `parameters` and
    /// `responses`; `upgradeSwagger2` rewrites references to them.
    let isSwagger2: Bool

    /// Parsed files by path (nil when the file could not be read or parsed).
    var parsed: [String: YAMLNode?] = [:]
    /// External target (`file#pointer`) -> component schema name.
    var schemaNames: [String: String] = [:]
    var usedNames: Set<String> = []
    var newSchemas: [(String, YAMLNode)] = []
    var inlining: [String] = []
    var failed = false
    /// The operation or component of the root document being walked (`#/paths/~1pets/get`), or
    /// `#` outside of them: what an error found now is part of.
    var unit = "#"

    init(document: YAMLDocument, loader: @escaping FileLoader, diagnostics: DiagnosticSink, allowOutsideRoot: Bool, limits: YAMLLimits) {
        self.document = document
        self.loader = loader
        self.diagnostics = diagnostics
        self.allowOutsideRoot = allowOutsideRoot
        self.limits = limits
        rootPath = resolvePath(document.file, from: "")
        rootFolder = resolvePath(".", from: rootPath)
        isSwagger2 = SDKGenCore.isSwagger2(document.root)
        parsed[rootPath] = document.root
    }

    mutating func run() -> YAMLDocument? {
        guard document.root.pairs != nil, containsExternalReference(document.root) else { return document }
        var root = document.root
        // Root components that are references to files name those files' schemas.
        if var components = root["components"], var schemas = components["schemas"], var pairs = schemas.pairs {
            for pair in pairs {
                guard let name = pair.key.scalarText else { continue }
                usedNames.insert(name)
                if let target = pair.value["$ref"]?.scalarString, !target.hasPrefix("#") {
                    schemaNames[key(target, from: rootPath)] = name
                }
            }
            for index in pairs.indices {
                unit = JSONPointer.appending("#/components/schemas", pairs[index].key.scalarText ?? "")
                if let target = pairs[index].value["$ref"]?.scalarString, !target.hasPrefix("#") {
                    pairs[index].value = inline(target, from: rootPath, at: pairs[index].value, schemaContext: true, naming: false) ?? pairs[index].value
                } else {
                    pairs[index].value = walk(pairs[index].value, file: rootPath, schemaContext: true)
                }
            }
            schemas.content = .mapping(pairs)
            components.content = .mapping(components.pairs!.map { $0.key.scalarText == "schemas" ? YAMLPair(key: $0.key, value: schemas) : $0 })
            root.content = .mapping(root.pairs!.map { $0.key.scalarText == "components" ? YAMLPair(key: $0.key, value: components) : $0 })
        }
        root.content = .mapping(root.pairs!.map { pair in
            switch pair.key.scalarText {
            case "components": return YAMLPair(key: pair.key, value: walkComponents(pair.value))
            case "paths", "webhooks": return YAMLPair(key: pair.key, value: walkOperations(pair.value, under: "#/" + (pair.key.scalarText ?? "")))
            default:
                unit = "#"
                return YAMLPair(key: pair.key, value: walk(pair.value, file: rootPath, schemaContext: false))
            }
        })
        root = addSchemas(to: root)
        document.root = root
        return failed ? nil : document
    }

    /// Walks each operation of `paths` (or `webhooks`) as a unit of its own; what a path item
    /// holds besides its operations (shared parameters) belongs to the whole path item.
    mutating func walkOperations(_ node: YAMLNode, under pointer: String) -> YAMLNode {
        guard let paths = node.pairs else {
            unit = "#"
            return walk(node, file: rootPath, schemaContext: false)
        }
        var result = node
        result.content = .mapping(paths.map { path in
            let pathPointer = JSONPointer.appending(pointer, path.key.scalarText ?? "")
            guard let entries = path.value.pairs, path.value["$ref"] == nil else {
                unit = pathPointer
                return YAMLPair(key: path.key, value: walk(path.value, file: rootPath, schemaContext: false))
            }
            var item = path.value
            item.content = .mapping(entries.map { entry in
                let name = entry.key.scalarText ?? ""
                unit = HTTPMethod(rawValue: name) != nil ? JSONPointer.appending(pathPointer, name) : pathPointer
                return YAMLPair(key: entry.key, value: walk(entry.value, file: rootPath, schemaContext: false))
            })
            return YAMLPair(key: path.key, value: item)
        })
        return result
    }

    /// `#/components/<section>/<name>` (in Swagger 2.0, `#/definitions/<name>`, `#/parameters/<name>`
    /// or `#/responses/<name>`): what decoding resolves by itself.
    func isComponentReference(_ target: String) -> Bool {
        // The same as checking `JSONPointer.tokens(target)`, without building the tokens: this
        // runs for every `$ref` in the document.
        if target.utf8.contains(UInt8(ascii: "%")), let tokens = JSONPointer.tokens(target) {
            if isSwagger2 { return tokens.count == 2 && swagger2Sections.contains { $0.old == "#/\(tokens[0])/" } }
            return tokens.count == 3 && tokens[0] == "components"
        }
        if isSwagger2 {
            return swagger2Sections.contains { section in
                target.utf8.starts(with: section.old.utf8) && !target.utf8.dropFirst(section.old.utf8.count).contains(UInt8(ascii: "/"))
            }
        }
        let prefix = "#/components/".utf8
        guard target.utf8.starts(with: prefix) else { return false }
        return target.utf8.dropFirst(prefix.count).count(where: { $0 == UInt8(ascii: "/") }) == 1
    }

    /// Values that are data, never spec structure: examples and `x-` extensions (vendor data).
    /// Nothing inside them is resolved.
    static func isOpaque(_ key: String) -> Bool {
        key.hasPrefix("x-") || key == "example" || key == "examples"
    }

    /// For `#/definitions/Name` (or `#/parameters/`, `#/responses/`) in an OpenAPI 3 document
    /// that has no such node: the `#/components/...` pointer with the same name, when that exists.
    func componentStandingIn(for target: String) -> String? {
        guard !isSwagger2, document.node(at: target) == nil else { return nil }
        for (old, new) in swagger2Sections where target.hasPrefix(old) {
            let moved = new + target.dropFirst(old.count)
            if isComponentReference(moved), document.node(at: moved) != nil { return moved }
        }
        return nil
    }

    /// References the spec model cannot resolve by itself: other files, or deeper local pointers.
    func containsExternalReference(_ node: YAMLNode) -> Bool {
        switch node.content {
        case .scalar: return false
        case .sequence(let items): return items.contains(where: containsExternalReference)
        case .mapping(let pairs):
            return pairs.contains { pair in
                guard let key = pair.key.scalarText else { return containsExternalReference(pair.value) }
                if key == "$ref", case .scalar = pair.value.content { return pair.value.scalarString.map { !isComponentReference($0) } ?? true }
                // Over-approximates (a property may be called `x-...`): the walk decides.
                return containsExternalReference(pair.value)
            }
        }
    }

    func key(_ target: String, from file: String) -> String {
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts[0].isEmpty ? file : resolvePath(String(parts[0]), from: file)
        return path + "#" + (parts.count > 1 ? String(parts[1]) : "")
    }

    /// Components other than schemas (already done): walk without schema context at the top.
    mutating func walkComponents(_ node: YAMLNode) -> YAMLNode {
        guard let pairs = node.pairs else { return node }
        var result = node
        result.content = .mapping(pairs.map { pair in
            let section = pair.key.scalarText ?? ""
            if section == "schemas" || section == "examples" { return pair }
            guard let entries = pair.value.pairs else {
                unit = "#"
                return YAMLPair(key: pair.key, value: walk(pair.value, file: rootPath, schemaContext: false))
            }
            var walked = pair.value
            walked.content = .mapping(entries.map { entry in
                unit = JSONPointer.appending(JSONPointer.appending("#/components", section), entry.key.scalarText ?? "")
                return YAMLPair(key: entry.key, value: walk(entry.value, file: rootPath, schemaContext: false))
            })
            return YAMLPair(key: pair.key, value: walked)
        })
        return result
    }

    /// Keys whose values are schemas, and keys whose values are maps of schemas.
    static let schemaKeys: Set<String> = ["schema", "items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties"]
    static let schemaListKeys: Set<String> = ["allOf", "oneOf", "anyOf", "prefixItems"]
    static let schemaMapKeys: Set<String> = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]

    /// Rewrites the references under `node`, which lives in `file`.
    mutating func walk(_ node: YAMLNode, file: String, schemaContext: Bool) -> YAMLNode {
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            var result = node
            result.content = .sequence(items.map { walk($0, file: file, schemaContext: schemaContext) })
            return result
        case .mapping(let pairs):
            // A `$ref` whose value is a mapping is no reference: a property called `$ref`.
            if let refNode = node["$ref"], case .scalar = refNode.content {
                guard let target = refNode.scalarString else {
                    report(.error, "'$ref' must be a string such as '#/components/schemas/Name', not \(refNode.kindDescription)", at: refNode)
                    failed = true
                    return node
                }
                if target.hasPrefix("#") && file == rootPath && isComponentReference(target) { return node }
                if file == rootPath, let moved = componentStandingIn(for: target) {
                    report(.warning, "'$ref' target '\(target)' is a Swagger 2.0 location and this is an OpenAPI 3 document; read as '\(moved)', which exists", at: refNode)
                    return localReference(to: moved, at: node)
                }
                if target.hasPrefix("#"), !JSONPointer.isLocal(target) {
                    report(.error, "'$ref' target '\(target)' is not a valid JSON pointer; a local reference starts with '#/', as in '#/components/schemas/Name'", at: refNode)
                    failed = true
                    return node
                }
                if target.hasPrefix("http://") || target.hasPrefix("https://") {
                    report(.warning, "'$ref' to a URL ('\(target)') is not fetched; the node is left as it is", at: refNode)
                    return node
                }
                return inline(target, from: file, at: node, schemaContext: schemaContext, naming: true) ?? node
            }
            var result = node
            result.content = .mapping(pairs.map { pair in
                let name = pair.key.scalarText ?? ""
                let value: YAMLNode
                if Self.isOpaque(name) || schemaContext && ["default", "enum", "const"].contains(name) {
                    // Data, not spec structure: a `$ref` key in an example or an extension is just a key.
                    value = pair.value
                } else if Self.schemaKeys.contains(name) {
                    value = walk(pair.value, file: file, schemaContext: true)
                } else if Self.schemaListKeys.contains(name), pair.value.items != nil {
                    value = walk(pair.value, file: file, schemaContext: true)
                } else if Self.schemaMapKeys.contains(name), schemaContext || name == "$defs", pair.value.pairs != nil {
                    // A map of schemas may itself be a `$ref` to a map kept in another file.
                    var (map, mapFile) = (pair.value, file)
                    if let target = pair.value["$ref"]?.scalarText, let found = resolveTarget(target, from: file, at: pair.value) {
                        (map, mapFile) = found
                    }
                    let members = map.pairs ?? []
                    map.content = .mapping(members.map { YAMLPair(key: $0.key, value: walk($0.value, file: mapFile, schemaContext: true)) })
                    value = map
                } else {
                    value = walk(pair.value, file: file, schemaContext: schemaContext)
                }
                return YAMLPair(key: pair.key, value: value)
            })
            return result
        }
    }

    /// The node a reference stands for: a `$ref` to a named schema, or the target's content.
    mutating func inline(_ target: String, from file: String, at node: YAMLNode, schemaContext: Bool, naming: Bool) -> YAMLNode? {
        let targetKey = key(target, from: file)
        if schemaContext && naming {
            if let name = schemaNames[targetKey] { return reference(to: name, at: node) }
        }
        let parts = targetKey.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let pointer = "#" + (parts.count > 1 ? String(parts[1]) : "")
        // A reference from another file back to one of the root's components
        // (`openapi.yaml#/components/schemas/ToyColor`) is that component, as a local reference is:
        // one schema, one type, whichever file the reference starts from.
        if path == rootPath, isComponentReference(pointer) {
            return localReference(to: pointer, at: node)
        }
        if !allowOutsideRoot, !isInside(path) {
            report(.error, "'$ref' to '\(target)' leaves the spec's folder ('\(rootFolder.isEmpty ? "." : rootFolder)'); move the file inside it or pass --allow-external-files", at: node)
            failed = true
            return nil
        }
        guard let fileRoot = load(path, referencedAt: node) else { return nil }
        guard let resolved = YAMLDocument(file: path, root: fileRoot).node(at: pointer) else {
            report(.error, "'$ref' target '\(target)' does not exist: '\(path)' has no node at '\(pointer)'", at: node)
            failed = true
            return nil
        }
        if schemaContext && naming {
            let name = uniqueName(for: targetKey, path: path, pointer: pointer)
            schemaNames[targetKey] = name
            let bundled = walk(resolved, file: path, schemaContext: true)
            newSchemas.append((name, bundled))
            return reference(to: name, at: node)
        }
        if inlining.contains(targetKey) {
            report(.error, "'$ref' cycle through '\(target)' outside a schema; it cannot be inlined", at: node)
            failed = true
            return nil
        }
        if inlining.count >= limits.maxReferenceDepth {
            report(.error, "'$ref's nest deeper than \(limits.maxReferenceDepth) levels at '\(target)' (raise with --max-ref-depth)", at: node)
            failed = true
            return nil
        }
        inlining.append(targetKey)
        defer { inlining.removeLast() }
        if resolved["$ref"] != nil, resolved.pairs?.count == 1, let next = resolved["$ref"]?.scalarText {
            if next.hasPrefix("#"), path == rootPath, isComponentReference(next) { return resolved }
            return inline(next, from: path, at: resolved, schemaContext: schemaContext, naming: naming)
        }
        return walk(resolved, file: path, schemaContext: schemaContext)
    }

    /// The node a reference points at and the file it is in, without rewriting it.
    mutating func resolveTarget(_ target: String, from file: String, at node: YAMLNode) -> (YAMLNode, String)? {
        let targetKey = key(target, from: file)
        let parts = targetKey.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let pointer = "#" + (parts.count > 1 ? String(parts[1]) : "")
        guard let fileRoot = load(path, referencedAt: node) else { return nil }
        guard let resolved = YAMLDocument(file: path, root: fileRoot).node(at: pointer) else {
            report(.error, "'$ref' target '\(target)' does not exist: '\(path)' has no node at '\(pointer)'", at: node)
            failed = true
            return nil
        }
        return (resolved, path)
    }

    func reference(to name: String, at node: YAMLNode) -> YAMLNode {
        localReference(to: "#/components/schemas/" + JSONPointer.escape(name), at: node)
    }

    /// `node` with its `$ref` replaced by a local one to `pointer`.
    func localReference(to pointer: String, at node: YAMLNode) -> YAMLNode {
        let key = YAMLNode(.scalar(YAMLScalar(text: "$ref", isPlain: true)), line: node.line, column: node.column, fileID: node.fileID)
        let value = YAMLNode(.scalar(YAMLScalar(text: pointer, isPlain: false)), line: node.line, column: node.column, fileID: node.fileID)
        var pairs = [YAMLPair(key: key, value: value)]
        // Keep 3.1-style siblings such as `description` or `nullable` next to the reference.
        for pair in node.pairs ?? [] where pair.key.scalarText != "$ref" { pairs.append(pair) }
        return YAMLNode(.mapping(pairs), line: node.line, column: node.column, fileID: node.fileID)
    }

    mutating func uniqueName(for targetKey: String, path: String, pointer: String) -> String {
        var base = Self.schemaName(for: JSONPointer.tokens(pointer) ?? [])
        if base.isEmpty {
            let fileName = path.split(separator: "/").last.map(String.init) ?? path
            base = fileName.split(separator: ".").first.map(String.init) ?? fileName
        }
        var name = base
        var index = 2
        while usedNames.contains(name) {
            name = base + String(index)
            index += 1
        }
        usedNames.insert(name)
        return name
    }

    /// Pointer tokens that only say where in a spec or schema a schema sits.
    static let structuralTokens: Set<String> = [
        "components", "schemas", "definitions", "$defs", "properties", "patternProperties", "items", "prefixItems",
        "additionalProperties", "allOf", "oneOf", "anyOf", "not", "schema", "content", "paths", "responses",
        "requestBody", "requestBodies", "parameters", "headers",
    ]

    /// A schema's name from the pointer to it: the names along the way, without the structural
    /// tokens, so `#/components/schemas/Template/allOf/1/properties/created_by/oneOf/1` is
    /// `Template_created_by_Case2`. A member of a composition keeps its position (`Case2`) only
    /// when it ends the pointer; an entry of `$defs` or `definitions` is called by its own name.
    /// Empty when no token names anything.
    static func schemaName(for tokens: [String]) -> String {
        var parts: [String] = []
        for (index, token) in tokens.enumerated() {
            let previous = index > 0 ? tokens[index - 1] : ""
            if structuralTokens.contains(token), previous != "properties" { continue }
            // An entry of a map of named schemas has the name its author gave it.
            if ["schemas", "definitions", "$defs"].contains(previous), !(index >= 2 && tokens[index - 2] == "properties") {
                parts = [token]
                continue
            }
            if let position = Int(token) {
                if ["allOf", "oneOf", "anyOf", "prefixItems"].contains(previous) {
                    if index == tokens.count - 1 { parts.append("Case\(position + 1)") }
                    continue
                }
                if previous == "responses" {
                    parts.append("Response\(token)")
                    continue
                }
                if previous == "parameters" || previous == "items" { continue }
            }
            // Media types (`application/json`) say how, not what.
            if !token.hasPrefix("/"), token.contains("/") { continue }
            parts.append(token)
        }
        return parts.joined(separator: "_")
    }

    /// Reports a message at `node`, with the JSON pointer to it in its own file.
    func report(_ severity: Diagnostic.Severity, _ message: String, at node: YAMLNode) {
        var diagnostic = Diagnostic(severity, message, at: document.location(of: node), pointer: pointer(to: node))
        diagnostic.unit = unit
        diagnostics.emit(diagnostic)
    }

    /// The pointer to the node that starts where `node` does, in its file as parsed. Found by a
    /// search: this runs only for messages, and nodes do not carry their pointers.
    func pointer(to node: YAMLNode) -> String? {
        let index = Int(node.fileID)
        let path = document.files.indices.contains(index) ? document.files[index] : rootPath
        guard let root = parsed[path] ?? nil else { return nil }
        func search(_ current: YAMLNode, _ pointer: String) -> String? {
            if current.line == node.line, current.column == node.column { return pointer }
            switch current.content {
            case .scalar: return nil
            case .sequence(let items):
                for (position, item) in items.enumerated() {
                    if let found = search(item, pointer + "/" + String(position)) { return found }
                }
            case .mapping(let pairs):
                for pair in pairs {
                    if let found = search(pair.value, JSONPointer.appending(pointer, pair.key.scalarText ?? "")) { return found }
                }
            }
            return nil
        }
        return search(root, "#")
    }

    func isInside(_ path: String) -> Bool {
        if rootFolder.isEmpty { return !path.hasPrefix("..") && !path.hasPrefix("/") }
        return path.hasPrefix(rootFolder + "/")
    }

    mutating func load(_ path: String, referencedAt node: YAMLNode) -> YAMLNode? {
        if let cached = parsed[path] {
            // Each reference to a file that could not be read is an error where it is written.
            if cached == nil { report(.error, "'$ref' to '\(path)', which could not be read (see the first error about it)", at: node) }
            return cached
        }
        guard let bytes = loader(path) else {
            var message = "'$ref' to a missing file: cannot read '\(path)'"
            let relative = path.hasPrefix(rootFolder + "/") ? String(path.dropFirst(rootFolder.count + 1)) : path
            if document.node(at: "#/" + relative) != nil {
                message += "; did you mean the local reference '#/\(relative)'?"
            }
            report(.error, message, at: node)
            parsed[path] = .some(nil)
            failed = true
            return nil
        }
        let parsing = DiagnosticSink()
        let fileDocument = parseYAML(bytes, file: path, diagnostics: parsing, limits: limits)
        for var diagnostic in parsing.diagnostics {
            diagnostic.unit = unit
            diagnostics.emit(diagnostic)
        }
        guard var fileDocument else {
            parsed[path] = .some(nil)
            failed = true
            return nil
        }
        document.files.append(path)
        fileDocument.root = assignFile(fileDocument.root, Int32(document.files.count - 1))
        parsed[path] = fileDocument.root
        return fileDocument.root
    }

    func assignFile(_ node: YAMLNode, _ fileID: Int32) -> YAMLNode {
        var result = node
        result.fileID = fileID
        switch node.content {
        case .scalar: break
        case .sequence(let items): result.content = .sequence(items.map { assignFile($0, fileID) })
        case .mapping(let pairs): result.content = .mapping(pairs.map { YAMLPair(key: assignFile($0.key, fileID), value: assignFile($0.value, fileID)) })
        }
        return result
    }

    /// Adds the schemas named while bundling to `components/schemas`.
    func addSchemas(to root: YAMLNode) -> YAMLNode {
        guard !newSchemas.isEmpty else { return root }
        let additions = newSchemas.map { name, node in
            YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: name, isPlain: false)), line: node.line, column: node.column, fileID: node.fileID), value: node)
        }
        var root = root
        var pairs = root.pairs ?? []
        if let index = pairs.firstIndex(where: { $0.key.scalarText == "components" }) {
            var components = pairs[index].value
            var componentPairs = components.pairs ?? []
            if let schemasIndex = componentPairs.firstIndex(where: { $0.key.scalarText == "schemas" }) {
                var schemas = componentPairs[schemasIndex].value
                schemas.content = .mapping((schemas.pairs ?? []) + additions)
                componentPairs[schemasIndex].value = schemas
            } else {
                componentPairs.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: "schemas", isPlain: true)), line: components.line, column: components.column), value: YAMLNode(.mapping(additions), line: components.line, column: components.column)))
            }
            components.content = .mapping(componentPairs)
            pairs[index].value = components
        } else {
            let schemas = YAMLNode(.mapping(additions), line: root.line, column: root.column)
            let schemasKey = YAMLNode(.scalar(YAMLScalar(text: "schemas", isPlain: true)), line: root.line, column: root.column)
            let components = YAMLNode(.mapping([YAMLPair(key: schemasKey, value: schemas)]), line: root.line, column: root.column)
            pairs.append(YAMLPair(key: YAMLNode(.scalar(YAMLScalar(text: "components", isPlain: true)), line: root.line, column: root.column), value: components))
        }
        root.content = .mapping(pairs)
        return root
    }
}
