import EnlaceCore
import Foundation

/// What the reviewer decided for one row of a sheet.
public enum ImportDecision: Sendable, Equatable, Hashable, Codable {
    /// Register the row as a new person.
    case new
    /// The row is this registered person: the values the record lacks are added to it
    /// (through the person-edit path); nothing the record holds is changed.
    case same(personId: Int64)
    /// Leave the row out.
    case skip
}

/// A registered person a row may be, beside the row: the record and what the row would add.
public struct ImportCandidate: Sendable, Equatable {
    public let candidate: DuplicateCandidate
    public let record: PersonRecord
    /// The fields the row has and the record lacks ("phones", "email"...), in form order.
    public let adds: [String]
}

/// One row of a sheet under review: its line, what it says as an intake draft, the intake's
/// problems and warnings, the people it may be, and the decision (nil: still to decide).
public struct ImportRow: Sendable, Equatable {
    public let line: Int
    public let draft: PersonDraft
    /// Non-empty: the row cannot be imported as it is (skipped).
    public let problems: [FieldProblem]
    public let warnings: [FieldProblem]
    public internal(set) var candidates: [ImportCandidate]
    /// An earlier line of the same sheet that looks like the same person.
    public internal(set) var sameAsLine: Int?
    public var decision: ImportDecision?
    let probe: DuplicateProbe?

    /// Rows with problems are skipped; rows that may be someone already registered (or an
    /// earlier row) wait for the reviewer; the rest are new people.
    var proposed: ImportDecision? {
        if !problems.isEmpty { return .skip }
        return candidates.isEmpty && sameAsLine == nil ? .new : nil
    }
}

/// A sheet checked row by row, before anything is written.
public struct ImportReview: Sendable, Equatable {
    public let headers: [String]
    public let mapping: ImportMapping
    public let encoding: SheetBytes.Encoding
    public var rows: [ImportRow]

    public var readyCount: Int { rows.count { $0.decision == .new } }
    public var undecidedCount: Int { rows.count { $0.decision == nil } }
    public var problemCount: Int { rows.count { !$0.problems.isEmpty } }
    public var candidateCount: Int { rows.count { !$0.candidates.isEmpty } }

    /// Every row still undecided gets `decision` ("accept all of one kind at once"); rows
    /// with problems stay skipped.
    public mutating func decideUndecided(_ decision: ImportDecision) {
        for i in rows.indices where rows[i].decision == nil { rows[i].decision = decision }
    }

    /// Sets the decision of the row at `line`; a row with problems can only be skipped, and
    /// "same as" must name one of its candidates. False when refused.
    @discardableResult
    public mutating func decide(line: Int, _ decision: ImportDecision) -> Bool {
        guard let i = rows.firstIndex(where: { $0.line == line }) else { return false }
        if !rows[i].problems.isEmpty && decision != .skip { return false }
        if case .same(let id) = decision, !rows[i].candidates.contains(where: { $0.candidate.personId == id }) {
            return false
        }
        rows[i].decision = decision
        return true
    }

    /// The batch to commit, once every row is decided (nil otherwise).
    public func plan(fileName: String, eventId: Int64?) -> ImportPlan? {
        guard undecidedCount == 0 else { return nil }
        return ImportPlan(fileName: fileName, headers: headers, mapping: mapping, eventId: eventId,
                          rows: rows.map { ImportPlan.Row(line: $0.line, draft: $0.draft, decision: $0.decision!) })
    }
}

/// A reviewed sheet ready to commit: each row's draft and decision. The store checks every
/// row again when it commits.
public struct ImportPlan: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var draft: PersonDraft
        public var decision: ImportDecision

        public init(line: Int, draft: PersonDraft, decision: ImportDecision) {
            self.line = line
            self.draft = draft
            self.decision = decision
        }
    }

    public var fileName: String
    public var headers: [String]
    public var mapping: ImportMapping
    public var eventId: Int64?
    public var rows: [Row]

    public init(fileName: String, headers: [String], mapping: ImportMapping, eventId: Int64?, rows: [Row]) {
        self.fileName = fileName
        self.headers = headers
        self.mapping = mapping
        self.eventId = eventId
        self.rows = rows
    }
}

/// What a committed import did.
public struct ImportCommitted: Sendable, Equatable {
    public let id: Int64
    public let created: Int
    public let updated: Int
    public let skipped: Int
    /// People put on the event's attendance by this import.
    public let attended: Int
}

/// One import, as `enlace import list` shows it.
public struct ImportSummary: Sendable, Equatable {
    public let id: Int64
    public let fileName: String
    public let importedAt: Date
    public let importedBy: String
    public let eventId: Int64?
    public let created: Int
    public let updated: Int
    public let skipped: Int
    public let undoneAt: Date?
}

/// What undoing an import did.
public struct ImportUndone: Sendable, Equatable {
    public let id: Int64
    /// People the import had created, removed.
    public let removed: Int
    /// Records the import had completed, put back as they were.
    public let restored: Int
    /// Attendance lines the import had added, removed.
    public let attendanceRemoved: Int
}

/// A row of a sheet as an intake draft: the mapped values in the intake's fields, and the
/// problems only a sheet can have (a sex or age column the intake form would never type so).
enum ImportRowDraft {
    static func make(_ values: [ImportField: String]) -> (PersonDraft, [FieldProblem]) {
        var draft = PersonDraft()
        var problems: [FieldProblem] = []
        if let full = values[.fullName] {
            let split = ImportSheet.splitFullName(full)
            draft.givenNames = split.given
            draft.firstSurname = split.first
            draft.secondSurname = split.second
        }
        if let v = values[.givenNames] { draft.givenNames = v }
        if let v = values[.firstSurname] { draft.firstSurname = v }
        if let v = values[.secondSurname] { draft.secondSurname = v }
        draft.birthDate = values[.birthDate] ?? ""
        if let age = values[.approximateAge] {
            if let years = Int(age) { draft.approximateAge = years } else {
                problems.append(FieldProblem(field: "approximateAge", label: CaseStoreText.fieldApproximateAge.text,
                                             message: ImportText.ageNotNumber.text.filling(["value": .plain(age)])))
            }
        }
        if let sex = values[.sex] {
            if let value = ImportSheet.sex(sex) { draft.sex = value } else {
                problems.append(FieldProblem(field: "sex", label: CaseStoreText.fieldSex.text,
                                             message: ImportText.sexUnknown.text.filling(["value": .plain(sex)])))
            }
        }
        if let phone = values[.phone] { draft.phones = [PhoneDraft(phone)] }
        draft.email = values[.email] ?? ""
        draft.curp = values[.curp] ?? ""
        draft.city = values[.city] ?? ""
        draft.usState = values[.usState] ?? ""
        draft.zip = values[.zip] ?? ""
        draft.originState = values[.originState] ?? ""
        draft.originMunicipality = values[.originMunicipality] ?? ""
        draft.hometownAssociation = values[.hometownAssociation] ?? ""
        return (draft, problems)
    }

    /// `record` as a draft with the values of `row` it lacks added (never one it holds
    /// changed), and the names of the fields added.
    static func completing(_ record: PersonRecord, with row: PersonDraft) -> (PersonDraft, [String]) {
        var draft = PersonDraft(record)
        var added: [String] = []
        func fill(_ field: String, _ path: WritableKeyPath<PersonDraft, String>) {
            let new = row[keyPath: path].trimmingCharacters(in: .whitespacesAndNewlines)
            guard draft[keyPath: path].isEmpty, !new.isEmpty else { return }
            draft[keyPath: path] = new
            added.append(field)
        }
        fill("secondSurname", \.secondSurname)
        if record.birthDate == nil, !row.birthDate.trimmingCharacters(in: .whitespaces).isEmpty {
            draft.birthDate = row.birthDate
            draft.approximateAge = nil
            added.append("birthDate")
        } else if record.birthDate == nil, record.approximateAge == nil, let age = row.approximateAge {
            draft.approximateAge = age
            added.append("approximateAge")
        }
        if record.sex == nil, let sex = row.sex {
            draft.sex = sex
            added.append("sex")
        }
        let known = Set(record.phones.map(\.e164))
        let newPhones = row.phones.filter { phone in
            guard case .success(let number) = PhoneNumber.parse(phone.text) else { return true }
            return !known.contains(number.e164)
        }
        if !newPhones.isEmpty {
            draft.phones += newPhones
            added.append("phones")
        }
        fill("email", \.email)
        fill("curp", \.curp)
        fill("city", \.city)
        fill("usState", \.usState)
        fill("zip", \.zip)
        fill("originState", \.originState)
        fill("originMunicipality", \.originMunicipality)
        fill("hometownAssociation", \.hometownAssociation)
        return (draft, added)
    }

    /// The record with the fields named in `added` blank again, and only its first
    /// `phonesBefore` phones (undoing what an import added).
    static func withoutAdded(_ record: PersonRecord, _ added: [String], phonesBefore: Int) -> PersonDraft {
        var draft = PersonDraft(record)
        for field in added {
            switch field {
            case "secondSurname": draft.secondSurname = ""
            case "birthDate": draft.birthDate = ""
            case "approximateAge": draft.approximateAge = nil
            case "sex": draft.sex = nil
            case "phones": draft.phones = Array(draft.phones.prefix(phonesBefore))
            case "email": draft.email = ""
            case "curp": draft.curp = ""
            case "city": draft.city = ""
            case "usState": draft.usState = ""
            case "zip": draft.zip = ""
            case "originState": draft.originState = ""
            case "originMunicipality": draft.originMunicipality = ""
            case "hometownAssociation": draft.hometownAssociation = ""
            default: break
            }
        }
        return draft
    }
}
