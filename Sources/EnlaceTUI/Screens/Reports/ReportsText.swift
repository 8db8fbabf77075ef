import EnlaceCore

/// What the reports screen says, in Spanish (formal "usted") and English.
public enum ReportsText: String, MessageCatalog {
    case title, loading, refusal, notSupervisor, hint, empty, position, trendSummary
    case openedPerMonth, openedPerMonthNote, openByStatus, openByAge, overdueByPerson, openByPerson
    case allOpenNote, nowNote, days

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Informes", en: "Reports")
        case .loading: return .init(es: "Leyendo las cifras…", en: "Reading the figures…")
        case .refusal:
            return .init(es: "Los informes son solo para supervisores: cuentan el trabajo de todo el equipo. Su rol es {role}. Esc vuelve.",
                         en: "Reports are for supervisors only: they count the whole team's work. Your role is {role}. Esc goes back.")
        case .notSupervisor: return .init(es: "Solo los supervisores ven los informes.", en: "Only supervisors see the reports.")
        case .hint: return .init(es: "Tab o ←→ cambian de gráfica", en: "Tab or ←→ change the chart")
        case .empty: return .init(es: "No hay datos que contar todavía.", en: "There is nothing to count yet.")
        case .position: return .init(es: "Gráfica {i} de {n}", en: "Chart {i} of {n}")
        case .trendSummary: return .init(es: "mín. {min} · máx. {max} · último {last}", en: "min {min} · max {max} · last {last}")
        case .openedPerMonth: return .init(es: "Casos nuevos por mes", en: "Cases opened per month")
        case .openedPerMonthNote: return .init(es: "Los últimos 12 meses, el más reciente abajo.", en: "The last 12 months, the newest at the bottom.")
        case .openByStatus: return .init(es: "Casos abiertos por estado", en: "Open cases by status")
        case .openByAge: return .init(es: "Casos abiertos por antigüedad", en: "Open cases by age")
        case .overdueByPerson: return .init(es: "Seguimientos vencidos por persona", en: "Overdue follow-ups by person")
        case .openByPerson: return .init(es: "Casos abiertos por persona", en: "Open cases by person")
        case .allOpenNote: return .init(es: "Todos los casos sin cerrar, hoy.", en: "Every case not closed, today.")
        case .nowNote: return .init(es: "Hoy, por la persona asignada.", en: "Today, by the person assigned.")
        case .days: return .init(es: "{age} días", en: "{age} days")
        }
    }
}
