import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct ReferralMigrationTests {
    /// A file at "v2-referrals-followups", with a referral written the way the v2 demo wrote
    /// them (flat details JSON, free-text outcome), opens at the newest schema: backed up
    /// first, rows kept, details decoded, the default checklist offered, queues working.
    @Test func aV2FileMigratesAndItsReferralsStillRead() throws {
        let old = OldFile("old.sqlite")
        let path = old.path, clock = old.clock, now = old.now
        try writeOldFile(path, upTo: StoreSchema.referralsFollowUps, sql: """
            INSERT INTO users (id, username, display_name, role, password_hash, created_at)
            VALUES (1, 'sofia', 'Sofía', 'supervisor', ?, 0);
            INSERT INTO people (id, given_names, first_surname, search_form, phonetic_key, created_at, updated_at)
            VALUES (1, 'Rocío', 'Guzmán', 'rocio guzman', 'x', 0, 0);
            INSERT INTO cases (id, number, person_id, status, priority, service_area, caseworker_id,
                opened_at, updated_at) VALUES (1, '2026-000001', 1, 'active', 'high', 'health', 1, 0, 0);
            INSERT INTO referrals (id, case_id, kind, status, consent_to_share, response_due, sent_at,
                outcome, details, created_at, updated_at)
            VALUES (1, 1, 'telemedicine', 'sent', 1, ?, ?, 'Atendido',
                '{"modality":"video","preferredLanguage":"es","insurance":"medicaid"}', 0, 0);
            INSERT INTO follow_ups (id, case_id, due_at, channel, status, assigned_to, created_at, updated_at)
            VALUES (1, 1, ?, 'sms', 'scheduled', 1, 0, 0);
            """, arguments: [PasswordHasher.hash("secreto-123", cost: testCost), now - 86_400, now - 5 * 86_400, now - 3600])
        let desk = try openDesk(path, create: false, clock: clock)
        #expect(try desk.appliedMigrations().contains(StoreSchema.referralsQueues))
        let backups = try FileManager.default.contentsOfDirectory(atPath: old.folder.path)
            .filter { $0.hasPrefix("old.sqlite.backup-v2-referrals-followups-") }
        #expect(backups.count == 1)
        let sofia = try desk.authenticate(username: "sofia", password: "secreto-123")
        let r = try desk.referral(id: 1, by: sofia)
        // "es" is not a SpokenLanguage: the whole v2 details could not decode, so the kind's
        // empty details stand in rather than failing the screen.
        #expect(r.kind == .telemedicine && r.status == .sent)
        #expect(r.outcome == nil)
        #expect(r.outcomeNote == "Atendido")
        #expect(r.checklist.map(\.key) == ["photoID", "medicationList", "insuranceCard", "reachablePhone"])
        #expect(try desk.referralsAwaitingResponse(by: sofia).map(\.id) == [1])
        #expect(try desk.followUpsDue(scope: .mine, range: .overdue, by: sofia).map(\.id) == [1])
        // And the new columns take writes.
        let checked = try desk.setChecklistItem(referralId: 1, item: "photoID", done: true, by: sofia, version: r.version)
        #expect(checked.checklist.first?.done == true)
    }
}
