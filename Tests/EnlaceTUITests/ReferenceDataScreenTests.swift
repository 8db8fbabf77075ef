import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The administration's tabs "Listas" (document checklists) and "Organización" (details and
/// settings), driven through the real runtime at 80×24, and the idle lock taking the
/// organization's minutes.
@Suite(.serialized)
struct ReferenceDataScreenTests {
    /// The admin on the administration screen, on tab `number`, at 80×24.
    /// The number key of `tab`, wherever it stands.
    static func key(_ tab: AdminTab) -> Character { Character("\(tab.rawValue + 1)") }

    static func admin(_ f: ScreenFixture, tab: AdminTab, language: Language = .es) throws -> AppRuntime {
        let rt = try f.runtime(role: .admin, language: language)
        rt.send(.key(.function(11)))
        rt.send(.key(.char(key(tab))))
        return rt
    }

    static func go(_ rt: AppRuntime, _ form: (AppState) -> FormState?, to id: String) {
        for _ in 0..<40 where form(rt.state)?.focusedID != id { rt.send(.key(.tab)) }
        #expect(form(rt.state)?.focusedID == id, "no field \(id)")
    }

    /// Empties the focused text field and types `text`.
    static func replace(_ rt: AppRuntime, _ text: String) {
        rt.send([.end, .ctrl("u")])
        rt.type(text)
    }

    @Test func anAdminAddsMovesAndRetiresAChecklistItemAndNewReferralsTakeIt() throws {
        let f = ScreenFixture.make(people: 30, name: "lists")
        let rt = try Self.admin(f, tab: .checklists)
        #expect(rt.state.admin.tab == .checklists)
        var screen = rt.render().text
        #expect(screen.contains("Lista 1 de 9: Telemedicina"))
        #expect(screen.contains("Identificación con foto (cualquiera)"))
        // To legal aid; a new item in both languages (Spanish alone is refused under its field).
        rt.type(">")
        #expect(rt.state.admin.checklists.scope == ChecklistScope(kind: .legalAid))
        rt.type("a")
        rt.type("Recibo de renta")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.admin.checklists.form?.form["en"]?.problem == FormText.required.text)
        #expect(try f.desk().checklistEntries(ChecklistScope(kind: .legalAid)).count == 4)
        Self.go(rt, { $0.admin.checklists.form?.form }, to: "en")
        rt.type("Rent receipt")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.admin.checklists.form == nil)
        #expect(rt.state.admin.checklists.selected?.key == "rentReceipt")
        screen = rt.render().text
        #expect(screen.contains("Documento agregado a la lista."))
        #expect(screen.contains("│ 5   Recibo de renta"))
        // Up one place, then retire "photoID" (the first) after confirming.
        rt.type("[")
        #expect(try f.desk().checklistEntries(ChecklistScope(kind: .legalAid)).map(\.key)
                == ["photoID", "noticesReceived", "matterEvidence", "rentReceipt", "datesTimeline"])
        rt.send([.home])
        rt.type("x")
        rt.send(.key(.enter))
        let entries = try f.desk().checklistEntries(ChecklistScope(kind: .legalAid))
        #expect(entries.first?.retired == true)
        screen = rt.render().text
        #expect(screen.contains("│ –   Identificación con foto (cualquiera)") && screen.contains("retirado"))
        // A retired item is not edited or moved again: the keys say why.
        rt.type("e")
        #expect(rt.state.admin.checklists.form == nil)
        // The referral form offers the new list, and a referral made now keeps it.
        let caseworker = try f.runtime(role: .caseworker)
        let ana = caseworker.state.user
        let caseId = try #require(try caseworker.desk.myCases(by: ana, limit: 1).first?.id)
        caseworker.send(.changed(StateChange { state in ScreenDispatch.open(&state, .newReferral(caseId: caseId)) }))
        caseworker.type("2")
        #expect(caseworker.state.referral.kind == .legalAid)
        #expect(caseworker.state.referral.form.fields.map(\.id).filter { $0.hasPrefix("doc.") }
                == ["doc.noticesReceived", "doc.matterEvidence", "doc.rentReceipt", "doc.datesTimeline"])
        let made = try f.desk().createReferral(caseId: caseId, kind: .legalAid, partnerId: nil, reason: "Renta",
                                               urgency: .routine, details: .empty(.legalAid), consentToShare: true,
                                               responseDue: nil, by: ana)
        #expect(made.checklist.map(\.key) == ["noticesReceived", "matterEvidence", "rentReceipt", "datesTimeline"])
    }

    @Test func aSupervisorSeesTheChecklistsButCannotChangeThem() throws {
        let f = ScreenFixture.make(people: 20, name: "lists-read")
        let rt = try f.runtime(role: .supervisor, language: .en)
        rt.send(.key(.function(11)))
        rt.send(.key(.char(Self.key(.checklists))))
        rt.type("a")
        #expect(rt.state.admin.checklists.form == nil)
        #expect(rt.render().text.contains("only admins change this"))
    }

    @Test func theOrganizationFormSavesTheSettingsAndTheTerminalUsesThem() throws {
        let f = ScreenFixture.make(people: 20, name: "org")
        let rt = try Self.admin(f, tab: .organization, language: .en)
        var screen = rt.render().text
        #expect(screen.contains("Time zone: the machine's"))
        #expect(screen.contains("Idle lock: 10 minutes"))
        rt.type("o")
        let form: (AppState) -> FormState? = { $0.admin.organization.form }
        #expect(form(rt.state) != nil)
        // A wrong time zone is said under its field; nothing is saved.
        Self.go(rt, form, to: "timeZone")
        Self.replace(rt, "Mars/Olympus")
        Self.go(rt, form, to: "lockMinutes")
        Self.replace(rt, "3")
        rt.send(.key(.ctrl("s")))
        #expect(form(rt.state)?["timeZone"]?.problem?.en == "“Mars/Olympus” is not a known IANA time zone (for example America/Chicago).")
        #expect(try f.desk().organization().lockMinutes == nil)
        Self.go(rt, form, to: "timeZone")
        Self.replace(rt, "America/Denver")
        let chicago = try #require(try f.desk().consulateChoices().first { $0.city == "Chicago" })
        Self.go(rt, form, to: "consulate.\(chicago.id)")
        rt.send(.key(.char(" ")))
        rt.send(.key(.ctrl("s")))
        #expect(form(rt.state) == nil)
        let saved = try f.desk().organization()
        #expect(saved.lockMinutes == 3 && saved.timeZone == "America/Denver" && saved.consulates.map(\.id) == [chicago.id])
        // This terminal takes them at once.
        #expect(rt.state.privacy.idleMinutes == 3)
        #expect(rt.state.timeZone.identifier == "America/Denver")
        screen = rt.render().text
        #expect(screen.contains("Organization details saved."))
        #expect(screen.contains("Idle lock: 3 minutes"))
        #expect(screen.contains("  Consulado General de México en Chicago"))
    }

    @Test func theIdleLockTakesTheOrganizationsMinutesUnlessTheMachineSetsItsOwn() throws {
        let f = ScreenFixture.make(people: 10, name: "org-lock")
        let desk = try f.desk()
        _ = try desk.updateOrganization(OrganizationChange(timeZone: "America/Denver", lockMinutes: 3), by: try f.user(.admin))
        let user = try f.user(.supervisor)
        func runtime(machine: Int?) -> AppRuntime {
            let state = TerminalApp.startState(desk: desk, user: user, language: .es, width: 80, height: 24,
                                               lockMinutes: machine, now: ScreenFixture.now)
            return AppRuntime(desk: desk, state: state)
        }
        let byOrganization = runtime(machine: nil)
        #expect(byOrganization.state.timeZone.identifier == "America/Denver")
        byOrganization.idle(now: ScreenFixture.now.addingTimeInterval(2 * 60 + 50))
        #expect(byOrganization.state.privacy.lock == nil)
        byOrganization.idle(now: ScreenFixture.now.addingTimeInterval(3 * 60 + 1))
        #expect(byOrganization.state.privacy.lock?.reason == .idle)
        // This machine's config (lock_minutes = 20) wins.
        let byMachine = runtime(machine: 20)
        byMachine.idle(now: ScreenFixture.now.addingTimeInterval(3 * 60 + 1))
        #expect(byMachine.state.privacy.lock == nil)
        #expect(byMachine.state.privacy.idleMinutes == 20)
    }
}
