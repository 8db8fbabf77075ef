import Foundation
import EnlaceCore

/// The privacy lock of a signed-in session. While `lock` is set, the screen shows only the lock
/// (organization, who is signed in, a password field) and every key goes to it; everything under
/// it (screens, forms, filters, dialogs) is kept exactly as it was.
public struct PrivacyState: Sendable {
    public var lock: LockState?
    /// Minutes without a key before the screen locks by itself; 0 turns the idle lock off.
    public var idleMinutes: Int = PrivacyState.defaultIdleMinutes

    public static let defaultIdleMinutes = 10
    /// Seconds between two checks that the sign-in still holds (`CaseDesk.sessionIsCurrent`).
    public static let sessionCheckSeconds: TimeInterval = 5
    /// When the sign-in was last checked.
    public var sessionCheckedAt: Date?
    /// This machine's own minutes (config file `lock_minutes`), which win over the
    /// organization's setting; nil: the organization's setting applies.
    public var machineIdleMinutes: Int?

    /// The minutes a terminal locks after: the machine's config first, then the
    /// organization's setting, then the default.
    public static func idleMinutes(machine: Int?, organization: Int?) -> Int {
        machine ?? organization ?? defaultIdleMinutes
    }

    /// The organization's setting changed (the admin screen saved it): applies it unless this
    /// machine's config overrides it.
    public mutating func organizationSet(lockMinutes: Int?) {
        idleMinutes = Self.idleMinutes(machine: machineIdleMinutes, organization: lockMinutes)
    }

    public init() {}

    public var isLocked: Bool { lock != nil }
}

/// What the lock screen holds: the password being typed and why the last one was refused.
public struct LockState: Sendable {
    public enum Reason: Sendable, Equatable {
        case privacyKey
        case idle
        /// An admin reset this account's password or deactivated it: this terminal's sign-in
        /// no longer holds; only quitting (and signing in again) leaves the lock.
        case sessionEnded
    }

    public var reason: Reason
    public var password = TextField("", maxLength: 256, masked: true)
    /// Why the last password did not unlock (wrong, account locked), in both languages.
    public var problem: LocalizedText?

    public init(reason: Reason) {
        self.reason = reason
    }
}
