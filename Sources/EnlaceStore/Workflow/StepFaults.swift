import Foundation

/// Points between the writes of a use case where a test can make it fail, to prove that the
/// use case is one transaction (a failure midway leaves nothing written).
enum UseCaseStep: String, Sendable, CaseIterable {
    case intakePersonSaved, intakeCaseOpened, intakeCaseTaken, intakeConsentRecorded, intakeNotSameStored
    case referralSaved, referralTicked
}

/// The armed failure points, per desk. Only tests arm them (`@testable import`); unarmed, a
/// check is one lock and an empty dictionary lookup.
final class StepFaults: @unchecked Sendable {
    private let lock = NSLock()
    private var armed: [ObjectIdentifier: UseCaseStep] = [:]

    func arm(_ desk: CaseDesk, at step: UseCaseStep?) {
        lock.lock()
        defer { lock.unlock() }
        armed[ObjectIdentifier(desk)] = step
    }

    func fires(_ desk: CaseDesk, _ step: UseCaseStep) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return armed[ObjectIdentifier(desk)] == step
    }
}

extension CaseDesk {
    static let stepFaults = StepFaults()

    /// Test hook: from now on, the use cases of this desk fail at `step` (nil: never).
    func failUseCases(at step: UseCaseStep?) { Self.stepFaults.arm(self, at: step) }

    /// Throws when a test armed `step` on this desk.
    func failIfArmed(_ step: UseCaseStep) throws {
        if Self.stepFaults.fires(self, step) {
            throw StoreError.other("injected failure at \(step.rawValue)")
        }
    }
}
