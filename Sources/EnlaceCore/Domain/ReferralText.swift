/// Labels of referral values and fields, in Spanish and English.
public enum ReferralText: String, MessageCatalog {
    case statusDraft, statusSent, statusAccepted, statusDeclined, statusScheduled
    case statusCompleted, statusNoShow, statusCancelled
    case urgencyRoutine, urgencyPriority, urgencyUrgent
    case emergencyCall911
    case outcomeServiceProvided, outcomePartiallyProvided, outcomeNotProvided, outcomeReferredElsewhere
    case fieldPartner, fieldReason
    case fieldSymptoms, fieldPreferredLanguage, fieldModality, fieldAvailability, fieldInsurance
    case fieldMatter, fieldDeadline, fieldDetentionFacility
    case fieldDeceasedName, fieldDateOfDeath, fieldPlaceOfDeath, fieldBodyLocation, fieldDisposition
    case fieldRepatriationDestination, fieldNextOfKin, fieldFuneralHome, fieldSupportRequested
    case fieldProcedure, fieldConsulate, fieldAppointmentDate
    case modalityPhone, modalityVideo
    case insuranceNone, insuranceMedicaid, insuranceEmployer, insuranceOther
    case matterImmigrationDefense, matterAsylum, matterDACA, matterUTVisa, matterLaborWageTheft
    case matterHousingEviction, matterFamily, matterOther
    case bodyAtHospital, bodyAtCoroner, bodyAtFuneralHome
    case dispositionBurial, dispositionCremation
    case supportRepatriation, supportFuneralCosts, supportPaperwork, supportConsularLiaison, supportEmotional
    case procedureMatricula, procedurePassport, procedureBirthRegistration, procedurePowerOfAttorney
    case procedureVoterCard, procedureOther

    public var text: LocalizedText {
        switch self {
        case .statusDraft: return .init(es: "Borrador", en: "Draft")
        case .statusSent: return .init(es: "Enviada", en: "Sent")
        case .statusAccepted: return .init(es: "Aceptada", en: "Accepted")
        case .statusDeclined: return .init(es: "Rechazada", en: "Declined")
        case .statusScheduled: return .init(es: "Con cita", en: "Scheduled")
        case .statusCompleted: return .init(es: "Completada", en: "Completed")
        case .statusNoShow: return .init(es: "No se presentó", en: "No-show")
        case .statusCancelled: return .init(es: "Cancelada", en: "Cancelled")
        case .urgencyRoutine: return .init(es: "De rutina", en: "Routine")
        case .urgencyPriority: return .init(es: "Prioritaria", en: "Priority")
        case .urgencyUrgent: return .init(es: "Urgente", en: "Urgent")
        case .emergencyCall911: return .init(es: "Si es una emergencia, llame al 911 ahora. Una emergencia no se canaliza.", en: "If this is an emergency, call 911 now. An emergency is not referred.")
        case .outcomeServiceProvided: return .init(es: "Recibió el servicio", en: "Service provided")
        case .outcomePartiallyProvided: return .init(es: "Recibió parte del servicio", en: "Partially provided")
        case .outcomeNotProvided: return .init(es: "No recibió el servicio", en: "Not provided")
        case .outcomeReferredElsewhere: return .init(es: "Canalizada a otra organización", en: "Referred elsewhere")
        case .fieldPartner: return .init(es: "Organización aliada", en: "Partner")
        case .fieldReason: return .init(es: "Motivo", en: "Reason")
        case .fieldSymptoms: return .init(es: "Motivo o síntomas", en: "Reason or symptoms")
        case .fieldPreferredLanguage: return .init(es: "Idioma preferido", en: "Preferred language")
        case .fieldModality: return .init(es: "Modalidad", en: "Modality")
        case .fieldAvailability: return .init(es: "Horario disponible", en: "Availability")
        case .fieldInsurance: return .init(es: "Seguro médico", en: "Insurance")
        case .fieldMatter: return .init(es: "Asunto", en: "Matter")
        case .fieldDeadline: return .init(es: "Fecha límite o de corte", en: "Deadline or court date")
        case .fieldDetentionFacility: return .init(es: "Centro de detención", en: "Detention facility")
        case .fieldDeceasedName: return .init(es: "Nombre de la persona fallecida", en: "Deceased's name")
        case .fieldDateOfDeath: return .init(es: "Fecha de fallecimiento", en: "Date of death")
        case .fieldPlaceOfDeath: return .init(es: "Lugar de fallecimiento", en: "Place of death")
        case .fieldBodyLocation: return .init(es: "Dónde se encuentra el cuerpo", en: "Where the body is")
        case .fieldDisposition: return .init(es: "Sepultura o cremación", en: "Burial or cremation")
        case .fieldRepatriationDestination: return .init(es: "Destino de repatriación (estado y municipio)", en: "Repatriation destination (state and municipality)")
        case .fieldNextOfKin: return .init(es: "Familiar de contacto (nombre y teléfono)", en: "Next of kin (name and phone)")
        case .fieldFuneralHome: return .init(es: "Funeraria", en: "Funeral home")
        case .fieldSupportRequested: return .init(es: "Apoyo solicitado", en: "Support requested")
        case .fieldProcedure: return .init(es: "Trámite", en: "Procedure")
        case .fieldConsulate: return .init(es: "Consulado", en: "Consulate")
        case .fieldAppointmentDate: return .init(es: "Fecha de la cita", en: "Appointment date")
        case .modalityPhone: return .init(es: "Teléfono", en: "Phone")
        case .modalityVideo: return .init(es: "Video", en: "Video")
        case .insuranceNone: return .init(es: "Sin seguro", en: "None")
        case .insuranceMedicaid: return .init(es: "Medicaid", en: "Medicaid")
        case .insuranceEmployer: return .init(es: "Del empleador", en: "Employer")
        case .insuranceOther: return .init(es: "Otro seguro", en: "Other")
        case .matterImmigrationDefense: return .init(es: "Defensa migratoria", en: "Immigration defense")
        case .matterAsylum: return .init(es: "Asilo", en: "Asylum")
        case .matterDACA: return .init(es: "DACA", en: "DACA")
        case .matterUTVisa: return .init(es: "Visa U o T", en: "U or T visa")
        case .matterLaborWageTheft: return .init(es: "Laboral y robo de salario", en: "Labor and wage theft")
        case .matterHousingEviction: return .init(es: "Vivienda o desalojo", en: "Housing or eviction")
        case .matterFamily: return .init(es: "Familiar", en: "Family")
        case .matterOther: return .init(es: "Otro asunto", en: "Other matter")
        case .bodyAtHospital: return .init(es: "Hospital", en: "Hospital")
        case .bodyAtCoroner: return .init(es: "Médico forense", en: "Coroner")
        case .bodyAtFuneralHome: return .init(es: "Funeraria", en: "Funeral home")
        case .dispositionBurial: return .init(es: "Sepultura", en: "Burial")
        case .dispositionCremation: return .init(es: "Cremación", en: "Cremation")
        case .supportRepatriation: return .init(es: "Repatriación a México", en: "Repatriation to Mexico")
        case .supportFuneralCosts: return .init(es: "Gastos funerarios", en: "Funeral costs")
        case .supportPaperwork: return .init(es: "Trámites y documentos", en: "Paperwork")
        case .supportConsularLiaison: return .init(es: "Enlace con el consulado", en: "Liaison with the consulate")
        case .supportEmotional: return .init(es: "Acompañamiento emocional", en: "Emotional support")
        case .procedureMatricula: return .init(es: "Matrícula consular", en: "Consular ID (matrícula)")
        case .procedurePassport: return .init(es: "Pasaporte", en: "Passport")
        case .procedureBirthRegistration: return .init(es: "Registro de nacimiento / doble nacionalidad", en: "Birth registration / dual nationality")
        case .procedurePowerOfAttorney: return .init(es: "Poder notarial", en: "Power of attorney")
        case .procedureVoterCard: return .init(es: "Credencial para votar desde el extranjero", en: "Voter card from abroad")
        case .procedureOther: return .init(es: "Otro trámite", en: "Other procedure")
        }
    }
}
