import Foundation
import EnlaceCore
import EnlaceStore

/// The intake form's fields, how they become a `PersonDraft`, and what each says as it is left:
/// the date in words, the phone in local format, the CURP's state and date, mismatches.
public enum IntakeFields {
    /// Fields that describe the person (read-only once an existing person is chosen).
    public static let personFields: [String] = [
        "givenNames", "firstSurname", "secondSurname", "preferredName", "birthDate", "approximateAge", "sex",
        "phone", "whatsApp", "phone2", "email", "curp", "city", "usState", "zip", "originState",
        "originMunicipality", "hometownAssociation",
    ]
    /// Fields whose edits ask for duplicate candidates again.
    public static let probeFields: Set<String> = ["givenNames", "firstSurname", "secondSurname", "birthDate", "phone", "phone2", "curp"]

    public static func newForm() -> FormState {
        let area = ServiceArea.allCases.map { Choice($0.rawValue, $0.label.text) }
        let priority = CasePriority.allCases.map { Choice($0.rawValue, $0.label.text) }
        let sex = SexGender.allCases.map { Choice($0.rawValue, $0.label.text) }
        let method = ConsentMethod.allCases.map { Choice($0.rawValue, $0.label.text) }
        func check(_ id: String, _ label: LocalizedText, _ hint: LocalizedText) -> FormField {
            FormField(id, label, input: .check(false), placeholder: hint)
        }
        return FormState([
            .text("givenNames", CaseStoreText.fieldGivenNames.text, required: true, maxLength: 100),
            .text("firstSurname", CaseStoreText.fieldFirstSurname.text, required: true, maxLength: 100),
            .text("secondSurname", CaseStoreText.fieldSecondSurname.text, maxLength: 100),
            .text("preferredName", CaseStoreText.fieldPreferredName.text, maxLength: 100),
            .text("birthDate", CaseStoreText.fieldBirthDate.text, maxLength: DateInput.maxInputLength,
                  placeholder: IntakeText.birthDateHint.text),
            .text("approximateAge", CaseStoreText.fieldApproximateAge.text, maxLength: 3,
                  placeholder: IntakeText.ageHint.text),
            FormField("sex", CaseStoreText.fieldSex.text, input: .choice(ChoiceField(sex))),
            .text("phone", CaseStoreText.fieldPhone.text, maxLength: PhoneNumber.maxInputLength,
                  placeholder: IntakeText.phoneHint.text),
            check("whatsApp", IntakeText.whatsApp.text, IntakeText.whatsAppHint.text),
            .text("phone2", IntakeText.otherPhone.text, maxLength: PhoneNumber.maxInputLength),
            .text("email", CaseStoreText.fieldEmail.text, maxLength: 254),
            .text("curp", CaseStoreText.fieldCURP.text, maxLength: CURP.maxInputLength),
            .text("city", CaseStoreText.fieldCity.text),
            .text("usState", CaseStoreText.fieldUSState.text, maxLength: 40, placeholder: IntakeText.usStateHint.text),
            .text("zip", CaseStoreText.fieldZIP.text, maxLength: 20),
            .text("originState", CaseStoreText.fieldOriginState.text, maxLength: 60),
            .text("originMunicipality", CaseStoreText.fieldOriginMunicipality.text),
            .text("hometownAssociation", CaseStoreText.fieldHometownAssociation.text),
            FormField("area", IntakeText.area.text, required: true, input: .choice(ChoiceField(area))),
            FormField("priority", CaseStoreText.fieldPriority.text, input: .choice(ChoiceField(priority, selected: 0))),
            FormField("description", IntakeText.need.text, input: .area(TextArea(maxLength: CaseDesk.maxDescriptionLength), rows: 3)),
            FormField("consentMethod", IntakeText.consent.text, required: true, input: .choice(ChoiceField(method))),
            check("consentShare", IntakeText.consentShare.text, ConsentScope.shareWithPartners.label.text),
            check("consentContact", IntakeText.consentContact.text, ConsentScope.contact.label.text),
            check("consentReports", IntakeText.consentReports.text, ConsentScope.aggregateReports.label.text),
        ])
    }

    /// The quick intake of event mode: names, birth date or age, phone, origin, the need in
    /// one line and the consent; the rest is completed later on the person screen. Enter
    /// moves on from every field and, on the last, saves.
    public static let quickFields: [String] = [
        "givenNames", "firstSurname", "secondSurname", "birthDate", "approximateAge", "phone", "whatsApp",
        "originState", "area", "description", "consentMethod", "consentShare", "consentContact", "consentReports",
    ]

    public static func quickForm() -> FormState {
        FormState(newForm().fields.compactMap { field in
            guard quickFields.contains(field.id) else { return nil }
            guard field.id == "description" else { return field }
            return .text("description", IntakeText.need.text, maxLength: CaseDesk.maxDescriptionLength)
        })
    }

    // MARK: - Reading the form

    /// The typed phones in order, with the field each came from (the store numbers them).
    static func phones(_ form: FormState) -> [(field: String, draft: PhoneDraft)] {
        var out: [(String, PhoneDraft)] = []
        let first = form.value("phone").trimmingCharacters(in: .whitespaces)
        if !first.isEmpty { out.append(("phone", PhoneDraft(first, whatsApp: form["whatsApp"]?.isChecked ?? false))) }
        let second = form.value("phone2").trimmingCharacters(in: .whitespaces)
        if !second.isEmpty { out.append(("phone2", PhoneDraft(second))) }
        return out
    }

    public static func personDraft(_ form: FormState) -> PersonDraft {
        let age = form.value("approximateAge").trimmingCharacters(in: .whitespaces)
        return PersonDraft(
            givenNames: form.value("givenNames"), firstSurname: form.value("firstSurname"),
            secondSurname: form.value("secondSurname"), preferredName: form.value("preferredName"),
            birthDate: form.value("birthDate"), approximateAge: age.isEmpty ? nil : Int(age),
            sex: SexGender(rawValue: form.value("sex")), phones: phones(form).map(\.draft),
            email: form.value("email"), curp: form.value("curp"), city: form.value("city"),
            usState: form.value("usState"), zip: form.value("zip"), originState: form.value("originState"),
            originMunicipality: form.value("originMunicipality"),
            hometownAssociation: form.value("hometownAssociation"))
    }

    public static func consentScope(_ form: FormState) -> Set<ConsentScope> {
        var scope: Set<ConsentScope> = [.keepRecord]
        if form["consentShare"]?.isChecked == true { scope.insert(.shareWithPartners) }
        if form["consentContact"]?.isChecked == true { scope.insert(.contact) }
        if form["consentReports"]?.isChecked == true { scope.insert(.aggregateReports) }
        return scope
    }

    /// The form field a store problem belongs to ("phones[1]" is the second typed phone).
    static func field(forProblem problem: String, _ form: FormState) -> String {
        if problem == "phones" { return "phone" }
        if problem.hasPrefix("phones["), let n = Int(problem.dropFirst(7).dropLast()) {
            let typed = phones(form)
            return typed.indices.contains(n) ? typed[n].field : "phone"
        }
        return form.index(of: problem) != nil ? problem : "givenNames"
    }

    /// What to look up as duplicates, or nil when too little is typed (no name with surname,
    /// no whole CURP, no phone that reads as one).
    static func probe(_ form: FormState, today: CalendarDate) -> DuplicateProbe? {
        let given = form.value("givenNames"), first = form.value("firstSurname")
        let hasName = !NameFolding.searchForm(given).isEmpty && !NameFolding.searchForm(first).isEmpty
        let curpText = form.value("curp").uppercased().filter { $0.isLetter || $0.isNumber }
        let phones = phones(form).map(\.draft.text).filter {
            if case .success = PhoneNumber.parse($0) { return true }
            if case .success = PhoneNumber.parse($0, defaultCountry: .mx) { return true }
            return false
        }
        guard hasName || curpText.count == 18 || !phones.isEmpty else { return nil }
        var birth: CalendarDate?
        if case .success(let parsed) = DateInput.parseBirthDate(form.value("birthDate"), order: .dayFirst, today: today) {
            birth = parsed.date
        }
        return DuplicateProbe(givenNames: given, firstSurname: first, secondSurname: form.value("secondSurname"),
                              birthDate: birth, phones: phones, curp: curpText.count == 18 ? curpText : nil)
    }

    // MARK: - As each field is left

    /// The problem or interpretation of `id` after the person left it, from Core's validators;
    /// nothing typed is changed. Fields that depend on it (a CURP checked against the date and
    /// sex) are looked at again.
    static func interpret(_ id: String, _ form: inout FormState, today: CalendarDate) {
        let text = form.value(id).trimmingCharacters(in: .whitespaces)
        switch id {
        case "birthDate":
            form.setProblem(id, nil)
            form.setNote(id, nil)
            if !text.isEmpty {
                switch DateInput.parseBirthDate(text, order: .dayFirst, today: today) {
                case .success(let parsed):
                    // Short enough for the line under the field at 80 columns.
                    if let other = parsed.alternative {
                        form.setNote(id, IntakeText.byLanguage {
                            IntakeText.ambiguousDate.format($0, ["date": DateInput.words(parsed.date, $0), "other": DateInput.words(other, $0)])
                        }, role: .warning)
                    } else {
                        form.setNote(id, IntakeText.byLanguage { DateInput.words(parsed.date, $0) })
                    }
                case .failure(let problem):
                    form.setProblem(id, IntakeText.byLanguage { problem.message($0) })
                }
            }
            interpret("curp", &form, today: today)
        case "approximateAge":
            form.setProblem(id, nil)
            form.setNote(id, nil)
            if !text.isEmpty {
                if let age = Int(text), (0...DateInput.maxAge).contains(age) {
                    if let year = try? DateInput.estimatedBirthYear(age: age, today: today).get() {
                        form.setNote(id, IntakeText.fill(IntakeText.ageMeans, ["year": String(year)]))
                    }
                } else {
                    form.setProblem(id, IntakeText.fill(IntakeText.ageProblem, ["max": String(DateInput.maxAge)]))
                }
            }
        case "phone", "phone2":
            form.setProblem(id, nil)
            form.setNote(id, nil)
            if !text.isEmpty {
                switch PhoneNumber.parse(text) {
                case .success(let number):
                    form.setNote(id, IntakeText.byLanguage { number.country.label($0) + ": " + number.localFormat })
                case .failure(let problem):
                    form.setProblem(id, IntakeText.byLanguage { problem.message($0) })
                }
            }
        case "curp":
            form.setProblem(id, nil)
            form.setNote(id, nil)
            if !text.isEmpty {
                switch CURP.validate(text) {
                case .success(let curp):
                    var typedDate: CalendarDate?
                    if case .success(let parsed) = DateInput.parseBirthDate(form.value("birthDate"), order: .dayFirst, today: today) {
                        typedDate = parsed.date
                    }
                    let sex = SexGender(rawValue: form.value("sex"))
                    let typedSex: CURPSex? = sex == .female ? .female : sex == .male ? .male : nil
                    let mismatches = curp.mismatches(birthDate: typedDate, sex: typedSex)
                    if mismatches.isEmpty {
                        form.setNote(id, IntakeText.byLanguage { curpMeaning(curp, $0) })
                    } else {
                        form.setNote(id, IntakeText.byLanguage { lang in
                            let what = mismatches.map { mismatch -> String in
                                switch mismatch {
                                case .birthDate(let curpDate, _): return DateInput.words(curpDate, lang)
                                case .sex(let curpSex, _): return curpSex.label(lang)
                                }
                            }.joined(separator: ", ")
                            return IntakeText.curpSays.format(lang, ["what": what])
                        }, role: .warning)
                    }
                case .failure(let error):
                    form.setProblem(id, IntakeText.byLanguage { error.messages($0).joined(separator: " ") })
                }
            }
        case "sex":
            interpret("curp", &form, today: today)
        case "originState":
            form.setProblem(id, nil)
            form.setNote(id, nil)
            if !text.isEmpty {
                if let state = MexicanState(lookup: text) ?? MexicanState(lookup: text.uppercased()) {
                    form.setNote(id, .plain(state.officialName))
                }
            }
        case "givenNames", "firstSurname":
            if !text.isEmpty { form.setProblem(id, nil) }
        case "area", "consentMethod":
            if !form.value(id).isEmpty { form.setProblem(id, nil) }
        default:
            break
        }
    }

    /// "Guanajuato · 12 de marzo de 1985 · Hombre": what a valid CURP says.
    static func curpMeaning(_ curp: CURP, _ language: Language) -> String {
        let place: String
        switch curp.birthPlace {
        case .state(let s): place = s.officialName
        case .abroad: place = IntakeText.bornAbroad(language)
        }
        return [place, DateInput.words(curp.birthDate, language), curp.sex.label(language)].joined(separator: " · ")
    }

    /// Problems the form itself checks before asking the store: a need and a consent.
    static func formProblems(_ form: FormState, chosen: Bool) -> [(field: String, message: LocalizedText)] {
        var out: [(String, LocalizedText)] = []
        if form.value("area").isEmpty { out.append(("area", IntakeText.areaRequired.text)) }
        if form.value("consentMethod").isEmpty { out.append(("consentMethod", IntakeText.consentRequired.text)) }
        if !chosen {
            let age = form.value("approximateAge").trimmingCharacters(in: .whitespaces)
            if !age.isEmpty, Int(age).map({ !(0...DateInput.maxAge).contains($0) }) ?? true {
                out.append(("approximateAge", IntakeText.fill(IntakeText.ageProblem, ["max": String(DateInput.maxAge)])))
            }
        }
        return out
    }
}
