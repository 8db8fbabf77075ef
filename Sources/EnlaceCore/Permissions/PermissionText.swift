/// Names of use cases and permission refusals, in Spanish and English.
public enum PermissionText: String, MessageCatalog {
    case useRegisterPerson, useOpenCase, useViewCase, useAssignCase, useTakeCase, useAddNote
    case useCreateReferral, useSendReferral, useAnswerReferral, useScheduleReferral
    case useCompleteReferral, useCancelReferral, useScheduleFollowUp, useCompleteFollowUp
    case useMissFollowUp, useRequestClosure, useApproveClosure, useRejectClosure, useReopenCase
    case useLinkDuplicates, useReassign, useViewReports, useExportPersonLevel, useManageUsers
    case useManagePartners, useViewPartnerDirectory, useManageReferenceData, useBackup, useEditPerson
    case useDataRights
    case useManageEvents
    case useVerifyAudit, useViewPersonAccess
    case useImportPeople
    case refusalRole, refusalNotOwnCase, refusalNotRegisteredToday
    case scopeDenied, scopeRegisteredToday, scopeOwnOrUnassigned, scopeAll, headerUseCase

    public var text: LocalizedText {
        switch self {
        case .useRegisterPerson: return .init(es: "registrar personas", en: "register people")
        case .useOpenCase: return .init(es: "abrir casos", en: "open cases")
        case .useViewCase: return .init(es: "ver casos", en: "view cases")
        case .useAssignCase: return .init(es: "asignar casos", en: "assign cases")
        case .useTakeCase: return .init(es: "tomar casos sin asignar", en: "take unassigned cases")
        case .useAddNote: return .init(es: "agregar notas", en: "add notes")
        case .useCreateReferral: return .init(es: "crear canalizaciones", en: "create referrals")
        case .useSendReferral: return .init(es: "enviar canalizaciones", en: "send referrals")
        case .useAnswerReferral: return .init(es: "registrar la respuesta de una canalización", en: "record a referral's answer")
        case .useScheduleReferral: return .init(es: "agendar citas de canalización", en: "schedule referral appointments")
        case .useCompleteReferral: return .init(es: "registrar el resultado de una canalización", en: "record a referral's outcome")
        case .useCancelReferral: return .init(es: "cancelar canalizaciones", en: "cancel referrals")
        case .useScheduleFollowUp: return .init(es: "programar seguimientos", en: "schedule follow-ups")
        case .useCompleteFollowUp: return .init(es: "completar seguimientos", en: "complete follow-ups")
        case .useMissFollowUp: return .init(es: "marcar seguimientos no logrados", en: "mark follow-ups missed")
        case .useRequestClosure: return .init(es: "solicitar el cierre de casos", en: "request case closure")
        case .useApproveClosure: return .init(es: "aprobar cierres", en: "approve closures")
        case .useRejectClosure: return .init(es: "rechazar cierres", en: "reject closures")
        case .useReopenCase: return .init(es: "reabrir casos", en: "reopen cases")
        case .useLinkDuplicates: return .init(es: "vincular duplicados", en: "link duplicates")
        case .useReassign: return .init(es: "reasignar casos", en: "reassign cases")
        case .useViewReports: return .init(es: "ver informes", en: "view reports")
        case .useExportPersonLevel: return .init(es: "exportar datos por persona", en: "export person-level data")
        case .useManageUsers: return .init(es: "administrar usuarios y roles", en: "manage users and roles")
        case .useManagePartners: return .init(es: "administrar organizaciones aliadas", en: "manage partners")
        case .useViewPartnerDirectory: return .init(es: "ver el directorio completo de organizaciones aliadas", en: "view the whole partner directory")
        case .useManageReferenceData: return .init(es: "administrar datos de referencia", en: "manage reference data")
        case .useBackup: return .init(es: "hacer respaldos", en: "make backups")
        case .useEditPerson: return .init(es: "corregir el registro de una persona", en: "correct a person's record")
        case .useDataRights: return .init(es: "atender los derechos ARCO de una persona", en: "handle a person's data rights")
        case .useManageEvents: return .init(es: "crear y cerrar eventos y talleres", en: "create and close events and workshops")
        case .useVerifyAudit: return .init(es: "verificar la cadena de auditoría", en: "verify the audit chain")
        case .useViewPersonAccess: return .init(es: "ver quién consultó a una persona", en: "see who viewed a person")
        case .useImportPeople: return .init(es: "importar personas de hojas de registro (CSV) y deshacer una importación", en: "import people from sign-in sheets (CSV) and undo an import")
        case .scopeDenied: return .init(es: "—", en: "—")
        case .scopeRegisteredToday: return .init(es: "lo que registró hoy", en: "what it registered today")
        case .scopeOwnOrUnassigned: return .init(es: "casos propios o sin asignar", en: "own or unassigned cases")
        case .scopeAll: return .init(es: "todo", en: "all")
        case .headerUseCase: return .init(es: "Acción", en: "Use case")
        case .refusalRole: return .init(es: "Su rol ({role}) no permite {action}. Pueden hacerlo: {allowed}.", en: "Your role ({role}) does not allow you to {action}. Allowed: {allowed}.")
        case .refusalNotOwnCase: return .init(es: "No puede {action}: el caso está asignado a otra persona. Pida a un supervisor que se lo reasigne.", en: "You cannot {action}: the case is assigned to someone else. Ask a supervisor to reassign it.")
        case .refusalNotRegisteredToday: return .init(es: "Como voluntario solo puede {action} de registros que usted hizo hoy.", en: "As a volunteer you may {action} only for records you made today.")
        }
    }
}
