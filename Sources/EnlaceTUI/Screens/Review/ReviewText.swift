import EnlaceCore

/// What the review screen says, in Spanish (formal "usted") and English.
public enum ReviewText: String, MessageCatalog {
    case title, loading, refusal, notSupervisor
    case tabClosures, tabOpen, tabOverdue, tabReferrals, tabUrgent, tabWorkload
    case referralsHint, referralsNone, noPartner, columnKindPartner, columnAwaiting, figureReferrals
    case closuresHint, closuresNone, closuresCount
    case approveTitle, approveQuestion, approved
    case rejectTitle, rejectQuestion, rejectReasonRequired, rejected
    case conflict, onlyInClosures, onlyInList, onlyOnFigure
    case openHint, columnStatus, columnTotal, daysSuffix, openNone
    case overdueHint, overdueNone, unassigned
    case urgentHint
    case workloadHint, columnPerson, columnOpen, columnUrgent, columnClosures, columnOverdue
    case figureOpenAge, figureOpenAny, figureCaseworkerOpen, figureUrgent, figureUrgentOf
    case figureClosuresOf, figureOverdueOf, drillTitle, drillHint, drillNone, drillMarked
    case reassignTitle, reassignQuestion, reassigned, nothingToReassign, noAssignees
    case exported, sensitiveTitle, sensitiveQuestion

    public var text: LocalizedText {
        switch self {
        case .exported: return .init(es: "Lista de {n} {n|caso|casos} guardada: {file}, en {folder}", en: "List of {n} {n|case|cases} saved: {file}, in {folder}")
        case .sensitiveTitle: return .init(es: "Exportar con datos sensibles", en: "Export with sensitive fields")
        case .sensitiveQuestion:
            return .init(es: "El archivo llevará la descripción de cada caso (datos sensibles de las personas) y quedará en la bitácora. ¿Exportar?",
                         en: "The file will hold each case's description (people's sensitive details) and the export is audited. Export?")
        case .title: return .init(es: "Revisión", en: "Review")
        case .loading: return .init(es: "Leyendo las cifras…", en: "Reading the figures…")
        case .refusal:
            return .init(es: "La revisión es solo para supervisores: muestra los casos y el trabajo de todo el equipo. Su rol es {role}. Para aprobar un cierre o reasignar un caso, pídalo a un supervisor. Esc vuelve.",
                         en: "The review is for supervisors only: it shows the whole team's cases and work. Your role is {role}. To approve a closure or reassign a case, ask a supervisor. Esc goes back.")
        case .notSupervisor: return .init(es: "Solo los supervisores usan la revisión.", en: "Only supervisors use the review.")
        case .tabClosures: return .init(es: "Cierres", en: "Closures")
        case .tabOpen: return .init(es: "Abiertos", en: "Open")
        case .tabOverdue: return .init(es: "Vencidos", en: "Overdue")
        case .tabUrgent: return .init(es: "Urgentes", en: "Urgent")
        case .tabReferrals: return .init(es: "Derivaciones", en: "Referrals")
        case .referralsHint:
            return .init(es: "Derivaciones sin respuesta pasada la fecha, por tipo y aliado. Enter lista los casos",
                         en: "Referrals unanswered past their date, by kind and partner. Enter lists the cases")
        case .referralsNone: return .init(es: "No hay derivaciones esperando respuesta fuera de plazo.", en: "No referral is awaiting a response past its date.")
        case .noPartner: return .init(es: "sin aliado", en: "no partner")
        case .columnKindPartner: return .init(es: "Tipo · aliado", en: "Kind · partner")
        case .columnAwaiting: return .init(es: "Sin respuesta", en: "Unanswered")
        case .figureReferrals: return .init(es: "{kind} sin respuesta de {partner}", en: "{kind} unanswered by {partner}")
        case .tabWorkload: return .init(es: "Carga", en: "Workload")
        case .closuresHint:
            return .init(es: "El caso más antiguo primero. a aprueba · r rechaza · Enter abre el caso",
                         en: "Oldest case first. a approves · r rejects · Enter opens the case")
        case .closuresNone: return .init(es: "No hay cierres esperando aprobación.", en: "No closures are awaiting approval.")
        case .closuresCount: return .init(es: "{n} {n|cierre|cierres} por aprobar", en: "{n} {n|closure|closures} to approve")
        case .approveTitle: return .init(es: "Aprobar cierre", en: "Approve closure")
        case .approveQuestion:
            return .init(es: "¿Aprobar el cierre del caso {case} ({person})? El caso quedará cerrado.",
                         en: "Approve the closure of case {case} ({person})? The case will be closed.")
        case .approved: return .init(es: "Cierre aprobado: el caso {case} está cerrado.", en: "Closure approved: case {case} is closed.")
        case .rejectTitle: return .init(es: "Rechazar cierre", en: "Reject closure")
        case .rejectQuestion:
            return .init(es: "¿Por qué rechaza el cierre del caso {case}? El caso vuelve a activo con este motivo.",
                         en: "Why do you reject the closure of case {case}? The case goes back to active with this reason.")
        case .rejectReasonRequired: return .init(es: "Escriba el motivo del rechazo.", en: "Type the reason for rejecting.")
        case .rejected: return .init(es: "Cierre rechazado: el caso {case} vuelve a activo.", en: "Closure rejected: case {case} is active again.")
        case .conflict:
            return .init(es: "Otra persona cambió el caso {case} mientras tanto; la lista se volvió a leer. Revísela e intente de nuevo.",
                         en: "Someone else changed case {case} meanwhile; the list was read again. Check it and try again.")
        case .onlyInClosures: return .init(es: "Elija un cierre en la sección Cierres.", en: "Choose a closure in the Closures section.")
        case .onlyInList:
            return .init(es: "Abra una lista de casos (Enter sobre una cifra) o la sección Urgentes.",
                         en: "Open a list of cases (Enter on a figure) or the Urgent section.")
        case .onlyOnFigure: return .init(es: "No hay cifra ni caso elegido.", en: "No figure or case is chosen.")
        case .openHint:
            return .init(es: "Por estado y días abiertos. Flechas eligen cifra; Enter lista sus casos",
                         en: "By status and days open. Arrows choose a figure; Enter lists its cases")
        case .columnStatus: return .init(es: "Estado", en: "Status")
        case .columnTotal: return .init(es: "Total", en: "Total")
        case .daysSuffix: return .init(es: "días", en: "days")
        case .openNone: return .init(es: "No hay casos abiertos.", en: "There are no open cases.")
        case .overdueHint:
            return .init(es: "Seguimientos vencidos por persona asignada. Enter lista sus casos",
                         en: "Overdue follow-ups by the person assigned. Enter lists their cases")
        case .overdueNone: return .init(es: "No hay seguimientos vencidos.", en: "There are no overdue follow-ups.")
        case .unassigned: return .init(es: "Sin asignar", en: "Unassigned")
        case .urgentHint:
            return .init(es: "Casos urgentes abiertos. Espacio marca · g reasigna · Enter abre",
                         en: "Open urgent cases. Space marks · g reassigns · Enter opens")
        case .workloadHint:
            return .init(es: "Trabajo de cada persona. ←→ eligen columna; Enter lista sus casos",
                         en: "Each person's work. ←→ choose the column; Enter lists the cases")
        case .columnPerson: return .init(es: "Persona", en: "Person")
        case .columnOpen: return .init(es: "Abiertos", en: "Open")
        case .columnUrgent: return .init(es: "Urgentes", en: "Urgent")
        case .columnClosures: return .init(es: "Cierres", en: "Closures")
        case .columnOverdue: return .init(es: "Vencidos", en: "Overdue")
        case .figureOpenAge: return .init(es: "{status}, {age} días", en: "{status}, {age} days")
        case .figureOpenAny: return .init(es: "{status}, toda antigüedad", en: "{status}, any age")
        case .figureCaseworkerOpen: return .init(es: "abiertos de {name}", en: "open cases of {name}")
        case .figureUrgent: return .init(es: "urgentes abiertos", en: "open urgent cases")
        case .figureUrgentOf: return .init(es: "urgentes de {name}", en: "urgent cases of {name}")
        case .figureClosuresOf: return .init(es: "cierres por aprobar de {name}", en: "closures to approve of {name}")
        case .figureOverdueOf: return .init(es: "seguimiento vencido de {name}", en: "overdue follow-up of {name}")
        case .drillTitle: return .init(es: "Casos: {figure} ({n})", en: "Cases: {figure} ({n})")
        case .drillHint:
            return .init(es: "Espacio marca · g reasigna · Enter abre · Esc vuelve",
                         en: "Space marks · g reassigns · Enter opens · Esc goes back")
        case .drillNone: return .init(es: "No hay casos detrás de esta cifra.", en: "There are no cases behind this figure.")
        case .drillMarked: return .init(es: "{n} {n|marcado|marcados}", en: "{n} marked")
        case .reassignTitle: return .init(es: "Reasignar casos", en: "Reassign cases")
        case .reassignQuestion: return .init(es: "¿A quién se {n|da|dan} {n} {n|caso|casos}?", en: "Who gets {n} {n|case|cases}?")
        case .reassigned: return .init(es: "{n} {n|caso reasignado|casos reasignados} a {name}.", en: "{n} {n|case|cases} reassigned to {name}.")
        case .nothingToReassign: return .init(es: "No hay caso elegido que reasignar.", en: "There is no chosen case to reassign.")
        case .noAssignees: return .init(es: "No hay trabajadores activos a quien reasignar.", en: "There is no active caseworker to reassign to.")
        }
    }
}
