import Foundation
import Testing
import EnlaceCore
import EnlaceStore
@testable import EnlaceTUI

struct CommandRegistryTests {
    let registry = CommandRegistry.standard

    @Test func everyCommandIsRegisteredOnceWithBothLanguages() {
        #expect(Set(registry.commands.map(\.id)).count == registry.commands.count, "an id is used twice")
        for c in registry.commands {
            #expect(!c.label.es.isEmpty && !c.label.en.isEmpty, "\(c.id) label")
            #expect(!c.help.es.isEmpty && !c.help.en.isEmpty, "\(c.id) help")
            #expect(!c.keys.isEmpty, "\(c.id) has no key")
        }
    }

    /// One key, one command on a screen. The administration's tabs are the one exception: a
    /// tab's commands show and run on their tab only (`shownWhen`, and disabled elsewhere), so
    /// "a" may add a partner on one tab and a checklist item on another; on every tab, at
    /// most one command of a key is shown.
    @Test func noKeyRunsTwoCommandsOnOneScreen() {
        var tabStates: [AppState] = []
        for tab in AdminTab.allCases {
            var state = AppState(language: .es, width: 80, height: 24,
                                 user: UserAccount(id: 1, username: "a", displayName: "A", role: .admin),
                                 organization: "", now: Date(), timeZone: .current)
            state.push(.admin(AdminState()))
            state.admin.tab = tab
            tabStates.append(state)
        }
        func sharedByTabs(_ a: Command, _ b: Command) -> Bool {
            guard let shownA = a.shownWhen, let shownB = b.shownWhen else { return false }
            return !tabStates.contains { shownA($0) && shownB($0) }
                && !tabStates.contains { a.disabledReason($0) == nil && b.disabledReason($0) == nil && shownA($0) }
        }
        for scope in CommandScope.allCases {
            var seen: [Key: [Command]] = [:]
            for c in registry.commands where c.scopes.contains(scope) {
                for k in c.keys {
                    for other in seen[k] ?? [] {
                        #expect(sharedByTabs(other, c), "\(k) bound to \(other.id) and \(c.id) in \(scope)")
                    }
                    seen[k, default: []].append(c)
                }
            }
        }
    }

    @Test func everyFunctionKeyCommandHasAnotherKey() {
        for c in registry.commands where c.keys.contains(where: { if case .function = $0 { return true } else { return false } }) {
            #expect(c.keys.contains { if case .function = $0 { return false } else { return true } }, "\(c.id)")
        }
    }

    @Test(arguments: Language.allCases)
    func helpOverlayListsEveryCommand(language: Language) {
        let text = HelpOverlay.lines(registry: registry, language: language, width: 200).map(\.text).joined(separator: "\n")
        for c in registry.commands {
            #expect(text.contains(c.label(language)), "\(c.id) missing from help")
            #expect(text.contains(c.keysDisplay(language)), "\(c.id) keys missing from help")
        }
    }

    @Test(arguments: Language.allCases)
    func markdownListsEveryCommand(language: Language) {
        let md = registry.markdown(language)
        for c in registry.commands {
            #expect(md.contains("| \(c.label(language)) |"))
        }
        #expect(md.split(separator: "\n").filter { $0.hasPrefix("| ") }.count == registry.commands.count + 1)
    }

    @Test func dispatchPrefersTheScreensOwnCommand() {
        #expect(registry.command(for: .function(10), in: .caseList)?.id == .quit)
        #expect(registry.command(for: .ctrl("q"), in: .caseList)?.id == .quit)
        #expect(registry.command(for: .char("/"), in: .caseList)?.id == .filter)
        #expect(registry.command(for: .char("z"), in: .caseList) == nil)
    }

    @Test func footerShowsGlobalHintsFirst() {
        let hints = registry.footerHints(in: .caseList, language: .es)
        #expect(hints.first?.keys == "F1")
        #expect(hints.first?.label == "Ayuda")
        #expect(hints.contains { $0.label == "Salir" && $0.keys == "F10" })
        #expect(hints.contains { $0.label == "Filtrar" })
    }
}
