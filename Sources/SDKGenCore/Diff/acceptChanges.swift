/// An entry of an allow-list (`--accept FILE`, `diff.accept` in `sdkgen.yaml`): a kind of change,
/// optionally only for one symbol, that a team has decided to ship.
public struct AcceptedChange: Sendable, Equatable {
    /// A kind's id, like `property-removed`.
    public var id: String
    /// `Order.price` for that symbol only, `Order.*` for every symbol that starts with `Order.`;
    /// nil for every change of the kind.
    public var symbol: String? = nil
    public var reason: String? = nil
    /// Where the entry is written, for the warning when it accepts nothing.
    public var location: SourceLocation? = nil

    public init(id: String, symbol: String? = nil, reason: String? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.symbol = symbol
        self.reason = reason
        self.location = location
    }

    public func matches(_ change: APIChange) -> Bool {
        guard change.kind.id == id else { return false }
        guard let symbol else { return true }
        if symbol.hasSuffix("*") { return change.symbol.hasPrefix(symbol.dropLast()) }
        return change.symbol == symbol
    }
}

/// Marks each change an entry matches as accepted, with the first matching entry's reason.
/// - Returns: The entries that match no change, for a warning: a stale entry hides nothing today
///   but would hide a future change of its kind.
public func acceptChanges(_ changes: inout [APIChange], _ entries: [AcceptedChange]) -> [AcceptedChange] {
    var used = Array(repeating: false, count: entries.count)
    for index in changes.indices {
        guard let match = entries.indices.first(where: { entries[$0].matches(changes[index]) }) else { continue }
        used[match] = true
        changes[index].acceptedBecause = entries[match].reason ?? "listed in the allow-list"
    }
    return entries.indices.filter { !used[$0] }.map { entries[$0] }
}

/// A version number as `info.version` writes it: `3.13.0`, `v2`, `1.4.0-beta.1`.
public struct SpecVersion: Sendable, Equatable {
    public var major: Int
    public var minor: Int
    public var patch: Int

    /// Nil unless the text is one to three dot-separated numbers, with an optional `v` before them
    /// and, after three of them, an ignored pre-release or build suffix (so a date like
    /// `2024-01-01` is not read as version 2024).
    public init?(_ text: String) {
        var rest = Substring(text.trimmingTrailingWhitespace().drop { $0 == " " })
        if rest.first == "v" || rest.first == "V" { rest = rest.dropFirst() }
        let core = rest.prefix { $0.isNumber || $0 == "." }
        let numbers = core.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(numbers.count), numbers.allSatisfy({ $0 != nil }),
              core.count == rest.count || (numbers.count == 3 && "-+".contains(rest[core.endIndex])) else { return nil }
        major = numbers[0]!
        minor = numbers.count > 1 ? numbers[1]! : 0
        patch = numbers.count > 2 ? numbers[2]! : 0
    }

    public init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    public var text: String { "\(major).\(minor).\(patch)" }

    /// The smallest version after `self` that a change of `verdict` allows. Before 1.0 the
    /// numbers shift down, as Cargo and SwiftPM's `from:` treat them: a breaking change bumps
    /// the minor number, anything else the patch number.
    public func next(for verdict: SemverVerdict) -> SpecVersion {
        switch (verdict, major == 0) {
        case (.none, _): return self
        case (.major, false): return SpecVersion(major: major + 1, minor: 0, patch: 0)
        case (.major, true), (.minor, false): return SpecVersion(major: major, minor: minor + 1, patch: 0)
        case (.minor, true), (.patch, _): return SpecVersion(major: major, minor: minor, patch: patch + 1)
        }
    }

    public static func >= (a: SpecVersion, b: SpecVersion) -> Bool {
        (a.major, a.minor, a.patch) >= (b.major, b.minor, b.patch)
    }
}

/// What `--check-version` says when the NEW spec's `info.version` is bumped less than the changes
/// need; nil when it is bumped enough.
public func versionProblem(_ report: APIDiffReport) -> String? {
    let verdict = report.verdict
    guard let old = SpecVersion(report.old.version) else {
        return "the old spec's info.version '\(report.old.version)' is not a version number like 1.2.3"
    }
    guard let new = SpecVersion(report.new.version) else {
        return "info.version '\(report.new.version)' is not a version number like 1.2.3"
    }
    let needed = old.next(for: verdict)
    func first(_ needing: SemverVerdict) -> String { report.changes.first { $0.impact.verdict == needing }?.line ?? "" }
    guard !(new >= needed) else { return nil }
    let reason: String
    switch verdict {
    case .none: return nil
    case .major: reason = "\(report.count(.breaking)) breaking change\(report.count(.breaking) == 1 ? "" : "s"), first: \(first(.major))"
    case .minor: reason = "additions or changes, first: \(first(.minor))"
    case .patch: reason = "documentation changes"
    }
    return "info.version goes \(report.old.version) -> \(report.new.version), but the changes need a \(verdict.rawValue) bump (\(reason)); make it at least \(needed.text)"
}
