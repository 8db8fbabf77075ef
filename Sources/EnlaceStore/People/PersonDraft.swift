import EnlaceCore
import Foundation

/// A phone as typed at intake.
public struct PhoneDraft: Sendable, Equatable {
    /// As typed: "+52 55 1234 5678", "(312) 555-0123"... Ten digits alone are a US number.
    public var text: String
    public var whatsApp: Bool

    public init(_ text: String, whatsApp: Bool = false) {
        self.text = text
        self.whatsApp = whatsApp
    }
}

/// A person as typed at intake, before validation. Texts are as typed; blank means not given.
public struct PersonDraft: Sendable, Equatable {
    public var givenNames: String
    public var firstSurname: String
    public var secondSurname: String
    public var preferredName: String
    /// As typed: "1985-03-12", "12/03/1985" (day first), "12 mar 1985"...
    public var birthDate: String
    /// Used when no birth date is given.
    public var approximateAge: Int?
    public var sex: SexGender?
    public var phones: [PhoneDraft]
    public var email: String
    public var curp: String
    public var city: String
    /// Two letters: IL, CA...
    public var usState: String
    public var zip: String
    /// A Mexican state: name, INEGI code or CURP code.
    public var originState: String
    public var originMunicipality: String
    public var hometownAssociation: String
    public var eventId: Int64?

    public init(givenNames: String = "", firstSurname: String = "", secondSurname: String = "",
                preferredName: String = "", birthDate: String = "", approximateAge: Int? = nil,
                sex: SexGender? = nil, phones: [PhoneDraft] = [], email: String = "",
                curp: String = "", city: String = "", usState: String = "", zip: String = "",
                originState: String = "", originMunicipality: String = "",
                hometownAssociation: String = "", eventId: Int64? = nil) {
        self.givenNames = givenNames
        self.firstSurname = firstSurname
        self.secondSurname = secondSurname
        self.preferredName = preferredName
        self.birthDate = birthDate
        self.approximateAge = approximateAge
        self.sex = sex
        self.phones = phones
        self.email = email
        self.curp = curp
        self.city = city
        self.usState = usState
        self.zip = zip
        self.originState = originState
        self.originMunicipality = originMunicipality
        self.hometownAssociation = hometownAssociation
        self.eventId = eventId
    }
}

/// A draft that passed validation: what the store writes.
struct ValidPerson: Sendable, Equatable {
    var name: PersonName
    var birthDate: CalendarDate?
    var approximateAge: Int?
    /// The `people.sex` column value (female, male, other, unstated).
    var sexColumn: String?
    var phones: [(e164: String, whatsApp: Bool)]
    var email: String?
    var curp: String?
    var city: String?
    var usState: String?
    var zip: String?
    /// INEGI code, "01"..."32".
    var originState: String?
    var originMunicipality: String?
    var hometownAssociation: String?
    var eventId: Int64?
    /// Things to show but not to refuse: a CURP that disagrees with the typed birth date or sex,
    /// a day/month order that could be read both ways.
    var warnings: [FieldProblem]

    static func == (a: ValidPerson, b: ValidPerson) -> Bool {
        a.name == b.name && a.birthDate == b.birthDate && a.curp == b.curp
            && a.phones.map(\.e164) == b.phones.map(\.e164)
    }
}

extension String {
    /// Trimmed of white space and line breaks; without Foundation when there is nothing to
    /// trim (the usual case, and Foundation's trimming is slow on Linux: a sheet of 100,000
    /// rows calls this a million times).
    var trimmedForIntake: String {
        guard let first = first, let last = last else { return self }
        if !first.isWhitespace && !last.isWhitespace { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The intake checks, with the Core validators. Every problem is collected.
enum PersonValidation {
    static let maxNameLength = 100
    static let maxTextLength = 200
    static let maxPhones = 10
    static let usStates: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP",
    ]

    static func validate(_ draft: PersonDraft, today: CalendarDate) -> Result<ValidPerson, ValidationFailure> {
        var problems: [FieldProblem] = []
        var warnings: [FieldProblem] = []
        func problem(_ field: String, _ label: CaseStoreText, _ message: LocalizedText) {
            problems.append(FieldProblem(field: field, label: label.text, message: message))
        }
        /// Trimmed text, or nil when blank; records a problem when too long or with control
        /// characters.
        func text(_ raw: String, _ field: String, _ label: CaseStoreText, max: Int) -> String? {
            let trimmed = raw.trimmedForIntake
            if trimmed.isEmpty { return nil }
            if trimmed.count > max {
                problem(field, label, CaseStoreText.textTooLong.text.filling([
                    "max": .plain(String(max)), "count": .plain(String(trimmed.count))]))
                return nil
            }
            if trimmed.unicodeScalars.contains(where: isControl) {
                problem(field, label, CaseStoreText.controlCharacters.text)
                return nil
            }
            return trimmed.precomposedStringWithCanonicalMapping
        }

        let given = text(draft.givenNames, "givenNames", .fieldGivenNames, max: maxNameLength)
        let first = text(draft.firstSurname, "firstSurname", .fieldFirstSurname, max: maxNameLength)
        let second = text(draft.secondSurname, "secondSurname", .fieldSecondSurname, max: maxNameLength)
        let preferred = text(draft.preferredName, "preferredName", .fieldPreferredName, max: maxNameLength)
        if draft.givenNames.trimmedForIntake.isEmpty {
            problem("givenNames", .fieldGivenNames, CaseStoreText.givenNamesRequired.text)
        }
        if draft.firstSurname.trimmedForIntake.isEmpty
            && draft.secondSurname.trimmedForIntake.isEmpty {
            problem("firstSurname", .fieldFirstSurname, CaseStoreText.surnameRequired.text)
        }

        var birthDate: CalendarDate?
        let birthText = draft.birthDate.trimmedForIntake
        if !birthText.isEmpty {
            switch DateInput.parseBirthDate(birthText, order: .dayFirst, today: today) {
            case .success(let parsed):
                birthDate = parsed.date
                if parsed.isAmbiguous {
                    warnings.append(FieldProblem(
                        field: "birthDate", label: CaseStoreText.fieldBirthDate.text,
                        message: .from { parsed.ambiguityMessage($0) ?? "" }))
                }
            case .failure(let dateProblem):
                problem("birthDate", .fieldBirthDate, .from { dateProblem.message($0) })
            }
        }
        var approximateAge: Int?
        if let age = draft.approximateAge {
            if (0...DateInput.maxAge).contains(age) {
                approximateAge = birthDate == nil ? age : nil
            } else {
                problem("approximateAge", .fieldApproximateAge, CaseStoreText.approximateAgeRange.text)
            }
        }

        var phones: [(e164: String, whatsApp: Bool)] = []
        if draft.phones.count > maxPhones {
            problem("phones", .fieldPhone, CaseStoreText.tooManyPhones.text.filling(["max": .plain(String(maxPhones))]))
        } else {
            for (index, phone) in draft.phones.enumerated() {
                let label = LocalizedText(es: "Teléfono \(index + 1)", en: "Phone \(index + 1)")
                switch PhoneNumber.parse(phone.text) {
                case .success(let number):
                    if let existing = phones.firstIndex(where: { $0.e164 == number.e164 }) {
                        phones[existing].whatsApp = phones[existing].whatsApp || phone.whatsApp
                    } else {
                        phones.append((number.e164, phone.whatsApp))
                    }
                case .failure(let phoneProblem):
                    problems.append(FieldProblem(field: "phones[\(index)]", label: label,
                                                 message: .from { phoneProblem.message($0) }))
                }
            }
        }

        var email: String?
        if let e = text(draft.email, "email", .fieldEmail, max: 254) {
            if isEmailShaped(e) { email = e.lowercased() } else {
                problem("email", .fieldEmail, CaseStoreText.emailShape.text)
            }
        }

        var curp: String?
        let curpText = draft.curp.trimmedForIntake
        if !curpText.isEmpty {
            switch CURP.validate(curpText) {
            case .success(let valid):
                curp = valid.value
                let typedSex: CURPSex? = draft.sex == .female ? .female : draft.sex == .male ? .male : nil
                for mismatch in valid.mismatches(birthDate: birthDate, sex: typedSex) {
                    warnings.append(FieldProblem(field: "curp", label: CaseStoreText.fieldCURP.text,
                                                 message: .from { mismatch.message($0) }))
                }
            case .failure(let error):
                for p in error.problems {
                    problem("curp", .fieldCURP, .from { p.message($0) })
                }
            }
        }

        let city = text(draft.city, "city", .fieldCity, max: maxTextLength)
        var usState: String?
        if let s = text(draft.usState, "usState", .fieldUSState, max: 40) {
            if usStates.contains(s.uppercased()) { usState = s.uppercased() } else {
                problem("usState", .fieldUSState, CaseStoreText.usStateUnknown.text.filling(["value": .plain(s)]))
            }
        }
        var zip: String?
        if let z = text(draft.zip, "zip", .fieldZIP, max: 20) {
            if isZIP(z) { zip = z } else { problem("zip", .fieldZIP, CaseStoreText.zipShape.text) }
        }
        var originState: String?
        if let o = text(draft.originState, "originState", .fieldOriginState, max: 60) {
            if let state = MexicanState(lookup: o) ?? MexicanState(lookup: o.uppercased()) {
                originState = state.inegiCode
            } else {
                problem("originState", .fieldOriginState,
                        CaseStoreText.originStateUnknown.text.filling(["value": .plain(o)]))
            }
        }
        let municipality = text(draft.originMunicipality, "originMunicipality", .fieldOriginMunicipality,
                                max: maxTextLength)
        let association = text(draft.hometownAssociation, "hometownAssociation",
                               .fieldHometownAssociation, max: maxTextLength)

        if !problems.isEmpty { return .failure(ValidationFailure(problems)) }
        let sexColumn: String? = draft.sex.map {
            switch $0 {
            case .female: return "female"
            case .male: return "male"
            case .nonBinary, .other: return "other"
            case .notStated: return "unstated"
            }
        }
        return .success(ValidPerson(
            name: PersonName(givenNames: given ?? "", firstSurname: first ?? "",
                             secondSurname: second ?? "", preferredName: preferred ?? ""),
            birthDate: birthDate, approximateAge: approximateAge, sexColumn: sexColumn,
            phones: phones, email: email, curp: curp, city: city, usState: usState, zip: zip,
            originState: originState, originMunicipality: municipality,
            hometownAssociation: association, eventId: draft.eventId, warnings: warnings))
    }

    /// A control character, or a bidirectional override or isolate (U+202A-202E, U+2066-2069)
    /// that would reorder the rest of a line wherever the name is shown.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    static func isEmailShaped(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].count >= 3,
              !text.contains(where: { $0.isWhitespace }) else { return false }
        let domain = parts[1]
        guard domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."),
              !domain.contains("..") else { return false }
        return true
    }

    static func isZIP(_ text: String) -> Bool {
        let digits = { (s: Substring) in s.allSatisfy { $0.isASCII && $0.isNumber } }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1 { return parts[0].count == 5 && digits(parts[0]) }
        if parts.count == 2 {
            return parts[0].count == 5 && digits(parts[0]) && parts[1].count == 4 && digits(parts[1])
        }
        return false
    }
}

extension PersonDraft {
    /// The stored record as a draft, to correct some fields and keep the rest (an edit form,
    /// `enlace person edit`).
    public init(_ record: PersonRecord) {
        let sex: SexGender?
        switch record.sex {
        case "female": sex = .female
        case "male": sex = .male
        case "other": sex = .other
        case "unstated": sex = .notStated
        default: sex = nil
        }
        self.init(givenNames: record.name.givenNames, firstSurname: record.name.firstSurname,
                  secondSurname: record.name.secondSurname, preferredName: record.name.preferredName,
                  birthDate: record.birthDate?.iso ?? "", approximateAge: record.birthDate == nil ? record.approximateAge : nil,
                  sex: sex, phones: record.phones.map { PhoneDraft($0.e164, whatsApp: $0.whatsApp) },
                  email: record.email ?? "", curp: record.curp ?? "", city: record.city ?? "",
                  usState: record.usState ?? "", zip: record.zip ?? "", originState: record.originState ?? "",
                  originMunicipality: record.originMunicipality ?? "", hometownAssociation: record.hometownAssociation ?? "")
    }
}
