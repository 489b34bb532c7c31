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

/// Writes generated files into `directory`, touching only what changed.
///
/// Files whose bytes are unchanged are not touched (their modification time stays, so builds stay
/// incremental), and files the spec no longer produces are removed. Every new byte is first written
/// to a sibling staging folder, so a failure while writing (a full disk, a permission) leaves the
/// folder exactly as it was; then each changed file is moved into place with a rename, which is
/// atomic per file, and the staging folder is removed. A new output folder is renamed into place whole.
public func writeOutput(_ files: [OutputFile], to directory: URL) throws -> WriteSummary {
    let root = folderPath(directory)
    let exists = FileSystem.isDirectory(root)
    let summary = compareOutput(files, to: directory)
    guard summary.changed else { return summary }
    let written = Set(summary.written)
    let changed = files.filter { written.contains($0.path) }

    let parent = parentFolder(root)
    let staging = (parent.isEmpty ? "" : parent + "/") + ".\(directory.lastPathComponent).sdkgen-new"
    FileSystem.removeTree(staging)
    do {
        try FileSystem.createDirectories(staging)
        for folder in Set(changed.map { parentFolder(staging + "/" + $0.path) }).sorted() {
            try FileSystem.createDirectories(folder)
        }
        try writeConcurrently(changed, into: staging)
        if !exists {
            try FileSystem.move(staging, to: root)
            return summary
        }
    } catch {
        FileSystem.removeTree(staging)
        throw error
    }
    defer { FileSystem.removeTree(staging) }
    for file in changed {
        let target = root + "/" + file.path
        try FileSystem.createDirectories(parentFolder(target))
        try FileSystem.move(staging + "/" + file.path, to: target)
    }
    for path in summary.removed {
        FileSystem.remove(root + "/" + path)
        FileSystem.removeEmptyFolders(from: parentFolder(root + "/" + path), upTo: root)
    }
    return summary
}

/// Writes the files under `folder` (whose subfolders exist) on all cores. Thousands of small files
/// cost mostly system-call time, which two threads halve. Throws the first error in file order.
private func writeConcurrently(_ files: [OutputFile], into folder: String) throws {
    let chunk = 64
    let jobs: [@Sendable () -> (any Error)?] = stride(from: 0, to: files.count, by: chunk).map { start in
        let slice = files[start..<min(start + chunk, files.count)]
        return {
            do {
                for file in slice { try FileSystem.writeFile(file.contents, to: folder + "/" + file.path) }
                return nil
            } catch {
                return error
            }
        }
    }
    if let error = concurrentMap(jobs).lazy.compactMap({ $0 }).first { throw error }
}

/// What writing `files` into `directory` would do, without writing: the files whose bytes differ or
/// are new (`written`), those already identical, and the files there the output no longer has
/// (`removed`). `sdkgen check` reports exactly this.
public func compareOutput(_ files: [OutputFile], to directory: URL) -> WriteSummary {
    let root = folderPath(directory)
    let existing = FileSystem.isDirectory(root) ? Set(FileSystem.listFiles(root)) : []
    var summary = WriteSummary()
    for file in files {
        if existing.contains(file.path), FileSystem.contentEquals(root + "/" + file.path, file.contents) {
            summary.unchanged.append(file.path)
        } else {
            summary.written.append(file.path)
        }
    }
    summary.removed = existing.subtracting(files.map(\.path)).sorted()
    return summary
}

/// A folder's path without trailing slashes.
func folderPath(_ directory: URL) -> String {
    var root = directory.path
    while root.count > 1, root.hasSuffix("/") { root.removeLast() }
    return root
}

/// The path up to its last `/` ("" for a bare name).
func parentFolder(_ path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return slash == path.utf8.startIndex ? "/" : String(path[..<slash])
}

/// Relative paths of the regular files under `directory`, sorted; hidden files are not listed.
/// Empty when the folder does not exist.
public func listFiles(in directory: URL) -> [String] {
    FileSystem.listFiles(directory.path)
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
