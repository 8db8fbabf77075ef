import EnlaceCore

extension CommandID {
    static let openReports = CommandID("reports.open")
    static let reportsNext = CommandID("reports.next")
    static let reportsPrevious = CommandID("reports.previous")
}

enum ReportsCommands {
    static let notSupervisor: @Sendable (AppState) -> LocalizedText? = { state in
        state.reports.refusal != nil ? ReportsText.notSupervisor.text : nil
    }

    static let all: [Command] = [
        Command(.openReports, keys: [.function(8), .alt("i")],
                label: .init(es: "Informes", en: "Reports"),
                help: .init(es: "Supervisores: gráficas de casos por mes, por estado, por antigüedad y por persona.",
                             en: "Supervisors: charts of cases per month, by status, by age and by person."),
                scopes: [.global]) { state in
            ScreenDispatch.open(&state, .reports)
        },
        Command(.reportsNext, keys: [.tab, .right, .down],
                label: .init(es: "Gráfica siguiente", en: "Next chart"),
                help: .init(es: "Muestra la gráfica siguiente.", en: "Shows the next chart."),
                scopes: [.reports], inFooter: true, disabledReason: notSupervisor) { state in
            ReportsScreen.step(&state, by: 1)
        },
        Command(.reportsPrevious, keys: [.backTab, .left, .up],
                label: .init(es: "Gráfica anterior", en: "Previous chart"),
                help: .init(es: "Muestra la gráfica anterior.", en: "Shows the previous chart."),
                scopes: [.reports], disabledReason: notSupervisor) { state in
            ReportsScreen.step(&state, by: -1)
        },
    ]
}
