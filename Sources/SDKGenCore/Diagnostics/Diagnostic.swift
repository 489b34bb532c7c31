/// A position in a spec file, 1-based like compiler diagnostics.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One message for the user: an error stops the run after the current stage, a warning does not.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
        case note
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// The JSON pointer of the node the message is about, such as `#/paths/~1pets/get`.
    public var pointer: String?
    /// The operation or component of the root document the message is part of
    /// (`#/paths/~1pets/get`, `#/components/schemas/Pet`), or `#` for none, when it is not the
    /// start of `pointer` (a message about another file); see `SkipInvalid`.
    public var unit: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, pointer: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// `file:line:column: severity: message (at pointer)`, the shape Xcode and SwiftPM make clickable.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message)"
        if let pointer, !message.contains(pointer) { text += " (at '\(pointer)')" }
        return text
    }
}

/// Collects diagnostics from every stage; the executable prints them, tests inspect them.
public final class DiagnosticSink {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public func error(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        emit(Diagnostic(.error, message, at: location, pointer: pointer))
    }

    public func warning(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        emit(Diagnostic(.warning, message, at: location, pointer: pointer))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// What `--skip-invalid` left out, in the order it was found; each also has its warning.
    public private(set) var skipped: [SkippedPart] = []

    /// Records a part left out, and warns about it where its first error was.
    public func skip(_ part: SkippedPart) {
        skipped.append(part)
        var diagnostic = Diagnostic(.warning, "left out \(part.what) (--skip-invalid): \(part.reason)", at: part.location, pointer: part.pointer)
        diagnostic.unit = part.unit
        emit(diagnostic)
    }
}

/// An operation or component that `--skip-invalid` left out of the SDK, and why.
public struct SkippedPart: Sendable, Hashable {
    /// Its pointer in the document: `#/paths/~1pets/get`, `#/components/schemas/Pet`.
    public var unit: String
    /// "operation 'GET /pets'", "schema 'Pet'".
    public var what: String
    /// The error it had, or which left-out part it refers to.
    public var reason: String
    public var location: SourceLocation?
    public var pointer: String?

    public init(unit: String, what: String, reason: String, location: SourceLocation?, pointer: String?) {
        self.unit = unit
        self.what = what
        self.reason = reason
        self.location = location
        self.pointer = pointer
    }
}

/// Thrown by a stage that stopped because it reported errors to the sink.
public struct GenerationFailed: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
