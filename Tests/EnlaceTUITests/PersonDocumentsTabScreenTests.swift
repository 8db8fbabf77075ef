import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The person screen's "Documentos e idiomas" tab driven by keys against a real SQLite demo
/// file: a matrícula added and shown masked, its number revealed (audited) until the tab
/// changes, a bad number refused under its field, languages set, a stale version kept as typed,
/// a document removed after asking.
@Suite(.serialized)
struct PersonDocumentsTabScreenTests {
    static let fixture = ScreenFixture.make(people: 60, seed: 31, name: "person-documents")

    /// A new person with a case taken by jorge, on the documents tab as `username`.
    private func onTab(given: String, as username: String = "jorge", language: Language = .es) throws
        -> (rt: AppRuntime, personId: Int64, caseId: Int64) {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let draft = PersonDraft(givenNames: given, firstSurname: "Documentada", birthDate: "12/03/1985")
        let opened = try desk.registerAndOpen(draft, area: .legal, priority: .normal, description: "Trámite", by: jorge)
        try desk.take(caseId: opened.id, version: opened.version, by: jorge)
        let rt = try Self.fixture.runtime(username: username, language: language)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .person(personId: opened.personId)) }))
        #expect(rt.state.screen == .person)
        rt.send(.key(.char("2")))
        #expect(rt.state.person?.tab == .documents)
        return (rt, opened.personId, opened.id)
    }

    /// Tab to the form's field `id`.
    private func focus(_ rt: AppRuntime, _ id: String) {
        guard let target = rt.state.person?.documentsTab.form?.form.index(of: id) else { Issue.record("no field \(id)"); return }
        var keys = 0
        while let focus = rt.state.person?.documentsTab.form?.form.focus, focus != target, keys < 20 {
            rt.send(.key(focus < target ? .tab : .backTab))
            keys += 1
        }
    }

    /// Tab to the form's field `id` and type `text` into it.
    private func type(_ rt: AppRuntime, into id: String, _ text: String) {
        focus(rt, id)
        rt.send(.key(.end))
        rt.send(.key(.ctrl("u")))
        rt.type(text)
    }

    private func reveals(_ personId: Int64) throws -> Int {
        try Self.fixture.desk().auditTrail(caseId: nil, limit: 5_000, by: try Self.fixture.user(named: "maria"))
            .filter { $0.entity == "person" && $0.entityId == personId && $0.action == "document-revealed" }.count
    }

    @Test func aMatriculaIsAddedShownMaskedAndRevealedUntilTheTabChanges() throws {
        let (rt, personId, _) = try onTab(given: "Filomena")
        var screen = rt.render()
        #expect(screen.underHeading.contains("[2 Documentos e idiomas]"), "\(screen.text)")
        #expect(screen.shows("Sin documentos registrados; «a» agrega uno."), "\(screen.text)")
        #expect(screen.footer.contains("a Agregar"), "\(screen.footer)")

        rt.send(.key(.char("a")))
        #expect(rt.state.person?.documentsTab.form?.form.value("kind") == "matriculaConsular")
        type(rt, into: "number", "1234 5678-9")
        type(rt, into: "expires", "31/1/2030")
        rt.send(.key(.backTab))
        #expect(rt.state.person?.documentsTab.form?.form["expires"]?.note?(.es) == "31 de enero de 2030", "the date read back as it is left")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.documentsTab.form == nil, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.message?.text == "Documento agregado: Matrícula consular · ••••6789.")
        screen = rt.render()
        let line = screen.tableLine(0, under: "Estado")
        #expect(line.contains("Matrícula consular") && line.contains("Lo tiene") && line.contains("••••6789")
                && line.contains("2030-01-31"), "\(line)")
        #expect(!screen.shows("123456789"))

        rt.send(.key(.char("v")))
        screen = rt.render()
        #expect(screen.tableLine(0, under: "Estado").contains("123456789"), "\(screen.text)")
        #expect(screen.messageLine.contains("Número completo a la vista; quedó registrado."))
        #expect(try reveals(personId) == 1)
        // Another tab and back: masked again, and nothing more was audited.
        rt.send(.key(.char("1")))
        rt.send(.key(.char("2")))
        screen = rt.render()
        #expect(screen.tableLine(0, under: "Estado").contains("••••6789"), "\(screen.text)")
        #expect(!screen.shows("123456789"))
        #expect(try reveals(personId) == 1)
        let stored = try Self.fixture.desk().documents(personId: personId, by: try Self.fixture.user(named: "maria"))
        #expect(stored.map(\.maskedNumber) == ["••••6789"])
    }

    @Test func aBadNumberIsShownUnderItsFieldAndNothingIsSaved() throws {
        let (rt, personId, _) = try onTab(given: "Anacleta", language: .en)
        rt.send(.key(.char("a")))
        type(rt, into: "number", "AB#12345")
        rt.send(.key(.ctrl("s")))
        let form = try #require(rt.state.person?.documentsTab.form, "the form stays open with what was typed")
        #expect(form.form.value("number") == "AB#12345")
        #expect(form.form["number"]?.problem?(.en) == "The number takes only letters and digits (spaces and hyphens are dropped).")
        #expect(rt.render().shows("The number takes only letters and digits"))
        #expect(try Self.fixture.desk().documents(personId: personId, by: try Self.fixture.user(named: "maria")).isEmpty)
        // Esc asks (something was typed); yes closes, nothing saved.
        rt.send(.key(.escape))
        rt.send(.key(.char("y")))
        #expect(rt.state.person?.documentsTab.form == nil)
    }

    @Test func languagesAreSetAndAStaleVersionKeepsWhatWasTyped() throws {
        let (rt, personId, _) = try onTab(given: "Eulogia")
        rt.send(.key(.char("i")))
        type(rt, into: "spoken", "mixteco, es")
        rt.send(.key(.tab))
        #expect(rt.state.person?.documentsTab.form?.form["spoken"]?.note?(.es) == "Español, Mixteco")
        rt.send(.key(.tab))
        rt.send(.key(.char(" ")))
        // Another desk changes the record meanwhile: a conflict, the form stays as typed.
        let desk = try Self.fixture.desk()
        let maria = try Self.fixture.user(named: "maria")
        let read = try desk.person(id: personId, by: maria)
        _ = try desk.setLanguages(personId: personId, LanguageProfile(spoken: [.english]), version: read.version, by: maria)
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.documentsTab.form?.form.value("spoken") == "mixteco, es", "\(rt.state.message?.text ?? "")")
        #expect(rt.state.message?.text.hasPrefix("Otra persona cambió este registro") == true)
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.person?.documentsTab.form == nil, "\(rt.state.message?.text ?? "")")
        let profile = try desk.personPage(id: personId, by: maria).documents.languages
        #expect(profile == LanguageProfile(spoken: [.spanish, .mixteco], needsInterpreter: true))
        let screen = rt.render()
        #expect(screen.line(with: "Lenguas").contains("Español, Mixteco"), "\(screen.text)")
        #expect(screen.line(with: "Intérprete").contains("Necesita intérprete"))
        #expect(screen.role(of: "Necesita intérprete", onRow: screen.row(of: "Intérprete ")) == .warning)
        #expect(screen.heading.contains("Persona · Eulogia Documentada · Necesita intérprete"), "shown on every tab: \(screen.heading)")
        rt.send(.key(.char("1")))
        #expect(rt.render().heading.contains("Eulogia Documentada · Necesita intérprete"))
    }

    @Test func aDocumentIsChangedThenRemovedAfterAsking() throws {
        let (rt, personId, _) = try onTab(given: "Porfiria")
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        _ = try desk.addDocument(personId: personId, DocumentDraft(kind: .passport, number: "G7654321"), by: jorge)
        rt.send(.key(.ctrl("r")))
        #expect(rt.state.person?.file?.documents.documents.count == 1, "\(rt.state.message?.text ?? "")")
        rt.send(.key(.char("e")))
        let form = try #require(rt.state.person?.documentsTab.form?.form)
        #expect(form["number"]?.note?(.es) == "guardado ••••4321; escriba otro para cambiarlo")
        #expect(form.value("number").isEmpty, "the stored number never reaches the form")
        // Status: from "has" down to "lost"; the number blank keeps the stored one.
        focus(rt, "status")
        rt.send(.key(.down))
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.message?.text == "Documento cambiado: Pasaporte · ••••4321.", "\(rt.state.message?.text ?? "")")
        #expect(try desk.revealDocumentNumber(id: rt.state.person!.file!.documents.documents[0].id, by: jorge) == "G7654321")
        #expect(rt.render().tableLine(0, under: "Estado").contains("Lo perdió"))

        rt.send(.key(.char("b")))
        guard case .dialog(let dialog) = rt.state.overlay else { Issue.record("no question"); return }
        #expect(dialog.message?(.es) == "¿Quitar Pasaporte · ••••4321 del registro de la persona?")
        rt.send(.key(.char("y")))
        #expect(rt.state.message?.text == "Documento quitado: Pasaporte · ••••4321.")
        #expect(try desk.documents(personId: personId, by: jorge).isEmpty)
        #expect(rt.render().shows("Sin documentos registrados"))
    }

    @Test func aCaseGivenToAColleagueMeanwhileRefusesTheSaveAndKeepsWhatWasTyped() throws {
        let (rt, personId, caseId) = try onTab(given: "Crescencia")
        rt.send(.key(.char("a")))
        type(rt, into: "number", "123456789")
        // Meanwhile the supervisor gives the case to Lucía: Jorge may no longer keep her documents.
        let desk = try Self.fixture.desk()
        let maria = try Self.fixture.user(named: "maria")
        _ = try desk.reassign(caseIds: [caseId], to: try Self.fixture.user(named: "lucia").id, by: maria)
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.message?.text.hasPrefix("No permitido") == true, "\(rt.state.message?.text ?? "")")
        #expect(rt.state.person?.documentsTab.form?.form.value("number") == "123456789", "what was typed stays")
        #expect(try desk.documents(personId: personId, by: maria).isEmpty)
    }
}
