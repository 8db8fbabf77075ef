import Foundation
import Testing

/// `enlace audit verify`, the checkpoints on reports and exports, and `enlace person access`,
/// run as a supervisor would: the built binary on a demo database, the file changed with the
/// real `sqlite3` as an attacker would change it.
@Suite struct AuditChainCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-audit", people: 20) }

        func run(_ user: String, _ arguments: [String], lang: String = "es") throws -> (status: Int32, out: String, err: String) {
            try runEnlace(arguments + ["--db", db, "--user", user, "--lang", lang], environment: env)
        }

        /// The triggers dropped, then `sql`, with the real sqlite3.
        func tamper(_ sql: String) throws {
            let r = try Spawn.run(["sqlite3", db, """
                DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; DROP TRIGGER IF EXISTS audit_log_chained; \(sql)
                """])
            #expect(r.status == 0, "sqlite3: \(r.error)")
        }

        func count(_ sql: String) throws -> Int {
            Int(try Spawn.run(["sqlite3", db, sql]).output.trimmingCharacters(in: .whitespacesAndNewlines))!
        }
    }

    /// "Punto de control de la auditoría: 123:9f3a…" → "123:9f3a…".
    static func checkpoint(in text: String) -> String? {
        text.split(separator: "\n").last { $0.contains("control") || $0.contains("checkpoint") }
            .flatMap { $0.split(separator: " ").last.map(String.init) }
    }

    @Test func verifyNamesAnEditAndACheckpointCatchesACutLog() throws {
        let d = try Demo()
        let intact = try d.run("maria", ["audit", "verify"])
        #expect(intact.status == 0, "\(intact.err)")
        #expect(intact.out.hasPrefix("Registro de auditoría íntegro: "), "\(intact.out)")
        let point = try #require(Self.checkpoint(in: intact.out))
        #expect(point.wholeMatch(of: /[0-9]+:[0-9a-f]{64}/) != nil, "\(point)")
        #expect(try d.run("admin", ["audit", "verify", "--checkpoint", point]).status == 0)
        let caseworker = try d.run("jorge", ["audit", "verify"])
        #expect(caseworker.status == 77)
        let bad = try d.run("maria", ["audit", "verify", "--checkpoint", "12:xyz"], lang: "en")
        #expect(bad.status == 65 && bad.err.split(separator: "\n").count == 1 && bad.err.contains("\"12:xyz\" is not a checkpoint"))

        // New rows after the checkpoint, then the tail cut back to before it.
        _ = try d.run("maria", ["person", "show", "7"])
        let id = Int(point.split(separator: ":")[0])!
        try d.tamper("DELETE FROM audit_log WHERE id >= \(id - 2);")
        let cutAlone = try d.run("maria", ["audit", "verify"])
        #expect(cutAlone.status == 0)
        let cut = try d.run("maria", ["audit", "verify", "--checkpoint", point], lang: "en")
        #expect(cut.status == 1)
        // (each command's sign-in appends a row after the cut: the last row is just under the checkpoint's)
        #expect(cut.out.hasPrefix("Row #\(id): the checkpoint's row no longer exists (the last is #")
                && cut.out.hasSuffix("); the log was cut.\n"), "\(cut.out)")

        try d.tamper("UPDATE audit_log SET reason = 'nada' WHERE id = 5;")
        let edited = try d.run("maria", ["audit", "verify"])
        #expect(edited.status == 1 && edited.out == "Fila #5: su contenido se cambió después de escribirse.\n", "\(edited.out)")
    }

    @Test func reportsExportsAndTheAccessListPrintACheckpointThatVerifies() throws {
        let d = try Demo()
        let table = try d.run("maria", ["report", "open-by-age"])
        #expect(table.status == 0, "\(table.err)")
        let fromTable = try #require(Self.checkpoint(in: table.out))
        let csv = try d.run("maria", ["report", "open-by-age", "--format", "csv"], lang: "en")
        #expect(!csv.out.contains("checkpoint") && csv.err.hasPrefix("Audit checkpoint: "), "\(csv.err)")
        let file = try d.run("maria", ["person", "export", "7"])
        #expect(file.status == 0)
        let fromFile = try #require(Self.checkpoint(in: file.out))

        let access = try d.run("maria", ["person", "access", "7"], lang: "en")
        #expect(access.status == 0, "\(access.err)")
        let lines = access.out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "When\tWho\tWhat\tRecord\taction\taudit_id")
        // Newest first: the access read itself, then the file exported above.
        #expect(lines[1].contains("\tViewed\tPerson's record\tviewedAccess\t"), "\(lines[1])")
        #expect(lines[2].contains("\tExported\tPerson's record\texported\t"), "\(lines[2])")
        let accessCSV = try d.run("maria", ["person", "access", "7", "--format", "csv", "--all"], lang: "en")
        #expect(accessCSV.out.hasPrefix("When,Who,What,Record,action,audit_id\r\n"), "\(accessCSV.out.prefix(80))")
        #expect(accessCSV.out.contains(",Exported,Person's record,exportedAccess,"))
        let fromAccess = try #require(Self.checkpoint(in: accessCSV.err))
        #expect(try d.run("jorge", ["person", "access", "7"]).status == 77)

        let all = ["audit", "verify", "--checkpoint", fromTable, "--checkpoint", fromFile, "--checkpoint", fromAccess]
        let verified = try d.run("maria", all, lang: "en")
        #expect(verified.status == 0 && verified.out.components(separatedBy: ": matches.").count == 4, "\(verified.out)")
    }

    /// Four processes of this binary append at once, 40 steps each (a person viewed, one
    /// audit row a step): one chain, no break, every step's row there.
    @Test func fourWriterProcessesKeepOneChain() throws {
        let d = try Demo()
        let views = "SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'viewed'"
        let before = try d.count(views)
        final class Failures: @unchecked Sendable {
            let lock = NSLock()
            var count = 0
            func add() { lock.lock(); count += 1; lock.unlock() }
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for step in 0..<40 {
                let args = ["person", "show", String(writer * 2 + step % 2 + 1)]
                if (try? d.run("maria", args).status) != 0 { failures.add() }
            }
        }
        #expect(failures.count == 0)
        let verified = try d.run("maria", ["audit", "verify"])
        #expect(verified.status == 0, "\(verified.out)")
        #expect(try d.count(views) == before + 160)
    }
}
