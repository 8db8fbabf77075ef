import EnlaceCore
import Foundation
import GRDB

/// A form kept while it is typed, so that an Esc by mistake, a crash or a dropped connection
/// loses nothing. One per user and kind ("intake"); only its owner reads, replaces or deletes it.
public struct SavedDraft: Sendable, Equatable {
    public let kind: String
    /// What the form wrote (JSON); the store does not look inside.
    public let payload: String
    public let updatedAt: Date
}

extension CaseDesk {
    /// The largest payload kept (a form of a few dozen fields is a few kilobytes).
    public static let maxDraftBytes = 256 * 1024

    /// Keeps (or replaces) the actor's draft of `kind`. Not audited: a draft is the person's
    /// own unfinished typing, seen by no one else, and deleted when the form is saved.
    public func saveDraft(kind: String, payload: String, by actor: UserAccount) throws {
        try Self.checkDraftKind(kind)
        guard payload.utf8.count <= Self.maxDraftBytes else {
            throw StoreError.invalid(field: "payload", LocalizedText(
                es: "El borrador es demasiado grande para guardarlo (más de \(Self.maxDraftBytes / 1024) KB).",
                en: "The draft is too large to keep (over \(Self.maxDraftBytes / 1024) KB)."))
        }
        try write { db in
            _ = try self.currentRole(db, of: actor)
            try db.execute(sql: """
                INSERT INTO drafts (user_id, kind, payload, updated_at) VALUES (?, ?, \(SealedColumn.draftPayload.write), ?)
                ON CONFLICT(user_id, kind) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at
                """, arguments: [actor.id, kind, payload, self.clock.nowSeconds()])
        }
    }

    /// The actor's draft of `kind`, if one was kept.
    public func draft(kind: String, by actor: UserAccount) throws -> SavedDraft? {
        try Self.checkDraftKind(kind)
        return try read { db in
            _ = try self.currentRole(db, of: actor)
            return try DraftRow.fetchOne(db, sql: "SELECT kind, \(SealedColumn.draftPayload.select()), updated_at FROM drafts WHERE user_id = ? AND kind = ?",
                                         arguments: [actor.id, kind])?.draft
        }
    }

    /// Deletes the actor's draft of `kind` (the form was saved, or the person discarded it).
    public func deleteDraft(kind: String, by actor: UserAccount) throws {
        try Self.checkDraftKind(kind)
        try write { db in
            try db.execute(sql: "DELETE FROM drafts WHERE user_id = ? AND kind = ?", arguments: [actor.id, kind])
        }
    }

    static func checkDraftKind(_ kind: String) throws {
        guard (1...40).contains(kind.count), kind.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }) else {
            throw StoreError.invalid(field: "kind", LocalizedText(es: "Tipo de borrador no válido.", en: "Not a valid kind of draft."))
        }
    }
}

/// A `drafts` row.
struct DraftRow: FetchableRecord {
    enum Columns {
        static let kind = Column("kind"), payload = Column("payload"), updatedAt = Column("updated_at")
    }

    let draft: SavedDraft

    init(row: Row) {
        draft = SavedDraft(kind: row[Columns.kind], payload: row[Columns.payload],
                  updatedAt: Date(timeIntervalSince1970: TimeInterval(row[Columns.updatedAt] as Int64)))
    }
}
