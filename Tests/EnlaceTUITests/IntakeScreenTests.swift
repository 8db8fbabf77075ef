import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The intake screen driven by keys against a real SQLite demo file: what the store holds
/// after the keys, and what the screen shows (text and roles), in Spanish and English, at
/// 80x24 and 120x40.
@Suite(.serialized)
struct IntakeScreenTests {
    /// A valid CURP for José Ángel Muñoz Pérez, born 12 March 1985 in Guanajuato (check digit
    /// from Core).
    static let curp: String = {
        let first17 = "MUPA850312HGTXRN0"
        return first17 + String(CURP.checkDigit(for: first17)!)
    }()

    /// Moves the focus to `id` with Tab / Shift-Tab, as a person would; returns the keys used.
    @discardableResult
    private func go(_ rt: AppRuntime, to id: String) -> Int {
        guard let form = rt.state.intake?.form, let target = form.index(of: id) else { return 0 }
        var keys = 0
        while let focus = rt.state.intake?.form.focus, focus != target, keys < 40 {
            rt.send(.key(focus < target ? .tab : .backTab))
            keys += 1
        }
        return keys
    }

    private func field(_ rt: AppRuntime, _ id: String) -> FormField? { rt.state.intake?.form[id] }

    /// Types José Ángel's person fields and the need and consent; returns the keys pressed
    /// beyond the typed text.
    @discardableResult
    private func typeJose(_ rt: AppRuntime, given: String = "José Ángel", first: String = "Muñoz",
                          second: String = "Pérez", curp: String? = IntakeScreenTests.curp) -> Int {
        var keys = 0
        rt.type(given); rt.send(.key(.tab)); keys += 1
        rt.type(first); rt.send(.key(.tab)); keys += 1
        rt.type(second)
        keys += go(rt, to: "birthDate")
        rt.type("12/03/1985")
        keys += go(rt, to: "sex")
        rt.type("h"); keys += 1                       // a letter that picks "Hombre"
        keys += go(rt, to: "phone")
        rt.type("(312) 555-0199")
        keys += go(rt, to: "whatsApp")
        rt.send(.key(.char(" "))); keys += 1
        if let curp {
            keys += go(rt, to: "curp")
            rt.type(curp)
        }
        keys += go(rt, to: "usState")
        rt.type("IL")
        keys += go(rt, to: "originState")
        rt.type("Guanajuato")
        keys += go(rt, to: "area")
        rt.type("s"); keys += 1                       // Salud / health
        keys += go(rt, to: "description")
        rt.type("Orientación para cita médica")
        keys += go(rt, to: "consentMethod")
        rt.type("v"); keys += 1                       // Verbal
        keys += go(rt, to: "consentShare")
        rt.send(.key(.char(" "))); keys += 1
        return keys
    }

    private func savedCaseNumber(_ rt: AppRuntime) -> String? {
        guard let text = rt.state.message?.text,
              let range = text.range(of: #"\d{4}-\d{6}"#, options: .regularExpression) else { return nil }
        return String(text[range])
    }

    private func personOfCase(_ rt: AppRuntime, _ number: String) throws -> Int64 {
        let id = try #require(try rt.desk.caseId(for: number))
        return try rt.desk.caseDetail(id: id, by: rt.state.user).header.personId
    }

    /// Registers José Ángel Muñoz Pérez through the screen; returns his person id.
    private func registerJose(_ fixture: ScreenFixture) throws -> Int64 {
        let rt = try fixture.runtime(role: .caseworker)
        rt.send(.key(.function(2)))
        typeJose(rt)
        rt.send(.key(.ctrl("s")))
        let number = try #require(savedCaseNumber(rt), "\(rt.state.message?.text ?? "no message")")
        return try personOfCase(rt, number)
    }

    @Test func registeringJoseAngelCreatesThePersonAndTheCase() throws {
        let fixture = ScreenFixture.make(name: "intake-save")
        let rt = try fixture.runtime(role: .caseworker)
        rt.send(.key(.function(2)))
        #expect(rt.state.screen == .intake)
        #expect(rt.render().heading.contains("Registro: persona y caso nuevo"))
        let keys = 1 + typeJose(rt) + 1              // F2 ... Ctrl-S
        rt.send(.key(.ctrl("s")))
        let message = try #require(rt.state.message)
        // 12/03/1985 could be read both ways: the case opens, and the message says to check it.
        #expect(message.role == .warning, "\(message.text)")
        #expect(message.text.contains("abierto para José Ángel Muñoz Pérez"))
        #expect(message.text.contains("también podría ser 3 de diciembre de 1985"))
        let number = try #require(savedCaseNumber(rt))
        #expect(rt.render().messageLine.contains("Caso \(number) abierto"))
        // The store holds the person as typed, the case and the consent.
        let personId = try personOfCase(rt, number)
        let person = try rt.desk.person(id: personId, by: rt.state.user)
        #expect(person.name.givenNames == "José Ángel")
        #expect(person.name.firstSurname == "Muñoz")
        #expect(person.name.secondSurname == "Pérez")
        #expect(person.birthDate == CalendarDate(year: 1985, month: 3, day: 12))
        #expect(person.curp == Self.curp)
        #expect(person.phones == [Phone(e164: "+13125550199", whatsApp: true)])
        #expect(person.originState == "11")
        #expect(person.usState == "IL")
        let caseDetail = try rt.desk.caseDetail(id: try #require(try rt.desk.caseId(for: number)), by: rt.state.user)
        #expect(caseDetail.header.serviceArea == .health)
        #expect(caseDetail.header.description == "Orientación para cita médica")
        // A caseworker's intake is theirs: taken, active, and said so.
        #expect(caseDetail.header.caseworkerId == rt.state.user.id)
        #expect(caseDetail.header.status == .active)
        #expect(message.text.contains("Queda a su cargo."))
        let consent = try #require(try rt.desk.latestConsent(personId: personId))
        #expect(consent.method == .verbal)
        #expect(consent.scope == [.keepRecord, .shareWithPartners])
        // The intake is gone (and its draft); the new case is on screen, and Esc does not lead
        // back into the saved form.
        #expect(rt.state.intake == nil)
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.header?.number == number)
        #expect(!rt.state.history.contains(.intake))
        #expect(try rt.desk.draft(kind: "intake", by: rt.state.user) == nil)
        #expect(rt.taskLog.contains("intake.save"))
        // The figure for the report: keys beyond the typed text for this full intake.
        #expect(keys < 45, "keys beyond the typed text: \(keys)")
        print("INTAKE-KEYS beyond typed text: \(keys)")
    }

    @Test func leavingTheBirthDateShowsItInWords() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-date")
        for (language, user, words) in [(Language.es, "jorge", "25 de marzo de 1985"), (.en, "lucia", "March 25, 1985")] {
            let rt = try fixture.runtime(username: user, language: language)
            rt.send(.key(.function(2)))
            go(rt, to: "birthDate")
            rt.type("25/03/1985")
            #expect(!rt.render().text.contains(words), "not before the field is left")
            rt.send(.key(.tab))
            let screen = rt.render()
            let at = try #require(screen.find(words), "\(screen.text)")
            #expect(screen.role(x: at.x, y: at.y) == .success)
            #expect(field(rt, "birthDate")?.value == "25/03/1985")
            // A date that reads both ways is said with both readings, as a warning.
            go(rt, to: "birthDate")
            rt.send(.key(.ctrl("u")))
            rt.type("12/03/1985")
            rt.send(.key(.tab))
            #expect(field(rt, "birthDate")?.noteRole == .warning)
            #expect(field(rt, "birthDate")?.note?(language).contains(language == .es ? "12 de marzo de 1985" : "March 12, 1985") == true)
            // An impossible date: said in words, the text kept.
            go(rt, to: "birthDate")
            rt.send(.key(.ctrl("u")))
            rt.type("31/02/1985")
            rt.send(.key(.tab))
            let problem = try #require(field(rt, "birthDate")?.problem)
            let shown = rt.render()
            let p = try #require(shown.find(String(problem(language).prefix(20))), "\(shown.text)")
            #expect(shown.role(x: p.x, y: p.y) == .error)
            #expect(field(rt, "birthDate")?.value == "31/02/1985")
        }
    }

    @Test func aBadPhoneShowsTheMessageAndKeepsTheText() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-phone")
        for (language, user) in [(Language.es, "jorge"), (.en, "lucia")] {
            let rt = try fixture.runtime(username: user, language: language)
            rt.send(.key(.function(2)))
            go(rt, to: "phone")
            rt.type("312-555-ABCD")
            rt.send(.key(.tab))
            let expected: String
            if case .failure(let problem) = PhoneNumber.parse("312-555-ABCD") { expected = problem.message(language) } else { expected = "" }
            #expect(!expected.isEmpty)
            #expect(field(rt, "phone")?.problem?(language) == expected)
            #expect(field(rt, "phone")?.value == "312-555-ABCD")
            let screen = rt.render()
            let at = try #require(screen.find("312-555-ABCD"))
            #expect(screen.role(x: at.x, y: at.y) == .input)
            let msg = try #require(screen.find(String(expected.prefix(24))), "\(screen.text)")
            #expect(screen.role(x: msg.x, y: msg.y) == .error)
            // The whole message shows, wrapped under the field (53 columns at 80x24).
            let lines = TextWidth.wrap(expected, width: 53)
            #expect(language == .en || lines.count > 1)
            for line in lines { #expect(screen.text.contains(line), "\(line)") }
            // A good one shows in local format.
            go(rt, to: "phone2")
            rt.type("+52 55 1234 5678")
            rt.send(.key(.tab))
            #expect(rt.render().text.contains("55 1234 5678"))
            #expect(field(rt, "phone2")?.note?(language).contains("55 1234 5678") == true)
        }
    }

    @Test func theCURPSaysItsStateAndDateAndWarnsOfAMismatch() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-curp")
        let rt = try fixture.runtime()
        rt.send(.key(.function(2)))
        go(rt, to: "curp")
        rt.type(Self.curp)
        rt.send(.key(.tab))
        #expect(rt.render().text.contains("Guanajuato · 12 de marzo de 1985 · hombre"))
        // A different typed birth date: a warning at the CURP, nothing cleared.
        go(rt, to: "birthDate")
        rt.type("13/03/1985")
        rt.send(.key(.tab))
        let curp = try #require(field(rt, "curp"))
        #expect(curp.noteRole == .warning)
        #expect(curp.note?(.es) == "No coincide: la CURP dice 12 de marzo de 1985")
        #expect(curp.value == Self.curp)
        // A wrong check digit is a problem in words.
        go(rt, to: "curp")
        rt.send(.key(.backspace))
        let last = Self.curp.last!
        rt.type(last == "0" ? "1" : "0")
        rt.send(.key(.tab))
        #expect(field(rt, "curp")?.problem?(.es).isEmpty == false)
        #expect(field(rt, "curp")?.value.count == 18)
    }

    @Test func savingWithProblemsShowsEachAtItsFieldAndFocusesTheFirst() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-problems")
        let rt = try fixture.runtime(language: .en)
        rt.send(.key(.function(2)))
        go(rt, to: "phone")
        rt.type("12")
        rt.send(.key(.ctrl("s")))
        let form = try #require(rt.state.intake?.form)
        #expect(form["givenNames"]?.problem != nil)
        #expect(form["firstSurname"]?.problem != nil)
        #expect(form["phone"]?.problem != nil)
        #expect(form["area"]?.problem?(.en) == IntakeText.areaRequired(.en))
        #expect(form["consentMethod"]?.problem != nil)
        #expect(form.focusedID == "givenNames")
        #expect(form.value("phone") == "12")
        #expect(rt.state.message?.role == .error)
        #expect(rt.state.message?.text.contains("Not saved: 5 fields") == true, "\(rt.state.message?.text ?? "")")
        // The refused save kept the draft.
        #expect(try rt.desk.draft(kind: "intake", by: rt.state.user)?.payload.contains("\"phone\":\"12\"") == true)
    }

    @Test func aSecondIntakeShowsTheCandidateWithReasonsAndChoosingItOpensANewCaseForTheSamePerson() throws {
        let fixture = ScreenFixture.make(name: "intake-dupes")
        let jose = try registerJose(fixture)
        for (language, user, size) in [(Language.es, "jorge", (80, 24)), (.en, "lucia", (120, 40))] {
            let rt = try fixture.runtime(username: user, width: size.0, height: size.1, language: language)
            rt.send(.key(.ctrl("n")))
            rt.type("Jose Angel"); rt.send(.key(.tab))
            rt.type("Munoz")
            go(rt, to: "birthDate")
            rt.type("12/03/1985")
            let candidate = try #require(rt.state.intake?.candidates.first { $0.personId == jose })
            #expect(candidate.reasons.contains(.samePhoneticNameAndBirthDate))
            let reason = MatchReason.samePhoneticNameAndBirthDate.label(language)
            if size.0 == 80 {
                // A strip says how many; Alt-D shows the list in place of the form.
                let n = rt.state.intake!.candidates.count
                let strip = n == 1 ? "1 posible duplicado — Alt-D para ver" : "\(n) posibles duplicados — Alt-D para ver"
                #expect(rt.render().underHeading.contains(strip), "at the top of the form")
                #expect(rt.render().role(of: strip) == .warning)
                rt.send(.key(.alt("d")))
            } else {
                // Beside the form, to the right.
                let screen = rt.render()
                let at = try #require(screen.find("Muñoz Pérez, José Ángel"), "\(screen.text)")
                #expect(at.x > 60)
                #expect(screen.text.contains(reason))
                #expect(screen.text.contains("born March 12, 1985"))
                rt.send(.key(.alt("d")))
            }
            while rt.state.intake?.selectedCandidate?.personId != jose { rt.send(.key(.down)) }
            let list = rt.render()
            let at = try #require(list.find("Muñoz Pérez, José Ángel"), "\(list.text)")
            #expect(list.role(x: at.x, y: at.y) == .selection)
            #expect(list.text.contains(reason))
            rt.send(.key(.enter))
            // The person fields are read-only and greyed; only the need and consent remain.
            let intake = try #require(rt.state.intake)
            #expect(intake.chosen?.personId == jose)
            #expect(intake.form.focusedID == "area")
            #expect(intake.form["givenNames"]?.readOnly == true)
            let screen = rt.render()
            #expect(screen.text.contains(language == .es ? "Caso nuevo para: Muñoz Pérez, José Ángel" : "New case for: Muñoz Pérez, José Ángel"))
            rt.send(.key(.backTab))
            #expect(rt.state.intake?.form.focusedID == "area", "Shift-Tab does not go into the person fields")
            rt.type(language == .es ? "a" : "l")          // Asesoría legal / Legal aid
            go(rt, to: "consentMethod")
            rt.type(language == .es ? "p" : "w")          // Por escrito / Written
            rt.send(.key(.ctrl("s")))
            let number = try #require(savedCaseNumber(rt), "\(rt.state.message?.text ?? "")")
            #expect(try personOfCase(rt, number) == jose)
            let detail = try rt.desk.caseDetail(id: try #require(try rt.desk.caseId(for: number)), by: rt.state.user)
            #expect(detail.header.serviceArea == .legal)
            #expect(try rt.desk.latestConsent(personId: jose)?.method == .written)
        }
    }

    @Test func notTheSamePersonHidesTheCandidateAndIsRemembered() throws {
        let fixture = ScreenFixture.make(name: "intake-notsame")
        let jose = try registerJose(fixture)
        let rt = try fixture.runtime(role: .caseworker, width: 120, height: 40)
        rt.send(.key(.function(2)))
        rt.type("José Ángel"); rt.send(.key(.tab))
        rt.type("Muñoz"); rt.send(.key(.tab))
        rt.type("Ramírez")
        go(rt, to: "birthDate")
        rt.type("12/03/1985")
        #expect(rt.render().text.contains("Muñoz Pérez, José Ángel"))
        rt.send(.key(.alt("d")))
        while rt.state.intake?.selectedCandidate?.personId != jose { rt.send(.key(.down)) }
        rt.send(.key(.char("n")))
        #expect(rt.state.intake?.candidates.contains { $0.personId == jose } == false)
        let after = rt.render()
        #expect(after.row(of: "Muñoz Pérez, José Ángel") == after.messageRow, "only the message names it: \(after.text)")
        #expect(after.messageLine.contains("Muñoz Pérez, José Ángel no es la misma persona"))
        // Typing more does not bring it back.
        if rt.state.intake?.panelFocused == true { rt.send(.key(.escape)) }
        #expect(rt.state.intake?.panelFocused == false)
        go(rt, to: "secondSurname")
        rt.type("z")
        #expect(rt.state.intake?.candidates.contains { $0.personId == jose } == false)
        go(rt, to: "area"); rt.type("e")
        go(rt, to: "consentMethod"); rt.type("v")
        rt.send(.key(.ctrl("s")))
        let number = try #require(savedCaseNumber(rt), "\(rt.state.message?.text ?? "")")
        let newPerson = try personOfCase(rt, number)
        #expect(newPerson != jose)
        #expect(try rt.desk.areMarkedNotSame(newPerson, jose))
        let probe = DuplicateProbe(givenNames: "José Ángel", firstSurname: "Muñoz",
                                   birthDate: CalendarDate(year: 1985, month: 3, day: 12), personId: newPerson)
        #expect(try rt.desk.duplicateCandidates(for: probe, by: rt.state.user).contains { $0.personId == jose } == false)
    }

    @Test func aDraftSurvivesANewRuntimeOnTheSameFile() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-draft")
        do {
            let rt = try fixture.runtime(role: .caseworker)
            rt.send(.key(.function(2)))
            rt.type("José Ángel"); rt.send(.key(.tab))
            rt.type("Muñoz")
            go(rt, to: "birthDate")
            rt.type("12/03/1985")
            rt.send(.key(.tab))
            #expect(try rt.desk.draft(kind: "intake", by: rt.state.user) != nil)
            go(rt, to: "city")
            rt.type("Chicago")
            // Typed but not left: the idle tick keeps it.
            rt.idle(now: ScreenFixture.now.addingTimeInterval(1))
            #expect(try rt.desk.draft(kind: "intake", by: rt.state.user)?.payload.contains("Chicago") == true)
            // Esc asks first; "no" stays.
            rt.send(.key(.escape))
            guard case .dialog(let dialog) = rt.state.overlay else { Issue.record("no question on Esc"); return }
            #expect(dialog.title(.es) == "Salir del registro")
            rt.send(.key(.char("n")))
            #expect(rt.state.screen == .intake)
            #expect(field(rt, "city")?.value == "Chicago")
        }
        // Another user does not see it.
        let lucia = try fixture.runtime(username: "lucia")
        #expect(lucia.state.overlay.isNone)
        // The same user, a new runtime: the draft is offered back.
        let rt = try fixture.runtime(role: .caseworker)
        guard case .dialog = rt.state.overlay else { Issue.record("no offer of the draft"); return }
        let screen = rt.render()
        #expect(screen.text.contains("Registro sin terminar"))
        #expect(screen.text.contains("José Ángel Muñoz"))
        rt.send(.key(.char("s")))
        #expect(rt.state.screen == .intake)
        #expect(field(rt, "givenNames")?.value == "José Ángel")
        #expect(field(rt, "birthDate")?.value == "12/03/1985")
        #expect(field(rt, "city")?.value == "Chicago")
        #expect(rt.render().text.contains("12 de marzo de 1985"))
        // Saving deletes the draft.
        go(rt, to: "area"); rt.type("s")
        go(rt, to: "consentMethod"); rt.type("v")
        rt.send(.key(.ctrl("s")))
        #expect(savedCaseNumber(rt) != nil, "\(rt.state.message?.text ?? "")")
        #expect(try rt.desk.draft(kind: "intake", by: rt.state.user) == nil)
        let again = try fixture.runtime(role: .caseworker)
        #expect(again.state.overlay.isNone)
    }

    @Test func declinedDraftStaysAndF2BringsItBackInEnglish() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-draft-en")
        do {
            let rt = try fixture.runtime(language: .en)
            rt.send(.key(.function(2)))
            rt.type("María de Jesús"); rt.send(.key(.tab))
            rt.saveDrafts()
        }
        let rt = try fixture.runtime(width: 120, height: 40, language: .en)
        #expect(rt.render().text.contains("Unfinished intake"))
        rt.send(.key(.char("n")))
        #expect(rt.state.screen == .home)
        #expect(try rt.desk.draft(kind: "intake", by: rt.state.user) != nil)
        rt.send(.key(.function(2)))
        #expect(field(rt, "givenNames")?.value == "María de Jesús")
        #expect(rt.render().text.contains("The unfinished intake is back."))
        // Alt-X clears it after asking.
        rt.send(.key(.alt("x")))
        rt.send(.key(.char("y")))
        #expect(field(rt, "givenNames")?.value == "")
        #expect(try rt.desk.draft(kind: "intake", by: rt.state.user) == nil)
    }

    @Test func theFormFitsAt80x24AndUsesTheWidthAt120x40() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-layout")
        let narrow = try fixture.runtime(width: 80, height: 24)
        narrow.send(.key(.function(2)))
        var screen = narrow.render()
        #expect(screen.underHeading.contains("Nombre(s)*"), "the first field at the top")
        #expect(screen.role(of: "Nombre(s)*") == .focus)
        #expect(screen.heading.contains("Ctrl-S guarda · Esc sale"))
        // The hometown club's label fits whole at 80 columns, and in correct Spanish ("Club u
        // asociación…" was cut and wrong).
        #expect(screen.text.contains("Club de oriundos "), "\(screen.text)")
        #expect(!screen.text.contains("Club u"))
        for y in 0..<24 { #expect(TextWidth.columns(of: screen.line(y)) <= 80) }
        // The form scrolls to keep the focus in view.
        go(narrow, to: "consentReports")
        screen = narrow.render()
        #expect(screen.text.contains("Informes"))
        #expect(!screen.text.contains("Nombre(s)*"))
        let wide = try fixture.runtime(width: 120, height: 40, language: .en)
        wide.send(.key(.function(2)))
        screen = wide.render()
        #expect(screen.heading.contains("Intake: person and new case"))
        #expect(screen.text.contains("Given names*"))
        #expect(screen.text.contains("Privacy notice*"))
        #expect(screen.footer.contains("Ctrl-S Save"))
    }

    @Test func anAnswerToAnOlderDuplicateQuestionIsDropped() throws {
        let fixture = ScreenFixture.make(name: "intake-stale")
        let jose = try registerJose(fixture)
        let rt = try fixture.runtime(username: "lucia")
        rt.send(.key(.function(2)))
        var state = rt.state
        state.intake?.form.setText("givenNames", "José Ángel")
        state.intake?.form.setText("firstSurname", "Muñoz")
        state.intake?.form.setText("birthDate", "12/03/1985")
        let older = IntakeScreen.lookUpDuplicates(&state)
        state.intake?.form.setText("givenNames", "Zacarías")
        state.intake?.form.setText("firstSurname", "Quintanilla")
        let newer = IntakeScreen.lookUpDuplicates(&state)
        let context = DeskContext(desk: rt.desk, user: state.user, now: state.now, timeZone: state.timeZone,
                                  outputDirectory: FileManager.default.temporaryDirectory)
        // The newer answer arrives first; the older one (which finds José) comes late.
        for effect in newer + older {
            guard case .task(let task) = effect else { Issue.record("not a task"); continue }
            _ = try task.work(context).apply(&state)
        }
        #expect(state.intake?.candidates.contains { $0.personId == jose } == false)
        // Asked alone, the older question does find him.
        var fresh = rt.state
        fresh.intake?.form.setText("givenNames", "José Ángel")
        fresh.intake?.form.setText("firstSurname", "Muñoz")
        fresh.intake?.form.setText("birthDate", "12/03/1985")
        for effect in IntakeScreen.lookUpDuplicates(&fresh) {
            if case .task(let task) = effect { _ = try task.work(context).apply(&fresh) }
        }
        #expect(fresh.intake?.candidates.contains { $0.personId == jose } == true)
    }

    @Test func aVolunteerAtAnEventRegistersAPerson() throws {
        let fixture = ScreenFixture.make(people: 50, name: "intake-volunteer")
        let rt = try fixture.runtime(role: .volunteer, language: .en)
        rt.send(.key(.function(2)))
        typeJose(rt, curp: nil)
        go(rt, to: "area"); rt.send(.key(.ctrl("u"))); rt.type("h")
        go(rt, to: "consentMethod"); rt.send(.key(.backspace)); rt.type("v")
        rt.send(.key(.ctrl("s")))
        let number = try #require(savedCaseNumber(rt), "\(rt.state.message?.text ?? "")")
        #expect(rt.state.message?.text.contains("opened for José Ángel Muñoz Pérez") == true)
        let personId = try personOfCase(rt, number)
        #expect(try rt.desk.latestConsent(personId: personId)?.scope == [.keepRecord, .shareWithPartners])
        // A volunteer's intake waits, unassigned, for a supervisor or caseworker.
        let supervisor = try fixture.user(.supervisor)
        let opened = try rt.desk.caseDetail(id: try #require(try rt.desk.caseId(for: number)), by: supervisor)
        #expect(opened.header.caseworkerId == nil)
        #expect(opened.header.status == .new)
        #expect(rt.state.message?.text.contains("It is yours now.") == false)
    }
}
