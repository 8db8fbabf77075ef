import EnlaceCore
import Foundation
import GRDB

/// A consulate serving the organization's area: a partner marked `is_consulate`.
public struct ServingConsulate: Sendable, Equatable, Identifiable {
    public let id: Int64
    public var name: String
    public var city: String?
    public var state: String?

    public init(id: Int64, name: String, city: String? = nil, state: String? = nil) {
        self.id = id
        self.name = name
        self.city = city
        self.state = state
    }

    static let columns = "p.id, p.name, p.city, p.us_state"

    static func from(_ row: Row) -> ServingConsulate {
        ServingConsulate(id: row["id"], name: row["name"], city: row["city"], state: row["us_state"])
    }

    /// The consulates the organization chose, by name.
    static func chosen(_ db: Database) throws -> [ServingConsulate] {
        try Row.fetchAll(db, sql: """
            SELECT \(columns) FROM organization_consulates c JOIN partners p ON p.id = c.partner_id
            ORDER BY p.name, p.id
            """).map(from)
    }

    static func replace(_ db: Database, with ids: [Int64]) throws {
        try db.execute(sql: "DELETE FROM organization_consulates")
        for id in ids {
            try db.execute(sql: "INSERT INTO organization_consulates (partner_id) VALUES (?)", arguments: [id])
        }
    }
}

extension CaseDesk {
    /// The idle lock minutes an organization may set.
    public static let lockMinutesRange = 1...240

    /// Every active consulate of the directory, the ones to choose from, by name.
    public func consulateChoices() throws -> [ServingConsulate] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(ServingConsulate.columns) FROM partners p
                WHERE p.is_consulate = 1 AND p.active = 1 ORDER BY p.name, p.id
                """).map(ServingConsulate.from)
        }
    }

    /// True for an IANA time zone name this machine knows ("America/Chicago", "UTC").
    public static func isKnownTimeZone(_ name: String) -> Bool {
        name == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(name)
    }

    /// What is wrong with the settings part of a change (time zone, lock minutes).
    static func settingsProblems(_ change: OrganizationChange) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if let zone = change.timeZone, !zone.isEmpty, !isKnownTimeZone(zone) {
            problems.append(FieldProblem(field: "timeZone", label: ReferenceDataText.timeZoneLabel.text,
                                         message: ReferenceDataText.timeZoneInvalid.text.filling(["zone": .plain(zone)])))
        }
        if let minutes = change.lockMinutes, !lockMinutesRange.contains(minutes) {
            problems.append(FieldProblem(field: "lockMinutes", label: ReferenceDataText.lockMinutesLabel.text,
                                         message: ReferenceDataText.lockMinutesInvalid.text))
        }
        if let days = change.requestDays, !DataRequest.daysRange.contains(days) {
            problems.append(FieldProblem(field: "requestDays", label: DataRightsText.fieldRequestDays.text,
                                         message: DataRightsText.requestDaysInvalid.text))
        }
        if let years = change.retentionYears, years != 0, !(1...100).contains(years) {
            problems.append(FieldProblem(field: "retentionYears", label: DataRightsText.fieldRetentionYears.text,
                                         message: DataRightsText.retentionYearsInvalid.text))
        }
        return problems
    }

    /// Every id names an active partner marked as a consulate.
    static func checkConsulates(_ db: Database, _ ids: [Int64]?) throws {
        guard let ids, !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        let good = try Int64.fetchSet(db, sql: """
            SELECT id FROM partners WHERE is_consulate = 1 AND active = 1 AND id IN (\(list))
            """)
        let bad = ids.filter { !good.contains($0) }
        guard bad.isEmpty else {
            throw StoreError.validation(ValidationFailure([FieldProblem(
                field: "consulates", label: ReferenceDataText.consulatesLabel.text,
                message: ReferenceDataText.notAConsulate.text.filling([
                    "ids": .plain(bad.map { "#\($0)" }.joined(separator: ", ")),
                ]))]))
        }
    }
}
