import EnlaceCore

/// What the reports screen says, in Spanish (formal "usted") and English.
public enum ReportsText: String, MessageCatalog {
    case title, loading, refusal, notSupervisor, hint, empty, position
    case casesPerMonth, casesPerMonthNote, opened, closed, openByStatus, openByAge, overdueByPerson, openByPerson
    case allOpenNote, nowNote, days
    case services, createdNote, responseTime, responseTimeNote, outcomes
    case peopleByState, peopleByAssociation, peopleNote, notGiven, intakesPerEvent, eventsNote, eventCases, eventPeople
    case filterNone, moreAbove, filterPeriod, filterFrom, filterTo, filterPerson, filterKind, filterNotTaken, usesDates, usesPerson, usesKind
    case fromTitle, toTitle, dateQuestion, fromAfterTo, personTitle, personQuestion, anyPerson, kindTitle, kindQuestion, anyKind
    case filtersCleared, exported, exportedShared, notWritten, bomOn, bomOff

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
        case .casesPerMonth: return .init(es: "Casos abiertos y cerrados por mes", en: "Cases opened and closed per month")
        case .casesPerMonthNote:
            return .init(es: "Sin fecha de inicio, los últimos 12 meses; el más reciente abajo.",
                         en: "Without a start date, the last 12 months; the newest at the bottom.")
        case .opened: return .init(es: "abiertos", en: "opened")
        case .closed: return .init(es: "cerrados", en: "closed")
        case .openByStatus: return .init(es: "Casos abiertos por estado", en: "Open cases by status")
        case .openByAge: return .init(es: "Casos abiertos por antigüedad", en: "Open cases by age")
        case .overdueByPerson: return .init(es: "Seguimientos vencidos por persona", en: "Overdue follow-ups by person")
        case .openByPerson: return .init(es: "Casos abiertos por persona", en: "Open cases by person")
        case .allOpenNote: return .init(es: "Todos los casos sin cerrar, hoy.", en: "Every case not closed, today.")
        case .nowNote: return .init(es: "Hoy, por la persona asignada.", en: "Today, by the person assigned.")
        case .days: return .init(es: "{age} días", en: "{age} days")
        case .services: return .init(es: "Servicios por tipo y estado", en: "Services by kind and status")
        case .createdNote: return .init(es: "Canalizaciones creadas en el periodo.", en: "Referrals created in the period.")
        case .responseTime: return .init(es: "Días hasta la respuesta del aliado (mediana)", en: "Days to the partner's answer (median)")
        case .responseTimeNote:
            return .init(es: "Mediana en días enteros, redondeada; entre paréntesis, cuántas respuestas.",
                         en: "Median in whole days, rounded; in parentheses, how many answers.")
        case .outcomes: return .init(es: "Resultados por tipo", en: "Outcomes by kind")
        case .peopleByState: return .init(es: "Personas por estado de origen", en: "People by state of origin")
        case .peopleByAssociation: return .init(es: "Personas por asociación de paisanos", en: "People by hometown association")
        case .peopleNote: return .init(es: "Personas registradas en el periodo.", en: "People registered in the period.")
        case .notGiven: return .init(es: "Sin dato", en: "Not given")
        case .intakesPerEvent: return .init(es: "Registros por evento", en: "Intakes per event")
        case .eventsNote: return .init(es: "Eventos del periodo: casos abiertos y personas registradas ahí.",
                                       en: "Events of the period: cases opened and people registered there.")
        case .eventCases: return .init(es: "casos", en: "cases")
        case .eventPeople: return .init(es: "personas", en: "people")
        case .filterNone: return .init(es: "Sin filtros · d fechas · p persona · t tipo", en: "No filters · d dates · p person · t kind")
        case .moreAbove:
            return .init(es: "… {n} más arriba (el CSV los tiene todos)", en: "… {n} more above (the CSV has them all)")
        case .filterPeriod: return .init(es: "Del {from} al {to}", en: "From {from} to {to}")
        case .filterFrom: return .init(es: "Desde el {from}", en: "From {from}")
        case .filterTo: return .init(es: "Hasta el {to}", en: "Up to {to}")
        case .filterPerson: return .init(es: "Persona: {name}", en: "Person: {name}")
        case .filterKind: return .init(es: "Tipo: {kind}", en: "Kind: {kind}")
        case .filterNotTaken: return .init(es: "(esta gráfica no usa: {what})", en: "(this chart does not use: {what})")
        case .usesDates: return .init(es: "fechas", en: "dates")
        case .usesPerson: return .init(es: "persona", en: "person")
        case .usesKind: return .init(es: "tipo", en: "kind")
        case .fromTitle: return .init(es: "Fecha de inicio", en: "Start date")
        case .toTitle: return .init(es: "Fecha final", en: "End date")
        case .dateQuestion:
            return .init(es: "Por ejemplo 2026-01-31 o 31/01/2026. Vacío: sin límite.",
                         en: "For example 2026-01-31 or 31/01/2026. Empty: no limit.")
        case .fromAfterTo:
            return .init(es: "La fecha final ({to}) es anterior a la de inicio ({from}).",
                         en: "The end date ({to}) is before the start date ({from}).")
        case .personTitle: return .init(es: "Persona asignada", en: "Person assigned")
        case .personQuestion: return .init(es: "Los casos de quién cuentan.", en: "Whose cases count.")
        case .anyPerson: return .init(es: "Todas las personas", en: "Everyone")
        case .kindTitle: return .init(es: "Tipo de canalización", en: "Referral kind")
        case .kindQuestion: return .init(es: "Qué canalizaciones cuentan.", en: "Which referrals count.")
        case .anyKind: return .init(es: "Todos los tipos", en: "Every kind")
        case .filtersCleared: return .init(es: "Filtros quitados.", en: "Filters cleared.")
        case .exported: return .init(es: "Informe guardado: {file}, en {folder}", en: "Report saved: {file}, in {folder}")
        case .exportedShared:
            return .init(es: "Informe agregado (cifras menores de 5 como <5) guardado: {file}, en {folder}",
                         en: "Aggregate report (counts under 5 as <5) saved: {file}, in {folder}")
        case .notWritten: return .init(es: "No se pudo escribir {path}: {reason}", en: "Could not write {path}: {reason}")
        case .bomOn:
            return .init(es: "Los CSV llevarán marca BOM (para Excel y otras hojas de cálculo).",
                         en: "CSV files will start with a BOM (for Excel and other spreadsheets).")
        case .bomOff: return .init(es: "Los CSV irán sin marca BOM.", en: "CSV files will have no BOM.")
        }
    }
}
