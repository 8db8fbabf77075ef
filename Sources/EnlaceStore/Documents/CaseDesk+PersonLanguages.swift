import EnlaceCore
import Foundation
import GRDB

extension CaseDesk {
    /// Sets the languages a person speaks, the preferred one and whether they need an
    /// interpreter, in one step (who may: as `updatePerson`). `version` is the person's version
    /// read (`PersonRecord.version`): a record changed meanwhile is a conflict and nothing is
    /// written. Audited as the record's `edit` with old and new values; the version moves on
    /// only when something changed.
    public func setLanguages(personId: Int64, _ profile: LanguageProfile, version: Int,
                             by actor: UserAccount) throws -> LanguagesSaved {
        try write { db in
            try self.requireEditable(db, personId: personId, by: actor)
            let stored = try Int.fetchOne(db, sql: "SELECT version FROM people WHERE id = ?", arguments: [personId]) ?? 0
            guard stored == version else { throw StoreError.conflict }
            let old = try Self.languageProfile(db, personId: personId)
            func yesNo(_ b: Bool) -> String { b ? "yes" : "no" }
            let pairs: [(String, String, String)] = [
                ("languages", old.spoken.map(\.rawValue).joined(separator: ", "),
                 profile.spoken.map(\.rawValue).joined(separator: ", ")),
                ("preferredLanguage", old.preferred?.rawValue ?? "", profile.preferred?.rawValue ?? ""),
                ("needsInterpreter", yesNo(old.needsInterpreter), yesNo(profile.needsInterpreter)),
            ]
            let changes = pairs.filter { $0.1 != $0.2 }
            guard !changes.isEmpty else { return LanguagesSaved(languages: old, version: stored, changed: []) }
            let now = self.clock.nowSeconds()
            try db.execute(sql: "DELETE FROM person_languages WHERE person_id = ?", arguments: [personId])
            for language in profile.spoken {
                try db.execute(sql: "INSERT INTO person_languages (person_id, language) VALUES (?, ?)",
                               arguments: [personId, language.rawValue])
            }
            try db.execute(sql: """
                UPDATE people SET needs_interpreter = ?, preferred_language = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, arguments: [profile.needsInterpreter ? 1 : 0, profile.preferred?.rawValue, now, personId, version])
            guard db.changesCount == 1 else { throw StoreError.conflict }
            try Audit.append(db, actor: actor.id, at: now, entity: "person", entityID: personId, action: "edit",
                             changedFields: Dictionary(uniqueKeysWithValues: changes.map { ($0.0, [$0.1, $0.2]) }))
            return LanguagesSaved(languages: try Self.languageProfile(db, personId: personId), version: version + 1,
                                  changed: changes.map(\.0))
        }
    }

    /// What is recorded about a person's languages.
    static func languageProfile(_ db: Database, personId: Int64) throws -> LanguageProfile {
        let spoken = try String.fetchAll(db, sql: "SELECT language FROM person_languages WHERE person_id = ?",
                                         arguments: [personId]).map { raw in
            guard let language = SpokenLanguage(rawValue: raw) else {
                throw StoreError.corruptValue(table: "person_languages", column: "language", value: raw)
            }
            return language
        }
        guard let row = try Row.fetchOne(db, sql: "SELECT needs_interpreter, preferred_language FROM people WHERE id = ?",
                                         arguments: [personId]) else { return LanguageProfile(spoken: spoken) }
        let preferred = try StoredValue.decodeOptional(SpokenLanguage.self, row, "preferred_language", table: "people")
        return LanguageProfile(spoken: spoken, preferred: preferred, needsInterpreter: row["needs_interpreter"])
    }
}
