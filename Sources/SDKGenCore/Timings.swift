/// Wall time per pipeline stage, for `sdkgen --timings` and the benchmark's profile.
public final class StageTimings: @unchecked Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body` and adds its duration to the stage `name` (stages keep the order they first ran in).
    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer {
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if let index = stages.firstIndex(where: { $0.name == name }) {
                stages[index].seconds += seconds
            } else {
                stages.append((name, seconds))
            }
        }
        return try body()
    }

    public var description: String {
        stages.map { "\($0.name) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", ")
    }
}
