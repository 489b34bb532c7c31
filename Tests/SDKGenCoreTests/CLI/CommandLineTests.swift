import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SDKGenCore
import SDKGenIO
import Testing

struct CommandLineError: Error, CustomStringConvertible {
    var description: String
}

/// Stops `process` if it still runs after `seconds`: a hung sdkgen or script then fails its test
/// (its pipes close, the reads end) instead of blocking the test run, which a Swift Testing time
/// limit cannot end while a thread waits in a read. Cancel it once the process has ended.
func watchdog(_ process: Process, seconds: Double = 120) -> DispatchWorkItem {
    let stop = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: stop)
    return stop
}

/// Runs the built `sdkgen` executable, as users do.
@Suite(.timeLimit(.minutes(3))) struct CommandLineTests {
    /// `sdkgen` sits next to the test bundle in the build folder.
    static let executable: URL? = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent("sdkgen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    func sdkgen(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        guard let executable = Self.executable else {
            throw CommandLineError(description: "build sdkgen first: swift build --product sdkgen")
        }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        // The no-op cache of each test lives in its own folder, never in the user's home.
        var environment = ProcessInfo.processInfo.environment
        environment["SDKGEN_CACHE_DIR"] = folder.appendingPathComponent(".sdkgen-cache").path
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stop = watchdog(process)
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        stop.cancel()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aFailedRunLeavesTheOutputExactlyAsItWas() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n".utf8).write(to: spec)
        let first = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("written, 0 unchanged, 0 removed"))
        let before = try snapshot(folder.appendingPathComponent("Out"))

        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n".utf8).write(to: spec)
        let broken = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.errors.contains("spec.yaml:6:15: error: '$ref' target '#/components/schemas/B' does not exist"))
        #expect(broken.errors.contains("'Out' was not changed"))
        #expect(try snapshot(folder.appendingPathComponent("Out")) == before)

        let check = try sdkgen(["check", "spec.yaml", "-o", "Out"], in: folder)
        #expect(check.status == 1)
        let usage = try sdkgen(["generate", "--no-such-option"], in: folder)
        #expect(usage.status == 2)
        let missing = try sdkgen(["generate", "absent.yaml", "-o", "Out"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.errors == "error: cannot read the spec 'absent.yaml': no such file\n")
    }

    /// Why a file cannot be read, in every command that reads one; a mistyped command is named as
    /// one, not read as a spec; `--version` answers.
    @Test(arguments: [
        (["diff", "old.yaml", "spec.yaml"], "error: cannot read the spec 'old.yaml': no such file\n"),
        (["generate", "Sub/none.yaml"], "error: cannot read the spec 'Sub/none.yaml': no such file (and no folder 'Sub')\n"),
        (["generate", "Folder.yaml"], "error: cannot read the spec 'Folder.yaml': it is a folder\n"),
        (["generate", "--config", "absent.yaml"], "error: cannot read the configuration 'absent.yaml': no such file\n"),
        (["generat", "spec.yaml"], "error: unknown command 'generat'; did you mean 'generate'?\nRun 'sdkgen --help' for the commands.\n"),
        (["chek", "spec.yaml"], "error: unknown command 'chek'; did you mean 'check'?\nRun 'sdkgen --help' for the commands.\n"),
    ])
    func unreadableFilesAndMistypedCommandsSayWhy(_ arguments: [String], _ message: String) throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n".utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Folder.yaml"), withIntermediateDirectories: true)
        let run = try sdkgen(arguments, in: folder)
        #expect(run.status == 2)
        #expect(run.errors == message)
        #expect(run.output == "")
    }

    @Test func versionIsPrinted() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try sdkgen(["--version"], in: folder)
        #expect(run.status == 0)
        #expect(run.output == "0.9.0\n")
    }

    /// The binary carries its templates: it runs in a folder with no `Templates/`, and they are
    /// exactly the repository's `Templates/*.mustache`.
    @Test func builtInTemplatesAreTheRepositorysTemplates() throws {
        let repository = try loadTemplates(from: Repo.templates)
        #expect(TemplateSet.builtInTemplates == repository, "Templates/ differs from the templates built into sdkgen: run `swift run sdkgen embed-templates`, then `swift run sdkgen`")
        #expect(embeddedTemplatesSource(repository) == (try String(contentsOf: Repo.root.appendingPathComponent("Sources/SDKGenCore/Render/BuiltInTemplates.swift"), encoding: .utf8)))
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n".utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Templates").path))
        let run = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let missing = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--templates", "Nowhere"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.errors == "error: the template folder 'Nowhere' does not exist\n")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Bad"), withIntermediateDirectories: true)
        try Data("{{#open}}\n".utf8).write(to: folder.appendingPathComponent("Bad/Client.mustache"))
        let broken = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--templates", "Bad"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.errors.hasPrefix("Bad/Client.mustache:1:1: error: "), "\(broken.errors)")
    }

    @Test func checkPassesOnFreshOutputAndNoOpRegenerationWritesNothing() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n".utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        _ = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(try sdkgen(["check", "spec.yaml", "-o", "Out"], in: folder).status == 0)
        let again = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(Self.timeless(again.output) == "sdkgen: Out: 0 written, 2 unchanged, 0 removed (T s; inputs and output unchanged since the last run)\n")
        let help = try sdkgen(["generate", "--help"], in: folder)
        for option in ["--output", "--templates", "--module", "--no-docs", "--allow-external-files", "--max-alias-nodes", "--max-depth", "--quiet"] {
            #expect(help.output.contains(option), "--help lacks \(option)")
        }
    }

    /// `--skip-invalid` and `skipInvalid: true` generate what the defects do not reach and count
    /// what they left out; without them the same spec fails and writes nothing.
    @Test func skipInvalidGeneratesTheRestAndCountsWhatItLeftOut() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["openapi.yaml", "sdkgen.yaml"] {
            try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("skip-invalid/\(name)"), to: folder.appendingPathComponent(name))
        }
        let strict = try sdkgen(["generate", "openapi.yaml", "-o", "Out", "--quiet"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.errors.hasSuffix("sdkgen: 1 error; 'Out' was not changed\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))

        let flag = try sdkgen(["generate", "openapi.yaml", "-o", "Out", "--no-docs", "--skip-invalid"], in: folder)
        #expect(flag.status == 0, "\(flag.errors)")
        // The client and the two shards that what is left lands in: empty shards are not written.
        #expect(flag.output.hasPrefix("sdkgen: Out: 3 written, 0 unchanged, 0 removed ("))
        #expect(flag.output.hasSuffix(" s; 5 left out by --skip-invalid)\n"))
        #expect(flag.errors.split(separator: "\n").filter { $0.contains(": warning: left out ") }.count == 5)

        let config = try sdkgen(["generate", "--config", "sdkgen.yaml", "--no-docs", "--no-cache"], in: folder)
        #expect(config.status == 0, "\(config.errors)")
        #expect(config.output.hasPrefix("sdkgen: Out: 0 written, 3 unchanged, 0 removed ("))
        #expect(config.output.hasSuffix(" s; 5 left out by --skip-invalid)\n"))
    }

    /// The Kalshi SDK's move from 3.13.0 to 3.31.0, reviewed as the README tells users to: the
    /// old spec as the old SDK generated it (no overrides) against today's spec and sdkgen.yaml.
    /// Prices and counts change in one place each (their aliases); the servers keep their names.
    @Test func theKalshiUpgradeIsReviewedWithTheDiff() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("module: KalshiAPI\n".utf8).write(to: folder.appendingPathComponent("old.yaml"))
        let old = Repo.fixtures.appendingPathComponent("diff/kalshi-3.13.0.yaml").path
        let new = Repo.root.appendingPathComponent("spec/kalshi.yaml").path
        let config = Repo.root.appendingPathComponent("Sources/KalshiAPI/sdkgen.yaml").path
        let result = try sdkgen(["diff", old, new, "--old-config", "old.yaml", "--config", config], in: folder)
        #expect(result.status == 0)
        // Each line without its places ("  [old ..., new ...]").
        let lines = result.output.split(separator: "\n").map { $0.components(separatedBy: "  [old ")[0].components(separatedBy: "  [new ")[0] + "  " }
        #expect(lines.last == "79 breaking, 180 added, 32 changed, 103 docs; semver: major  ")
        for expected in [
            "BREAKING typealias-changed: FixedPointDollars typealias changed: String -> ExactDecimal  ",
            "BREAKING typealias-changed: PriceLevelDollarsCountFp typealias changed: [String] -> [ExactDecimal]  ",
            "BREAKING operation-removed: orders.createOrder removed (POST /portfolio/orders)  ",
            "added    operation-added: orders.createOrderV2 added (POST /portfolio/events/orders)  ",
            "BREAKING property-added-required: Market.settlementBoundsType added: MarketSettlementBoundsType  ",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(!result.output.contains("Servers."))
        #expect(lines.filter { $0.contains("ExactDecimal") }.count == 3)
    }

    @Test func diffReportsAndFailsOnBreakingChanges() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("diff"), to: folder.appendingPathComponent("diff"))
        let text = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml"], in: folder)
        #expect(text.status == 0)
        #expect(text.output.hasPrefix("BREAKING property-type-changed: ApiKey.scopes type changed: [String] -> [ApiKeyScope]  [old diff/api-keys-old.yaml:152:11, new diff/api-keys-new.yaml:182:11]\n"))
        #expect(text.output.hasSuffix("\n3 breaking, 14 added, 3 changed, 7 docs; semver: major\n"))
        let strict = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--fail-on-breaking", "--format", "markdown"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.output.hasPrefix("## API changes"))
        let same = try sdkgen(["diff", "diff/api-keys-new.yaml", "diff/api-keys-new.yaml", "--fail-on-breaking"], in: folder)
        #expect(same.status == 0 && same.output == "0 breaking, 0 added, 0 changed, 0 docs; semver: none\n")

        let semver = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--semver"], in: folder)
        #expect(semver.status == 0 && semver.output == "major\n")
        // 3.13.0 -> 3.34.0 is a minor bump; a breaking change needs 4.0.0.
        let version = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--semver", "--check-version"], in: folder)
        #expect(version.status == 1)
        #expect(version.output == "major\n")
        #expect(version.errors == "diff/api-keys-new.yaml:12:12: error: info.version goes 3.13.0 -> 3.34.0, but the changes need a major bump (3 breaking changes, first: ApiKey.scopes type changed: [String] -> [ApiKeyScope]); make it at least 4.0.0\n")

        let github = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--format", "github"], in: folder)
        let annotations = github.output.split(separator: "\n").map(String.init)
        #expect(annotations.first == "::error file=diff/api-keys-new.yaml,line=182,col=11,title=breaking property-type-changed::ApiKey.scopes type changed: [String] -> [ApiKeyScope]")
        #expect(annotations.filter { $0.hasPrefix("::error ") }.count == 3)
        // Behaviour changes (a default, a new documented status) are warnings; additions and docs notices.
        #expect(annotations.filter { $0.hasPrefix("::warning ") }.count == 3)
        #expect(annotations.filter { $0.hasPrefix("::notice ") }.count == 22)
        #expect(annotations.last == "::notice title=sdkgen diff::3 breaking, 14 added, 3 changed, 7 docs; semver: major")

        // Accepting the scope changes lets the gate pass; the verdict still counts them, and an entry
        // that accepts nothing is a warning at its line.
        try Data("accept:\n  - id: property-type-changed\n    reason: scopes became an enum\n  - id: property-removed\n    symbol: Order.*\n".utf8)
            .write(to: folder.appendingPathComponent("accepted.yaml"))
        let accepted = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--fail-on-breaking", "--accept", "accepted.yaml"], in: folder)
        #expect(accepted.status == 0, "\(accepted.errors)")
        #expect(accepted.output.hasPrefix("BREAKING property-type-changed: ApiKey.scopes type changed: [String] -> [ApiKeyScope] (accepted: scopes became an enum)  [old diff/api-keys-old.yaml:152:11, new diff/api-keys-new.yaml:182:11]\n"))
        #expect(accepted.output.hasSuffix("\n3 breaking (3 accepted), 14 added, 3 changed, 7 docs; semver: major\n"), "\(accepted.output)")
        #expect(accepted.errors == "accepted.yaml:4:5: warning: the allow-list entry 'property-removed' for 'Order.*' accepts no change; remove it\n")
        try Data("accept:\n  - id: property-type-changed\n    symbol: ApiKey.scopes\n".utf8).write(to: folder.appendingPathComponent("one.yaml"))
        let partly = try sdkgen(["diff", "diff/api-keys-old.yaml", "diff/api-keys-new.yaml", "--fail-on-breaking", "--accept", "one.yaml"], in: folder)
        #expect(partly.status == 1)
        #expect(partly.errors == "error: 2 breaking changes not in the allow-list\n")
    }

    /// A pull request that changes only `sdkgen.yaml`: the spec is the same, the SDK is not.
    @Test func diffWithTheOldConfigurationReportsChangedOverrides() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("diff"), to: folder.appendingPathComponent("diff"))
        try Data("naming:\n  operations: {GetApiKeys: listApiKeys}\n  types: {ApiKey: Key}\n".utf8).write(to: folder.appendingPathComponent("sdkgen.yaml"))
        try Data("{}\n".utf8).write(to: folder.appendingPathComponent("base.yaml"))
        let spec = "diff/api-keys-new.yaml"
        let result = try sdkgen(["diff", spec, spec, "--config", "sdkgen.yaml", "--old-config", "base.yaml", "--fail-on-breaking"], in: folder)
        #expect(result.status == 1)
        #expect(result.output == """
            BREAKING operation-swift-name-changed: apiKeys.getApiKeys Swift name changed: -> apiKeys.listApiKeys (operationId GetApiKeys)  [old diff/api-keys-new.yaml:16:7, new diff/api-keys-new.yaml:16:7]
            BREAKING model-swift-name-changed: ApiKey Swift name changed: -> Key (#/components/schemas/ApiKey)  [old diff/api-keys-new.yaml:169:7, new diff/api-keys-new.yaml:169:7]
            2 breaking, 0 added, 0 changed, 0 docs; semver: major

            """)
        // Without --old-config both sides get the new configuration: nothing changed.
        let same = try sdkgen(["diff", spec, spec, "--config", "sdkgen.yaml"], in: folder)
        #expect(same.output == "0 breaking, 0 added, 0 changed, 0 docs; semver: none\n")
    }

    /// `docc: App.docc` writes the catalog there (where DocC finds it in a target) and the rest to
    /// the output folder; `check` looks at both; a run without docs (the build plugin's) leaves the
    /// catalog alone.
    @Test func theDocCCatalogGoesToItsOwnFolder() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.0\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets:\n    get:\n      tags: [pets]\n      operationId: listPets\n      responses: {'204': {description: ok}}\n".utf8)
            .write(to: folder.appendingPathComponent("spec.yaml"))
        try Data("spec: spec.yaml\noutput: Out\nmodule: App\ndocc: Sources/App/App.docc\n".utf8).write(to: folder.appendingPathComponent("sdkgen.yaml"))
        let first = try sdkgen(["generate", "--config", "sdkgen.yaml"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        // The client, the operations file, two docs pages; the landing page and the tag's article.
        #expect(first.output.hasPrefix("sdkgen: Out: 6 written, 0 unchanged, 0 removed ("), "\(first.output)")
        let catalog = folder.appendingPathComponent("Sources/App/App.docc")
        #expect(listFiles(in: catalog) == ["App.md", "PetsApi.md"])
        #expect(FileManager.default.fileExists(atPath: catalog.appendingPathComponent(".sdkgen-manifest").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/App.docc").path))
        let landing = try String(contentsOf: catalog.appendingPathComponent("App.md"), encoding: .utf8)
        #expect(landing.hasPrefix("# ``App``\n\n<!-- Generated by sdkgen from spec.yaml. Do not edit. -->\n\nPets 1: the API's client, generated by sdkgen.\n"))
        #expect(landing.contains("\n### Operations\n\n- <doc:PetsApi>\n"))
        let article = try String(contentsOf: catalog.appendingPathComponent("PetsApi.md"), encoding: .utf8)
        #expect(article.contains("\n### Methods\n\n- ``Pets/listPets()``\n"))

        let fresh = try sdkgen(["check", "--config", "sdkgen.yaml"], in: folder)
        #expect(fresh.output == "sdkgen: Out and Sources/App/App.docc are up to date\n")
        // The build plugin's run has no docs: it must not touch the catalog.
        let noDocs = try sdkgen(["generate", "--config", "sdkgen.yaml", "--no-docs", "--output", "Plugin", "--quiet"], in: folder)
        #expect(noDocs.status == 0, "\(noDocs.errors)")
        #expect(listFiles(in: catalog) == ["App.md", "PetsApi.md"])
        // A hand edit of the catalog is stale for `check`, and undone by the next run.
        try Data("edited\n".utf8).write(to: catalog.appendingPathComponent("PetsApi.md"))
        let stale = try sdkgen(["check", "--config", "sdkgen.yaml"], in: folder)
        #expect(stale.status == 1)
        #expect(stale.output.hasPrefix("differs: Sources/App/App.docc/PetsApi.md\nsdkgen: Sources/App/App.docc is out of date; refresh with `sdkgen generate --config sdkgen.yaml`"), "\(stale.output)")
        let repaired = try sdkgen(["generate", "--config", "sdkgen.yaml"], in: folder)
        #expect(repaired.output.hasPrefix("sdkgen: Out: 1 written, 5 unchanged, 0 removed ("), "\(repaired.output)")
        #expect(try String(contentsOf: catalog.appendingPathComponent("PetsApi.md"), encoding: .utf8) == article)
    }

    /// Relative path -> bytes and modification date of every file.
    @Test func anUnchangedRunIsSkippedAndAnyChangeIsNoticed() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("spec.yaml")
        let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n"
        try Data(text.utf8).write(to: spec)
        let first = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        #expect(!first.output.contains("since the last run"))
        let before = try snapshot(folder.appendingPathComponent("Out"))

        let second = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        // The client, the models file of A, the docs index and the page of A.
        #expect(second.output.contains("0 written, 4 unchanged, 0 removed"), "\(second.output)")
        #expect(second.output.contains("unchanged since the last run"))
        #expect(try snapshot(folder.appendingPathComponent("Out")) == before)

        // A hand edit to a generated file is undone.
        let client = folder.appendingPathComponent("Out/00-Client.swift")
        let original = try Data(contentsOf: client)
        try Data("// edited\n".utf8).write(to: client)
        let repaired = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(repaired.output.contains("1 written, 3 unchanged"), "\(repaired.output)")
        #expect(try Data(contentsOf: client) == original)

        // A file the user adds to the output folder is theirs: the run stays a no-op and keeps it.
        try Data("x".utf8).write(to: folder.appendingPathComponent("Out/Extra.swift"))
        let kept = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(kept.output.hasPrefix("sdkgen: Out: 0 written, 4 unchanged, 0 removed ("), "\(kept.output)")
        #expect(kept.output.hasSuffix("; inputs and output unchanged since the last run)\n"), "\(kept.output)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Extra.swift").path))
        // So is a deleted manifest: the next run writes it again.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Out/.sdkgen-manifest"))
        let remanifested = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        #expect(remanifested.output.hasPrefix("sdkgen: Out: 0 written, 4 unchanged, 0 removed ("), "\(remanifested.output)")
        #expect(!remanifested.output.contains("since the last run"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/.sdkgen-manifest").path))

        // A spec edit, a template edit and other arguments each run the generator again.
        try Data(text.replacingOccurrences(of: "A: {type: string}", with: "A: {type: string}\n    B: {type: integer}").utf8).write(to: spec)
        let edited = try sdkgen(["generate", "spec.yaml", "-o", "Out"], in: folder)
        // B's models file and its docs page are new, and the index lists B.
        #expect(Self.timeless(edited.output) == "sdkgen: Out: 3 written, 3 unchanged, 0 removed (T s)\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/docs/Models/B.md").path))
        let template = folder.appendingPathComponent("MyTemplates/ModelDoc.mustache")
        try FileManager.default.createDirectory(at: template.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((TemplateSet.builtInTemplates["ModelDoc"]! + "\nEdited.\n").utf8).write(to: template)
        let overridden = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--templates", "MyTemplates"], in: folder)
        #expect(!overridden.output.contains("since the last run"))
        #expect(try String(contentsOf: folder.appendingPathComponent("Out/docs/Models/B.md"), encoding: .utf8).hasSuffix("Edited.\n"))
        try Data((TemplateSet.builtInTemplates["ModelDoc"]! + "\nEdited again.\n").utf8).write(to: template)
        let retemplated = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--templates", "MyTemplates"], in: folder)
        #expect(!retemplated.output.contains("since the last run"))
        #expect(try String(contentsOf: folder.appendingPathComponent("Out/docs/Models/B.md"), encoding: .utf8).hasSuffix("Edited again.\n"))
        let noDocs = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--no-docs"], in: folder)
        // The three docs pages go; the client and the two models files stay.
        #expect(Self.timeless(noDocs.output) == "sdkgen: Out: 0 written, 3 unchanged, 3 removed (T s)\n")
        let forced = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--no-docs", "--no-cache"], in: folder)
        #expect(Self.timeless(forced.output) == "sdkgen: Out: 0 written, 3 unchanged, 0 removed (T s)\n")
    }

    /// `sdkgen check` fails, naming the file, for each way an output folder can be stale, and
    /// names nothing on a fresh one.
    @Test(arguments: ["fresh", "changed", "missing", "extra", "manifest"])
    func checkFindsEachWayToBeStale(_ way: String) throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: string}\n".utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        #expect(try sdkgen(["generate", "spec.yaml", "-o", "Out", "--no-docs"], in: folder).status == 0)
        let out = folder.appendingPathComponent("Out")
        let models = try #require(listFiles(in: out).first { $0.hasSuffix("-Models.swift") })
        let expected: String
        switch way {
        case "changed":
            try Data("// Generated by sdkgen from spec.yaml. Do not edit.\n// edited\n".utf8).write(to: out.appendingPathComponent("00-Client.swift"))
            expected = "differs: Out/00-Client.swift\n"
        case "missing":
            try FileManager.default.removeItem(at: out.appendingPathComponent(models))
            expected = "differs: Out/\(models)\n"
        case "extra":
            // A file an earlier run generated (the manifest lists it) that the spec no longer makes.
            let manifest = try String(contentsOf: out.appendingPathComponent(".sdkgen-manifest"), encoding: .utf8)
            try Data((manifest + "15-Operations.swift\n").utf8).write(to: out.appendingPathComponent(".sdkgen-manifest"))
            try Data("// Generated by sdkgen from spec.yaml. Do not edit.\n".utf8).write(to: out.appendingPathComponent("15-Operations.swift"))
            expected = "differs: Out/.sdkgen-manifest\nstale: Out/15-Operations.swift\n"
        case "manifest":
            try Data("# Files sdkgen generated in this folder, which it may replace or remove. Do not edit.\n00-Client.swift\n".utf8).write(to: out.appendingPathComponent(".sdkgen-manifest"))
            expected = "differs: Out/.sdkgen-manifest\n"
        default:
            expected = ""
        }
        let check = try sdkgen(["check", "spec.yaml", "-o", "Out", "--no-docs"], in: folder)
        if expected.isEmpty {
            #expect(check.status == 0)
            #expect(check.output == "sdkgen: Out is up to date\n")
        } else {
            #expect(check.status == 1)
            #expect(check.output == expected + "sdkgen: Out is out of date; refresh with `sdkgen generate spec.yaml -o Out --no-docs`\n")
        }
    }

    /// A summary line with its time as `T`: `sdkgen: Out: 0 written, 2 unchanged, 0 removed (T s)`.
    static func timeless(_ output: String) -> String {
        output.replacingOccurrences(of: #"\(\d+\.\d+ s"#, with: "(T s", options: .regularExpression)
    }

    func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
            let url = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            let date = try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
            result[path] = "\(data.hashValue) \(date?.timeIntervalSince1970 ?? 0)"
        }
        return result
    }
}

@Suite(.timeLimit(.minutes(3))) struct InputsCommandLineTests {
    /// A config, a spec, a file a `$ref` reaches and an override template.
    func project(_ cli: CommandLineTests) throws -> URL {
        let folder = try cli.workspace()
        let files = [
            "pkg/sdkgen.yaml": "spec:\n  - api/openapi.yaml\noutput: ../Out\ntemplates: Mine\n",
            "pkg/api/openapi.yaml": "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Toy: {$ref: 'schemas/toy.yaml'}\n",
            "pkg/api/schemas/toy.yaml": "type: object\nproperties: {name: {type: string}}\n",
            "pkg/Mine/ModelDoc.mustache": "{{% CONTENT_TYPE: TEXT}}\n{{header}}\n",
        ]
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func listsEveryFileARunReads() throws {
        let cli = CommandLineTests()
        let folder = try project(cli)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try cli.sdkgen(["inputs", "--config", "pkg/sdkgen.yaml"], in: folder)
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(plain.output == "pkg/Mine/ModelDoc.mustache\npkg/api/openapi.yaml\npkg/api/schemas/toy.yaml\npkg/sdkgen.yaml\n")
        let json = try cli.sdkgen(["inputs", "--config", "pkg/sdkgen.yaml", "--json"], in: folder)
        #expect(json.output == #"{"inputs":["pkg/Mine/ModelDoc.mustache","pkg/api/openapi.yaml","pkg/api/schemas/toy.yaml","pkg/sdkgen.yaml"],"output":"Out","server":false,"templateFolders":["pkg/Mine"]}"# + "\n")

        // A spec with an error still lists what it read, and exits 1.
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Toy: {$ref: 'schemas/gone.yaml'}\n".utf8).write(to: folder.appendingPathComponent("pkg/api/openapi.yaml"))
        let broken = try cli.sdkgen(["inputs", "--config", "pkg/sdkgen.yaml"], in: folder)
        #expect(broken.status == 1)
        #expect(broken.output == "pkg/Mine/ModelDoc.mustache\npkg/api/openapi.yaml\npkg/sdkgen.yaml\n")
        #expect(broken.errors == "pkg/api/openapi.yaml:6:10: error: '$ref' to a missing file: cannot read 'pkg/api/schemas/gone.yaml' (at '#/components/schemas/Toy')\n")
    }

    /// What SDKGenPlugin passes: a file read that SwiftPM was not told about is named.
    @Test func aFileReadButNotDeclaredIsAWarning() throws {
        let cli = CommandLineTests()
        let folder = try project(cli)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("pkg/sdkgen.yaml\npkg/api/openapi.yaml\npkg/Mine/ModelDoc.mustache\n".utf8).write(to: folder.appendingPathComponent("declared.txt"))
        let run = try cli.sdkgen(["generate", "--config", "pkg/sdkgen.yaml", "--quiet", "--declared-inputs", "declared.txt"], in: folder)
        #expect(run.status == 0)
        #expect(run.errors == "pkg/api/schemas/toy.yaml: warning: this file is read through a '$ref' but SwiftPM planned the build before it was, so editing it will not regenerate the SDK; touch Package.swift to plan the build again\n")
        try Data("pkg/sdkgen.yaml\npkg/api/openapi.yaml\npkg/api/schemas/toy.yaml\npkg/Mine/ModelDoc.mustache\n".utf8).write(to: folder.appendingPathComponent("declared.txt"))
        let declared = try cli.sdkgen(["generate", "--config", "pkg/sdkgen.yaml", "--quiet", "--no-cache", "--declared-inputs", "declared.txt"], in: folder)
        #expect(declared.status == 0)
        #expect(declared.errors == "")
    }
}

@Suite(.timeLimit(.minutes(3))) struct ConfigCommandLineTests {
    @Test func aConfigFileWithOverridingTemplates() throws {
        let cli = CommandLineTests()
        let folder = try cli.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("MyTemplates"), withIntermediateDirectories: true)
        try Data("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {x: {type: string}}}\n".utf8)
            .write(to: project.appendingPathComponent("api.yaml"))
        try Data("spec: api.yaml\noutput: Out\ntemplates: MyTemplates\nmodule: Custom\ndocs: false\n".utf8).write(to: project.appendingPathComponent("sdkgen.yaml"))
        // Override one template; the others come from the built-in folder.
        try Data("{{% CONTENT_TYPE: TEXT}}\n{{header}}\n// Custom models: {{#models}}{{name}} {{/models}}\n".utf8)
            .write(to: project.appendingPathComponent("MyTemplates/Models.mustache"))
        let result = try cli.sdkgen(["generate", "--config", "project/sdkgen.yaml"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let out = project.appendingPathComponent("Out")
        let models = try listFiles(in: out).filter { $0.hasSuffix("-Models.swift") }.map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(models.contains("// Custom models: A "))
        #expect(try String(contentsOf: out.appendingPathComponent("00-Client.swift"), encoding: .utf8).contains("public struct Client"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("docs").path))

        try Data("spec: api.yaml\noutpt: Out\n".utf8).write(to: project.appendingPathComponent("sdkgen.yaml"))
        let bad = try cli.sdkgen(["generate", "--config", "project/sdkgen.yaml"], in: folder)
        #expect(bad.status == 1)
        #expect(bad.errors.contains("project/sdkgen.yaml:2:1: error: unknown key 'outpt' in sdkgen.yaml; did you mean 'output'?"))

        try Data("spec: api.yaml\noutput: Out\ntemplates: Missing\n".utf8).write(to: project.appendingPathComponent("sdkgen.yaml"))
        let missing = try cli.sdkgen(["generate", "--config", "project/sdkgen.yaml"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.errors == "project/sdkgen.yaml:3:12: error: the template folder 'project/Missing' does not exist; create it, or remove 'templates:'\n")
    }
}

extension CommandLineTests {
    /// `bundle` prints the document that the registry's pointers point into, and every pointer
    /// the registry lists resolves there to a schema.
    @Test func bundleAndTheSchemaRegistryAgreeOnPointers() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("""
            openapi: 3.0.0
            info: {title: t, version: '1'}
            paths:
              /pets:
                get:
                  operationId: listPets
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: 'pet.yaml#/Pet'}}
            components:
              schemas:
                Tag: {type: string, enum: [a, b]}
                Note: {type: string, nullable: true}

            """.utf8).write(to: folder.appendingPathComponent("spec.yaml"))
        try Data("Pet:\n  type: object\n  properties:\n    name: {type: string}\n".utf8)
            .write(to: folder.appendingPathComponent("pet.yaml"))

        let bundle = try sdkgen(["bundle", "spec.yaml"], in: folder)
        #expect(bundle.status == 0, "\(bundle.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bundle.output.utf8)) as? [String: Any])
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(schemas.keys.sorted() == ["Note", "Pet", "Tag"])

        let plain = try sdkgen(["generate", "spec.yaml", "-o", "Plain", "--quiet"], in: folder)
        #expect(plain.status == 0, "\(plain.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Plain/SchemaRegistry.swift").path))

        let run = try sdkgen(["generate", "spec.yaml", "-o", "Out", "--quiet", "--schema-registry"], in: folder)
        #expect(run.status == 0, "\(run.errors)")
        let registry = try String(contentsOf: folder.appendingPathComponent("Out/SchemaRegistry.swift"), encoding: .utf8)
        let cases = registry.split(separator: "\n").filter { $0.contains("case \"#/") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cases == [
            "case \"#/components/schemas/Note\": return Note?.self",
            "case \"#/components/schemas/Pet\": return Pet.self",
            "case \"#/components/schemas/Tag\": return Tag.self",
            "case \"#/paths/~1pets/get/responses/200/content/application~1json/schema\": return [Pet].self",
        ])
        for line in cases {
            let pointer = line.split(separator: "\"")[1].dropFirst(2)
            var node: Any? = document
            for token in pointer.split(separator: "/") {
                let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
                node = (node as? [String: Any])?[key]
            }
            #expect(node is [String: Any], "\(pointer) does not resolve in the bundled document")
        }
    }
}

/// Swift seeds dictionary hashing per process: only separate processes can catch output that
/// depends on a dictionary's order, or on how work was spread over threads.
@Suite(.timeLimit(.minutes(3))) struct DeterminismTests {
    @Test(arguments: ["Tests/Fixtures/petstore/openapi.yaml", "Tests/Fixtures/hostile/openapi.yaml", "spec/kalshi.yaml"])
    func theSameBytesFromSeparateProcessesOnOneThreadAndOnAll(spec: String) throws {
        let cli = CommandLineTests()
        let folder = try cli.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = Repo.root.appendingPathComponent(spec).path
        var outputs: [[String: Data]] = []
        for (index, extra) in [["--jobs", "1"], [], ["--jobs", "1"], []].enumerated() {
            let run = try cli.sdkgen(["generate", path, "-o", "Out\(index)", "--no-cache", "--quiet", "--module", "M"] + extra, in: folder)
            #expect(run.status == 0, "\(run.errors)")
            var files: [String: Data] = [:]
            let out = folder.appendingPathComponent("Out\(index)")
            for file in listFiles(in: out) { files[file] = try Data(contentsOf: out.appendingPathComponent(file)) }
            outputs.append(files)
        }
        #expect(outputs[0].count > 5)
        for other in outputs.dropFirst() {
            #expect(other.keys.sorted() == outputs[0].keys.sorted())
            for (path, data) in outputs[0] where other[path] != data { Issue.record("\(spec): \(path) differs between runs") }
        }
    }
}

/// `sdkgen mock`, run as users run it: it prints its URL, answers, and stops on SIGTERM.
@Suite(.timeLimit(.minutes(3))) struct MockCommandTests {
    static let spec = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        servers: [{url: 'https://api.example.com/v1'}]
        paths:
          /greeting:
            get:
              security: [{token: []}]
              parameters: [{name: name, in: query, required: true, schema: {type: string, minLength: 2}}]
              responses:
                '200': {description: ok, content: {application/json: {schema: {type: object, required: [text], properties: {text: {type: string, example: hello}}}}}}
        components:
          securitySchemes:
            token: {type: http, scheme: bearer}
        """

    @Test func servesTheSpecOnAFreePortAndStopsOnSIGTERM() async throws {
        // URLSession's async data(for:); Swift Testing refuses @available on a test.
        guard #available(macOS 12, iOS 15, tvOS 15, watchOS 8, *) else { return }
        let cli = CommandLineTests()
        let folder = try cli.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.spec.utf8).write(to: folder.appendingPathComponent("api.yaml"))
        let process = Process()
        guard let executable = CommandLineTests.executable else { throw CommandLineError(description: "build sdkgen first: swift build --product sdkgen") }
        process.executableURL = executable
        process.arguments = ["mock", "api.yaml", "--port", "0", "--credential", "token=t0ken"]
        process.currentDirectoryURL = folder
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // A mock that never prints its URL ends the read (the pipe closes) instead of hanging it.
        let stop = watchdog(process)
        defer { stop.cancel() }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard !byte.isEmpty else { break }
            line += byte
        }
        let base = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(base.hasPrefix("http://127.0.0.1:"))
        #expect(base.hasSuffix("/v1"))
        func get(_ target: String, token: String?) async throws -> (Int, String) {
            var request = URLRequest(url: URL(string: base + target)!)
            if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as! HTTPURLResponse).statusCode, String(decoding: data, as: UTF8.self))
        }
        let ok = try await get("/greeting?name=Ada", token: "t0ken")
        #expect(ok.0 == 200)
        #expect(ok.1 == #"{"text":"hello"}"#)
        #expect(try await get("/greeting?name=Ada", token: "guess").0 == 401)
        let short = try await get("/greeting?name=A", token: "t0ken")
        #expect(short.0 == 400)
        #expect(short.1 == #"{"error":{"message":"the query parameter 'name' is invalid: expected at least 2 characters, not 1","parameter":"name","in":"query"}}"#)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("GET /v1/greeting?name=A -> 400 (the query parameter 'name' is invalid: expected at least 2 characters, not 1)\n"))
    }

    @Test func aCredentialForAnUnknownSchemeIsAUsageError() throws {
        let cli = CommandLineTests()
        let folder = try cli.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.spec.utf8).write(to: folder.appendingPathComponent("api.yaml"))
        let run = try cli.sdkgen(["mock", "api.yaml", "--port", "0", "--credential", "apiKey=x"], in: folder)
        #expect(run.status == 2)
        #expect(run.errors == "error: --credential names 'apiKey', which is not a security scheme of the spec (it has token)\n")
        let bad = try cli.sdkgen(["mock", "missing.yaml"], in: folder)
        #expect(bad.status == 2)
        #expect(bad.errors == "error: cannot read the spec 'missing.yaml': no such file\n")
    }

    @Test func aBrokenSpecFailsWithItsLocation() throws {
        let cli = CommandLineTests()
        let folder = try cli.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/components/responses/Nope'}}\n".utf8).write(to: folder.appendingPathComponent("api.yaml"))
        let run = try cli.sdkgen(["mock", "api.yaml", "--port", "0"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("api.yaml:6:"))
        #expect(run.output == "")
    }
}
