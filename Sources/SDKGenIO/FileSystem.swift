#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the writer and the no-op check need, straight on POSIX: no Foundation
/// bridging, no fsync per file, one `stat` per question.
enum FileSystem {
    struct FileError: Error, CustomStringConvertible {
        var description: String
    }

    /// Size and modification time of a regular file; nil when there is none.
    struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
        return Stamp(size: Int(info.st_size), seconds: Int(info.st_mtimespec.tv_sec), nanoseconds: Int(info.st_mtimespec.tv_nsec))
        #else
        return Stamp(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        #endif
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The whole file, or nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while true {
            if offset == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            offset += count
        }
        bytes.removeSubrange(offset...)
        return bytes
    }

    /// Up to `count` bytes from the start of a file, or nil when it cannot be read.
    static func readPrefix(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, count - offset)
            }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            offset += got
        }
        return Array(bytes[..<offset])
    }

    /// The absolute path with symbolic links, `.` and `..` resolved; nil when nothing is there.
    static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when the file at `path` holds exactly `text`'s UTF-8 bytes.
    static func contentEquals(_ path: String, _ text: String) -> Bool {
        guard let size = stamp(path)?.size, size == text.utf8.count, let bytes = readFile(path), bytes.count == size else { return false }
        if size == 0 { return true }
        var text = text
        return text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { memcmp(utf8.baseAddress!, $0.baseAddress!, size) == 0 }
        }
    }

    /// Creates or truncates `path` and writes `text` (mode 0644).
    static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += count
            }
        }
    }

    /// `mkdir -p`.
    static func createDirectories(_ path: String) throws {
        if path.isEmpty || isDirectory(path) { return }
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex {
            try createDirectories(String(path[..<slash]))
        }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure("cannot create the folder", path) }
    }

    static func move(_ source: String, to target: String) throws {
        if rename(source, target) != 0 { throw failure("cannot move '\(source)' to", target) }
    }

    static func remove(_ path: String) {
        unlink(path)
    }

    /// Removes a folder and everything in it; missing folders are fine.
    static func removeTree(_ path: String) {
        for file in listFiles(path) { unlink(path + "/" + file) }
        for folder in listFolders(path).reversed() { rmdir(path + "/" + folder) }
        rmdir(path)
    }

    /// Removes an empty folder; a folder that holds anything stays.
    static func removeFolder(_ path: String) {
        rmdir(path)
    }

    /// Removes `folder` and its parents up to (not including) `root` while they are empty.
    static func removeEmptyFolders(from folder: String, upTo root: String) {
        var current = folder
        while current.count > root.count, current.hasPrefix(root + "/"), rmdir(current) == 0 {
            guard let slash = current.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
            current = String(current[..<slash])
        }
    }

    /// Relative paths of the regular files under `root`, sorted; hidden entries are skipped.
    static func listFiles(_ root: String) -> [String] {
        var files: [String] = []
        var folders: [String] = []
        walk(root, "", files: &files, folders: &folders)
        return files.sorted()
    }

    /// Relative paths of the folders under `root`, parents before children.
    static func listFolders(_ root: String) -> [String] {
        var files: [String] = []
        var folders: [String] = []
        walk(root, "", files: &files, folders: &folders)
        return folders.sorted()
    }

    private static func walk(_ root: String, _ prefix: String, files: inout [String], folders: inout [String]) {
        let path = prefix.isEmpty ? root : root + "/" + prefix
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) || kind == Int32(DT_LNK) {
                if isDirectory(root + "/" + relative) { kind = Int32(DT_DIR) } else if stamp(root + "/" + relative) != nil { kind = Int32(DT_REG) }
            }
            if kind == Int32(DT_DIR) {
                folders.append(relative)
                walk(root, relative, files: &files, folders: &folders)
            } else if kind == Int32(DT_REG) {
                files.append(relative)
            }
        }
    }

    private static func failure(_ what: String, _ path: String) -> FileError {
        FileError(description: "\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
