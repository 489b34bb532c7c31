import Dispatch

/// Wall time per pipeline stage, for `sdkgen --timings` and the benchmark's profile.
public final class StageTimings: @unchecked Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body` and adds its duration to the stage `name` (stages keep the order they first ran in).
    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        // DispatchTime rather than ContinuousClock: sdkgen builds for macOS 10.15 too.
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
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
