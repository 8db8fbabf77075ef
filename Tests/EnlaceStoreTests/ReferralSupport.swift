import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// A database with one account of each role (two caseworkers), partners, and cases written
/// with plain SQL (the case use cases are built elsewhere).
final class DeskFixture: StaffedDesk, @unchecked Sendable {
    var supervisor: UserAccount { staff[0] }
    var ana: UserAccount { staff[1] }
    var ben: UserAccount { staff[2] }
    var volunteer: UserAccount { staff[3] }
    private var caseCount = 0

    init(clock: TestClock = TestClock()) throws {
        try super.init(file: "desk.sqlite", clock: clock, staff: [
            ("sofia", "Sofía Supervisora", .supervisor), ("ana", "Ana Caseworker", .caseworker),
            ("ben", "Ben Caseworker", .caseworker), ("vero", "Vero Voluntaria", .volunteer)])
    }

    /// A person and a case, by SQL. Returns the case id.
    @discardableResult
    func makeCase(caseworker: UserAccount?, status: CaseStatus = .active,
                  priority: CasePriority = .normal, openedAt: Date? = nil,
                  createdBy: UserAccount? = nil, given: String = "José Ángel",
                  first: String = "Muñoz") throws -> Int64 {
        caseCount += 1
        let n = caseCount
        let opened = Int64((openedAt ?? clock.date.addingTimeInterval(-86_400)).timeIntervalSince1970)
        return try desk.pool.write { db in
            try db.execute(sql: """
                INSERT INTO people (given_names, first_surname, second_surname, search_form,
                    phonetic_key, created_at, updated_at)
                VALUES (?, ?, 'Pérez', ?, 'x', ?, ?)
                """, arguments: [given, first, NameFolding.searchForm("\(given) \(first) Pérez"), opened, opened])
            let person = db.lastInsertedRowID
            try db.execute(sql: """
                INSERT INTO cases (number, person_id, status, priority, service_area, caseworker_id,
                    description, opened_at, updated_at, created_by)
                VALUES (?, ?, ?, ?, 'legal', ?, 'Caso de prueba', ?, ?, ?)
                """, arguments: [String(format: "2026-%06d", n), person, status.rawValue,
                                 priority.rawValue, caseworker?.id, opened, opened,
                                 (createdBy ?? supervisor).id])
            return db.lastInsertedRowID
        }
    }

    /// A partner serving `kinds`.
    func makePartner(_ name: String, kinds: [ReferralKind], state: String = "IL",
                     consulate: Bool = false, address: String? = "1800 S Blue Island Ave, Chicago, IL 60608",
                     phone: String? = "+13125550123") throws -> Int64 {
        try desk.pool.write { db in
            let kindsJSON = "[" + kinds.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
            try db.execute(sql: """
                INSERT INTO partners (name, kinds, city, us_state, phone, address, is_consulate,
                    created_at, updated_at)
                VALUES (?, ?, 'Chicago', ?, ?, ?, ?, 0, 0)
                """, arguments: [name, kindsJSON, state, phone, address, consulate])
            return db.lastInsertedRowID
        }
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try desk.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// Audit actions of one record, oldest first.
    func auditActions(_ entity: String, _ id: Int64) throws -> [String] {
        try desk.pool.read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
                                arguments: [entity, id])
        }
    }
}

/// Complete details of each kind (everything required to send).
enum SampleDetails {
    static let telemedicine = ReferralDetails.telemedicine(TelemedicineDetails(
        symptoms: "Dolor de cabeza persistente", preferredLanguage: .mixteco, modality: .phone,
        insurance: ReferralInsuranceNone.value))
    static let legalAid = ReferralDetails.legalAid(LegalAidDetails(
        matter: .laborWageTheft, deadline: Date(timeIntervalSince1970: 1_796_000_000),
        aNumber: "A123456789"))
    static let funeral = ReferralDetails.funeralAssistance(FuneralDetails(
        deceasedName: "Juan Pérez", dateOfDeath: Date(timeIntervalSince1970: 1_794_000_000),
        bodyLocation: .hospital, disposition: .burial,
        nextOfKin: NextOfKinContact(name: "María Pérez", phone: "+13125550199")))
    static let consular = ReferralDetails.consularOrientation(ConsularDetails(
        procedure: .matricula, consulate: "Consulado General de México en Chicago"))

    static func complete(_ kind: ReferralKind) -> ReferralDetails {
        switch kind {
        case .telemedicine: return telemedicine
        case .legalAid: return legalAid
        case .funeralAssistance: return funeral
        case .consularOrientation: return consular
        }
    }
}

enum ReferralInsuranceNone { static let value = InsuranceCoverage.none }

/// The error a throwing call ended with, for #expect on its case.
func caught(_ body: () throws -> Any) -> StoreError? {
    do { _ = try body(); return nil } catch let e as StoreError { return e } catch { return .other("\(error)") }
}

extension StoreError {
    var isNotPermitted: Bool { if case .notPermitted = self { return true }; return false }
    /// Refused by the workflow: its table (typed, `transitionRefused`) or a standing rule of
    /// the record (`workflowRefused`, a closed case).
    var isWorkflowRefused: Bool { workflowReason != nil }
    var isInvalid: Bool { if case .invalid = self { return true }; return false }
}
