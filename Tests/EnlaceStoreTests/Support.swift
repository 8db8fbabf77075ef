import EnlaceCore
import Foundation
import GRDB
@testable import EnlaceStore

/// A private temporary folder, removed when the value goes away.
final class TempFolder: @unchecked Sendable {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "enlace-store-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    deinit {
        _ = chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// A clock tests can move.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = start }  // Nov 2026

    var date: Date {
        lock.lock(); defer { lock.unlock() }
        return current
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        current += seconds
    }

    var storeClock: StoreClock { StoreClock { [self] in self.date } }
}

/// Cheap scrypt for tests that hash many passwords; one test checks the standard cost.
let testCost = PasswordCost(logN: 10)

func openDesk(_ path: String, create: Bool = true, clock: TestClock = TestClock()) throws -> CaseDesk {
    try CaseDesk.open(path: path, create: create, clock: clock.storeClock, passwordCost: testCost)
}

/// A database seeded with demo data, and its accounts signed in.
struct SeededDesk {
    let folder = TempFolder()
    let clock = TestClock()
    let desk: CaseDesk
    let logins: [DemoLogin]

    init(people: Int = 500, seed: UInt64 = 42) throws {
        desk = try openDesk(folder.file("demo.sqlite"), clock: clock)
        logins = try DemoData.seed(into: desk, people: people, seed: seed)
    }

    func user(_ name: String) throws -> UserAccount {
        try desk.authenticate(username: name, password: DemoData.password)
    }

    /// Every visible case for `actor` and `filter`, paging forward with `pageSize`.
    func allForward(_ actor: UserAccount, filter: String = "", pageSize: Int) throws -> [CaseSummary] {
        var rows: [CaseSummary] = []
        var anchor: CaseListKey?
        while true {
            let page = try desk.caseWindow(
                CaseWindowRequest(filter: filter, anchor: anchor, direction: .after, limit: pageSize),
                actor: actor)
            rows += page
            if page.count < pageSize { return rows }
            anchor = page.last!.key
        }
    }

    func allBackward(_ actor: UserAccount, filter: String = "", pageSize: Int) throws -> [CaseSummary] {
        var rows: [CaseSummary] = []
        var anchor: CaseListKey?
        while true {
            let page = try desk.caseWindow(
                CaseWindowRequest(filter: filter, anchor: anchor, direction: .before, limit: pageSize),
                actor: actor)
            rows = page + rows
            if page.count < pageSize { return rows }
            anchor = page.first!.key
        }
    }
}

/// A desk in a new temporary folder with the first admin and the given staff accounts
/// (password "secreto-123"), created in the order given: the base of the store fixtures,
/// which name the staff by role or by person.
class StaffedDesk: @unchecked Sendable {
    let folder = TempFolder()
    let clock: TestClock
    let desk: CaseDesk
    let admin: UserAccount
    /// The staff accounts, in the order given.
    let staff: [UserAccount]

    init(file: String, clock: TestClock, staff: [(username: String, name: String, role: Role)]) throws {
        self.clock = clock
        let desk = try openDesk(folder.file(file), clock: clock)
        let admin = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        self.desk = desk
        self.admin = admin
        self.staff = try staff.map {
            try desk.createUser(by: admin, username: $0.username, displayName: $0.name, role: $0.role,
                                password: "secreto-123")
        }
    }
}

/// Where a migration test writes its old file, and the clock the file and the test share.
struct OldFile {
    let folder = TempFolder()
    let clock = TestClock()
    let path: String

    init(_ name: String) { path = folder.file(name) }

    /// The clock's time in whole seconds, as the rows store it.
    var now: Int64 { Int64(clock.date.timeIntervalSince1970) }
}

/// A file an older build left: migrated only up to `migration`, with `sql` run in it, and
/// closed before the test opens it with the current schema (the migration tests).
func writeOldFile(_ path: String, upTo migration: String, sql: String,
                  arguments: StatementArguments = StatementArguments()) throws {
    // The current migrations' SQL calls the vault's functions; an older file has no keyring,
    // so a plain vault (values as they are) stands in for the older build.
    var config = Configuration()
    config.prepareDatabase { db in VaultFunctions.install(DataVault(), on: db) }
    let queue = try DatabaseQueue(path: path, configuration: config)
    try StoreSchema.migrator.migrate(queue, upTo: migration)
    try queue.write { db in try db.execute(sql: sql, arguments: arguments) }
    try queue.close()
}
