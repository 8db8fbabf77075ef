import EnlaceCore

/// What a command does: changes the state and asks for effects. Pure, like `App.update`.
public typealias CommandAction = @Sendable (inout AppState) -> [Effect]

/// One command: its keys, its words in both languages, where it applies, what it does.
public struct Command: Sendable {
    public let id: CommandID
    public let keys: [Key]
    public let label: LocalizedText
    public let help: LocalizedText
    public let scopes: Set<CommandScope>
    /// Shown in the footer of the screens where it applies (the most useful few only).
    public let inFooter: Bool
    /// When the footer shows it (a tab's command, on its tab); nil: always.
    public let shownWhen: (@Sendable (AppState) -> Bool)?
    /// Why the command cannot run now, or nil when it can.
    public let disabledReason: @Sendable (AppState) -> LocalizedText?
    public let perform: CommandAction

    public init(
        _ id: CommandID, keys: [Key], label: LocalizedText, help: LocalizedText,
        scopes: Set<CommandScope>, inFooter: Bool = false,
        shownWhen: (@Sendable (AppState) -> Bool)? = nil,
        disabledReason: @escaping @Sendable (AppState) -> LocalizedText? = { _ in nil },
        perform: @escaping CommandAction
    ) {
        self.id = id
        self.keys = keys
        self.label = label
        self.help = help
        self.scopes = scopes
        self.inFooter = inFooter
        self.shownWhen = shownWhen
        self.disabledReason = disabledReason
        self.perform = perform
    }

    public func keysDisplay(_ language: Language) -> String {
        keys.map { $0.display(language) }.joined(separator: " ")
    }
}
