import EnlaceCore
import Foundation
import GRDB

/// The steps of erasing one person's data (the right of cancellation), each a function named
/// for what it destroys, run in order inside the caller's transaction by `run()`. The people
/// rows stay (anonymous: no names, contact, dates or identifiers; the state of origin code is
/// kept for the reports) and so do the cases, referrals, follow-ups and notes, with their free
/// text emptied, so every count and report still adds up.
///
/// A table added later that holds a person's data needs its own step here, called from `run()`
/// (and its rows must be counted in `erased`, so the tombstone says what kind of data went).
struct PersonErasure {
    let db: Database
    /// The person and the records linked to it as duplicates (the same human).
    let ids: [Int64]
    /// What the erasure looks for in text typed about anyone (audits, drafts).
    private(set) var terms = ErasedTerms()
    /// Kind of data -> rows erased, for the tombstone.
    private(set) var erased: [String: Int] = [:]
    /// The audit rows whose values were scrubbed (named by the tombstone, for the hash chain).
    private(set) var scrubbedAuditRows: [Int64] = []

    private var idList: String { ids.map(String.init).joined(separator: ",") }
    private var caseFilter: String { "case_id IN (SELECT id FROM cases WHERE person_id IN (\(idList)))" }

    init(_ db: Database, ids: [Int64]) {
        self.db = db
        self.ids = ids
    }

    mutating func run(now: Int64) throws {
        try collectTerms()
        try erasePeopleRows(now: now)
        try erasePhones()
        try eraseDocuments()
        try eraseLanguages()
        try eraseFamily()
        try eraseConsents()
        try eraseCaseTexts()
        try eraseRequestTexts()
        try eraseDrafts()
        try eraseSearchIndex()
        try scrubAudit()
        try pruneReportCounts()
    }

    private mutating func count(_ kind: String, _ n: Int) {
        if n > 0 { erased[kind, default: 0] += n }
    }

    /// Reads what the other steps will destroy, to find it in free text elsewhere.
    private mutating func collectTerms() throws {
        for row in try Row.fetchAll(db, sql: """
            SELECT given_names, first_surname, second_surname, preferred_name, email, curp FROM people WHERE id IN (\(idList))
            """) {
            terms.add(given: row[0], first: row[1] ?? "", second: row[2] ?? "", preferred: row[3] ?? "")
            terms.addIdentifier(row[4])
            terms.addIdentifier(row[5])
        }
        for phone in try String.fetchAll(db, sql: "SELECT e164 FROM phones WHERE person_id IN (\(idList))") {
            terms.addPhone(phone)
        }
        for number in try String.fetchAll(db, sql: """
            SELECT \(SealedColumn.documentNumber.read()) FROM person_documents WHERE person_id IN (\(idList)) AND number IS NOT NULL
            """) {
            terms.addIdentifier(number)
        }
    }

    /// Names, birth date, sex, contact data, address, origin municipality, hometown association
    /// and CURP; the search form and phonetic key (the `people_fts` trigger drops their tokens).
    private mutating func erasePeopleRows(now: Int64) throws {
        try db.execute(sql: """
            UPDATE people SET given_names = '', first_surname = '', second_surname = NULL, preferred_name = NULL,
                birth_date = NULL, approx_age = NULL, sex = NULL, email = NULL, city = NULL, us_state = NULL,
                zip = NULL, origin_municipality = NULL, hometown_association = NULL, curp = NULL,
                search_form = '', phonetic_key = '', updated_at = ?, version = version + 1
            WHERE id IN (\(idList))
            """, arguments: [now])
        count("record", db.changesCount)
    }

    private mutating func erasePhones() throws {
        try db.execute(sql: "DELETE FROM phones WHERE person_id IN (\(idList))")
        count("phones", db.changesCount)
    }

    private mutating func eraseDocuments() throws {
        try db.execute(sql: "DELETE FROM person_documents WHERE person_id IN (\(idList))")
        count("documents", db.changesCount)
    }

    /// Languages spoken, the preferred one and the interpreter flag.
    private mutating func eraseLanguages() throws {
        try db.execute(sql: "DELETE FROM person_languages WHERE person_id IN (\(idList))")
        count("languages", db.changesCount)
        try db.execute(sql: "UPDATE people SET needs_interpreter = 0, preferred_language = NULL WHERE id IN (\(idList))")
    }

    /// Household links and next of kin (`household_links`, `next_of_kin`). A link to another registered person goes; that person
    /// stays as they are.
    private mutating func eraseFamily() throws {
        try db.execute(sql: "DELETE FROM household_links WHERE person_id IN (\(idList)) OR related_person_id IN (\(idList))")
        count("household", db.changesCount)
        try db.execute(sql: "DELETE FROM next_of_kin WHERE person_id IN (\(idList))")
        count("nextOfKin", db.changesCount)
    }

    /// The consent's free text (what it covers); how and when it was given stay.
    private mutating func eraseConsents() throws {
        try db.execute(sql: "UPDATE person_consents SET scope = '' WHERE person_id IN (\(idList)) AND scope <> ''")
        count("consents", db.changesCount)
    }

    /// Case descriptions and closure summaries, notes' text, referrals' reasons, details,
    /// appointment place and notes, outcome notes and closing reasons, follow-ups' notes and
    /// results. The rows, their states, dates and codes stay.
    private mutating func eraseCaseTexts() throws {
        try db.execute(sql: """
            UPDATE cases SET description = '', closure_summary = NULL
            WHERE person_id IN (\(idList)) AND (description <> '' OR closure_summary IS NOT NULL)
            """)
        count("caseDescriptions", db.changesCount)
        try db.execute(sql: "UPDATE notes SET body = '' WHERE \(caseFilter) AND body <> ''")
        count("notes", db.changesCount)
        try db.execute(sql: """
            UPDATE referrals SET reason = '', details = '{}', appointment_place = NULL, appointment_note = NULL,
                outcome_note = NULL, closing_reason = NULL
            WHERE \(caseFilter)
            """)
        count("referrals", db.changesCount)
        try db.execute(sql: """
            UPDATE follow_ups SET note = '', result = CASE WHEN result IS NULL THEN NULL ELSE '' END
            WHERE \(caseFilter) AND (note <> '' OR result <> '')
            """)
        count("followUps", db.changesCount)
    }

    /// What the person's ARCO requests asked, the representative's name and the answers; the
    /// kinds, dates and outcomes stay (they show the requests were answered in time).
    private mutating func eraseRequestTexts() throws {
        try db.execute(sql: """
            UPDATE data_requests SET asked = '', representative = NULL, answer = CASE WHEN answer IS NULL THEN NULL ELSE '' END
            WHERE person_id IN (\(idList))
            """)
        count("requests", db.changesCount)
    }

    /// Any user's draft (an intake typed again for the person, a referral form) that names the
    /// person or holds one of their identifiers.
    private mutating func eraseDrafts() throws {
        for row in try Row.fetchAll(db, sql: "SELECT user_id, kind, \(SealedColumn.draftPayload.read()) FROM drafts") where terms.namesThePerson(row[2]) {
            try db.execute(sql: "DELETE FROM drafts WHERE user_id = ? AND kind = ?", arguments: [row[0], row[1]])
            count("drafts", 1)
        }
    }

    /// The search index rows, search keys, duplicate keys, "not the same person" answers and
    /// duplicate links. The FTS5 segments still hold the deleted terms until they are merged:
    /// `CaseDesk.mergeSearchSegments` runs after the last erasure of the transaction.
    private mutating func eraseSearchIndex() throws {
        for id in ids { try SearchIndex.remove(db, personId: id) }
        try db.execute(sql: "DELETE FROM search_keys WHERE person_id IN (\(idList))")
        try db.execute(sql: "DELETE FROM person_distinct WHERE a IN (\(idList)) OR b IN (\(idList))")
        count("notSamePerson", db.changesCount)
        try db.execute(sql: "DELETE FROM person_links WHERE duplicate_id IN (\(idList)) OR survivor_id IN (\(idList))")
        count("duplicateLinks", db.changesCount)
        count("searchIndex", ids.count)
    }

    /// The audit rows about the person, their cases, referrals, follow-ups and notes keep who,
    /// when and what was done, without the values; searches and report filters that typed the
    /// person's name or an identifier lose what was typed (`AuditScrub`).
    private mutating func scrubAudit() throws {
        func ids(_ sql: String) throws -> [Int64] { try Int64.fetchAll(db, sql: sql) }
        let cases = try ids("SELECT id FROM cases WHERE person_id IN (\(idList))")
        let referrals = try ids("SELECT id FROM referrals WHERE \(caseFilter)")
        let followUps = try ids("SELECT id FROM follow_ups WHERE \(caseFilter)")
        let notes = try ids("SELECT id FROM notes WHERE \(caseFilter)")
        let people = self.ids
        let terms = self.terms
        let scrubbed = try AuditScrub.withPermit(db) {
            try AuditScrub.scrubRecords(db, entity: "person", ids: people)
                + AuditScrub.scrubRecords(db, entity: "case", ids: cases)
                + AuditScrub.scrubRecords(db, entity: "referral", ids: referrals)
                + AuditScrub.scrubRecords(db, entity: "followUp", ids: followUps)
                + AuditScrub.scrubRecords(db, entity: "note", ids: notes)
                + AuditScrub.scrubTypedText(db, terms: terms, ids: Set(people))
        }
        scrubbedAuditRows = scrubbed
        count("auditValues", scrubbed.count)
    }

    /// Count tables keep numbers only: the erased association moved the person's count to
    /// "not given" (the `people` triggers); rows left at zero go, with the text they named.
    private mutating func pruneReportCounts() throws {
        try db.execute(sql: "DELETE FROM people_origin_days WHERE n <= 0")
    }
}
