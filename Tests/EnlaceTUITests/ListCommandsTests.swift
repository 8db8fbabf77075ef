import Testing
import EnlaceCore
@testable import EnlaceTUI

/// The list commands come from one factory: every list screen has the same keys for the same
/// move, each listed once in help and in `enlace keys`.
struct ListCommandsTests {
    let registry = CommandRegistry.standard
    /// The screens with a list, and the moves each has (search gives Home/End to its query
    /// box; a referral's documents have steps and pages).
    static let lists: [(CommandScope, [ListMove])] = [
        (.caseList, ListMove.allCases), (.home, ListMove.allCases), (.followUps, ListMove.allCases),
        (.review, ListMove.allCases), (.caseDetail, ListMove.allCases),
        (.search, ListMove.stepsAndPages), (.referral, ListMove.stepsAndPages),
    ]

    @Test func everyListScreenGetsTheSameKeysForEachMove() throws {
        for (scope, moves) in Self.lists {
            for move in moves {
                let command = try #require(registry.command(ListCommands.id(scope, move)), "\(scope) \(move)")
                #expect(command.keys == move.keys, "\(scope) \(move)")
                #expect(command.scopes == [scope])
                #expect(command.label == move.words.label, "\(scope) \(move): the same label everywhere")
                for key in move.keys {
                    #expect(registry.command(for: key, in: scope)?.id == command.id, "\(key) in \(scope)")
                }
            }
        }
        // On those screens only the factory's commands take the list keys: none by hand.
        for (scope, moves) in Self.lists {
            let withListKeys = registry.commands.filter { $0.scopes.contains(scope) && $0.keys.contains { ListMove(key: $0) != nil } }
            #expect(Set(withListKeys.map(\.id)) == Set(moves.map { ListCommands.id(scope, $0) }), "\(scope)")
        }
    }

    @Test(arguments: Language.allCases)
    func helpListsEachMoveOncePerScreen(language: Language) {
        let lines = HelpOverlay.lines(registry: registry, language: language, width: 200).map(\.text)
        for (scope, moves) in Self.lists {
            let start = lines.firstIndex(of: scope.label(language))!
            let end = lines[(start + 1)...].firstIndex { $0.isEmpty } ?? lines.endIndex
            let section = lines[start..<end]
            for move in moves {
                let keys = move.keys.map { $0.display(language) }.joined(separator: " ")
                let rows = section.filter { $0.hasPrefix(keys + " ") && $0.contains(move.words.label(language) + ":") }
                #expect(rows.count == 1, "\(scope) \(move): \(rows)")
            }
        }
        let md = registry.markdown(language)
        for (scope, moves) in Self.lists {
            for move in moves {
                let keys = move.keys.map { "`\($0.display(language))`" }.joined(separator: " ")
                let rows = md.split(separator: "\n").filter { $0.hasPrefix("| \(move.words.label(language)) | \(keys) | \(scope.label(language)) |") }
                #expect(rows.count == 1, "\(scope) \(move) in enlace keys")
            }
        }
    }

    @Test func aListCursorMakesTheSameMovesAsTheKeys() {
        var byKey = ListCursor(), byMove = ListCursor()
        for key in [Key.down, .down, .ctrl("j"), .pageDown, .up, .end, .alt("v"), .home, .ctrl("v")] {
            let handled = byKey.handle(key, count: 50, page: 10)
            #expect(handled)
            byMove.apply(ListMove(key: key)!, count: 50, page: 10)
            #expect(byKey == byMove)
        }
        #expect(byKey.selected == 10)
        let other = byKey.handle(.char("x"), count: 50, page: 10)
        #expect(!other)
    }
}
