/// Texts of the workflows: events, guards, inputs, effects, refusals and table headers.
public enum WorkflowText: String, MessageCatalog {
    case machineCase, machineReferral, machineFollowUp
    case caseEventAssign, caseEventTake, caseEventWait, caseEventResume, caseEventRequestClosure
    case caseEventApproveClosure, caseEventRejectClosure, caseEventReopen, caseEventCloseAsDuplicate
    case referralEventSend, referralEventAccept, referralEventDecline, referralEventSchedule
    case referralEventReschedule, referralEventComplete, referralEventMarkNoShow, referralEventCancel
    case followUpEventComplete, followUpEventMiss
    case guardOwnOrUnassigned, guardNoOpenWork, guardConsentToShare, guardRequiredFields
    case checkNotOwnDuplicate, checkNextDueAfterDue, refusalOwnDuplicate, refusalNextDueNotAfter
    case refusalNoTransition, refusalRole, refusalMissingInputs, refusalNotOwnCase
    case refusalOpenWork, refusalNoConsent, refusalMissingFields
    case inputReason, inputSummary, inputCaseOutcome, inputReferralOutcome, inputAppointment
    case inputResult, inputDuplicateOf, inputAssignee, inputWaitingOn, inputNextDue
    case effectAssignCaseworker, effectAssignToActor, effectRecordWaitingOn, effectClearWaitingOn
    case effectRecordClosureRequest, effectClearClosureRequest, effectStampClosedAt, effectClearClosure
    case effectLinkDuplicate, effectStampSentAt, effectRecordAppointment, effectRecordReferralOutcome
    case effectCreateFollowUp, effectRecordResult, effectCreateNextFollowUp
    case headerFrom, headerEvent, headerTo, headerRoles, headerGuards, headerInputs, headerEffects
    case noneMark

    public var text: LocalizedText {
        switch self {
        case .machineCase: return .init(es: "Caso", en: "Case")
        case .machineReferral: return .init(es: "Canalización", en: "Referral")
        case .machineFollowUp: return .init(es: "Seguimiento", en: "Follow-up")
        case .caseEventAssign: return .init(es: "Asignar", en: "Assign")
        case .caseEventTake: return .init(es: "Tomar el caso", en: "Take the case")
        case .caseEventWait: return .init(es: "Poner en espera", en: "Put on hold")
        case .caseEventResume: return .init(es: "Reanudar", en: "Resume")
        case .caseEventRequestClosure: return .init(es: "Solicitar cierre", en: "Request closure")
        case .caseEventApproveClosure: return .init(es: "Aprobar cierre", en: "Approve closure")
        case .caseEventRejectClosure: return .init(es: "Rechazar cierre", en: "Reject closure")
        case .caseEventReopen: return .init(es: "Reabrir", en: "Reopen")
        case .caseEventCloseAsDuplicate: return .init(es: "Cerrar como duplicado", en: "Close as duplicate")
        case .referralEventSend: return .init(es: "Enviar", en: "Send")
        case .referralEventAccept: return .init(es: "Registrar aceptación", en: "Record acceptance")
        case .referralEventDecline: return .init(es: "Registrar rechazo", en: "Record decline")
        case .referralEventSchedule: return .init(es: "Agendar cita", en: "Schedule appointment")
        case .referralEventReschedule: return .init(es: "Cambiar cita", en: "Reschedule")
        case .referralEventComplete: return .init(es: "Registrar resultado", en: "Record outcome")
        case .referralEventMarkNoShow: return .init(es: "Marcar inasistencia", en: "Mark no-show")
        case .referralEventCancel: return .init(es: "Cancelar", en: "Cancel")
        case .followUpEventComplete: return .init(es: "Marcar como hecho", en: "Mark done")
        case .followUpEventMiss: return .init(es: "Marcar como no logrado", en: "Mark missed")
        case .guardOwnOrUnassigned: return .init(es: "Caso propio o sin asignar (trabajador social)", en: "Own or unassigned case (caseworker)")
        case .guardNoOpenWork: return .init(es: "Sin canalizaciones ni seguimientos abiertos", en: "No open referral or follow-up")
        case .guardConsentToShare: return .init(es: "Consentimiento para compartir datos", en: "Consent to share data")
        case .guardRequiredFields: return .init(es: "Campos obligatorios del tipo completos", en: "Kind's required fields complete")
        case .checkNotOwnDuplicate: return .init(es: "el caso que se conserva es otro", en: "the surviving case is another one")
        case .checkNextDueAfterDue: return .init(es: "el siguiente va después del no logrado", en: "the next one comes after the missed one")
        case .refusalOwnDuplicate: return .init(es: "Un caso no puede ser duplicado de sí mismo. Indique el número del caso que se conserva.", en: "A case cannot be a duplicate of itself. Give the number of the case that is kept.")
        case .refusalNextDueNotAfter: return .init(es: "La fecha del siguiente seguimiento debe ser posterior a la del seguimiento no logrado.", en: "The next follow-up must be due after the missed one.")
        case .refusalNoTransition: return .init(es: "La acción «{event}» no es posible en el estado «{state}».", en: "“{event}” is not possible in state “{state}”.")
        case .refusalRole: return .init(es: "Su rol ({role}) no lo permite; solo puede hacerlo: {allowed}.", en: "Your role ({role}) does not allow it; only: {allowed}.")
        case .refusalMissingInputs: return .init(es: "Falta indicar: {inputs}.", en: "Still needed: {inputs}.")
        case .refusalNotOwnCase: return .init(es: "Este caso está asignado a otra persona. Pida a un supervisor que se lo reasigne.", en: "This case is assigned to someone else. Ask a supervisor to reassign it.")
        case .refusalOpenWork: return .init(es: "Canalizaciones abiertas: {referrals}; seguimientos abiertos: {followUps}. Ciérrelos o cancélelos antes de cerrar el caso.", en: "Open referrals: {referrals}; open follow-ups: {followUps}. Close or cancel them before closing the case.")
        case .refusalNoConsent: return .init(es: "La persona no ha dado su consentimiento para compartir sus datos con esta organización. Regístrelo antes de enviar.", en: "The person has not consented to share their data with this partner. Record consent before sending.")
        case .refusalMissingFields: return .init(es: "Complete antes de enviar: {fields}.", en: "Complete before sending: {fields}.")
        case .inputReason: return .init(es: "motivo", en: "reason")
        case .inputSummary: return .init(es: "resumen de cierre", en: "closure summary")
        case .inputCaseOutcome: return .init(es: "resultado del caso", en: "case outcome")
        case .inputReferralOutcome: return .init(es: "resultado de la canalización", en: "referral outcome")
        case .inputAppointment: return .init(es: "cita", en: "appointment")
        case .inputResult: return .init(es: "resultado del seguimiento", en: "follow-up result")
        case .inputDuplicateOf: return .init(es: "caso que se conserva", en: "surviving case")
        case .inputAssignee: return .init(es: "trabajador social asignado", en: "assigned caseworker")
        case .inputWaitingOn: return .init(es: "qué se espera", en: "waiting on")
        case .inputNextDue: return .init(es: "fecha del siguiente seguimiento", en: "next follow-up date")
        case .effectAssignCaseworker: return .init(es: "asigna el trabajador social", en: "assigns the caseworker")
        case .effectAssignToActor: return .init(es: "se lo asigna a quien actúa", en: "assigns it to the actor")
        case .effectRecordWaitingOn: return .init(es: "anota qué se espera", en: "records what it waits on")
        case .effectClearWaitingOn: return .init(es: "borra la espera", en: "clears the wait")
        case .effectRecordClosureRequest: return .init(es: "guarda resultado y resumen", en: "keeps outcome and summary")
        case .effectClearClosureRequest: return .init(es: "borra la solicitud de cierre", en: "clears the closure request")
        case .effectStampClosedAt: return .init(es: "anota la fecha de cierre", en: "stamps the closing date")
        case .effectClearClosure: return .init(es: "borra el cierre", en: "clears the closure")
        case .effectLinkDuplicate: return .init(es: "vincula con el caso que se conserva", en: "links to the surviving case")
        case .effectStampSentAt: return .init(es: "anota la fecha de envío", en: "stamps the sending date")
        case .effectRecordAppointment: return .init(es: "guarda la cita", en: "records the appointment")
        case .effectRecordReferralOutcome: return .init(es: "guarda el resultado", en: "records the outcome")
        case .effectCreateFollowUp: return .init(es: "crea un seguimiento", en: "creates a follow-up")
        case .effectRecordResult: return .init(es: "guarda el resultado", en: "records the result")
        case .effectCreateNextFollowUp: return .init(es: "crea el siguiente seguimiento", en: "creates the next follow-up")
        case .headerFrom: return .init(es: "Desde", en: "From")
        case .headerEvent: return .init(es: "Acción", en: "Event")
        case .headerTo: return .init(es: "Hacia", en: "To")
        case .headerRoles: return .init(es: "Roles", en: "Roles")
        case .headerGuards: return .init(es: "Condiciones", en: "Guards")
        case .headerInputs: return .init(es: "Datos requeridos", en: "Inputs")
        case .headerEffects: return .init(es: "Efectos", en: "Effects")
        case .noneMark: return .init(es: "—", en: "—")
        }
    }
}
