// Shared with the GenerateSDK command plugin through a symbolic link: plugins cannot share a library.
import Foundation
import PackagePlugin

/// A target's `sdkgen.yaml`: flat `key: value` lines; paths are relative to the file.
struct SDKGenConfig {
    /// Must match `OutputLayout.swiftFiles` in SDKGenCore (a test checks they agree).
    static let swiftFiles = ["00-Client.swift"] + (0..<16).flatMap { shard in
        let number = shard < 10 ? "0\(shard)" : "\(shard)"
        return ["\(number)-Models.swift", "\(number)-Operations.swift"]
    }

    var file: URL
    /// The spec files (inputs of the build command).
    var specs: [URL]
    var output: URL?
    /// swift-sdkgen's built-in templates; the config's `templates:` folder overrides them by name.
    var templates: URL
    var templateFiles: [URL]
    var module: String?

    init(targetDirectory: URL, package: Package) throws {
        file = targetDirectory.appending(path: "sdkgen.yaml")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw PluginError("\(file.path): error: SDKGenPlugin needs an sdkgen.yaml in the target's folder with at least 'spec: path/to/openapi.yaml'")
        }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = content.firstIndex(of: ":") else { continue }
            let key = content[..<colon].trimmingCharacters(in: .whitespaces)
            var value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            values[key] = value
        }
        let base = targetDirectory
        guard let spec = values["spec"] else {
            throw PluginError("\(file.path):1:1: error: sdkgen.yaml has no 'spec' key; add 'spec: path/to/openapi.yaml'")
        }
        // `spec: a.yaml` or a flow list `spec: [a.yaml, b.yaml]`.
        let list = spec.hasPrefix("[") && spec.hasSuffix("]") ? spec.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " '\"")) } : [spec]
        specs = list.map { base.appending(path: $0).standardized }
        output = values["output"].map { base.appending(path: $0).standardized }
        module = values["module"]
        guard let sdkgen = Self.findPackage(named: "swift-sdkgen", from: package) else {
            throw PluginError("error: cannot find the swift-sdkgen package among the dependencies to locate its Templates/")
        }
        templates = sdkgen.directoryURL.appending(path: "Templates")
        var files = Self.mustacheFiles(in: templates)
        if let overrides = values["templates"] {
            files += Self.mustacheFiles(in: base.appending(path: overrides).standardized)
        }
        templateFiles = files
    }

    /// The `.mustache` files of a folder, sorted; none when it does not exist.
    static func mustacheFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".mustache") }.sorted().map { folder.appending(path: $0) }
    }

    static func findPackage(named name: String, from package: Package) -> Package? {
        var queue = [package]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current.id).inserted else { continue }
            if current.displayName == name { return current }
            queue += current.dependencies.map(\.package)
        }
        return nil
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
