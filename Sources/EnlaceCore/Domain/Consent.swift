import Foundation

/// The person's consent to the privacy notice: how it was given, what it covers, when, and
/// until when.
public struct Consent: Codable, Sendable, Equatable {
    public var privacyNoticeGiven: Bool
    public var method: ConsentMethod
    public var scope: Set<ConsentScope>
    public var givenAt: Date
    public var expiresAt: Date?
    public var recordedBy: UserID?

    public init(privacyNoticeGiven: Bool = true, method: ConsentMethod, scope: Set<ConsentScope>,
                givenAt: Date, expiresAt: Date? = nil, recordedBy: UserID? = nil) {
        self.privacyNoticeGiven = privacyNoticeGiven
        self.method = method
        self.scope = scope
        self.givenAt = givenAt
        self.expiresAt = expiresAt
        self.recordedBy = recordedBy
    }

    /// Whether the consent is in force at `now` (given, not yet expired).
    public func isInForce(at now: Date) -> Bool {
        guard privacyNoticeGiven, givenAt <= now else { return false }
        if let expiresAt { return now < expiresAt }
        return true
    }

    /// Whether the consent is in force at `now` and covers `item`.
    public func covers(_ item: ConsentScope, at now: Date) -> Bool {
        isInForce(at: now) && scope.contains(item)
    }
}

public enum ConsentMethod: String, CaseIterable, Sendable, Codable {
    case verbal
    case written

    public var label: PersonText {
        switch self {
        case .verbal: return .consentVerbal
        case .written: return .consentWritten
        }
    }
}

/// What the person agreed to.
public enum ConsentScope: String, CaseIterable, Sendable, Codable {
    /// Keep a record of the person and their cases.
    case keepRecord
    /// Share the needed data with a partner when referring.
    case shareWithPartners
    /// Contact the person by phone, SMS or WhatsApp.
    case contact
    /// Count the person in anonymous aggregate reports.
    case aggregateReports

    public var label: PersonText {
        switch self {
        case .keepRecord: return .consentScopeKeepRecord
        case .shareWithPartners: return .consentScopeShare
        case .contact: return .consentScopeContact
        case .aggregateReports: return .consentScopeReports
        }
    }
}
