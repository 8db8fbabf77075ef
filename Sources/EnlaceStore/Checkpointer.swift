import Dispatch
import Foundation
import GRDB
import GRDBSQLite

/// WAL checkpoints, off the committing call.
///
/// SQLite's default ("autocheckpoint" at 1,000 pages) runs a checkpoint inside the commit that
/// crosses the threshold: that commit then copies the WAL's pages into the database file and
/// waits for the disk twice, which at 1M people made intake's p99 88–146 ms and its maximum
/// 0.5–0.7 s while the median was 2.75 ms. Here the writer's WAL hook replaces the automatic
/// checkpoint (`sqlite3_wal_hook` takes over from `sqlite3_wal_autocheckpoint`): it only notes
/// the WAL's size and, past `threshold` pages, asks a background queue, with a connection of
/// its own, for a PASSIVE checkpoint (which never waits for readers or writers, and is safe to
/// interrupt: a process killed mid-checkpoint loses nothing). Nobody waits for it; commits
/// stay `synchronous = FULL`.
final class Checkpointer: @unchecked Sendable {
    /// WAL pages after which a checkpoint is asked for (SQLite's own default).
    static let threshold: Int32 = 1_000

    private let path: String
    private let queue = DispatchQueue(label: "Enlace.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var scheduled = false
    private var connection: DatabaseQueue?
    private var runs = 0

    init(path: String) { self.path = path }

    /// Installs the hook on the pool's writer connection.
    func install(on pool: DatabasePool) {
        // The connection may outlive this object: SQLite holds a box that refers to it weakly
        // (one small box per opened database, never freed).
        let context = Unmanaged.passRetained(WeakBox(self)).toOpaque()
        pool.writeWithoutTransaction { db in
            _ = sqlite3_wal_hook(db.sqliteConnection, { context, _, _, pages in
                if let context {
                    Unmanaged<WeakBox>.fromOpaque(context).takeUnretainedValue().target?.committed(pages: pages)
                }
                return SQLITE_OK
            }, context)
        }
    }

    private final class WeakBox {
        weak var target: Checkpointer?
        init(_ target: Checkpointer) { self.target = target }
    }

    /// Called by SQLite after each commit on the writer, with the WAL's size in pages.
    private func committed(pages: Int32) {
        guard pages >= Self.threshold else { return }
        lock.lock()
        defer { lock.unlock() }
        if scheduled { return }
        scheduled = true
        queue.async { [weak self] in self?.run() }
    }

    private func run() {
        lock.withLock { scheduled = false }
        do {
            if connection == nil {
                var config = Configuration()
                config.label = "Enlace.checkpoint"
                // PASSIVE never waits; the timeout only covers opening.
                config.busyMode = .timeout(1)
                connection = try DatabaseQueue(path: path, configuration: config)
            }
            try connection?.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)")
            }
            lock.withLock { runs += 1 }
        } catch {
            // Busy with another process's checkpoint, or the file went read-only: the next
            // commit past the threshold asks again; the WAL keeps every committed change.
        }
    }

    /// Waits for a checkpoint asked for to finish; how many have run (for tests and `bench`).
    func settle() -> Int {
        queue.sync {}
        return lock.withLock { runs }
    }
}
