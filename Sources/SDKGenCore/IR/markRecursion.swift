extension Lowering {
    /// Breaks value-type cycles: a struct that contains itself (directly or through other structs
    /// and unions, not through arrays or maps, which already store elements on the heap) gets
    /// `Indirect` storage on the properties that close the cycle, and unions in a cycle become
    /// `indirect enum`s. Swift rejects such types otherwise. Outside cycles, union cases holding a
    /// struct or union are boxed (see below).
    mutating func markRecursion(_ layout: ModelLayout) {
        // Models are numbered by position; the graph and Tarjan's algorithm work on those numbers.
        let inlineModel = layout.model
        let edges: [[Int]] = models.map { model in
            switch model.kind {
            case .object(let properties): return properties.compactMap { inlineModel($0.type) }
            case .union(let cases, _): return cases.compactMap { inlineModel($0.type) }
            default: return []
            }
        }
        // An edge u -> v closes a cycle exactly when v reaches u again, that is when both lie in
        // the same strongly connected component: one pass of Tarjan's algorithm answers every edge.
        let component = stronglyConnectedComponents(edges)
        func reaches(_ start: Int, _ goal: Int) -> Bool {
            component[start] == component[goal]
        }
        for (position, model) in models.enumerated() {
            switch model.kind {
            case .object(var properties):
                var changed = false
                for i in properties.indices {
                    if let target = inlineModel(properties[i].type), reaches(target, position) {
                        properties[i].indirect = true
                        changed = true
                    }
                }
                if changed { models[position].kind = .object(properties) }
            case .union(var cases, let discriminator):
                if cases.contains(where: { inlineModel($0.type).map { reaches($0, position) } ?? false }) {
                    models[position].isIndirect = true
                    continue
                }
                // Payloads stored inline as structs or unions are boxed (`indirect case`): a
                // multi-payload enum as large as its largest struct makes every copy, switch and
                // synthesized conformance expensive to compile (Stripe's unions of a string and a
                // 60-property object took the compiler minutes) and to run.
                for i in cases.indices {
                    guard let target = inlineModel(cases[i].type) else { continue }
                    switch models[target].kind {
                    case .object, .union, .headers, .responses: cases[i].boxed = true
                    case .stringEnum, .integerEnum, .alias: break
                    }
                }
                models[position].kind = .union(cases, discriminator: discriminator)
            default:
                break
            }
        }
    }

    /// Tarjan's algorithm, iteratively (deep schemas must not overflow the stack): the component
    /// number of every node of `edges`, where node `n`'s successors are `edges[n]`.
    func stronglyConnectedComponents(_ edges: [[Int]]) -> [Int] {
        var component = [Int](repeating: -1, count: edges.count)
        var order = [Int](repeating: -1, count: edges.count)
        var low = [Int](repeating: 0, count: edges.count)
        var onStack = [Bool](repeating: false, count: edges.count)
        var stack: [Int] = []
        var visited = 0
        var components = 0
        func visit(_ node: Int) {
            order[node] = visited
            low[node] = visited
            visited += 1
            stack.append(node)
            onStack[node] = true
        }
        for root in edges.indices where order[root] == -1 {
            visit(root)
            var work: [(node: Int, next: Int)] = [(root, 0)]
            while let frame = work.last {
                let successors = edges[frame.node]
                if frame.next < successors.count {
                    work[work.count - 1].next += 1
                    let successor = successors[frame.next]
                    if order[successor] == -1 {
                        visit(successor)
                        work.append((successor, 0))
                    } else if onStack[successor] {
                        low[frame.node] = min(low[frame.node], order[successor])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[frame.node]) }
                guard low[frame.node] == order[frame.node] else { continue }
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = components
                    if member == frame.node { break }
                }
                components += 1
            }
        }
        return component
    }
}

/// Which model a value of a type is laid out as: models numbered by position, aliases followed.
/// Valid while model names, order and aliases stay (the passes after `shareIdenticalTypes`).
struct ModelLayout {
    private let numberOf: [String: Int]
    /// The model a stored value of each model's type is laid out inline as, following aliases
    /// (nil at an alias to an array, a map, a builtin or around a cycle of aliases).
    private let inlineOf: [Int?]

    init(_ models: [IRModel]) {
        var numberOf: [String: Int] = [:]
        numberOf.reserveCapacity(models.count)
        for (number, model) in models.enumerated() { numberOf[model.name] = number }
        self.numberOf = numberOf
        inlineOf = models.indices.map { start in
            var current = start
            var steps = 0
            while case .alias(let target) = models[current].kind {
                guard case .named(let name) = target, let next = numberOf[name], steps < models.count else { return nil }
                current = next
                steps += 1
            }
            return current
        }
    }

    /// The position of the model a value of `type` is, or nil when it is no model.
    func model(_ type: TypeRef) -> Int? {
        guard case .named(let name) = type, let start = numberOf[name] else { return nil }
        return inlineOf[start]
    }
}
