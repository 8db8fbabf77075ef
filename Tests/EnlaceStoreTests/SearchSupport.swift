import EnlaceCore
import Foundation
import GRDB
@testable import EnlaceStore

/// A real database file with one account per role and a helper that writes people the way
/// registerPerson must: the people row, phones, documents, then `SearchIndex.update` in the
/// same transaction.
final class SearchFixture: StaffedDesk, @unchecked Sendable {
    var supervisor: UserAccount { staff[0] }
    var jorge: UserAccount { staff[1] }
    var lucia: UserAccount { staff[2] }
    var pedro: UserAccount { staff[3] }
    private var nextCase = 100
    /// People by a short key, for the tables of cases.
    var ids: [String: Int64] = [:]

    init() throws {
        try super.init(file: "search.sqlite", clock: TestClock(), staff: [
            ("maria", "María", .supervisor), ("jorge", "Jorge", .caseworker),
            ("lucia", "Lucía", .caseworker), ("pedro", "Pedro", .volunteer)])
    }

    var now: Int64 { Int64(clock.date.timeIntervalSince1970) }

    @discardableResult
    func person(_ key: String, _ given: String, _ first: String, _ second: String = "",
                preferred: String = "", birth: String? = nil, curp: String? = nil,
                phones: [String] = [], documents: [(String, String)] = [],
                createdBy: UserAccount? = nil, createdAt: Int64? = nil) throws -> Int64 {
        let creator = (createdBy ?? jorge).id
        let at = createdAt ?? now
        let id = try desk.pool.write { (db: Database) throws -> Int64 in
            let search = PersonNameFormat.searchText(given: given, first: first, second: second,
                                                     preferred: preferred)
            try db.execute(sql: """
                INSERT INTO people (given_names, first_surname, second_surname, preferred_name,
                    birth_date, curp, search_form, phonetic_key, created_by, created_at, updated_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?)
                """, arguments: [given, first, second.isEmpty ? nil : second,
                                 preferred.isEmpty ? nil : preferred, birth, curp, search, search,
                                 creator, at, at])
            let id = db.lastInsertedRowID
            for phone in phones {
                try db.execute(sql: "INSERT INTO phones (person_id, e164) VALUES (?, ?)", arguments: [id, phone])
            }
            for (kind, number) in documents {
                try db.execute(sql: """
                    INSERT INTO person_documents (person_id, kind, number, created_at) VALUES (?,?,?,?)
                    """, arguments: [id, kind, number, at])
            }
            try SearchIndex.update(db, personId: id)
            return id
        }
        ids[key] = id
        return id
    }

    /// Opens a case for a person; returns its number.
    @discardableResult
    func openCase(_ personKey: String, caseworker: UserAccount?, status: String = "active",
                  createdBy: UserAccount? = nil, number: String? = nil, openedAt: Int64? = nil) throws -> String {
        nextCase += 1
        let number = number ?? String(format: "2026-%06d", nextCase)
        let person = ids[personKey]!
        let at = openedAt ?? now
        try desk.pool.write { (db: Database) throws in
            try db.execute(sql: """
                INSERT INTO cases (number, person_id, status, priority, service_area, caseworker_id,
                    opened_at, updated_at, created_by)
                VALUES (?, ?, ?, 'normal', 'legal', ?, ?, ?, ?)
                """, arguments: [number, person, status, caseworker?.id, at, at, (createdBy ?? jorge).id])
        }
        return number
    }

    func key(of id: Int64) -> String {
        ids.first { $0.value == id }?.key ?? "#\(id)"
    }

    func auditRows(action: String) throws -> [Row] {
        try desk.pool.read { (db: Database) throws -> [Row] in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log WHERE action = ? ORDER BY id", arguments: [action])
        }
    }
}
