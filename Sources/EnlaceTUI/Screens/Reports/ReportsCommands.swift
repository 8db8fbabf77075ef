import EnlaceCore

extension CommandID {
    static let openReports = CommandID("reports.open")
    static let reportsNext = CommandID("reports.next")
    static let reportsPrevious = CommandID("reports.previous")
    static let reportsDates = CommandID("reports.dates")
    static let reportsPerson = CommandID("reports.person")
    static let reportsKind = CommandID("reports.kind")
    static let reportsClearFilters = CommandID("reports.clearFilters")
    static let reportsExportCSV = CommandID("reports.exportCSV")
    static let reportsExportJSON = CommandID("reports.exportJSON")
    static let reportsExportShared = CommandID("reports.exportShared")
    static let reportsByteOrderMark = CommandID("reports.byteOrderMark")
}

enum ReportsCommands {
    static let notSupervisor: @Sendable (AppState) -> LocalizedText? = { state in
        state.reports.refusal != nil ? ReportsText.notSupervisor.text : nil
    }

    static let all: [Command] = [
        Command(.openReports, keys: [.function(8), .alt("i")],
                label: .init(es: "Informes", en: "Reports"),
                help: .init(es: "Supervisores: gráficas de casos, canalizaciones, personas y eventos, con filtros y exportación a CSV o JSON.",
                             en: "Supervisors: charts of cases, referrals, people and events, with filters and CSV or JSON exports."),
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
        Command(.reportsDates, keys: [.char("d")],
                label: .init(es: "Fechas", en: "Dates"),
                help: .init(es: "Pide la fecha de inicio y la final del periodo que cuentan las gráficas.",
                             en: "Asks for the start and end dates of the period the charts count."),
                scopes: [.reports], inFooter: true, disabledReason: notSupervisor, perform: ReportsScreen.askDates),
        Command(.reportsPerson, keys: [.char("p")],
                label: .init(es: "Persona", en: "Person"),
                help: .init(es: "Cuenta solo los casos de una persona asignada (o de todas).",
                             en: "Counts only the cases of one person assigned (or everyone's)."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.askPerson),
        Command(.reportsKind, keys: [.char("t")],
                label: .init(es: "Tipo de canalización", en: "Referral kind"),
                help: .init(es: "Cuenta solo las canalizaciones de un tipo (o de todos).",
                             en: "Counts only the referrals of one kind (or every kind)."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.askKind),
        Command(.reportsClearFilters, keys: [.char("x")],
                label: .init(es: "Quitar filtros", en: "Clear filters"),
                help: .init(es: "Quita las fechas, la persona y el tipo.", en: "Clears the dates, the person and the kind."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.clearFilters),
        Command(.reportsExportCSV, keys: [.char("e")],
                label: .init(es: "Exportar CSV", en: "Export CSV"),
                help: .init(es: "Guarda el informe de esta gráfica como CSV en la carpeta de salidas.",
                             en: "Saves this chart's report as CSV in the output folder."),
                scopes: [.reports], inFooter: true, disabledReason: notSupervisor, perform: ReportsScreen.exportCSV),
        Command(.reportsExportJSON, keys: [.char("j")],
                label: .init(es: "Exportar JSON", en: "Export JSON"),
                help: .init(es: "Guarda el informe de esta gráfica como JSON en la carpeta de salidas.",
                             en: "Saves this chart's report as JSON in the output folder."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.exportJSON),
        Command(.reportsExportShared, keys: [.char("a")],
                label: .init(es: "Exportar para aliados", en: "Export for partners"),
                help: .init(es: "Guarda el informe agregado para aliados o la federación: cifras menores de 5 ocultas (<5).",
                             en: "Saves the aggregate report for partners or the federation: counts under 5 hidden (<5)."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.exportShared),
        Command(.reportsByteOrderMark, keys: [.char("b")],
                label: .init(es: "BOM en CSV", en: "BOM in CSV"),
                help: .init(es: "Pone o quita la marca BOM al inicio de los CSV (Excel la necesita para leer los acentos).",
                             en: "Adds or removes the BOM at the start of CSV files (Excel needs it to read accents)."),
                scopes: [.reports], disabledReason: notSupervisor, perform: ReportsScreen.toggleByteOrderMark),
    ]
}
