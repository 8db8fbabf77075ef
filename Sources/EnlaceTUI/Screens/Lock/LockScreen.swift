import Foundation
import EnlaceCore
import EnlaceStore

/// The lock's half of the loop: locking (by key or after idle minutes), typing the password,
/// unlocking through the store's password check.
enum LockScreen {
    /// Locks at once; the lock is audited. Locking a locked screen changes nothing.
    static func lock(_ state: inout AppState, reason: LockState.Reason) -> [Effect] {
        guard state.privacy.lock == nil else { return [] }
        state.privacy.lock = LockState(reason: reason)
        if reason == .sessionEnded {
            return [.run("lock.keys") { ctx in
                ctx.desk.lockKeys()
                return .none
            }]
        }
        let auditReason: CaseDesk.ScreenLockReason = reason == .idle ? .idle : .privacyKey
        return [.run("lock.audit") { ctx in
            try ctx.desk.recordScreenLock(of: ctx.user, reason: auditReason)
            return .none
        }]
    }

    /// Time passed: lock when nobody pressed a key for the configured minutes.
    static func tick(_ state: inout AppState) -> [Effect] {
        checkSession(&state) + idleLock(&state)
    }

    /// Every few seconds, whether this terminal's sign-in still holds (an admin may have reset
    /// the password or deactivated the account): when not, the screen locks for good.
    static func checkSession(_ state: inout AppState) -> [Effect] {
        if let last = state.privacy.sessionCheckedAt,
           state.now.timeIntervalSince(last) < PrivacyState.sessionCheckSeconds { return [] }
        guard state.privacy.lock?.reason != .sessionEnded else { return [] }
        state.privacy.sessionCheckedAt = state.now
        return [.run("lock.session") { ctx in
            guard try !ctx.desk.sessionIsCurrent(ctx.user) else { return .none }
            // The data key goes with the sign-in.
            ctx.desk.lockKeys()
            return StateChange { state in
                state.privacy.lock = LockState(reason: .sessionEnded)
                return []
            }
        }]
    }

    static func idleLock(_ state: inout AppState) -> [Effect] {
        let minutes = state.privacy.idleMinutes
        guard state.privacy.lock == nil, minutes > 0,
              state.now.timeIntervalSince(state.lastInputAt) >= TimeInterval(minutes * 60) else { return [] }
        return lock(&state, reason: .idle)
    }

    /// A key while locked: editing the password, Enter to unlock. Anything else does nothing
    /// (the App lets quit and the language switch through first).
    static func input(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard var lock = state.privacy.lock else { return [] }
        defer { state.privacy.lock = lock }
        if lock.reason == .sessionEnded {
            lock.problem = LockText.sessionEnded.text
            return []
        }
        if key == .enter {
            let password = lock.password.text
            guard !password.isEmpty else {
                lock.problem = LockText.passwordRequired.text
                return []
            }
            return [unlock(password)]
        }
        if lock.password.handle(key) { lock.problem = nil }
        return []
    }

    /// Checks the password with the store (same lockout rules as signing in). A refusal keeps
    /// the lock, empties the field and says why.
    static func unlock(_ password: String) -> Effect {
        .run("lock.unlock", failure: { error in
            StateChange { state in
                guard state.privacy.lock != nil else { return [] }
                state.privacy.lock?.password = TextField("", maxLength: 256, masked: true)
                state.privacy.lock?.problem = LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
                return []
            }
        }) { ctx in
            try ctx.desk.verifyPassword(of: ctx.user, password: password)
            return StateChange { state in
                state.privacy.lock = nil
                // What changed while locked was not read (the keys were wiped): read it now.
                return ScreenDispatch.refresh(&state)
            }
        }
    }
}

extension App {
    /// Keys while the screen is locked: the global quit and language switch still work;
    /// everything else goes to the password field.
    func handleLockKey(_ state: inout AppState, _ key: Key) -> [Effect] {
        if let command = registry.command(for: key, in: .global), command.id == .quit || command.id == .switchLanguage {
            return run(&state, command.id)
        }
        return LockScreen.input(&state, key)
    }
}
