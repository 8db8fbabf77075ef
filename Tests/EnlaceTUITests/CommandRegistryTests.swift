import Testing
import EnlaceCore
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

    @Test func noKeyRunsTwoCommandsOnOneScreen() {
        for scope in CommandScope.allCases {
            var seen: [Key: CommandID] = [:]
            for c in registry.commands where c.scopes.contains(scope) {
                for k in c.keys {
                    #expect(seen[k] == nil, "\(k) bound to \(seen[k].map { "\($0)" } ?? "") and \(c.id) in \(scope)")
                    seen[k] = c.id
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
