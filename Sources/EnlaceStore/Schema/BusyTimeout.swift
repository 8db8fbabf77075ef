import Foundation

/// How long a connection waits for another program's write lock before the store reports the
/// database as busy (`StoreError.locked`): 5 s, or `ENLACE_BUSY_TIMEOUT_MS` milliseconds
/// (0 to 600000) for tests and scripts that must hear "busy" sooner.
enum BusyTimeout {
    static let environmentKey = "ENLACE_BUSY_TIMEOUT_MS"
    static let standard: TimeInterval = 5

    static var seconds: TimeInterval {
        seconds(environment: ProcessInfo.processInfo.environment)
    }

    static func seconds(environment: [String: String]) -> TimeInterval {
        guard let text = environment[environmentKey],
              let ms = Int(text.trimmingCharacters(in: .whitespaces)), (0...600_000).contains(ms) else {
            return standard
        }
        return TimeInterval(ms) / 1000
    }
}
