import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// WAL checkpoints run on their own connection, never inside a committing call.
@Suite struct CheckpointTests {
    @Test func theWriterNeverCheckpointsAndTheBackgroundOneDoes() throws {
        let folder = TempFolder()
        let path = folder.file("wal.sqlite")
        let desk = try openDesk(path)
        // The writer's automatic checkpoint is off: the WAL hook is ours.
        let auto = try desk.pool.writeWithoutTransaction { db in
            try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint")
        }
        #expect(auto == 0)
        // People, then enough committed pages (through the same writer) to cross the threshold.
        _ = try DemoData.seed(into: desk, people: 200, seed: 7) { _ in }
        for _ in 0..<3 {
            try desk.pool.write { db in
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS filler (b BLOB)")
                try db.execute(sql: "INSERT INTO filler VALUES (zeroblob(2000000))")
            }
        }
        let runs = desk.checkpointer.settle()
        #expect(runs >= 1)
        // The database file alone, without its WAL, holds what was committed before the last
        // checkpoint: the checkpoint copied the pages.
        let copy = folder.file("main-only.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let queue = try DatabaseQueue(path: copy)
        let people = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM people") } ?? 0
        #expect(people > 0)
        #expect(try queue.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") } == "ok")
    }
}
