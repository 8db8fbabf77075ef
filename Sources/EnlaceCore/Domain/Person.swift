import Foundation

/// A person served by the organization. Only the name is required: everything else may be
/// filled in later. Sensitive details live in `sensitive` and are never shown in lists.
///
/// Dates are Foundation `Date` values here; parsing and validating typed dates, CURP, phones
/// and Mexican state codes belongs to the Validation/Reference feature.
public struct Person: Codable, Sendable, Equatable, Identifiable {
    public var id: PersonID
    public var name: PersonName
    public var birth: BirthInfo?
    public var sexGender: SexGender?
    public var phones: [Phone]
    public var email: String?
    public var address: USAddress?
    public var origin: MexicanOrigin?
    /// Hometown association (club de oriundos) or federation, as the person names it.
    public var hometownAssociation: String?
    public var languages: [SpokenLanguage]
    public var documents: [IdentityDocument]
    public var consent: Consent?
    public var sensitive: SensitiveInfo?
    /// Who registered the person and when: drives what a volunteer may see.
    public var registeredBy: UserID?
    public var registeredAt: Date?
    /// The community event where the person was registered, if any.
    public var eventId: EventID?
    /// Optimistic-concurrency version, incremented by the store on each write.
    public var version: Int

    public init(
        id: PersonID, name: PersonName, birth: BirthInfo? = nil, sexGender: SexGender? = nil,
        phones: [Phone] = [], email: String? = nil, address: USAddress? = nil,
        origin: MexicanOrigin? = nil, hometownAssociation: String? = nil,
        languages: [SpokenLanguage] = [.spanish], documents: [IdentityDocument] = [],
        consent: Consent? = nil, sensitive: SensitiveInfo? = nil, registeredBy: UserID? = nil,
        registeredAt: Date? = nil, eventId: EventID? = nil, version: Int = 1
    ) {
        self.id = id
        self.name = name
        self.birth = birth
        self.sexGender = sexGender
        self.phones = phones
        self.email = email
        self.address = address
        self.origin = origin
        self.hometownAssociation = hometownAssociation
        self.languages = languages
        self.documents = documents
        self.consent = consent
        self.sensitive = sensitive
        self.registeredBy = registeredBy
        self.registeredAt = registeredAt
        self.eventId = eventId
        self.version = version
    }

    /// The phone to use for WhatsApp, if any phone carries the flag.
    public var whatsAppPhone: Phone? { phones.first { $0.whatsApp } }

    /// Whether the person holds a document of `kind`.
    public func holds(_ kind: IdentityDocumentKind) -> Bool {
        documents.contains { $0.kind == kind }
    }
}

// The person's name is `PersonName` (Names/PersonName.swift): given names, both surnames, preferred name.

/// A date of birth, or only an approximate age when the person does not know or give it.
public enum BirthInfo: Codable, Sendable, Equatable {
    /// A calendar date (no time, no time zone). Validity is checked by the Validation feature.
    case date(year: Int, month: Int, day: Int)
    /// An age in years as stated on `statedAt`.
    case approximateAge(years: Int, statedAt: Date)
}

public enum SexGender: String, CaseIterable, Sendable, Codable {
    case female
    case male
    case nonBinary
    case other
    case notStated

    public var label: PersonText {
        switch self {
        case .female: return .sexFemale
        case .male: return .sexMale
        case .nonBinary: return .sexNonBinary
        case .other: return .sexOther
        case .notStated: return .sexNotStated
        }
    }
}

/// A phone in E.164 form ("+13125550123", "+523312345678"); `whatsApp` marks the number the
/// person uses on WhatsApp.
public struct Phone: Codable, Sendable, Equatable, Hashable {
    public var e164: String
    public var whatsApp: Bool

    public init(e164: String, whatsApp: Bool = false) {
        self.e164 = e164
        self.whatsApp = whatsApp
    }
}

/// Where the person lives in the US. `state` is the USPS code ("IL"), `zip` five digits.
public struct USAddress: Codable, Sendable, Equatable, Hashable {
    public var street: String?
    public var city: String
    public var state: String
    public var zip: String

    public init(street: String? = nil, city: String, state: String, zip: String) {
        self.street = street
        self.city = city
        self.state = state
        self.zip = zip
    }
}

/// Where in Mexico the person comes from: the INEGI code of the state ("14" Jalisco) and the
/// municipality as written.
public struct MexicanOrigin: Codable, Sendable, Equatable, Hashable {
    public var stateCode: String
    public var municipality: String?

    public init(stateCode: String, municipality: String? = nil) {
        self.stateCode = stateCode
        self.municipality = municipality
    }
}

/// Languages a person speaks or prefers for a service, including Indigenous languages of
/// Mexico common among migrants.
public enum SpokenLanguage: String, CaseIterable, Sendable, Codable {
    case spanish
    case english
    case mixteco
    case zapoteco
    case purepecha
    case nahuatl
    case triqui
    case tzotzil
    case mam
    case kiche
    case maya
    case other

    public var isIndigenous: Bool {
        switch self {
        case .mixteco, .zapoteco, .purepecha, .nahuatl, .triqui, .tzotzil, .mam, .kiche, .maya: return true
        case .spanish, .english, .other: return false
        }
    }

    public var label: PersonText {
        switch self {
        case .spanish: return .languageSpanish
        case .english: return .languageEnglish
        case .mixteco: return .languageMixteco
        case .zapoteco: return .languageZapoteco
        case .purepecha: return .languagePurepecha
        case .nahuatl: return .languageNahuatl
        case .triqui: return .languageTriqui
        case .tzotzil: return .languageTzotzil
        case .mam: return .languageMam
        case .kiche: return .languageKiche
        case .maya: return .languageMaya
        case .other: return .languageOther
        }
    }
}

/// Identity documents a person may hold. The CURP is a field of the record itself
/// (`people.curp`); every other kind is a row of the person's documents (`held`).
public enum IdentityDocumentKind: String, CaseIterable, Sendable, Codable {
    case matriculaConsular
    case passport
    case curp
    case ine
    case birthCertificate
    /// US Individual Taxpayer Identification Number.
    case itin
    case driversLicense
    /// US Employment Authorization Document (work permit).
    case workPermit

    /// The kinds kept as documents of a person, in the order a form offers them.
    public static let held: [IdentityDocumentKind] = allCases.filter { $0 != .curp }

    public var label: PersonText {
        switch self {
        case .matriculaConsular: return .documentMatricula
        case .passport: return .documentPassport
        case .curp: return .documentCURP
        case .ine: return .documentINE
        case .birthCertificate: return .documentBirthCertificate
        case .itin: return .documentITIN
        case .driversLicense: return .documentDriversLicense
        case .workPermit: return .documentWorkPermit
        }
    }
}

/// A document the person holds (or lost, or is getting). The number is kept only where it is
/// needed.
public struct IdentityDocument: Codable, Sendable, Equatable, Hashable {
    public var kind: IdentityDocumentKind
    public var status: DocumentStatus
    public var number: String?
    public var expiresAt: Date?

    public init(kind: IdentityDocumentKind, status: DocumentStatus = .has, number: String? = nil,
                expiresAt: Date? = nil) {
        self.kind = kind
        self.status = status
        self.number = number
        self.expiresAt = expiresAt
    }
}

/// Sensitive details: optional, never shown in lists, never exported at person level without
/// the export permission.
public struct SensitiveInfo: Codable, Sendable, Equatable {
    public var immigrationStatus: ImmigrationStatus?
    public var healthNotes: String?
    public var legalNotes: String?

    public init(immigrationStatus: ImmigrationStatus? = nil, healthNotes: String? = nil,
                legalNotes: String? = nil) {
        self.immigrationStatus = immigrationStatus
        self.healthNotes = healthNotes
        self.legalNotes = legalNotes
    }

    public var isEmpty: Bool {
        immigrationStatus == nil && (healthNotes ?? "").isEmpty && (legalNotes ?? "").isEmpty
    }
}

public enum ImmigrationStatus: String, CaseIterable, Sendable, Codable {
    case notDisclosed
    case undocumented
    case daca
    case tps
    case asylumPending
    case visaHolder
    case permanentResident
    case citizen
    case other

    public var label: PersonText {
        switch self {
        case .notDisclosed: return .immigrationNotDisclosed
        case .undocumented: return .immigrationUndocumented
        case .daca: return .immigrationDACA
        case .tps: return .immigrationTPS
        case .asylumPending: return .immigrationAsylumPending
        case .visaHolder: return .immigrationVisaHolder
        case .permanentResident: return .immigrationPermanentResident
        case .citizen: return .immigrationCitizen
        case .other: return .immigrationOther
        }
    }
}
