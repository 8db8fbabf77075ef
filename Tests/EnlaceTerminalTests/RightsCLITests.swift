import Foundation
import Testing

/// `enlace person request|oppose|hold|erase` and `enlace retention`, run as a supervisor would
/// run them: the built binary against a demo database.
@Suite struct RightsCLITests {
    @Test func aSupervisorRecordsHoldsAndErasesAndBadInputIsOneLine() throws {
        let d = try IntakeCLITests.Demo()
        let added = try d.run("maria", ["person", "request", "add", "7", "--kind", "cancellation", "--channel", "letter",
                                        "--asked", "Que borren todo"], lang: "en")
        #expect(added.status == 0, "\(added.err)")
        let id = try #require(added.out.split(separator: "#").dropFirst().first?.split(separator: " ").first.map(String.init))
        #expect(added.out.contains("recorded; due on"))
        let listed = try d.run("maria", ["person", "request", "list", "--pending"], lang: "en")
        #expect(listed.status == 0 && listed.out.contains("\(id)\t7\tCancellation\t"), "\(listed.out)")

        let badKind = try d.run("maria", ["person", "request", "add", "7", "--kind", "borrar", "--channel", "letter", "--asked", "x"], lang: "en")
        #expect(badKind.status == 64 && badKind.err == "Invalid --kind: “borrar”. Use access, rectification, cancellation, opposition.\n",
                "\(badKind.err)")
        let badChannel = try d.run("maria", ["person", "oppose", "7", "--no-contact", "paloma"], lang: "en")
        #expect(badChannel.status == 64 && badChannel.err.contains("“paloma”"))
        let opposed = try d.run("maria", ["person", "oppose", "7", "--no-share", "yes", "--no-contact", "whatsapp,phone"], lang: "en")
        #expect(opposed.status == 0 && opposed.out.contains("do not share with partners: yes; do not contact by: Call, WhatsApp"),
                "\(opposed.out)")

        let held = try d.run("maria", ["person", "hold", "7", "--reason", "Juicio 12/2026"], lang: "en")
        #expect(held.status == 0, "\(held.err)")
        let refused = try d.run("maria", ["person", "erase", "7", "--request", id], lang: "en")
        #expect(refused.status == 65 && refused.err.contains("legal hold (Juicio 12/2026)"), "\(refused.err)")
        let caseworker = try d.run("jorge", ["person", "erase", "7", "--request", id], lang: "en")
        #expect(caseworker.status == 77)
        _ = try d.run("maria", ["person", "hold", "7", "--clear"], lang: "en")
        let erased = try d.run("maria", ["person", "erase", "7", "--request", id], lang: "en")
        #expect(erased.status == 0 && erased.out.contains("Data erased from 1 record (7)"), "\(erased.err)")
        let shown = try d.run("maria", ["person", "show", "7"], lang: "en")
        #expect(shown.out.contains("givenNames\t\n"), "\(shown.out)")
        let answered = try d.run("maria", ["person", "request", "list", "--person", "7"], lang: "en")
        #expect(answered.out.contains("answered in time"), "\(answered.out)")

        let off = try d.run("maria", ["retention", "--dry-run"], lang: "en")
        #expect(off.status == 0 && off.out.contains("keeps closed cases with no limit"))
    }
}
