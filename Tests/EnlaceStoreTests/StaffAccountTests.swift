import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Staff accounts as an organization runs them: several roles, temporary passwords, resets,
/// deactivation, unlocking, the last admin, each audited, all against a real file.
@Suite struct StaffAccountTests {
    let folder = TempFolder()
    let clock = TestClock()
    let desk: CaseDesk
    let admin: UserAccount

    init() throws {
        desk = try openDesk(folder.file("staff.sqlite"), clock: clock)
        admin = try desk.createFirstAdmin(username: "admin", displayName: "Alma Admin", password: "secreto-123")
    }

    @Test func temporaryPasswordMustBeChangedAndThenWorks() throws {
        let made = try desk.createUser(by: admin, username: "Rosa", displayName: "Rosa Méndez",
                                       roles: [.caseworker], password: "luna-cerro-maiz-47")
        #expect(made.username == "rosa")
        #expect(made.mustChangePassword)
        let signed = try desk.authenticate(username: "rosa", password: "luna-cerro-maiz-47")
        #expect(signed.mustChangePassword)
        #expect(signed.roles == [.caseworker])
        // The new one must meet the rules and differ.
        #expect(throws: StoreError.invalid(field: "password", PasswordMessage.tooShort.text)) {
            try desk.changeOwnPassword(of: signed, current: "luna-cerro-maiz-47", new: "corta")
        }
        #expect(throws: StoreError.invalid(field: "current", StaffText.currentPasswordWrong.text)) {
            try desk.changeOwnPassword(of: signed, current: "no-es-esta-clave", new: "mi casa junto al río")
        }
        let changed = try desk.changeOwnPassword(of: signed, current: "luna-cerro-maiz-47", new: "mi casa junto al río")
        #expect(!changed.mustChangePassword)
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "rosa", password: "luna-cerro-maiz-47")
        }
        #expect(try !desk.authenticate(username: "rosa", password: "mi casa junto al río").mustChangePassword)
        try desk.pool.read { (db: Database) throws in
            let changes = try String.fetchAll(db, sql: """
                SELECT changed_fields FROM audit_log WHERE entity = 'user' AND action = 'passwordChanged'
                """)
            #expect(changes == [#"{"password":["","changed"]}"#])
            // No password in clear anywhere in the audit.
            let all = try String.fetchAll(db, sql: "SELECT coalesce(changed_fields, '') || coalesce(reason, '') FROM audit_log")
            #expect(!all.contains { $0.contains("luna-cerro") || $0.contains("junto al") })
        }
    }

    @Test func passwordRulesRefuseWeakOnes() throws {
        let cases: [(String, PasswordMessage)] = [
            ("corta-1", .tooShort), ("aaaaaaaaaaaa", .oneCharacter), ("password123", .common),
            ("qwertyuiop", .common), ("1234567890", .common), ("contraseña2026", .common),
            ("ramon.lopez-casa", .containsUsername),
        ]
        for (password, problem) in cases {
            #expect(throws: StoreError.invalid(field: "password", problem.text), "\(password)") {
                try desk.createUser(by: admin, username: "ramon.lopez", displayName: "Ramón López",
                                    roles: [.volunteer], password: password)
            }
        }
        #expect(try desk.staff(by: admin).count == 1, "nothing was created")
        // A phrase of a few words is the easy way through.
        _ = try desk.createUser(by: admin, username: "ramon.lopez", displayName: "Ramón López",
                                roles: [.volunteer], password: "tres perros en la plaza")
        #expect(PasswordPolicy.commonPasswordCount >= 1000)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            let temporary = TemporaryPassword.generate(using: &generator)
            #expect(PasswordPolicy.problem(temporary, username: "ramon.lopez") == nil, "\(temporary)")
        }
    }

    @Test func severalRolesAreTheirUnion() throws {
        let both = try desk.createUser(by: admin, username: "sofia", displayName: "Sofía Ruiz",
                                       roles: [.admin, .supervisor], password: "secreto-123", temporary: false)
        #expect(both.role == .supervisor)
        #expect(both.rolesLabel(.es) == "supervisor · administrador")
        // Admin work and supervisor work, both.
        #expect(try desk.staff(by: both).count == 2)
        #expect(throws: Never.self) { _ = try desk.openCaseCounts(by: both) }
        // Admin alone still sees no case content.
        #expect(throws: StoreError.self) { _ = try desk.openCaseCounts(by: admin) }
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT role FROM user_roles WHERE user_id = ? ORDER BY role",
                                        arguments: [both.id]) == ["admin", "supervisor"])
            #expect(try String.fetchOne(db, sql: "SELECT role FROM users WHERE id = ?", arguments: [both.id]) == "supervisor")
        }
    }

    @Test func rolesChangeIsAuditedAndVersioned() throws {
        _ = try desk.createUser(by: admin, username: "pablo", displayName: "Pablo", roles: [.volunteer],
                                password: "secreto-123", temporary: false)
        let before = try desk.staffMember(username: "pablo", by: admin)
        let after = try desk.changeStaff(username: "pablo", .roles([.caseworker, .supervisor]), by: admin,
                                         version: before.version)
        #expect(after.roles == [.caseworker, .supervisor])
        #expect(after.version == before.version + 1)
        // Another terminal's change meanwhile: a conflict, nothing written.
        #expect(throws: StoreError.conflict) {
            try desk.changeStaff(username: "pablo", .roles([.volunteer]), by: admin, version: before.version)
        }
        #expect(try desk.staffMember(username: "pablo", by: admin).roles == [.caseworker, .supervisor])
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: """
                SELECT changed_fields FROM audit_log WHERE action = 'rolesChanged'
                """) == [#"{"roles":["volunteer","supervisor,caseworker"]}"#])
        }
        // Roles are read on every call: the new supervisor sees reports at once.
        let pablo = try desk.authenticate(username: "pablo", password: "secreto-123")
        #expect(throws: Never.self) { _ = try desk.openCaseCounts(by: pablo) }
    }

    @Test func theLastActiveAdminStays() throws {
        #expect(throws: StoreError.invalid(field: "username", StaffText.lastAdmin.text)) {
            try desk.changeStaff(username: "admin", .roles([.supervisor]), by: admin)
        }
        #expect(throws: StoreError.invalid(field: "username", StaffText.noSelfDeactivation.text)) {
            try desk.changeStaff(username: "admin", .deactivate, by: admin)
        }
        let second = try desk.createUser(by: admin, username: "beto", displayName: "Beto", roles: [.admin],
                                         password: "secreto-123", temporary: false)
        try desk.changeStaff(username: "admin", .deactivate, by: second)
        // Now beto is the only active admin: he cannot drop the role.
        #expect(throws: StoreError.invalid(field: "username", StaffText.lastAdmin.text)) {
            try desk.changeStaff(username: "beto", .roles([.caseworker]), by: second)
        }
        #expect(try desk.staffMember(username: "beto", by: second).roles == [.admin])
        // The deactivated admin cannot sign in, and its name stays.
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "admin", password: "secreto-123")
        }
        let listed = try desk.staff(by: second)
        #expect(listed.map(\.username) == ["beto", "admin"], "active first")
        #expect(listed.last?.active == false)
        try desk.changeStaff(username: "admin", .activate, by: second)
        // Deactivating deleted the account's key: activated again, it needs a temporary password.
        #expect(throws: StoreError.keys(.noKeyForAccount(username: "admin"))) {
            try desk.authenticate(username: "admin", password: "secreto-123")
        }
        try desk.changeStaff(username: "admin", .resetPassword(temporary: "maiz-cerro-luna-47"), by: second)
        #expect(try desk.authenticate(username: "admin", password: "maiz-cerro-luna-47").id == admin.id)
    }

    @Test func resetEndsTheOldPasswordAndTheSessions() throws {
        _ = try desk.createUser(by: admin, username: "lupe", displayName: "Lupe", roles: [.caseworker],
                                password: "secreto-123", temporary: false)
        let session = try desk.authenticate(username: "lupe", password: "secreto-123")
        #expect(try desk.sessionIsCurrent(session))
        let member = try desk.changeStaff(username: "lupe", .resetPassword(temporary: "rio-sal-mango-33"), by: admin)
        #expect(member.mustChangePassword)
        #expect(try !desk.sessionIsCurrent(session), "the terminal signed in before the reset locks")
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "lupe", password: "secreto-123")
        }
        let fresh = try desk.authenticate(username: "lupe", password: "rio-sal-mango-33")
        #expect(fresh.mustChangePassword)
        #expect(try desk.sessionIsCurrent(fresh))
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchAll(db, sql: "SELECT changed_fields FROM audit_log WHERE action = 'passwordReset'")
                    == [#"{"password":["","temporary"]}"#])
        }
    }

    @Test func unlockAfterFiveWrongPasswords() throws {
        _ = try desk.createUser(by: admin, username: "memo", displayName: "Memo", roles: [.volunteer],
                                password: "secreto-123", temporary: false)
        #expect(throws: StoreError.invalid(field: "username", StaffText.notLocked.text.filling(["username": .plain("memo")]))) {
            try desk.changeStaff(username: "memo", .unlock, by: admin)
        }
        for _ in 0..<CaseDesk.maxFailedAttempts {
            _ = try? desk.authenticate(username: "memo", password: "equivocada-1")
        }
        #expect(try desk.staffMember(username: "memo", by: admin).isLocked(at: clock.date))
        #expect(throws: StoreError.self) { try desk.authenticate(username: "memo", password: "secreto-123") }
        try desk.changeStaff(username: "memo", .unlock, by: admin)
        #expect(try desk.authenticate(username: "memo", password: "secreto-123").username == "memo")
    }

    @Test func onlyAdminsManageStaffAndBadInputChangesNothing() throws {
        let worker = try desk.createUser(by: admin, username: "jorge", displayName: "Jorge", roles: [.caseworker, .supervisor],
                                         password: "secreto-123", temporary: false)
        #expect(throws: StoreError.notPermitted(StoreText.onlyAdminManagesUsers.text)) { try desk.staff(by: worker) }
        #expect(throws: StoreError.notPermitted(StoreText.onlyAdminManagesUsers.text)) {
            try desk.changeStaff(username: "admin", .deactivate, by: worker)
        }
        #expect(throws: StoreError.invalid(field: "username", StoreText.usernameTaken.text)) {
            try desk.createUser(by: admin, username: "JORGE", displayName: "Otro", roles: [.volunteer], password: "secreto-123")
        }
        #expect(throws: StoreError.invalid(field: "roles", StaffText.rolesRequired.text)) {
            try desk.createUser(by: admin, username: "nadie", displayName: "Nadie", roles: [], password: "secreto-123")
        }
        #expect(throws: StoreError.invalid(field: "username", StaffText.userNotFound.text.filling(["username": .plain("nadie")]))) {
            try desk.changeStaff(username: "nadie", .unlock, by: admin)
        }
        #expect(try desk.staff(by: admin).map(\.username).sorted() == ["admin", "jorge"])
    }
}
