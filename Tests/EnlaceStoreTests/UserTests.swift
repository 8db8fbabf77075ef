import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct UserTests {
    @Test func firstAdminOnlyOnce() throws {
        let folder = TempFolder()
        let desk = try openDesk(folder.file("u.sqlite"))
        #expect(try desk.hasUsers() == false)
        let admin = try desk.createFirstAdmin(username: " Admin ", displayName: "Ana Admin",
                                              password: "secreto-123")
        #expect(admin.username == "admin")
        #expect(admin.role == .admin)
        #expect(try desk.hasUsers())
        #expect(throws: StoreError.notPermitted(StoreText.firstAdminExists.text)) {
            try desk.createFirstAdmin(username: "otro", displayName: "Otro", password: "secreto-123")
        }
        try desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM users") == 1)
            let hash = try String.fetchOne(db, sql: "SELECT password_hash FROM users")!
            #expect(hash.hasPrefix("scrypt$1024$8$1$"))
            #expect(!hash.contains("secreto"))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE entity = 'user' AND action = 'create'") == 1)
        }
    }

    @Test func onlyAdminsCreateUsers() throws {
        let fresh = try AdminDesk()
        let desk = fresh.desk, admin = fresh.admin
        let jorge = try desk.createUser(by: admin, username: "jorge", displayName: "Jorge Ramírez",
                                        role: .caseworker, password: "secreto-456")
        #expect(jorge.role == .caseworker)
        #expect(throws: StoreError.notPermitted(StoreText.onlyAdminManagesUsers.text)) {
            try desk.createUser(by: jorge, username: "pedro", displayName: "Pedro", role: .admin,
                                password: "secreto-789")
        }
        // A forged UserAccount claiming admin is checked against the database.
        let forged = UserAccount(id: jorge.id, username: "jorge", displayName: "J", role: .admin)
        #expect(throws: StoreError.notPermitted(StoreText.onlyAdminManagesUsers.text)) {
            try desk.createUser(by: forged, username: "pedro", displayName: "Pedro", role: .admin,
                                password: "secreto-789")
        }
        #expect(throws: StoreError.invalid(field: "username", StoreText.usernameTaken.text)) {
            try desk.createUser(by: admin, username: "JORGE", displayName: "Otro Jorge",
                                role: .volunteer, password: "secreto-789")
        }
    }

    @Test(arguments: [
        ("a", "Nombre", "secreto-123", "username"),
        ("josé", "Nombre", "secreto-123", "username"),
        ("bad name", "Nombre", "secreto-123", "username"),
        ("okname", "   ", "secreto-123", "displayName"),
        ("okname", "Nombre", "corta", "password"),
        ("okname", "Nombre", String(repeating: "x", count: 300), "password"),
        ("okname", String(repeating: "N", count: 101), "secreto-123", "displayName"),
    ])
    func badUserFieldsAreNamed(username: String, display: String, password: String, field: String) throws {
        let folder = TempFolder()
        let desk = try openDesk(folder.file("u.sqlite"))
        do {
            _ = try desk.createFirstAdmin(username: username, displayName: display, password: password)
            Issue.record("accepted \(username)/\(display)")
        } catch let StoreError.invalid(name, text) {
            #expect(name == field)
            #expect(!text.es.isEmpty && !text.en.isEmpty)
        }
        #expect(try desk.hasUsers() == false)
    }

    @Test func signInSucceedsAndFailsWithoutSayingWhy() throws {
        let fresh = try AdminDesk()
        let desk = fresh.desk, admin = fresh.admin
        #expect(try desk.authenticate(username: "ADMIN", password: "secreto-123") == admin)
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "admin", password: "secreto-124")
        }
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "nadie", password: "secreto-123")
        }
        #expect(throws: StoreError.authenticationFailed) {
            try desk.authenticate(username: "", password: "")
        }
    }

    @Test func fiveWrongPasswordsLockForFifteenMinutes() throws {
        let folder = TempFolder()
        let clock = TestClock()
        let desk = try openDesk(folder.file("u.sqlite"), clock: clock)
        _ = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        for _ in 1...4 {
            #expect(throws: StoreError.authenticationFailed) {
                try desk.authenticate(username: "admin", password: "mal")
            }
        }
        let until = clock.date.addingTimeInterval(15 * 60)
        #expect(throws: StoreError.accountLocked(until: until)) {
            try desk.authenticate(username: "admin", password: "mal")
        }
        // Even the right password is refused while locked.
        clock.advance(14 * 60)
        #expect(throws: StoreError.accountLocked(until: until)) {
            try desk.authenticate(username: "admin", password: "secreto-123")
        }
        clock.advance(61)
        #expect(try desk.authenticate(username: "admin", password: "secreto-123").username == "admin")
        try desk.pool.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'locked'") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log WHERE action = 'signInFailed'") == 4)
            #expect(try Int.fetchOne(db, sql: "SELECT failed_attempts FROM users") == 0)
        }
        // A success resets the count: four more mistakes do not lock.
        for _ in 1...4 {
            #expect(throws: StoreError.authenticationFailed) {
                try desk.authenticate(username: "admin", password: "mal")
            }
        }
        #expect(try desk.authenticate(username: "admin", password: "secreto-123").role == .admin)
        let message = StoreError.accountLocked(until: until).message(.es)
        #expect(message.contains("bloqueada"))
    }

    @Test func standardCostHashesVerify() throws {
        let cost = PasswordCost.standard
        #if DEBUG
        #expect(cost.logN == 14)
        #else
        #expect(cost.logN == 15)
        #endif
        let hash = try PasswordHasher.hash("contraseña ñ 123", cost: cost)
        #expect(hash.hasPrefix("scrypt$\(1 << cost.logN)$8$1$"))
        #expect(PasswordHasher.verify("contraseña ñ 123", hash: hash))
        #expect(!PasswordHasher.verify("contrasena n 123", hash: hash))
        #expect(!PasswordHasher.verify("x", hash: "scrypt$garbage"))
        // Same password, different salt.
        #expect(try PasswordHasher.hash("contraseña ñ 123", cost: cost) != hash)
    }

    @Test func organizationNameIsAdminOnly() throws {
        let fresh = try AdminDesk()
        let desk = fresh.desk, admin = fresh.admin
        let maria = try desk.createUser(by: admin, username: "maria", displayName: "María",
                                        role: .supervisor, password: "secreto-123")
        try desk.setOrganizationName("  Casa Michoacán  ", by: admin)
        #expect(try desk.organizationName() == "Casa Michoacán")
        guard case .notPermitted(let reason)? = caught({ try desk.setOrganizationName("Otra", by: maria) }) else {
            Issue.record("expected a refusal")
            return
        }
        #expect(reason.es == "Su rol (supervisor) no permite administrar datos de referencia. Pueden hacerlo: administrador.")
        #expect(throws: StoreError.invalid(field: "name", StoreText.organizationNameInvalid.text)) {
            try desk.setOrganizationName("", by: admin)
        }
    }
}

/// A new file with its first admin ("admin", "secreto-123"), kept while the value lives.
private struct AdminDesk {
    let folder = TempFolder()
    let desk: CaseDesk
    let admin: UserAccount

    init() throws {
        desk = try openDesk(folder.file("u.sqlite"))
        admin = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
    }
}
