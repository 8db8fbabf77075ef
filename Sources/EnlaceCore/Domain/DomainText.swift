/// Labels of domain values, in Spanish and English.
public enum DomainText: String, MessageCatalog {
    case statusNew, statusActive, statusWaiting, statusClosureRequested, statusClosed
    case priorityNormal, priorityHigh, priorityUrgent
    case roleVolunteer, roleCaseworker, roleSupervisor, roleAdmin
    case areaHealth, areaEducation, areaLegal
    case kindTelemedicine, kindLegalAid, kindFuneralAssistance, kindConsularOrientation

    public var text: LocalizedText {
        switch self {
        case .statusNew: return .init(es: "Nuevo", en: "New")
        case .statusActive: return .init(es: "Activo", en: "Active")
        case .statusWaiting: return .init(es: "En espera", en: "Waiting")
        case .statusClosureRequested: return .init(es: "Cierre solicitado", en: "Closure requested")
        case .statusClosed: return .init(es: "Cerrado", en: "Closed")
        case .priorityNormal: return .init(es: "Normal", en: "Normal")
        case .priorityHigh: return .init(es: "Alta", en: "High")
        case .priorityUrgent: return .init(es: "Urgente", en: "Urgent")
        case .roleVolunteer: return .init(es: "voluntario", en: "volunteer")
        case .roleCaseworker: return .init(es: "trabajador social", en: "caseworker")
        case .roleSupervisor: return .init(es: "supervisor", en: "supervisor")
        case .roleAdmin: return .init(es: "administrador", en: "admin")
        case .areaHealth: return .init(es: "Salud", en: "Health")
        case .areaEducation: return .init(es: "Educación y orientación", en: "Education and orientation")
        case .areaLegal: return .init(es: "Asesoría legal y derechos", en: "Legal aid and rights")
        case .kindTelemedicine: return .init(es: "Telemedicina", en: "Telemedicine")
        case .kindLegalAid: return .init(es: "Asesoría legal", en: "Legal aid")
        case .kindFuneralAssistance: return .init(es: "Asistencia funeraria", en: "Funeral assistance")
        case .kindConsularOrientation: return .init(es: "Orientación consular", en: "Consular orientation")
        }
    }
}
