import Foundation
import Testing

/// `enlace keys status|rotate|recover|init` on a demo database made by the binary, and the
/// file itself scanned for the demo's sensitive texts.
@Suite(.serialized) struct KeysCLITests {
    /// Texts the demo writes into sealed columns (case descriptions, referral details, results).
    static let demoSecrets = [
        "dolor de espalda persistente", "repatriar los restos", "Robo de salario", "Aviso de desalojo",
        "Consulta médica general.", "Se habló con la persona.",
    ]

    static func found(in path: String) -> (bytes: Int, found: [String]) {
        var bytes = Data()
        for file in [path, path + "-wal"] { bytes.append(FileManager.default.contents(atPath: file) ?? Data()) }
        return (bytes.count, demoSecrets.filter { bytes.range(of: Data($0.utf8)) != nil })
    }

    @Test func theDemoFileHoldsNoSensitiveTextInClear() throws {
        let demo = try DemoDatabase(folderPrefix: "enlace-keys-scan", people: 300)
        let scan = Self.found(in: demo.db)
        #expect(scan.bytes > 1_000_000)
        #expect(scan.found == [])
        // The same texts are there for a signed-in supervisor.
        let found = try runEnlace(["report", "cases", "--sensitive", "--format", "csv", "--db", demo.db, "--user", "maria"],
                                  environment: demo.env)
        #expect(found.status == 0, "\(found.err)")
        #expect(Self.demoSecrets.prefix(4).contains { found.out.contains($0) })
    }

    @Test func statusRotateAndWrongRecoveryWordsFromTheCommandLine() throws {
        let demo = try DemoDatabase(folderPrefix: "enlace-keys-cli", people: 120)
        func keys(_ arguments: [String], env: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
            try runEnlace(["keys"] + arguments + ["--db", demo.db], environment: env ?? demo.env)
        }
        let status = try keys(["status", "--user", "admin"])
        #expect(status.status == 0, "\(status.err)")
        #expect(status.out.contains("Datos delicados cifrados: sí"))
        #expect(status.out.contains("Llave 1: creada"))
        #expect(status.out.contains("Valores por cifrar o volver a cifrar: 0"))
        // Not an admin: refused.
        let refused = try keys(["status", "--user", "maria"])
        #expect(refused.status == 77)
        // An encrypted file is not encrypted again.
        let again = try keys(["init", "--user", "admin"])
        #expect(again.status == 69)
        #expect(again.err.contains("ya está cifrada"))
        // Rotation: a new key, every value sealed again, the old key retired.
        let rotated = try keys(["rotate", "--user", "admin", "--lang", "en"])
        #expect(rotated.status == 0, "\(rotated.err)")
        #expect(rotated.out.contains("Key 2 in use"))
        let after = try keys(["status", "--user", "admin", "--lang", "en"])
        #expect(after.out.contains("Key 1: made") && after.out.contains("retired"))
        #expect(after.out.contains("Key 2: made"))
        #expect(after.out.contains("Values still to seal or seal again: 0"))
        // The desk still reads every case after the rotation.
        let report = try runEnlace(["report", "cases", "--sensitive", "--format", "csv", "--db", demo.db, "--user", "maria"],
                                   environment: demo.env)
        #expect(report.status == 0, "\(report.err)")
        #expect(Self.demoSecrets.prefix(4).contains { report.out.contains($0) })
        #expect(Self.found(in: demo.db).found == [])
        // Recovery words that are not this database's, or mistyped: one line each, exit 77.
        var env = demo.env
        env["ENLACE_RECOVERY_WORDS"] = "abeja alce"
        let short = try keys(["recover", "admin"], env: env)
        #expect(short.status == 77)
        #expect(short.err.contains("La llave de recuperación tiene 17 palabras; se escribieron 2"))
        env["ENLACE_RECOVERY_WORDS"] = Array(repeating: "abeja", count: 17).joined(separator: " ")
        let wrong = try keys(["recover", "admin", "--lang", "en"], env: env)
        #expect(wrong.status == 77)
        #expect(wrong.err.contains("check word") || wrong.err.contains("not this database's"), "\(wrong.err)")
        // The admin still signs in with the old password: nothing was changed.
        #expect(try keys(["status", "--user", "admin"]).status == 0)
        // `enlace keys` alone still prints the keyboard keys.
        #expect(try runEnlace(["keys"], environment: demo.env).out.hasPrefix("# Teclas de Enlace"))
    }
}
