import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// The store's side of the fault runs: errors met under faults map to their own clear case,
/// the busy timeout can be shortened for tests, and the integrity check finds damage.
@Suite struct FaultMappingTests {
    @Test func writeErrorsOfTheSystemMapToDiskFullOrWriteFailed() {
        let path = "/data/e.sqlite"
        // The -shm index could not grow (a full tmpfs): was "I/O (4874)".
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_IOERR_SHMSIZE), path: path) == .diskFull(path: path))
        // EFBIG, EDQUOT, EIO on write: was "I/O (778)".
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_IOERR_WRITE), path: path) == .writeFailed(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_IOERR_FSYNC), path: path) == .writeFailed(path: path))
        #expect(StoreError(DatabaseError(resultCode: .SQLITE_IOERR_READ), path: path) == .other("I/O (266)"))
        #expect(StoreFiles.errorFromErrno(EFBIG, path: path) == .writeFailed(path: path))
        #expect(StoreFiles.errorFromErrno(ENOSPC, path: path) == .diskFull(path: path))
        #expect(StoreError.writeFailed(path: path).message(.en).hasPrefix("Could not write to /data/e.sqlite: a space limit"))
    }

    @Test func theBusyTimeoutIsFiveSecondsUnlessTheEnvironmentSaysOtherwise() {
        #expect(BusyTimeout.seconds(environment: [:]) == 5)
        #expect(BusyTimeout.seconds(environment: ["ENLACE_BUSY_TIMEOUT_MS": "250"]) == 0.25)
        #expect(BusyTimeout.seconds(environment: ["ENLACE_BUSY_TIMEOUT_MS": "0"]) == 0)
        #expect(BusyTimeout.seconds(environment: ["ENLACE_BUSY_TIMEOUT_MS": "-1"]) == 5)
        #expect(BusyTimeout.seconds(environment: ["ENLACE_BUSY_TIMEOUT_MS": "soon"]) == 5)
        #expect(BusyTimeout.seconds(environment: ["ENLACE_BUSY_TIMEOUT_MS": "600001"]) == 5)
    }

    @Test func theIntegrityCheckIsEmptyForASoundFileAndNamesABrokenReference() throws {
        let s = try SeededDesk(people: 20)
        #expect(try s.desk.integrityProblems() == [])
        try s.desk.pool.writeWithoutTransaction { (db: Database) throws in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: "UPDATE cases SET person_id = 999999 WHERE id = (SELECT min(id) FROM cases)")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        let problems = try s.desk.integrityProblems()
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("foreign key: cases row ") == true, "\(problems)")
        #expect(problems.first?.hasSuffix("→ people") == true, "\(problems)")
    }
}
