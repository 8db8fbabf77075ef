/// One document to gather for a referral. Plain data (both languages as strings) so the
/// organization can edit its checklists; the defaults come from `ChecklistText`.
public struct ChecklistItem: Codable, Sendable, Equatable, Hashable {
    /// A stable key, such as "birthCertificate".
    public var key: String
    public var es: String
    public var en: String
    public var done: Bool

    public init(key: String, es: String, en: String, done: Bool = false) {
        self.key = key
        self.es = es
        self.en = en
        self.done = done
    }

    public init(_ text: ChecklistText, done: Bool = false) {
        self.init(key: text.rawValue, es: text.text.es, en: text.text.en, done: done)
    }

    public func text(_ language: Language) -> String { language == .es ? es : en }
}

/// The checklist an organization uses for one referral kind (and, for consular orientation,
/// one procedure).
public struct ChecklistTemplate: Codable, Sendable, Equatable {
    public var kind: ReferralKind
    public var procedure: ConsularProcedure?
    public var items: [ChecklistItem]

    public init(kind: ReferralKind, procedure: ConsularProcedure? = nil, items: [ChecklistItem]) {
        self.kind = kind
        self.procedure = procedure
        self.items = items
    }
}

/// Default document checklists, shipped as data; the organization may replace them.
public enum DocumentChecklist {
    public static let defaultTemplates: [ChecklistTemplate] = {
        var templates: [ChecklistTemplate] = [
            ChecklistTemplate(kind: .telemedicine, items: [
                .init(.photoID), .init(.medicationList), .init(.insuranceCard), .init(.reachablePhone),
            ]),
            ChecklistTemplate(kind: .legalAid, items: [
                .init(.photoID), .init(.noticesReceived), .init(.matterEvidence), .init(.datesTimeline),
            ]),
            ChecklistTemplate(kind: .funeralAssistance, items: [
                .init(.deathCertificate), .init(.deceasedID), .init(.nextOfKinID),
                .init(.proofOfRelationship), .init(.funeralHomeQuote),
            ]),
        ]
        for procedure in ConsularProcedure.allCases {
            templates.append(ChecklistTemplate(kind: .consularOrientation, procedure: procedure,
                                               items: consularItems(procedure).map { .init($0) }))
        }
        return templates
    }()

    private static func consularItems(_ procedure: ConsularProcedure) -> [ChecklistText] {
        switch procedure {
        case .matricula: return [.birthCertificate, .officialPhotoID, .proofOfAddressInDistrict]
        case .passport: return [.birthCertificate, .officialPhotoID, .curpPrintout, .feePayment]
        case .birthRegistration:
            return [.childForeignBirthCertificate, .parentMexicanBirthCertificate, .parentsPhotoID]
        case .powerOfAttorney: return [.officialPhotoID, .attorneyInFactDetails, .matterDescription]
        case .voterCard: return [.birthCertificate, .officialPhotoID, .proofOfAddress]
        case .other: return [.officialPhotoID]
        }
    }

    /// The checklist for `details` from `templates` (the organization's, or the defaults):
    /// a consular referral uses its procedure's template, or "other" while none is chosen.
    public static func defaultItems(for details: ReferralDetails,
                                    templates: [ChecklistTemplate] = defaultTemplates) -> [ChecklistItem] {
        let procedure: ConsularProcedure?
        if case .consularOrientation(let d) = details { procedure = d.procedure ?? .other } else { procedure = nil }
        return templates.first { $0.kind == details.kind && $0.procedure == procedure }?.items ?? []
    }
}

/// Texts of the default checklist items.
public enum ChecklistText: String, MessageCatalog {
    case photoID, medicationList, insuranceCard, reachablePhone
    case noticesReceived, matterEvidence, datesTimeline
    case deathCertificate, deceasedID, nextOfKinID, proofOfRelationship, funeralHomeQuote
    case birthCertificate, officialPhotoID, proofOfAddressInDistrict, proofOfAddress
    case curpPrintout, feePayment
    case childForeignBirthCertificate, parentMexicanBirthCertificate, parentsPhotoID
    case attorneyInFactDetails, matterDescription

    public var text: LocalizedText {
        switch self {
        case .photoID: return .init(es: "Identificación con foto (cualquiera)", en: "Photo ID (any)")
        case .medicationList: return .init(es: "Lista de medicamentos que toma", en: "List of current medications")
        case .insuranceCard: return .init(es: "Tarjeta del seguro médico, si tiene", en: "Insurance card, if any")
        case .reachablePhone: return .init(es: "Teléfono con señal o equipo para videollamada", en: "Phone with signal or a device for video")
        case .noticesReceived: return .init(es: "Cartas, citatorios o avisos recibidos (corte, migración)", en: "Letters, summons or notices received (court, immigration)")
        case .matterEvidence: return .init(es: "Pruebas del asunto (talones de pago, contrato de renta, etc.)", en: "Evidence for the matter (pay stubs, lease, etc.)")
        case .datesTimeline: return .init(es: "Lista de fechas importantes", en: "List of key dates")
        case .deathCertificate: return .init(es: "Certificado o acta de defunción", en: "Death certificate")
        case .deceasedID: return .init(es: "Identificación de la persona fallecida (pasaporte, matrícula o acta)", en: "ID of the deceased (passport, matrícula or birth certificate)")
        case .nextOfKinID: return .init(es: "Identificación del familiar responsable", en: "ID of the responsible relative")
        case .proofOfRelationship: return .init(es: "Prueba de parentesco (acta de nacimiento o matrimonio)", en: "Proof of relationship (birth or marriage certificate)")
        case .funeralHomeQuote: return .init(es: "Contrato o cotización de la funeraria", en: "Funeral home contract or quote")
        case .birthCertificate: return .init(es: "Acta de nacimiento mexicana", en: "Mexican birth certificate")
        case .officialPhotoID: return .init(es: "Identificación oficial con foto", en: "Official photo ID")
        case .proofOfAddressInDistrict: return .init(es: "Comprobante de domicilio en la circunscripción del consulado", en: "Proof of address within the consulate's district")
        case .proofOfAddress: return .init(es: "Comprobante de domicilio", en: "Proof of address")
        case .curpPrintout: return .init(es: "CURP impresa", en: "Printed CURP")
        case .feePayment: return .init(es: "Pago de derechos", en: "Fee payment")
        case .childForeignBirthCertificate: return .init(es: "Acta de nacimiento extranjera del menor, apostillada", en: "Child's foreign birth certificate, apostilled")
        case .parentMexicanBirthCertificate: return .init(es: "Acta de nacimiento mexicana de la madre o del padre", en: "Mexican parent's birth certificate")
        case .parentsPhotoID: return .init(es: "Identificación oficial de la madre y del padre", en: "Parents' official photo ID")
        case .attorneyInFactDetails: return .init(es: "Datos de la persona apoderada", en: "Details of the attorney-in-fact")
        case .matterDescription: return .init(es: "Descripción del asunto o bien", en: "Description of the matter or property")
        }
    }
}
