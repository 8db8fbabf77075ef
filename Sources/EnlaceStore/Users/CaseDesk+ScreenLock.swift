import EnlaceCore
import Foundation

extension CaseDesk {
    /// Why a terminal's screen was locked (kept in the audit row).
    public enum ScreenLockReason: String, Sendable {
        /// The person pressed the privacy key.
        case privacyKey
        /// Nobody pressed a key for the configured minutes.
        case idle
    }

    /// Records that `user`'s screen was locked (audited as `screenLocked`) and forgets the
    /// data key in this program until the password is typed again.
    public func recordScreenLock(of user: UserAccount, reason: ScreenLockReason) throws {
        defer { lockKeys() }
        try write { db in
            try Audit.append(db, actor: user.id, at: self.clock.nowSeconds(), entity: "user",
                             entityID: user.id, action: "screenLocked", reason: reason.rawValue)
        }
    }

    /// Checks the password of the signed-in `user` to unlock the screen, with the same rules as
    /// signing in: the same scrypt check, five wrong passwords in a row lock the account
    /// (`StoreError.accountLocked`), a success is audited as `unlock`.
    public func verifyPassword(of user: UserAccount, password: String) throws {
        let account = try authenticate(username: user.username, password: password, successAction: "unlock")
        guard account.id == user.id else { throw StoreError.authenticationFailed }
    }
}
