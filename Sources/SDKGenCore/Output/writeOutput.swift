import Foundation

/// What writing the output changed.
public struct WriteSummary: Sendable, Equatable {
    public var written: [String] = []
    public var unchanged: [String] = []
    public var removed: [String] = []

    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }

    public var changed: Bool { !written.isEmpty || !removed.isEmpty }
}

/// Writes generated files into `directory` without ever leaving it half-written.
///
/// Files whose bytes are unchanged are not touched (their modification time stays, so builds stay
/// incremental), and files the spec no longer produces are removed. When anything changes, the new
/// tree is assembled in a sibling temporary folder (unchanged files are hard-linked into it) and
/// swapped in with two renames, so a failure leaves the old folder in place.
public func writeOutput(_ files: [OutputFile], to directory: URL) throws -> WriteSummary {
    let fileManager = FileManager.default
    var summary = WriteSummary()
    let existing = Set(listFiles(in: directory))
    let wanted = Set(files.map(\.path))
    for file in files {
        let url = directory.appendingPathComponent(file.path)
        if existing.contains(file.path), let data = fileManager.contents(atPath: url.path), data == Data(file.contents.utf8) {
            summary.unchanged.append(file.path)
        } else {
            summary.written.append(file.path)
        }
    }
    summary.removed = existing.subtracting(wanted).sorted()
    guard summary.changed else { return summary }

    let parent = directory.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-new")
    let retired = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-old")
    try? fileManager.removeItem(at: staging)
    try? fileManager.removeItem(at: retired)
    try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    do {
        let unchanged = Set(summary.unchanged)
        for file in files {
            let target = staging.appendingPathComponent(file.path)
            try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let source = directory.appendingPathComponent(file.path)
            if unchanged.contains(file.path), (try? fileManager.linkItem(at: source, to: target)) != nil { continue }
            try Data(file.contents.utf8).write(to: target)
        }
        if fileManager.fileExists(atPath: directory.path) {
            try fileManager.moveItem(at: directory, to: retired)
        }
        try fileManager.moveItem(at: staging, to: directory)
        try? fileManager.removeItem(at: retired)
    } catch {
        try? fileManager.removeItem(at: staging)
        if !fileManager.fileExists(atPath: directory.path), fileManager.fileExists(atPath: retired.path) {
            try? fileManager.moveItem(at: retired, to: directory)
        }
        throw error
    }
    return summary
}

/// Relative paths of the regular files under `directory`, sorted; empty when it does not exist.
public func listFiles(in directory: URL) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
    var paths: [String] = []
    while let path = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
            paths.append(path)
        }
    }
    return paths.sorted()
}

/// Loads `*.mustache` files from a folder as name -> text.
public func loadTemplates(from directory: URL) throws -> [String: String] {
    var templates: [String: String] = [:]
    for path in listFiles(in: directory) where path.hasSuffix(".mustache") {
        let name = String(path.dropLast(".mustache".count))
        templates[name] = try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
    }
    return templates
}
