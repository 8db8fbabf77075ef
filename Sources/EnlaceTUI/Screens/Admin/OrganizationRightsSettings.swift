import EnlaceCore
import EnlaceStore

/// The data-rights settings of the organization tab: the days to answer an ARCO request and
/// the years closed cases are kept (empty: always).
enum OrganizationRightsSettings {
    static func fields(_ profile: OrganizationProfile) -> [FormField] {
        let r = DataRightsText.self
        return [
            .text("requestDays", r.fieldRequestDays.text, value: String(profile.requestDays), maxLength: 3),
            .text("retentionYears", r.fieldRetentionYears.text, value: profile.retentionYears.map(String.init) ?? "",
                  maxLength: 3, placeholder: r.retentionKeep.text),
        ]
    }

    static func lines(_ profile: OrganizationProfile, _ lang: Language) -> [(text: String, role: StyleRole)] {
        let r = DataRightsText.self
        let years = profile.retentionYears.map { r.retentionYearsValue.format(lang, ["n": "\($0)"]) } ?? r.retentionKeep(lang)
        return [("\(r.fieldRequestDays(lang)): \(r.requestDaysValue.format(lang, ["n": "\(profile.requestDays)"]))", .normal),
                ("\(r.fieldRetentionYears(lang)): \(years)", .normal)]
    }

    /// Puts the two settings into `change`; a value that is not a number is the problem.
    static func read(_ form: FormState, into change: inout OrganizationChange) -> ReferralForm.Problem? {
        let days = form.value("requestDays").trimmingCharacters(in: .whitespaces)
        let years = form.value("retentionYears").trimmingCharacters(in: .whitespaces)
        if !days.isEmpty {
            guard let n = Int(days) else { return .init(field: "requestDays", text: DataRightsText.requestDaysInvalid.text) }
            change.requestDays = n
        }
        if years.isEmpty {
            change.retentionYears = 0
        } else {
            guard let n = Int(years) else { return .init(field: "retentionYears", text: DataRightsText.retentionYearsInvalid.text) }
            change.retentionYears = n
        }
        return nil
    }
}
