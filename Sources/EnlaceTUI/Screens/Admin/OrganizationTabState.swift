import EnlaceCore
import EnlaceStore

/// The organization tab ("Organización"): its name, contact details and settings as saved,
/// the consulates to choose from, and the settings form when open.
public struct OrganizationTabState: Sendable {
    public var profile: OrganizationProfile?
    public var choices: [ServingConsulate] = []
    public var form: FormState?
    /// The profile's version when the form was opened.
    public var formVersion = 0
    /// First drawn line of the read-only view (it scrolls on short terminals).
    public var scroll = 0

    public init() {}

    static let consulatePrefix = "consulate."

    /// The form, filled with `profile`: one box per consulate of the directory.
    static func form(_ profile: OrganizationProfile, choices: [ServingConsulate]) -> FormState {
        let t = ReferenceDataText.self
        let s = StoreText.self
        let chosen = Set(profile.consulates.map(\.id))
        var fields: [FormField] = [
            .text("name", s.organizationNameLabel.text, required: true, value: profile.name, maxLength: 120),
            .text("phone", s.organizationPhone.text, value: profile.phoneForPeople ?? "", maxLength: 30),
            .text("address", s.organizationAddress.text, value: profile.address ?? "", maxLength: CaseDesk.maximumAddressLength),
            .text("email", s.organizationEmail.text, value: profile.email ?? "", maxLength: 254),
            .text("timeZone", t.timeZoneLabel.text, value: profile.timeZone ?? "", maxLength: 60,
                  placeholder: OrganizationTabText.timeZoneHint.text),
            FormField("defaultLanguage", t.languageLabel.text, input: .choice(ChoiceField(
                Language.allCases.map { Choice($0.rawValue, $0 == .es ? OrganizationTabText.spanish.text : OrganizationTabText.english.text) },
                selectedID: profile.defaultLanguage.rawValue))),
            .text("lockMinutes", t.lockMinutesLabel.text, value: profile.lockMinutes.map(String.init) ?? "", maxLength: 3,
                  placeholder: OrganizationTabText.lockMinutesHint.text.filling(["n": .plain("\(PrivacyState.defaultIdleMinutes)")])),
        ] + OrganizationRightsSettings.fields(profile)
        for (i, consulate) in choices.enumerated() {
            let place = [consulate.city, consulate.state].compactMap { $0 }.joined(separator: ", ")
            fields.append(FormField(consulatePrefix + "\(consulate.id)", i == 0 ? t.consulatesLabel.text : .plain(""),
                                    input: .check(chosen.contains(consulate.id)),
                                    placeholder: .plain(place.isEmpty ? consulate.name : place)))
        }
        return FormState(fields)
    }
}
