import EnlaceCore
import Foundation

/// An account as the administration lists it: who, which roles, and its standing.
public struct StaffMember: Sendable, Equatable, Identifiable {
    public let id: Int64
    public let username: String
    public let displayName: String
    public let roles: Set<Role>
    public let active: Bool
    /// Set while five wrong passwords keep the account locked.
    public let lockedUntil: Date?
    /// A temporary password not yet replaced by the person's own.
    public let mustChangePassword: Bool
    public let createdAt: Date
    /// The last successful sign-in, from the audit log.
    public let lastSignIn: Date?
    /// For edits from two terminals: a stale version is a conflict.
    public let version: Int

    public func isLocked(at now: Date) -> Bool { lockedUntil.map { $0 > now } ?? false }

    /// The roles in words, widest first: "supervisor · administrador".
    public func rolesLabel(_ language: Language) -> String {
        Role.ordered(roles).map { $0.label(language) }.joined(separator: " · ")
    }
}

/// What an administrator may change of an account.
public enum StaffChange: Sendable, Equatable {
    case roles(Set<Role>)
    case deactivate
    case activate
    case unlock
    case resetPassword(temporary: String)
}
