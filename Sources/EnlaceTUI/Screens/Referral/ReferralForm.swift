import Foundation
import EnlaceCore
import EnlaceStore

/// The fields of a referral form for one kind, and the reading of what was typed back into
/// the store's types. Field ids: the common ones (`partner`, `reason`, `urgency`,
/// `responseDue`, `consent`), the kind's (`tm.`, `la.`, `fu.`, `co.` prefixes) and one tick
/// box per document of the checklist (`doc.<key>`).
enum ReferralForm {
    static let docPrefix = "doc."

    /// What the form says, in the store's types.
    struct Reading: Sendable, Equatable {
        var partnerId: Int64?
        var reason: String
        var urgency: ReferralUrgency
        var details: ReferralDetails
        var consent: Bool
        var responseDue: Date?
        /// Checklist ticks by item key.
        var ticks: [String: Bool]
    }

    /// A field that could not be read, and why.
    struct Problem: Error, Sendable, Equatable {
        var field: String
        var text: LocalizedText
    }

    // MARK: - Building

    static func choice<T: RawRepresentable>(_ values: [T], _ label: (T) -> LocalizedText,
                                            selected: T?) -> FormField.Input where T.RawValue == String {
        .choice(ChoiceField(values.map { Choice($0.rawValue, label($0)) }, selectedID: selected?.rawValue))
    }

    static func partnerChoices(_ partners: [Partner]) -> [Choice] {
        partners.map { Choice($0.id, name: partnerLabel($0)) }
    }

    /// "Consulado General de México en Chicago · Chicago, IL".
    static func partnerLabel(_ partner: Partner) -> String {
        let place = [partner.city, partner.state].compactMap { $0 }.joined(separator: ", ")
        return place.isEmpty ? partner.name : "\(partner.name) · \(place)"
    }

    /// The form of a new referral of `kind`, or of `draft` when editing one.
    static func fields(kind: ReferralKind, partners: [Partner], draft: Referral?,
                       timeZone: TimeZone, now: Date) -> [FormField] {
        let t = ReferralText.self
        let details = draft?.details ?? .empty(kind)
        var fields: [FormField] = []
        var partner = FormField("partner", t.fieldPartner.text, required: true,
                                input: .choice(ChoiceField(partnerChoices(partners), selectedID: draft?.partnerId)))
        partner.note = ReferralScreenText.partnerHint.text
        partner.noteRole = .muted
        fields.append(partner)
        fields.append(.text("reason", t.fieldReason.text, required: true, value: draft?.reason ?? "", maxLength: 500))
        var urgency = FormField("urgency", ReferralScreenText.urgency.text,
                                input: choice(ReferralUrgency.allCases, { $0.label.text }, selected: draft?.urgency ?? .routine))
        if kind == .telemedicine {
            urgency.note = ReferralText.emergencyCall911.text
            urgency.noteRole = .warning
        }
        fields.append(urgency)
        fields.append(.text("responseDue", ReferralScreenText.responseDue.text,
                            value: draft?.responseDueDate.map { dateText($0, timeZone) } ?? "", maxLength: 40,
                            placeholder: responseDuePlaceholder(days: CaseDesk.defaultResponseWorkingDays, kind: kind,
                                                                timeZone: timeZone, now: now)))
        fields.append(FormField("consent", ReferralScreenText.consent.text, input: .check(draft?.consentToShare ?? false),
                                placeholder: ReferralScreenText.consentHint.text))
        fields += kindFields(details, timeZone: timeZone)
        fields += checklistFields(draft?.checklist ?? DocumentChecklist.defaultItems(for: details))
        return fields
    }

    static func checklistFields(_ items: [ChecklistItem]) -> [FormField] {
        items.enumerated().map { i, item in
            FormField(docPrefix + item.key,
                      i == 0 ? ReferralScreenText.documents.text : .plain(""),
                      input: .check(item.done), placeholder: LocalizedText(es: item.es, en: item.en))
        }
    }

    static func kindFields(_ details: ReferralDetails, timeZone: TimeZone) -> [FormField] {
        let t = ReferralText.self
        let s = ReferralScreenText.self
        func date(_ d: Date?) -> String { d.map { dateText($0, timeZone) } ?? "" }
        switch details {
        case .telemedicine(let d):
            return [
                .text("tm.symptoms", t.fieldSymptoms.text, required: true, value: d.symptoms ?? "", maxLength: 500),
                FormField("tm.language", t.fieldPreferredLanguage.text, required: true,
                          input: choice(SpokenLanguage.allCases, { $0.label.text }, selected: d.preferredLanguage)),
                FormField("tm.modality", t.fieldModality.text, required: true,
                          input: choice(TelemedicineModality.allCases, { $0.label.text }, selected: d.modality)),
                .text("tm.availability", t.fieldAvailability.text, value: d.availability.map(availabilityText) ?? "",
                      maxLength: 40, placeholder: s.availabilityHint.text),
                FormField("tm.weekdays", s.weekdaysOnly.text, input: .check(d.availability?.weekdaysOnly ?? false)),
                FormField("tm.insurance", t.fieldInsurance.text,
                          input: choice(InsuranceCoverage.allCases, { $0.label.text }, selected: d.insurance)),
            ]
        case .legalAid(let d):
            return [
                FormField("la.matter", t.fieldMatter.text, required: true,
                          input: choice(LegalMatter.allCases, { $0.label.text }, selected: d.matter)),
                .text("la.deadline", s.deadline.text, value: date(d.deadline), maxLength: 40, placeholder: s.dateHint.text),
                .text("la.court", s.courtDate.text, value: date(d.courtDate), maxLength: 40, placeholder: s.dateHint.text),
                FormField("la.detained", s.detained.text, input: .check(d.detained)),
                .text("la.facility", t.fieldDetentionFacility.text, value: d.detentionFacility ?? "", maxLength: 200,
                      placeholder: s.facilityHint.text),
                .text("la.aNumber", s.aNumber.text, value: d.aNumber ?? "", maxLength: 20, placeholder: s.aNumberHint.text),
            ]
        case .funeralAssistance(let d):
            var fields: [FormField] = [
                .text("fu.deceased", t.fieldDeceasedName.text, required: true, value: d.deceasedName ?? ""),
                .text("fu.dateOfDeath", t.fieldDateOfDeath.text, required: true, value: date(d.dateOfDeath),
                      maxLength: 40, placeholder: s.dateHint.text),
                .text("fu.placeOfDeath", t.fieldPlaceOfDeath.text, value: d.placeOfDeath ?? ""),
                FormField("fu.bodyLocation", t.fieldBodyLocation.text, required: true,
                          input: choice(BodyLocation.allCases, { $0.label.text }, selected: d.bodyLocation)),
                .text("fu.bodyPlace", s.bodyPlaceName.text, value: d.bodyLocationName ?? ""),
                FormField("fu.disposition", t.fieldDisposition.text, required: true,
                          input: choice(FuneralDisposition.allCases, { $0.label.text }, selected: d.disposition)),
                .text("fu.kinName", s.kinName.text, required: true, value: d.nextOfKin?.name ?? ""),
                .text("fu.kinRelationship", s.kinRelationship.text, value: d.nextOfKin?.relationship ?? ""),
                .text("fu.kinPhone", s.kinPhone.text, required: true,
                      value: d.nextOfKin?.phone.flatMap { PhoneNumber(e164: $0)?.localFormat ?? $0 } ?? "", maxLength: 40),
                ReferralKinPick.formField,
                .text("fu.funeralHome", t.fieldFuneralHome.text, value: d.funeralHome ?? ""),
                .text("fu.consulateNotified", s.consulateNotified.text, value: date(d.consulateNotifiedOn),
                      maxLength: 40, placeholder: s.dateHint.text),
            ]
            for (i, support) in FuneralSupport.allCases.enumerated() {
                fields.append(FormField("fu.support.\(support.rawValue)", i == 0 ? t.fieldSupportRequested.text : .plain(""),
                                        input: .check(d.supportRequested.contains(support)),
                                        placeholder: support.label.text))
            }
            let states = MexicanState.allCases.map { Choice($0.rawValue, name: $0.commonName) }
            fields.append(FormField("fu.repatriationState", s.repatriationState.text,
                                    input: .choice(ChoiceField(states, selectedID: d.repatriation?.stateCode))))
            fields.append(.text("fu.repatriationMunicipality", s.repatriationMunicipality.text,
                                value: d.repatriation?.municipality ?? ""))
            return fields
        case .consularOrientation(let d):
            return [
                FormField("co.procedure", t.fieldProcedure.text, required: true,
                          input: choice(ConsularProcedure.allCases, { $0.label.text }, selected: d.procedure)),
                .text("co.consulate", t.fieldConsulate.text, value: d.consulate ?? "", placeholder: s.consulateHint.text),
                .text("co.appointment", t.fieldAppointmentDate.text, value: date(d.appointmentDate),
                      maxLength: 40, placeholder: s.dateHint.text),
            ]
        }
    }

    // MARK: - Reading

    /// What the form says, or the first field that cannot be read. Fields left empty are
    /// fine here: the store says what is missing when the referral is sent.
    static func read(_ form: FormState, kind: ReferralKind, timeZone: TimeZone, now: Date) -> Result<Reading, Problem> {
        do {
            let details = try readDetails(form, kind: kind, timeZone: timeZone, now: now)
            var ticks: [String: Bool] = [:]
            for field in form.fields where field.id.hasPrefix(docPrefix) {
                ticks[String(field.id.dropFirst(docPrefix.count))] = field.isChecked
            }
            var due: Date?
            if let day = try date(form, "responseDue", now: now) {
                // The end of that day at the desk.
                due = CalendarDate(year: day.year, month: day.month, day: day.day).flatMap { at($0, minute: 23 * 60 + 59, timeZone) }
            }
            return .success(Reading(
                partnerId: Int64(form.value("partner")), reason: form.value("reason").trimmingCharacters(in: .whitespaces),
                urgency: ReferralUrgency(rawValue: form.value("urgency")) ?? .routine, details: details,
                consent: form["consent"]?.isChecked ?? false, responseDue: due, ticks: ticks))
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(field: "reason", text: .plain(String(describing: error))))
        }
    }

    static func readDetails(_ form: FormState, kind: ReferralKind, timeZone: TimeZone, now: Date) throws -> ReferralDetails {
        func text(_ id: String) -> String? {
            let v = form.value(id).trimmingCharacters(in: .whitespaces)
            return v.isEmpty ? nil : v
        }
        func day(_ id: String) throws -> Date? {
            try date(form, id, now: now).map { at($0, minute: 12 * 60, timeZone)! }
        }
        switch kind {
        case .telemedicine:
            var availability: AvailabilityWindow?
            if let typed = text("tm.availability") {
                guard var window = ClockTime.window(typed) else {
                    throw Problem(field: "tm.availability", text: ReferralScreenText.availabilityBad.text.filling(["text": .plain(typed)]))
                }
                window.weekdaysOnly = form["tm.weekdays"]?.isChecked ?? false
                availability = window
            }
            return .telemedicine(TelemedicineDetails(
                symptoms: text("tm.symptoms"), preferredLanguage: SpokenLanguage(rawValue: form.value("tm.language")),
                modality: TelemedicineModality(rawValue: form.value("tm.modality")), availability: availability,
                insurance: InsuranceCoverage(rawValue: form.value("tm.insurance"))))
        case .legalAid:
            return .legalAid(LegalAidDetails(
                matter: LegalMatter(rawValue: form.value("la.matter")), deadline: try day("la.deadline"),
                courtDate: try day("la.court"), detained: form["la.detained"]?.isChecked ?? false,
                detentionFacility: text("la.facility"), aNumber: text("la.aNumber")))
        case .funeralAssistance:
            var phone: String?
            if let typed = text("fu.kinPhone") {
                switch PhoneNumber.parse(typed) {
                case .success(let number): phone = number.e164
                case .failure(let problem):
                    throw Problem(field: "fu.kinPhone", text: LocalizedText(es: problem.message(.es), en: problem.message(.en)))
                }
            }
            let kin: NextOfKinContact? = (text("fu.kinName") != nil || phone != nil)
                ? NextOfKinContact(name: text("fu.kinName") ?? "", relationship: text("fu.kinRelationship"), phone: phone)
                : nil
            let support = FuneralSupport.allCases.filter { form["fu.support.\($0.rawValue)"]?.isChecked ?? false }
            let origin = text("fu.repatriationState").map {
                MexicanOrigin(stateCode: $0, municipality: text("fu.repatriationMunicipality"))
            }
            return .funeralAssistance(FuneralDetails(
                deceasedName: text("fu.deceased"), dateOfDeath: try day("fu.dateOfDeath"),
                placeOfDeath: text("fu.placeOfDeath"), bodyLocation: BodyLocation(rawValue: form.value("fu.bodyLocation")),
                bodyLocationName: text("fu.bodyPlace"),
                disposition: FuneralDisposition(rawValue: form.value("fu.disposition")), repatriation: origin,
                nextOfKin: kin, funeralHome: text("fu.funeralHome"),
                consulateNotifiedOn: try day("fu.consulateNotified"), supportRequested: support))
        case .consularOrientation:
            return .consularOrientation(ConsularDetails(
                procedure: ConsularProcedure(rawValue: form.value("co.procedure")), consulate: text("co.consulate"),
                appointmentDate: try day("co.appointment")))
        }
    }

    /// The typed date of a field, nil when empty; a problem when it is not a date.
    static func date(_ form: FormState, _ id: String, now: Date) throws -> CalendarDate? {
        let typed = form.value(id).trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { return nil }
        switch DateInput.parse(typed, today: CalendarDate(now)) {
        case .success(let parsed): return parsed.date
        case .failure(let problem):
            throw Problem(field: id, text: LocalizedText(es: problem.message(.es), en: problem.message(.en)))
        }
    }

    /// The form field where a field the store requires is typed.
    static func fieldID(_ field: ReferralField) -> String? {
        switch field {
        case .partner: return "partner"
        case .reason: return "reason"
        case .symptoms: return "tm.symptoms"
        case .preferredLanguage: return "tm.language"
        case .modality: return "tm.modality"
        case .availability: return "tm.availability"
        case .insurance: return "tm.insurance"
        case .matter: return "la.matter"
        case .deadline: return "la.deadline"
        case .detentionFacility: return "la.facility"
        case .deceasedName: return "fu.deceased"
        case .dateOfDeath: return "fu.dateOfDeath"
        case .placeOfDeath: return "fu.placeOfDeath"
        case .bodyLocation: return "fu.bodyLocation"
        case .disposition: return "fu.disposition"
        case .repatriationDestination: return "fu.repatriationState"
        case .nextOfKin: return "fu.kinName"
        case .funeralHome: return "fu.funeralHome"
        case .supportRequested: return "fu.support.\(FuneralSupport.allCases[0].rawValue)"
        case .procedure: return "co.procedure"
        case .consulate: return "co.consulate"
        case .appointmentDate: return "co.appointment"
        }
    }

    /// The field ids holding a date (their note shows the date in words as it is typed).
    /// "Empty: 3 working days (Friday 11)": what an empty response date means, for the chosen
    /// partner's working days to answer (the desk's default when it has none).
    static func responseDuePlaceholder(days: Int, kind: ReferralKind, timeZone: TimeZone, now: Date) -> LocalizedText {
        let due = WorkingDays.adding(days, to: now, for: kind)
        return ReferralScreenText.responseDueDefault.text.filling(["days": .plain("\(days)"), "date": words(due, timeZone)])
    }

    static func isDateField(_ id: String) -> Bool {
        ["responseDue", "la.deadline", "la.court", "fu.dateOfDeath", "fu.consulateNotified", "co.appointment"].contains(id)
    }

    // MARK: - Dates at the desk

    /// `day` at `minute` after midnight in `timeZone`.
    static func at(_ day: CalendarDate, minute: Int, _ timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day,
                                                  hour: minute / 60, minute: minute % 60))
    }

    static func calendarDay(_ date: Date, _ timeZone: TimeZone) -> CalendarDate {
        CalendarDate(date, timeZone: timeZone)
    }

    /// "24/11/2026": day first, as typed at a Mexican desk (DateInput reads it back).
    static func dateText(_ date: Date, _ timeZone: TimeZone) -> String {
        let d = calendarDay(date, timeZone)
        return String(format: "%02d/%02d/%04d", d.day, d.month, d.year)
    }

    /// "24 de noviembre de 2026" / "November 24, 2026".
    static func words(_ date: Date, _ timeZone: TimeZone) -> LocalizedText {
        let d = calendarDay(date, timeZone)
        return LocalizedText(es: DateInput.words(d, .es), en: DateInput.words(d, .en))
    }

    /// "24 de noviembre de 2026, 10:30".
    static func wordsWithTime(_ date: Date, _ timeZone: TimeZone) -> LocalizedText {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let time = ClockTime.text((parts.hour ?? 0) * 60 + (parts.minute ?? 0))
        let day = words(date, timeZone)
        return LocalizedText(es: "\(day.es), \(time)", en: "\(day.en), \(time)")
    }

    static func availabilityText(_ window: AvailabilityWindow) -> String {
        "\(ClockTime.text(window.fromMinute))-\(ClockTime.text(window.toMinute))"
    }
}
