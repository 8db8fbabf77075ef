import EnlaceCore
import EnlaceStore

/// The review and the reports are for supervisors: others get the reason in words, in both
/// languages (the language may switch while it shows), and no data.
enum SupervisorGate {
    /// The screen's refusal text for the person's role, or nil for a supervisor.
    static func refusal(_ text: LocalizedText, for role: Role) -> LocalizedText? {
        guard role != .supervisor else { return nil }
        return LocalizedText(es: text.format(.es, ["role": role.label(.es)]), en: text.format(.en, ["role": role.label(.en)]))
    }

    /// A store refusal (the role changed since sign-in) as a refusal text; nil for other errors.
    static func refusal(from error: Error) -> LocalizedText? {
        guard case StoreError.notPermitted = error else { return nil }
        return LocalizedText(es: DeskTask.describe(error, .es), en: DeskTask.describe(error, .en))
    }
}
