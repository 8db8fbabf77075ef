import Foundation
import GRDB
import Testing
import EnlaceCore
@testable import EnlaceStore
@testable import EnlaceTUI

/// `e` / `j` on the case list: the whole list for the filter typed, as a person-level file,
/// supervisors only, audited.
@Suite(.serialized)
struct CaseListExportTests {
    static let fixture = ScreenFixture.make(name: "caselist-export")

    func onCaseList(_ role: Role) throws -> AppRuntime {
        let rt = try Self.fixture.runtime(role: role, width: 100, height: 30)
        rt.send(.key(.function(6)))
        return rt
    }

    func exports() throws -> [String] {
        try Self.fixture.desk().pool.read { db in
            try String.fetchAll(db, sql: "SELECT changed_fields FROM audit_log WHERE entity = 'report' AND action = 'exportPersonLevel' ORDER BY id")
        }
    }

    @Test func aSupervisorExportsTheFilteredListAsCSVAndJSON() throws {
        let rt = try onCaseList(.supervisor)
        rt.send(.key(.char("/")))
        rt.type("Muñoz")
        rt.send(.key(.enter))
        let expected = try rt.desk.caseWindow(CaseWindowRequest(filter: "Muñoz", anchor: nil, direction: .after, limit: 1000),
                                              actor: rt.state.user)
        #expect(expected.count > 1)
        let before = try exports().count
        rt.send(.key(.char("e")))
        let csv = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("casos", .csv(byteOrderMark: false), now: ScreenFixture.now))
        #expect(rt.state.message?.text.hasPrefix("Lista de \(expected.count) casos guardada: \(csv.lastPathComponent)") == true,
                "\(rt.state.message?.text ?? "")")
        #expect(try ReportsScreenTests.mode(csv) == 0o600)
        let records = ReportsScreenTests.parseCSV(try String(contentsOf: csv, encoding: .utf8))
        #expect(records.dropFirst().map { $0[0] } == expected.map(\.number))
        #expect(records.dropFirst().map { $0[1] } == expected.map(\.personName))
        #expect(records.dropFirst().allSatisfy { $0[1].contains("Muñoz") })
        #expect(records.first?.contains("Descripción") == false)
        rt.send(.key(.char("j")))
        let json = rt.outputDirectory.appendingPathComponent(ReportExport.fileName("casos", .json, now: ScreenFixture.now))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        #expect((object["rows"] as? [Any])?.count == expected.count)
        let audit = try exports()
        #expect(audit.count == before + 2)
        #expect(audit.last?.contains("\"rows\":[\"\(expected.count)\"]") == true)
        #expect(audit.last?.contains("text=Muñoz") == true)
    }

    @Test(arguments: [Role.caseworker, .volunteer])
    func othersAreToldWhyAndNothingIsWritten(role: Role) throws {
        let rt = try onCaseList(role)
        let before = try exports().count
        let folder = try FileManager.default.contentsOfDirectory(atPath: rt.outputDirectory.path).filter { $0.hasPrefix("casos-") }.count
        rt.send(.key(.char("e")))
        #expect(rt.state.message?.text.contains("Solo la supervisión puede exportar listas") == true)
        #expect(rt.state.message?.role == .warning)
        #expect(try exports().count == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: rt.outputDirectory.path).filter { $0.hasPrefix("casos-") }.count == folder)
        // The store refuses too, whatever the screen says.
        #expect(throws: StoreError.self) { try rt.desk.exportFilteredCaseList(filter: "", by: rt.state.user) }
    }
}
