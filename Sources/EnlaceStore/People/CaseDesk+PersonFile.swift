import EnlaceCore
import Foundation
import GRDB

/// Everything the desk holds about one person, for the person (the right of access, ARCO):
/// the record, each case with its notes, referrals (to which partner their data went, and the
/// consent for it) and follow-ups, and who viewed or changed the record and the cases, when.
public struct PersonFile: Sendable, Codable, Equatable {
    public struct Field: Sendable, Codable, Equatable {
        public let name: String
        public let value: String
    }
    public struct Note: Sendable, Codable, Equatable {
        public let at: Date
        public let author: String?
        public let body: String
    }
    public struct Referral: Sendable, Codable, Equatable {
        public let kind: String
        public let status: String
        public let partner: String?
        public let consentToShare: Bool
        public let sentAt: Date?
    }
    public struct FollowUp: Sendable, Codable, Equatable {
        public let due: Date
        public let channel: String
        public let status: String
        public let note: String
        public let result: String?
    }
    public struct Case: Sendable, Codable, Equatable {
        public let number: String
        public let status: String
        public let area: String
        public let openedAt: Date
        public let closedAt: Date?
        public let description: String
        public let notes: [Note]
        public let referrals: [Referral]
        public let followUps: [FollowUp]
    }
    /// One line of the audit about the person or one of their cases.
    public struct Access: Sendable, Codable, Equatable {
        public let at: Date
        public let who: String?
        public let action: String
        public let entity: String
    }

    public let personId: Int64
    public let generatedAt: Date
    public let record: [Field]
    public let cases: [Case]
    public let access: [Access]
    /// A registered relative: their name and what they are to the person, nothing else of
    /// theirs (their own record is theirs to ask for).
    public struct RelatedPerson: Sendable, Codable, Equatable {
        public let name: String
        public let relationship: HouseholdRelationship
    }
    /// Household links (the related people's names) and next-of-kin contacts.
    public var relatives: [RelatedPerson] = []
    public var nextOfKin: [KinContact] = []
    /// The person's ARCO requests, newest first.
    public var requests: [DataRequest] = []
    /// What the person objected to (no sharing, channels not to contact by).
    public var opposition: DataOpposition = .none
    /// A legal hold on the record, if any.
    public var legalHold: LegalHold?
    /// The events and workshops the person came to.
    public var events: [AttendedEvent] = []
    /// The audit chain at the file's own `exported` row (`enlace audit verify --checkpoint`).
    public var checkpoint: AuditCheckpoint?
    /// Identity documents with their full numbers, and languages (`PersonFile+Documents`).
    public let documents: Documents
}

extension CaseDesk {
    /// The person's file (supervisors: the role table's `exportPersonLevel`; audited as
    /// `exported`, in the same transaction that reads it).
    public func personFile(id: Int64, by actor: UserAccount) throws -> PersonFile {
        try write { db in
            try self.requirePersonLevel(db, actor)
            guard let stored = try PersonRow.fetchOne(db, sql: "SELECT * FROM people WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(id))]))
            }
            let phones = try PhoneRow.fetchAll(db, sql: "SELECT e164, whatsapp FROM phones WHERE person_id = ? ORDER BY id",
                                               arguments: [id]).map(\.phone)
            let r = stored.record(phones: phones)
            let record: [PersonFile.Field] = [
                ("givenNames", r.name.givenNames), ("firstSurname", r.name.firstSurname),
                ("secondSurname", r.name.secondSurname), ("preferredName", r.name.preferredName),
                ("birthDate", r.birthDate?.iso ?? ""), ("approximateAge", r.approximateAge.map(String.init) ?? ""),
                ("sex", r.sex ?? ""),
                ("phones", r.phones.map { $0.e164 + ($0.whatsApp ? " (WhatsApp)" : "") }.joined(separator: ", ")),
                ("email", r.email ?? ""), ("curp", r.curp ?? ""), ("city", r.city ?? ""), ("usState", r.usState ?? ""),
                ("zip", r.zip ?? ""), ("originState", r.originState ?? ""), ("originMunicipality", r.originMunicipality ?? ""),
                ("hometownAssociation", r.hometownAssociation ?? ""),
            ].filter { !$0.1.isEmpty }.map { PersonFile.Field(name: $0.0, value: $0.1) }
            func date(_ seconds: Int64?) -> Date? { seconds.map { Date(timeIntervalSince1970: TimeInterval($0)) } }
            var cases: [PersonFile.Case] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT id, number, status, service_area, opened_at, closed_at, \(SealedColumn.caseDescription.select()) FROM cases
                WHERE person_id = ? ORDER BY opened_at, id
                """, arguments: [id]) {
                let caseId: Int64 = row["id"]
                let notes = try Row.fetchAll(db, sql: """
                    SELECT n.created_at, u.display_name, \(SealedColumn.noteBody.read("n")) FROM notes n LEFT JOIN users u ON u.id = n.author_id
                    WHERE n.case_id = ? ORDER BY n.created_at, n.id
                    """, arguments: [caseId]).map { PersonFile.Note(at: date($0[0])!, author: $0[1], body: $0[2]) }
                let referrals = try Row.fetchAll(db, sql: """
                    SELECT r.kind, r.status, p.name, r.consent_to_share, r.sent_at FROM referrals r
                    LEFT JOIN partners p ON p.id = r.partner_id WHERE r.case_id = ? ORDER BY r.id
                    """, arguments: [caseId]).map {
                    PersonFile.Referral(kind: $0[0], status: $0[1], partner: $0[2], consentToShare: $0[3], sentAt: date($0[4]))
                }
                let followUps = try Row.fetchAll(db, sql: """
                    SELECT due_at, channel, status, \(SealedColumn.followUpNote.read()), \(SealedColumn.followUpResult.read())
                    FROM follow_ups WHERE case_id = ? ORDER BY due_at, id
                    """, arguments: [caseId]).map {
                    PersonFile.FollowUp(due: date($0[0])!, channel: $0[1], status: $0[2], note: $0[3], result: $0[4])
                }
                cases.append(PersonFile.Case(number: row["number"], status: row["status"], area: row["service_area"],
                                             openedAt: date(row["opened_at"])!, closedAt: date(row["closed_at"]),
                                             description: row["description"], notes: notes, referrals: referrals,
                                             followUps: followUps))
            }
            let access = try Row.fetchAll(db, sql: """
                SELECT a.at, u.display_name, a.action, a.entity FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
                WHERE (a.entity = 'person' AND a.entity_id = ?1)
                   OR (a.entity = 'case' AND a.entity_id IN (SELECT id FROM cases WHERE person_id = ?1))
                ORDER BY a.at, a.id
                """, arguments: [id]).map { PersonFile.Access(at: date($0[0])!, who: $0[1], action: $0[2], entity: $0[3]) }
            let now = self.clock.nowSeconds()
            let checkpoint = try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: id, action: "exported")
            var file = PersonFile(personId: id, generatedAt: date(now)!, record: record, cases: cases, access: access,
                                  documents: try Self.fileDocuments(db, personId: id))
            (file.relatives, file.nextOfKin) = try self.householdForFile(db, personId: id)
            let rights = try RightsRows.rights(db, personId: id)
            (file.requests, file.opposition, file.legalHold) = (rights.requests, rights.opposition, rights.hold)
            file.events = try self.eventsAttended(db, personId: id)
            file.checkpoint = checkpoint
            return file
        }
    }
}
