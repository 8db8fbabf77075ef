import EnlaceCore

extension CommandID {
    static let openReview = CommandID("review.open")
    static let reviewNextSection = CommandID("review.nextSection")
    static let reviewPreviousSection = CommandID("review.previousSection")
    static let reviewLeft = CommandID("review.left")
    static let reviewRight = CommandID("review.right")
    static let reviewOpenItem = CommandID("review.openItem")
    static let reviewMark = CommandID("review.mark")
    static let reviewApprove = CommandID("review.approve")
    static let reviewReject = CommandID("review.reject")
    static let reviewReassign = CommandID("review.reassign")
    static let reviewCloseList = CommandID("review.closeList")
    static let reviewExportCases = CommandID("review.exportCases")
    static let reviewExportSensitive = CommandID("review.exportSensitive")
    static let reviewExportCasesJSON = CommandID("review.exportCasesJSON")
}

enum ReviewCommands {
    static let notSupervisor: @Sendable (AppState) -> LocalizedText? = { state in
        state.review.refusal != nil ? ReviewText.notSupervisor.text : nil
    }

    static func inClosures(_ state: AppState) -> LocalizedText? {
        if let reason = notSupervisor(state) { return reason }
        guard state.review.drill == nil, state.review.section == .closures, state.review.selectedClosure != nil else {
            return ReviewText.onlyInClosures.text
        }
        return nil
    }

    static func inList(_ state: AppState) -> LocalizedText? {
        if let reason = notSupervisor(state) { return reason }
        return state.review.activeList?.selectedCase == nil ? ReviewText.onlyInList.text : nil
    }

    static let all: [Command] = ListCommands.make(.review, help: [
        .last: .init(es: "Va a la última fila cargada.", en: "Goes to the last loaded row."),
    ], disabledReason: notSupervisor) { move in { state in ReviewScreen.move(&state, move) } } + [
        Command(.openReview, keys: [.function(7), .alt("r")],
                label: .init(es: "Revisión", en: "Review"),
                help: .init(es: "Supervisores: cierres por aprobar, casos abiertos por antigüedad, seguimientos vencidos, derivaciones sin respuesta, urgentes y carga de trabajo.",
                             en: "Supervisors: closures to approve, open cases by age, overdue follow-ups, unanswered referrals, urgent cases and workload."),
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .review)
        },
        Command(.reviewNextSection, keys: [.tab],
                label: .init(es: "Sección siguiente", en: "Next section"),
                help: .init(es: "Pasa a la sección siguiente de la revisión.", en: "Goes to the next section of the review."),
                scopes: [.review], inFooter: true, disabledReason: notSupervisor) { state in
            ReviewScreen.switchSection(&state, by: 1)
        },
        Command(.reviewPreviousSection, keys: [.backTab],
                label: .init(es: "Sección anterior", en: "Previous section"),
                help: .init(es: "Vuelve a la sección anterior de la revisión.", en: "Goes to the previous section of the review."),
                scopes: [.review], disabledReason: notSupervisor) { state in
            ReviewScreen.switchSection(&state, by: -1)
        },
        Command(.reviewLeft, keys: [.left, .ctrl("b")],
                label: .init(es: "Columna anterior", en: "Previous column"),
                help: .init(es: "Selecciona la cifra de la izquierda (antigüedad o carga).", en: "Chooses the figure on the left (age or workload)."),
                scopes: [.review], disabledReason: notSupervisor) { state in
            ReviewScreen.sideways(&state, by: -1)
        },
        Command(.reviewRight, keys: [.right, .ctrl("f")],
                label: .init(es: "Columna siguiente", en: "Next column"),
                help: .init(es: "Selecciona la cifra de la derecha (antigüedad o carga).", en: "Chooses the figure on the right (age or workload)."),
                scopes: [.review], disabledReason: notSupervisor) { state in
            ReviewScreen.sideways(&state, by: 1)
        },
        Command(.reviewOpenItem, keys: [.enter],
                label: .init(es: "Abrir", en: "Open"),
                help: .init(es: "En una cifra, muestra los casos detrás de ella; en un caso, abre el caso.",
                             en: "On a figure, lists the cases behind it; on a case, opens the case."),
                scopes: [.review], inFooter: true, disabledReason: notSupervisor, perform: ReviewScreen.open),
        Command(.reviewMark, keys: [.char(" ")],
                label: .init(es: "Marcar", en: "Mark"),
                help: .init(es: "Marca o desmarca el caso para reasignar varios a la vez.", en: "Marks or unmarks the case, to reassign several at once."),
                scopes: [.review], disabledReason: { inList($0) }, perform: ReviewScreen.toggleMark),
        Command(.reviewApprove, keys: [.char("a")],
                label: .init(es: "Aprobar cierre", en: "Approve closure"),
                help: .init(es: "Aprueba el cierre elegido: el caso queda cerrado (se pide confirmación).",
                             en: "Approves the chosen closure: the case is closed (asks first)."),
                scopes: [.review], inFooter: true, disabledReason: { inClosures($0) }, perform: ReviewScreen.approve),
        Command(.reviewReject, keys: [.char("r")],
                label: .init(es: "Rechazar cierre", en: "Reject closure"),
                help: .init(es: "Rechaza el cierre elegido con un motivo: el caso vuelve a activo.",
                             en: "Rejects the chosen closure with a reason: the case goes back to active."),
                scopes: [.review], inFooter: true, disabledReason: { inClosures($0) }, perform: ReviewScreen.reject),
        Command(.reviewReassign, keys: [.char("g")],
                label: .init(es: "Reasignar", en: "Reassign"),
                help: .init(es: "Da los casos marcados (o el elegido) a otra persona; pregunta a quién.",
                             en: "Gives the marked cases (or the chosen one) to another person; asks who."),
                scopes: [.review], inFooter: true, disabledReason: { inList($0) }, perform: ReviewScreen.reassign),
        Command(.reviewCloseList, keys: [.escape],
                label: .init(es: "Cerrar lista", en: "Close list"),
                help: .init(es: "Cierra la lista de casos y vuelve a las cifras.", en: "Closes the list of cases and returns to the figures."),
                scopes: [.review],
                disabledReason: { state in
                    state.review.drill == nil ? .init(es: "No hay lista abierta.", en: "No list is open.") : nil
                }, perform: ReviewScreen.closeList),
        Command(.reviewExportCases, keys: [.char("e")],
                label: .init(es: "Exportar lista", en: "Export list"),
                help: .init(es: "Guarda los casos de esta lista (con nombres, sin datos sensibles) como CSV en la carpeta de salidas; queda en la bitácora.",
                             en: "Saves this list's cases (with names, no sensitive fields) as CSV in the output folder; it is audited."),
                scopes: [.review], inFooter: true, disabledReason: { inList($0) }, perform: ReviewScreen.exportCases),
        Command(.reviewExportCasesJSON, keys: [.char("j")],
                label: .init(es: "Exportar lista en JSON", en: "Export list as JSON"),
                help: .init(es: "Como Exportar lista, en formato JSON; queda en la bitácora.",
                             en: "As Export list, in JSON; it is audited."),
                scopes: [.review], disabledReason: { inList($0) }, perform: ReviewScreen.exportCasesJSON),
        Command(.reviewExportSensitive, keys: [.char("E")],
                label: .init(es: "Exportar con datos sensibles", en: "Export with sensitive fields"),
                help: .init(es: "Como Exportar lista, con la descripción de cada caso; pregunta antes.",
                             en: "As Export list, with each case's description; asks first."),
                scopes: [.review], disabledReason: { inList($0) }, perform: ReviewScreen.exportSensitive),
    ]
}
