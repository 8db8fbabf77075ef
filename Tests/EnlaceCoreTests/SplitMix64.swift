import EnlaceCore

/// Property-test draws on the seeded generator (`SplitMix64`, in EnlaceCore): a failing seed
/// reproduces the same sequence on every machine.
extension SplitMix64 {
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}
