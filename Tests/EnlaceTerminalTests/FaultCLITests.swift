import Foundation
import Testing

/// Faults met by the command line: writers killed and concurrent edits (`bench --faults`,
/// CI-sized), another program holding the write lock, a full disk, a read-only file. Each
/// gives one clear line and its exit code, and nothing committed before is lost.
@Suite(.serialized)
struct FaultCLITests {
    private func environment(_ folder: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
         "PATH": "/usr/bin:/bin", "ENLACE_PASSWORD": "enlace-demo-1", "SWIFT_BACKTRACE": "enable=no"]
            .merging(extra) { $1 }
    }

    /// A demo database of 30 people in `folder`.
    private func demo(in folder: String) throws -> String {
        let db = folder + "/demo.sqlite"
        let made = try runEnlace(["demo", "--people", "30", "--no-open", "--db", db], environment: environment(folder))
        #expect(made.status == 0, "demo: \(made.err)")
        return db
    }

    private func intake(_ db: String, _ folder: String, surname: String, lang: String = "es",
                        extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try runEnlace(["intake", "--db", db, "--user", "jorge", "--lang", lang, "--given", "Rosa",
                       "--surname1", surname, "--birth", "1980-05-06"], environment: environment(folder, extra))
    }

    private func tempFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-faultcli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func benchFaultsKillsWritersAndEditsOneCaseAtOnceWithoutLosingAnything() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let r = try runEnlace(["bench", "--faults", "--rounds", "10", "--edits", "25", "--seed", "7", "--json"],
                              environment: environment(folder))
        #expect(r.status == 0, "\(r.out)\n\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        let kills = try #require(json["killRounds"] as? [String: Any])
        #expect(kills["rounds"] as? Int == 10)
        #expect(kills["writers"] as? Int == 30)
        #expect((kills["killed"] as? Int ?? 0) > 0)
        // The four warm-up writes at least, and the ones that finished before their kill.
        #expect((kills["confirmed"] as? Int ?? 0) >= 4)
        #expect(kills["lost"] as? Int == 0)
        #expect(kills["errors"] as? Int == 0, "\(kills["problems"] ?? "")")
        #expect(kills["integrityFailures"] as? Int == 0)
        let edits = try #require(json["lostUpdates"] as? [String: Any])
        #expect(edits["processes"] as? Int == 4)
        #expect(edits["applied"] as? Int == 100)
        let initial = try #require(edits["initialVersion"] as? Int)
        #expect(edits["finalVersion"] as? Int == initial + 100)
        #expect(edits["auditRows"] as? Int == 100)
        #expect(edits["lost"] as? Int == 0)
        #expect(edits["overwrites"] as? Int == 0)
        #expect(edits["errors"] as? Int == 0, "\(edits["problems"] ?? "")")
        #expect(json["integrity"] as? String == "ok")
        #expect(json["passed"] as? Bool == true)
    }

    @Test func anotherProgramHoldingTheWriteLockIsReportedAsBusyWithExit74() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try demo(in: folder)
        let before = try intake(db, folder, surname: "Antes")
        #expect(before.status == 0, "\(before.err)")
        let quick = ["ENLACE_BUSY_TIMEOUT_MS": "200"]
        do {
            let lock = try WriteLock(database: db)
            let es = try intake(db, folder, surname: "Ocupada", extra: quick)
            #expect(es.status == 74)
            #expect(es.err.contains("está ocupada por otro programa. Espere unos segundos y vuelva a intentar."), "\(es.err)")
            #expect(!es.err.contains("Fatal") && es.out.isEmpty)
            let en = try intake(db, folder, surname: "Ocupada", lang: "en", extra: quick)
            #expect(en.status == 74)
            #expect(en.err.contains("is busy in another program. Wait a few seconds and try again."), "\(en.err)")
            lock.release()
        }
        // Once the other program is done, the same intake goes through; nothing was lost.
        let after = try intake(db, folder, surname: "Ocupada")
        #expect(after.status == 0, "\(after.err)")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(db, "SELECT number FROM cases WHERE number IN ('\(before.out.trimmed)', '\(after.out.trimmed)')")
            .split(separator: "\n").count == 2)
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Ocupada'") == "1")
    }

    @Test(.enabled(if: SmallDisk.available, "needs root to mount a small tmpfs"))
    func aFullDiskIsReportedWithExit74AndWhatWasSavedStays() throws {
        let disk = try SmallDisk(megabytes: 16)
        let db = try demo(in: disk.folder)
        let before = try intake(db, disk.folder, surname: "Antes")
        #expect(before.status == 0, "\(before.err)")
        let cases = try sqlite(db, "SELECT count(*) FROM cases")
        try disk.fill()
        let es = try intake(db, disk.folder, surname: "Llena")
        #expect(es.status == 74)
        #expect(es.err.contains("El disco está lleno: no se pudo guardar en \(db). Libere espacio; lo ya guardado está a salvo."), "\(es.err)")
        #expect(es.out.isEmpty)
        let en = try intake(db, disk.folder, surname: "Llena", lang: "en")
        #expect(en.status == 74)
        #expect(en.err.contains("The disk is full: could not save to \(db)."), "\(en.err)")
        disk.free()
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(db, "SELECT count(*) FROM cases") == cases)
        #expect(try sqlite(db, "SELECT count(*) FROM cases WHERE number = '\(before.out.trimmed)'") == "1")
        let after = try intake(db, disk.folder, surname: "Llena")
        #expect(after.status == 0, "\(after.err)")
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Llena'") == "1")
    }

    /// A file-size limit (ulimit -f, or a quota) reached in the middle of a write: before, the
    /// process died of SIGXFSZ ("File size limit exceeded", exit 153) with no word of its own.
    @Test func aFileSizeLimitReachedWhileWritingIsReportedWithExit74() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try demo(in: folder)
        let before = try intake(db, folder, surname: "Antes")
        #expect(before.status == 0, "\(before.err)")
        let cases = try sqlite(db, "SELECT count(*) FROM cases")
        // 32 KiB: room for the shared-memory index beside the file (its first 32 KiB), none
        // for the write-ahead log to grow into.
        func limited(_ lang: String) throws -> Spawn.Result {
            try Spawn.run(["prlimit", "--fsize=32768", TmuxSession.binary, "intake", "--db", db,
                           "--user", "jorge", "--lang", lang, "--given", "Rosa", "--surname1", "Limite",
                           "--birth", "1980-05-06"], environment: environment(folder))
        }
        let es = try limited("es")
        #expect(es.status == 74, "\(es.error)")
        #expect(es.error.contains("No se pudo escribir en \(db): se llegó a un límite de espacio (cuota o tamaño de archivo) o el disco falla."), "\(es.error)")
        let en = try limited("en")
        #expect(en.status == 74)
        #expect(en.error.contains("Could not write to \(db): a space limit (quota or file size) was reached"), "\(en.error)")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(db, "SELECT count(*) FROM cases") == cases)
        #expect(try sqlite(db, "SELECT count(*) FROM cases WHERE number = '\(before.out.trimmed)'") == "1")
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Limite'") == "0")
    }

    @Test(.enabled(if: getuid() == 0, "needs root to run the command as another account"))
    func aReadOnlyFileIsReportedWithExit74AndLeftAsItWas() throws {
        let folder = try tempFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try demo(in: folder)
        let before = try intake(db, folder, surname: "Antes")
        #expect(before.status == 0, "\(before.err)")
        // Root writes anyway: the command runs as `nobody`, who may read the file and its folder only.
        chmod(folder, 0o755)
        chmod(db, 0o644)
        func asNobody(_ lang: String) throws -> Spawn.Result {
            try Spawn.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", TmuxSession.binary, "intake",
                           "--db", db, "--user", "jorge", "--lang", lang, "--given", "Rosa", "--surname1", "Lectura",
                           "--birth", "1980-05-06"], environment: environment(folder))
        }
        let es = try asNobody("es")
        #expect(es.status == 74, "\(es.error)")
        #expect(es.error.contains("No se puede escribir en \(db) (solo lectura)."), "\(es.error)")
        let en = try asNobody("en")
        #expect(en.status == 74)
        #expect(en.error.contains("Cannot write to \(db) (read-only)."), "\(en.error)")
        #expect(try sqlite(db, "PRAGMA integrity_check") == "ok")
        #expect(try sqlite(db, "SELECT count(*) FROM cases WHERE number = '\(before.out.trimmed)'") == "1")
        #expect(try sqlite(db, "SELECT count(*) FROM people WHERE first_surname = 'Lectura'") == "0")
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// `enlace bench --event-terminals`: several processes registering people at one event at
/// once, as the terminals of a jornada, and the file checked after.
struct EventTerminalsCLITests {
    @Test func threeTerminalsRegisterAtOneEventWithoutLosingOrRepeatingACaseNumber() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-event-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
                   "PATH": "/usr/bin:/bin", "TMPDIR": folder]
        let r = try runEnlace(["bench", "--event-terminals", "3", "--intakes", "15", "--seed", "5", "--json"], environment: env)
        #expect(r.status == 0, "\(r.out)\n\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["intakes"] as? Int == 45)
        #expect(json["casesAtEvent"] as? Int == 45 && json["peopleAtEvent"] as? Int == 45)
        #expect(json["duplicateNumbers"] as? Int == 0 && json["missingCases"] as? Int == 0)
        #expect((json["integrity"] as? [String])?.isEmpty == true)
        #expect((json["intakesPerSecond"] as? Double ?? 0) > 0)
        let commit = try #require(json["commit"] as? [String: Any])
        #expect(commit["samples"] as? Int == 45)
    }
}
