import EnlaceCore

extension CommandID {
    static let openImport = CommandID("import.open")
    static let importChooseFile = CommandID("import.chooseFile")
    static let importNextField = CommandID("import.nextField")
    static let importPreviousField = CommandID("import.previousField")
    static let importReview = CommandID("import.review")
    static let importMapping = CommandID("import.mapping")
    static let importNew = CommandID("import.new")
    static let importSame = CommandID("import.same")
    static let importSkip = CommandID("import.skip")
    static let importNextCandidate = CommandID("import.nextCandidate")
    static let importAllNew = CommandID("import.allNew")
    static let importAllSkip = CommandID("import.allSkip")
    static let importCommit = CommandID("import.commit")
}

enum ImportScreenCommands {
    static let refused: @Sendable (AppState) -> LocalizedText? = { state in
        state.importSheet.refusal.map { _ in ImportDeskText.onlySupervisors.text }
    }

    static func at(_ step: ImportScreenState.Step) -> @Sendable (AppState) -> LocalizedText? {
        { state in
            if let reason = refused(state) { return reason }
            return state.importSheet.step == step ? nil
                : (step == .mapping ? ImportDeskText.onlyInMapping.text : ImportDeskText.onlyInReview.text)
        }
    }

    static func shown(_ step: ImportScreenState.Step) -> @Sendable (AppState) -> Bool {
        { $0.importSheet.step == step && $0.importSheet.refusal == nil }
    }

    static func command(_ id: CommandID, _ keys: [Key], _ step: ImportScreenState.Step, footer: Bool = true,
                        es: String, en: String, helpES: String, helpEN: String,
                        _ perform: @escaping CommandAction) -> Command {
        Command(id, keys: keys, label: .init(es: es, en: en), help: .init(es: helpES, en: helpEN), scopes: [.importSheet],
                inFooter: footer, shownWhen: shown(step), disabledReason: at(step), perform: perform)
    }

    static let all: [Command] = ListCommands.make(.importSheet, disabledReason: refused) { move in
        { state in ImportScreen.move(&state, move) }
    } + [
        Command(.openImport, keys: [.alt("h")],
                label: .init(es: "Importar hoja", en: "Import sheet"),
                help: .init(es: "Supervisores: importa personas de una hoja de registro (CSV), revisando cada fila antes de escribir.",
                             en: "Supervisors: imports people from a sign-in sheet (CSV), reviewing each row before anything is written."),
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .importSheet)
        },
        Command(.importChooseFile, keys: [.char("a")],
                label: .init(es: "Archivo", en: "File"),
                help: .init(es: "Abre otra hoja (la ruta del archivo CSV).", en: "Chooses another sheet (the CSV file's path)."),
                scopes: [.importSheet], inFooter: true, disabledReason: refused) { state in
            ImportScreen.askFile(&state)
            return []
        },
        command(.importNextField, [.right], .mapping, es: "Campo →", en: "Field →",
                helpES: "Asigna a la columna marcada el campo siguiente.", helpEN: "Gives the marked column the next field.") {
            ImportScreen.changeField(&$0, by: 1)
        },
        command(.importPreviousField, [.left], .mapping, footer: false, es: "← Campo", en: "← Field",
                helpES: "Asigna a la columna marcada el campo anterior.", helpEN: "Gives the marked column the previous field.") {
            ImportScreen.changeField(&$0, by: -1)
        },
        command(.importReview, [.enter], .mapping, es: "Revisar", en: "Review",
                helpES: "Revisa cada fila con las comprobaciones de la admisión y busca posibles duplicados; no escribe nada.",
                helpEN: "Checks each row with the intake's checks and looks for possible duplicates; writes nothing.") {
            ImportScreen.startReview(&$0)
        },
        command(.importMapping, [.char("m")], .review, footer: false, es: "Columnas", en: "Columns",
                helpES: "Vuelve a las columnas para cambiar sus campos.", helpEN: "Goes back to the columns to change their fields.") {
            ImportScreen.backToMapping(&$0)
        },
        command(.importNew, [.char("n")], .review, es: "Nueva", en: "New",
                helpES: "La fila marcada es una persona nueva.", helpEN: "The marked row is a new person.") {
            ImportScreen.decide(&$0, .new)
        },
        command(.importSame, [.char("i")], .review, es: "Igual", en: "Same",
                helpES: "La fila marcada es la persona que se muestra al lado: se le agrega lo que le falta, nada más.",
                helpEN: "The marked row is the person shown beside it: what the record lacks is added, nothing else.") {
            ImportScreen.decide(&$0, nil)
        },
        command(.importSkip, [.char("o")], .review, es: "Omitir", en: "Skip",
                helpES: "La fila marcada no se importa.", helpEN: "The marked row is not imported.") {
            ImportScreen.decide(&$0, .skip)
        },
        command(.importNextCandidate, [.char("c")], .review, footer: false, es: "Otro candidato", en: "Next candidate",
                helpES: "Muestra el siguiente posible duplicado de la fila marcada.",
                helpEN: "Shows the marked row's next possible duplicate.") {
            ImportScreen.nextCandidate(&$0)
        },
        command(.importAllNew, [.char("N")], .review, footer: false, es: "Todas nuevas", en: "All new",
                helpES: "Las filas por decidir son personas nuevas.", helpEN: "The rows still to decide are new people.") {
            ImportScreen.decideAll(&$0, .new)
        },
        command(.importAllSkip, [.char("O")], .review, footer: false, es: "Omitir el resto", en: "Skip the rest",
                helpES: "Las filas por decidir no se importan.", helpEN: "The rows still to decide are not imported.") {
            ImportScreen.decideAll(&$0, .skip)
        },
        command(.importCommit, [.ctrl("s")], .review, es: "Importar", en: "Import",
                helpES: "Escribe el lote completo en una sola operación (se puede deshacer con enlace import undo).",
                helpEN: "Writes the whole batch in one operation (it can be undone with enlace import undo).") {
            ImportScreen.commit(&$0)
        },
    ]
}
