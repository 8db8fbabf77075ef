import EnlaceCore
import Foundation
import GRDB
import Testing
@testable import EnlaceStore

/// Open Referral HSDS 3.x: the export read back by the import (through real files), a plan
/// before writing, and a bad file refused with the line and column of each problem.
@Suite struct HSDSImportExportTests {
    /// Writes `tables` as files in a new folder and reads them back as the CLI does.
    static func roundTripFiles(_ tables: [HSDSTable: String], in folder: TempFolder) throws -> [HSDSTable: [UInt8]] {
        var files: [HSDSTable: [UInt8]] = [:]
        for (table, text) in tables {
            let path = folder.file(table.fileName)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            files[table] = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return files
    }

    static func entries(_ files: [HSDSTable: [UInt8]]) throws -> [HSDSEntry] {
        try HSDSReader.read(files).get()
    }

    /// The fields a file carries, for comparing two directories.
    static func carried(_ p: Partner) -> String {
        [p.name, ReferralKind.allCases.filter(p.kindsServed.contains).map(\.rawValue).joined(separator: ","),
         p.address ?? "", p.city ?? "", p.state ?? "", p.postalCode ?? "", p.phones.joined(separator: ","),
         p.email ?? "", p.hours ?? "", p.languages.joined(separator: ","), p.cost?.rawValue ?? "",
         p.areasServed.joined(separator: ";"), String(p.active), p.externalId ?? ""].joined(separator: "|")
    }

    @Test func anExportImportedIntoAnEmptyDeskGivesTheSameDirectory() throws {
        let a = try DeskFixture()
        let clinic = try a.desk.addPartner(PartnerDirectoryTests.clinic, by: a.admin)
        var lawyers = PartnerDraft(name: "Bufete \"El Pueblo\", A.C.", kindsServed: [.legalAid, .consularOrientation],
                                   address: "2001 W 21st St\nSuite 2", city: "Chicago", state: "IL",
                                   phones: ["+52 55 1234 5678"], cost: .free)
        lawyers.address = "2001 W 21st St, Suite 2"
        let bufete = try a.desk.addPartner(lawyers, by: a.admin)
        _ = try a.desk.setPartnerActive(id: Int64(bufete.id)!, active: false, version: 1, by: a.admin)
        let exported = try a.desk.partnerDirectory(by: a.admin)
        let folder = TempFolder()
        let files = try Self.roundTripFiles(HSDSWriter.tables(exported), in: folder)
        #expect(files.count == HSDSTable.allCases.count)
        // Exporting twice writes the same bytes (identifiers derive from the partner's id).
        #expect(HSDSWriter.tables(exported) == HSDSWriter.tables(try a.desk.partnerDirectory(by: a.admin)))

        let b = try DeskFixture()
        // B starts with the same seeded consulates (other ids): they match by name.
        let entries = try Self.entries(files)
        #expect(entries.count == exported.count)
        let plan = try b.desk.planPartnerImport(entries, by: b.admin)
        #expect(plan.problems.isEmpty)
        #expect(Set(plan.additions.map(\.name)) == ["Clínica Familiar Pilsen", "Bufete \"El Pueblo\", A.C."])
        #expect(plan.changes.count == exported.count - 2 && plan.changes.allSatisfy { $0.fields == ["externalId"] })
        #expect(try b.count("SELECT count(*) FROM partners") == exported.count - 2)  // the plan wrote nothing
        let applied = try b.desk.importPartners(entries, by: b.admin)
        #expect(applied == plan)
        let imported = try b.desk.partnerDirectory(by: b.admin)
        #expect(imported.map(Self.carried) == exported.map(Self.carried))
        let copy = try #require(imported.first { $0.name == "Clínica Familiar Pilsen" })
        #expect(copy.phones == clinic.phones && copy.hours == clinic.hours && copy.languages == ["es", "en", "Mixteco"])
        #expect(copy.notes == nil && copy.responseDays == nil)  // the desk's own: not in the file
        #expect(try b.count("SELECT count(*) FROM audit_log WHERE entity = 'partner' AND action = 'imported' AND reason = 'hsds'") == 2)

        // Importing the same files again, into either desk, changes nothing.
        for desk in [a, b] {
            let again = try desk.desk.planPartnerImport(entries, by: desk.admin)
            #expect(again.additions.isEmpty && again.changes.isEmpty && again.unchanged == exported.count)
            #expect(again.lines(.es).first == "El archivo no trae nada nuevo.")
        }
        // A change in the file is planned as a change of that field only, and keeps the notes.
        var edited = HSDSWriter.tables(exported)
        edited[.schedule] = edited[.schedule]!.replacingOccurrences(of: "L-V 9:00-17:00", with: "L-V 8:00-18:00")
        let plan2 = try a.desk.importPartners(try Self.entries(try Self.roundTripFiles(edited, in: TempFolder())), by: a.admin)
        #expect(plan2.changes.map(\.name) == ["Clínica Familiar Pilsen"] && plan2.changes[0].fields == ["hours"])
        #expect(plan2.lines(.en)[0] == "Change: Clínica Familiar Pilsen (hours)")
        let after = try a.desk.partner(id: Int64(clinic.id)!)
        #expect(after.hours == "L-V 8:00-18:00; sáb 10:00-13:00" && after.notes == "Pregunte por Rosa." && after.version == 2)
    }

    /// A directory as a 211 might publish it: other column orders, quoted commas and line
    /// breaks, CRLF, a byte order mark, a schedule by days and times.
    static let published: [HSDSTable: String] = [
        .organization: "\u{FEFF}id,name,description,email\r\norg-1,\"Legal Aid Chicago, Inc.\",\"Free legal help,\nall of Cook County\",intake@lac.example.org\r\norg-2,Hospice del Valle,,\r\n",
        .service: "id,organization_id,name,status,fees_description\r\ns-1,org-1,Immigration Legal Services,active,No cost to clients\r\ns-2,org-1,Housing help,active,\r\ns-3,org-2,Repatriation and funeral support,inactive,Fee\r\n",
        .location: "id,organization_id,name\r\nl-1,org-1,Main office\r\n",
        .serviceAtLocation: "id,service_id,location_id\r\nsl-1,s-1,l-1\r\n",
        .address: "id,location_id,address_1,address_2,city,state_province,postal_code,country,address_type\r\na-1,l-1,120 S LaSalle St,Suite 900,Chicago,Illinois,60603,US,physical\r\n",
        .phone: "id,service_id,location_id,number,type\r\np-1,s-1,,(312) 341-1070,voice\r\np-2,,l-1,312-341-1070,voice\r\n",
        .schedule: "id,service_id,byday,opens_at,closes_at\r\nsc-1,s-1,\"MO,TU,WE,TH,FR\",09:00,17:00\r\n",
    ]

    static func bytes(_ tables: [HSDSTable: String]) -> [HSDSTable: [UInt8]] {
        tables.mapValues { Array($0.utf8) }
    }

    @Test func aPublishedDirectoryIsReadWithItsKindsCostAndHours() throws {
        let f = try DeskFixture()
        let entries = try Self.entries(Self.bytes(Self.published))
        #expect(entries.map(\.externalId) == ["org-1", "org-2"])
        let lac = entries[0].draft
        #expect(lac.name == "Legal Aid Chicago, Inc.")
        #expect(lac.kindsServed == [.legalAid] && lac.cost == .free)
        #expect(lac.address == "120 S LaSalle St, Suite 900" && lac.state == "Illinois" && lac.postalCode == "60603")
        #expect(lac.phones == ["(312) 341-1070", "312-341-1070"])
        #expect(lac.hours == "MO,TU,WE,TH,FR 09:00-17:00")
        #expect(entries[1].draft.kindsServed == [.funeralAssistance] && !entries[1].active)
        let plan = try f.desk.importPartners(entries, by: f.admin)
        #expect(plan.additions.count == 2 && plan.problems.isEmpty)
        let saved = try f.desk.partnerDirectory(by: f.admin).first { $0.externalId == "org-1" }!
        #expect(saved.state == "IL" && saved.phones == ["+13123411070"])  // the same number once
        #expect(try f.desk.partners(kind: .legalAid).contains { $0.id == saved.id })
        #expect(!(try f.desk.partners(kind: .funeralAssistance).contains { $0.name == "Hospice del Valle" }))
    }

    @Test func aMissingColumnIsNamedWithItsFileAndLine() throws {
        var tables = Self.published
        tables[.address] = "id,location_id,address_1,city,state_province\r\na-1,l-1,120 S LaSalle St,Chicago,IL\r\n"
        tables[.phone] = "id,service_id\r\np-1,s-1\r\n"
        guard case .failure(let failure) = HSDSReader.read(Self.bytes(tables)) else {
            Issue.record("a file without postal_code was read")
            return
        }
        #expect(failure.problems.map { $0.text(.en) } == [
            "address.csv, line 1: the column \"postal_code\" is missing",
            "phone.csv, line 1: the column \"number\" is missing",
        ])
        #expect(failure.problems[0].text(.es) == "address.csv, línea 1: falta la columna «postal_code»")
    }

    @Test func badUTF8IsPlacedAtItsLineAndColumn() throws {
        var files = Self.bytes(Self.published)
        // "Hospice del Valle" written in Latin-1 on line 4 (after a quoted field with a line break).
        files[.organization] = Array("id,name,description,email\r\norg-1,\"Legal Aid\",\"Free,\nhelp\",a@b.org\r\norg-2,Hospicio ".utf8)
            + [0xE9] + Array("l Valle,,\r\n".utf8)
        files.removeValue(forKey: .schedule)
        guard case .failure(let failure) = HSDSReader.read(files) else {
            Issue.record("a Latin-1 file was read")
            return
        }
        #expect(failure.problems.map { $0.text(.en) } == [
            "organization.csv, line 4, column 2: the text is not UTF-8 (byte 0xE9); save the file as CSV UTF-8",
            "schedule.csv: this file is missing from the folder",
        ])
    }

    @Test func aValueTheDeskRefusesIsPlacedAndNothingIsWritten() throws {
        let f = try DeskFixture()
        var tables = Self.published
        tables[.phone] = "id,service_id,location_id,number,type\r\np-1,s-1,,(312) 341-1070,voice\r\np-2,,l-1,12,voice\r\n"
        tables[.address] = tables[.address]!.replacingOccurrences(of: "Illinois", with: "Ontario")
        let entries = try Self.entries(Self.bytes(tables))
        let before = try f.count("SELECT count(*) FROM partners")
        let plan = try f.desk.importPartners(entries, by: f.admin)
        #expect(plan.problems.map { $0.text(.en) } == [
            "address.csv, line 2, column 6: State «Ontario»: Type a US state (IL or Illinois).",
            "phone.csv, line 3, column 4: Phone «12»: " + PhoneNumber.parse("12").failureMessage(.en),
        ])
        #expect(try f.count("SELECT count(*) FROM partners") == before)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE entity = 'partner'") == 0)
    }

    @Test func theReaderKeepsQuotedFieldsAndPlacesEachField() throws {
        let records = try CSVReader.read(Array("a,\"b,\"\"c\"\"\r\nd\",e\n\nf,,g".utf8)).get()
        #expect(records.map(\.line) == [1, 4])
        #expect(records[0].fields.map(\.text) == ["a", "b,\"c\"\r\nd", "e"])
        #expect(records[0].fields.map(\.line) == [1, 1, 2])
        #expect(records[1].fields.map(\.column) == [1, 2, 3])
        guard case .failure(let failure) = CSVReader.read(Array("a,\"b\"x\n\"open".utf8)) else {
            Issue.record("a broken quote was read")
            return
        }
        #expect(failure.problems == [CSVProblem(line: 1, column: 2, kind: .textAfterClosingQuote),
                                     CSVProblem(line: 2, column: 1, kind: .unclosedQuote)])
    }
}

private extension Result where Success == PhoneNumber, Failure == PhoneProblem {
    func failureMessage(_ language: Language) -> String {
        if case .failure(let problem) = self { return problem.message(language) }
        return ""
    }
}
