import ArgumentParser
import Foundation
import SDKGenCore
import SDKGenIO
import SDKGenMock

/// The `sdkgen` command line: argument parsing and file I/O around `SDKGenCore`.
@main
struct SDKGen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Generate a Swift client SDK and Markdown docs from an OpenAPI 3.0/3.1 document.",
        discussion: """
            With no subcommand and no spec or --config, reads Sources/KalshiAPI/sdkgen.yaml, which \
            regenerates Generated/ from spec/kalshi.yaml (the swift-sdkgen repository's layout). The \
            built-in templates are part of the binary; --templates or 'templates:' in sdkgen.yaml \
            replace them by file name.

            Exit codes: 0 success, 1 errors in the spec or templates, 2 usage errors.
            """,
        version: version,
        subcommands: [Generate.self, Check.self, Diff.self, Mock.self, Inputs.self, BundleSpec.self, Scan.self, EmbedTemplates.self],
        defaultSubcommand: Generate.self
    )

    /// What `sdkgen --version` prints. Generated files never carry it (the same spec and templates
    /// give the same bytes whichever sdkgen wrote them).
    static let version = "0.9.0"

    /// Runs the command; usage errors exit with 2 (ArgumentParser's default is 64).
    static func main() async {
        if let typo = mistypedCommand(Array(CommandLine.arguments.dropFirst())) {
            printError("error: unknown command '\(typo.word)'; did you mean '\(typo.command)'?")
            printError("Run 'sdkgen --help' for the commands.")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                printError("Run 'sdkgen --help' for the options.")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// The bytes of a file the user named (a spec, an `sdkgen.yaml`, an allow-list); when it cannot be
/// read, says why (`error: cannot read the spec 'x.yaml': no such file`) and exits 2.
func readNamedFile(_ path: String, what: String) throws -> [UInt8] {
    if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
    var isFolder: ObjCBool = false
    let reason: String
    if !FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
        let folder = String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.startIndex))
        reason = folder.isEmpty || FileManager.default.fileExists(atPath: folder) ? "no such file" : "no such file (and no folder '\(folder)')"
    } else if isFolder.boolValue {
        reason = "it is a folder"
    } else if !FileManager.default.isReadableFile(atPath: path) {
        reason = "permission denied"
    } else {
        reason = "it could not be read"
    }
    printError("error: cannot read the \(what) '\(path)': \(reason)")
    throw ExitCode(2)
}

/// A first argument that is no file and no command but looks like a command mistyped
/// (`sdkgen generat spec.yaml`): without this, it would be read as the spec of the default command.
func mistypedCommand(_ arguments: [String]) -> (word: String, command: String)? {
    let commands = SDKGen.configuration.subcommands.map { $0._commandName }
    guard let word = arguments.first, !word.hasPrefix("-"), !commands.contains(word),
          !word.contains("."), !word.contains("/"), !FileManager.default.fileExists(atPath: word),
          let command = didYouMean(word, among: commands) else { return nil }
    return (word, command)
}

/// Reads and parses a YAML file the user named (an `sdkgen.yaml`, an allow-list), printing its
/// diagnostics: exit 2 when it cannot be read, 1 when it is not valid.
func readYAMLFile<T>(_ path: String, what: String, _ parse: ([UInt8], String, DiagnosticSink) -> T?) throws -> (value: T, bytes: [UInt8]) {
    let bytes = try readNamedFile(path, what: what), diagnostics = DiagnosticSink()
    let value = parse(bytes, path, diagnostics)
    for diagnostic in diagnostics.diagnostics { printError(diagnostic.description) }
    guard let value else { throw ExitCode(1) }
    return (value, bytes)
}

/// Options shared by the subcommands that read a spec.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON). (default: 'spec' of --config)")
    var spec: String?

    @Option(name: .shortAndLong, help: "The SDK's folder. (default: Generated, or 'output' of --config)")
    var output: String?

    @Option(name: .shortAndLong, help: "A folder of Mustache templates that replace the built-in ones by file name (Client, Operations, Operation, Models, Struct, Enum, Union, TagDoc, ModelDoc, DocsIndex); after 'templates' of --config.")
    var templates: String?

    @Option(name: .long, help: "An sdkgen.yaml: spec, output, templates (overrides by file name), module, accessModifier, docs, filter, naming, typeOverrides, servers. Its paths are relative to it.")
    var config: String?

    @Option(name: .long, help: "The Swift module the SDK is compiled into, used in the docs' examples. (default: 'module' of --config, else the output folder's name)")
    var module: String?

    @Flag(name: .long, inversion: .prefixedNo, help: "Write Markdown docs under <output>/docs. (default: on, or 'docs' of --config)")
    var docs: Bool?

    @Flag(name: .long, inversion: .prefixedNo, help: "With the docs, also write a DocC catalog, <output>/<module>.docc. (default: off, or 'docc' of --config)")
    var docc: Bool?

    @Flag(name: .long, inversion: .prefixedNo, help: "Make structs, unions, headers and responses enums Hashable; enums always are. (default: off, or 'hashable' of --config)")
    var hashable: Bool?

    @Option(name: .long, help: "The most nodes YAML aliases may expand to.")
    var maxAliasNodes: Int = YAMLLimits().maxAliasExpansion

    @Option(name: .long, help: "The deepest nesting of YAML mappings and sequences.")
    var maxDepth: Int = YAMLLimits().maxDepth

    @Option(name: .long, help: "The most '$ref's inlined one inside another.")
    var maxRefDepth: Int = YAMLLimits().maxReferenceDepth

    @Flag(name: .long, help: "Let '$ref's reach files outside the spec's folder.")
    var allowExternalFiles = false

    @Flag(name: .long, help: "Leave out each operation and schema that has an error (a dangling '$ref', a missing file), and what refers to it, with a warning each, instead of failing. (default: off, or 'skipInvalid' of --config)")
    var skipInvalid = false

    @Flag(name: .long, help: "Also generate the server side: 00-Server.swift, with each operation group's registerHandlers(on:serverURL:middlewares:) for any swift-openapi-runtime ServerTransport. (default: off, or 'server' of --config)")
    var server = false

    @Flag(name: .long, help: "Also write SchemaRegistry.swift, which maps each schema's JSON pointer (in the document `sdkgen bundle` writes) to its Swift type, for conformance tests.")
    var schemaRegistry = false

    @Flag(name: .long, help: "Print nothing but diagnostics.")
    var quiet = false

    @Flag(name: .long, help: .hidden)
    var timings = false

    /// 1: every stage on one thread, in order (the output must not change).
    @Option(name: .long, help: .hidden)
    var jobs: Int?

    /// Models and operations files: 16 (the build plugin's layout), or 1 for small test fixtures.
    @Option(name: .long, help: .hidden)
    var shards: Int = OutputLayout.modelShards

    @Flag(name: .long, help: "Regenerate even when the inputs and the output folder are unchanged since the last run (which is otherwise skipped).")
    var noCache = false

    /// Every file of the fixed layout, an empty shard as its header only: what the build plugin
    /// declares. Without it, empty shards are left out of the output.
    @Flag(name: .long, help: .hidden)
    var fixedLayout = false

    /// What the options and the config file say, with the config's paths made relative to here.
    struct Resolved {
        /// The first spec names the output; the others are merged into it.
        var specs: [String]
        var output: String
        /// `output:` of the config file (made relative to here), when it has one.
        var configuredOutput: String?
        /// `docc: Path/To/Module.docc` of the config file (made relative to here): where the DocC
        /// catalog goes instead of the output folder.
        var doccFolder: String?
        var options: GenerateOptions
        /// Folders of templates that replace built-in ones by name, in order (the config's, then --templates).
        var overrides: [String]
        /// Where the config's `templates:` is written, when the first override folder comes from it.
        var overridesLocation: SourceLocation?
        /// Every file the run reads (config, specs, files `$ref`s reach, templates), as it reads them.
        var read: ReadLog
    }

    /// Each file the run read with the hash of the bytes it got, for the no-op record: hashed
    /// once, from the bytes already in memory.
    final class ReadLog: @unchecked Sendable {
        private(set) var inputs: [(path: String, hash: UInt64)] = []

        func note(_ path: String, _ bytes: [UInt8]) {
            inputs.append((path, GenerationCache.hash(bytes)))
        }
    }

    /// The configuration `sdkgen` reads when given neither a spec nor --config: this repository's.
    static let repositoryConfig = "Sources/KalshiAPI/sdkgen.yaml"

    func resolve() throws -> Resolved {
        var configuration = SDKGenConfiguration()
        var base = ""
        let read = ReadLog()
        var config = self.config
        if spec == nil, config == nil {
            guard FileManager.default.fileExists(atPath: Self.repositoryConfig) else {
                printError("error: no spec to read: pass one (sdkgen generate openapi.yaml -o Generated) or --config path/to/sdkgen.yaml")
                throw ExitCode(2)
            }
            config = Self.repositoryConfig
        }
        if let config {
            let (parsed, bytes) = try readYAMLFile(config, what: "configuration", parseConfiguration)
            read.note(config, bytes)
            configuration = parsed
            base = resolvePath(".", from: config)
        }
        func relative(_ path: String) -> String { base.isEmpty || path.hasPrefix("/") ? path : resolvePath(path, from: base + "/x") }
        var options = GenerateOptions()
        options.configuration = configuration
        options.docs = docs ?? configuration.docs
        if let hashable { options.configuration.hashable = hashable }
        if let docc { options.configuration.docc = docc }
        let outputFolder = output ?? configuration.output.map(relative) ?? "Generated"
        options.moduleName = module ?? configuration.module ?? SwiftName.typeName(URL(fileURLWithPath: outputFolder).standardizedFileURL.lastPathComponent)
        options.yamlLimits.maxAliasExpansion = maxAliasNodes
        options.yamlLimits.maxDepth = maxDepth
        options.yamlLimits.maxReferenceDepth = maxRefDepth
        options.allowOutsideRoot = allowExternalFiles
        options.skipInvalid = skipInvalid || configuration.skipInvalid
        options.schemaRegistry = schemaRegistry
        if server { options.configuration.server = true }
        if timings { options.timings = StageTimings() }
        options.shards = shards
        options.fixedLayout = fixedLayout
        options.serially = jobs == 1
        options.loader = { path in
            guard let bytes = FileManager.default.contents(atPath: path).map({ [UInt8]($0) }) else { return nil }
            read.note(path, bytes)
            return bytes
        }
        let specs = spec.map { [$0] } ?? configuration.specs.map(relative)
        if specs.isEmpty, let config {
            printError("\(config):1:1: error: sdkgen.yaml has no 'spec'; add 'spec: path/to/openapi.yaml'")
            throw ExitCode(1)
        }
        return Resolved(
            specs: specs,
            output: outputFolder,
            configuredOutput: configuration.output.map(relative),
            doccFolder: configuration.doccFolder.map(relative),
            options: options,
            overrides: (configuration.templates.map(relative).map { [$0] } ?? []) + (templates.map { [$0] } ?? []),
            overridesLocation: configuration.templates == nil ? nil : configuration.templatesLocation,
            read: read
        )
    }

    /// One folder the run writes and the files it gets.
    struct Destination {
        var folder: String
        var files: [OutputFile]
    }

    /// Where the files go: the output folder, and the DocC catalog's own folder when `docc:` names
    /// one (the catalog's files taken out of the output, relative to that folder).
    func destinations(_ files: [OutputFile], _ resolved: Resolved) -> [Destination] {
        // A run without docs (the build plugin's) writes no catalog and leaves its folder alone.
        guard let doccFolder = resolved.doccFolder, resolved.options.docs, resolved.options.configuration.docc else {
            return [Destination(folder: resolved.output, files: files)]
        }
        let prefix = DocCCatalog.folder(module: resolved.options.moduleName) + "/"
        let catalog = files.filter { $0.path.hasPrefix(prefix) }.map { OutputFile(path: String($0.path.dropFirst(prefix.count)), contents: $0.contents) }
        return [Destination(folder: resolved.output, files: files.filter { !$0.path.hasPrefix(prefix) }), Destination(folder: doccFolder, files: catalog)]
    }

    /// `target` as a path from `folder` (both relative to here or absolute): `../Sources/App/App.docc`.
    static func path(of target: String, from folder: String) -> String {
        let from = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let common = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - common) + to.dropFirst(common)).joined(separator: "/")
    }

    /// The override folders' `.mustache` files, in order.
    func templateFiles(_ resolved: Resolved) -> [String] {
        resolved.overrides.flatMap { folder in
            listFiles(in: URL(fileURLWithPath: folder)).filter { $0.hasSuffix(".mustache") }.map { folder + "/" + $0 }
        }
    }

    /// What else decides the output: this binary (path, size, time), the arguments, the working
    /// folder and which template files exist.
    func cacheKey(_ resolved: Resolved) -> String {
        var parts: [String] = []
        if let executable = Bundle.main.executablePath, let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            parts.append("\(executable) \(attributes[.size] as? Int ?? 0) \(modified)")
        } else {
            // Without knowing which binary runs, never skip a run.
            parts.append("unknown binary \(Date().timeIntervalSince1970)")
        }
        parts.append(FileManager.default.currentDirectoryPath)
        parts += CommandLine.arguments.dropFirst()
        parts += templateFiles(resolved)
        return parts.joined(separator: "\u{0}")
    }

    /// The built-in templates with the override folders' templates in place of those of the same name.
    func loadTemplateSet(_ resolved: Resolved) throws -> TemplateSet {
        var texts: [String: String] = [:]
        var paths: [String: String] = [:]
        for (index, folder) in resolved.overrides.enumerated() {
            let loaded = try readTemplateFolder(folder, configuredAt: index == 0 ? resolved.overridesLocation : nil)
            for (name, text) in loaded {
                resolved.read.note(folder + "/" + name + ".mustache", Array(text.utf8))
                paths[name] = folder
            }
            texts.merge(loaded) { _, later in later }
        }
        do {
            return try TemplateSet(overriding: texts)
        } catch {
            // Messages start with the template's file name (`Client.mustache:3:5: error: ...`).
            let text = "\(error)"
            let name = String(text.prefix { $0 != "." })
            printError(paths[name].map { "\($0)/\(text)" } ?? text)
            throw ExitCode(1)
        }
    }

    /// The spec files' bytes; an unreadable one exits 2.
    func readSpecs(_ resolved: Resolved) throws -> [(bytes: [UInt8], name: String)] {
        try resolved.specs.map { path in
            let bytes = try readNamedFile(path, what: "spec")
            resolved.read.note(path, bytes)
            return (bytes, path)
        }
    }

    /// Runs the pipeline in memory; prints diagnostics; exits 1 on errors.
    /// The files to write, and what `--skip-invalid` left out.
    func generateFiles(_ resolved: Resolved) throws -> (files: [OutputFile], skipped: [SkippedPart]) {
        let specs = try readSpecs(resolved)
        let templateSet = try loadTemplateSet(resolved)
        let diagnostics = DiagnosticSink()
        let files = SDKGenCore.generate(specs: specs, templates: templateSet, options: resolved.options, diagnostics: diagnostics)
        for diagnostic in diagnostics.diagnostics { printError(diagnostic.description) }
        guard let files else {
            let count = diagnostics.diagnostics.filter { $0.severity == .error }.count
            printError("sdkgen: \(count) error\(count == 1 ? "" : "s"); '\(resolved.output)' was not changed")
            throw ExitCode(1)
        }
        return (files, diagnostics.skipped)
    }
}

/// The `.mustache` files of a folder as name -> text; a missing or unreadable folder exits 1.
/// - Parameter location: Where `sdkgen.yaml` names the folder, for the message.
func readTemplateFolder(_ folder: String, configuredAt location: SourceLocation? = nil) throws -> [String: String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        let message = "the template folder '\(folder)' does not exist"
        printError(location.map { Diagnostic(.error, message + "; create it, or remove 'templates:'", at: $0).description } ?? "error: " + message)
        throw ExitCode(1)
    }
    do {
        return try loadTemplates(from: URL(fileURLWithPath: folder))
    } catch {
        printError("error: cannot read the templates in '\(folder)': \(error.localizedDescription)")
        throw ExitCode(1)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct Generate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate the SDK into the output folder (the default subcommand).",
        discussion: """
            Writes only files whose bytes change and leaves the folder untouched when the spec has errors. \
            Removes only files it generated there earlier (listed in the folder's .sdkgen-manifest) that the \
            spec no longer produces; every other file in the folder is left alone, and a generated file never \
            replaces one sdkgen did not write, nor any file the run reads.
            """
    )

    @OptionGroup var options: SpecOptions

    /// The inputs SDKGenPlugin declared when SwiftPM planned the build, one path per line.
    @Option(name: .long, help: .hidden)
    var declaredInputs: String?

    func run() async throws {
        let start = Date()
        let resolved = try options.resolve()
        let outputFolder = URL(fileURLWithPath: resolved.output).standardizedFileURL.path
        let cache = options.noCache ? nil : GenerationCache(outputFolder: outputFolder, environment: ProcessInfo.processInfo.environment)
        let key = options.cacheKey(resolved)
        if let cache, let count = cache.upToDateFiles(key: key) {
            if !options.quiet {
                let elapsed = Date().timeIntervalSince(start)
                print("sdkgen: \(resolved.output): 0 written, \(count) unchanged, 0 removed (\(String(format: "%.2f", elapsed)) s; inputs and output unchanged since the last run)")
            }
            return
        }
        cache?.forget()
        let (files, skipped) = try options.generateFiles(resolved)
        if let declaredInputs { warnAboutUndeclaredInputs(resolved, declaredIn: declaredInputs) }
        let destinations = options.destinations(files, resolved)
        let inputs = resolved.read.inputs.map(\.path)
        var summary = WriteSummary()
        do {
            // Every folder is compared before any is written: a conflict in one changes none.
            for destination in destinations { _ = try compareOutput(destination.files, to: URL(fileURLWithPath: destination.folder), inputs: inputs) }
            let write = {
                for destination in destinations {
                    let written = try writeOutput(destination.files, to: URL(fileURLWithPath: destination.folder), inputs: inputs)
                    summary.written += written.written
                    summary.unchanged += written.unchanged
                    summary.removed += written.removed
                }
            }
            try resolved.options.timings.map { try $0.measure("write", write) } ?? write()
        } catch let conflict as OutputConflict {
            printError(conflict.description)
            printError("sdkgen: '\(destinations.map(\.folder).joined(separator: "' and '"))' \(destinations.count == 1 ? "was" : "were") not changed")
            throw ExitCode(1)
        } catch {
            printError("error: cannot write '\(resolved.output)': \(error.localizedDescription)")
            throw ExitCode(1)
        }
        // Files of another folder are recorded by their path from the output folder.
        let outputs = destinations.flatMap { destination -> [String] in
            guard destination.folder != resolved.output else { return destination.files.map(\.path) }
            let from = SpecOptions.path(of: destination.folder, from: resolved.output)
            return (destination.files.map(\.path) + [OutputManifest.fileName]).map { from + "/" + $0 }
        }
        cache?.record(key: key, inputs: resolved.read.inputs, outputs: outputs)
        if let timings = resolved.options.timings { printError("sdkgen: timings: \(timings.description)") }
        if !options.quiet {
            let elapsed = Date().timeIntervalSince(start)
            let left = skipped.isEmpty ? "" : "; \(skipped.count) left out by --skip-invalid"
            print("sdkgen: \(resolved.output): \(summary.written.count) written, \(summary.unchanged.count) unchanged, \(summary.removed.count) removed (\(String(format: "%.2f", elapsed)) s\(left))")
        }
    }
}

extension Generate {
    /// Names each file this run read that the build plan does not list: SwiftPM will not rerun
    /// the generation when it changes, until the package is planned again.
    func warnAboutUndeclaredInputs(_ resolved: SpecOptions.Resolved, declaredIn list: String) {
        let text = (try? String(contentsOfFile: list, encoding: .utf8)) ?? ""
        let declared = Set(text.split(separator: "\n").map { URL(fileURLWithPath: String($0)).resolvingSymlinksInPath().path })
        var seen: Set<String> = []
        for path in resolved.read.inputs.map(\.path) where seen.insert(path).inserted {
            guard !declared.contains(URL(fileURLWithPath: path).resolvingSymlinksInPath().path) else { continue }
            printError("\(path): warning: this file is read through a '$ref' but SwiftPM planned the build before it was, so editing it will not regenerate the SDK; touch Package.swift to plan the build again")
        }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exit 0 when the output folder is exactly what the spec and templates produce; otherwise 1. Writes nothing."
    )

    @OptionGroup var options: SpecOptions

    func run() async throws {
        let resolved = try options.resolve()
        let files = try options.generateFiles(resolved).files
        let destinations = options.destinations(files, resolved)
        var stale: [String] = []
        for destination in destinations {
            let comparison: WriteSummary
            do {
                comparison = try compareOutput(destination.files, to: URL(fileURLWithPath: destination.folder), inputs: resolved.read.inputs.map(\.path))
            } catch let conflict as OutputConflict {
                printError(conflict.description)
                throw ExitCode(1)
            }
            guard comparison.changed else { continue }
            stale.append(destination.folder)
            for path in comparison.written { print("differs: \(destination.folder)/\(path)") }
            if comparison.manifestChanged { print("differs: \(destination.folder)/\(OutputManifest.fileName)") }
            for path in comparison.removed { print("stale: \(destination.folder)/\(path)") }
        }
        let folders = destinations.map(\.folder).joined(separator: " and ")
        if stale.isEmpty {
            if !options.quiet { print("sdkgen: \(folders) \(destinations.count == 1 ? "is" : "are") up to date") }
            return
        }
        let arguments = CommandLine.arguments.dropFirst().drop { $0 == "check" }.filter { $0 != "--quiet" }
        print("sdkgen: \(stale.joined(separator: " and ")) \(stale.count == 1 ? "is" : "are") out of date; refresh with `\((["sdkgen", "generate"] + arguments).joined(separator: " "))`")
        throw ExitCode(1)
    }
}

struct BundleSpec: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Print the spec as one JSON document: the files its '$ref's reach brought in, several specs merged, Swagger 2.0 upgraded to OpenAPI 3.",
        discussion: "The document sdkgen generates from; the JSON pointers in its messages and in SchemaRegistry.swift (--schema-registry) point into it. Exits 1 when the spec has errors."
    )

    @OptionGroup var options: SpecOptions

    func run() async throws {
        let resolved = try options.resolve()
        let specs = try options.readSpecs(resolved)
        let diagnostics = DiagnosticSink()
        let document = bundledDocument(specs: specs, options: resolved.options, diagnostics: diagnostics)
        for diagnostic in diagnostics.diagnostics where diagnostic.severity == .error || !options.quiet { printError(diagnostic.description) }
        guard let document, !diagnostics.hasErrors else { throw ExitCode(1) }
        print(jsonText(document.root))
    }
}

struct Inputs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every file a run reads: the configuration, the specs, the files their '$ref's reach and override templates, one per line.",
        discussion: """
            Build systems declare these as the inputs of the generation step (SDKGenPlugin does), so an \
            edit to any of them regenerates the SDK. With --json, also the configuration's output folder \
            and module and the override template folders. Exits 1 when the spec has errors, after \
            printing the files it could read.
            """
    )

    @OptionGroup var options: SpecOptions

    @Flag(name: .long, help: "Print one JSON object: inputs, templateFolders, server, and output and module when the configuration has them.")
    var json = false

    struct Report: Encodable {
        var inputs: [String]
        var templateFolders: [String]
        var output: String?
        var module: String?
        /// The configuration asks for the server side: the build plugin declares 00-Server.swift too.
        var server: Bool
    }

    func run() async throws {
        let resolved = try options.resolve()
        let specs = try options.readSpecs(resolved)
        _ = try options.loadTemplateSet(resolved)
        let diagnostics = DiagnosticSink()
        let bundled = bundleSpecs(specs, options: resolved.options, diagnostics: diagnostics)
        for diagnostic in diagnostics.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        var seen: Set<String> = []
        let inputs = resolved.read.inputs.map(\.path).filter { seen.insert($0).inserted }.sorted()
        if json {
            let report = Report(inputs: inputs, templateFolders: resolved.overrides, output: resolved.configuredOutput, module: resolved.options.configuration.module, server: resolved.options.configuration.server)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            for path in inputs { print(path) }
        }
        if bundled == nil { throw ExitCode(1) }
    }
}

struct Diff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two versions of a spec at the level of the generated Swift API.",
        discussion: """
            Lists each change to operations, parameters, bodies, responses, servers, security and \
            types, with its kind's id (the README lists them), what it means for the SDK's version \
            (breaking, added, changed, docs) and its place in both files. With --semver, prints only \
            the version bump the changes need: major, minor, patch or none.
            """
    )

    @Argument(help: "The old version of the spec.")
    var old: String

    @Argument(help: "The new version of the spec.")
    var new: String

    @Option(name: .long, help: "text (default), markdown (a pull-request comment), json, sarif (SARIF 2.1.0), github (Actions annotations) or changelog (release notes).")
    var format: String = "text"

    @Flag(name: .long, help: "Print only the version bump the changes need: major, minor, patch or none.")
    var semver = false

    @Flag(name: .long, help: "Exit 1 when the new spec's info.version is bumped less than the changes need.")
    var checkVersion = false

    @Flag(name: .long, help: "Exit 1 when a breaking change is found that no allow-list entry accepts.")
    var failOnBreaking = false

    @Option(name: .long, help: "An allow-list of changes to accept: a YAML file with 'accept:', a list of entries with 'id', 'symbol' and 'reason'.")
    var accept: String?

    @Option(name: .long, help: "An sdkgen.yaml whose naming, filter and type overrides the specs are generated with (the old one too, unless --old-config), and whose 'diff.accept' is an allow-list.")
    var config: String?

    @Option(name: .long, help: "The sdkgen.yaml the old spec is generated with (default: --config), so that a change of naming, filter or type overrides is reported too.")
    var oldConfig: String?

    @Flag(name: .long, help: "Let '$ref's reach files outside the spec's folder.")
    var allowExternalFiles = false

    @Flag(name: .long, help: "Leave out each operation and schema that has an error (a dangling '$ref', a missing file), and what refers to it, instead of failing.")
    var skipInvalid = false

    func model(_ path: String, _ configuration: SDKGenConfiguration) throws -> APIModel {
        let bytes = try readNamedFile(path, what: "spec")
        var options = GenerateOptions()
        options.configuration = configuration
        options.allowOutsideRoot = allowExternalFiles
        options.skipInvalid = skipInvalid || configuration.skipInvalid
        options.loader = { file in FileManager.default.contents(atPath: file).map { [UInt8]($0) } }
        let diagnostics = DiagnosticSink()
        let model = buildModel(spec: [UInt8](bytes), specName: path, options: options, diagnostics: diagnostics)
        for diagnostic in diagnostics.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        guard let model else { throw ExitCode(1) }
        return model
    }

    func run() async throws {
        guard let reportFormat = DiffFormat(rawValue: format) else {
            printError("error: --format must be \(DiffFormat.allCases.map(\.rawValue).joined(separator: ", ")), not '\(format)'")
            throw ExitCode(2)
        }
        let configuration = try config.map { try readYAMLFile($0, what: "configuration", parseConfiguration).value } ?? SDKGenConfiguration()
        var entries = configuration.acceptedChanges
        if let accept { entries += try readYAMLFile(accept, what: "allow-list", parseAcceptedChanges).value }
        let oldConfiguration = try oldConfig.map { try readYAMLFile($0, what: "configuration", parseConfiguration).value } ?? configuration
        let oldModel = try model(old, oldConfiguration), newModel = try model(new, configuration)
        var changes = diffAPIs(old: oldModel, new: newModel)
        for entry in acceptChanges(&changes, entries) {
            let place = entry.location.map { "\($0): " } ?? ""
            printError("\(place)warning: the allow-list entry '\(entry.id)'\(entry.symbol.map { " for '\($0)'" } ?? "") accepts no change; remove it")
        }
        let report = APIDiffReport(old: oldModel, new: newModel, changes: changes, oldFile: old, newFile: new)
        print(semver ? report.verdict.rawValue : formatReport(report, as: reportFormat), terminator: semver ? "\n" : "")
        var failed = false
        if checkVersion, let problem = versionProblem(report) {
            printError("\(report.new.versionLocation.map { "\($0): " } ?? "\(new): ")error: \(problem)")
            failed = true
        }
        if failOnBreaking, !report.unacceptedBreaking.isEmpty {
            printError("error: \(report.unacceptedBreaking.count) breaking change\(report.unacceptedBreaking.count == 1 ? "" : "s") not in the allow-list")
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

struct Scan: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a file with libyaml's event parser and build nothing (the benchmark's floor).",
        shouldDisplay: false
    )

    @Argument(help: "A YAML or JSON file.")
    var file: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("error: cannot read '\(file)'")
            throw ExitCode(2)
        }
        guard let events = scanYAMLEvents([UInt8](data)) else {
            printError("\(file): error: YAML syntax error")
            throw ExitCode(1)
        }
        print("\(events) events")
    }
}

struct EmbedTemplates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "embed-templates",
        abstract: "Write the built-in templates into SDKGenCore (for swift-sdkgen's developers, after editing Templates/).",
        shouldDisplay: false
    )

    @Option(help: "The templates to embed.")
    var templates = "Templates"

    @Option(help: "The Swift file to write.")
    var output = "Sources/SDKGenCore/Render/BuiltInTemplates.swift"

    func run() async throws {
        let texts = try readTemplateFolder(templates)
        guard !texts.isEmpty else {
            printError("error: '\(templates)' holds no .mustache files; run this in a swift-sdkgen checkout")
            throw ExitCode(2)
        }
        do {
            _ = try TemplateSet(templates: texts)
        } catch {
            printError("\(templates)/\(error)")
            throw ExitCode(1)
        }
        let source = Data(embeddedTemplatesSource(texts).utf8)
        if FileManager.default.contents(atPath: output) == source {
            print("sdkgen: \(output) is up to date")
            return
        }
        try source.write(to: URL(fileURLWithPath: output), options: .atomic)
        print("sdkgen: wrote \(output) (\(texts.count) templates); build again (`swift run sdkgen`) to use them")
    }
}

struct Mock: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a mock of the API a spec describes, on 127.0.0.1, until interrupted.",
        discussion: """
            Each operation answers a valid request with its success response: the spec's example when \
            it is valid, otherwise a value made from the schema; the same request always gets the same \
            bytes. Requests the spec does not allow are refused: 401 without the operation's \
            credentials (their presence is checked, not their value), 400 for a parameter or body that \
            breaks its schema, 415 for an undocumented content type, 404 and 405 for unknown paths and \
            methods. The reason is in the JSON body, or in the sdkgen-mock-error header when the \
            operation documents its own error body. Paths are served both under the first server's \
            path (/trade-api/v2) and without it. Prints the base URL on the first line of standard \
            output; --port 0 picks a free port.
            """
    )

    @Argument(help: "The OpenAPI document (YAML or JSON); more than one are merged into one API.")
    var specs: [String]

    @Option(name: .long, help: "The TCP port; 0 picks a free one.")
    var port: Int = 4010

    @Option(name: .long, help: "The IPv4 address to listen on.")
    var host: String = "127.0.0.1"

    @Flag(name: .long, help: "Let '$ref's reach files outside the spec's folder.")
    var allowExternalFiles = false

    @Option(name: .long, help: ArgumentHelp("Accept only this credential for a security scheme of the spec: an API key's value, a bearer token, or user:password for basic (repeatable). Schemes not named accept any non-empty credential.", valueName: "scheme=value"))
    var credential: [String] = []

    @Flag(name: .long, help: "Log nothing: neither requests nor warnings (standard error).")
    var quiet = false

    func run() async throws {
        var credentials: [String: String] = [:]
        for item in credential {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                printError("error: --credential takes scheme=value (a name under components/securitySchemes), not '\(item)'")
                throw ExitCode(2)
            }
            credentials[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        guard (0...65535).contains(port) else {
            printError("error: --port must be between 0 and 65535, not \(port)")
            throw ExitCode(2)
        }
        var inputs: [(bytes: [UInt8], name: String)] = []
        for path in specs {
            inputs.append((try readNamedFile(path, what: "spec"), path))
        }
        var options = GenerateOptions()
        options.allowOutsideRoot = allowExternalFiles
        options.loader = { file in FileManager.default.contents(atPath: file).map { [UInt8]($0) } }
        let diagnostics = DiagnosticSink()
        // The spec must be one sdkgen generates from: the same errors as `sdkgen generate`.
        let model = buildModel(specs: inputs, options: options, diagnostics: diagnostics)
        let document = model == nil ? nil : bundledDocument(specs: inputs, options: options, diagnostics: DiagnosticSink())
        // Only errors: the generator's warnings (names, skipped parts) say nothing about the mock.
        for diagnostic in diagnostics.diagnostics where diagnostic.severity == .error { printError(diagnostic.description) }
        guard let document else { throw ExitCode(1) }
        let schemes = Set((document.root["components"]?["securitySchemes"]?.pairs ?? []).compactMap(\.key.scalarText))
        for name in credentials.keys.sorted() where !schemes.contains(name) {
            printError("error: --credential names '\(name)', which is not a security scheme of the spec (it has \(schemes.isEmpty ? "none" : schemes.sorted().joined(separator: ", ")))")
            throw ExitCode(2)
        }
        let api = MockAPI(document: document, credentials: credentials)
        if !quiet { for warning in api.warnings { printError("warning: \(warning)") } }
        let log: (@Sendable (MockRequest, MockResponse) -> Void)? = quiet ? nil : Self.log
        let listener: HTTPListener
        do {
            listener = try HTTPListener(host: host, port: port, log: log, handler: api.respond)
        } catch {
            printError("error: \(error)")
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data("http://\(host):\(listener.port)\(api.basePath)\n".utf8))
        if !quiet { printError("sdkgen mock: \(api.operations.count) operations of \(specs.joined(separator: ", ")); Ctrl-C stops") }
        signal(SIGINT) { _ in Foundation.exit(0) }
        signal(SIGTERM) { _ in Foundation.exit(0) }
        while true { try await Task.sleep(nanoseconds: 3_600_000_000_000) }
    }

    /// One line a request on standard error: `GET /pets?limit=2 -> 200`, and why it was refused.
    @Sendable static func log(_ request: MockRequest, _ response: MockResponse) {
        let target = request.path + (request.query.isEmpty ? "" : "?" + request.query)
        let reason = response.header("sdkgen-mock-error").map { " (\($0))" } ?? ""
        printError("\(request.method) \(target) -> \(response.status)\(reason)")
    }
}
