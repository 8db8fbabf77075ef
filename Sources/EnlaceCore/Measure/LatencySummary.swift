/// Percentiles of measured durations, for `enlace bench`. Pure: durations come in, figures out.
public struct LatencySummary: Sendable, Equatable, Codable {
    public let name: String
    public let samples: Int
    public let p50Milliseconds: Double
    public let p99Milliseconds: Double
    public let maxMilliseconds: Double

    /// Nearest-rank percentiles of `nanoseconds` (which need not be sorted).
    public init(name: String, nanoseconds: [UInt64]) {
        self.name = name
        let sorted = nanoseconds.sorted()
        samples = sorted.count
        func rank(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = max(0, min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1))
            return Double(sorted[index]) / 1_000_000
        }
        p50Milliseconds = rank(0.50)
        p99Milliseconds = rank(0.99)
        maxMilliseconds = Double(sorted.last ?? 0) / 1_000_000
    }
}
