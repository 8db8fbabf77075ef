import EnlaceCore

/// A move in a list: the same keys on every list screen (and in a dialog's list of options).
public enum ListMove: String, CaseIterable, Sendable {
    case up, down, pageUp, pageDown, first, last

    /// The moves of a list whose Home/End belong to a text field (search) or that has no ends
    /// worth a key (a referral's documents).
    public static let stepsAndPages: [ListMove] = [.up, .down, .pageUp, .pageDown]

    /// The keys of the move; the second works on terminals without the first (Emacs keys).
    public var keys: [Key] {
        switch self {
        case .up: return [.up, .ctrl("k")]
        case .down: return [.down, .ctrl("j")]
        case .pageUp: return [.pageUp, .alt("v")]
        case .pageDown: return [.pageDown, .ctrl("v")]
        case .first: return [.home, .alt("<")]
        case .last: return [.end, .alt(">")]
        }
    }

    /// The move a key makes, if it is one of the list keys.
    public init?(key: Key) {
        guard let move = Self.allCases.first(where: { $0.keys.contains(key) }) else { return nil }
        self = move
    }

    /// The label and help a screen shows unless it says what the move means there.
    var words: (label: LocalizedText, help: LocalizedText) {
        switch self {
        case .up: return (.init(es: "Subir", en: "Up"), .init(es: "Selecciona la fila anterior.", en: "Selects the previous row."))
        case .down: return (.init(es: "Bajar", en: "Down"), .init(es: "Selecciona la fila siguiente.", en: "Selects the next row."))
        case .pageUp: return (.init(es: "Página anterior", en: "Previous page"), .init(es: "Sube una pantalla.", en: "Moves up one screen."))
        case .pageDown: return (.init(es: "Página siguiente", en: "Next page"), .init(es: "Baja una pantalla.", en: "Moves down one screen."))
        case .first: return (.init(es: "Primero", en: "First"), .init(es: "Va a la primera fila.", en: "Goes to the first row."))
        case .last: return (.init(es: "Último", en: "Last"), .init(es: "Va a la última fila.", en: "Goes to the last row."))
        }
    }
}

/// The list commands of a screen, made once: every list screen gets the same keys, labels
/// and ids (`<scope>.<move>`), so help, the palette and `enlace keys` list them alike; the
/// screen gives its movement function and, where it says something, what a move means there
/// ("the newest case").
enum ListCommands {
    static func make(_ scope: CommandScope, moves: [ListMove] = ListMove.allCases,
                     help: [ListMove: LocalizedText] = [:],
                     disabledReason: @escaping @Sendable (AppState) -> LocalizedText? = { _ in nil },
                     perform: @escaping @Sendable (ListMove) -> CommandAction) -> [Command] {
        moves.map { move in
            Command(id(scope, move), keys: move.keys, label: move.words.label, help: help[move] ?? move.words.help,
                    scopes: [scope], disabledReason: disabledReason, perform: perform(move))
        }
    }

    static func id(_ scope: CommandScope, _ move: ListMove) -> CommandID {
        CommandID("\(scope.rawValue).\(move.rawValue)")
    }
}
