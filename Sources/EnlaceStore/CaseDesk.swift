import EnlaceCore
import Foundation
import GRDB

/// The one door to an Enlace database. Every use case is one method: one transaction that
/// checks permission, writes, and appends its audit rows. Screens never see SQL or GRDB.
public final class CaseDesk: Sendable {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// A connection of its own that only reads `PRAGMA data_version`, which changes when any
    /// other connection (of this process or another) commits.
    private let versionReader: DatabaseQueue
    let clock: StoreClock
    let passwordCost: PasswordCost
    /// Runs the WAL checkpoints that SQLite would run inside a commit.
    let checkpointer: Checkpointer
    /// The data key while someone is signed in here (`DataVault`); the SQL functions that
    /// seal and open sensitive columns read it on every connection.
    let vault: DataVault

    private init(path: String, pool: DatabasePool, versionReader: DatabaseQueue,
                 checkpointer: Checkpointer, clock: StoreClock, passwordCost: PasswordCost,
                 vault: DataVault) {
        self.path = path
        self.pool = pool
        self.vault = vault
        self.checkpointer = checkpointer
        self.versionReader = versionReader
        self.clock = clock
        self.passwordCost = passwordCost
    }

    /// `$XDG_DATA_HOME/enlace/enlace.sqlite`, else `~/.local/share/enlace/enlace.sqlite`.
    public static func defaultDatabasePath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (xdg as NSString).appendingPathComponent("enlace/enlace.sqlite")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        return (home as NSString).appendingPathComponent(".local/share/enlace/enlace.sqlite")
    }

    /// Opens the database at `path`, creating it (and its folder, 0700) when `create` is true.
    /// Migrates an older file after backing it up next to it as
    /// `<path>.backup-<last applied migration>-<UTC timestamp>`.
    public static func open(path: String, create: Bool, clock: StoreClock = .system,
                            passwordCost: PasswordCost = .standard) throws -> CaseDesk {
        do {
            return try openChecked(path: path, create: create, clock: clock,
                                   passwordCost: passwordCost)
        } catch {
            throw StoreError.wrap(error, path: path)
        }
    }

    private static func openChecked(path: String, create: Bool, clock: StoreClock,
                                    passwordCost: PasswordCost) throws -> CaseDesk {
        if FileManager.default.fileExists(atPath: path) {
            try StoreFiles.checkExisting(at: path)
            // Look before touching: a newer or foreign database is refused before the pool
            // would switch it to WAL or write anything.
            try probe(path: path)
        } else if create {
            try StoreFiles.createPrivateFile(at: path)
        } else {
            throw StoreError.fileMissing(path: path)
        }

        var config = Configuration()
        config.label = "Enlace"
        config.foreignKeysEnabled = true
        config.busyMode = BusyWait.mode(seconds: BusyTimeout.seconds)
        let vault = DataVault()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            VaultFunctions.install(vault, on: db)
        }
        let pool = try DatabasePool(path: path, configuration: config)
        // GRDB switches the writer to synchronous=NORMAL when it enables WAL, after
        // prepareDatabase ran: set FULL again on the writer, now that the pool is open.
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }

        let migrator = StoreSchema.migrator
        let (applied, unknown, foreign) = try pool.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            let known = Set(migrator.migrations)
            let unknown = applied.subtracting(known).sorted()
            var foreign = false
            if applied.isEmpty {
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_issue_102'
                    """)
                foreign = !tables.isEmpty && !tables.contains("grdb_migrations")
            }
            return (applied, unknown, foreign)
        }
        if !unknown.isEmpty {
            throw StoreError.newerSchema(path: path, found: unknown.last!,
                                         supported: StoreSchema.newest)
        }
        if foreign { throw StoreError.notADatabase(path: path) }
        let pending = migrator.migrations.filter { !applied.contains($0) }
        if !applied.isEmpty && !pending.isEmpty {
            let last = migrator.migrations.last { applied.contains($0) } ?? "unknown"
            try migrationBackup(pool, path: path, schema: last, clock: clock)
        }
        if !pending.isEmpty {
            try migrator.migrate(pool)
        }

        var readerConfig = Configuration()
        readerConfig.label = "Enlace.dataVersion"
        readerConfig.readonly = true
        readerConfig.busyMode = BusyWait.mode(seconds: BusyTimeout.seconds)
        let versionReader = try DatabaseQueue(path: path, configuration: readerConfig)
        let checkpointer = Checkpointer(path: path)
        checkpointer.install(on: pool)
        try pool.read { db in try vault.refresh(db) }
        return CaseDesk(path: path, pool: pool, versionReader: versionReader,
                        checkpointer: checkpointer, clock: clock, passwordCost: passwordCost,
                        vault: vault)
    }

    /// Reads, read-only, which migrations an existing file has: refuses a newer Enlace schema
    /// and SQLite files that are not Enlace databases.
    static func probe(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.busyMode = BusyWait.mode(seconds: BusyTimeout.seconds)
        let queue = try DatabaseQueue(path: path, configuration: config)
        defer { try? queue.close() }
        let migrator = StoreSchema.migrator
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_issue_102'
                """)
            if tables.isEmpty { return }
            guard tables.contains("grdb_migrations") else {
                throw StoreError.notADatabase(path: path)
            }
            let unknown = try migrator.appliedIdentifiers(db)
                .subtracting(migrator.migrations).sorted()
            if let found = unknown.last {
                throw StoreError.newerSchema(path: path, found: found, supported: StoreSchema.newest)
            }
            // A newer Enlace also raises user_version; a file above this build's is refused
            // even when its migration names look known.
            // The newest migration's number ("v12-..." is 12), not their count: numbers can
            // be reserved by work that lands later.
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version > StoreSchema.newestUserVersion {
                throw StoreError.newerSchema(path: path, found: "user_version \(version)",
                                             supported: "user_version \(StoreSchema.newestUserVersion) (\(StoreSchema.newest))")
            }
        }
    }

    /// The newest schema (migration identifier) this build knows, e.g. for `--version`.
    public static var newestSchema: String { StoreSchema.newest }

    /// The migrations applied to this file, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }

    // MARK: - Small queries

    /// Changes whenever another connection commits; poll it when idle and refresh on change.
    public func dataVersion() throws -> Int {
        try guarded {
            try versionReader.read { db in
                try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0
            }
        }
    }

    // MARK: - Transactions

    /// Runs `body`, turning any error into a StoreError.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw StoreError.wrap(error, path: path) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded {
            try pool.read { db in
                try vault.refresh(db)
                return try body(db)
            }
        }
    }

    /// Reads, once the actor is permitted to view the case.
    func readCase<T>(_ caseId: Int64, by actor: UserAccount, _ body: (Database) throws -> T) throws -> T {
        try read { db in
            let facts = try self.caseFacts(db, caseId)
            try self.permit(.viewCase, db, actor: actor, case: facts)
            return try body(db)
        }
    }

    /// One IMMEDIATE transaction: takes the write lock up front, so a concurrent writer in
    /// another process makes us wait (busy timeout) instead of failing half-way.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try write(secureDelete: false, body)
    }

    /// A write transaction with `PRAGMA secure_delete` on: every page and cell freed or
    /// overwritten by it is zeroed in the file (erasure, sealing values in place). The setting
    /// is the writer connection's; it is put back after.
    func secureWrite<T>(_ body: (Database) throws -> T) throws -> T {
        try write(secureDelete: true, body)
    }

    private func write<T>(secureDelete: Bool, _ body: (Database) throws -> T) throws -> T {
        try guarded {
            try pool.writeWithoutTransaction { db in
                if secureDelete {
                    let before = try Int.fetchOne(db, sql: "PRAGMA secure_delete") ?? 0
                    try db.execute(sql: "PRAGMA secure_delete = ON")
                    defer { try? db.execute(sql: "PRAGMA secure_delete = \(before)") }
                    return try transaction(db, body)
                }
                return try transaction(db, body)
            }
        }
    }

    private func transaction<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        var result: T?
        try db.inTransaction(.immediate) {
            try vault.refresh(db)
            result = try body(db)
            return .commit
        }
        return result!
    }

    /// The actor's widest role (`Role.primary`) as the database knows it now (roles may have
    /// changed since sign-in).
    func currentRole(_ db: Database, of actor: UserAccount) throws -> Role {
        Role.primary(of: try currentRoles(db, of: actor))
    }

    /// Every role the actor holds now; refused for an unknown or deactivated account.
    func currentRoles(_ db: Database, of actor: UserAccount) throws -> Set<Role> {
        // Read by every call: a cached statement (compiling it each time cost more than the read).
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT u.active, group_concat(r.role) FROM users u
            LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.id = ? GROUP BY u.id
            """), arguments: [actor.id]), row[0] as Bool
        else {
            throw StoreError.notPermitted(StoreText.unknownUser.text)
        }
        let names: String = row[1] ?? ""
        let roles = Set(try names.split(separator: ",").map { name in
            guard let role = Role(rawValue: String(name)) else {
                throw StoreError.corruptValue(table: "user_roles", column: "role", value: String(name))
            }
            return role
        })
        guard !roles.isEmpty else { throw StoreError.notPermitted(StoreText.unknownUser.text) }
        return roles
    }
}
