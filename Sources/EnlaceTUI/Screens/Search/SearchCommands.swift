import EnlaceCore

extension CommandID {
    static let searchStart = CommandID("search.start")
    static let searchOpen = CommandID("search.open")
    static let searchClear = CommandID("search.clear")
}

enum SearchCommands {
    /// Home and End move in the query box, so the results have steps and pages only.
    static let all: [Command] = ListCommands.make(.search, moves: ListMove.stepsAndPages) { move in
        { state in SearchScreen.move(&state, move) }
    } + [
        Command(.searchStart, keys: [.function(3), .char("/")],
                label: .init(es: "Buscar", en: "Search"),
                help: .init(es: "Busca personas y casos desde cualquier pantalla; los resultados aparecen mientras escribe.",
                             en: "Finds people and cases from any screen; results appear as you type."),
                scopes: [.global], inFooter: true) { state in
            ScreenDispatch.open(&state, .search)
        },
        Command(.searchOpen, keys: [.enter],
                label: .init(es: "Abrir", en: "Open"),
                help: .init(es: "Abre el caso elegido, o el caso abierto más reciente de la persona.",
                             en: "Opens the chosen case, or the person's newest open case."),
                scopes: [.search], inFooter: true,
                disabledReason: { state in
                    state.search.selectedRow == nil && state.search.isAnswered
                        ? .init(es: "No hay resultado elegido.", en: "No result is selected.") : nil
                }, perform: SearchScreen.openSelected),
        Command(.searchClear, keys: [.escape],
                label: .init(es: "Borrar búsqueda", en: "Clear search"),
                help: .init(es: "Borra lo escrito; con la búsqueda vacía, Esc vuelve a la pantalla anterior.",
                             en: "Clears what was typed; with the search empty, Esc goes back."),
                scopes: [.search], inFooter: true,
                disabledReason: { state in
                    state.search.query.isEmpty
                        ? .init(es: "La búsqueda ya está vacía.", en: "The search is already empty.") : nil
                }, perform: SearchScreen.clear),
    ]
}
