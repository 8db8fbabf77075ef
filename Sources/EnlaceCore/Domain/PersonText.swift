/// Labels of the person's fields and values, in Spanish and English.
public enum PersonText: String, MessageCatalog {
    case sexFemale, sexMale, sexNonBinary, sexOther, sexNotStated
    case languageSpanish, languageEnglish, languageMixteco, languageZapoteco, languagePurepecha
    case languageNahuatl, languageTriqui, languageTzotzil, languageMam, languageKiche, languageMaya, languageOther
    case documentMatricula, documentPassport, documentCURP, documentINE, documentBirthCertificate
    case documentITIN, documentDriversLicense, documentWorkPermit
    case immigrationNotDisclosed, immigrationUndocumented, immigrationDACA, immigrationTPS
    case immigrationAsylumPending, immigrationVisaHolder, immigrationPermanentResident
    case immigrationCitizen, immigrationOther
    case consentVerbal, consentWritten
    case consentScopeKeepRecord, consentScopeShare, consentScopeContact, consentScopeReports
    case relationSpouse, relationPartner, relationChild, relationParent, relationSibling
    case relationGrandparent, relationGrandchild, relationOtherRelative, relationNonRelative

    public var text: LocalizedText {
        switch self {
        case .sexFemale: return .init(es: "Mujer", en: "Female")
        case .sexMale: return .init(es: "Hombre", en: "Male")
        case .sexNonBinary: return .init(es: "No binario", en: "Non-binary")
        case .sexOther: return .init(es: "Otro", en: "Other")
        case .sexNotStated: return .init(es: "Prefiere no decir", en: "Prefers not to say")
        case .languageSpanish: return .init(es: "Español", en: "Spanish")
        case .languageEnglish: return .init(es: "Inglés", en: "English")
        case .languageMixteco: return .init(es: "Mixteco", en: "Mixtec")
        case .languageZapoteco: return .init(es: "Zapoteco", en: "Zapotec")
        case .languagePurepecha: return .init(es: "Purépecha", en: "Purépecha")
        case .languageNahuatl: return .init(es: "Náhuatl", en: "Nahuatl")
        case .languageTriqui: return .init(es: "Triqui", en: "Triqui")
        case .languageTzotzil: return .init(es: "Tzotzil", en: "Tzotzil")
        case .languageMam: return .init(es: "Mam", en: "Mam")
        case .languageKiche: return .init(es: "K'iche'", en: "K'iche'")
        case .languageMaya: return .init(es: "Maya", en: "Maya")
        case .languageOther: return .init(es: "Otra lengua", en: "Other language")
        case .documentMatricula: return .init(es: "Matrícula consular", en: "Consular ID (matrícula)")
        case .documentPassport: return .init(es: "Pasaporte", en: "Passport")
        case .documentCURP: return .init(es: "CURP", en: "CURP")
        case .documentINE: return .init(es: "Credencial para votar (INE)", en: "Voter card (INE)")
        case .documentBirthCertificate: return .init(es: "Acta de nacimiento", en: "Birth certificate")
        case .documentITIN: return .init(es: "ITIN (EE. UU.)", en: "ITIN (US)")
        case .documentDriversLicense: return .init(es: "Licencia de manejo (EE. UU.)", en: "Driver's licence (US)")
        case .documentWorkPermit: return .init(es: "Permiso de trabajo (EE. UU.)", en: "Work permit (US)")
        case .immigrationNotDisclosed: return .init(es: "No lo indica", en: "Not disclosed")
        case .immigrationUndocumented: return .init(es: "Sin documentos", en: "Undocumented")
        case .immigrationDACA: return .init(es: "DACA", en: "DACA")
        case .immigrationTPS: return .init(es: "TPS", en: "TPS")
        case .immigrationAsylumPending: return .init(es: "Asilo en trámite", en: "Asylum pending")
        case .immigrationVisaHolder: return .init(es: "Con visa", en: "Visa holder")
        case .immigrationPermanentResident: return .init(es: "Residente permanente", en: "Permanent resident")
        case .immigrationCitizen: return .init(es: "Ciudadano estadounidense", en: "US citizen")
        case .immigrationOther: return .init(es: "Otra situación", en: "Other status")
        case .consentVerbal: return .init(es: "Verbal", en: "Verbal")
        case .consentWritten: return .init(es: "Por escrito", en: "Written")
        case .consentScopeKeepRecord: return .init(es: "Guardar su expediente", en: "Keep a record")
        case .consentScopeShare: return .init(es: "Compartir datos con organizaciones aliadas", en: "Share data with partners")
        case .consentScopeContact: return .init(es: "Contactarle por teléfono, SMS o WhatsApp", en: "Contact by phone, SMS or WhatsApp")
        case .consentScopeReports: return .init(es: "Contarle en informes anónimos", en: "Count in anonymous reports")
        case .relationSpouse: return .init(es: "Cónyuge", en: "Spouse")
        case .relationPartner: return .init(es: "Pareja", en: "Partner")
        case .relationChild: return .init(es: "Hijo o hija", en: "Child")
        case .relationParent: return .init(es: "Madre o padre", en: "Parent")
        case .relationSibling: return .init(es: "Hermano o hermana", en: "Sibling")
        case .relationGrandparent: return .init(es: "Abuelo o abuela", en: "Grandparent")
        case .relationGrandchild: return .init(es: "Nieto o nieta", en: "Grandchild")
        case .relationOtherRelative: return .init(es: "Otro familiar", en: "Other relative")
        case .relationNonRelative: return .init(es: "Sin parentesco", en: "Not related")
        }
    }
}
