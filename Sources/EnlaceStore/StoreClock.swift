import Foundation

/// Where the store reads the time from. Injected so tests can travel in time
/// (lockouts that expire, follow-ups that become overdue).
public struct StoreClock: Sendable {
    private let source: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) {
        source = now
    }

    /// The wall clock.
    public static let system = StoreClock { Date() }

    public func now() -> Date { source() }

    /// Whole seconds since 1970, as the store saves every timestamp.
    func nowSeconds() -> Int64 { Int64(source().timeIntervalSince1970.rounded(.down)) }
}
