import EnlaceCore

extension CommandID {
    static let searchStart = CommandID("search.start")
    static let searchOpen = CommandID("search.open")
    static let searchClear = CommandID("search.clear")
    static let searchUp = CommandID("search.up")
    static let searchDown = CommandID("search.down")
    static let searchPageUp = CommandID("search.pageUp")
    static let searchPageDown = CommandID("search.pageDown")
}

enum SearchCommands {
    static let all: [Command] = [
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
                    state.search.selectedRow == nil
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
        Command(.searchUp, keys: [.up, .ctrl("k")],
                label: .init(es: "Resultado anterior", en: "Previous result"),
                help: .init(es: "Selecciona la línea de arriba.", en: "Selects the line above."),
                scopes: [.search]) { state in SearchScreen.move(&state, .up) },
        Command(.searchDown, keys: [.down, .ctrl("j")],
                label: .init(es: "Resultado siguiente", en: "Next result"),
                help: .init(es: "Selecciona la línea de abajo.", en: "Selects the line below."),
                scopes: [.search]) { state in SearchScreen.move(&state, .down) },
        Command(.searchPageUp, keys: [.pageUp, .alt("v")],
                label: .init(es: "Página anterior de resultados", en: "Previous page of results"),
                help: .init(es: "Sube una pantalla de resultados.", en: "Moves up one screen of results."),
                scopes: [.search]) { state in SearchScreen.move(&state, .pageUp) },
        Command(.searchPageDown, keys: [.pageDown, .ctrl("v")],
                label: .init(es: "Página siguiente de resultados", en: "Next page of results"),
                help: .init(es: "Baja una pantalla de resultados.", en: "Moves down one screen of results."),
                scopes: [.search]) { state in SearchScreen.move(&state, .pageDown) },
    ]
}
