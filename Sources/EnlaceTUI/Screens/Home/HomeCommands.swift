import EnlaceCore

extension CommandID {
    static let goHome = CommandID("home.open")
    static let goCases = CommandID("home.cases")
    static let homeOpenCase = CommandID("home.openCase")
}

enum HomeCommands {
    static let all: [Command] = ListCommands.make(.home, help: [
        .first: .init(es: "Va a la primera fila: lo más urgente o lo más antiguo.", en: "Goes to the first row: the most urgent or the oldest."),
    ]) { HomeScreen.move(.move($0)) } + TabCommands.make(
        .home, next: (.init(es: "Pestaña siguiente", en: "Next tab"), .init(es: "Muestra la pestaña siguiente.", en: "Shows the next tab.")),
        previous: (.init(es: "Pestaña anterior", en: "Previous tab"), .init(es: "Muestra la pestaña anterior.", en: "Shows the previous tab.")),
        step: HomeScreen.stepTab, tabs: [
            (.init(es: "Mis casos", en: "My cases"), .init(es: "Muestra sus casos abiertos, lo urgente primero.", en: "Shows your open cases, urgent first."),
             { state in HomeScreen.show(.myCases, &state) }),
            (.init(es: "Casos sin asignar", en: "Unassigned cases"),
             .init(es: "Muestra los casos abiertos que nadie atiende todavía.", en: "Shows open cases nobody has taken yet."),
             { state in HomeScreen.show(.unassigned, &state) }),
            (.init(es: "Seguimientos vencidos y de hoy", en: "Follow-ups overdue and today"),
             .init(es: "Muestra los seguimientos vencidos y los que vencen hoy.", en: "Shows follow-ups overdue and due today."),
             { state in HomeScreen.show(.followUps, &state) }),
            (.init(es: "Canalizaciones sin respuesta", en: "Referrals awaiting response"),
             .init(es: "Muestra las canalizaciones enviadas que pasaron su fecha de respuesta.", en: "Shows sent referrals past their response date."),
             { state in HomeScreen.show(.referrals, &state) }),
        ]) + [
        Command(.goHome, keys: [.function(5), .alt("b")],
                label: .init(es: "Mi bandeja", en: "My queue"),
                help: .init(es: "Vuelve a la bandeja de trabajo: mis casos, sin asignar, seguimientos y canalizaciones sin respuesta.",
                             en: "Returns to the work queue: my cases, unassigned, follow-ups and referrals awaiting response."),
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .home)
        },
        Command(.goCases, keys: [.function(6), .alt("c")],
                label: .init(es: "Casos", en: "Cases"),
                help: .init(es: "Abre la lista de todos los casos que usted puede ver, con filtro.",
                             en: "Opens the list of every case you can see, with a filter."),
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .caseList)
        },
        Command(.homeOpenCase, keys: [.enter],
                label: .init(es: "Abrir caso", en: "Open case"),
                help: .init(es: "Abre el caso de la fila seleccionada.", en: "Opens the case of the selected row."),
                scopes: [.home], inFooter: true,
                disabledReason: HomeScreen.noRow, perform: HomeScreen.openSelected),
    ]
}
