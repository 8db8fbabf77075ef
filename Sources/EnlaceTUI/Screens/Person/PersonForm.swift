import Foundation
import EnlaceCore
import EnlaceStore

/// The edit form of a person's record: the intake form's person fields (same labels, limits
/// and live checks, `IntakeFields.interpret`), filled from the stored record.
enum PersonForm {
    static func make() -> FormState {
        FormState(IntakeFields.newForm().fields.filter { IntakeFields.personFields.contains($0.id) })
    }

    /// The form with the record's values (the first two phones, the first one's WhatsApp mark;
    /// `PersonScreen.save` keeps any further stored phones as they are).
    static func filled(_ record: PersonRecord, today: CalendarDate) -> FormState {
        var form = make()
        let draft = PersonDraft(record)
        let texts: [String: String] = [
            "givenNames": draft.givenNames, "firstSurname": draft.firstSurname, "secondSurname": draft.secondSurname,
            "preferredName": draft.preferredName, "birthDate": draft.birthDate,
            "approximateAge": draft.approximateAge.map(String.init) ?? "",
            "phone": draft.phones.first.map { local($0.text) } ?? "",
            "phone2": draft.phones.dropFirst().first.map { local($0.text) } ?? "",
            "email": draft.email, "curp": draft.curp, "city": draft.city, "usState": draft.usState, "zip": draft.zip,
            "originState": draft.originState, "originMunicipality": draft.originMunicipality,
            "hometownAssociation": draft.hometownAssociation,
        ]
        for (id, text) in texts { form.setText(id, text) }
        for (i, field) in form.fields.enumerated() {
            switch (field.id, field.input) {
            case ("sex", .choice(var c)):
                c.select(id: draft.sex?.rawValue ?? "")
                form.fields[i].input = .choice(c)
            case ("whatsApp", .check):
                form.fields[i].input = .check(draft.phones.first?.whatsApp ?? false)
            default: break
            }
        }
        for id in ["birthDate", "phone", "phone2", "curp", "originState"] { IntakeFields.interpret(id, &form, today: today) }
        form.dirty = false
        return form
    }

    /// A stored phone as the person would type it: a US number in local format, a Mexican one
    /// with its country code.
    static func local(_ e164: String) -> String {
        guard let number = PhoneNumber(e164: e164) else { return e164 }
        return e164.hasPrefix("+1") ? number.localFormat : e164
    }
}
