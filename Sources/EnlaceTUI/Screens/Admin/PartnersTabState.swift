import EnlaceCore
import EnlaceStore

/// The partners tab ("Socios"): the whole directory (active first, inactive marked), the
/// selected partner, and the form open over the list (a new partner, or one's fields).
public struct PartnersTabState: Sendable {
    public var partners: [Partner] = []
    public var cursor = ListCursor()
    public var loaded = false
    /// Why this person may not see the directory, in both languages.
    public var refusal: LocalizedText?
    public var form: PartnerForm?
    /// The partner to select when the list is next read (the one just saved).
    public var selectOnLoad: PartnerID?

    public init() {}

    public var selected: Partner? {
        partners.indices.contains(cursor.selected) ? partners[cursor.selected] : nil
    }
}

/// The partner form: a new partner, or the fields of one at the version seen.
public struct PartnerForm: Sendable {
    public enum Purpose: Sendable, Equatable {
        case add
        case edit(id: Int64, version: Int)
    }

    public var purpose: Purpose
    public var form: FormState

    static func make(_ purpose: Purpose, _ p: PartnerDraft) -> PartnerForm {
        typealias L = PartnerStoreText
        let costs = [Choice("", PartnersTabText.costUnknown.text)] + PartnerCost.allCases.map { Choice($0.rawValue, $0.label.text) }
        var fields: [FormField] = [.text("name", L.labelName.text, required: true, value: p.name, maxLength: CaseDesk.maximumPartnerName)]
        fields += ReferralKind.allCases.map {
            FormField("kind.\($0.rawValue)", $0.label.text, input: .check(p.kindsServed.contains($0)))
        }
        fields += ServiceArea.allCases.map {
            FormField("area.\($0.rawValue)", $0.label.text, input: .check(p.serviceAreas.contains($0)))
        }
        fields += [
            .text("address", L.labelAddress.text, value: p.address ?? "", maxLength: CaseDesk.maximumAddressLength),
            .text("city", L.labelCity.text, value: p.city ?? "", maxLength: 80),
            .text("state", L.labelState.text, value: p.state ?? "", maxLength: 40),
            .text("postalCode", L.labelPostalCode.text, value: p.postalCode ?? "", maxLength: 10),
            .text("phones", L.labelPhone.text, value: p.phones.map { PhoneNumber(e164: $0)?.localFormat ?? $0 }.joined(separator: ", "),
                  maxLength: 200, placeholder: PartnersTabText.phonesHint.text),
            .text("email", L.labelEmail.text, value: p.email ?? "", maxLength: 254),
            .text("hours", L.labelHours.text, value: p.hours ?? "", maxLength: CaseDesk.maximumAddressLength),
            .text("languages", L.labelLanguages.text, value: p.languages.joined(separator: ", "), maxLength: 200,
                  placeholder: PartnersTabText.languagesHint.text),
            FormField("cost", L.labelCost.text, input: .choice(ChoiceField(costs, selectedID: p.cost?.rawValue ?? ""))),
            .text("areasServed", L.labelAreasServed.text, value: p.areasServed.joined(separator: "; "), maxLength: 400,
                  placeholder: PartnersTabText.areasHint.text),
            .text("responseDays", L.labelResponseDays.text, value: p.responseDays.map(String.init) ?? "", maxLength: 2,
                  placeholder: PartnersTabText.responseHint.text),
            .text("notes", L.labelNotes.text, value: p.notes ?? "", maxLength: CaseDesk.maximumPartnerNotes),
        ]
        return PartnerForm(purpose: purpose, form: FormState(fields))
    }

    /// What is typed, as a draft for the store (which checks it).
    var draft: PartnerDraft {
        func text(_ id: String) -> String? {
            let value = form.value(id).trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        func list(_ id: String, _ separator: Character) -> [String] {
            form.value(id).split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        var d = PartnerDraft(name: form.value("name"))
        d.kindsServed = Set(ReferralKind.allCases.filter { form["kind.\($0.rawValue)"]?.isChecked ?? false })
        d.serviceAreas = Set(ServiceArea.allCases.filter { form["area.\($0.rawValue)"]?.isChecked ?? false })
        d.address = text("address")
        d.city = text("city")
        d.state = text("state")
        d.postalCode = text("postalCode")
        d.phones = list("phones", ",")
        d.email = text("email")
        d.hours = text("hours")
        d.languages = list("languages", ",")
        d.cost = PartnerCost(rawValue: form.value("cost"))
        d.areasServed = list("areasServed", ";")
        d.responseDays = text("responseDays").map { Int($0) ?? -1 }
        d.notes = text("notes")
        return d
    }
}
