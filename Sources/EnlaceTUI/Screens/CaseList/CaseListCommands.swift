import EnlaceCore

extension CommandID {
    static let filter = CommandID("caseList.filter")
    static let clearFilter = CommandID("caseList.clearFilter")
    static let exportList = CommandID("caseList.export")
    static let exportListJSON = CommandID("caseList.exportJSON")
}

enum CaseListCommands {
    static let all: [Command] = ListCommands.make(.caseList, help: [
        .first: .init(es: "Va al caso más reciente.", en: "Goes to the newest case."),
        .last: .init(es: "Va al caso más antiguo.", en: "Goes to the oldest case."),
    ], perform: CaseListScreen.move) + [
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
