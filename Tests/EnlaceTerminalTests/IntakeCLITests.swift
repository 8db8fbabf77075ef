import Foundation
import Testing

/// `enlace intake`, `enlace case ...` and `enlace audit` run as a person would run them: the
/// built binary against a demo database in a temporary folder, signed in with ENLACE_PASSWORD.
@Suite struct IntakeCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-intake", people: 20) }

        func run(_ user: String, _ arguments: [String], lang: String = "es", stdin: String? = nil) throws
            -> (status: Int32, out: String, err: String) {
            try runEnlace(arguments + ["--db", db, "--user", user, "--lang", lang], environment: env, stdin: stdin)
        }
    }

    static func isCaseNumber(_ text: String) -> Bool {
        text.wholeMatch(of: /[0-9]{4}-[0-9]{6}/) != nil
    }

    @Test func intakePrintsTheNewCaseNumberAndTheCaseShowsIt() throws {
        let d = try Demo()
        let r = try d.run("pedro", ["intake", "--given", "José María", "--surname1", "Muñoz", "--surname2", "Pérez",
                                    "--phone", "+52 55 1234 5678", "--phone", "(312) 555-0123",
                                    "--birth", "1985-03-12", "--origin-state", "Jalisco",
                                    "--area", "legal", "--priority", "urgent", "--description", "Asesoría migratoria"])
        #expect(r.status == 0, "\(r.err)")
        let number = r.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Self.isCaseNumber(number), "\(r.out)")
        let show = try d.run("pedro", ["case", "show", number])
        #expect(show.status == 0, "\(show.err)")
        #expect(show.out.contains("Caso: \(number)  Muñoz Pérez, José María"))
        #expect(show.out.contains("Estado: Nuevo"))
        #expect(show.out.contains("Prioridad: Urgente"))
        #expect(show.out.contains("Responsable: sin asignar"))
        #expect(show.out.contains("Caso abierto"))
        let en = try d.run("maria", ["case", "show", number], lang: "en")
        #expect(en.out.contains("Status: New") && en.out.contains("Timeline (newest first)"))
    }

    @Test func validationErrorsArePrintedPerFieldInThePersonsLanguageWithExit65() throws {
        let d = try Demo()
        let args = ["intake", "--given", String(repeating: "x", count: 10_000), "--curp", "GOMA850312MJCRRN09",
                    "--phone", "312-555-CASA", "--birth", "31/02/1990"]
        let es = try d.run("pedro", args)
        #expect(es.status == 65)
        #expect(es.out.isEmpty)
        let esLines = es.err.split(separator: "\n").map(String.init)
        #expect(esLines.contains { $0.hasPrefix("Nombre(s): ") && $0.contains("10000") })
        #expect(esLines.contains { $0.hasPrefix("Primer apellido: ") })
        #expect(esLines.contains { $0.hasPrefix("Teléfono 1: ") })
        #expect(esLines.contains { $0.hasPrefix("Fecha de nacimiento: ") })
        #expect(esLines.contains { $0.hasPrefix("CURP (clave única): ") })
        let en = try d.run("pedro", args, lang: "en")
        #expect(en.status == 65)
        let enLines = en.err.split(separator: "\n").map(String.init)
        #expect(enLines.count == esLines.count)
        #expect(enLines.contains { $0.hasPrefix("Phone 1: ") && $0.contains("letters") })
        #expect(enLines.contains { $0.hasPrefix("Date of birth: ") })
        #expect(!en.err.contains("Fatal error"))
    }

    @Test func caseWorkflowFromTheCommandLineWithPermissionAndConflictExits() throws {
        let d = try Demo()
        let number = try d.run("pedro", ["intake", "--given", "Ana", "--surname1", "López"]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Self.isCaseNumber(number))
        // A caseworker takes it; the other caseworker may no longer read it.
        let take = try d.run("jorge", ["case", "take", number])
        #expect(take.status == 0, "\(take.err)")
        #expect(take.out.contains("Activo") && take.out.contains("versión 2"))
        let other = try d.run("lucia", ["case", "show", number])
        #expect(other.status == 77)
        #expect(other.err.contains("No permitido"))
        // The version read before the take is stale now.
        let stale = try d.run("jorge", ["case", "wait", number, "--on", "client", "--version", "1"])
        #expect(stale.status == 75)
        #expect(stale.err.contains("Otra persona cambió"))
        // Multi-line note from standard input.
        let note = try d.run("jorge", ["case", "note", number, "--body", "-"], stdin: "Llamó la hija.\nTraerá el acta.\n")
        #expect(note.status == 0, "\(note.err)")
        // A volunteer may not approve; the caseworker asks, the supervisor approves.
        let request = try d.run("jorge", ["case", "request-closure", number, "--outcome", "resolved", "--summary", "Cita obtenida"])
        #expect(request.status == 0, "\(request.err)")
        let jorgeApproves = try d.run("jorge", ["case", "approve", number])
        #expect(jorgeApproves.status == 77)
        let approve = try d.run("maria", ["case", "approve", number])
        #expect(approve.status == 0, "\(approve.err)")
        #expect(approve.out.contains("Cerrado"))
        let reopen = try d.run("maria", ["case", "reopen", number, "--reason", "Volvió a llamar"])
        #expect(reopen.status == 0, "\(reopen.err)")
        let show = try d.run("maria", ["case", "show", number])
        #expect(show.out.contains("Llamó la hija.\n    Traerá el acta."))
        #expect(show.out.contains("Volvió a llamar"))
        // The audit trail, tab-separated, newest first.
        let audit = try d.run("maria", ["audit", "--case", number, "--limit", "50"])
        #expect(audit.status == 0, "\(audit.err)")
        let rows = audit.out.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.allSatisfy { $0.count == 10 })
        let actions = rows.map { String($0[5]) }.filter { $0 != "viewed" }
        #expect(actions == ["reopen", "approveClosure", "requestClosure", "addNote", "take", "open"])
        #expect(try d.run("jorge", ["audit"]).status == 77)
        #expect(try d.run("maria", ["case", "show", "2099-999999"]).status == 66)
    }

    @Test func twoProcessesTakingIntakesAtOnceGetDistinctNumbers() throws {
        let d = try Demo()
        final class Collected: @unchecked Sendable {
            let lock = NSLock()
            var numbers: [String] = []
        }
        let collected = Collected()
        DispatchQueue.concurrentPerform(iterations: 6) { i in
            let r = try? d.run(i % 2 == 0 ? "pedro" : "jorge", ["intake", "--given", "P\(i)", "--surname1", "Ruiz"])
            if let r, r.status == 0 {
                collected.lock.lock()
                collected.numbers.append(r.out.trimmingCharacters(in: .whitespacesAndNewlines))
                collected.lock.unlock()
            }
        }
        let all = collected.numbers
        #expect(all.count == 6)
        #expect(Set(all).count == 6)
        #expect(all.allSatisfy(Self.isCaseNumber))
    }
}
