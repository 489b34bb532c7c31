/// A unified diff (`--- a`, `+++ b`, `@@ -l,n +l,n @@` hunks with three lines of context), for
/// golden mismatches that a reader can apply in their head.
func unifiedDiff(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The common start and end are not diffed, which keeps the table small for real edits.
    var prefix = 0
    while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
    let x = Array(a[prefix..<(a.count - suffix)]), y = Array(b[prefix..<(b.count - suffix)])
    // Longest common subsequence, then the edit script: (kind, old index, new index).
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
    for i in stride(from: x.count - 1, through: 0, by: -1) {
        for j in stride(from: y.count - 1, through: 0, by: -1) {
            lengths[i][j] = x[i] == y[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
        }
    }
    enum Edit { case same, removed, added }
    var script: [(Edit, Int, Int)] = (0..<prefix).map { (.same, $0, $0) }
    var i = 0, j = 0
    while i < x.count || j < y.count {
        if i < x.count, j < y.count, x[i] == y[j] {
            script.append((.same, prefix + i, prefix + j)); i += 1; j += 1
        } else if j < y.count, i == x.count || lengths[i][j + 1] >= lengths[i + 1][j] {
            script.append((.added, prefix + i, prefix + j)); j += 1
        } else {
            script.append((.removed, prefix + i, prefix + j)); i += 1
        }
    }
    for k in 0..<suffix { script.append((.same, a.count - suffix + k, b.count - suffix + k)) }

    var output = "--- \(oldName)\n+++ \(newName)\n"
    var index = 0
    while index < script.count {
        guard script[index].0 != .same else { index += 1; continue }
        var start = max(0, index - context)
        var end = index
        // Extend the hunk while the next change is within twice the context.
        while end < script.count {
            if script[end].0 != .same { end += 1; continue }
            var next = end
            while next < script.count, script[next].0 == .same { next += 1 }
            if next < script.count, next - end <= 2 * context { end = next } else { break }
        }
        let stop = min(script.count, end + context)
        start = max(0, start)
        let hunk = script[start..<stop]
        let oldCount = hunk.filter { $0.0 != .added }.count, newCount = hunk.filter { $0.0 != .removed }.count
        let oldStart = (hunk.first { $0.0 != .added }?.1 ?? hunk.first!.1) + (oldCount == 0 ? 0 : 1)
        let newStart = (hunk.first { $0.0 != .removed }?.2 ?? hunk.first!.2) + (newCount == 0 ? 0 : 1)
        output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
        for (edit, oldIndex, newIndex) in hunk {
            switch edit {
            case .same: output += " " + a[oldIndex] + "\n"
            case .removed: output += "-" + a[oldIndex] + "\n"
            case .added: output += "+" + b[newIndex] + "\n"
            }
        }
        index = stop
    }
    return output
}
