import Testing
import EnlaceCore

struct LatencySummaryTests {
    @Test func nearestRankPercentiles() {
        let ms: [UInt64] = (1...100).map { UInt64($0) * 1_000_000 }.shuffled()
        let s = LatencySummary(name: "x", nanoseconds: ms)
        #expect(s.samples == 100)
        #expect(s.p50Milliseconds == 50)
        #expect(s.p99Milliseconds == 99)
        #expect(s.maxMilliseconds == 100)
    }

    @Test func smallAndEmptySamples() {
        let one = LatencySummary(name: "one", nanoseconds: [2_500_000])
        #expect(one.p50Milliseconds == 2.5 && one.p99Milliseconds == 2.5)
        let none = LatencySummary(name: "none", nanoseconds: [])
        #expect(none.samples == 0 && none.p99Milliseconds == 0)
        let three = LatencySummary(name: "three", nanoseconds: [3_000_000, 1_000_000, 2_000_000])
        #expect(three.p50Milliseconds == 2 && three.p99Milliseconds == 3)
    }
}
