import Foundation
import Testing

/// `enlace referral|followup|queue` run as a person would, against a demo database.
@Suite(.serialized) struct ReferralCLITests {
    final class Demo: DemoDatabase, @unchecked Sendable {
        init() throws { try super.init(folderPrefix: "enlace-cli", people: 80, extraEnvironment: [:]) }

        func run(_ arguments: [String], user: String? = "jorge", env extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
            var arguments = arguments + ["--db", db]
            if let user { arguments += ["--user", user] }
            return try runEnlace(arguments, environment: env.merging(extra) { $1 })
        }

        /// The id in "Canalización 12: ..." / "Seguimiento 7: ...".
        static func id(_ out: String) -> String? {
            out.split(separator: " ").dropFirst().first.map { String($0.dropLast()) }
        }
    }

    @Test func referralLifeCycleFromTheCommandLine() throws {
        let demo = try Demo()
        let mine = try demo.run(["queue", "mine", "--limit", "3"])
        #expect(mine.status == 0, "\(mine.err)")
        let first = try #require(mine.out.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false))
        #expect(first.count == 9)
        let caseNumber = String(first[1])
        #expect(caseNumber.wholeMatch(of: /\d{4}-\d{6}/) != nil)

        // Partner 1 is the Chicago consulate, shipped in every database.
        let created = try demo.run(["referral", "create", "--case", caseNumber, "--kind", "consularOrientation",
                                    "--partner", "1", "--reason", "Tramitar matrícula", "--procedure", "matricula",
                                    "--consent"])
        #expect(created.status == 0, "\(created.err)")
        #expect(created.out.contains("Borrador (versión 1)"))
        let id = try #require(Demo.id(created.out))

        let sent = try demo.run(["referral", "send", id])
        #expect(sent.status == 0 && sent.out.contains("Enviada (versión 2)"), "\(sent.err)")
        // A stale version is a conflict (75) and changes nothing.
        let stale = try demo.run(["referral", "accept", id, "--if-version", "1"])
        #expect(stale.status == 75)
        #expect(stale.err.contains("Otra persona cambió este registro"))
        // Someone else's role: permission (77).
        let volunteer = try demo.run(["referral", "cancel", id, "--reason", "x"], user: "pedro")
        #expect(volunteer.status == 77)
        #expect(try demo.run(["referral", "accept", id]).status == 0)
        // A date that is not one: validation (65).
        let badDate = try demo.run(["referral", "schedule", id, "--at", "mañana"])
        #expect(badDate.status == 65 && badDate.err.contains("--at"))
        let scheduled = try demo.run(["referral", "schedule", id, "--at", "2030-01-15 10:00", "--place", "Ventanilla 3"])
        #expect(scheduled.status == 0 && scheduled.out.contains("Con cita"), "\(scheduled.err)")

        let show = try demo.run(["referral", "show", id, "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.out.contains("status\tscheduled"))
        #expect(show.out.contains("place\tVentanilla 3"))
        #expect(show.out.contains("action\tcomplete ok"))

        let slip = try demo.run(["referral", "slip", id])
        #expect(slip.status == 0)
        for text in ["HOJA DE CANALIZACIÓN", "REFERRAL SLIP", "Consulado General de México en Chicago",
                     "204 S Ashland Ave", "Ventanilla 3", "Acta de nacimiento mexicana", caseNumber] {
            #expect(slip.out.contains(text), "slip lacks \(text)")
        }

        // No-show creates a follow-up for the caseworker, listed on the case and in the queue.
        #expect(try demo.run(["referral", "no-show", id]).out.contains("No se presentó"))
        let list = try demo.run(["followup", "list", "--case", caseNumber])
        let line = try #require(list.out.split(separator: "\n").last { $0.contains("llamar para saber qué pasó") })
        let followUpId = String(line.split(separator: "\t")[0])
        let queue = try demo.run(["queue", "followups", "--scope", "mine", "--range", "upcoming", "--limit", "500"])
        #expect(queue.out.split(separator: "\n").contains { $0.hasPrefix(followUpId + "\t") })
        let missed = try demo.run(["followup", "missed", followUpId, "--reschedule", "2031-02-03 11:00"])
        #expect(missed.status == 0, "\(missed.err)")
        #expect(missed.out.contains("Siguiente seguimiento") && missed.out.contains("2031-02-03 11:00"))
        let noDate = try demo.run(["followup", "missed", followUpId])
        #expect(noDate.status == 65)
    }

    @Test func refusalsAndQueuesHaveTheirExitCodes() throws {
        let demo = try Demo()
        let unassigned = try demo.run(["queue", "unassigned", "--limit", "2"])
        #expect(unassigned.status == 0, "\(unassigned.err)")
        let row = try #require(unassigned.out.split(separator: "\n").first?.split(separator: "\t", omittingEmptySubsequences: false))
        // Next page after the last key continues without repeating.
        let next = try demo.run(["queue", "unassigned", "--limit", "2", "--after", String(unassigned.out.split(separator: "\n").last!.split(separator: "\t").last!)])
        #expect(next.status == 0)
        #expect(!next.out.contains(String(row[1]) + "\t"))

        // Without consent, send is refused by the workflow: validation (65), with the reason.
        let created = try demo.run(["referral", "create", "--case", String(row[0]), "--kind", "telemedicine",
                                    "--reason", "Dolor", "--symptoms", "Dolor de espalda",
                                    "--preferred-language", "spanish", "--modality", "phone"])
        #expect(created.status == 0, "\(created.err)")
        let id = try #require(Demo.id(created.out))
        let send = try demo.run(["referral", "send", id, "--lang", "en"])
        #expect(send.status == 65)
        #expect(send.err.contains("consent"))

        #expect(try demo.run(["queue", "closures"]).status == 77)
        let closures = try demo.run(["queue", "closures", "--limit", "5"], user: "maria")
        #expect(closures.status == 0)
        #expect(closures.out.split(separator: "\n").count <= 5)
        let awaiting = try demo.run(["queue", "awaiting", "--limit", "4"], user: "maria")
        #expect(awaiting.status == 0)
        let lines = awaiting.out.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count <= 4)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 9 })
        #expect(try demo.run(["queue", "mine"], user: "admin").status == 77)
        let wrong = try demo.run(["queue", "mine"], env: ["ENLACE_PASSWORD": "not-the-password"])
        #expect(wrong.status == 77)
    }
}
