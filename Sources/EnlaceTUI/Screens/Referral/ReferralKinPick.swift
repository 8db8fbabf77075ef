import Foundation
import EnlaceCore
import EnlaceStore

/// The funeral form's "from the family" choice: the case person's relatives and next-of-kin
/// contacts (read with the case); choosing one fills the next-of-kin name, relationship and
/// phone, which stay editable.
enum ReferralKinPick {
    static let field = "fu.kinPick"

    /// The field, its options filled in by `show` once the household is read.
    static var formField: FormField {
        FormField(field, FamilyText.pickLabel.text, input: .choice(ChoiceField([], selected: nil)))
    }

    /// "López, Ana · Hijo o hija · (773) 555-0199", in both languages.
    static func choices(_ household: Household) -> [Choice] {
        zip(household.nextOfKinChoices(.es), household.nextOfKinChoices(.en)).map { es, en in
            func line(_ c: NextOfKinContact) -> String {
                let phone = c.phone.map(PersonFamilyTabView.display)
                return [c.name, c.relationship, phone].compactMap { $0 }.joined(separator: " · ")
            }
            return Choice(es.key, LocalizedText(es: line(es.contact), en: line(en.contact)))
        }
    }

    /// The household arrived or the form was built: the field's options, or a note saying
    /// where relatives are added.
    static func show(_ state: inout AppState) {
        guard let i = state.referral.form.index(of: field), case .choice(var c) = state.referral.form.fields[i].input else { return }
        let chosen = c.selectedID
        c.options = state.referral.household.map(choices) ?? []
        c.select(id: chosen)
        state.referral.form.fields[i].input = .choice(c)
        state.referral.form.setNote(field, c.options.isEmpty ? FamilyText.pickNone.text : FamilyText.pickHint.text, role: .muted)
    }

    /// A choice was made: its name, relationship and phone go to the next-of-kin fields.
    static func picked(_ state: inout AppState) {
        guard let key = state.referral.form[field]?.value,
              let choice = state.referral.household?.nextOfKinChoices(state.language).first(where: { $0.key == key }) else { return }
        state.referral.form.setText("fu.kinName", choice.contact.name)
        state.referral.form.setText("fu.kinRelationship", choice.contact.relationship ?? "")
        // As it reads back: a US number in local format, a Mexican one with its country code.
        state.referral.form.setText("fu.kinPhone", choice.contact.phone.map(PersonForm.local) ?? "")
        for id in ["fu.kinName", "fu.kinPhone"] { state.referral.form.setProblem(id, nil) }
    }
}
