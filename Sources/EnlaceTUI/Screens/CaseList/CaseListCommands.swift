import EnlaceCore

extension CommandID {
    static let moveUp = CommandID("caseList.up")
    static let moveDown = CommandID("caseList.down")
    static let pageUp = CommandID("caseList.pageUp")
    static let pageDown = CommandID("caseList.pageDown")
    static let moveFirst = CommandID("caseList.first")
    static let moveLast = CommandID("caseList.last")
    static let filter = CommandID("caseList.filter")
    static let clearFilter = CommandID("caseList.clearFilter")
    static let exportList = CommandID("caseList.export")
    static let exportListJSON = CommandID("caseList.exportJSON")
}

enum CaseListCommands {
    static let all: [Command] = [
        Command(.moveUp, keys: [.up, .ctrl("k")],
                label: .init(es: "Subir", en: "Up"),
                help: .init(es: "Selecciona el caso anterior.", en: "Selects the previous case."),
                scopes: [.caseList], perform: CaseListScreen.moveUp),
        Command(.moveDown, keys: [.down, .ctrl("j")],
                label: .init(es: "Bajar", en: "Down"),
                help: .init(es: "Selecciona el caso siguiente.", en: "Selects the next case."),
                scopes: [.caseList], perform: CaseListScreen.moveDown),
        Command(.pageUp, keys: [.pageUp, .alt("v")],
                label: .init(es: "Página anterior", en: "Previous page"),
                help: .init(es: "Sube una pantalla de casos.", en: "Moves up one screen of cases."),
                scopes: [.caseList], perform: CaseListScreen.pageUp),
        Command(.pageDown, keys: [.pageDown, .ctrl("v")],
                label: .init(es: "Página siguiente", en: "Next page"),
                help: .init(es: "Baja una pantalla de casos.", en: "Moves down one screen of cases."),
                scopes: [.caseList], perform: CaseListScreen.pageDown),
        Command(.moveFirst, keys: [.home, .alt("<")],
                label: .init(es: "Primero", en: "First"),
                help: .init(es: "Va al caso más reciente.", en: "Goes to the newest case."),
                scopes: [.caseList], perform: CaseListScreen.first),
        Command(.moveLast, keys: [.end, .alt(">")],
                label: .init(es: "Último", en: "Last"),
                help: .init(es: "Va al caso más antiguo.", en: "Goes to the oldest case."),
                scopes: [.caseList], perform: CaseListScreen.last),
        Command(.filter, keys: [.char("/")],
                label: .init(es: "Filtrar", en: "Filter"),
                help: .init(es: "Filtra la lista mientras escribe: nombre, apellido o número de caso.",
                             en: "Filters the list as you type: name, surname or case number."),
                scopes: [.caseList], inFooter: true) { state in
            state.caseList.editingFilter = true
            return []
        },
        Command(.clearFilter, keys: [.escape],
                label: .init(es: "Borrar filtro", en: "Clear filter"),
                help: .init(es: "Quita el filtro y muestra todos los casos.", en: "Removes the filter and shows every case."),
                scopes: [.caseList],
                disabledReason: { state in
                    state.caseList.filter.isEmpty
                        ? .init(es: "No hay filtro que borrar.", en: "There is no filter to clear.") : nil
                }, perform: CaseListScreen.clearFilter),
        Command(.exportList, keys: [.char("e")],
                label: .init(es: "Exportar lista", en: "Export list"),
                help: .init(es: "Guarda los casos de la lista, con el filtro escrito, como CSV en la carpeta de salidas (supervisión; queda en la bitácora).",
                             en: "Saves the list's cases, with the filter typed, as CSV in the output folder (supervisors; it is audited)."),
                scopes: [.caseList], disabledReason: supervisorsOnly) { state in
            CaseListScreen.export(&state, .csv(byteOrderMark: state.reports.byteOrderMark))
        },
        Command(.exportListJSON, keys: [.char("j")],
                label: .init(es: "Exportar lista en JSON", en: "Export list as JSON"),
                help: .init(es: "Como Exportar lista, en formato JSON.", en: "As Export list, in JSON."),
                scopes: [.caseList], disabledReason: supervisorsOnly) { state in
            CaseListScreen.export(&state, .json)
        },
    ]

    /// Person-level exports are the supervisor's (the store checks it again).
    static let supervisorsOnly: @Sendable (AppState) -> LocalizedText? = { state in
        state.user.role == .supervisor ? nil
            : .init(es: "Solo la supervisión puede exportar listas con nombres de personas.",
                    en: "Only supervisors may export lists with people's names.")
    }
}
