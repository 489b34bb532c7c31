#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import SDKGenCore

/// What the last successful `sdkgen generate` into a folder read and wrote, kept outside that folder
/// so a run with nothing changed can stop before parsing.
///
/// An entry records a key (the generator binary, its arguments, the working folder, the template
/// folders' listings: whatever the caller puts in it), a hash of every file the run read (specs,
/// files that `$ref`s reached, templates, configuration) and the size and modification time of every
/// file it generated in the output folder and of its manifest. A run is a no-op when the key
/// matches, every input hashes the same, and those files are untouched (other files in the folder
/// are the user's: a full run would leave them alone too). Entries live in
/// `$SDKGEN_CACHE_DIR`, else `$XDG_CACHE_HOME/sdkgen`, else `~/.cache/sdkgen`, one per output folder;
/// they hold machine-specific facts and never go into generated output.
public struct GenerationCache {
    /// The entry's file.
    let entry: String
    /// The absolute output folder the entry describes.
    let output: String

    static let format = "sdkgen-cache 1"

    /// nil when no cache folder can be found from the environment.
    public init?(outputFolder absolutePath: String, environment: [String: String]) {
        let base: String
        if let folder = environment["SDKGEN_CACHE_DIR"], !folder.isEmpty {
            base = folder
        } else if let folder = environment["XDG_CACHE_HOME"], !folder.isEmpty {
            base = folder + "/sdkgen"
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.cache/sdkgen"
        } else {
            return nil
        }
        output = absolutePath
        entry = base + "/" + Self.hex(Self.hash(Array(absolutePath.utf8))) + ".txt"
    }

    /// 64-bit FNV-1a: stable across runs and machines, and fast enough for multi-megabyte specs.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The number of output files when the last run with this key read the same inputs and its
    /// output is untouched; nil when the run must happen.
    public func upToDateFiles(key: String) -> Int? {
        guard let bytes = FileSystem.readFile(entry) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == Self.format, lines[1] == "key " + Self.hex(Self.hash(Array(key.utf8))) else { return nil }
        var outputs: [String] = []
        for line in lines.dropFirst(2) where !line.isEmpty {
            let fields = line.split(separator: "\t", maxSplits: 4, omittingEmptySubsequences: false)
            switch fields.first {
            case "input"?:
                guard fields.count == 3, let bytes = FileSystem.readFile(String(fields[2])), Self.hex(Self.hash(bytes)) == fields[1] else { return nil }
            case "output"?:
                guard fields.count == 5, let size = Int(fields[1]), let seconds = Int(fields[2]), let nanoseconds = Int(fields[3]) else { return nil }
                let path = String(fields[4])
                guard FileSystem.stamp(output + "/" + path) == FileSystem.Stamp(size: size, seconds: seconds, nanoseconds: nanoseconds) else { return nil }
                outputs.append(path)
            default:
                return nil
            }
        }
        // The manifest decides what a full run would remove: unchanged, that run would remove nothing.
        guard outputs.contains(OutputManifest.fileName) else { return nil }
        // Outputs in another folder (a DocC catalog's, `../Sources/App/App.docc/...`) bring its manifest.
        return outputs.filter { $0.split(separator: "/").last.map(String.init) != OutputManifest.fileName }.count
    }

    /// Records a successful run: the inputs it read with the hashes of the bytes it read (so they
    /// are not read again here), and the outputs' stamps. Failing to write the entry only costs the
    /// next run its shortcut.
    public func record(key: String, inputs: [(path: String, hash: UInt64)], outputs: [String]) {
        var text = Self.format + "\nkey " + Self.hex(Self.hash(Array(key.utf8))) + "\n"
        var recorded: Set<String> = []
        for input in inputs.sorted(by: { $0.path < $1.path }) where recorded.insert(input.path).inserted {
            text += "input\t\(Self.hex(input.hash))\t\(input.path)\n"
        }
        for path in (outputs + [OutputManifest.fileName]).sorted() {
            guard let stamp = FileSystem.stamp(output + "/" + path) else { return }
            text += "output\t\(stamp.size)\t\(stamp.seconds)\t\(stamp.nanoseconds)\t\(path)\n"
        }
        let folder = parentFolder(entry)
        // Unique per process, so two runs recording at once never write into the same file.
        let temporary = entry + ".\(getpid()).new"
        do {
            try FileSystem.createDirectories(folder)
            try FileSystem.writeFile(text, to: temporary)
            try FileSystem.move(temporary, to: entry)
        } catch {
            FileSystem.remove(temporary)
        }
    }

    /// Forgets the folder's entry (after a failed run, or when the caller asks for a full run).
    public func forget() {
        FileSystem.remove(entry)
    }
}
