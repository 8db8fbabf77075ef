import EnlaceCore
import Foundation
import GRDB

/// The consent given at intake, recorded in the same transaction as the person and the case.
public struct ConsentGiven: Sendable, Equatable {
    public var method: ConsentMethod
    public var scope: Set<ConsentScope>
    public init(method: ConsentMethod, scope: Set<ConsentScope>) {
        self.method = method
        self.scope = scope
    }
}

/// The consent a person gave, as recorded.
public struct RecordedConsent: Sendable, Equatable {
    public let method: ConsentMethod
    public let scope: Set<ConsentScope>
    public let givenAt: Date
    public let recordedBy: Int64
}

extension CaseDesk {
    /// Records that the person was given the privacy notice and consented (verbally or in
    /// writing) to `scope`, now (whoever may register people; audited). Keeping the record is
    /// always part of the scope: without it there is nothing to keep.
    public func recordConsent(personId: Int64, method: ConsentMethod, scope: Set<ConsentScope>,
                              by actor: UserAccount) throws {
        try write { db in
            let acting = try self.acting(db, actor)
            try Self.require(.registerPerson, acting, .none)
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM people WHERE id = ?)", arguments: [personId]) == true else {
                throw StoreError.notFound(CaseStoreText.personNotFound.text.filling(["person": .plain(String(personId))]))
            }
            try self.insertConsent(db, personId: personId, ConsentGiven(method: method, scope: scope), actor: actor)
        }
    }

    /// Writes a consent row and its audit row, inside the caller's transaction.
    func insertConsent(_ db: Database, personId: Int64, _ consent: ConsentGiven, actor: UserAccount) throws {
        let full = consent.scope.union([.keepRecord])
        let text = ConsentScope.allCases.filter { full.contains($0) }.map(\.rawValue).joined(separator: ",")
        let now = clock.nowSeconds()
        try db.execute(sql: """
            INSERT INTO person_consents (person_id, method, scope, given_at, recorded_by) VALUES (?, ?, ?, ?, ?)
            """, arguments: [personId, consent.method.rawValue, text, now, actor.id])
        try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId,
                         action: "consent", to: consent.method.rawValue + ":" + text)
    }

    /// The newest consent recorded for a person, if any. An unknown stored method or scope is
    /// `StoreError.corruptValue`.
    public func latestConsent(personId: Int64) throws -> RecordedConsent? {
        try read { db in
            try ConsentRow.fetchOne(db, sql: """
                SELECT method, scope, given_at, recorded_by FROM person_consents WHERE person_id = ?
                ORDER BY given_at DESC, id DESC LIMIT 1
                """, arguments: [personId])?.consent
        }
    }
}

/// A `person_consents` row.
struct ConsentRow: FetchableRecord {
    enum Columns {
        static let method = Column("method"), scope = Column("scope"), givenAt = Column("given_at")
        static let recordedBy = Column("recorded_by")
    }

    let consent: RecordedConsent

    init(row: Row) throws {
        let table = "person_consents"
        let stored: String = row[Columns.scope]
        consent = RecordedConsent(method: try StoredValue.decode(ConsentMethod.self, row, Columns.method.name, table: table),
                  scope: Set(try stored.split(separator: ",").map { part in
                      guard let scope = ConsentScope(rawValue: String(part)) else {
                          throw StoreError.corruptValue(table: table, column: Columns.scope.name, value: stored)
                      }
                      return scope
                  }),
                  givenAt: Date(timeIntervalSince1970: TimeInterval(row[Columns.givenAt] as Int64)),
                  recordedBy: row[Columns.recordedBy])
    }
}
