import EnlaceCore
import Foundation

extension CaseDesk {
    /// The longest partner name, hours, note and entry of a list accepted.
    public static let maximumPartnerName = 120
    public static let maximumPartnerNotes = 2000
    public static let maximumPartnerListEntry = 80
    /// The response time a partner may be given, in working days.
    public static let partnerResponseDays = 1...60

    /// `draft` with every text trimmed (empty is nil), phones as E.164 without repeats, the
    /// state as its USPS code, the email in lower case, languages as codes or names; or every
    /// wrong field at once (`StoreError.validation`), each named as `PartnerField` (a phone as
    /// "phones[1]").
    static func validatedPartner(_ draft: PartnerDraft) throws -> PartnerDraft {
        var problems: [FieldProblem] = []
        func problem(_ field: String, _ label: PartnerStoreText, _ message: PartnerStoreText) {
            problems.append(FieldProblem(field: field, label: label.text, message: message.text))
        }
        func text(_ value: String?, _ field: PartnerField, _ label: PartnerStoreText, max: Int,
                  multiline: Bool = false) -> String? {
            let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let control = trimmed.unicodeScalars.contains {
                $0.properties.generalCategory == .control && !(multiline && $0 == "\n")
            }
            if trimmed.count > max || control {
                problems.append(FieldProblem(field: field.rawValue, label: label.text,
                                             message: PartnerStoreText.textTooLong.text.filling(["max": .plain("\(max)")])))
            }
            return trimmed.isEmpty ? nil : trimmed
        }
        func list(_ values: [String], _ field: PartnerField, _ label: PartnerStoreText) -> [String] {
            var seen = Set<String>()
            return values.compactMap { text($0, field, label, max: maximumPartnerListEntry) }
                .filter { seen.insert(NameFolding.searchForm($0)).inserted }
        }

        var valid = draft
        valid.name = text(draft.name, .name, .labelName, max: maximumPartnerName) ?? ""
        if valid.name.isEmpty { problem("name", .labelName, .nameRequired) }
        valid.address = text(draft.address, .address, .labelAddress, max: maximumAddressLength)
        valid.city = text(draft.city, .city, .labelCity, max: maximumPartnerListEntry)
        if let state = text(draft.state, .state, .labelState, max: 40) {
            if let known = USState.lookup(state) { valid.state = known.code }
            else { problem("state", .labelState, .stateUnknown) }
        } else { valid.state = nil }
        if let zip = text(draft.postalCode, .postalCode, .labelPostalCode, max: 10) {
            let digits = zip.filter(\.isNumber)
            let shaped = zip.allSatisfy { $0.isNumber || $0 == "-" } && (digits.count == 5 || digits.count == 9)
            if shaped { valid.postalCode = zip } else { problem("postalCode", .labelPostalCode, .postalCodeInvalid) }
        } else { valid.postalCode = nil }
        valid.phones = []
        for (i, phone) in draft.phones.enumerated() {
            let trimmed = phone.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            switch PhoneNumber.parse(trimmed) {
            case .success(let number):
                if !valid.phones.contains(number.e164) { valid.phones.append(number.e164) }
            case .failure(let failure):
                problems.append(FieldProblem(field: "phones[\(i)]", label: PartnerStoreText.labelPhone.text,
                                             message: .from { failure.message($0) }))
            }
        }
        if let email = text(draft.email, .email, .labelEmail, max: 254)?.lowercased() {
            if PersonValidation.isEmailShaped(email) { valid.email = email }
            else { problem("email", .labelEmail, .emailInvalid) }
        } else { valid.email = nil }
        valid.hours = text(draft.hours, .hours, .labelHours, max: maximumAddressLength)
        valid.languages = list(draft.languages.map(PartnerLanguage.normalized), .languages, .labelLanguages)
        valid.areasServed = list(draft.areasServed, .areasServed, .labelAreasServed)
        valid.notes = text(draft.notes, .notes, .labelNotes, max: maximumPartnerNotes, multiline: true)
        if let days = draft.responseDays, !partnerResponseDays.contains(days) {
            problem("responseDays", .labelResponseDays, .responseDaysInvalid)
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        return valid
    }
}
