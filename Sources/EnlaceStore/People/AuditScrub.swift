import Foundation
import GRDB

/// How an erasure removes a person's values from the append-only audit log.
///
/// `audit_log` refuses every UPDATE and DELETE by trigger. Migration `v17-data-rights` narrows
/// the UPDATE trigger: an update passes only while `audit_scrub_permit` holds its one row, and
/// only when it keeps the row's id, actor, time, entity, entity id and action, so a scrub can
/// change the values (`reason`, `changed_fields`) and nothing that says who did what when.
/// `withPermit` inserts the permit, runs the scrub and deletes the permit inside the erase
/// transaction: the permit is never committed, so no other connection (and no later statement
/// of this one) ever sees it, and a scrub that fails rolls back with the whole erasure.
/// DELETE stays refused always.
///
/// The hash chain (`v20-audit-chain`, `AuditChain`) covers a row's values through a salted
/// digest: a scrub keeps the digest and both hashes (the trigger refuses any change to them)
/// and sets the salt to NULL, so the erased values can no longer be confirmed by guessing
/// them against the digest, and the chain still verifies. Each scrub returns the ids it
/// changed; the erasure's own audit row names them (`auditRows`), and `enlace audit verify`
/// accepts a row without salt only when a later erasure row names it.
enum AuditScrub {
    /// Keys of `changed_fields` whose values are codes, ids or counts, never a person's data:
    /// kept. Every other key keeps its name (what kind of data changed) with its values emptied.
    static let codeKeys: Set<String> = [
        "status", "priority", "urgency", "consentToShare", "channel", "caseworkerId", "assignedTo",
        "noteId", "kind", "outcome", "waitingOn", "inTime", "request", "requester", "edits", "people",
        "rows", "sensitive", "number", "personId", "noShare", "noContact", AuditChain.scrubbedRowsKey,
    ]

    static func withPermit<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "INSERT INTO audit_scrub_permit (id) VALUES (1)")
        let result = try body()
        try db.execute(sql: "DELETE FROM audit_scrub_permit")
        return result
    }

    /// Empties the values of the rows about the person's own records: every `changed_fields`
    /// value that is not a code, and the reason (free text: a closure summary, a hold's reason).
    /// Returns the ids of the rows changed.
    static func scrubRecords(_ db: Database, entity: String, ids: [Int64]) throws -> [Int64] {
        guard !ids.isEmpty else { return [] }
        var changed: [Int64] = []
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let list = chunk.map(String.init).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: """
                SELECT id, reason, changed_fields FROM audit_log WHERE entity = ? AND entity_id IN (\(list))
                """, arguments: [entity]) {
                // On a person's rows "number" is an identity document's (masked) number: a value.
                let fields = scrubbedFields(row[2], keeping: entity == "person" ? codeKeys.subtracting(["number"]) : codeKeys)
                let reason: String? = row[1]
                if reason == nil && fields == row[2] { continue }
                try update(db, id: row[0], reason: nil, fields: fields)
                changed.append(row[0])
            }
        }
        return changed
    }

    /// The `searched` rows whose typed names mention the person, or whose results listed one
    /// of `ids`: the names part of the summary becomes "[erased]". The report exports whose
    /// typed filter mentions the person: the filter's values are emptied.
    static func scrubTypedText(_ db: Database, terms: ErasedTerms, ids: Set<Int64>) throws -> [Int64] {
        var changed: [Int64] = []
        for row in try Row.fetchAll(db, sql: """
            SELECT id, reason, changed_fields FROM audit_log WHERE entity = 'person' AND entity_id IS NULL
            """) {
            let reason: String = row[1] ?? ""
            let listed = (decode(row[2])?["people"] ?? []).contains { Int64($0).map(ids.contains) ?? false }
            guard listed || terms.mentionsAny(reason) else { continue }
            let parts = reason.split(separator: ";").map { part -> String in
                part.trimmingCharacters(in: .whitespaces).hasPrefix("names:") ? "names: [erased]" : String(part).trimmingCharacters(in: .whitespaces)
            }
            try update(db, id: row[0], reason: parts.joined(separator: "; "), fields: row[2])
            changed.append(row[0])
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT id, reason, changed_fields FROM audit_log WHERE entity = 'report'
            """) {
            guard var fields = decode(row[2]), let filter = fields["filter"],
                  filter.contains(where: terms.mentionsAny) else { continue }
            fields["filter"] = []
            try update(db, id: row[0], reason: row[1], fields: encode(fields))
            changed.append(row[0])
        }
        return changed
    }

    static func scrubbedFields(_ json: String?, keeping: Set<String> = codeKeys) -> String? {
        guard var fields = decode(json) else { return json }
        for key in fields.keys where !keeping.contains(key) { fields[key] = [] }
        return encode(fields)
    }

    /// Changes a row's values and drops its salt (the digest and hashes stay: see above).
    private static func update(_ db: Database, id: Int64, reason: String?, fields: String?) throws {
        try db.execute(sql: "UPDATE audit_log SET reason = ?, changed_fields = ?, salt = NULL WHERE id = ?",
                       arguments: [reason, fields, id])
        // The free text typed with the step goes with the values.
        try db.execute(sql: "DELETE FROM audit_texts WHERE audit_id = ?", arguments: [id])
    }

    static func decode(_ json: String?) -> [String: [String]]? {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            return nil
        }
        return object.mapValues { value in (value as? [Any])?.map { "\($0)" } ?? ["\(value)"] }
    }

    static func encode(_ fields: [String: [String]]) -> String? {
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
