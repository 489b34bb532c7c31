/// Strings that may match a regular expression, for `pattern`s "where simple": literals, classes,
/// `.`, escapes, groups with `|`, and the quantifiers `? * + {n} {n,} {n,m}`. Each sample repeats
/// quantified parts a little more than the last, to reach a `minLength`. Callers keep the first
/// sample the real regex engine accepts; lookarounds and back-references make no usable sample.
enum PatternSampler {
    indirect enum Node {
        case literal(Unicode.Scalar)
        case set([ClosedRange<UInt32>], negated: Bool)
        case sequence([Node])
        case alternatives([Node])
        case repeated(Node, min: Int, max: Int?)
        case empty
    }

    static func samples(_ pattern: String, minLength: Int, maxLength: Int) -> [String] {
        var parser = Parser(scalars: Array(pattern.unicodeScalars))
        guard let tree = parser.alternatives(), parser.index == parser.scalars.count else { return [] }
        var extras = [0, 1, 2, 3, 5, 8, 16, 32]
        if minLength > 0 { extras.append(minLength) }
        var result: [String] = []
        for choice in 0..<3 {
            for extra in extras {
                var out = String.UnicodeScalarView()
                generate(tree, extra: extra, choice: choice, into: &out)
                let text = String(out)
                if !result.contains(text) { result.append(text) }
            }
        }
        return result
    }

    private static func generate(_ node: Node, extra: Int, choice: Int, into out: inout String.UnicodeScalarView) {
        switch node {
        case .literal(let scalar): out.append(scalar)
        case .set(let ranges, let negated): out.append(pick(ranges, negated: negated))
        case .sequence(let nodes): for node in nodes { generate(node, extra: extra, choice: choice, into: &out) }
        case .alternatives(let options): generate(options[min(choice, options.count - 1)], extra: extra, choice: choice, into: &out)
        case .repeated(let node, let low, let high):
            let count = min(low + extra, high ?? Int.max)
            for _ in 0..<count { generate(node, extra: extra, choice: choice, into: &out) }
        case .empty: break
        }
    }

    /// A character of the set: a letter or digit when the set has one, for readable samples.
    private static func pick(_ ranges: [ClosedRange<UInt32>], negated: Bool) -> Unicode.Scalar {
        let preferred = Array("a0A_-.x1".unicodeScalars)
        if negated {
            return preferred.first { scalar in !ranges.contains { $0.contains(scalar.value) } } ?? "~"
        }
        if let scalar = preferred.first(where: { scalar in ranges.contains { $0.contains(scalar.value) } }) { return scalar }
        for range in ranges { if let scalar = Unicode.Scalar(range.lowerBound) { return scalar } }
        return "a"
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func alternatives() -> Node? {
            var options: [Node] = []
            while true {
                guard let sequence = sequence() else { return nil }
                options.append(sequence)
                guard current == "|" else { break }
                index += 1
            }
            return options.count == 1 ? options[0] : .alternatives(options)
        }

        mutating func sequence() -> Node? {
            var nodes: [Node] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                guard var atom = atom() else { return nil }
                if let (low, high) = quantifier() { atom = .repeated(atom, min: low, max: high) }
                nodes.append(atom)
            }
            return .sequence(nodes)
        }

        mutating func quantifier() -> (Int, Int?)? {
            guard let scalar = current else { return nil }
            var result: (Int, Int?)?
            switch scalar {
            case "?": result = (0, 1); index += 1
            case "*": result = (0, nil); index += 1
            case "+": result = (1, nil); index += 1
            case "{":
                var end = index + 1
                while end < scalars.count, scalars[end] != "}" { end += 1 }
                guard end < scalars.count else { return nil }
                let body = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(parts[0]) else { return nil }
                if parts.count == 1 { result = (low, low) } else if parts.count == 2 { result = (low, parts[1].isEmpty ? nil : Int(parts[1])) } else { return nil }
                index = end + 1
            default: return nil
            }
            // A lazy or possessive mark changes nothing for a sample.
            if current == "?" || current == "+" { index += 1 }
            return result
        }

        mutating func atom() -> Node? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "^", "$": return .empty
            case ".": return .set([0x61...0x61], negated: false)
            case "(":
                if current == "?" {
                    // Non-capturing and named groups read as groups; lookarounds give up.
                    index += 1
                    if current == ":" { index += 1 }
                    else if current == "<", index + 1 < scalars.count, scalars[index + 1] != "=", scalars[index + 1] != "!" {
                        while let next = current, next != ">" { index += 1 }
                        index += 1
                    } else { return nil }
                }
                guard let inner = alternatives(), current == ")" else { return nil }
                index += 1
                return inner
            case "[": return characterClass()
            case "\\":
                guard let ranges = escape(inClass: false) else { return nil }
                if ranges.isEmpty { return .empty }
                if ranges.count == 1, ranges[0].lowerBound == ranges[0].upperBound, let literal = Unicode.Scalar(ranges[0].lowerBound) { return .literal(literal) }
                return .set(ranges, negated: false)
            case "*", "+", "?", "{", ")", "|": return nil
            default: return .literal(scalar)
            }
        }

        mutating func characterClass() -> Node? {
            var negated = false
            if current == "^" { negated = true; index += 1 }
            var ranges: [ClosedRange<UInt32>] = []
            var first = true
            while let scalar = current, scalar != "]" || first {
                first = false
                index += 1
                var low: [ClosedRange<UInt32>]
                if scalar == "\\" {
                    guard let escaped = escape(inClass: true) else { return nil }
                    low = escaped
                } else {
                    low = [scalar.value...scalar.value]
                }
                if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]", low.count == 1, low[0].lowerBound == low[0].upperBound {
                    index += 1
                    guard var upper = current?.value else { return nil }
                    index += 1
                    if upper == 0x5C {
                        guard let escaped = escape(inClass: true), escaped.count == 1 else { return nil }
                        upper = escaped[0].lowerBound
                    }
                    guard upper >= low[0].lowerBound else { return nil }
                    low = [low[0].lowerBound...upper]
                }
                ranges += low
            }
            guard current == "]" else { return nil }
            index += 1
            return .set(ranges, negated: negated)
        }

        /// The scalars an escape stands for (after the backslash); nil for back-references.
        mutating func escape(inClass: Bool) -> [ClosedRange<UInt32>]? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "d": return [0x30...0x39]
            case "w": return [0x61...0x7A, 0x41...0x5A, 0x30...0x39, 0x5F...0x5F]
            case "s": return [0x20...0x20]
            case "D": return [0x61...0x61]
            case "W": return [0x2D...0x2D]
            case "S": return [0x61...0x61]
            case "n": return [0x0A...0x0A]
            case "t": return [0x09...0x09]
            case "r": return [0x0D...0x0D]
            case "b", "B": return inClass ? [0x08...0x08] : []
            case "u":
                guard index + 4 <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16) else { return nil }
                index += 4
                return [value...value]
            case "x":
                guard index + 2 <= scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 2])), radix: 16) else { return nil }
                index += 2
                return [value...value]
            default:
                if ("1"..."9").contains(scalar) { return nil }
                return [scalar.value...scalar.value]
            }
        }
    }
}
