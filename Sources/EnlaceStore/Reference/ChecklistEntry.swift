import EnlaceCore
import GRDB

/// Which checklist: a referral kind, and for consular orientation one procedure.
public struct ChecklistScope: Sendable, Hashable {
    public var kind: ReferralKind
    public var procedure: ConsularProcedure?

    public init(kind: ReferralKind, procedure: ConsularProcedure? = nil) {
        self.kind = kind
        self.procedure = procedure
    }

    /// Every checklist the organization has: one per kind, one per consular procedure.
    public static let all: [ChecklistScope] = DocumentChecklist.defaultTemplates.map {
        ChecklistScope(kind: $0.kind, procedure: $0.procedure)
    }

    /// "Orientación consular · Pasaporte", "Asesoría legal".
    public var label: LocalizedText {
        guard let procedure else { return kind.label.text }
        return LocalizedText(es: "\(kind.label.text.es) · \(procedure.label.text.es)",
                             en: "\(kind.label.text.en) · \(procedure.label.text.en)")
    }

    /// "consularOrientation/passport", "legalAid": how the CLI and the audit name it.
    public var code: String { procedure.map { "\(kind.rawValue)/\($0.rawValue)" } ?? kind.rawValue }
}

/// One item of an organization's checklist as the admin sees it: its texts, place, and
/// whether it was retired.
public struct ChecklistEntry: Sendable, Equatable, Identifiable {
    public let id: Int64
    public var scope: ChecklistScope
    public var key: String
    public var es: String
    public var en: String
    /// 1-based place in its checklist.
    public var position: Int
    public var retired: Bool
    public var version: Int

    public var item: ChecklistItem { ChecklistItem(key: key, es: es, en: en) }
}

/// A `checklist_items` row.
struct ChecklistRow: FetchableRecord {
    static let storedTable = "checklist_items"
    static let columns = "id, kind, procedure, item_key, text_es, text_en, position, retired_at, version"

    let entry: ChecklistEntry

    init(row: Row) throws {
        let kind = try StoredValue.decode(ReferralKind.self, row, "kind", table: Self.storedTable)
        let procedureText: String = row["procedure"]
        let procedure = procedureText.isEmpty ? nil
            : try StoredValue.decode(ConsularProcedure.self, row, "procedure", table: Self.storedTable)
        entry = ChecklistEntry(id: row["id"], scope: ChecklistScope(kind: kind, procedure: procedure),
                               key: row["item_key"], es: row["text_es"], en: row["text_en"],
                               position: row["position"], retired: (row["retired_at"] as Int64?) != nil,
                               version: row["version"])
    }

    /// Every item of `scope` (retired ones too), in order.
    static func items(_ db: Database, _ scope: ChecklistScope) throws -> [ChecklistEntry] {
        try fetchAll(db, sql: """
            SELECT \(columns) FROM checklist_items WHERE kind = ? AND procedure = ?
            ORDER BY position, id
            """, arguments: [scope.kind.rawValue, scope.procedure?.rawValue ?? ""]).map(\.entry)
    }

    static func load(_ db: Database, _ id: Int64) throws -> ChecklistEntry {
        guard let row = try fetchOne(db, sql: "SELECT \(columns) FROM checklist_items WHERE id = ?",
                                      arguments: [id])
        else { throw StoreError.notFound(ReferenceDataText.checklistItemNotFound.text) }
        return row.entry
    }

    /// The checklists new referrals take: the items not retired, in order.
    static func templates(_ db: Database) throws -> [ChecklistTemplate] {
        let active = try fetchAll(db, sql: """
            SELECT \(columns) FROM checklist_items WHERE retired_at IS NULL ORDER BY position, id
            """).map(\.entry)
        let byScope = Dictionary(grouping: active, by: \.scope)
        return ChecklistScope.all.map { scope in
            ChecklistTemplate(kind: scope.kind, procedure: scope.procedure,
                              items: (byScope[scope] ?? []).map(\.item))
        }
    }
}
