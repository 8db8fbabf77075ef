/// Everything a signed-in user can ask the store to do. The store checks each call with
/// `Permissions.check`; hiding a menu item is not enough.
public enum UseCase: String, CaseIterable, Sendable, Codable {
    case registerPerson
    case openCase
    case viewCase
    /// A supervisor gives a new case to a caseworker.
    case assignCase
    /// A caseworker takes a new, unassigned case for itself.
    case takeCase
    case addNote
    case createReferral
    case sendReferral
    case answerReferral
    case scheduleReferral
    case completeReferral
    case cancelReferral
    case scheduleFollowUp
    case completeFollowUp
    case missFollowUp
    case requestClosure
    case approveClosure
    case rejectClosure
    case reopenCase
    case linkDuplicates
    case reassign
    case viewReports
    case exportPersonLevel
    case manageUsers
    case managePartners
    /// The whole partner directory, inactive partners and notes included (supervisors, admins).
    case viewPartnerDirectory
    case manageReferenceData
    case backup
    /// Correct and complete a person's record.
    case editPerson
    /// Record and answer a person's ARCO requests, set opposition and legal hold, erase.
    case dataRights
    /// Create and close community events and workshops.
    case manageEvents
    /// Check that the audit log's hash chain holds (`enlace audit verify`): ids and hashes only.
    case verifyAudit
    /// See who viewed or changed a person's record, cases and referrals, and export that list.
    case viewPersonAccess
    /// Bring people in from a sign-in sheet (CSV) as one batch, and undo a batch.
    case importPeople

    public var label: PermissionText {
        switch self {
        case .registerPerson: return .useRegisterPerson
        case .openCase: return .useOpenCase
        case .viewCase: return .useViewCase
        case .assignCase: return .useAssignCase
        case .takeCase: return .useTakeCase
        case .addNote: return .useAddNote
        case .createReferral: return .useCreateReferral
        case .sendReferral: return .useSendReferral
        case .answerReferral: return .useAnswerReferral
        case .scheduleReferral: return .useScheduleReferral
        case .completeReferral: return .useCompleteReferral
        case .cancelReferral: return .useCancelReferral
        case .scheduleFollowUp: return .useScheduleFollowUp
        case .completeFollowUp: return .useCompleteFollowUp
        case .missFollowUp: return .useMissFollowUp
        case .requestClosure: return .useRequestClosure
        case .approveClosure: return .useApproveClosure
        case .rejectClosure: return .useRejectClosure
        case .reopenCase: return .useReopenCase
        case .linkDuplicates: return .useLinkDuplicates
        case .reassign: return .useReassign
        case .viewReports: return .useViewReports
        case .exportPersonLevel: return .useExportPersonLevel
        case .manageUsers: return .useManageUsers
        case .managePartners: return .useManagePartners
        case .viewPartnerDirectory: return .useViewPartnerDirectory
        case .manageReferenceData: return .useManageReferenceData
        case .backup: return .useBackup
        case .editPerson: return .useEditPerson
        case .dataRights: return .useDataRights
        case .manageEvents: return .useManageEvents
        case .verifyAudit: return .useVerifyAudit
        case .viewPersonAccess: return .useViewPersonAccess
        case .importPeople: return .useImportPeople
        }
    }
}
