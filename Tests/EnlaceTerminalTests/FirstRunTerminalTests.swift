import Foundation
import Testing

/// `enlace` on a new database and on an existing one, in a real terminal; and the one-line
/// errors for database files that cannot be used.
@Suite(.serialized)
struct FirstRunTerminalTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enlace-first-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func firstRunCreatesTheDatabaseAndAsksForTheAdminAccount() throws {
        let dir = try folder()
        let db = dir.appendingPathComponent("nueva.sqlite").path
        // The first admin account is created on the full screen: Enter moves to the next
        // empty field; passwords that differ are asked again.
        let t = try TmuxSession(arguments: "--db \(db) --create")
        let first = try t.waitFor(text: "Cree la primera cuenta de administración")
        #expect(first.contains("Primera cuenta de administración"))
        #expect(first.contains("Repita la contraseña:"))
        try t.type("ana")
        try t.press("Enter")
        try t.type("Ana Martínez Núñez")
        try t.press("Enter")
        try t.type("una-clave-segura-2026")
        try t.press("Enter")
        try t.type("otra-clave-distinta")
        try t.press("Enter")
        let differ = try t.waitFor(text: "Las contraseñas no coinciden")
        #expect(differ.contains("Ana Martínez Núñez"))
        try t.type("una-clave-segura-2026")
        try t.press("Tab")
        // The password is not echoed.
        try t.submitMasked("una-clave-segura-2026")
        // The database's keyring was made with the account: the recovery words, once.
        let words = try t.waitFor(text: "Llave de recuperación")
        #expect(words.contains("17 ") && words.contains("Enlace no las volverá a mostrar"))
        try t.press("Enter")
        let screen = try t.waitFor(text: "Ana Martínez Núñez (administrador)")
        #expect(screen.contains("administración no muestra casos"))
        #expect((try? FileManager.default.attributesOfItem(atPath: db)[.posixPermissions] as? Int) == 0o600)
        try t.press("C-q")
        #expect(try t.waitForExit() == 0)

        // The next start shows the sign-in screen, full screen: a wrong password says so and
        // keeps the user name; the right one opens the same account.
        let again = try TmuxSession(arguments: "--db \(db)")
        try again.waitFor(text: "Iniciar sesión")
        try again.signInRefused(user: "ana", wrong: "no-es-esta")
        try again.type("una-clave-segura-2026")
        try again.press("Enter")
        try again.waitFor(text: "Ana Martínez Núñez (administrador)")
        try again.press("F10")
        #expect(try again.waitForExit() == 0)
    }

    private func env(_ dir: URL) -> [String: String] {
        ["LANG": "C.UTF-8", "HOME": dir.path, "XDG_DATA_HOME": dir.path, "XDG_CONFIG_HOME": dir.path, "TERM": "xterm"]
    }

    @Test func missingDatabaseNamedWithDbIsOneClearLine() throws {
        let dir = try folder()
        let r = try runEnlace(["--db", dir.appendingPathComponent("no-existe.sqlite").path], environment: env(dir))
        #expect(r.status != 0)
        let lines = r.err.split(separator: "\n")
        #expect(lines.count == 1, "\(r.err)")
        #expect(r.err.contains("no-existe.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("no-existe.sqlite").path))
    }

    @Test func corruptDatabaseIsOneClearLineAndUntouched() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("roto.sqlite").path
        let junk = "esto no es una base de datos\n" + String(repeating: "x", count: 5000)
        try junk.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try runEnlace(["--db", path, "--lang", "en"], environment: env(dir))
        #expect(r.status != 0)
        #expect(r.err.split(separator: "\n").count == 1, "\(r.err)")
        #expect(r.err.contains("roto.sqlite"))
        #expect(!r.err.contains("Fatal error"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == junk)
    }

    @Test func versionAndHelp() throws {
        let dir = try folder()
        let version = try runEnlace(["--version"], environment: env(dir))
        #expect(version.status == 0)
        #expect(version.out.trimmingCharacters(in: .whitespacesAndNewlines).range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil)
        for sub in [["demo"], ["keys", "list"], ["keys", "status"], ["workflow"], ["intake"], ["bench"], ["seed"]] {
            let help = try runEnlace(sub + ["--help"], environment: env(dir))
            #expect(help.status == 0, "\(sub)")
            #expect(help.out.contains("--db"), "\(sub) --help lacks --db")
        }
    }

    @Test func keysPrintsMarkdownInBothLanguages() throws {
        let dir = try folder()
        let es = try runEnlace(["keys"], environment: env(dir))
        #expect(es.out.hasPrefix("# Teclas de Enlace"))
        #expect(es.out.contains("| Salir | `F10` `Ctrl-Q` |"))
        let en = try runEnlace(["keys", "--lang", "en"], environment: env(dir))
        #expect(en.out.contains("| Quit | `F10` `Ctrl-Q` |"))
    }
}
