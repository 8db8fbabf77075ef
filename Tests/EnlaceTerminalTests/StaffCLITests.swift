import Foundation
import Testing

/// `enlace user` run as an organization would: the built binary against a demo database.
@Suite struct StaffCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-staff", people: 10) }

        func run(_ user: String, _ arguments: [String], lang: String = "es", env extra: [String: String] = [:]) throws
            -> (status: Int32, out: String, err: String) {
            try runEnlace(arguments + ["--db", db, "--user", user, "--lang", lang], environment: env.merging(extra) { $1 })
        }
    }

    /// The temporary password printed by `user add` / `user reset-password`.
    static func temporary(in out: String) -> String? {
        out.split(separator: "\n").compactMap { line -> String? in
            for prefix in ["Contraseña temporal: ", "Temporary password: "] where line.hasPrefix(prefix) {
                return String(line.dropFirst(prefix.count))
            }
            return nil
        }.first
    }

    @Test func anAdminAddsACaseworkerWhoMustChooseAPassword() throws {
        let d = try Demo()
        let added = try d.run("admin", ["user", "add", "rosa.m", "--name", "Rosa Méndez", "--role", "caseworker"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("Cuenta creada: rosa.m (Rosa Méndez), trabajador social."))
        let temporary = try #require(Self.temporary(in: added.out))
        #expect(temporary.split(separator: "-").count == 4)

        // Signed in by a script with the temporary password: refused until it is changed.
        let scripted = try runEnlace(["queue", "mine", "--db", d.db, "--user", "rosa.m", "--lang", "en"],
                                     environment: d.env.merging(["ENLACE_PASSWORD": temporary]) { $1 })
        #expect(scripted.status == 77)
        #expect(scripted.err.contains("The password of rosa.m is temporary"))
        // A weak new one is refused with the rule; a good one is taken.
        let weak = try runEnlace(["user", "password", "--db", d.db, "--user", "rosa.m", "--lang", "en"],
                                 environment: d.env.merging(["ENLACE_PASSWORD": temporary, "ENLACE_NEW_PASSWORD": "password123"]) { $1 })
        #expect(weak.status == 65, "\(weak.err)")
        #expect(weak.err.contains("one of the most common"))
        let changed = try runEnlace(["user", "password", "--db", d.db, "--user", "rosa.m", "--lang", "en"],
                                    environment: d.env.merging(["ENLACE_PASSWORD": temporary,
                                                                "ENLACE_NEW_PASSWORD": "mi casa junto al río"]) { $1 })
        #expect(changed.status == 0, "\(changed.err)")
        #expect(changed.out.contains("Password changed."))
        let queue = try runEnlace(["queue", "mine", "--db", d.db, "--user", "rosa.m"],
                                  environment: d.env.merging(["ENLACE_PASSWORD": "mi casa junto al río"]) { $1 })
        #expect(queue.status == 0, "\(queue.err)")

        let list = try d.run("admin", ["user", "list"], lang: "en")
        #expect(list.status == 0)
        let rosa = try #require(list.out.split(separator: "\n").first { $0.hasPrefix("rosa.m\t") })
        #expect(rosa.split(separator: "\t").map(String.init).prefix(4) == ["rosa.m", "Rosa Méndez", "caseworker", "active"])
    }

    @Test func rolesResetDeactivateAndTheirRefusals() throws {
        let d = try Demo()
        let roles = try d.run("admin", ["user", "role", "maria", "--role", "supervisor", "--role", "admin"], lang: "en")
        #expect(roles.status == 0, "\(roles.err)")
        #expect(roles.out.contains("Roles of maria: supervisor · admin."))
        // maria, now also an admin, manages staff; jorge (caseworker) may not.
        #expect(try d.run("maria", ["user", "list"]).status == 0)
        let refused = try d.run("jorge", ["user", "list"], lang: "en")
        #expect(refused.status == 77)

        let reset = try d.run("admin", ["user", "reset-password", "jorge"], lang: "en")
        #expect(reset.status == 0, "\(reset.err)")
        #expect(reset.out.contains("Password of jorge reset; the old one no longer works."))
        #expect(try d.run("jorge", ["queue", "mine"]).status == 77, "the old password stopped working")

        #expect(try d.run("pedro", ["find", "garcia"]).status == 0)
        #expect(try d.run("admin", ["user", "deactivate", "pedro"]).status == 0)
        #expect(try d.run("pedro", ["find", "garcia"]).status == 77)
        let again = try d.run("admin", ["user", "deactivate", "pedro"], lang: "en")
        #expect(again.status == 65 && again.err.contains("already deactivated"))
        #expect(try d.run("admin", ["user", "activate", "pedro"]).status == 0)

        let dup = try d.run("admin", ["user", "add", "JORGE", "--name", "Otro", "--role", "volunteer"], lang: "en")
        #expect(dup.status == 65, "\(dup.err)")
        let badRole = try d.run("admin", ["user", "add", "nuevo", "--name", "Nuevo", "--role", "jefa"], lang: "en")
        #expect(badRole.status == 64 && badRole.err.contains("Unknown role"))
        let last = try d.run("admin", ["user", "role", "admin", "--role", "caseworker"], lang: "en")
        #expect(last.status == 0, "maria is an admin too now: \(last.err)")
        let lastAdmin = try d.run("maria", ["user", "role", "maria", "--role", "supervisor"], lang: "en")
        #expect(lastAdmin.status == 65 && lastAdmin.err.contains("At least one active admin must remain"))
    }
}

/// `enlace person show|edit|export` against a demo database.
@Suite struct PersonCLITests {
    @Test func aSupervisorCorrectsAPersonAndExportsTheirFile() throws {
        let d = try StaffCLITests.Demo()
        let shown = try d.run("maria", ["person", "show", "1"])
        #expect(shown.status == 0, "\(shown.err)")
        let version = try #require(shown.out.split(separator: "\n").first { $0.hasPrefix("version\t") }.map { String($0.dropFirst(8)) })
        let edit = try d.run("maria", ["person", "edit", "1", "--if-version", version, "--city", "Cicero", "--phone", "(773) 555-0142"],
                             lang: "en")
        #expect(edit.status == 0, "\(edit.err)")
        #expect(edit.out.contains("Record corrected: phones, city."))
        #expect(edit.out.contains("city\tCicero"))
        let stale = try d.run("maria", ["person", "edit", "1", "--if-version", version, "--city", "Berwyn"])
        #expect(stale.status == 75)
        let bad = try d.run("maria", ["person", "edit", "1", "--if-version", String(Int(version)! + 1), "--birth", "31/02/1985"])
        #expect(bad.status == 65, "\(bad.err)")

        let path = d.folder.appendingPathComponent("persona-1.txt").path
        let export = try d.run("maria", ["person", "export", "1", "--to", path])
        #expect(export.status == 0, "\(export.err)")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Sus datos / Your record"))
        #expect(text.contains("Cicero"))
        #expect(text.contains("+17735550142"))
        #expect(text.contains("Quién vio o cambió su registro, y cuándo / Who viewed or changed your record, and when"))
        let json = try d.run("maria", ["person", "export", "1", "--format", "json"])
        #expect(json.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
        #expect(decoded?["personId"] as? Int == 1)
        let refused = try d.run("jorge", ["person", "export", "1"])
        #expect(refused.status == 77)
        let nowhere = try d.run("maria", ["person", "export", "1", "--to", "/proc/enlace-no/persona.txt"], lang: "en")
        #expect(nowhere.status == 73 && nowhere.err.contains("Nothing was written"), "\(nowhere.err)")
    }
}
