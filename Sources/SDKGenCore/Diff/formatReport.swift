/// What `sdkgen diff` compared and found: the two specs and the changes between them.
public struct APIDiffReport: Sendable {
    public struct Side: Sendable {
        /// The spec's path as given on the command line.
        public var file: String
        public var title: String
        public var version: String
        public var versionLocation: SourceLocation?
    }

    public var old: Side
    public var new: Side
    /// Breaking first (see `diffAPIs`), with `acceptedBecause` set by `acceptChanges`.
    public var changes: [APIChange]

    /// - Parameters:
    ///   - oldFile, newFile: The specs' paths as the user gave them (default: the models' file names).
    public init(old: APIModel, new: APIModel, changes: [APIChange], oldFile: String? = nil, newFile: String? = nil) {
        func side(_ model: APIModel, _ file: String?) -> Side {
            Side(file: file ?? model.specName, title: model.title, version: model.version, versionLocation: model.versionOrigin?.location)
        }
        self.old = side(old, oldFile)
        self.new = side(new, newFile)
        self.changes = changes
    }

    public var verdict: SemverVerdict { SemverVerdict(changes) }

    /// Breaking changes no allow-list entry accepts: what `--fail-on-breaking` fails on.
    public var unacceptedBreaking: [APIChange] {
        changes.filter { $0.impact == .breaking && $0.acceptedBecause == nil }
    }

    func count(_ impact: APIChange.Impact) -> Int { changes.filter { $0.impact == impact }.count }

    /// `3 breaking (1 accepted), 17 added, 1 changed, 0 docs`.
    var counts: String {
        let accepted = changes.filter { $0.impact == .breaking && $0.acceptedBecause != nil }.count
        return APIChange.Impact.allCases.map { impact in
            "\(count(impact)) \(impact.rawValue)" + (impact == .breaking && accepted > 0 ? " (\(accepted) accepted)" : "")
        }.joined(separator: ", ")
    }
}

/// The report formats of `sdkgen diff --format`.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// One line per change, for a terminal.
    case text
    /// Tables for a pull-request comment.
    case markdown
    /// The report as one JSON object; `spec/sdkgen-diff.schema.json` describes it.
    case json
    /// SARIF 2.1.0: each change a result at its line in the NEW spec, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands: `::error` for breaking changes, `::notice` for the rest.
    case github
    /// A release-notes section in the SDK's Swift names: Breaking, Added, Changed, Docs.
    case changelog
}

public func formatReport(_ report: APIDiffReport, as format: DiffFormat) -> String {
    switch format {
    case .text: return textReport(report)
    case .markdown: return markdownReport(report)
    case .json: return object(jsonReport(report)).prettyText() + "\n"
    case .sarif: return sarifReport(report).prettyText() + "\n"
    case .github: return githubReport(report)
    case .changelog: return changelogReport(report)
    }
}

private func locations(_ change: APIChange) -> String {
    [change.old.map { "old \($0)" }, change.new.map { "new \($0)" }].compactMap { $0 }.joined(separator: ", ")
}

private func accepted(_ change: APIChange) -> String {
    change.acceptedBecause.map { " (accepted: \($0))" } ?? ""
}

private func textReport(_ report: APIDiffReport) -> String {
    var lines = report.changes.map { change in
        let label = change.impact == .breaking ? "BREAKING" : change.impact.rawValue.padding(toLength: 8)
        let place = locations(change)
        return "\(label) \(change.kind.id): \(change.line)\(accepted(change))" + (place.isEmpty ? "" : "  [\(place)]")
    }
    lines.append("\(report.counts); semver: \(report.verdict.rawValue)")
    return lines.joined(separator: "\n") + "\n"
}

private extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

private func markdownReport(_ report: APIDiffReport) -> String {
    var text = "## API changes\n\n"
    if report.changes.isEmpty { return text + "No changes to the generated API.\n" }
    text += "\(report.counts). Semver: **\(report.verdict.rawValue)**.\n"
    for impact in APIChange.Impact.allCases {
        let group = report.changes.filter { $0.impact == impact }
        guard !group.isEmpty else { continue }
        text += "\n### \(impact.title)\n\n| Change | Kind | Where |\n| --- | --- | --- |\n"
        for change in group {
            let what = Escaping.markdownCell("`\(change.symbol)` \(change.message)\(accepted(change))")
            text += "| \(what) | `\(change.kind.id)` | \(Escaping.markdownCell(locations(change))) |\n"
        }
    }
    return text
}

extension APIChange.Impact {
    /// The heading of its group in Markdown and changelogs.
    var title: String {
        switch self {
        case .breaking: return "Breaking"
        case .added: return "Added"
        case .changed: return "Changed"
        case .docs: return "Docs"
        }
    }
}

private func changelogReport(_ report: APIDiffReport) -> String {
    var text = "## \(report.new.title) \(report.new.version)\n"
    if report.changes.isEmpty { return text + "\nNo changes to the generated API.\n" }
    for impact in APIChange.Impact.allCases {
        let group = report.changes.filter { $0.impact == impact }
        guard !group.isEmpty else { continue }
        text += "\n### \(impact.title)\n\n"
        for change in group { text += "- `\(change.symbol)` \(change.message)\n" }
    }
    return text
}

// MARK: GitHub Actions

/// Workflow commands escape `%`, CR and LF in the message, and also `:` and `,` in properties.
private func githubEscape(_ text: String, property: Bool) -> String {
    percentEncoded(text, property ? ["%", "\r", "\n", ":", ","] : ["%", "\r", "\n"])
}

private func githubReport(_ report: APIDiffReport) -> String {
    var lines: [String] = []
    for change in report.changes {
        let command = change.impact == .breaking && change.acceptedBecause == nil ? "error" : change.impact == .breaking || change.impact == .changed ? "warning" : "notice"
        var properties: [String] = []
        if let place = change.location {
            properties += ["file=\(githubEscape(place.file, property: true))", "line=\(place.line)", "col=\(place.column)"]
        }
        properties.append("title=\(githubEscape("\(change.impact.rawValue) \(change.kind.id)", property: true))")
        lines.append("::\(command) \(properties.joined(separator: ","))::\(githubEscape(change.line + accepted(change), property: false))")
    }
    lines.append("::notice title=sdkgen diff::\(githubEscape("\(report.counts); semver: \(report.verdict.rawValue)", property: false))")
    return lines.joined(separator: "\n") + "\n"
}

// MARK: JSON and SARIF

/// A JSON object with its keys in this order.
private func object(_ pairs: [(String, JSON)]) -> JSON {
    .object(pairs.map { JSON.Member($0.0, $0.1) })
}

private func int(_ value: Int) -> JSON { .int(Int64(value)) }

private func jsonLocation(_ location: SourceLocation) -> JSON {
    object([("file", .string(location.file)), ("line", int(location.line)), ("column", int(location.column))])
}

private func jsonReport(_ report: APIDiffReport) -> [(String, JSON)] {
    func side(_ side: APIDiffReport.Side) -> JSON {
        object([("file", .string(side.file)), ("title", .string(side.title)), ("version", .string(side.version))])
    }
    let changes: [JSON] = report.changes.map { change in
        var pairs: [(String, JSON)] = [
            ("id", .string(change.kind.id)),
            ("impact", .string(change.impact.rawValue)),
            ("symbol", .string(change.symbol)),
            ("message", .string(change.message)),
        ]
        if let old = change.old { pairs.append(("old", jsonLocation(old))) }
        if let new = change.new { pairs.append(("new", jsonLocation(new))) }
        if let reason = change.acceptedBecause { pairs.append(("accepted", .string(reason))) }
        return object(pairs)
    }
    var counts = APIChange.Impact.allCases.map { ($0.rawValue, int(report.count($0))) }
    counts.append(("accepted", int(report.changes.filter { $0.acceptedBecause != nil }.count)))
    return [
        ("formatVersion", int(1)),
        ("old", side(report.old)),
        ("new", side(report.new)),
        ("semver", .string(report.verdict.rawValue)),
        ("counts", object(counts)),
        ("changes", .array(changes)),
    ]
}

/// A file path as a SARIF `uri`: a relative reference with `/` separators, spaces and `%` escaped.
private func sarifURI(_ path: String) -> String {
    percentEncoded(String(path.map { $0 == "\\" ? "/" : $0 }), ["%", " ", "#", "?"])
}

/// `text` with each of `escaped` written as `%XX` (uppercase hex, as both formats expect).
private func percentEncoded(_ text: String, _ escaped: Set<Unicode.Scalar>) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        if escaped.contains(scalar) {
            result += "%" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

private func sarifReport(_ report: APIDiffReport) -> JSON {
    let kinds = APIChange.Kind.allCases.filter { kind in report.changes.contains { $0.kind == kind } }
    func level(_ impact: APIChange.Impact) -> String {
        switch impact {
        case .breaking: return "error"
        case .changed: return "warning"
        case .added, .docs: return "note"
        }
    }
    let rules: [JSON] = kinds.map { kind in
        object([
            ("id", .string(kind.id)),
            ("shortDescription", object([("text", .string(kind.summary))])),
            ("defaultConfiguration", object([("level", .string(level(kind.impact)))])),
            ("properties", object([("impact", .string(kind.impact.rawValue)), ("semver", .string(kind.impact.verdict.rawValue))])),
        ])
    }
    let results: [JSON] = report.changes.map { change in
        var pairs: [(String, JSON)] = [
            ("ruleId", .string(change.kind.id)),
            ("ruleIndex", int(kinds.firstIndex(of: change.kind)!)),
            ("level", .string(level(change.impact))),
            ("message", object([("text", .string(change.line))])),
        ]
        if let place = change.location {
            pairs.append(("locations", .array([object([
                ("physicalLocation", object([
                    ("artifactLocation", object([("uri", .string(sarifURI(place.file)))])),
                    ("region", object([("startLine", int(place.line)), ("startColumn", int(place.column))])),
                ])),
            ])])))
        }
        if let reason = change.acceptedBecause {
            pairs.append(("suppressions", .array([object([("kind", .string("external")), ("justification", .string(reason))])])))
        }
        pairs.append(("properties", object([("symbol", .string(change.symbol)), ("impact", .string(change.impact.rawValue))])))
        return object(pairs)
    }
    return object([
        ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
        ("version", .string("2.1.0")),
        ("runs", .array([object([
            ("tool", object([("driver", object([
                ("name", .string("sdkgen")),
                ("rules", .array(rules)),
            ]))])),
            ("properties", object([("semver", .string(report.verdict.rawValue)), ("old", .string(report.old.file)), ("new", .string(report.new.file))])),
            ("results", .array(results)),
        ])])),
    ])
}
