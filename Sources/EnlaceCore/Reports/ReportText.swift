/// Report titles, column titles, notes and the `enlace report` messages.
public enum ReportText: String, MessageCatalog {
    case titleOpenByAge, titleOverdueFollowUps, titleReferralsAwaiting, titleUrgentCases, titleWorkload
    case titleClosuresAwaiting, titleCasesPerMonth, titleServices, titleResponseTime, titleOutcomes
    case titlePeopleByState, titlePeopleByAssociation, titleIntakesPerEvent, titleCaseList
    case titleAttendance, titleEventOrigins, colTopic, colAttended, colNew, colReturning, noteAttendance
    case colStatus, colAgeWeek, colAgeMonth, colAgeQuarter, colAgeOlder, colTotal, colCaseworker
    case colFollowUps, colKind, colPartner, colReferrals, colCases, colOpenCases, colUrgent
    case colAwaitingReferrals, colClosuresAwaiting, colMonth, colOpened, colClosed, colResponses, colMedianDays
    case colState, colAssociation, colPeople, colEvent, colDate, colIntakes, colNumber, colPerson
    case colPriority, colArea, colOverdue, colDescription
    case unassigned, notGiven, noPartner, yes, no
    case notePeriod, noteFrom, noteTo, noteCaseworker, noteKind, noteAsOf, noteSuppressed
    case noteSensitive, noteDaysUTC, notePeopleByRegistration, noRows
    case cliListHeading, cliUnknownReport, cliNoFilter, cliBadDate, cliDatesReversed
    case cliPersonLevelNotAggregate, cliNameRequired

    public var text: LocalizedText {
        switch self {
        case .titleOpenByAge: return .init(es: "Casos abiertos por estado y antigüedad", en: "Open cases by status and age")
        case .titleOverdueFollowUps: return .init(es: "Seguimientos vencidos por responsable", en: "Overdue follow-ups by caseworker")
        case .titleReferralsAwaiting: return .init(es: "Canalizaciones sin respuesta vencidas, por tipo y aliado", en: "Referrals past their response date, by kind and partner")
        case .titleUrgentCases: return .init(es: "Casos urgentes abiertos", en: "Urgent open cases")
        case .titleWorkload: return .init(es: "Carga de trabajo por responsable", en: "Workload per caseworker")
        case .titleClosuresAwaiting: return .init(es: "Cierres por aprobar, por responsable", en: "Closures awaiting approval, by caseworker")
        case .titleCasesPerMonth: return .init(es: "Casos abiertos y cerrados por mes", en: "Cases opened and closed per month")
        case .titleServices: return .init(es: "Servicios por tipo de canalización y estado", en: "Services by referral kind and status")
        case .titleResponseTime: return .init(es: "Mediana de días hasta la respuesta del aliado, por tipo", en: "Median days to partner response, by kind")
        case .titleOutcomes: return .init(es: "Resultados por tipo de canalización", en: "Outcomes by referral kind")
        case .titlePeopleByState: return .init(es: "Personas atendidas por estado de origen", en: "People served by state of origin")
        case .titlePeopleByAssociation: return .init(es: "Personas atendidas por club u organización de oriundos", en: "People served by hometown association")
        case .titleIntakesPerEvent: return .init(es: "Registros por jornada", en: "Intakes per event")
        case .titleAttendance: return .init(es: "Asistencia a talleres por tema y mes", en: "Workshop attendance by topic and month")
        case .titleEventOrigins: return .init(es: "Asistentes por estado de origen en cada evento", en: "Attendees by state of origin at each event")
        case .colTopic: return .init(es: "Tema", en: "Topic")
        case .colAttended: return .init(es: "Asistentes", en: "Attended")
        case .colNew: return .init(es: "Nuevas", en: "New")
        case .colReturning: return .init(es: "Ya conocidas", en: "Returning")
        case .noteAttendance:
            return .init(es: "Nuevas: registradas el día del taller o en él; ya conocidas: registradas antes.",
                         en: "New: registered on the workshop's day or at it; returning: registered before.")
        case .titleCaseList: return .init(es: "Lista de casos", en: "Case list")
        case .colStatus: return .init(es: "Estado", en: "Status")
        case .colAgeWeek: return .init(es: "0-7 días", en: "0-7 days")
        case .colAgeMonth: return .init(es: "8-30 días", en: "8-30 days")
        case .colAgeQuarter: return .init(es: "31-90 días", en: "31-90 days")
        case .colAgeOlder: return .init(es: "Más de 90 días", en: "90+ days")
        case .colTotal: return .init(es: "Total", en: "Total")
        case .colCaseworker: return .init(es: "Responsable", en: "Caseworker")
        case .colFollowUps: return .init(es: "Seguimientos vencidos", en: "Overdue follow-ups")
        case .colKind: return .init(es: "Tipo", en: "Kind")
        case .colPartner: return .init(es: "Aliado", en: "Partner")
        case .colReferrals: return .init(es: "Canalizaciones", en: "Referrals")
        case .colCases: return .init(es: "Casos", en: "Cases")
        case .colOpenCases: return .init(es: "Casos abiertos", en: "Open cases")
        case .colUrgent: return .init(es: "Urgentes", en: "Urgent")
        case .colAwaitingReferrals: return .init(es: "Canalizaciones sin respuesta", en: "Referrals awaiting response")
        case .colClosuresAwaiting: return .init(es: "Cierres por aprobar", en: "Closures awaiting approval")
        case .colMonth: return .init(es: "Mes", en: "Month")
        case .colOpened: return .init(es: "Abiertos", en: "Opened")
        case .colClosed: return .init(es: "Cerrados", en: "Closed")
        case .colResponses: return .init(es: "Respuestas", en: "Responses")
        case .colMedianDays: return .init(es: "Mediana de días", en: "Median days")
        case .colState: return .init(es: "Estado de origen", en: "State of origin")
        case .colAssociation: return .init(es: "Club de oriundos", en: "Hometown association")
        case .colPeople: return .init(es: "Personas", en: "People")
        case .colEvent: return .init(es: "Jornada", en: "Event")
        case .colDate: return .init(es: "Fecha", en: "Date")
        case .colIntakes: return .init(es: "Casos abiertos", en: "Cases opened")
        case .colNumber: return .init(es: "Número", en: "Number")
        case .colPerson: return .init(es: "Persona", en: "Person")
        case .colPriority: return .init(es: "Prioridad", en: "Priority")
        case .colArea: return .init(es: "Área", en: "Area")
        case .colOverdue: return .init(es: "Seguimiento vencido", en: "Follow-up overdue")
        case .colDescription: return .init(es: "Descripción", en: "Description")
        case .unassigned: return .init(es: "Sin asignar", en: "Unassigned")
        case .notGiven: return .init(es: "Sin dato", en: "Not given")
        case .noPartner: return .init(es: "Sin aliado", en: "No partner")
        case .yes: return .init(es: "sí", en: "yes")
        case .no: return .init(es: "no", en: "no")
        case .notePeriod: return .init(es: "Periodo: {from} a {to}", en: "Period: {from} to {to}")
        case .noteFrom: return .init(es: "Desde {from}", en: "From {from}")
        case .noteTo: return .init(es: "Hasta {to}", en: "Up to {to}")
        case .noteCaseworker: return .init(es: "Responsable: {name}", en: "Caseworker: {name}")
        case .noteKind: return .init(es: "Tipo: {kind}", en: "Kind: {kind}")
        case .noteAsOf: return .init(es: "Al {date}", en: "As of {date}")
        case .noteSuppressed: return .init(
            es: "Cifras para compartir: las celdas de 1 a 4 se muestran como «<5» y no hay totales.",
            en: "Figures for sharing: cells from 1 to 4 show as “<5” and there are no totals.")
        case .noteSensitive: return .init(es: "Incluye campos sensibles.", en: "Includes sensitive fields.")
        case .noteDaysUTC: return .init(es: "Días en hora UTC.", en: "Days in UTC.")
        case .notePeopleByRegistration: return .init(
            es: "Personas contadas en la fecha de su registro.",
            en: "People counted on the date they were registered.")
        case .noRows: return .init(es: "(sin datos)", en: "(no data)")
        case .cliListHeading: return .init(es: "Informes disponibles:", en: "Available reports:")
        case .cliUnknownReport: return .init(
            es: "No hay un informe «{name}». Vea la lista con: enlace report --list",
            en: "There is no report “{name}”. See the list with: enlace report --list")
        case .cliNoFilter: return .init(
            es: "El informe «{name}» no admite {option}.",
            en: "The report “{name}” does not take {option}.")
        case .cliBadDate: return .init(
            es: "{option}: «{value}» no es una fecha válida; escríbala como AAAA-MM-DD, por ejemplo 2026-03-31.",
            en: "{option}: “{value}” is not a valid date; write it as YYYY-MM-DD, for example 2026-03-31.")
        case .cliDatesReversed: return .init(
            es: "La fecha --from ({from}) es posterior a --to ({to}).",
            en: "The --from date ({from}) is after --to ({to}).")
        case .cliPersonLevelNotAggregate: return .init(
            es: "El informe «{name}» tiene una línea por persona: no hay versión agregada para compartir.",
            en: "The report “{name}” has a line per person: there is no aggregate version for sharing.")
        case .cliNameRequired: return .init(
            es: "Indique el nombre de un informe, o --list para verlos.",
            en: "Give the name of a report, or --list to see them.")
        }
    }
}
