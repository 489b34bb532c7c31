import Foundation
import Testing

/// The package builds at its declared minimums on every Apple platform: no API newer than them is
/// used outside an availability guard, in the runtime, the Kalshi SDK, the generator, the plugins,
/// the templates or the code they emit. These machines have no Apple SDK, so the compiler cannot
/// check it here; `AvailabilityScanner` does what it would, from `NewerAPIs` and the toolchain.
@Suite struct AvailabilityTests {
    /// `platforms:` of a manifest (or a README snippet) as versions.
    static func platforms(in manifest: String) -> Availability? {
        guard let start = manifest.range(of: "platforms: [") else { return nil }
        let list = manifest[start.upperBound...].prefix { $0 != "]" }
        var result = Availability()
        for entry in list.split(separator: ",") {
            let parts = entry.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst().split(separator: "(", maxSplits: 1)
            guard parts.count == 2, let platform = ApplePlatform(rawValue: String(parts[0])) else { return nil }
            // `.v10_15`, `.v13`, `"10.15.4"`
            let version = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: ".v()\" ")).replacingOccurrences(of: "_", with: ".")
            guard let parsed = OSVersion(version) else { return nil }
            result.versions[platform] = parsed
        }
        return result
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: Repo.root.appendingPathComponent(path), encoding: .utf8)
    }

    static func declaredMinimums() throws -> Availability {
        try #require(platforms(in: try text("Package.swift")))
    }

    /// Every Swift file under `folder` (relative to the repository), recursively.
    static func swiftFiles(under folder: String, extension ext: String = "swift") -> [String] {
        let root = Repo.root.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let prefix = Repo.root.path + "/"
        return walker.compactMap { ($0 as? URL)?.standardizedFileURL.path }
            .filter { $0.hasSuffix("." + ext) && !$0.contains("/.build") }
            .map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
            .sorted()
    }

    /// The toolchain's interface files of the standard library's modules, when this is a Linux
    /// toolchain whose interfaces sit beside `swiftc` (nil elsewhere).
    static func toolchainInterfaces() -> [URL]? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        guard let swiftc = paths.map({ URL(fileURLWithPath: String($0)).appendingPathComponent("swiftc") })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) })?.resolvingSymlinksInPath() else { return nil }
        let library = swiftc.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lib/swift/linux")
        let interfaces = ["Swift", "_Concurrency", "_StringProcessing", "Synchronization"].compactMap { module -> URL? in
            let folder = library.appendingPathComponent(module + ".swiftmodule")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return files.first { $0.hasSuffix(".swiftinterface") && !$0.contains(".private.") }.map { folder.appendingPathComponent($0) }
        }
        return interfaces.count == 4 ? interfaces : nil
    }

    /// The top-level public types of the toolchain's interfaces that are newer than `minimum`:
    /// each `@available(macOS ..., iOS ..., ...)` line followed by `public struct Name` and the like.
    static func toolchainTypes(newerThan minimum: Availability) -> [(api: NewerAPI, declaration: String)] {
        var result: [(NewerAPI, String)] = []
        for interface in toolchainInterfaces() ?? [] {
            guard let text = try? String(contentsOf: interface, encoding: .utf8) else { continue }
            var availability: Availability?
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("@available(macOS") {
                    let tokens = AvailabilityScanner.tokens(String(line))
                    availability = AvailabilityScanner.availability(tokens, from: 2).0
                    continue
                }
                defer { if !line.hasPrefix("@") { availability = nil } }
                guard let availability, !line.hasPrefix(" "), !line.hasPrefix("@") || line.contains(" public ") else { continue }
                let words = line.split(separator: " ").map(String.init)
                guard let kind = words.firstIndex(where: { ["struct", "class", "enum", "protocol", "actor", "typealias"].contains($0) }),
                      words.contains("public") || words.contains("open"), kind + 1 < words.count else { continue }
                let name = String(words[kind + 1].prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                guard !name.hasPrefix("_"), !availability.describe(beyond: minimum).isEmpty else { continue }
                result.append((NewerAPI(name: name, tokens: [name], introduced: availability, source: interface.lastPathComponent), "\(words[kind]) \(name)"))
            }
        }
        return result
    }

    /// Top-level declarations of the runtime that are themselves behind `@available` (for example
    /// `RetryMiddleware`): generated code and the Kalshi SDK must guard their uses too.
    static func guardedRuntimeDeclarations() throws -> [NewerAPI] {
        var result: [NewerAPI] = []
        for file in swiftFiles(under: "Sources/SDKGenRuntime") {
            let tokens = AvailabilityScanner.tokens(try text(file))
            var depth = 0, index = 0
            while index < tokens.count {
                let text = tokens[index].text
                if text == "{" { depth += 1 } else if text == "}" { depth -= 1 }
                if depth == 0, text == "@available", index + 1 < tokens.count, tokens[index + 1].text == "(" {
                    let (availability, next) = AvailabilityScanner.availability(tokens, from: index + 2)
                    if let kind = tokens[next...].prefix(12).firstIndex(where: { ["struct", "class", "enum", "protocol", "actor", "typealias", "func"].contains($0.text) }), kind + 1 < tokens.count {
                        let name = tokens[kind + 1].text
                        result.append(NewerAPI(name: name, tokens: [name], introduced: availability, source: file))
                    }
                    index = next
                    continue
                }
                index += 1
            }
        }
        return result
    }

    static func scanner() throws -> AvailabilityScanner {
        let minimum = try declaredMinimums()
        return AvailabilityScanner(minimum: minimum, apis: NewerAPIs.all + toolchainTypes(newerThan: minimum).map(\.api) + (try guardedRuntimeDeclarations()))
    }

    // MARK: - The declared platforms

    @Test func theManifestDeclaresEveryApplePlatformAtTheRuntimesMinimums() throws {
        let minimums = try Self.declaredMinimums()
        // swift-openapi-runtime 1.13.4's own minimums: the lowest the runtime can build on.
        #expect(minimums.description == "macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, visionOS 1")
    }

    /// The README's "Platforms" table, its package snippets and the fixture packages say the same
    /// as `Package.swift`; a fixture may go higher only where a dependency needs it, and says so.
    @Test func theReadmeAndTheFixturePackagesDeclareTheSamePlatforms() throws {
        let minimums = try Self.declaredMinimums()
        let readme = try Self.text("README.md")
        // | macOS | Mac Catalyst | iOS | tvOS | watchOS | visionOS |, | --- | ..., then the versions.
        let section = try #require(readme.components(separatedBy: "\n## Platforms\n").dropFirst().first)
        let table = section.split(separator: "\n").drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        #expect(table.count == 3, "\(table)")
        let row = try #require(table.last)
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(cells == ApplePlatform.allCases.map { minimums[$0]!.description }, "README's Platforms table: \(row)")

        let snippets = readme.components(separatedBy: "platforms: [").dropFirst().map { "platforms: [" + $0 }
        #expect(snippets.count >= 2)
        for snippet in snippets {
            #expect(Self.platforms(in: snippet) == minimums, "README snippet: \(snippet.prefix(140))")
        }

        let fixtures = Self.swiftFiles(under: "Tests").filter { $0.hasSuffix("/Package.swift") }
        #expect(fixtures.count >= 4, "\(fixtures)")
        for fixture in fixtures {
            let manifest = try Self.text(fixture)
            let declared = try #require(Self.platforms(in: manifest), "\(fixture) declares no platforms")
            #expect(Set(declared.versions.keys) == Set(ApplePlatform.allCases), "\(fixture): \(declared)")
            for platform in ApplePlatform.allCases {
                #expect(declared[platform].map { $0 >= minimums[platform]! } == true, "\(fixture): \(platform) below the package's minimum")
            }
            if declared != minimums {
                #expect(manifest.contains("// Platforms: "), "\(fixture) declares platforms above swift-sdkgen's without a '// Platforms: ' comment saying which dependency needs them")
            }
        }
    }

    // MARK: - The scanner

    static let guardText = "@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)"

    /// One row a case: source, and the findings it must give (`line:column api`).
    static let scannerCases: [(source: String, findings: [String])] = [
        ("let d: Duration = .seconds(1)", ["1:8 Duration"]),
        ("\(guardText)\nfunc f() -> Duration { .seconds(1) }", []),
        ("@available(iOS 16, *)\nfunc f() -> Duration { .seconds(1) }", ["2:13 Duration"]),
        ("@available(macOS 13, iOS 16, tvOS 16, watchOS 9, *)\npublic struct Retry {\n  var d: Duration\n  func f(clock: some Clock<Duration> = ContinuousClock()) {}\n}\nlet outside = Duration.zero", ["6:15 Duration"]),
        ("\(guardText)\npublic var delay: Duration\nlet after: Duration", ["3:12 Duration"]),
        ("\(guardText)\npublic init(\n  policy: Int,\n  clock: some Clock<Duration>\n) {\n  sleep = { try await clock.sleep(for: $0) }\n}\nlet c = ContinuousClock()", ["8:9 ContinuousClock"]),
        ("if #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) {\n  let d = Duration.zero\n} else {\n  let d = Duration.zero\n}", ["4:11 Duration"]),
        ("func f() {\n  guard #available(macOS 13, iOS 16, tvOS 16, watchOS 9, *) else { let d = Duration.zero; return }\n  let c = ContinuousClock()\n}\nlet e = ContinuousClock()", ["2:76 Duration", "5:9 ContinuousClock"]),
        ("// Duration in a comment\n/* and Duration /* nested */ here */\nlet s = \"Duration\"\nlet t = #\"Clock \"Duration\"\"#\nlet u = \"\"\"\n  Duration\n  \"\"\"", []),
        ("#if os(Linux)\nlet d = Duration.zero\n#else\nlet e = Duration.zero\n#endif", ["4:9 Duration"]),
        ("#if canImport(Darwin)\nlet d = Duration.zero\n#else\nlet e = Duration.zero\n#endif", ["2:9 Duration"]),
        ("let u = url.appending(path: \"x\")\nlet v = url.appendingPathComponent(\"x\")", ["1:13 URL.appending(path:)"]),
        ("let s: any AsyncSequence<Int, Never>\nlet t: any Collection<Int>\nlet u: some Collection<Int>", ["1:8 any AsyncSequence<...>", "2:8 any P<...> (a constrained existential)"]),
        ("try await Task.sleep(for: .seconds(1))\ntry await Task.sleep(nanoseconds: 1)", ["1:11 Task.sleep(for:)"]),
        ("\(guardText)\nextension Foo {\n  func f() -> Duration { .zero }\n}", []),
        ("let x = HTTPField.Duration\nlet y = Response.Clock()", []),
        ("@available(macOS 12, iOS 15, tvOS 15, watchOS 8, *)\nfunc f() -> String { Date.now.formatted() }\nfunc g() -> Duration", ["3:13 Duration"]),
        ("@available(macOS, unavailable)\n@available(iOS 16, tvOS 16, watchOS 9, *)\nfunc f() -> Duration { .zero }", []),
    ]

    @Test(arguments: scannerCases.indices)
    func theScannerFindsWhatTheCompilerWould(_ row: Int) throws {
        let scanner = AvailabilityScanner(minimum: try Self.declaredMinimums(), apis: NewerAPIs.all)
        let (source, expected) = Self.scannerCases[row]
        let found = scanner.findings(in: source, file: "case.swift").map { "\($0.line):\($0.column) \($0.api)" }
        #expect(found == expected, "\(source)")
    }

    /// The guard on `RetryMiddleware` is what keeps it off iOS 13: without it, the scan fails.
    @Test func aPlantedDurationInTheRuntimeIsFound() throws {
        let source = try Self.text("Sources/SDKGenRuntime/Retry.swift")
        #expect(source.contains(Self.guardText + "\npublic struct RetryMiddleware"))
        let planted = source.replacingOccurrences(of: Self.guardText + "\npublic struct RetryMiddleware", with: "public struct RetryMiddleware")
        let scanner = try Self.scanner()
        #expect(scanner.findings(inModule: [("Retry.swift", source)]).isEmpty)
        let findings = scanner.findings(inModule: [("Retry.swift", planted)])
        let firstDuration = try #require(planted.components(separatedBy: "\n").firstIndex { $0.contains("Duration = .milliseconds(500)") })
        #expect(findings.first?.description == "Retry.swift:\(firstDuration + 1):34: Duration needs macOS 13, macCatalyst 16, iOS 16, tvOS 16, watchOS 9; guard it with @available or #available, or use an older API")
        #expect(findings.count >= 10)
    }

    // MARK: - The repository

    @Test func nothingUsesANewerAPIOutsideAGuard() throws {
        let scanner = try Self.scanner()
        // Everything this package compiles, test targets included: on a Mac they build at the
        // package's minimums too.
        let testTargets = ["Tests/SDKGenCoreTests", "Tests/SDKGenRuntimeTests", "Tests/SDKGenMockTests", "Tests/KalshiAPITests", "Tests/TestSupport", "Tests/DocExamples"]
        let files = (["Sources", "Plugins", "Generated", "Tests/Fixtures"] + testTargets).flatMap { Self.swiftFiles(under: $0) }
            .filter { !$0.hasPrefix("Tests/Fixtures/") || $0.contains("/Expected/") || $0.contains("/Support/") }
        #expect(files.contains("Sources/SDKGenRuntime/Retry.swift") && files.contains("Generated/00-Client.swift") && files.contains("Tests/Fixtures/petstore/Expected/00-Client.swift"))
        // A module a folder: `Sources/KalshiAPI`, `Tests/Fixtures/petstore/Expected`, `Generated`.
        let modules = Dictionary(grouping: files) { file -> String in
            let parts = file.split(separator: "/")
            if let expected = parts.firstIndex(of: "Expected") ?? parts.firstIndex(of: "Support") { return parts[..<expected].joined(separator: "/") }
            return parts.prefix(parts.first == "Generated" ? 1 : 2).joined(separator: "/")
        }
        var findings: [AvailabilityFinding] = []
        for (_, paths) in modules.sorted(by: { $0.key < $1.key }) {
            findings += scanner.findings(inModule: try paths.map { ($0, try Self.text($0)) })
        }
        // The templates, with their tags blanked out: what they emit is Swift.
        let templates = Self.swiftFiles(under: "Templates", extension: "mustache").filter { !$0.contains("Doc") }
        #expect(templates.count >= 15)
        for file in templates {
            let swift = try Self.text(file).replacingOccurrences(of: "\\{\\{[^}]*\\}\\}", with: " ", options: .regularExpression)
            findings += scanner.findings(in: swift, file: file)
        }
        // The fixture packages' own code, at the platforms each declares.
        for manifest in Self.swiftFiles(under: "Tests").filter({ $0.hasSuffix("/Package.swift") }) {
            let folder = String(manifest.dropLast("Package.swift".count))
            let fixture = AvailabilityScanner(minimum: try #require(Self.platforms(in: try Self.text(manifest))), apis: scanner.apis)
            let sources = Self.swiftFiles(under: folder + "Sources")
            for (_, paths) in Dictionary(grouping: sources, by: { $0.split(separator: "/").prefix(4).joined(separator: "/") }).sorted(by: { $0.key < $1.key }) {
                findings += fixture.findings(inModule: try paths.map { ($0, try Self.text($0)) })
            }
        }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    /// The list's standard-library entries say what the toolchain's interfaces say, and the
    /// interfaces add the other newer types (skipped where the toolchain has no interfaces).
    @Test func theListAgreesWithTheToolchain() throws {
        let minimum = try Self.declaredMinimums()
        let derived = Self.toolchainTypes(newerThan: minimum)
        guard Self.toolchainInterfaces() != nil else { return }
        let byDeclaration = Dictionary(derived.map { ($0.declaration, $0.api.introduced) }, uniquingKeysWith: { first, _ in first })
        for entry in NewerAPIs.standardLibrary {
            let found = try #require(byDeclaration[entry.declaration], "\(entry.declaration) is not in the toolchain's interfaces as newer than the minimums")
            for platform in [ApplePlatform.macOS, .iOS, .tvOS, .watchOS] {
                #expect(found[platform] == entry.api.introduced[platform], "\(entry.api.name) on \(platform): the list says \(entry.api.introduced[platform]!), the toolchain \(found[platform].map(String.init(describing:)) ?? "nothing")")
            }
        }
        #expect(derived.count >= 30, "\(derived.map(\.declaration))")
    }
}
