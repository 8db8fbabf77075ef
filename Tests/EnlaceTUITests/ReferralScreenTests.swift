import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

/// The referral screens driven by keys against a real demo database: a new referral of each
/// kind typed field by field and sent, the consent refusal, the workflow steps, the slip.
/// The screen is opened by its route, as the case detail screen will open it.
@Suite(.serialized)
struct ReferralScreenTests {
    /// A demo database of its own (these tests write) and a runtime as Jorge (caseworker).
    static func start(_ name: String, width: Int = 80, height: Int = 24, language: Language = .es) throws
        -> (fixture: ScreenFixture, rt: AppRuntime, caseId: Int64) {
        let fixture = ScreenFixture.make(people: 60, seed: 11, name: name)
        let rt = try fixture.runtime(username: "jorge", width: width, height: height, language: language)
        let caseId = try #require(try rt.desk.myCases(by: rt.state.user, limit: 1).first?.id)
        return (fixture, rt, caseId)
    }

    static func open(_ rt: AppRuntime, _ route: Route) {
        rt.send(.changed(StateChange { state in ScreenDispatch.open(&state, route) }))
    }

    /// Tab to a field of the form (the focus order is the form's).
    static func go(_ rt: AppRuntime, to id: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for _ in 0..<80 where rt.state.referral.form.focusedID != id { rt.send(.key(.tab)) }
        #expect(rt.state.referral.form.focusedID == id, "no field \(id)", sourceLocation: sourceLocation)
    }

    static func fill(_ rt: AppRuntime, _ id: String, _ text: String) {
        go(rt, to: id)
        rt.type(text)
    }

    static func tick(_ rt: AppRuntime, _ id: String) {
        go(rt, to: id)
        rt.send(.key(.char(" ")))
    }

    /// Fills the reason and ticks the person's consent to share: the start of every referral form.
    static func giveReason(_ rt: AppRuntime, _ reason: String) {
        fill(rt, "reason", reason)
        tick(rt, "consent")
    }

    static func newest(_ rt: AppRuntime, _ caseId: Int64) throws -> Referral {
        try #require(try rt.desk.referrals(caseId: caseId, by: rt.state.user).first)
    }

    // MARK: - One referral of each kind

    @Test func telemedicineReferralTypedTickedPickedAndSent() throws {
        let (_, rt, caseId) = try Self.start("ref-tele")
        Self.open(rt, .newReferral(caseId: caseId))
        var screen = rt.render()
        #expect(screen.find("¿A qué servicio canaliza a la persona?") != nil, "\(screen.text)")
        #expect(screen.find("1  Telemedicina") != nil)
        #expect(screen.find("4  Orientación consular") != nil)
        let number = try #require(rt.state.referral.caseNumber)
        #expect(screen.heading.contains(number))
        rt.send(.key(.enter)) // the first kind, telemedicine
        #expect(rt.state.referral.kind == .telemedicine)
        #expect(rt.state.referral.partners.allSatisfy { $0.kindsServed.contains(.telemedicine) })
        #expect(!rt.state.referral.partners.isEmpty)

        // The partner picker lists only telemedicine partners; typing jumps to one.
        rt.send(.key(.ctrl("o")))
        screen = rt.render()
        #expect(screen.find("Organización aliada (las de su estado primero)") != nil, "\(screen.text)")
        #expect(screen.find("Red de Telemedicina Salud Sin Fronteras · Chicago, IL") != nil)
        #expect(screen.find("Centro Legal Comunitario") == nil)
        rt.type("R")
        rt.send(.key(.enter))
        let partner = try #require(rt.state.referral.partners.first { $0.name == "Red de Telemedicina Salud Sin Fronteras" })

        // Sending too early: the store says what is missing, and each field says so.
        rt.send(.key(.ctrl("g")))
        #expect(try Self.newest(rt, caseId).status == .draft)
        screen = rt.render()
        #expect(screen.messageLine.contains("Complete antes de enviar"), "\(screen.messageLine)")
        #expect(rt.state.referral.form.focusedID == "reason")
        #expect(rt.state.referral.form["tm.symptoms"]?.problem == ReferralScreenText.missingToSend.text)
        #expect(screen.find("Falta para enviar.").map { screen.role(x: $0.x, y: $0.y) } == .error)
        Self.giveReason(rt, "Dolores de cabeza desde hace un mes")
        Self.fill(rt, "tm.symptoms", "Cefalea y mareo; pide hablar en mixteco")
        Self.fill(rt, "tm.language", "Mix")
        Self.fill(rt, "tm.modality", "Vid")
        Self.fill(rt, "tm.availability", "9:00-13:30")
        Self.tick(rt, "tm.weekdays")
        Self.fill(rt, "tm.insurance", "Medi")
        Self.tick(rt, "doc.photoID")
        Self.tick(rt, "doc.reachablePhone")
        screen = rt.render()
        #expect(screen.find("Si es una emergencia, llame al 911") != nil || rt.state.referral.form["urgency"]?.note != nil)
        rt.send(.key(.ctrl("g")))

        let stored = try Self.newest(rt, caseId)
        #expect(stored.status == .sent)
        #expect(stored.kind == .telemedicine)
        #expect(stored.partnerId == partner.id)
        #expect(stored.reason == "Dolores de cabeza desde hace un mes")
        #expect(stored.consentToShare)
        #expect(stored.responseDueDate != nil)
        #expect(stored.details == .telemedicine(TelemedicineDetails(
            symptoms: "Cefalea y mareo; pide hablar en mixteco", preferredLanguage: .mixteco, modality: .video,
            availability: AvailabilityWindow(fromMinute: 9 * 60, toMinute: 13 * 60 + 30, weekdaysOnly: true),
            insurance: .medicaid)))
        #expect(stored.checklist.filter(\.done).map(\.key).sorted() == ["photoID", "reachablePhone"])

        // The screen now shows the sent referral, its partner and what can be done next.
        #expect(rt.state.referral.mode == .view)
        screen = rt.render()
        #expect(screen.find("Enviada") != nil, "\(screen.text)")
        #expect(screen.find("Organización: Red de Telemedicina Salud Sin Fronteras") != nil)
        #expect(screen.find("[x] Identificación con foto (cualquiera)") != nil)
        #expect(screen.find("Acciones:") != nil)
        #expect(screen.find("a Aceptada") != nil)
        #expect(screen.messageLine.contains("Canalización enviada a Red de Telemedicina"), "\(screen.messageLine)")
    }

    /// At 80x24 a partner's label and a document's hint longer than their room end in "…"
    /// (they used to stop mid-word: "Phoenix,", "videolla"); a partner of several words is
    /// chosen by typing its name, spaces and all.
    @Test func longChoicesAndHintsEndInAnEllipsisAndAPartnerIsTypedByName() throws {
        let (_, rt, caseId) = try Self.start("ref-ellipsis")
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("1")
        rt.type("Red de Telemedicina")
        let partner = try #require(rt.state.referral.partners.first { $0.name == "Red de Telemedicina Salud Sin Fronteras" })
        #expect(rt.state.referral.form.value("partner") == String(partner.id))
        rt.send(.key(.tab))
        let screen = rt.render()
        #expect(screen.find("Red de Telemedicina Salud Sin Fronteras · Chicago, IL") == nil)
        let label = try #require(screen.find("Red de Telemedicina"), "\(screen.text)")
        #expect(screen.line(label.y).contains("…"), "\(screen.line(label.y))")
        let hint = try #require(screen.find("Teléfono con señal o equipo para video"), "\(screen.text)")
        #expect(screen.line(hint.y).contains("video") && screen.line(hint.y).contains("…"), "\(screen.line(hint.y))")
        #expect(screen.text.split(separator: "\n").allSatisfy { TextWidth.columns(of: $0) <= 80 })
    }

    /// Choosing a partner with its own working days to answer changes what an empty response
    /// date means (3 working days for a partner without one).
    @Test func thePartnersResponseDaysAreWhatAnEmptyResponseDateMeans() throws {
        let (fixture, rt, caseId) = try Self.start("ref-response-days")
        let desk = try fixture.desk()
        let admin = try fixture.user(.admin)
        let red = try #require(try desk.partnerDirectory(by: admin).first { $0.name == "Red de Telemedicina Salud Sin Fronteras" })
        var draft = PartnerDraft(red)
        draft.responseDays = 7
        _ = try desk.editPartner(id: try #require(Int64(red.id)), draft, version: red.version, by: admin)
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("1")
        let before = try #require(rt.state.referral.form["responseDue"]?.placeholder?.es)
        rt.type("Red de Telemedicina")
        let after = try #require(rt.state.referral.form["responseDue"]?.placeholder?.es)
        #expect(before.hasPrefix("3 días hábiles: "), "\(before)")
        #expect(after.hasPrefix("7 días hábiles: "), "\(after)")
    }

    /// The court date reads as a hearing in Spanish ("Fecha de corte" reads as a cutoff date).
    @Test func legalAidFormNamesTheCourtHearingInSpanish() throws {
        let (_, rt, caseId) = try Self.start("ref-legal-es")
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("2")
        let screen = rt.render()
        #expect(screen.find("Audiencia en la corte") != nil, "\(screen.text)")
        #expect(screen.find("Fecha de corte") == nil)
        #expect(screen.find("Fecha límite") != nil)
    }

    @Test func legalAidReferralInEnglishSuggestsUrgencyFromTheDeadline() throws {
        let (_, rt, caseId) = try Self.start("ref-legal", language: .en)
        Self.open(rt, .newReferral(caseId: caseId))
        #expect(rt.render().find("Which service is the person referred to?") != nil)
        rt.type("2")
        #expect(rt.state.referral.kind == .legalAid)
        Self.fill(rt, "partner", "Centro")
        let partner = try #require(rt.state.referral.partners.first { $0.name == "Centro Legal Comunitario del Medio Oeste" })
        #expect(rt.state.referral.form.value("partner") == partner.id)
        Self.giveReason(rt, "Notice to appear received")
        Self.fill(rt, "la.matter", "Asy")
        // A court date five days away: the urgency becomes urgent, and the date shows in words.
        let court = CalendarDate(ScreenFixture.now.addingTimeInterval(5 * 86_400), timeZone: ScreenFixture.chicago)
        Self.fill(rt, "la.court", String(format: "%02d/%02d/%04d", court.day, court.month, court.year))
        var screen = rt.render()
        #expect(screen.find(DateInput.words(court, .en)) != nil, "\(screen.text)")
        Self.go(rt, to: "la.detained")
        #expect(rt.state.referral.form.value("urgency") == "urgent")
        Self.tick(rt, "la.detained")
        Self.fill(rt, "la.facility", "Broadview Processing Center")
        Self.tick(rt, "doc.noticesReceived")
        screen = rt.render()
        #expect(screen.find("Suggested urgency: Urgent") != nil, "\(screen.text)")
        rt.send(.key(.ctrl("g")))

        let stored = try Self.newest(rt, caseId)
        #expect(stored.status == .sent, "\(rt.state.message?.text ?? "")")
        #expect(stored.urgency == .urgent)
        #expect(stored.partnerId == partner.id)
        guard case .legalAid(let legal) = stored.details else { Issue.record("not legal aid"); return }
        #expect(legal.matter == .asylum)
        #expect(legal.detained)
        #expect(legal.detentionFacility == "Broadview Processing Center")
        #expect(legal.courtDate.map { CalendarDate($0, timeZone: ScreenFixture.chicago) } == court)
        #expect(stored.checklist.filter(\.done).map(\.key) == ["noticesReceived"])
        screen = rt.render()
        #expect(screen.find("Sent") != nil)
        #expect(screen.find("Matter: Asylum") != nil, "\(screen.text)")
    }

    @Test func funeralReferralWithRepatriationAndNextOfKin() throws {
        let (_, rt, caseId) = try Self.start("ref-funeral")
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("3")
        #expect(rt.state.referral.kind == .funeralAssistance)
        Self.fill(rt, "partner", "Funeraria")
        let partner = try #require(rt.state.referral.partners.first { $0.name == "Funeraria Nuestra Señora de Guadalupe" })
        Self.giveReason(rt, "Fallecimiento del esposo; la familia pide traslado")
        Self.fill(rt, "fu.deceased", "José Ángel Muñoz Pérez")
        Self.fill(rt, "fu.dateOfDeath", "12 nov 2026")
        Self.fill(rt, "fu.bodyLocation", "Hosp")
        Self.fill(rt, "fu.disposition", "Sep")
        Self.fill(rt, "fu.kinName", "María Guadalupe Pérez")
        Self.fill(rt, "fu.kinRelationship", "Esposa")
        Self.fill(rt, "fu.kinPhone", "312 555 0199")
        rt.send(.key(.tab))
        #expect(rt.render().find("(312) 555-0199") != nil)
        Self.tick(rt, "fu.support.repatriation")
        Self.fill(rt, "fu.repatriationState", "Guana")
        Self.fill(rt, "fu.repatriationMunicipality", "Dolores Hidalgo")
        Self.tick(rt, "doc.deathCertificate")
        rt.send(.key(.ctrl("g")))

        let stored = try Self.newest(rt, caseId)
        #expect(stored.status == .sent, "\(rt.state.message?.text ?? "")")
        #expect(stored.partnerId == partner.id)
        guard case .funeralAssistance(let f) = stored.details else { Issue.record("not funeral"); return }
        #expect(f.deceasedName == "José Ángel Muñoz Pérez")
        #expect(f.dateOfDeath.map { CalendarDate($0, timeZone: ScreenFixture.chicago) } == CalendarDate(year: 2026, month: 11, day: 12))
        #expect(f.bodyLocation == .hospital)
        #expect(f.disposition == .burial)
        #expect(f.nextOfKin == NextOfKinContact(name: "María Guadalupe Pérez", relationship: "Esposa", phone: "+13125550199"))
        #expect(f.supportRequested == [.repatriation])
        #expect(f.repatriation == MexicanOrigin(stateCode: MexicanState.guanajuato.rawValue, municipality: "Dolores Hidalgo"))
        #expect(stored.checklist.filter(\.done).map(\.key) == ["deathCertificate"])
        // At 80x24 the view starts at the partner; more documents are below, ↓ says so.
        var screen = rt.render()
        #expect(screen.underHeading.contains("Funeraria Nuestra Señora de Guadalupe"), "\(screen.text)")
        #expect(screen.find("José Ángel Muñoz Pérez") != nil, "\(screen.text)")
        #expect(screen.find("Prueba de parentesco") == nil)
        let more = screen.row(where: { $0.hasSuffix("↓ │") })
        #expect((more ?? -1) > (screen.row(of: "Funeraria Nuestra Señora de Guadalupe") ?? Int.max), "↓ below the form: \(screen.text)")
        // ↓ moves among the documents, scrolling; Space ticks the one under the cursor.
        rt.send(.key(.down))
        rt.send(.key(.char(" ")))
        #expect(try Self.newest(rt, caseId).checklist.filter(\.done).map(\.key) == ["deathCertificate", "deceasedID"])
        rt.send(.key(.down))
        rt.send(.key(.down))
        screen = rt.render()
        let row = try #require(screen.find("[ ] Prueba de parentesco"), "\(screen.text)")
        #expect(screen.role(x: row.x, y: row.y) == .selection)
        #expect(screen.underHeading.hasSuffix("↑ │"), "↑ at the top of the form")
        rt.send(.key(.pageUp))
        #expect(rt.render().underHeading.contains("Funeraria Nuestra Señora de Guadalupe"))
    }

    /// Consular orientation: the procedure brings its documents; sending without consent is
    /// refused by the store, the screen offers to record it, then accept, schedule (with a bad
    /// date first), the slip, and completion with an outcome.
    @Test func consularReferralConsentScheduleSlipAndComplete() throws {
        let (fixture, rt, caseId) = try Self.start("ref-consular")
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("4")
        Self.fill(rt, "partner", "Consulado General de México en Chicago")
        #expect(rt.state.referral.form.value("partner") != "")
        Self.fill(rt, "reason", "Tramitar matrícula consular")
        Self.fill(rt, "co.procedure", "Matr")
        let docs = rt.state.referral.form.fields.filter { $0.id.hasPrefix("doc.") }.map(\.id)
        #expect(docs == ["doc.birthCertificate", "doc.officialPhotoID", "doc.proofOfAddressInDistrict"])
        Self.tick(rt, "doc.birthCertificate")

        // Ctrl-S: a draft with the tick, no consent yet.
        rt.send(.key(.ctrl("s")))
        var stored = try Self.newest(rt, caseId)
        #expect(stored.status == .draft)
        #expect(!stored.consentToShare)
        #expect(stored.checklist.first { $0.key == "birthCertificate" }?.done == true)
        #expect(rt.render().messageLine.contains("Borrador guardado"))

        // Send: the store refuses without consent; the screen says why and asks.
        rt.send(.key(.ctrl("g")))
        #expect(try Self.newest(rt, caseId).status == .draft)
        var screen = rt.render()
        #expect(screen.find("Consentimiento para compartir") != nil, "\(screen.text)")
        #expect(screen.text.contains("no ha dado su consentimiento"))
        rt.send(.key(.char("s")))
        stored = try Self.newest(rt, caseId)
        #expect(stored.status == .sent)
        #expect(stored.consentToShare)
        let id = try #require(Int64(stored.id))
        let audit = try rt.desk.auditTrail(caseId: nil, limit: 100, by: try fixture.user(.supervisor))
            .filter { $0.entity == "referral" && $0.entityId == id }
        #expect(audit.contains { $0.action == "update" && ($0.changedFields ?? "").contains("consentToShare") })

        // Schedule is refused before the partner accepts; the reason is on the message line.
        rt.send(.key(.char("c")))
        #expect(rt.state.overlay.isNone)
        #expect(rt.render().messageLine.contains("Enviada"), "\(rt.render().messageLine)")
        rt.send(.key(.char("a")))
        #expect(try Self.newest(rt, caseId).status == .accepted)

        // A date that does not exist is refused in the dialog, keeping what was typed.
        rt.send(.key(.char("c")))
        rt.type("31/02/2030")
        rt.send(.key(.enter))
        screen = rt.render()
        #expect(screen.find("31/02/2030") != nil, "\(screen.text)")
        #expect(screen.find("febrero") != nil)
        for _ in 0..<10 { rt.send(.key(.backspace)) }
        rt.type("15/01/2030")
        rt.send(.key(.enter))
        #expect(rt.render().find("15 de enero de 2030") != nil)
        rt.type("diez")
        rt.send(.key(.enter))
        #expect(rt.render().find("«diez» no es una hora") != nil)
        for _ in 0..<4 { rt.send(.key(.backspace)) }
        rt.type("10:30")
        rt.send(.key(.enter))
        rt.type("Ventanilla 3")
        rt.send(.key(.enter))
        stored = try Self.newest(rt, caseId)
        #expect(stored.status == .scheduled)
        let appointment = try #require(stored.appointment)
        #expect(appointment.place == "Ventanilla 3")
        var chicago = Calendar(identifier: .gregorian)
        chicago.timeZone = ScreenFixture.chicago
        #expect(chicago.dateComponents([.year, .month, .day, .hour, .minute], from: appointment.at)
            == DateComponents(year: 2030, month: 1, day: 15, hour: 10, minute: 30))
        screen = rt.render()
        #expect(screen.find("Cita: 15 de enero de 2030, 10:30 · Ventanilla 3") != nil, "\(screen.text)")
        // Every step allowed now fits on the actions row at 80 columns, the slip last.
        #expect(screen.line(with: "m Cambiar cita").contains("m Cambiar cita t Completada n No se presentó x Cancelar i Hoja"), "\(screen.text)")

        // The slip: a file of its own, readable by its owner only, in both languages.
        rt.send(.key(.char("i")))
        let number = try #require(rt.state.referral.caseNumber)
        let path = URL(fileURLWithPath: fixture.path).deletingLastPathComponent()
            .appendingPathComponent("canalizacion-\(number)-\(id).txt").path
        #expect(rt.render().messageLine.contains("canalizacion-\(number)-\(id).txt"))
        let slip = try String(contentsOfFile: path, encoding: .utf8)
        for text in ["HOJA DE CANALIZACIÓN", "REFERRAL SLIP", "Consulado General de México en Chicago",
                     "204 S Ashland Ave", "Ventanilla 3", "Acta de nacimiento mexicana", "Mexican birth certificate",
                     "2030", "enero", "January", number] {
            #expect(slip.contains(text), "slip lacks \(text)")
        }
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // Complete with an outcome and a note.
        rt.send(.key(.char("t")))
        #expect(rt.render().find("Resultado de la canalización") != nil)
        rt.send(.key(.down))
        rt.send(.key(.enter))
        rt.type("Entregan la matrícula en dos semanas")
        rt.send(.key(.enter))
        stored = try Self.newest(rt, caseId)
        #expect(stored.status == .completed)
        #expect(stored.outcome == .partiallyProvided)
        #expect(stored.outcomeNote == "Entregan la matrícula en dos semanas")
        screen = rt.render()
        #expect(screen.find("Completada") != nil)
        #expect(screen.find("Resultado: Recibió parte del servicio") != nil, "\(screen.text)")
    }

    // MARK: - Existing referrals

    /// A sent referral made through the store, opened by its route.
    static func sentReferral(_ rt: AppRuntime, _ caseId: Int64) throws -> Int64 {
        let partner = try #require(try rt.desk.partners(kind: .consularOrientation, limit: 1).first)
        let draft = try rt.desk.createReferral(
            caseId: caseId, kind: .consularOrientation, partnerId: Int64(partner.id), reason: "Pasaporte",
            urgency: .routine, details: .consularOrientation(ConsularDetails(procedure: .passport)),
            consentToShare: true, responseDue: nil, by: rt.state.user)
        let sent = try rt.desk.sendReferral(id: Int64(draft.id)!, by: rt.state.user, version: draft.version)
        return Int64(sent.id)!
    }

    @Test func declineAsksTheReasonAndCreatesAFollowUpAfterAConflict() throws {
        let (_, rt, caseId) = try Self.start("ref-decline")
        let id = try Self.sentReferral(rt, caseId)
        Self.open(rt, .referral(referralId: id))
        #expect(rt.state.referral.mode == .view)
        #expect(rt.render().find("Pasaporte") != nil)
        // Someone else ticks a document meanwhile: the screen's version is stale.
        let current = try rt.desk.referral(id: id, by: rt.state.user)
        _ = try rt.desk.setChecklistItem(referralId: id, item: "feePayment", done: true, by: rt.state.user, version: current.version)

        rt.send(.key(.char("d")))
        rt.send(.key(.enter))
        #expect(rt.render().find("Escriba el motivo.") != nil) // a reason is required
        rt.type("No atienden pasaportes esta semana")
        rt.send(.key(.enter))
        // The conflict: said, reloaded, and the reason still typed in the reopened dialog.
        var screen = rt.render()
        #expect(screen.messageLine.contains("Otra persona cambió esta canalización"), "\(screen.messageLine)")
        #expect(screen.find("No atienden pasaportes esta semana") != nil)
        #expect(try rt.desk.referral(id: id, by: rt.state.user).status == .sent)
        rt.send(.key(.enter))
        #expect(try rt.desk.referral(id: id, by: rt.state.user).status == .declined)
        let followUps = try rt.desk.followUps(caseId: caseId, by: rt.state.user).filter { $0.referralId == String(id) }
        #expect(followUps.count == 1)
        screen = rt.render()
        #expect(screen.messageLine.contains("Se creó un seguimiento"), "\(screen.messageLine)")
        #expect(screen.find("Motivo del cierre: No atienden pasaportes esta semana") != nil, "\(screen.text)")
        // The document ticked elsewhere shows after the reload.
        #expect(screen.find("[x] Pago de derechos") != nil)
    }

    @Test func documentsTickFromTheViewAndRefusedStepsSayWhy() throws {
        let (fixture, rt, caseId) = try Self.start("ref-view", language: .en)
        let id = try Self.sentReferral(rt, caseId)
        Self.open(rt, .referral(referralId: id))
        rt.send(.key(.down))
        rt.send(.key(.char(" ")))
        let stored = try rt.desk.referral(id: id, by: rt.state.user)
        #expect(stored.checklist.filter(\.done).map(\.key) == ["officialPhotoID"])
        var screen = rt.render()
        #expect(screen.find("[x] Official photo ID") != nil, "\(screen.text)")
        // Completing is not possible on a sent referral: the reason, not silence.
        rt.send(.key(.char("t")))
        screen = rt.render()
        #expect(screen.messageLine.contains("Sent"), "\(screen.messageLine)")
        #expect(screen.messageRole == .warning)
        // Another terminal records the partner's answer: the open view shows it when idle.
        let elsewhere = try CaseDesk.open(path: fixture.path, create: false, clock: ScreenFixture.clock)
        _ = try fixture.user(named: rt.state.user.username, on: elsewhere)
        let current = try elsewhere.referral(id: id, by: rt.state.user)
        _ = try elsewhere.acceptReferral(id: id, by: rt.state.user, version: current.version)
        rt.idle(now: ScreenFixture.now.addingTimeInterval(1))
        screen = rt.render()
        #expect(screen.heading.hasSuffix("Accepted │"), "\(screen.heading)")
        #expect(screen.find("c Schedule") != nil, "\(screen.text)")
        let lucia = try ScreenFixtureRuntime.lucia(rt)
        Self.open(lucia, .referral(referralId: id))
        // Lucía may not see another caseworker's case: nothing of the referral shows, only why.
        let hers = lucia.render()
        #expect(lucia.state.referral.detail == nil)
        #expect(hers.find("Pasaporte") == nil && hers.find("Passport") == nil)
        #expect(hers.messageRole == .error, "\(hers.text)")
    }

    /// A draft opened later by its route comes back in its form; an edit made meanwhile
    /// elsewhere is a conflict that keeps what was typed, and the next Ctrl-S saves it.
    @Test func draftReopensInItsFormAndAConflictKeepsTheTyping() throws {
        let (fixture, rt, caseId) = try Self.start("ref-draft")
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("4")
        Self.fill(rt, "partner", "Consulado General de México en Chicago")
        Self.giveReason(rt, "Registro de nacimiento de su hija")
        Self.fill(rt, "co.procedure", "Reg")
        Self.tick(rt, "doc.parentsPhotoID")
        rt.send(.key(.ctrl("s")))
        let draft = try Self.newest(rt, caseId)
        #expect(draft.status == .draft)
        rt.send(.key(.escape)) // saved: leaves without asking
        #expect(rt.state.screen == .home)

        Self.open(rt, .referral(referralId: Int64(draft.id)!))
        #expect(rt.state.referral.mode == .form)
        let form = rt.state.referral.form
        #expect(form.value("reason") == "Registro de nacimiento de su hija")
        #expect(form.value("co.procedure") == "birthRegistration")
        #expect(form["consent"]?.isChecked == true)
        #expect(form["doc.parentsPhotoID"]?.isChecked == true)
        #expect(form.value("partner") == draft.partnerId)
        #expect(rt.render().heading.contains("Borrador · Canalización"), "\(rt.render().heading)")

        // Someone else edits the draft; this screen's Ctrl-S is refused, the typing stays.
        let elsewhere = try CaseDesk.open(path: fixture.path, create: false, clock: ScreenFixture.clock)
        _ = try fixture.user(named: rt.state.user.username, on: elsewhere)
        _ = try elsewhere.updateReferralDraft(id: Int64(draft.id)!, partnerId: Int64(draft.partnerId!), reason: "Otra cosa",
                                              urgency: .routine, details: draft.details, consentToShare: true,
                                              responseDue: nil, by: rt.state.user, version: draft.version)
        Self.fill(rt, "co.appointment", "15/01/2030")
        rt.send(.key(.ctrl("s")))
        #expect(rt.render().messageLine.contains("Otra persona cambió este borrador"), "\(rt.render().messageLine)")
        #expect(rt.state.referral.form.value("co.appointment") == "15/01/2030")
        #expect(try Self.newest(rt, caseId).reason == "Otra cosa")
        rt.send(.key(.ctrl("g")))
        let sent = try Self.newest(rt, caseId)
        #expect(sent.status == .sent, "\(rt.state.message?.text ?? "")")
        #expect(sent.reason == "Registro de nacimiento de su hija")
        guard case .consularOrientation(let consular) = sent.details else { Issue.record("not consular"); return }
        #expect(consular.appointmentDate.map { CalendarDate($0, timeZone: ScreenFixture.chicago) } == CalendarDate(year: 2030, month: 1, day: 15))
        #expect(sent.checklist.filter(\.done).map(\.key) == ["parentsPhotoID"])
    }

    @Test func escapeWithTypedTextAsksBeforeLeaving() throws {
        let (_, rt, caseId) = try Self.start("ref-esc", width: 120, height: 40)
        Self.open(rt, .caseList)
        Self.open(rt, .newReferral(caseId: caseId))
        rt.type("1")
        Self.fill(rt, "reason", "Revisión de presión")
        rt.send(.key(.escape))
        var screen = rt.render()
        #expect(screen.find("¿Salir sin guardarlos?") != nil, "\(screen.text)")
        rt.send(.key(.char("n")))
        #expect(rt.state.screen == .referral)
        #expect(rt.state.referral.form.value("reason") == "Revisión de presión")
        // Wider terminal: the whole telemedicine form and its documents fit.
        screen = rt.render()
        #expect(screen.find("Documentos a llevar") != nil, "\(screen.text)")
        rt.send(.key(.escape))
        rt.send(.key(.char("s")))
        #expect(rt.state.screen == .caseList)
        #expect(try rt.desk.referrals(caseId: caseId, by: rt.state.user).filter { $0.reason == "Revisión de presión" }.isEmpty)
    }
}

/// A second person at another terminal on the same file.
enum ScreenFixtureRuntime {
    static func lucia(_ rt: AppRuntime) throws -> AppRuntime {
        let user = try rt.desk.authenticate(username: "lucia", password: DemoData.password)
        let state = AppState(language: .en, width: 80, height: 24, user: user, organization: "Enlace",
                             now: ScreenFixture.now, timeZone: ScreenFixture.chicago)
        return AppRuntime(desk: rt.desk, state: state, outputDirectory: rt.outputDirectory)
    }
}

/// Times of day and availability windows as typed at the desk.
@Suite struct ClockTimeTests {
    @Test(arguments: [
        ("10", 600), ("10:30", 630), ("9.05", 545), ("4 pm", 960), ("4:15 p.m.", 975), ("12 am", 0),
        ("12 pm", 720), ("15 h", 900), ("15:00 hrs", 900), ("0:00", 0), ("23:59", 1439),
    ])
    func readsTimes(_ text: String, _ minutes: Int) {
        #expect(ClockTime.parse(text) == minutes)
    }

    @Test(arguments: ["", "diez", "24:00", "10:60", "13 pm", "10:5", "1:2:3", "١٠:٣٠", "100"])
    func refusesWhatIsNotATime(_ text: String) {
        #expect(ClockTime.parse(text) == nil)
    }

    @Test func readsWindows() {
        #expect(ClockTime.window("9:00-13:30") == AvailabilityWindow(fromMinute: 540, toMinute: 810))
        #expect(ClockTime.window("9 a 17") == AvailabilityWindow(fromMinute: 540, toMinute: 1020))
        #expect(ClockTime.window("9am to 5pm") == AvailabilityWindow(fromMinute: 540, toMinute: 1020))
        #expect(ClockTime.window("17-9") == nil)
        #expect(ClockTime.window("mañanas") == nil)
    }
}
