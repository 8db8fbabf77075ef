/// Every column whose values are sealed (AES-256-GCM) in the file once the database has a
/// keyring: the one list the schema, the SQL that reads and writes them, the sweep that
/// encrypts an older file or rotates the key, the scan test and docs/threat-model.md follow.
///
/// A sealed value is a BLOB (`SealedValue`); a TEXT value in one of these columns is a value
/// written before the keyring existed, read as it is until the sweep seals it. Names, birth
/// dates, phones, origin, CURP and e-mail stay in clear: search and duplicate detection need
/// them (docs/threat-model.md says so).
enum SealedColumn: String, CaseIterable, Sendable {
    case noteBody = "notes.body"
    case caseDescription = "cases.description"
    case caseClosureSummary = "cases.closure_summary"
    case referralReason = "referrals.reason"
    case referralDetails = "referrals.details"
    case referralAppointmentPlace = "referrals.appointment_place"
    case referralAppointmentNote = "referrals.appointment_note"
    case referralOutcomeNote = "referrals.outcome_note"
    case referralClosingReason = "referrals.closing_reason"
    case followUpNote = "follow_ups.note"
    case followUpResult = "follow_ups.result"
    case documentNumber = "person_documents.number"
    case requestAsked = "data_requests.asked"
    case requestRepresentative = "data_requests.representative"
    case requestAnswer = "data_requests.answer"
    case draftPayload = "drafts.payload"
    /// Free text typed with an audited step (`Audit.append`'s `text`).
    case auditText = "audit_texts.text"

    var table: String { String(rawValue.prefix { $0 != "." }) }
    var column: String { String(rawValue.drop { $0 != "." }.dropFirst()) }

    /// SQL that reads the column (of the table, or of `alias` when given) in clear:
    /// `enlace_open(n.body, 'notes.body')`.
    func read(_ alias: String? = nil) -> String {
        "enlace_open(\(alias.map { $0 + "." } ?? "")\(column), '\(rawValue)')"
    }

    /// `read(alias) AS column`, for a select list that row decoders read by column name.
    func select(_ alias: String? = nil) -> String { "\(read(alias)) AS \(column)" }

    /// SQL that holds when the column's value is in clear or sealed with a generation other
    /// than `newest` (a parameter such as "?" or "?1"): what a sweep must seal again.
    func needsSealing(newest: String) -> String {
        "(\(column) IS NOT NULL AND (typeof(\(column)) <> 'blob' OR enlace_generation(\(column)) IS NOT \(newest)))"
    }

    /// SQL for a bound value to be written sealed: `enlace_seal(?, 'notes.body')`.
    var write: String { "enlace_seal(?, '\(rawValue)')" }
}
