import EnlaceCore
import Foundation
import Testing
@testable import EnlaceStore

/// A person registered at intake is found by search and offered as a duplicate candidate at
/// once: registerPerson writes the search index in its own transaction.
struct IntakeSearchTests {
    @Test func registeredPersonIsSearchableAndADuplicateCandidate() throws {
        let s = try SeededDesk(people: 200, seed: 21)
        let jorge = try s.user("jorge"), maria = try s.user("maria")
        let opened = try s.desk.registerAndOpen(
            PersonDraft(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez",
                        birthDate: "12/03/1985", phones: [PhoneDraft("(312) 555-0142")], city: "Chicago", usState: "IL"),
            area: .legal, priority: .high, description: "", by: jorge)
        for query in ["Jose Angel Munoz", "muñoz pérez", "Pepe Muñoz", "5550142", opened.number] {
            let hits = try s.desk.search(query, by: maria, limit: 5)
            #expect(hits.first?.personId == opened.personId, "\(query): \(hits.map(\.listName))")
        }
        let candidates = try s.desk.duplicateCandidates(
            for: DuplicateProbe(givenNames: "Jose Angel", firstSurname: "Munoz",
                                birthDate: CalendarDate(year: 1985, month: 3, day: 12)),
            by: jorge, limit: 5)
        #expect(candidates.contains { $0.personId == opened.personId && !$0.reasons.isEmpty })
    }
}
