import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `enlace backup` and `enlace restore` as an admin runs them: the built binary on real files.
@Suite(.serialized)
struct BackupCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-backupcli", people: 30) }

        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

        func run(_ arguments: [String], user: String? = "admin", lang: String = "es",
                 extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
            try runEnlace(arguments + ["--db", db, "--lang", lang] + (user.map { ["--user", $0] } ?? []),
                          environment: env.merging(extra) { $1 })
        }

        func restore(_ backup: String, onto target: String, lang: String = "es",
                     extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
            try runEnlace(["restore", backup, "--db", target, "--lang", lang], environment: env.merging(extra) { $1 })
        }
    }

    @Test func aBackupTakenWhileFourProcessesWriteIsRestoredWithEveryWriteReportedBeforeIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-backupload-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let env = ["LANG": "C.UTF-8", "HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder,
                   "PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no"]
        let r = try runEnlace(["bench", "--backup-under-writes", "--seed", "11", "--json"], environment: env)
        #expect(r.status == 0, "\(r.out)\n\(r.err)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        #expect(json["writers"] as? Int == 4)
        // The writers were writing before the backup began and after it ended.
        #expect((json["writesBefore"] as? Int ?? 0) >= 4)
        #expect((json["writesAfter"] as? Int ?? 0) >= 4)
        #expect(json["errors"] as? Int == 0, "\(json["problems"] ?? "")")
        #expect((json["backupBytes"] as? Int ?? 0) > 100_000)
        #expect(json["restoreInUseRefused"] as? Bool == true)
        #expect(json["restoreStatus"] as? Int == 0)
        #expect(json["restoredIntegrity"] as? String == "ok")
        // Every write a process reported before the backup began is in the restored file.
        #expect(json["lostBefore"] as? Int == 0, "\(json["problems"] ?? "")")
        #expect(json["passed"] as? Bool == true)
    }

    @Test func anEncryptedBackupRoundTripsAndAWrongPassphraseChangesNothing() throws {
        let d = try Demo()
        let phraseFile = d.file("frase.txt")
        try Data("frase-larga-de-prueba\n".utf8).write(to: URL(fileURLWithPath: phraseFile))
        let sealed = d.file("copias/respaldo.sqlite.sealed")
        let taken = try d.run(["backup", "--encrypt", "--passphrase-file", phraseFile, "--to", sealed])
        #expect(taken.status == 0, "\(taken.err)")
        #expect(taken.out.hasPrefix("Respaldo guardado: \(sealed) ("))
        #expect(taken.out.contains("Revisado: integrity_check correcto y "))
        #expect(taken.out.contains("Cifrado (AES-GCM)"))
        #expect(try sqlite(d.db, "SELECT encrypted, path FROM backups") == "1|\(sealed)")

        let target = d.file("otra-maquina/enlace.sqlite")
        let wrong = try d.restore(sealed, onto: target, extra: ["ENLACE_BACKUP_PASSPHRASE": "no-es-esta-frase"])
        #expect(wrong.status == 77)
        #expect(wrong.err == "La frase de contraseña no abre el respaldo \(sealed); no se restauró nada.\n")
        let wrongEn = try d.restore(sealed, onto: target, lang: "en", extra: ["ENLACE_BACKUP_PASSPHRASE": "no-es-esta-frase"])
        #expect(wrongEn.err == "The passphrase does not open the backup \(sealed); nothing was restored.\n")
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.file("otra-maquina")).isEmpty)
        // No passphrase and no terminal: one line saying where it can come from.
        let none = try d.restore(sealed, onto: target)
        #expect(none.status == 65 && none.err.contains("ENLACE_BACKUP_PASSPHRASE o --passphrase-file"))

        let restored = try d.restore(sealed, onto: target, lang: "en", extra: ["ENLACE_BACKUP_PASSPHRASE": "frase-larga-de-prueba"])
        #expect(restored.status == 0, "\(restored.err)")
        #expect(restored.out.hasPrefix("Restored \(sealed) to \(target): integrity_check ok, "))
        #expect(restored.out.contains("There was no database there; nothing was set aside."))
        #expect(try sqlite(target, "SELECT count(*) FROM people") == (try sqlite(d.db, "SELECT count(*) FROM people")))
        #expect(try sqlite(target, "SELECT count(*) FROM audit_log WHERE action = 'restore'") == "1")

        // Onto the demo database itself (nobody has it open): kept aside, then replaced.
        let plain = try d.run(["backup", "--to", d.file("plano.sqlite")])
        #expect(plain.status == 0, "\(plain.err)")
        #expect(try sqlite(d.db, "SELECT count(*) FROM backups") == "2")
        let back = try d.restore(d.file("plano.sqlite"), onto: d.db)
        #expect(back.status == 0, "\(back.err)")
        let aside = try #require(back.out.firstMatch(of: /quedó en (\S+) \(no se borró\)/).map { String($0.1) })
        #expect(try sqlite(aside, "SELECT count(*) FROM backups") == "2")
        // The copy was taken before its own row was written.
        #expect(try sqlite(d.db, "SELECT count(*) FROM backups") == "1")
    }

    @Test func refusalsGetOneClearLineInBothLanguagesAndChangeNothing() throws {
        let d = try Demo()
        let good = d.file("bueno.sqlite")
        #expect(try d.run(["backup", "--to", good]).status == 0)
        let peopleBefore = try sqlite(d.db, "SELECT count(*) FROM people")

        // Only an admin takes backups.
        let maria = try d.run(["backup"], user: "maria")
        #expect(maria.status == 77 && maria.err.contains("hacer respaldos"))

        // A read-only folder.
        let locked = d.file("solo-lectura")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        #expect(chmod(locked, 0o500) == 0)
        defer { chmod(locked, 0o700) }
        let ro = try d.run(["backup", "--to", locked])
        #expect(ro.status == 74)
        #expect(ro.err == "No se puede escribir en la carpeta \(locked) (solo lectura o sin permiso). Elija otra carpeta; no se cambió nada.\n")
        let roEn = try d.run(["backup", "--to", locked + "/x.sqlite"], lang: "en")
        #expect(roEn.err == "Cannot write into the folder \(locked) (read-only or not allowed). Choose another folder; nothing was changed.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked).isEmpty)

        // A damaged backup: bytes flipped inside it (its checksum file says so).
        var data = try #require(FileManager.default.contents(atPath: good))
        for offset in stride(from: 8192 + 300, to: data.count, by: 4096) { data[offset] ^= 0x5A }
        let bad = d.file("danado.sqlite")
        try data.write(to: URL(fileURLWithPath: bad))
        try FileManager.default.copyItem(atPath: good + ".sha256", toPath: bad + ".sha256")
        let corrupt = try d.restore(bad, onto: d.db)
        #expect(corrupt.status == 74)
        #expect(corrupt.err == "El respaldo \(bad) está dañado (no pasó la revisión); no se restauró nada.\n")
        let corruptEn = try d.restore(bad, onto: d.db, lang: "en")
        #expect(corruptEn.err == "The backup \(bad) is damaged (it failed the check); nothing was restored.\n")

        // From a newer Enlace.
        let newer = d.file("nuevo.sqlite")
        #expect(try d.run(["backup", "--to", newer]).status == 0)
        _ = try sqlite(newer, "INSERT INTO grdb_migrations (identifier) VALUES ('v99-futuro')")
        unlink(newer + ".sha256")
        let future = try d.restore(newer, onto: d.db)
        #expect(future.status == 74)
        #expect(future.err.hasPrefix("El respaldo \(newer) es de una versión más nueva de Enlace (v99-futuro; esta versión llega a "))
        let futureEn = try d.restore(newer, onto: d.db, lang: "en")
        #expect(futureEn.err.contains("comes from a newer Enlace (v99-futuro; this version knows up to "))

        // The database open in another program (the sqlite3 shell holding its write lock).
        do {
            let lock = try WriteLock(database: d.db)
            let busy = try d.restore(good, onto: d.db)
            #expect(busy.status == 75)
            #expect(busy.err == "La base de datos \(d.db) está abierta en otro programa. Cierre Enlace en todas las terminales y vuelva a intentar; no se cambió nada.\n")
            let busyEn = try d.restore(good, onto: d.db, lang: "en")
            #expect(busyEn.err.contains("is open in another program. Close Enlace in every terminal and try again"))
            lock.release()
        }

        // Nothing was set aside or replaced by any of these.
        let names = try FileManager.default.contentsOfDirectory(atPath: d.folder.path)
        #expect(!names.contains { $0.contains("before-restore") || $0.hasSuffix(".tmp") })
        let peopleAfter = try sqlite(d.db, "SELECT count(*) FROM people")
        #expect(peopleAfter == peopleBefore)
        let backups = try sqlite(d.db, "SELECT path FROM backups")
        #expect(backups == "\(good)\n\(newer)")
    }
}
