import EnlaceCore

/// Every text of the case detail screen, in Spanish (formal "usted") and English.
public enum CaseDetailText: String, MessageCatalog {
    case title, loading, loadFailed
    case caseNumber, years, yearsApprox, noPhone
    case status, priority, area, caseworker, unassigned, daysOpen, dayOpen, overdueFollowUp
    case timelineTitle, timelineEmpty, timelineMore
    case actionsTitle
    case entryNote, entryOpened, entryPriority, entryReassigned, entryReferral, entryFollowUp
    case followUpDue, followUpOverdue
    case closedCase
    case notOfferedNow
    case noteTitle, noteMessage, noteEmpty, noteSaved
    case waitTitle, waitMessage
    case outcomeTitle, outcomeMessage, summaryTitle, summaryMessage, summaryRequired
    case rejectTitle, rejectMessage, reopenTitle, reopenMessage, reasonRequired
    case assignTitle, assignMessage, noAssignees
    case takeTitle, takeMessage, resumeTitle, resumeMessage, approveTitle, approveMessage
    case duplicateTitle, duplicateMessage, duplicateRequired, duplicateNotFound, duplicateConfirmTitle, duplicateConfirm
    case priorityTitle, priorityMessage
    case saved, conflict

    public var text: LocalizedText {
        switch self {
        case .title: return .init(es: "Caso", en: "Case")
        case .loading: return .init(es: "Cargando el caso…", en: "Loading the case…")
        case .loadFailed: return .init(es: "No se pudo abrir el caso: {error}", en: "The case could not be opened: {error}")
        case .caseNumber: return .init(es: "Caso {number}", en: "Case {number}")
        case .years: return .init(es: "{n} {n|año|años}", en: "{n} {n|year|years} old")
        case .yearsApprox: return .init(es: "unos {n} {n|año|años}", en: "about {n} {n|year|years} old")
        case .noPhone: return .init(es: "sin teléfono", en: "no phone")
        case .status: return .init(es: "Estado:", en: "Status:")
        case .priority: return .init(es: "Prioridad:", en: "Priority:")
        case .area: return .init(es: "Área:", en: "Area:")
        case .caseworker: return .init(es: "Responsable:", en: "Caseworker:")
        case .unassigned: return .init(es: "sin asignar", en: "unassigned")
        case .daysOpen: return .init(es: "abierto hace {n} {n|día|días}", en: "open {n} {n|day|days}")
        case .dayOpen: return .init(es: "abierto hoy", en: "opened today")
        case .overdueFollowUp: return .init(es: "seguimiento vencido", en: "follow-up overdue")
        case .timelineTitle: return .init(es: "Historial (más reciente primero)", en: "Timeline (newest first)")
        case .timelineEmpty: return .init(es: "Este caso todavía no tiene historial.", en: "This case has no timeline yet.")
        case .timelineMore: return .init(es: "Hay entradas más antiguas que no se muestran.", en: "Older entries are not shown.")
        case .actionsTitle: return .init(es: "Acciones", en: "Actions")
        case .entryNote: return .init(es: "Nota", en: "Note")
        case .entryOpened: return .init(es: "Caso abierto", en: "Case opened")
        case .entryPriority: return .init(es: "Cambio de prioridad", en: "Priority changed")
        case .entryReassigned: return .init(es: "Reasignado", en: "Reassigned")
        case .entryReferral: return .init(es: "Canalización", en: "Referral")
        case .entryFollowUp: return .init(es: "Seguimiento", en: "Follow-up")
        case .followUpDue: return .init(es: "para el {date}", en: "due {date}")
        case .followUpOverdue: return .init(es: "vencido", en: "overdue")
        case .closedCase: return .init(es: "El caso está cerrado; reábralo primero.", en: "The case is closed; reopen it first.")
        case .notOfferedNow:
            return .init(es: "No es posible mientras el caso está «{status}».", en: "Not possible while the case is “{status}”.")
        case .noteTitle: return .init(es: "Nueva nota", en: "New note")
        case .noteMessage: return .init(es: "Escriba la nota; puede ocupar varias líneas.", en: "Type the note; it may take several lines.")
        case .noteEmpty: return .init(es: "La nota está vacía; escriba algo o pulse Esc.", en: "The note is empty; type something or press Esc.")
        case .noteSaved: return .init(es: "Nota guardada.", en: "Note saved.")
        case .waitTitle: return .init(es: "Poner en espera", en: "Put on hold")
        case .waitMessage: return .init(es: "¿En espera de qué o de quién?", en: "Waiting on what or whom?")
        case .outcomeTitle: return .init(es: "Solicitar cierre (1 de 2)", en: "Request closure (1 of 2)")
        case .outcomeMessage: return .init(es: "¿Cómo terminó el caso?", en: "How did the case end?")
        case .summaryTitle: return .init(es: "Solicitar cierre (2 de 2)", en: "Request closure (2 of 2)")
        case .summaryMessage: return .init(es: "Resultado: {outcome}. Escriba el resumen del caso.", en: "Outcome: {outcome}. Type the case summary.")
        case .summaryRequired: return .init(es: "El resumen es obligatorio.", en: "The summary is required.")
        case .rejectTitle: return .init(es: "Rechazar el cierre", en: "Reject the closure")
        case .rejectMessage: return .init(es: "¿Por qué se rechaza? El caso vuelve a activo.", en: "Why is it rejected? The case goes back to active.")
        case .reopenTitle: return .init(es: "Reabrir el caso", en: "Reopen the case")
        case .reopenMessage: return .init(es: "¿Por qué se reabre?", en: "Why is it reopened?")
        case .reasonRequired: return .init(es: "El motivo es obligatorio.", en: "The reason is required.")
        case .assignTitle: return .init(es: "Asignar el caso", en: "Assign the case")
        case .assignMessage: return .init(es: "¿A quién se asigna?", en: "Assign to whom?")
        case .noAssignees: return .init(es: "No hay personal activo a quien asignar.", en: "There is no active staff to assign to.")
        case .takeTitle: return .init(es: "Tomar el caso", en: "Take the case")
        case .takeMessage: return .init(es: "¿Tomar el caso {number}? Quedará a su cargo.", en: "Take case {number}? It will be yours.")
        case .resumeTitle: return .init(es: "Reanudar", en: "Resume")
        case .resumeMessage: return .init(es: "¿Reanudar el caso {number}?", en: "Resume case {number}?")
        case .approveTitle: return .init(es: "Aprobar el cierre", en: "Approve the closure")
        case .approveMessage: return .init(es: "¿Cerrar el caso {number}? Resultado: {outcome}.", en: "Close case {number}? Outcome: {outcome}.")
        case .duplicateTitle: return .init(es: "Cerrar como duplicado", en: "Close as duplicate")
        case .duplicateMessage: return .init(es: "Número del caso que se conserva (por ejemplo 2026-000123).", en: "Number of the case that stays (for example 2026-000123).")
        case .duplicateRequired: return .init(es: "Escriba el número del caso que se conserva.", en: "Type the number of the case that stays.")
        case .duplicateNotFound: return .init(es: "No existe el caso «{case}».", en: "There is no case “{case}”.")
        case .duplicateConfirmTitle: return .init(es: "Confirmar duplicado", en: "Confirm duplicate")
        case .duplicateConfirm: return .init(es: "¿Cerrar {number} como duplicado de {survivor}?", en: "Close {number} as a duplicate of {survivor}?")
        case .priorityTitle: return .init(es: "Cambiar la prioridad", en: "Change the priority")
        case .priorityMessage: return .init(es: "Prioridad actual: {priority}.", en: "Current priority: {priority}.")
        case .saved: return .init(es: "{action}: hecho. Estado: {status}.", en: "{action}: done. Status: {status}.")
        case .conflict:
            return .init(es: "Otra persona cambió este caso mientras tanto; se volvió a cargar; lo que usted escribió se conserva.",
                         en: "Another person changed this case meanwhile; it was reloaded; what you typed is kept.")
        }
    }
}
