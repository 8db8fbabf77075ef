import EnlaceCore

/// The commands of a screen with numbered tabs (the home queue's tabs, the follow-ups'
/// views), made once: Tab or → the next, Shift-Tab or ← the previous (both wrap around), and
/// 1, 2, 3... one tab; ids `<scope>.nextTab`, `<scope>.previousTab`, `<scope>.tab<n>`.
enum TabCommands {
    /// A tab: its label and help (in help and the palette) and how the screen shows it.
    typealias Tab = (label: LocalizedText, help: LocalizedText, show: CommandAction)

    static func make(_ scope: CommandScope, next: (LocalizedText, LocalizedText), previous: (LocalizedText, LocalizedText),
                     step: @escaping @Sendable (Int) -> CommandAction, tabs: [Tab]) -> [Command] {
        [Command(CommandID("\(scope.rawValue).nextTab"), keys: [.tab, .right], label: next.0, help: next.1,
                 scopes: [scope], perform: step(1)),
         Command(CommandID("\(scope.rawValue).previousTab"), keys: [.backTab, .left], label: previous.0, help: previous.1,
                 scopes: [scope], perform: step(-1))]
            + tabs.enumerated().map { n, tab in
                Command(CommandID("\(scope.rawValue).tab\(n + 1)"), keys: [.char(Character("\(n + 1)"))],
                        label: tab.label, help: tab.help, scopes: [scope], perform: tab.show)
            }
    }

    /// The element `by` steps from `current` in `all`, wrapping around.
    static func stepped<T: Equatable>(_ all: [T], from current: T, by delta: Int) -> T {
        let i = all.firstIndex(of: current) ?? 0
        return all[((i + delta) % all.count + all.count) % all.count]
    }
}
