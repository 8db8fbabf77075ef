import EnlaceCore

/// The follow-ups screen's words, in Spanish and English.
public enum FollowUpsText: String, MessageCatalog {
    case title, scopeMine, scopeTeam, scopeHint
    case viewToday, viewOverdue, viewUpcoming
    case emptyToday, emptyOverdue, emptyUpcoming
    case doneTitle, doneMessage, doneRequired, doneSaved
    case missTitle, missMessage, missRequired, missSaved
    case rescheduleTitle, rescheduleMessage, rescheduleRequired, rescheduleSaved
    case scheduleDateTitle, scheduleDateMessage, scheduleChannelTitle, scheduleChannelMessage, scheduleNoteTitle, scheduleNoteMessage
    case scheduleSaved, dateInPast
    case noFollowUp

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Seguimientos", en: "Follow-ups")
        case .scopeMine: return .init(es: "míos", en: "mine")
        case .scopeTeam: return .init(es: "del equipo", en: "the team's")
        case .scopeHint: return .init(es: "h hecho · n no se logró · r reprogramar · p nuevo · e míos/equipo",
                                      en: "d done · m missed · r reschedule · s new one · t mine/team · Enter case")
        case .viewToday: return .init(es: "Hoy", en: "Today")
        case .viewOverdue: return .init(es: "Vencidos", en: "Overdue")
        case .viewUpcoming: return .init(es: "Próximos", en: "Upcoming")
        case .emptyToday: return .init(es: "No quedan seguimientos para hoy.", en: "No follow-ups are left for today.")
        case .emptyOverdue: return .init(es: "No hay seguimientos vencidos.", en: "There are no overdue follow-ups.")
        case .emptyUpcoming: return .init(es: "No hay seguimientos programados para los próximos días.",
                                         en: "No follow-ups are scheduled for the coming days.")
        case .doneTitle: return .init(es: "Seguimiento hecho", en: "Follow-up done")
        case .doneMessage: return .init(es: "{person} · caso {case} · {channel}. ¿Qué resultado tuvo?",
                                        en: "{person} · case {case} · {channel}. What was the result?")
        case .doneRequired: return .init(es: "Escriba el resultado: qué se habló o qué pasó.",
                                         en: "Type the result: what was said or what happened.")
        case .doneSaved: return .init(es: "Seguimiento de {person} marcado como hecho.", en: "Follow-up with {person} marked done.")
        case .missTitle: return .init(es: "No se logró: nueva fecha", en: "Missed: new date")
        case .missMessage:
            return .init(es: "{person} · caso {case}. Escriba la fecha del siguiente intento (p. ej. 25/11/2026 o 25 nov 2026); se programa a la misma hora.",
                         en: "{person} · case {case}. Type the date of the next try (e.g. 25/11/2026 or Nov 25 2026); it is set for the same time.")
        case .missRequired: return .init(es: "Un seguimiento que no se logró se reprograma: escriba la nueva fecha.",
                                         en: "A missed follow-up is rescheduled: type the new date.")
        case .missSaved: return .init(es: "No se logró; nuevo seguimiento para el {date}.", en: "Missed; new follow-up on {date}.")
        case .rescheduleTitle: return .init(es: "Reprogramar seguimiento", en: "Reschedule follow-up")
        case .rescheduleMessage:
            return .init(es: "{person} · caso {case}. Escriba la nueva fecha (p. ej. 25/11/2026); se mantiene la hora.",
                         en: "{person} · case {case}. Type the new date (e.g. 25/11/2026); the time stays the same.")
        case .rescheduleRequired: return .init(es: "Escriba la nueva fecha.", en: "Type the new date.")
        case .rescheduleSaved: return .init(es: "Seguimiento reprogramado para el {date}.", en: "Follow-up rescheduled to {date}.")
        case .scheduleDateTitle: return .init(es: "Programar seguimiento (1 de 3)", en: "Schedule a follow-up (1 of 3)")
        case .scheduleDateMessage:
            return .init(es: "Caso {case} · {person}. ¿Para qué fecha? (día/mes/año, o «15 de marzo»; sin escribir nada: {default})",
                         en: "Case {case} · {person}. For what date? (day/month/year, or “15 March”; nothing typed: {default})")
        case .scheduleChannelTitle: return .init(es: "Programar seguimiento (2 de 3)", en: "Schedule a follow-up (2 of 3)")
        case .scheduleChannelMessage: return .init(es: "Fecha: {date}. ¿Por qué medio?", en: "Date: {date}. By what means?")
        case .scheduleNoteTitle: return .init(es: "Programar seguimiento (3 de 3)", en: "Schedule a follow-up (3 of 3)")
        case .scheduleNoteMessage: return .init(es: "{date}, {channel}. Nota del seguimiento (opcional): ¿qué hay que hacer?",
                                                en: "{date}, {channel}. Follow-up note (optional): what is to be done?")
        case .scheduleSaved: return .init(es: "Seguimiento programado para el {date}.", en: "Follow-up scheduled for {date}.")
        case .dateInPast: return .init(es: "La fecha {date} ya pasó; elija hoy o una fecha futura.",
                                       en: "{date} has passed; choose today or a later date.")
        case .noFollowUp: return .init(es: "No hay ningún seguimiento seleccionado.", en: "No follow-up is selected.")
        }
    }
}
