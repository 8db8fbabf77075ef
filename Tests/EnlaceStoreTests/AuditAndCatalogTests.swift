import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

@Suite struct AuditAndCatalogTests {
    @Test func auditLogIsAppendOnly() throws {
        let folder = TempFolder()
        let desk = try openDesk(folder.file("a.sqlite"))
        _ = try desk.createFirstAdmin(username: "admin", displayName: "Admin", password: "secreto-123")
        try desk.pool.write { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM audit_log")! >= 1)
        }
        for sql in ["UPDATE audit_log SET action = 'nothing'", "DELETE FROM audit_log"] {
            do {
                try desk.pool.write { (db: Database) throws in try db.execute(sql: sql) }
                Issue.record("audit_log accepted: \(sql)")
            } catch let error as DatabaseError {
                #expect(error.message?.contains("append-only") == true)
            }
        }
        try desk.pool.read { (db: Database) throws in
            #expect(try String.fetchOne(db, sql: "SELECT action FROM audit_log ORDER BY id LIMIT 1") == "create")
        }
    }

    @Test func storeCatalogIsCompleteInBothLanguages() {
        let listings = StoreCatalogs.all
        #expect(listings.map(\.name) == ["StoreText", "CaseStoreText", "StaffText", "PartnerStoreText", "BackupText",
                                          "BackupSettingsText", "ReferenceDataText", "HouseholdText", "EventStoreText", "ImportStoreText", "PersonDocumentStoreText", "KeysText"])
        for listing in listings {
            #expect(!listing.texts.isEmpty)
            for (id, text) in listing.texts {
                #expect(!text.es.trimmingCharacters(in: .whitespaces).isEmpty, "\(id) es")
                #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(id) en")
                #expect(text.es != text.en || text.es.count < 4, "\(id) untranslated")
                #expect(LocalizedText.placeholders(in: text.es) == LocalizedText.placeholders(in: text.en),
                        "\(id) placeholders differ")
            }
        }
    }

    @Test func everyErrorHasAFilledLineInBothLanguages() {
        let errors: [StoreError] = [
            .fileMissing(path: "/p/e.sqlite"), .notADatabase(path: "/p/e.sqlite"),
            .locked(path: "/p/e.sqlite"), .readOnly(path: "/p/e.sqlite"),
            .permissionDenied(path: "/p/e.sqlite"),
            .newerSchema(path: "/p/e.sqlite", found: "v9", supported: "v2"),
            .diskFull(path: "/p/e.sqlite"), .authenticationFailed,
            .accountLocked(until: Date(timeIntervalSince1970: 0)),
            .notPermitted(StoreText.onlyAdminManagesUsers.text), .conflict,
            .invalid(field: "password", StoreText.passwordTooShort.text), .other("disk I/O"),
        ]
        for error in errors {
            for language in Language.allCases {
                let line = error.message(language)
                #expect(!line.isEmpty)
                #expect(!line.contains("{") && !line.contains("}"), "unfilled placeholder: \(line)")
                #expect(!line.contains("\n"))
            }
            #expect(error.message(.es) != error.message(.en))
        }
        #expect(StoreError.fileMissing(path: "/p/e.sqlite").message(.en).contains("/p/e.sqlite"))
    }
}
