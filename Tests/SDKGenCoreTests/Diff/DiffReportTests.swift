import Foundation
import SDKGenCore
import Testing

/// `sdkgen diff`'s reports, allow-lists and version check, on one small change of each impact.
@Suite struct DiffReportTests {
    /// One breaking change, one addition, one changed default and one description.
    static func report(accept entries: [AcceptedChange] = [], oldVersion: String = "1.0.0", newVersion: String = "2.0.0") throws -> (report: APIDiffReport, unused: [AcceptedChange]) {
        var new = DiffAPIsTests.base
        for (find, replacement) in [
            ("        tag: {type: string}\n", "        color: {type: string}\n"),
            ("{type: integer, default: 20}", "{type: integer, default: 50}"),
            ("    Status:\n      type: string\n", "    Status:\n      type: string\n      description: Where a pet is\n"),
        ] {
            #expect(new.contains(find))
            new = new.replacingOccurrences(of: find, with: replacement)
        }
        let oldModel = try DiffAPIsTests.model(DiffAPIsTests.base.replacingOccurrences(of: "version: '1.0.0'", with: "version: '\(oldVersion)'"), "specs/old.yaml")
        let newModel = try DiffAPIsTests.model(new.replacingOccurrences(of: "version: '1.0.0'", with: "version: '\(newVersion)'"), "specs/new.yaml")
        var changes = diffAPIs(old: oldModel, new: newModel)
        let unused = acceptChanges(&changes, entries)
        return (APIDiffReport(old: oldModel, new: newModel, changes: changes, oldFile: "specs/old.yaml", newFile: "specs/new.yaml"), unused)
    }

    static let locations = (
        tag: "[old specs/old.yaml:46:14, new specs/new.yaml:42:7]",
        color: "[old specs/old.yaml:42:7, new specs/new.yaml:46:16]",
        limit: "[old specs/old.yaml:12:11, new specs/new.yaml:12:11]",
        status: "[old specs/old.yaml:50:7, new specs/new.yaml:50:7]"
    )

    @Test func text() throws {
        #expect(formatReport(try Self.report().report, as: .text) == """
            BREAKING property-removed: Pet.tag removed  \(Self.locations.tag)
            added    property-added-optional: Pet.color added: String?  \(Self.locations.color)
            changed  parameter-default-changed: pets.listPets(limit:) default changed: 20 -> 50  \(Self.locations.limit)
            docs     model-docs-changed: Status description changed  \(Self.locations.status)
            1 breaking, 1 added, 1 changed, 1 docs; semver: major

            """)
    }

    @Test func markdownEscapesEachCell() throws {
        #expect(formatReport(try Self.report().report, as: .markdown) == """
            ## API changes

            1 breaking, 1 added, 1 changed, 1 docs. Semver: **major**.

            ### Breaking

            | Change | Kind | Where |
            | --- | --- | --- |
            | `Pet.tag` removed | `property-removed` | old specs/old.yaml:46:14, new specs/new.yaml:42:7 |

            ### Added

            | Change | Kind | Where |
            | --- | --- | --- |
            | `Pet.color` added: String? | `property-added-optional` | old specs/old.yaml:42:7, new specs/new.yaml:46:16 |

            ### Changed

            | Change | Kind | Where |
            | --- | --- | --- |
            | `pets.listPets(limit:)` default changed: 20 -&gt; 50 | `parameter-default-changed` | old specs/old.yaml:12:11, new specs/new.yaml:12:11 |

            ### Docs

            | Change | Kind | Where |
            | --- | --- | --- |
            | `Status` description changed | `model-docs-changed` | old specs/old.yaml:50:7, new specs/new.yaml:50:7 |

            """)
    }

    @Test func githubAnnotationsAtTheNewSpecsLines() throws {
        #expect(formatReport(try Self.report().report, as: .github) == """
            ::error file=specs/new.yaml,line=42,col=7,title=breaking property-removed::Pet.tag removed
            ::notice file=specs/new.yaml,line=46,col=16,title=added property-added-optional::Pet.color added: String?
            ::warning file=specs/new.yaml,line=12,col=11,title=changed parameter-default-changed::pets.listPets(limit:) default changed: 20 -> 50
            ::notice file=specs/new.yaml,line=50,col=7,title=docs model-docs-changed::Status description changed
            ::notice title=sdkgen diff::1 breaking, 1 added, 1 changed, 1 docs; semver: major

            """)
        // An accepted breaking change is a warning, so the job's annotations do not read as a failure.
        let accepted = try Self.report(accept: [AcceptedChange(id: "property-removed", reason: "tag was never set")]).report
        #expect(formatReport(accepted, as: .github).hasPrefix(
            "::warning file=specs/new.yaml,line=42,col=7,title=breaking property-removed::Pet.tag removed (accepted: tag was never set)\n"))
    }

    @Test func githubAndSarifEscapeWhatTheirSyntaxUses() throws {
        var (report, _) = try Self.report(accept: [AcceptedChange(id: "property-removed", reason: "50% done\r\nsee #12")])
        report.new.file = "specs/a,b:c #1.yaml"
        for index in report.changes.indices { report.changes[index].new?.file = report.new.file }
        #expect(formatReport(report, as: .github).hasPrefix(
            "::warning file=specs/a%2Cb%3Ac #1.yaml,line=42,col=7,title=breaking property-removed::Pet.tag removed (accepted: 50%25 done%0D%0Asee #12)\n"))
        #expect(formatReport(report, as: .sarif).contains("\"uri\": \"specs/a,b:c%20%231.yaml\""))
    }

    @Test func changelogInSwiftNames() throws {
        #expect(formatReport(try Self.report().report, as: .changelog) == """
            ## T 2.0.0

            ### Breaking

            - `Pet.tag` removed

            ### Added

            - `Pet.color` added: String?

            ### Changed

            - `pets.listPets(limit:)` default changed: 20 -> 50

            ### Docs

            - `Status` description changed

            """)
    }

    @Test func jsonCarriesEveryField() throws {
        let (report, _) = try Self.report(accept: [AcceptedChange(id: "property-removed", symbol: "Pet.tag", reason: "tag was never set")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(formatReport(report, as: .json).utf8)) as? [String: Any])
        #expect(object["formatVersion"] as? Int == 1)
        #expect(object["semver"] as? String == "major")
        #expect(object["old"] as? [String: String] == ["file": "specs/old.yaml", "title": "T", "version": "1.0.0"])
        #expect(object["counts"] as? [String: Int] == ["breaking": 1, "added": 1, "changed": 1, "docs": 1, "accepted": 1])
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["id"] as? String } == ["property-removed", "property-added-optional", "parameter-default-changed", "model-docs-changed"])
        #expect(changes[0]["impact"] as? String == "breaking")
        #expect(changes[0]["symbol"] as? String == "Pet.tag")
        #expect(changes[0]["message"] as? String == "removed")
        #expect(changes[0]["accepted"] as? String == "tag was never set")
        let new = try #require(changes[0]["new"] as? [String: Any])
        #expect(new.count == 3 && new["file"] as? String == "specs/new.yaml" && new["line"] as? Int == 42 && new["column"] as? Int == 7)
        #expect(changes[1]["accepted"] == nil)
    }

    @Test func sarifResultsAtTheNewSpecsLines() throws {
        let (report, _) = try Self.report(accept: [AcceptedChange(id: "property-removed", reason: "tag was never set")])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(formatReport(report, as: .sarif).utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        // One rule per kind that occurs, in the README's order; results point at them by index.
        #expect(rules.map { $0["id"] as? String } == ["parameter-default-changed", "model-docs-changed", "property-removed", "property-added-optional"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleIndex"] as? Int } == [2, 3, 0, 1])
        #expect(results.map { $0["level"] as? String } == ["error", "note", "warning", "note"])
        #expect((results[0]["message"] as? [String: String]) == ["text": "Pet.tag removed"])
        let location = try #require((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: String]) == ["uri": "specs/new.yaml"])
        #expect((location["region"] as? [String: Int]) == ["startLine": 42, "startColumn": 7])
        let suppressions = try #require(results[0]["suppressions"] as? [[String: String]])
        #expect(suppressions == [["kind": "external", "justification": "tag was never set"]])
        #expect(results[1]["suppressions"] == nil)
    }

    /// The JSON and SARIF reports against their schemas (`spec/sdkgen-diff.schema.json`, SARIF
    /// 2.1.0), checked by Python's `jsonschema` when this machine has it (`.ci/run` installs it).
    @Test(arguments: [(DiffFormat.json, "spec/sdkgen-diff.schema.json"), (DiffFormat.sarif, "Tests/Fixtures/diff/sarif-2.1.0.schema.json")])
    func validatesAgainstItsSchema(_ format: DiffFormat, _ schema: String) throws {
        let reports = [try Self.report().report,
                       try Self.report(accept: [AcceptedChange(id: "property-removed", reason: "r")]).report,
                       APIDiffReport(old: try DiffAPIsTests.model(DiffAPIsTests.base, "a.yaml"), new: try DiffAPIsTests.model(DiffAPIsTests.base, "a.yaml"), changes: [])]
        for report in reports {
            let result = try validate(formatReport(report, as: format), schema: Repo.root.appendingPathComponent(schema))
            #expect(result == "valid", "\(format): \(result)")
        }
    }

    /// The schema names every kind, so a report with a new kind is valid only once the schema says so.
    @Test func theJSONSchemaListsEveryKind() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Repo.root.appendingPathComponent("spec/sdkgen-diff.schema.json"))) as? [String: Any])
        let change = try #require(((schema["$defs"] as? [String: Any])?["change"] as? [String: Any])?["properties"] as? [String: Any])
        #expect((change["id"] as? [String: Any])?["enum"] as? [String] == APIChange.Kind.allCases.map(\.id))
    }

    /// The README's table of kinds is the documentation of the ids: one row per kind, in order.
    @Test func theReadmeListsEveryKind() throws {
        let readme = String(decoding: try Data(contentsOf: Repo.root.appendingPathComponent("README.md")), as: UTF8.self)
        let ids = Set(APIChange.Kind.allCases.map(\.id))
        let rows = readme.split(separator: "\n").filter { line in
            line.hasPrefix("| `") && ids.contains(String(line.dropFirst(3).prefix { $0 != "`" }))
        }
        let expected = APIChange.Kind.allCases.map { "| `\($0.id)` | \($0.impact.rawValue) | \($0.summary) |" }
        #expect(rows.map(String.init) == expected, "README rows should be:\n\(expected.joined(separator: "\n"))")
    }

    @Test func anEntryAcceptsByKindBySymbolOrByPrefix() throws {
        func accepted(_ entries: [AcceptedChange]) throws -> [String] {
            try Self.report(accept: entries).report.changes.compactMap { change in change.acceptedBecause.map { "\(change.symbol): \($0)" } }
        }
        #expect(try accepted([AcceptedChange(id: "property-removed")]) == ["Pet.tag: listed in the allow-list"])
        #expect(try accepted([AcceptedChange(id: "property-removed", symbol: "Pet.tag", reason: "unused")]) == ["Pet.tag: unused"])
        #expect(try accepted([AcceptedChange(id: "property-removed", symbol: "Pet.*", reason: "unused")]) == ["Pet.tag: unused"])
        #expect(try accepted([AcceptedChange(id: "property-removed", symbol: "Pet.name")]) == [])
        #expect(try accepted([AcceptedChange(id: "property-removed", symbol: "Pe")]) == [])
        #expect(try accepted([AcceptedChange(id: "model-removed", symbol: "Pet.tag")]) == [])
        // The first entry that matches gives the reason.
        #expect(try accepted([AcceptedChange(id: "property-removed", reason: "first"), AcceptedChange(id: "property-removed", symbol: "Pet.tag", reason: "second")]) == ["Pet.tag: first"])
    }

    @Test func acceptingKeepsTheVerdictAndReturnsUnusedEntries() throws {
        let stale = AcceptedChange(id: "operation-removed", symbol: "pets.listPets")
        let (report, unused) = try Self.report(accept: [AcceptedChange(id: "property-removed"), stale])
        #expect(unused == [stale])
        #expect(report.unacceptedBreaking.isEmpty)
        #expect(report.verdict == .major)
        #expect(formatReport(report, as: .text).hasSuffix("\n1 breaking (1 accepted), 1 added, 1 changed, 1 docs; semver: major\n"))
        #expect(try Self.report().report.unacceptedBreaking.map(\.symbol) == ["Pet.tag"])
    }

    @Test func allowListsFromAFileAndFromTheConfiguration() throws {
        let sink = DiagnosticSink()
        let file = "accept:\n  - id: property-removed\n    symbol: Pet.*\n    reason: tags moved to labels\n  - id: model-docs-changed\n"
        let entries = try #require(parseAcceptedChanges(Array(file.utf8), file: "accept.yaml", diagnostics: sink))
        #expect(entries.map(\.id) == ["property-removed", "model-docs-changed"])
        #expect(entries.map(\.symbol) == ["Pet.*", nil])
        #expect(entries.map(\.reason) == ["tags moved to labels", nil])
        #expect(entries.map { $0.location.map { "\($0)" } } == ["accept.yaml:2:5", "accept.yaml:5:5"])
        #expect(sink.diagnostics.isEmpty)

        let config = try #require(parseConfiguration(Array("diff:\n  accept:\n    - {id: parameter-default-changed, symbol: 'pets.listPets(limit:)'}\n".utf8), file: "sdkgen.yaml", diagnostics: sink))
        #expect(config.acceptedChanges == [AcceptedChange(id: "parameter-default-changed", symbol: "pets.listPets(limit:)", location: SourceLocation(file: "sdkgen.yaml", line: 3, column: 7))])
    }

    @Test(arguments: [
        ("accept:\n  - id: property-remove\n", "accept.yaml:2:9: error: 'property-remove' is not a kind of API change; did you mean 'property-removed'?"),
        ("accept:\n  - id: whatever\n", "accept.yaml:2:9: error: 'whatever' is not a kind of API change; the README lists the kinds of change"),
        ("accept:\n  - symbol: Pet.tag\n", "accept.yaml:2:5: error: each entry of 'accept' needs an 'id' (a kind of change, like 'property-removed')"),
        ("accept:\n  - id: property-removed\n    reasn: x\n", "accept.yaml:3:5: error: unknown key 'reasn' in accept; did you mean 'reason'?"),
        ("accept: property-removed\n", "accept.yaml:1:9: error: 'accept' must be a list of entries with an 'id' (and a 'symbol' and 'reason'), not a string"),
        ("except: []\n", "accept.yaml:1:1: error: unknown key 'except' in accept.yaml; did you mean 'accept'?"),
    ])
    func aBadAllowListIsAnErrorAtItsLine(_ text: String, _ expected: String) {
        let sink = DiagnosticSink()
        #expect(parseAcceptedChanges(Array(text.utf8), file: "accept.yaml", diagnostics: sink) == nil)
        #expect(sink.diagnostics.map { "\($0)" }.first == expected)
    }

    @Test(arguments: [
        ("3.13.0", "3.13.0"), ("v2", "2.0.0"), ("1.4", "1.4.0"), ("1.4.0-beta.1", "1.4.0"), ("2.0.0+build.7", "2.0.0"),
        ("0.9.1", "0.9.1"), ("abc", nil), ("1.2.3.4", nil), ("1.x", nil), ("", nil), ("2024-01-01", nil),
    ] as [(String, String?)])
    func versionNumbers(_ text: String, _ parsed: String?) {
        #expect(SpecVersion(text)?.text == parsed)
    }

    @Test(arguments: [
        ("1.2.3", SemverVerdict.major, "2.0.0"), ("1.2.3", .minor, "1.3.0"), ("1.2.3", .patch, "1.2.4"), ("1.2.3", .none, "1.2.3"),
        // Before 1.0 a breaking change bumps the minor number and anything else the patch number.
        ("0.4.2", .major, "0.5.0"), ("0.4.2", .minor, "0.4.3"), ("0.4.2", .patch, "0.4.3"),
    ])
    func theVersionAVerdictNeeds(_ from: String, _ verdict: SemverVerdict, _ needed: String) throws {
        #expect(try #require(SpecVersion(from)).next(for: verdict).text == needed)
    }

    @Test(arguments: [
        ("1.0.0", "2.0.0", nil),
        ("1.0.0", "3.1.0", nil),
        ("1.0.0", "1.9.0", "info.version goes 1.0.0 -> 1.9.0, but the changes need a major bump (1 breaking change, first: Pet.tag removed); make it at least 2.0.0"),
        ("1.0.0", "1.0.0", "info.version goes 1.0.0 -> 1.0.0, but the changes need a major bump (1 breaking change, first: Pet.tag removed); make it at least 2.0.0"),
        ("0.3.0", "0.4.0", nil),
        ("0.3.0", "0.3.1", "info.version goes 0.3.0 -> 0.3.1, but the changes need a major bump (1 breaking change, first: Pet.tag removed); make it at least 0.4.0"),
        ("1.0.0", "next", "info.version 'next' is not a version number like 1.2.3"),
        ("draft", "2.0.0", "the old spec's info.version 'draft' is not a version number like 1.2.3"),
    ] as [(String, String, String?)])
    func checkVersion(_ old: String, _ new: String, _ problem: String?) throws {
        #expect(versionProblem(try Self.report(oldVersion: old, newVersion: new).report) == problem)
    }

    @Test func checkVersionOfAnAdditionOnly() throws {
        let old = try DiffAPIsTests.model(DiffAPIsTests.base, "old.yaml")
        let added = DiffAPIsTests.edited("        tag: {type: string}\n", "        tag: {type: string}\n        color: {type: string}\n")
        for (version, problem) in [
            ("1.0.0", "info.version goes 1.0.0 -> 1.0.0, but the changes need a minor bump (additions or changes, first: Pet.color added: String?); make it at least 1.1.0"),
            ("1.0.1", "info.version goes 1.0.0 -> 1.0.1, but the changes need a minor bump (additions or changes, first: Pet.color added: String?); make it at least 1.1.0"),
            ("1.1.0", nil),
        ] as [(String, String?)] {
            let new = try DiffAPIsTests.model(added.replacingOccurrences(of: "version: '1.0.0'", with: "version: '\(version)'"), "new.yaml")
            #expect(versionProblem(APIDiffReport(old: old, new: new, changes: diffAPIs(old: old, new: new))) == problem)
        }
    }

    /// `valid`, or what Python's `jsonschema` says is wrong with `json`.
    func validate(_ json: String, schema: URL) throws -> String {
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python3 has no 'jsonschema' (python3 -m pip install jsonschema)"); sys.exit()
            schema = json.load(open(sys.argv[1]))
            errors = sorted(jsonschema.validators.validator_for(schema)(schema).iter_errors(json.load(sys.stdin)), key=str)
            print("valid" if not errors else "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:3]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let stop = watchdog(process)
        defer { stop.cancel() }
        input.fileHandleForWriting.write(Data(json.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
