/// Row ids written compactly as ranges ("12-15", "20"), for the erasure's audit row that names
/// the audit rows it scrubbed (`auditRows`). Reading gives back exactly the ids written.
public enum RowRanges {
    public static func encode(_ ids: [Int64]) -> [String] {
        let sorted = Array(Set(ids)).sorted()
        var out: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            out.append(end == index ? String(sorted[index]) : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return out
    }

    /// The ids of `ranges`, or nil when one is not a range ("a", "9-3", "-2").
    public static func decode(_ ranges: [String]) -> [ClosedRange<Int64>]? {
        var out: [ClosedRange<Int64>] = []
        for text in ranges {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let low = Int64(parts[0]), low > 0,
                  let high = parts.count == 2 ? Int64(parts[1]) : low, high >= low else { return nil }
            out.append(low...high)
        }
        return out
    }
}
