import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The case detail screen driven by keys against a real SQLite demo file: header, timeline,
/// actions per role, the note editor, closure, conflicts and refreshes between two runtimes.
@Suite(.serialized)
struct CaseDetailScreenTests {
    static let fixture = ScreenFixture.make(people: 150, seed: 11, name: "casedetail")

    /// A new case of "José Ángel Muñoz Pérez" (born 12/03/1985, phone (312) 555-0199) opened by
    /// `opener` and, with `take`, taken by jorge so it is active.
    private func newCase(priority: CasePriority = .urgent, opener: String = "jorge", take: Bool = true) throws -> (id: Int64, number: String) {
        // Opened a few minutes ago, so what the screen does now is newer in the timeline.
        let earlier = ScreenFixture.now.addingTimeInterval(-300)
        let desk = try CaseDesk.open(path: Self.fixture.path, create: false, clock: StoreClock { earlier })
        let who = try Self.fixture.user(named: opener, on: desk)
        let draft = PersonDraft(givenNames: "José Ángel", firstSurname: "Muñoz", secondSurname: "Pérez",
                                birthDate: "12/03/1985", phones: [PhoneDraft("(312) 555-0199")])
        let opened = try desk.registerAndOpen(draft, area: .legal, priority: priority, description: "Asesoría migratoria", by: who)
        if take {
            try desk.take(caseId: opened.id, version: opened.version, by: try Self.fixture.user(named: "jorge", on: desk))
        }
        return (opened.id, opened.number)
    }

    /// The store as of two minutes ago, after `newCase` (history written before the screen opens).
    private func earlierDesk() throws -> CaseDesk {
        let earlier = ScreenFixture.now.addingTimeInterval(-120)
        let desk = try CaseDesk.open(path: Self.fixture.path, create: false, clock: StoreClock { earlier })
        // Another terminal: its keys open when someone signs in on it.
        _ = try Self.fixture.user(named: "maria", on: desk)
        return desk
    }

    private func open(_ caseId: Int64, as username: String = "jorge", width: Int = 80, height: Int = 24,
                      language: Language = .es) throws -> AppRuntime {
        let rt = try Self.fixture.runtime(username: username, width: width, height: height, language: language)
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, .caseDetail(caseId: caseId)) }))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.header?.id == caseId, "\(rt.state.message?.text ?? "")")
        return rt
    }

    private func status(_ caseId: Int64) throws -> CaseStamp {
        try Self.fixture.desk().caseStamp(id: caseId, by: try Self.fixture.user(named: "maria"))
    }

    private func dialogText(_ rt: AppRuntime) -> String? {
        guard case .dialog(let d) = rt.state.overlay else { return nil }
        switch d.kind {
        case .text(let f): return f.text
        case .area(let a): return a.text
        default: return nil
        }
    }

    private func dialogProblem(_ rt: AppRuntime) -> String? {
        guard case .dialog(let d) = rt.state.overlay else { return nil }
        return d.problem?(rt.state.language)
    }

    private func age(_ birth: String) -> Int {
        CalendarDate(iso: birth)!.age(on: CalendarDate(ScreenFixture.now, timeZone: ScreenFixture.chicago))
    }

    // MARK: header and timeline

    @Test func headerShowsPersonCaseStatusPriorityCaseworkerAndAgeInSpanishAt80x24() throws {
        let c = try newCase()
        let rt = try open(c.id)
        let screen = rt.render()
        let phone = try PhoneNumber.parse("(312) 555-0199").get().localFormat
        #expect(screen.heading.contains("Caso \(c.number)"))
        #expect(screen.heading.contains("José Ángel Muñoz Pérez"))
        #expect(screen.heading.contains("\(age("1985-03-12")) años"))
        #expect(screen.heading.contains(phone), "\(screen.heading)")
        #expect(screen.sameRow("Estado: Activo", "Área: "), "\(screen.text)")
        let urgent = try #require(screen.find("Urgente"))
        #expect(urgent.y == screen.row(of: "Estado:"), "the priority beside the status")
        #expect(screen.role(x: urgent.x, y: urgent.y) == .urgent)
        #expect(screen.sameRow("Responsable: Jorge", "abierto hoy"), "\(screen.text)")
        #expect(screen.sameRow("Historial", "Acciones"))
        #expect(screen.text.contains("Caso abierto"))
        #expect(screen.footer.contains("n Nota"), "the footer offers the note key: \(screen.footer)")
        for y in 0..<24 { #expect(TextWidth.columns(of: screen.line(y)) <= 80) }
    }

    @Test func headerInEnglishAt120x40MarksAnOverdueFollowUp() throws {
        let c = try newCase(priority: .high)
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        _ = try desk.scheduleFollowUp(caseId: c.id, due: ScreenFixture.now.addingTimeInterval(-2 * 86_400), channel: .call,
                                      note: "Llamar para confirmar la cita", by: jorge)
        let rt = try open(c.id, width: 120, height: 40, language: .en)
        let screen = rt.render()
        #expect(screen.heading.contains("Case \(c.number)"))
        #expect(screen.heading.contains("\(age("1985-03-12")) years old"))
        #expect(screen.line(with: "Status:").contains("Status: Active"))
        let high = try #require(screen.find("High"))
        #expect(screen.role(x: high.x, y: high.y) == .warning)
        let overdue = try #require(screen.find("follow-up overdue"))
        #expect(overdue.y == screen.row(of: "Caseworker:"), "beside the caseworker")
        #expect(screen.role(x: overdue.x, y: overdue.y) == .overdue)
        let entry = try #require(screen.find("Follow-up: Call · Scheduled (overdue)"))
        #expect(screen.role(x: entry.x, y: entry.y) == .selection || screen.role(x: entry.x, y: entry.y) == .overdue)
        #expect(screen.text.contains("Timeline (newest first)"))
        #expect(screen.text.contains("Actions"))
        for y in 0..<40 { #expect(TextWidth.columns(of: screen.line(y)) <= 120) }
    }

    @Test func timelineIsNewestFirstScrollsAndShowsTheSelectedEntryInFull() throws {
        let c = try newCase()
        let desk = try earlierDesk()
        let jorge = try Self.fixture.user(named: "jorge")
        for i in 1...30 { try desk.addNote(caseId: c.id, body: "Nota número \(i)\nsegunda línea \(i)", by: jorge) }
        let rt = try open(c.id)
        let notes = rt.state.caseDetail!.timeline.filter { $0.kind == .note }
        #expect(notes.first?.text == "Nota número 30\nsegunda línea 30")
        #expect(notes.map(\.id) == notes.map(\.id).sorted(by: >))
        var screen = rt.render()
        let y30 = try #require(screen.find("Nota: Nota número 30")).y
        let y29 = try #require(screen.find("Nota: Nota número 29")).y
        #expect(y30 < y29)
        // The selected entry is drawn in full (both lines) under the list.
        let layout = CaseDetailLayout(80, 24)
        let under = (layout.entryTop..<layout.entryTop + layout.entryRows).map { screen.line($0) }.joined(separator: " ")
        #expect(under.contains("segunda línea 30"))
        // Down past the page scrolls; the last visible row moves on.
        rt.send(Array(repeating: Key.down, count: layout.timelineRows + 2))
        #expect(rt.state.caseDetail?.cursor.selected == layout.timelineRows + 2)
        screen = rt.render()
        #expect(screen.find("Nota: Nota número 30") == nil)
        let selected = rt.state.caseDetail!.selectedEntry!
        let row = CaseDetailLayout.timelineTop + rt.state.caseDetail!.cursor.selected - rt.state.caseDetail!.cursor.top
        #expect(screen.role(x: 30, y: row) == .selection)
        #expect(screen.line(row).contains(String((selected.text ?? "").split(separator: "\n").first ?? "")))
        rt.send([.end])
        #expect(rt.state.caseDetail?.cursor.selected == rt.state.caseDetail!.timeline.count - 1)
        rt.send([.home])
        #expect(rt.state.caseDetail?.cursor.selected == 0)
    }

    // MARK: actions per role

    @Test func caseworkerSeesAllowedActionsAndDisabledOnesWithTheReason() throws {
        let c = try newCase()
        let rt = try open(c.id)
        let screen = rt.render()
        let wait = try #require(screen.find("e Poner en espera"))
        #expect(screen.role(x: wait.x, y: wait.y) == .key)
        let close = try #require(screen.find("c Solicitar cierre"))
        #expect(screen.role(x: close.x, y: close.y) == .key)
        let dup = try #require(screen.find("d Cerrar como duplicado"))
        #expect(screen.role(x: dup.x, y: dup.y) == .muted)
        let reason = try #require(rt.state.caseDetail?.actions.first { $0.event == .closeAsDuplicate }?.refusal)
        #expect(screen.line(dup.y + 1).contains(String(reason(.es).prefix(12))), "the reason under it: \(screen.line(dup.y + 1))")
        // A disabled key says why on the message line; nothing changes.
        rt.send(.key(.char("d")))
        #expect(rt.state.overlay.isNone)
        #expect(rt.state.message?.text.contains(reason(.es)) == true)
        #expect(rt.state.message?.role == .warning)
        // An event the table does not offer from "active" names the status.
        rt.send(.key(.char("v")))
        #expect(rt.state.message?.text == "Aprobar cierre: No es posible mientras el caso está «Activo».")
    }

    /// At 80x24 the actions column is narrow: a reason takes up to three lines while the
    /// actions below still fit, and one cut short ends in "…" instead of mid-sentence.
    @Test func aDisabledActionsReasonWrapsAndEndsInAnEllipsisWhenCutAt80x24() throws {
        let c = try newCase()
        let rt = try open(c.id)
        let screen = rt.render()
        let dup = try #require(screen.find("d Cerrar como duplicado"))
        let reason = try #require(rt.state.caseDetail?.actions.first { $0.event == .closeAsDuplicate }?.refusal)
        let panelX = dup.x + 2
        let under = (1...3).map { screen.line(dup.y + $0) }
            .map { String($0.dropFirst(panelX).dropLast(2)).trimmingCharacters(in: .whitespaces) }
        #expect(under[0].count > 0 && under[1].count > 0, "two lines at least: \(under)")
        let shown = under.prefix { !$0.isEmpty && !$0.hasPrefix("n Nota") }.joined(separator: " ")
        #expect(shown.hasSuffix("…") || shown == reason(.es), "\(shown)")
        #expect(reason(.es).hasPrefix(String(shown.dropLast())), "\(shown)")
        // Every action is still listed under it.
        for label in ["n Nota", "p Prioridad", "r Nueva canalización", "s Programar seguimiento"] {
            #expect(screen.find(label) != nil, "\(label) listed: \(screen.text)")
        }
    }

    @Test func supervisorMayCloseAsDuplicateAndAssignANewCase() throws {
        let c = try newCase(take: false)
        let rt = try open(c.id, as: "maria")
        var screen = rt.render()
        let dup = try #require(screen.find("d Cerrar como duplicado"))
        #expect(screen.role(x: dup.x, y: dup.y) == .key)
        let assign = try #require(screen.find("a Asignar"))
        #expect(screen.role(x: assign.x, y: assign.y) == .key)
        // Take is a caseworker's action: disabled for the supervisor, with the reason.
        let take = try #require(screen.find("t Tomar el caso"))
        #expect(screen.role(x: take.x, y: take.y) == .muted)
        rt.send(.key(.char("a")))
        guard case .dialog(let d) = rt.state.overlay, case .choice(let options, _) = d.kind else {
            Issue.record("no choice of caseworkers"); return
        }
        let jorge = try Self.fixture.user(named: "jorge")
        let index = try #require(options.firstIndex { $0.id == String(jorge.id) })
        #expect(options.allSatisfy { !$0.label(.es).contains("admin") })
        rt.send(Array(repeating: Key.down, count: index))
        rt.send(.key(.enter))
        let stamp = try status(c.id)
        #expect(stamp.status == .active)
        let detail = try Self.fixture.desk().caseDetail(id: c.id, by: try Self.fixture.user(named: "maria"))
        #expect(detail.header.caseworkerId == jorge.id)
        screen = rt.render()
        #expect(screen.line(with: "Responsable:").contains("Responsable: \(jorge.displayName)"))
        #expect(rt.state.message?.role == .success)
    }

    @Test func volunteerSeesEveryActionDisabledWithTheReason() throws {
        let c = try newCase(opener: "pedro", take: false)
        let rt = try open(c.id, as: "pedro", width: 120, height: 40)
        let screen = rt.render()
        for label in ["a Asignar", "t Tomar el caso", "n Nota", "p Prioridad", "s Programar seguimiento"] {
            let at = try #require(screen.find(label), "\(label) listed")
            #expect(screen.role(x: at.x, y: at.y) == .muted, "\(label) disabled")
            #expect(!screen.line(at.y + 1).trimmingCharacters(in: .whitespaces).isEmpty, "\(label) has a reason under it")
        }
        rt.send(.key(.char("n")))
        #expect(rt.state.overlay.isNone, "no note editor for a volunteer")
        #expect(rt.state.message?.text.hasPrefix("Nota: ") == true)
        #expect(rt.state.message?.role == .warning)
    }

    // MARK: note editor

    @Test func noteEditorSavesAMultiLineNoteWithAccentsAtTheTopOfTheTimeline() throws {
        let c = try newCase()
        let rt = try open(c.id)
        rt.send(.key(.down))
        rt.send(.key(.char("n")))
        rt.send(.key(.ctrl("s")))
        #expect(dialogProblem(rt) == "La nota está vacía; escriba algo o pulse Esc.")
        rt.type("Llamó la señora Muñoz Pérez.")
        rt.send(.key(.enter))
        rt.type("Dice que el trámite del niño sigue en espera; ¿cuándo?")
        let screenWhileTyping = rt.render()
        #expect(screenWhileTyping.text.contains("Nueva nota"))
        #expect(screenWhileTyping.text.contains("Llamó la señora Muñoz Pérez."))
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.overlay.isNone)
        let stored = try Self.fixture.desk().caseDetail(id: c.id, by: try Self.fixture.user(named: "jorge")).timeline
            .first { $0.kind == .note }
        #expect(stored?.text == "Llamó la señora Muñoz Pérez.\nDice que el trámite del niño sigue en espera; ¿cuándo?")
        #expect(rt.state.caseDetail?.selectedEntry?.id == stored?.id, "the new note is selected, at the top")
        #expect(rt.state.caseDetail?.cursor.selected == 0)
        let screen = rt.render()
        #expect(screen.line(CaseDetailLayout.timelineTop).contains("Nota: Llamó la señora Muñoz"))
        #expect(rt.state.message == StatusMessage("Nota guardada.", role: .success))
    }

    // MARK: closure

    @Test func requestClosureAsksOutcomeAndSummaryAndTheStoreRecordsIt() throws {
        let c = try newCase()
        let rt = try open(c.id)
        rt.send(.key(.char("c")))
        guard case .dialog(let d) = rt.state.overlay, case .choice(let options, _) = d.kind else {
            Issue.record("no outcome choice"); return
        }
        let i = try #require(options.firstIndex { $0.id == CaseOutcome.serviceCompleted.rawValue })
        rt.send(Array(repeating: Key.down, count: i))
        rt.send(.key(.enter))
        rt.send(.key(.ctrl("s")))
        #expect(dialogProblem(rt) == "El resumen es obligatorio.")
        rt.type("Se completó la asesoría; la familia recibió su matrícula.")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.overlay.isNone)
        let stamp = try status(c.id)
        #expect(stamp.status == .closureRequested)
        let maria = try Self.fixture.user(named: "maria")
        let detail = try Self.fixture.desk().caseDetail(id: c.id, by: maria)
        #expect(detail.header.outcome == .serviceCompleted)
        #expect(detail.header.closureSummary == "Se completó la asesoría; la familia recibió su matrícula.")
        let audit = try Self.fixture.desk().auditTrail(caseId: c.id, by: maria)
        let row = try #require(audit.first { $0.action == CaseEvent.requestClosure.rawValue })
        #expect(row.from == "active" && row.to == "closureRequested")
        #expect(row.actorName == rt.state.user.displayName)
        #expect(rt.render().line(with: "Estado:").contains("Estado: \(CaseStatus.closureRequested.label(.es))"))
        #expect(rt.state.message?.role == .success)
    }

    @Test func supervisorApprovesAndRejectsClosures() throws {
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        let a = try newCase(), b = try newCase()
        for c in [a, b] {
            try desk.requestClosure(caseId: c.id, outcome: .resolved, summary: "Resuelto", version: try status(c.id).version, by: jorge)
        }
        let rt = try open(a.id, as: "maria", language: .en)
        let approve = try #require(rt.render().find("v Approve closure"))
        #expect(rt.render().role(x: approve.x, y: approve.y) == .key)
        rt.send(.key(.char("v")))
        #expect(rt.render().text.contains("Close case \(a.number)? Outcome: Resolved."))
        rt.send(.key(.enter))
        #expect(try status(a.id).status == .closed)
        #expect(rt.render().line(with: "Status:").contains("Status: Closed"))
        // Reopen is now offered; priority is not (closed).
        let reopen = try #require(rt.render().find("o Reopen"))
        #expect(rt.render().role(x: reopen.x, y: reopen.y) == .key)
        rt.send(.key(.char("p")))
        #expect(rt.state.message?.text == "Priority: The case is closed; reopen it first.")

        let rt2 = try open(b.id, as: "maria")
        rt2.send(.key(.char("x")))
        rt2.send(.key(.enter))
        #expect(dialogProblem(rt2) == "El motivo es obligatorio.")
        rt2.type("Falta la constancia de la cita en el consulado")
        rt2.send(.key(.enter))
        #expect(try status(b.id).status == .active)
        let entry = try #require(rt2.state.caseDetail?.timeline.first { $0.kind == .change && $0.action == "rejectClosure" })
        #expect(entry.text == "Falta la constancia de la cita en el consulado")
    }

    // MARK: several terminals

    @Test func aConflictBetweenTwoRuntimesReloadsTheCaseAndKeepsWhatWasTyped() throws {
        let c = try newCase(priority: .normal)
        let a = try open(c.id, as: "jorge")
        let b = try open(c.id, as: "maria")
        a.send(.key(.char("c")))
        a.send(.key(.enter))      // the first outcome
        let typed = "Trámite concluido; se entregó el acta de nacimiento a la señora Muñoz."
        a.type(typed)
        // Meanwhile the supervisor raises the priority in another terminal.
        b.send(.key(.char("p")))
        b.type("u")
        b.send(.key(.enter))
        #expect(try status(c.id).version == (a.state.caseDetail?.header?.version ?? 0) + 1)
        a.send(.key(.ctrl("s")))
        #expect(a.state.message?.text == "Otra persona cambió este caso mientras tanto; se volvió a cargar; lo que usted escribió se conserva.")
        #expect(dialogText(a) == typed, "the summary is still there")
        #expect(dialogProblem(a)?.hasPrefix("Otra persona cambió") == true)
        #expect(a.state.caseDetail?.header?.priority == .urgent, "the case was reloaded")
        #expect(a.state.caseDetail?.header?.version == (try status(c.id).version))
        #expect(try status(c.id).status == .active)
        // Saving again works: the person saw the new version now.
        a.send(.key(.ctrl("s")))
        #expect(a.state.overlay.isNone)
        #expect(try status(c.id).status == .closureRequested)
        #expect(try Self.fixture.desk().caseDetail(id: c.id, by: try Self.fixture.user(named: "maria")).header.closureSummary == typed)
    }

    @Test func aNoteFromAnotherTerminalShowsOnIdleKeepingSelectionAndTheOpenDialog() throws {
        let c = try newCase()
        let desk = try earlierDesk()
        let jorge = try Self.fixture.user(named: "jorge")
        try desk.addNote(caseId: c.id, body: "Primera nota", by: jorge)
        try desk.addNote(caseId: c.id, body: "Segunda nota", by: jorge)
        let a = try open(c.id, as: "jorge")
        a.send(.key(.down))
        let selected = try #require(a.state.caseDetail?.selectedEntry)
        a.send(.key(.char("n")))
        a.type("Borrador que no se pierde: Muñoz")
        a.idle(now: ScreenFixture.now)   // settles the version after the opening read
        let auditBefore = try desk.auditTrail(caseId: c.id, limit: 1000, by: try Self.fixture.user(named: "maria")).count
        let b = try open(c.id, as: "maria")
        b.send(.key(.char("n")))
        b.type("Nota desde otra terminal")
        b.send(.key(.ctrl("s")))
        #expect(!a.render().text.contains("Nota desde otra terminal"))
        a.idle(now: ScreenFixture.now)
        #expect(a.state.caseDetail?.timeline.first?.text == "Nota desde otra terminal")
        #expect(a.state.caseDetail?.selectedEntry == selected, "the same entry stays selected")
        #expect(dialogText(a) == "Borrador que no se pierde: Muñoz")
        #expect(a.state.message == StatusMessage("Datos actualizados por otra terminal.", role: .success))
        a.send(.key(.escape))
        #expect(a.render().text.contains("Nota: Nota desde otra terminal"))
        // The refresh read was not audited, so it does not wake the other terminal in turn.
        let loads = a.taskLog.count
        a.idle(now: ScreenFixture.now)
        a.idle(now: ScreenFixture.now)
        #expect(a.taskLog.count == loads, "no refresh without a change")
        let auditAfter = try desk.auditTrail(caseId: c.id, limit: 1000, by: try Self.fixture.user(named: "maria")).count
        #expect(auditAfter == auditBefore + 2, "b's opening view and its note; a's refresh added nothing")
    }

    // MARK: follow-ups, priority, wait, navigation

    @Test func scheduleFollowUpRefusesABadDateKeepingItThenSaves() throws {
        let c = try newCase()
        let rt = try open(c.id)
        rt.send(.key(.char("s")))
        rt.type("31/02/2031")
        rt.send(.key(.enter))
        #expect(dialogText(rt) == "31/02/2031")
        #expect(dialogProblem(rt)?.contains("febrero") == true, "\(dialogProblem(rt) ?? "")")
        rt.send(Array(repeating: Key.backspace, count: 10))
        rt.type("15/03/2031")
        rt.send(.key(.enter))
        #expect(rt.render().text.contains("15 de marzo de 2031"))
        rt.type("w")                       // WhatsApp
        rt.send(.key(.enter))
        rt.type("Confirmar la cita en el consulado")
        rt.send(.key(.ctrl("s")))
        #expect(rt.state.overlay.isNone)
        let followUps = try Self.fixture.desk().followUps(caseId: c.id, by: try Self.fixture.user(named: "jorge"))
        let f = try #require(followUps.first)
        #expect(f.channel == .whatsapp)
        #expect(f.note == "Confirmar la cita en el consulado")
        #expect(CalendarDate(f.due, timeZone: ScreenFixture.chicago) == CalendarDate(year: 2031, month: 3, day: 15))
        #expect(rt.state.message?.text == "Seguimiento programado para el 15 de marzo de 2031.")
        #expect(rt.render().text.contains("Seguimiento: WhatsApp"))
    }

    @Test func waitAndResumeAndPriorityGoThroughTheStore() throws {
        let c = try newCase(priority: .normal)
        let rt = try open(c.id)
        rt.send(.key(.char("e")))
        rt.type("c")                       // consulado
        rt.send(.key(.enter))
        #expect(try status(c.id).status == .waiting)
        // The reason once, not "En espera (en espera de Espera al consulado)".
        #expect(rt.render().line(with: "Estado:").contains("Estado: En espera (Espera "), "\(rt.render().line(with: "Estado:"))")
        #expect(!rt.render().line(with: "Estado:").contains("en espera de"))
        rt.send(.key(.char("u")))
        rt.send(.key(.enter))
        #expect(try status(c.id).status == .active)
        rt.send(.key(.char("p")))
        rt.type("u")
        rt.send(.key(.enter))
        #expect(rt.state.caseDetail?.header?.priority == .urgent)
        let urgent = try #require(rt.render().find("Urgente"))
        #expect(rt.render().role(x: urgent.x, y: urgent.y) == .urgent)
    }

    @Test func closeAsDuplicateRefusesAnUnknownNumberKeepingItThenCloses() throws {
        let survivor = try newCase(), c = try newCase()
        let rt = try open(c.id, as: "maria")
        rt.send(.key(.char("d")))
        rt.type("2099-999999")
        rt.send(.key(.enter))
        #expect(dialogText(rt) == "2099-999999", "what was typed comes back")
        #expect(dialogProblem(rt)?.contains("No existe el caso «2099-999999».") == true, "\(dialogProblem(rt) ?? "")")
        #expect(rt.state.message?.role == .error)
        #expect(try status(c.id).status == .active)
        rt.send(Array(repeating: Key.backspace, count: 11))
        rt.type(survivor.number)
        rt.send(.key(.enter))
        #expect(rt.state.overlay.isNone)
        #expect(try status(c.id).status == .closed)
        #expect(rt.render().line(with: "Responsable:").contains(CaseOutcome.duplicate.label(.es)))
    }

    @Test func enterOnTheCaseListOpensTheSelectedCaseAndEscGoesBack() throws {
        let rt = try Self.fixture.runtime(username: "jorge")
        #expect(rt.state.screen == .home)
        rt.send(.key(.function(6)))
        #expect(rt.state.screen == .caseList)
        rt.send(.key(.down))
        let chosen = try #require(rt.state.caseList.selectedCase)
        rt.send(.key(.enter))
        #expect(rt.state.screen == .caseDetail)
        #expect(rt.state.caseDetail?.header?.number == chosen.number)
        #expect(rt.render().heading.contains("Caso \(chosen.number)"))
        rt.send(.key(.escape))
        #expect(rt.state.screen == .caseList)
        #expect(rt.state.caseList.selectedCase?.id == chosen.id)
    }

    @Test func enterOnAReferralAsksForTheReferralRoute() throws {
        let c = try newCase()
        let desk = try Self.fixture.desk()
        let jorge = try Self.fixture.user(named: "jorge")
        _ = try desk.createReferral(caseId: c.id, kind: .consularOrientation, partnerId: nil, reason: "Matrícula consular",
                                    urgency: .routine, details: .consularOrientation(ConsularDetails()),
                                    consentToShare: true, responseDue: nil, by: jorge)
        let rt = try open(c.id)
        let index = try #require(rt.state.caseDetail?.timeline.firstIndex { $0.kind == .referral })
        rt.send(Array(repeating: Key.down, count: index))
        #expect(rt.render().text.contains("Canalización: "))
        rt.send(.key(.enter))
        #expect(rt.state.screen == .referral)
        #expect(rt.render().text.contains("Matrícula consular"))
        rt.send(.key(.escape))
        #expect(rt.state.screen == .caseDetail)
    }
}
