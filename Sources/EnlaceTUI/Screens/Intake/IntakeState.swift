import Foundation
import EnlaceCore
import EnlaceStore

/// A duplicate candidate as the intake keeps it (also inside a draft).
public struct IntakeCandidate: Sendable, Equatable, Codable {
    public var personId: Int64
    public var listName: String
    /// `YYYY-MM-DD`, when known.
    public var birthDate: String?
    public var reasons: [MatchReason]

    public init(personId: Int64, listName: String, birthDate: String?, reasons: [MatchReason]) {
        self.personId = personId
        self.listName = listName
        self.birthDate = birthDate
        self.reasons = reasons
    }

    init(_ c: DuplicateCandidate) {
        self.init(personId: c.personId, listName: c.listName, birthDate: c.birthDate, reasons: c.reasons)
    }
}

/// The intake form being typed: the person, the first need and the consent; the duplicate
/// candidates beside it; which one was chosen or set aside; and whether the draft is behind.
public struct IntakeState: Sendable {
    public var form: FormState
    /// Candidates for what is typed now, best first (without the ones set aside).
    public var candidates: [IntakeCandidate] = []
    /// Counts the duplicate look-ups asked for; an answer for an older one is dropped.
    public var probeGeneration = 0
    /// People marked "not the same person" during this intake (remembered by the store when
    /// the intake is saved, since the new person has no record before).
    public var dismissed: [IntakeCandidate] = []
    /// "This is the person": the intake opens a new case for this record.
    public var chosen: IntakeCandidate?
    /// The candidates list has the keys (Up/Down, Enter, n).
    public var panelFocused = false
    public var panelSelected = 0
    /// Counts edits; the draft is behind while `draftSavedAt` is below it.
    public var edits = 0
    public var draftSavedEdits = 0
    /// When the draft was last kept.
    public var draftSavedAt: Date?
    /// A save is under way (a second Ctrl-S does nothing).
    public var saving = false

    public init(form: FormState = IntakeFields.newForm()) {
        self.form = form
    }

    public var draftBehind: Bool { form.dirty && edits != draftSavedEdits }

    public var selectedCandidate: IntakeCandidate? {
        candidates.indices.contains(panelSelected) ? candidates[panelSelected] : nil
    }
}
