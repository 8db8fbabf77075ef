import EnlaceCore
import Foundation
import GRDB

/// What an intake gives: the person (typed now, or a record chosen among the candidates),
/// the need, the consent, and the records the person said they are not.
public struct IntakeRequest: Sendable, Equatable {
    public enum Person: Sendable, Equatable {
        /// A new person, as typed.
        case new(PersonDraft)
        /// A person already registered (chosen among the duplicate candidates).
        case existing(personId: Int64)
    }

    public var person: Person
    public var area: ServiceArea
    public var priority: CasePriority
    public var description: String
    /// The event of an existing person's intake (a new person's draft carries its own).
    public var eventId: Int64?
    public var consent: ConsentGiven?
    /// Records the person said they are not ("not the same person"), kept with the new record.
    public var notSamePeople: [Int64]
    /// The kind of the actor's form draft to delete once saved ("intake"); nil keeps drafts.
    public var draftKind: String?

    public init(person: Person, area: ServiceArea, priority: CasePriority = .normal, description: String = "",
                eventId: Int64? = nil, consent: ConsentGiven? = nil, notSamePeople: [Int64] = [],
                draftKind: String? = nil) {
        self.person = person
        self.area = area
        self.priority = priority
        self.description = description
        self.eventId = eventId
        self.consent = consent
        self.notSamePeople = notSamePeople
        self.draftKind = draftKind
    }
}

/// What an intake did.
public struct IntakeResult: Sendable, Equatable {
    /// The case opened (its version after the take, when taken).
    public let opened: OpenedCase
    /// The case is the actor's now: a caseworker's intake lands in "my cases".
    public let taken: Bool
    /// "Not the same person" answers the actor's role may not record (a volunteer's): not
    /// stored, for a caseworker to decide.
    public let notSameSkipped: Int

    /// The person's registration warnings (empty for an existing person).
    public var warnings: [FieldProblem] { opened.warnings }
}

extension CaseDesk {
    /// The intake step, the same for the intake screen and `enlace intake`, in ONE write
    /// transaction: registers the person (or uses the chosen one), opens the case, takes it
    /// when the actor is a caseworker (a volunteer's or supervisor's intake stays unassigned
    /// for a supervisor to give out), records the consent, stores the "not the same person"
    /// answers (caseworkers and supervisors; a volunteer's are counted as skipped) and deletes
    /// the actor's form draft. Any failure leaves nothing written. Every field problem comes
    /// back at once as `StoreError.validation`.
    public func intake(_ request: IntakeRequest, by actor: UserAccount) throws -> IntakeResult {
        try intake(request, takeForCaseworker: true, by: actor)
    }

    func intake(_ request: IntakeRequest, takeForCaseworker: Bool, by actor: UserAccount) throws -> IntakeResult {
        var valid: ValidPerson?
        var problems: [FieldProblem] = []
        if case .new(let draft) = request.person {
            do { valid = try validated(draft) } catch StoreError.validation(let failure) { problems = failure.problems }
        }
        var text = ""
        do { text = try Self.checkedDescription(request.description) } catch StoreError.validation(let failure) {
            problems += failure.problems
        }
        if !problems.isEmpty { throw StoreError.validation(ValidationFailure(problems)) }
        if let kind = request.draftKind { try Self.checkDraftKind(kind) }
        return try write { db in
            let acting = try self.acting(db, actor)
            let personId: Int64
            var eventId = request.eventId
            try Self.require(.openCase, acting, .none)
            switch request.person {
            case .new:
                try Self.require(.registerPerson, acting, .none)
                personId = try self.insertPerson(db, valid!, by: actor, now: self.clock.nowSeconds())
                eventId = valid!.eventId
            case .existing(let id):
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)",
                                        arguments: [id]) == true else {
                    throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
                }
                personId = id
                if let eventId { try Self.requireOpenEvent(db, eventId) }
            }
            try self.failIfArmed(.intakePersonSaved)
            var opened = try self.insertCase(db, personId: personId, area: request.area, priority: request.priority,
                                             description: text, eventId: eventId, actor: actor,
                                             warnings: valid?.warnings ?? [])
            try self.failIfArmed(.intakeCaseOpened)
            let taken = takeForCaseworker && acting.role == .caseworker
            if taken {
                let version = try self.transition(db, caseId: opened.id, version: opened.version, event: .take,
                                                  actor: actor)
                opened = OpenedCase(id: opened.id, number: opened.number, personId: personId, version: version,
                                    warnings: opened.warnings)
            }
            try self.failIfArmed(.intakeCaseTaken)
            if let consent = request.consent { try self.insertConsent(db, personId: personId, consent, actor: actor) }
            try self.failIfArmed(.intakeConsentRecorded)
            var skipped = 0
            let others = request.notSamePeople.filter { $0 != personId }
            if acting.role == .caseworker || acting.role == .supervisor {
                for other in others { try self.insertNotSame(db, personId, other, actor: actor) }
            } else {
                skipped = others.count
            }
            try self.failIfArmed(.intakeNotSameStored)
            if let kind = request.draftKind {
                try db.execute(sql: "DELETE FROM drafts WHERE user_id = ? AND kind = ?", arguments: [actor.id, kind])
            }
            return IntakeResult(opened: opened, taken: taken, notSameSkipped: skipped)
        }
    }

    /// Records that two people are not the same (both must exist), with one audit row on
    /// each; nothing when already recorded. Inside the caller's transaction; the caller checks
    /// who may.
    func insertNotSame(_ db: Database, _ a: Int64, _ b: Int64, actor: UserAccount) throws {
        for id in [a, b] {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [id]) == true
            else {
                let text = { (l: Language) in StoreText.personNotFound.format(l, ["id": "\(id)"]) }
                throw StoreError.invalid(field: "person", LocalizedText(es: text(.es), en: text(.en)))
            }
        }
        let now = clock.nowSeconds()
        try db.execute(sql: """
            INSERT OR IGNORE INTO person_distinct (a, b, decided_by, decided_at) VALUES (?, ?, ?, ?)
            """, arguments: [min(a, b), max(a, b), actor.id, now])
        guard db.changesCount > 0 else { return }
        try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: a,
                         action: "notSamePerson", to: String(b))
        try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: b,
                         action: "notSamePerson", to: String(a))
    }
}
