import EnlaceCore

/// The home queue's words ("Mi bandeja"), in Spanish and English.
public enum HomeText: String, MessageCatalog {
    case title
    case tabMyCases, tabUnassigned, tabFollowUps, tabReferrals, tabFollowUpsShort, tabReferralsShort
    case countMore
    case columnDue, columnCase, columnChannel, columnNote, columnKind, columnPartner, columnResponseDue
    case dueToday, dueYesterday, dueTomorrow, dueDaysAgo, dueInDays
    case emptyMyCases, emptyMyCasesSupervisor, emptyUnassigned, emptyFollowUps, emptyReferrals
    case volunteerNoQueue, adminNoQueue
    case tabHint
    case loadFailed

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Mi bandeja", en: "My queue")
        case .tabMyCases: return .init(es: "Mis casos", en: "My cases")
        case .tabUnassigned: return .init(es: "Sin asignar", en: "Unassigned")
        case .tabFollowUps: return .init(es: "Seguimientos de hoy", en: "Follow-ups due")
        case .tabReferrals: return .init(es: "Canalizaciones sin respuesta", en: "Referrals awaiting")
        case .tabFollowUpsShort: return .init(es: "Seguimientos", en: "Follow-ups")
        case .tabReferralsShort: return .init(es: "Canalizaciones", en: "Referrals")
        case .countMore: return .init(es: "{n}+", en: "{n}+")
        case .columnDue: return .init(es: "Vence", en: "Due")
        case .columnCase: return .init(es: "Caso", en: "Case")
        case .columnChannel: return .init(es: "Medio", en: "Channel")
        case .columnNote: return .init(es: "Nota", en: "Note")
        case .columnKind: return .init(es: "Tipo", en: "Kind")
        case .columnPartner: return .init(es: "Institución", en: "Partner")
        case .columnResponseDue: return .init(es: "Respuesta", en: "Response")
        case .dueToday: return .init(es: "hoy {time}", en: "today {time}")
        case .dueYesterday: return .init(es: "ayer", en: "yesterday")
        case .dueTomorrow: return .init(es: "mañana", en: "tomorrow")
        case .dueDaysAgo: return .init(es: "hace {n} días", en: "{n} days ago")
        case .dueInDays: return .init(es: "en {n} días", en: "in {n} days")
        case .emptyMyCases:
            return .init(es: "No tiene casos abiertos asignados. Los casos sin asignar están en la pestaña 2.",
                         en: "You have no open cases assigned. Unassigned cases are on tab 2.")
        case .emptyMyCasesSupervisor:
            return .init(es: "No tiene casos asignados a su nombre. Los casos sin asignar están en la pestaña 2; F6 muestra todos los casos.",
                         en: "No cases are assigned to you. Unassigned cases are on tab 2; F6 shows every case.")
        case .emptyUnassigned: return .init(es: "No hay casos abiertos sin asignar.", en: "There are no open unassigned cases.")
        case .emptyFollowUps:
            return .init(es: "No hay seguimientos vencidos ni para hoy. F4 muestra los próximos.",
                         en: "No follow-ups are overdue or due today. F4 shows the upcoming ones.")
        case .emptyReferrals:
            return .init(es: "Ninguna canalización enviada ha pasado su fecha de respuesta.",
                         en: "No sent referral is past its response date.")
        case .volunteerNoQueue:
            return .init(es: "Como voluntario, usted registra personas y abre casos; la bandeja de trabajo es del personal de casos. F2 abre un registro nuevo; F6 muestra lo que usted registró hoy.",
                         en: "As a volunteer you register people and open cases; the work queue belongs to the case staff. F2 starts a new intake; F6 shows what you registered today.")
        case .adminNoQueue:
            return .init(es: "Su cuenta de administración no muestra casos, así que no tiene bandeja de trabajo. Pida el rol de supervisor si necesita ver casos.",
                         en: "Your admin account shows no cases, so it has no work queue. Ask for the supervisor role if you need to see cases.")
        case .tabHint: return .init(es: "Tab o 1-4 cambia de pestaña · Enter abre el caso",
                                    en: "Tab or 1-4 switches tabs · Enter opens the case")
        case .loadFailed: return .init(es: "No se pudo leer la bandeja: {error}", en: "The queue could not be read: {error}")
        }
    }
}
