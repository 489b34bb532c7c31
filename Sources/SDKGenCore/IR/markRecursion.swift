extension Lowering {
    /// Breaks value-type cycles: a struct that contains itself (directly or through other structs
    /// and unions, not through arrays or maps, which already store elements on the heap) gets
    /// `@Indirect` storage on the properties that close the cycle, and unions in a cycle become
    /// `indirect enum`s. Swift rejects such types otherwise. Outside cycles, union cases holding a
    /// struct or union are boxed (see below).
    mutating func markRecursion() {
        let index = Dictionary(uniqueKeysWithValues: models.enumerated().map { ($1.name, $0) })
        var aliases: [String: TypeRef] = [:]
        for model in models {
            if case .alias(let type) = model.kind { aliases[model.name] = type }
        }
        /// The model a stored value of this type is laid out inline as, following aliases.
        func inlineModel(_ type: TypeRef) -> String? {
            var current = type
            var seen: Set<String> = []
            while case .named(let name) = current {
                guard let target = aliases[name] else { return name }
                guard seen.insert(name).inserted else { return nil }
                current = target
            }
            return nil
        }
        var edges: [String: [String]] = [:]
        for model in models {
            switch model.kind {
            case .object(let properties): edges[model.name] = properties.compactMap { inlineModel($0.type) }
            case .union(let cases, _): edges[model.name] = cases.compactMap { inlineModel($0.type) }
            default: break
            }
        }
        // An edge u -> v closes a cycle exactly when v reaches u again, that is when both lie in
        // the same strongly connected component: one pass of Tarjan's algorithm answers every edge.
        let component = stronglyConnectedComponents(edges)
        func reaches(_ start: String, _ goal: String) -> Bool {
            guard let first = component[start] else { return false }
            return first == component[goal]
        }
        for (position, model) in models.enumerated() {
            switch model.kind {
            case .object(var properties):
                var changed = false
                for i in properties.indices {
                    if let target = inlineModel(properties[i].type), index[target] != nil, reaches(target, model.name) {
                        properties[i].indirect = true
                        changed = true
                    }
                }
                if changed { models[position].kind = .object(properties) }
            case .union(var cases, let discriminator):
                if cases.contains(where: { inlineModel($0.type).map { reaches($0, model.name) } ?? false }) {
                    models[position].isIndirect = true
                    continue
                }
                // Payloads stored inline as structs or unions are boxed (`indirect case`): a
                // multi-payload enum as large as its largest struct makes every copy, switch and
                // synthesized conformance expensive to compile (Stripe's unions of a string and a
                // 60-property object took the compiler minutes) and to run.
                for i in cases.indices {
                    guard let target = inlineModel(cases[i].type), let kind = index[target].map({ models[$0].kind }) else { continue }
                    switch kind {
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
    /// number of every node reachable in `edges`.
    func stronglyConnectedComponents(_ edges: [String: [String]]) -> [String: Int] {
        var component: [String: Int] = [:]
        var order: [String: Int] = [:]
        var low: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var components = 0
        func visit(_ node: String) {
            order[node] = order.count
            low[node] = order[node]
            stack.append(node)
            onStack.insert(node)
        }
        for root in edges.keys.sorted() where order[root] == nil {
            visit(root)
            var work: [(node: String, next: Int)] = [(root, 0)]
            while let frame = work.last {
                let successors = edges[frame.node] ?? []
                if frame.next < successors.count {
                    work[work.count - 1].next += 1
                    let successor = successors[frame.next]
                    if order[successor] == nil {
                        visit(successor)
                        work.append((successor, 0))
                    } else if onStack.contains(successor) {
                        low[frame.node] = min(low[frame.node]!, order[successor]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node]!, low[frame.node]!) }
                guard low[frame.node] == order[frame.node] else { continue }
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component[member] = components
                    if member == frame.node { break }
                }
                components += 1
            }
        }
        return component
    }
}
