import Foundation

/// An Apple platform of `Package.swift`'s `platforms:` and of `@available`.
enum ApplePlatform: String, CaseIterable, Comparable {
    case macOS, macCatalyst, iOS, tvOS, watchOS, visionOS

    static func < (a: ApplePlatform, b: ApplePlatform) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// The platform whose availability this one takes where `@available` does not name it: Mac
    /// Catalyst and visionOS run iOS code, so they follow iOS.
    var fallback: ApplePlatform? { self == .macCatalyst || self == .visionOS ? .iOS : nil }
}

/// A version such as `10.15` or `13.1`, compared number by number.
struct OSVersion: Comparable, CustomStringConvertible {
    var numbers: [Int]

    init(_ numbers: [Int]) { self.numbers = numbers }

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
        numbers = parts.map { $0! }
    }

    /// Never: `@available(macOS, unavailable)` code does not exist on that platform.
    static let never = OSVersion([Int.max])

    static func < (a: OSVersion, b: OSVersion) -> Bool {
        for index in 0..<max(a.numbers.count, b.numbers.count) {
            let x = index < a.numbers.count ? a.numbers[index] : 0
            let y = index < b.numbers.count ? b.numbers[index] : 0
            if x != y { return x < y }
        }
        return false
    }

    static func == (a: OSVersion, b: OSVersion) -> Bool { !(a < b) && !(b < a) }

    var description: String { self == .never ? "never" : numbers.map(String.init).joined(separator: ".") }
}

/// The version each platform has something from: a declaration's availability, or what a scope
/// of code is guarded by. A platform not listed has it from the package's minimum.
struct Availability: Equatable, CustomStringConvertible {
    var versions: [ApplePlatform: OSVersion] = [:]

    /// A platform's version, or the one it takes from iOS: Mac Catalyst the same number, visionOS
    /// 1 for iOS 17 and earlier, 2 for iOS 18, and the same number from 26 on.
    subscript(platform: ApplePlatform) -> OSVersion? {
        if let version = versions[platform] { return version }
        guard let fallback = platform.fallback, let iOS = versions[fallback] else { return nil }
        guard platform == .visionOS, let major = iOS.numbers.first, major < 26 else { return iOS }
        return OSVersion([major <= 17 ? 1 : major - 16])
    }

    /// Both guards at once: for each platform the later version.
    func merged(with other: Availability) -> Availability {
        var result = self
        for (platform, version) in other.versions { result.versions[platform] = max(version, versions[platform] ?? version) }
        return result
    }

    /// `macOS 13, iOS 16, tvOS 16, watchOS 9` (the platforms that need more than `minimum`).
    func describe(beyond minimum: Availability) -> String {
        ApplePlatform.allCases.compactMap { platform in
            guard let version = self[platform], let floor = minimum[platform], version > floor else { return nil }
            return "\(platform.rawValue) \(version)"
        }.joined(separator: ", ")
    }

    var description: String {
        versions.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    }
}

/// An API that Apple platforms have only from some version on, and how code spells a use of it:
/// a sequence of tokens, `*` standing for any one identifier.
struct NewerAPI {
    var name: String
    var tokens: [String]
    var introduced: Availability
    /// Where the availability was read: Apple's documentation page, or the toolchain's interface.
    var source: String
}

/// A use of a newer API where nothing guards it.
struct AvailabilityFinding: Equatable, CustomStringConvertible {
    var file: String
    var line: Int
    var column: Int
    var api: String
    var needs: String

    var description: String { "\(file):\(line):\(column): \(api) needs \(needs); guard it with @available or #available, or use an older API" }
}

/// Finds uses of newer APIs in Swift source that no `@available` declaration, `if #available` or
/// `guard #available` covers, the way the compiler checks availability on Apple platforms (which
/// these Linux machines cannot do). Comments, string literals and `#if os(Linux)` code are skipped.
struct AvailabilityScanner {
    var minimum: Availability
    var apis: [NewerAPI]

    /// A token of Swift source: an identifier (also `@available`, `#available`), a number, a
    /// punctuation character, or a line break.
    struct Token {
        var text: String
        var line: Int
        var column: Int
        var isNewline: Bool { text == "\n" }
    }

    /// Tokens of `source` without comments, string literal contents and code that only non-Apple
    /// platforms compile (`#if os(Linux)`, `#if canImport(FoundationNetworking)`, ...).
    static func tokens(_ source: String) -> [Token] {
        var tokens: [Token] = []
        let chars = Array(source.unicodeScalars)
        var index = 0, line = 1, lineStart = 0
        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < chars.count ? chars[index + offset] : nil }
        func isIdentifier(_ c: Unicode.Scalar) -> Bool {
            c.isASCII ? (c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)) : CharacterSet.alphanumerics.contains(c)
        }
        func advance() {
            if chars[index] == "\n" { line += 1; lineStart = index + 1 }
            index += 1
        }
        while index < chars.count {
            let c = chars[index]
            let column = index - lineStart + 1
            if c == "\n" {
                tokens.append(Token(text: "\n", line: line, column: column))
                advance()
            } else if c == " " || c == "\t" || c == "\r" {
                advance()
            } else if c == "/", peek(1) == "/" {
                while index < chars.count, chars[index] != "\n" { advance() }
            } else if c == "/", peek(1) == "*" {
                var depth = 0
                repeat {
                    if chars[index] == "/", peek(1) == "*" { depth += 1; advance() } else if chars[index] == "*", peek(1) == "/" { depth -= 1; advance() }
                    advance()
                } while index < chars.count && depth > 0
            } else if c == "\"" || (c == "#" && (peek(1) == "\"" || peek(1) == "#")) {
                // A string literal, raw (`#"..."#`) or multi-line (`"""`): skipped whole.
                var hashes = 0
                while index < chars.count, chars[index] == "#" { hashes += 1; advance() }
                let multiline = peek(0) == "\"" && peek(1) == "\"" && peek(2) == "\""
                let quotes = multiline ? 3 : 1
                for _ in 0..<quotes where index < chars.count { advance() }
                tokens.append(Token(text: "\"\"", line: line, column: column))
                while index < chars.count {
                    if chars[index] == "\\", hashes == 0 { advance(); if index < chars.count { advance() }; continue }
                    if chars[index] == "\"" {
                        let closing = (0..<quotes).allSatisfy { peek($0) == "\"" } && (0..<hashes).allSatisfy { peek(quotes + $0) == "#" }
                        if closing {
                            for _ in 0..<(quotes + hashes) { advance() }
                            break
                        }
                    }
                    advance()
                }
            } else if isIdentifier(c) || ((c == "@" || c == "#" || c == "`") && peek(1).map(isIdentifier) == true) {
                var text = ""
                if c == "@" || c == "#" { text.unicodeScalars.append(c); advance() } else if c == "`" { advance() }
                while index < chars.count, isIdentifier(chars[index]) || (chars[index] == "." && text.first?.isNumber == true && peek(1).map { CharacterSet.decimalDigits.contains($0) } == true) {
                    text.unicodeScalars.append(chars[index])
                    advance()
                }
                if index < chars.count, chars[index] == "`" { advance() }
                tokens.append(Token(text: text, line: line, column: column))
            } else {
                tokens.append(Token(text: String(c), line: line, column: column))
                advance()
            }
        }
        return withoutNonAppleCode(tokens)
    }

    /// Drops the code of `#if` branches that no Apple platform compiles: `#if os(Linux)`, and the
    /// `#else` of `#if canImport(Darwin)`.
    static func withoutNonAppleCode(_ tokens: [Token]) -> [Token] {
        enum Reach { case nonApple, appleOnly, both }
        func reach(_ condition: String) -> Reach {
            let nonApple: Set<String> = ["os(Linux)", "os(Windows)", "os(Android)", "os(FreeBSD)", "os(WASI)", "canImport(FoundationNetworking)", "canImport(Glibc)", "canImport(Musl)", "canImport(WinSDK)"]
            let appleOnly: Set<String> = ["canImport(Darwin)", "canImport(ObjectiveC)", "os(macOS)||os(iOS)||os(tvOS)||os(watchOS)||os(visionOS)"]
            if condition.hasPrefix("!") {
                let inner = reach(String(condition.dropFirst()))
                return inner == .nonApple ? .appleOnly : inner == .appleOnly ? .nonApple : .both
            }
            return nonApple.contains(condition) ? .nonApple : appleOnly.contains(condition) ? .appleOnly : .both
        }
        var result: [Token] = []
        // For each open `#if`: whether the branch being read is dropped, and whether an earlier
        // branch already holds every Apple platform's code.
        var levels: [(dropping: Bool, appleTaken: Bool)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if ["#if", "#elseif", "#else", "#endif"].contains(token.text) {
                var end = index + 1
                while end < tokens.count, !tokens[end].isNewline { end += 1 }
                let condition = reach(tokens[(index + 1)..<end].map(\.text).joined())
                switch token.text {
                case "#if":
                    levels.append((condition == .nonApple, condition == .appleOnly))
                case "#elseif":
                    if let level = levels.popLast() {
                        levels.append((level.appleTaken || condition == .nonApple, level.appleTaken || condition == .appleOnly))
                    }
                case "#else":
                    if let level = levels.popLast() { levels.append((level.appleTaken, true)) }
                default:
                    _ = levels.popLast()
                }
                index = end
                continue
            }
            if !levels.contains(where: \.dropping) { result.append(token) }
            index += 1
        }
        return result
    }

    /// The versions of an `@available(...)` or `#available(...)` argument list starting at `start`
    /// (the token after the parenthesis), and the index after its closing parenthesis.
    static func availability(_ tokens: [Token], from start: Int) -> (Availability, Int) {
        var result = Availability()
        var index = start, depth = 1
        var arguments: [[String]] = [[]]
        while index < tokens.count, depth > 0 {
            let text = tokens[index].text
            if text == "(" { depth += 1 } else if text == ")" { depth -= 1 }
            if depth == 1 && text == "," {
                arguments.append([])
            } else if depth > 0, !tokens[index].isNewline, text != ":" {
                arguments[arguments.count - 1].append(text)
            }
            index += 1
        }
        func platform(_ name: String?) -> ApplePlatform? {
            name.flatMap { ApplePlatform(rawValue: $0.replacingOccurrences(of: "ApplicationExtension", with: "")) }
        }
        if arguments.first?.count == 1, let only = platform(arguments.first?.first) {
            // `@available(iOS, introduced: 16)`, `@available(macOS, unavailable)`: one platform
            // with labelled arguments.
            let labelled = arguments.dropFirst()
            if labelled.contains(["unavailable"]) {
                result.versions[only] = .never
            } else if let introduced = labelled.first(where: { $0.first == "introduced" }), let version = introduced.dropFirst().first.flatMap(OSVersion.init) {
                result.versions[only] = version
            }
        } else {
            // `@available(macOS 13, iOS 16.1, *)`: a version for each platform named.
            for argument in arguments {
                if let named = platform(argument.first), let version = argument.dropFirst().first.flatMap(OSVersion.init) {
                    result.versions[named] = version
                }
            }
        }
        return (result, index)
    }

    /// Declarations whose line without a body ends them (a stored property, a requirement).
    static let declarationKeywords: Set<String> = ["func", "var", "let", "init", "struct", "class", "enum", "extension", "actor", "protocol", "typealias", "case", "subscript", "deinit", "macro"]

    /// The type names a module's sources declare: they shadow a newer type of the same name
    /// (a model named `Job` is not `_Concurrency.Job`).
    static func declaredTypeNames(_ sources: [String]) -> Set<String> {
        var names: Set<String> = []
        for source in sources {
            let tokens = Self.tokens(source)
            for (index, token) in tokens.enumerated().dropLast() where ["struct", "class", "enum", "protocol", "actor", "typealias"].contains(token.text) {
                names.insert(tokens[index + 1].text)
            }
        }
        return names
    }

    /// Every unguarded use of a newer API in the files of one module, by file.
    func findings(inModule files: [(path: String, source: String)]) -> [AvailabilityFinding] {
        let declared = Self.declaredTypeNames(files.map(\.source))
        let scanner = AvailabilityScanner(minimum: minimum, apis: apis.filter { !($0.tokens.count == 1 && declared.contains($0.tokens[0])) })
        return files.flatMap { scanner.findings(in: $0.source, file: $0.path) }
    }

    /// Every unguarded use of a newer API in `source`.
    func findings(in source: String, file: String) -> [AvailabilityFinding] {
        let tokens = Self.tokens(source)
        let byFirstToken = Dictionary(grouping: apis) { $0.tokens[0] }
        // Each open brace: the guard inside it, and (for the else block of `guard #available`)
        // the guard its enclosing scope gains when it closes.
        var scopes: [(guard: Availability, onClose: Availability?)] = [(Availability(), nil)]
        // An `@available` attribute or `#available` condition waiting for its declaration's or
        // statement's brace: its guard, the paren depth it was seen at, whether the declaration
        // keyword was seen, and whether it is a `guard` (the brace is the unguarded else block).
        var pending: (guard: Availability, parens: Int, sawDeclaration: Bool, isGuardStatement: Bool)?
        var parens = 0
        var findings: [AvailabilityFinding] = []
        var index = 0
        var lastSignificant = ""
        while index < tokens.count {
            let token = tokens[index]
            let text = token.text
            if text == "@available" || text == "#available", index + 1 < tokens.count, tokens[index + 1].text == "(" {
                let (availability, next) = Self.availability(tokens, from: index + 2)
                let isGuard = text == "#available" && (index > 0 && tokens[index - 1].text == "guard")
                pending = (availability.merged(with: pending?.guard ?? Availability()), parens, text == "#available", isGuard)
                index = next
                lastSignificant = ")"
                continue
            }
            if let candidates = byFirstToken[text] {
                var current = scopes.map(\.guard).reduce(Availability()) { $0.merged(with: $1) }
                if let pending, !pending.isGuardStatement { current = current.merged(with: pending.guard) }
                if let finding = match(candidates, tokens, at: index, guardedBy: current, file: file) { findings.append(finding) }
            }
            switch text {
            case "(", "[": parens += 1
            case ")", "]": parens -= 1
            case "{":
                if let waiting = pending, parens == waiting.parens {
                    scopes.append(waiting.isGuardStatement ? (Availability(), waiting.guard) : (waiting.guard, nil))
                    pending = nil
                } else {
                    scopes.append((Availability(), nil))
                }
            case "}":
                if scopes.count > 1, let closed = scopes.popLast(), let gained = closed.onClose {
                    scopes[scopes.count - 1].guard = scopes[scopes.count - 1].guard.merged(with: gained)
                }
            case "\n":
                // A declaration without a body (`@available(...) public var x: Duration`) ends
                // with its line, unless the line goes on (`,`, `->`, `=` ...).
                if let waiting = pending, waiting.sawDeclaration, parens == waiting.parens, ![",", "(", "[", "->", ":", "=", "&", "<", "where"].contains(lastSignificant) {
                    pending = nil
                }
            default:
                if Self.declarationKeywords.contains(text), pending != nil { pending?.sawDeclaration = true }
            }
            if !token.isNewline { lastSignificant = text }
            index += 1
        }
        return findings
    }

    /// A finding when a newer API's tokens start at `index` and `guarded` does not cover it.
    func match(_ candidates: [NewerAPI], _ tokens: [Token], at index: Int, guardedBy guarded: Availability, file: String) -> AvailabilityFinding? {
        for api in candidates {
            guard index + api.tokens.count <= tokens.count else { continue }
            let matches = api.tokens.indices.allSatisfy { offset in
                let text = tokens[index + offset].text
                return api.tokens[offset] == "*" ? text.first.map { $0.isLetter || $0 == "_" } == true : text == api.tokens[offset]
            }
            // `Foo.Duration` is a member of something else, not the newer type.
            let isTypeName = api.tokens.count == 1 && api.tokens[0].first?.isUppercase == true
            guard matches, !isTypeName || index == 0 || tokens[index - 1].text != "." else { continue }
            let missing = ApplePlatform.allCases.filter { platform in
                guard let needed = api.introduced[platform], let floor = minimum[platform], needed > floor else { return false }
                return (guarded[platform] ?? floor) < needed
            }
            if !missing.isEmpty {
                let needs = missing.map { "\($0.rawValue) \(api.introduced[$0]!)" }.joined(separator: ", ")
                return AvailabilityFinding(file: file, line: tokens[index].line, column: tokens[index].column, api: api.name, needs: needs)
            }
        }
        return nil
    }
}
