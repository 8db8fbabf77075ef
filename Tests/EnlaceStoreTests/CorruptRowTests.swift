import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// An unknown enum value in a row of cases, referrals, follow-ups or consents is reported as
/// `corruptValue` (table, column, value), never read as a default.
@Suite struct CorruptRowTests {
    @Test func unknownValuesInReferralsAndFollowUpsAreReported() throws {
        let f = try DeskFixture()
        let caseId = try f.makeCase(caseworker: f.ana)
        let referral = try f.desk.createReferral(caseId: caseId, kind: .legalAid, partnerId: nil, reason: "x",
                                                 urgency: .routine, details: SampleDetails.legalAid,
                                                 consentToShare: true, responseDue: nil, by: f.ana)
        let id = Int64(referral.id)!
        try f.desk.pool.write { db in try db.execute(sql: "UPDATE referrals SET urgency = 'whenever' WHERE id = ?", arguments: [id]) }
        let error = caught { try f.desk.referral(id: id, by: f.ana) }
        #expect(error == .corruptValue(table: "referrals", column: "urgency", value: "whenever"))
        #expect(error?.message(.es).contains("«whenever» en referrals.urgency") == true)
        // A step on it is refused the same way, and writes nothing.
        let audit = try f.count("SELECT count(*) FROM audit_log")
        #expect(caught { try f.desk.cancelReferral(id: id, reason: "x", by: f.ana, version: 1) }
                == .corruptValue(table: "referrals", column: "urgency", value: "whenever"))
        #expect(try f.count("SELECT count(*) FROM audit_log") == audit)

        let due = f.clock.date.addingTimeInterval(3_600)
        let followUp = try f.desk.scheduleFollowUp(caseId: caseId, due: due, channel: .sms, note: "n", by: f.ana)
        try f.desk.pool.write { db in
            try db.execute(sql: "UPDATE follow_ups SET channel = 'pigeon' WHERE id = ?", arguments: [Int64(followUp.id)!])
        }
        #expect(caught { try f.desk.followUps(caseId: caseId, by: f.ana) }
                == .corruptValue(table: "follow_ups", column: "channel", value: "pigeon"))
    }

    @Test func unknownConsentScopeIsReported() throws {
        let f = try CaseFixture()
        let opened = try f.newCase()
        try f.desk.recordConsent(personId: opened.personId, method: .verbal, scope: [.contact], by: f.supervisor)
        try f.sql("UPDATE person_consents SET scope = 'keepRecord,telepathy' WHERE person_id = ?", [opened.personId])
        #expect(caught { try f.desk.latestConsent(personId: opened.personId) }
                == .corruptValue(table: "person_consents", column: "scope", value: "keepRecord,telepathy"))
    }
}
