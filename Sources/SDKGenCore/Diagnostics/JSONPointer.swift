/// JSON pointer helpers (RFC 6901) used to name spec locations in messages and doc comments.
public enum JSONPointer {
    /// Escapes one reference token: `~` becomes `~0`, `/` becomes `~1`.
    public static func escape(_ token: String) -> String {
        Escaping.replacingASCII(token, .jsonPointerToken)
    }

    /// Reverses `escape(_:)`.
    public static func unescape(_ token: String) -> String {
        guard token.utf8.contains(UInt8(ascii: "~")) else { return token }
        var unescaped = String.UnicodeScalarView()
        var scalars = token.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            guard scalar == "~", let next = pending, next == "0" || next == "1" else {
                unescaped.append(scalar)
                continue
            }
            unescaped.append(next == "1" ? "/" : "~")
            pending = scalars.next()
        }
        return String(unescaped)
    }

    /// Appends one token to a pointer: `#/paths` + `/pets` = `#/paths/~1pets`.
    public static func appending(_ pointer: String, _ token: String) -> String {
        pointer + "/" + escape(token)
    }

    /// Whether `tokens(_:)` accepts the text (`#` or `#/...`), without splitting it.
    public static func isLocal(_ pointer: String) -> Bool {
        var bytes = pointer.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "#") else { return false }
        let second = bytes.next()
        return second == nil || second == UInt8(ascii: "/")
    }

    /// The one token that follows `prefix` (a pointer ending in `/`, such as `#/components/schemas/`),
    /// unescaped; nil when the pointer does not start with `prefix` or goes deeper.
    public static func token(in pointer: String, after prefix: String) -> String? {
        guard pointer.hasPrefix(prefix) else { return nil }
        let rest = pointer.utf8.dropFirst(prefix.utf8.count)
        // Most names need no decoding (no `/`, `~` or `%`): no splitting, no copies of the tokens.
        if !rest.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) {
            return String(Substring(rest))
        }
        guard let all = tokens(pointer), let base = tokens(String(prefix.dropLast())), all.count == base.count + 1 else { return nil }
        return all.last
    }

    /// The last token of a local pointer, unescaped: `tokens(pointer)?.last`, without splitting
    /// the pointer when no token needs decoding.
    public static func lastToken(_ pointer: String) -> String? {
        let bytes = pointer.utf8
        guard bytes.starts(with: "#/".utf8), !bytes.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }),
              let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return tokens(pointer)?.last }
        return String(pointer[pointer.utf8.index(after: slash)...])
    }

    /// Splits a local pointer such as `#/components/schemas/Pet` into unescaped tokens,
    /// or returns nil when the text is not a local pointer.
    public static func tokens(_ pointer: String) -> [String]? {
        guard pointer.hasPrefix("#") else { return nil }
        let body = pointer.dropFirst()
        if body.isEmpty { return [] }
        guard body.hasPrefix("/") else { return nil }
        let decoded = String(body.dropFirst()).removingPercentEncodingIfNeeded()
        return decoded.split(separator: "/", omittingEmptySubsequences: false).map { unescape(String($0)) }
    }
}

extension String {
    /// `$ref` values are URI fragments, so `%7B` may stand for `{`; decode only when a `%` is present.
    func removingPercentEncodingIfNeeded() -> String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
