import EnlaceCore
import Foundation

/// A person just registered, and what the person at the desk should look at again.
public struct RegisteredPerson: Sendable, Equatable {
    public let id: Int64
    /// Warnings that did not stop the save: a CURP that disagrees with the typed birth date or
    /// sex, a date whose day and month could be read both ways.
    public let warnings: [FieldProblem]
}

/// A case just opened.
public struct OpenedCase: Sendable, Equatable {
    public let id: Int64
    /// "2026-000124"
    public let number: String
    public let personId: Int64
    public let version: Int
    /// The person's registration warnings (intake), empty when the person already existed.
    public let warnings: [FieldProblem]
}

/// The top of a case screen. Carries no sensitive person field.
public struct CaseHeader: Sendable, Equatable {
    public let id: Int64
    public let number: String
    public let personId: Int64
    /// "Muñoz Pérez, José Ángel"
    public let personName: String
    public let status: CaseStatus
    public let priority: CasePriority
    public let serviceArea: ServiceArea
    public let caseworkerId: Int64?
    public let caseworkerName: String?
    public let description: String
    public let openedAt: Date
    /// Whole days open at the time of reading.
    public let ageInDays: Int
    public let waitingOn: WaitingOn?
    public let outcome: CaseOutcome?
    public let closureSummary: String?
    public let closedAt: Date?
    /// The surviving case's number, when closed as a duplicate.
    public let duplicateOfNumber: String?
    /// Give this back with the next edit (optimistic concurrency).
    public let version: Int
}

/// One line of a case's timeline, newest first.
public struct TimelineEntry: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// A note (the body is in `text`).
        case note
        /// An audited change of the case: a transition, an assignment, a priority change...
        case change
        /// A referral of the case, as it stands now (read-only summary).
        case referral
        /// A follow-up of the case, as it stands now (read-only summary).
        case followUp
    }

    public let kind: Kind
    /// Row id in its own table (notes, audit_log, referrals, follow_ups).
    public let id: Int64
    public let at: Date
    /// Who wrote the note or made the change (display name), when known.
    public let actorName: String?
    /// The audit action or `CaseEvent` raw value (change), the referral kind (referral), the
    /// channel (follow-up).
    public let action: String?
    public let from: String?
    public let to: String?
    /// The note body, the reason of a change, the referral's reason, the follow-up's note.
    public let text: String?
}

/// A case with its timeline window.
public struct CaseDetail: Sendable, Equatable {
    public let header: CaseHeader
    /// Newest first, at most the limit asked for.
    public let timeline: [TimelineEntry]
    /// True when older entries exist beyond the window.
    public let hasMoreTimeline: Bool
}

/// A workflow event (or a non-workflow action) the UI offers, allowed or refused with why.
public struct CaseAction: Sendable, Equatable {
    public let event: CaseEvent
    public let to: CaseStatus
    public let requiredInputs: [WorkflowInput]
    /// Nil when the actor may do it (once the inputs are given).
    public let refusal: LocalizedText?

    public var isAllowed: Bool { refusal == nil }
}

/// A stored person, as far as the reader may see. Sensitive fields are not here.
public struct PersonRecord: Sendable, Equatable {
    public let id: Int64
    public let name: PersonName
    public let listName: String
    public let birthDate: CalendarDate?
    public let approximateAge: Int?
    /// The stored column: female, male, other, unstated.
    public let sex: String?
    public let phones: [Phone]
    public let email: String?
    public let curp: String?
    public let city: String?
    public let usState: String?
    public let zip: String?
    /// INEGI code.
    public let originState: String?
    public let originMunicipality: String?
    public let hometownAssociation: String?
    public let searchForm: String
    public let phoneticKey: String
    public let createdAt: Date
    public let createdBy: Int64?
    public let version: Int
}

/// One row of the audit trail.
public struct AuditRecord: Sendable, Equatable {
    public let id: Int64
    public let at: Date
    public let actorId: Int64?
    public let actorName: String?
    public let entity: String
    public let entityId: Int64?
    public let action: String
    public let from: String?
    public let to: String?
    public let reason: String?
    /// JSON object: field -> [old, new] (values left out for personal data).
    public let changedFields: String?
}

/// What a person needs to confirm an action on a case.
public struct CaseStamp: Sendable, Equatable {
    public let id: Int64
    public let number: String
    public let status: CaseStatus
    public let version: Int
}
