import EnlaceCore
import GRDB

/// v11: staff accounts as an organization runs them. Every role a person holds is a row of
/// `user_roles` (the store takes their union; `users.role` stays the widest one, `Role.primary`,
/// kept in step, for older readers and the title bar). A temporary password (new account, a
/// reset) must be changed at the next sign-in; `session_epoch` counts the resets and
/// deactivations, so a terminal signed in before one is locked at its next idle tick.
enum StaffSchema {
    static func create(_ db: Database) throws {
        let roles = Role.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        try db.execute(sql: """
            CREATE TABLE user_roles (
                user_id INTEGER NOT NULL REFERENCES users(id),
                role TEXT NOT NULL CHECK (role IN (\(roles))),
                PRIMARY KEY (user_id, role)
            ) WITHOUT ROWID;
            INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;
            ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
                CHECK (must_change_password IN (0,1));
            ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE users ADD COLUMN password_changed_at INTEGER;
            """)
    }
}
