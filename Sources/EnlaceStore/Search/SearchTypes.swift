import EnlaceCore
import Foundation

/// Why a search hit or a duplicate candidate matched. `label` is bilingual (StoreText).
public enum MatchReason: String, Sendable, Hashable, CaseIterable, Codable {
    // Identifiers.
    case curp, caseNumber, phone, phoneDigits, documentNumber, birthDate
    // Names, best first.
    case exactName, surnameOnly, givenNameOnly, accentInsensitive, namePrefix, nickname, phonetic
    case partialName
    // Duplicate candidates.
    case samePhoneticNameAndBirthDate, samePhoneticNameAndBirthYear, sameSurnamesAndBirthDate
    case sameFullName
    /// The record is linked to this one as a duplicate.
    case linkedDuplicate

    public var label: StoreText {
        switch self {
        case .curp: return .reasonCURP
        case .caseNumber: return .reasonCaseNumber
        case .phone: return .reasonPhone
        case .phoneDigits: return .reasonPhoneDigits
        case .documentNumber: return .reasonDocumentNumber
        case .birthDate: return .reasonBirthDate
        case .exactName: return .reasonExactName
        case .surnameOnly: return .reasonSurnameOnly
        case .givenNameOnly: return .reasonGivenNameOnly
        case .accentInsensitive: return .reasonAccentInsensitive
        case .namePrefix: return .reasonNamePrefix
        case .nickname: return .reasonNickname
        case .phonetic: return .reasonPhonetic
        case .partialName: return .reasonPartialName
        case .samePhoneticNameAndBirthDate: return .reasonSameNameBirthDate
        case .samePhoneticNameAndBirthYear: return .reasonSameNameBirthYear
        case .sameSurnamesAndBirthDate: return .reasonSameSurnamesBirthDate
        case .sameFullName: return .reasonSameFullName
        case .linkedDuplicate: return .reasonLinkedDuplicate
        }
    }
}

/// Where a page of search results ended; pass it as `after` to get the next page.
/// Results are ordered by tier (best first), then score, then newest person first.
public struct SearchCursor: Sendable, Hashable {
    let tier: Int
    let score: Int
    let personId: Int64
}

/// One person found by `CaseDesk.search`. Carries no sensitive field.
public struct SearchHit: Sendable, Hashable {
    public let personId: Int64
    /// "Muñoz Pérez, José Ángel"
    public let listName: String
    /// Numbers of the cases the actor may see (the person's and its linked duplicates'), open
    /// cases first, newest first within each group; at most 10.
    public let caseNumbers: [String]
    /// Higher is better; equal scores share a tier.
    public let score: Int
    public let reasons: [MatchReason]
    /// Pass as `after` to continue after this hit.
    public let cursor: SearchCursor
}

/// What is typed about a new person at intake, to look for records that may be the same.
public struct DuplicateProbe: Sendable, Hashable {
    public var givenNames: String
    public var firstSurname: String
    public var secondSurname: String
    public var birthDate: CalendarDate?
    /// As typed or E.164; US and Mexico numbers are understood.
    public var phones: [String]
    public var curp: String?
    /// When checking a record that already exists: it is left out, with the people marked
    /// "not the same person" as it.
    public var personId: Int64?

    public init(givenNames: String, firstSurname: String, secondSurname: String = "",
                birthDate: CalendarDate? = nil, phones: [String] = [], curp: String? = nil,
                personId: Int64? = nil) {
        self.givenNames = givenNames
        self.firstSurname = firstSurname
        self.secondSurname = secondSurname
        self.birthDate = birthDate
        self.phones = phones
        self.curp = curp
        self.personId = personId
    }
}

/// A record that may be the same person as a probe, and why.
public struct DuplicateCandidate: Sendable, Hashable {
    public let personId: Int64
    public let listName: String
    /// `YYYY-MM-DD`, when known.
    public let birthDate: String?
    public let score: Int
    public let reasons: [MatchReason]
}

/// One page of search results that has not been audited yet (`CaseDesk.searchPage`); pass it
/// to `CaseDesk.auditShown(_:by:)` once the person sees it.
public struct SearchPage: Sendable, Hashable {
    public let hits: [SearchHit]
    /// What the audit row will say (name words in search form, kinds of identifiers); nil for
    /// an empty query, which is never audited.
    let auditSummary: String?
}
