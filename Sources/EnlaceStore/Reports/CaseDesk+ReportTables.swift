import EnlaceCore
import Foundation
import GRDB

/// Every report as a `ReportTable` (screens, `enlace report`, CSV and JSON exports).
extension CaseDesk {
    /// The report `kind` for `filter` (filters the report does not take are ignored), as of
    /// `now` for the review figures (supervisors). The case list is person-level: it needs
    /// `.exportPersonLevel`, and every call is audited with how many rows it gave.
    public func report(_ kind: ReportKind, filter: ReportFilter = ReportFilter(), includeSensitive: Bool = false,
                       now: Date? = nil, by actor: UserAccount) throws -> ReportTable {
        let now = now ?? clock.now()
        var table: ReportTable
        switch kind {
        case .openByAge: table = try openByAgeTable(now: now, actor: actor)
        case .overdueFollowUps: table = try overdueTable(now: now, actor: actor)
        case .referralsAwaiting: table = try awaitingTable(filter, now: now, actor: actor)
        case .urgentCases: table = try urgentTable(filter, actor: actor)
        case .workload: table = try workloadTable(now: now, actor: actor)
        case .closuresAwaiting: table = try closuresTable(actor: actor)
        case .casesPerMonth: table = try casesPerMonthTable(filter, now: now, actor: actor)
        case .services: table = try servicesTable(filter, actor: actor)
        case .responseTime: table = try responseTimeTable(filter, actor: actor)
        case .outcomes: table = try outcomesTable(filter, actor: actor)
        case .peopleByState:
            table = peopleTable(kind, keyTitle: ReportText.colState.text, try peopleByOriginState(filter, by: actor))
        case .peopleByAssociation:
            table = peopleTable(kind, keyTitle: ReportText.colAssociation.text, try peopleByHometownAssociation(filter, by: actor))
        case .intakesPerEvent: table = try intakesTable(filter, actor: actor)
        case .attendance: table = try attendanceTable(filter, actor: actor)
        case .eventOrigins: table = try eventOriginsTable(filter, actor: actor)
        case .caseList: return try exportCaseList(filter, includeSensitive: includeSensitive, by: actor)
        }
        table.notes = try read { db in try self.filterNotes(kind, filter, now: now, db) } + table.notes
        return table
    }

    /// The report as it may be shared outside the organization: counts only, small cells
    /// suppressed and totals dropped (`SmallCellSuppression`). Person-level reports are refused.
    /// It is meant to leave the machine, so each one is audited: who, when, which report, which
    /// filter, how many rows.
    public func sharedReport(_ kind: ReportKind, filter: ReportFilter = ReportFilter(), now: Date? = nil,
                             by actor: UserAccount) throws -> ReportTable {
        guard !kind.isPersonLevel else {
            throw StoreError.invalid(field: "report", ReportText.cliPersonLevelNotAggregate.text
                .filling(["name": .plain(kind.rawValue)]))
        }
        let table = SmallCellSuppression.apply(to: try report(kind, filter: filter, now: now, by: actor))
        let filterText = [filter.from.map { "from=\($0.iso)" }, filter.to.map { "to=\($0.iso)" },
                          filter.caseworkerId.map { "caseworker=\($0)" }, filter.kind.map { "kind=\($0.rawValue)" }]
            .compactMap { $0 }
        try write { db in
            try Audit.append(db, actor: actor.id, at: self.clock.nowSeconds(), entity: "report", entityID: nil,
                             action: "exportAggregate", reason: kind.rawValue,
                             changedFields: ["rows": [String(table.rows.count)], "filter": filterText])
        }
        return table
    }

    // MARK: - Notes

    /// What the table was made of: the day it stands at or its period, the caseworker, the kind.
    func filterNotes(_ kind: ReportKind, _ filter: ReportFilter, now: Date, _ db: Database) throws -> [LocalizedText] {
        var notes: [LocalizedText] = []
        if !kind.acceptsDateRange {
            notes.append(ReportText.noteAsOf.text.filling(["date": .plain(CalendarDate(now).iso)]))
        } else {
            switch (filter.from, filter.to) {
            case let (from?, to?): notes.append(ReportText.notePeriod.text.filling(["from": .plain(from.iso), "to": .plain(to.iso)]))
            case let (from?, nil): notes.append(ReportText.noteFrom.text.filling(["from": .plain(from.iso)]))
            case let (nil, to?): notes.append(ReportText.noteTo.text.filling(["to": .plain(to.iso)]))
            case (nil, nil): break
            }
        }
        if kind.acceptsCaseworker, let id = filter.caseworkerId {
            let name = try userNames(db, [id])[id] ?? String(id)
            notes.append(ReportText.noteCaseworker.text.filling(["name": .plain(name)]))
        }
        if kind.acceptsKind, let k = filter.kind {
            notes.append(ReportText.noteKind.text.filling(["kind": k.label.text]))
        }
        return notes
    }

    // MARK: - Review

    func openByAgeTable(now: Date, actor: UserAccount) throws -> ReportTable {
        let counts = try openCaseCounts(now: now, by: actor)
        let buckets: [(CaseAgeBucket, ReportText)] = [(.upToWeek, .colAgeWeek), (.upToMonth, .colAgeMonth),
                                                      (.upToQuarter, .colAgeQuarter), (.older, .colAgeOlder)]
        let columns = [ReportColumn("status", ReportText.colStatus.text, .label)]
            + buckets.map { ReportColumn($0.0.label, $0.1.text, .count) }
            + [ReportColumn("total", ReportText.colTotal.text, .total)]
        let rows = CaseStatus.allCases.filter(\.isOpen).map { status -> [ReportCell] in
            let cells = buckets.map { counts.count(status, $0.0) }
            return [.label(status.label.text)] + cells.map { .count($0) } + [.count(cells.reduce(0, +))]
        }
        return ReportTable(id: ReportKind.openByAge.rawValue, title: ReportKind.openByAge.title.text,
                           columns: columns, rows: rows)
    }

    func overdueTable(now: Date, actor: UserAccount) throws -> ReportTable {
        let rows = try overdueFollowUpsByCaseworker(now: now, by: actor).map { o -> [ReportCell] in
            [Self.caseworkerCell(o.caseworkerId, o.caseworkerName), .count(o.count)]
        }
        return ReportTable(id: ReportKind.overdueFollowUps.rawValue, title: ReportKind.overdueFollowUps.title.text,
                           columns: [ReportColumn("caseworker", ReportText.colCaseworker.text, .label),
                                     ReportColumn("overdueFollowUps", ReportText.colFollowUps.text, .count)],
                           rows: rows)
    }

    func awaitingTable(_ filter: ReportFilter, now: Date, actor: UserAccount) throws -> ReportTable {
        let rows = try referralsAwaitingByKindAndPartner(kind: filter.kind, now: now, by: actor).map { a -> [ReportCell] in
            [.label(a.kind.label.text), a.partnerName.map { .text($0) } ?? .label(ReportText.noPartner.text), .count(a.count)]
        }
        return ReportTable(id: ReportKind.referralsAwaiting.rawValue, title: ReportKind.referralsAwaiting.title.text,
                           columns: [ReportColumn("kind", ReportText.colKind.text, .label),
                                     ReportColumn("partner", ReportText.colPartner.text, .label),
                                     ReportColumn("referrals", ReportText.colReferrals.text, .count)],
                           rows: rows)
    }

    func urgentTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        let counts = try urgentOpenCaseCounts(caseworker: filter.caseworkerId.map { .user($0) } ?? .any, by: actor)
        let rows = CaseStatus.allCases.filter(\.isOpen).map { status -> [ReportCell] in
            [.label(status.label.text), .count(counts[status] ?? 0)]
        }
        return ReportTable(id: ReportKind.urgentCases.rawValue, title: ReportKind.urgentCases.title.text,
                           columns: [ReportColumn("status", ReportText.colStatus.text, .label),
                                     ReportColumn("cases", ReportText.colCases.text, .count)],
                           rows: rows)
    }

    func workloadTable(now: Date, actor: UserAccount) throws -> ReportTable {
        let rows = try workloadByCaseworker(now: now, by: actor).map { w -> [ReportCell] in
            [Self.caseworkerCell(w.caseworkerId, w.caseworkerName), .count(w.openCases), .count(w.urgentCases),
             .count(w.closuresAwaiting), .count(w.overdueFollowUps), .count(w.awaitingReferrals)]
        }
        return ReportTable(id: ReportKind.workload.rawValue, title: ReportKind.workload.title.text,
                           columns: [ReportColumn("caseworker", ReportText.colCaseworker.text, .label),
                                     ReportColumn("openCases", ReportText.colOpenCases.text, .count),
                                     ReportColumn("urgent", ReportText.colUrgent.text, .count),
                                     ReportColumn("closuresAwaiting", ReportText.colClosuresAwaiting.text, .count),
                                     ReportColumn("overdueFollowUps", ReportText.colFollowUps.text, .count),
                                     ReportColumn("awaitingReferrals", ReportText.colAwaitingReferrals.text, .count)],
                           rows: rows)
    }

    func closuresTable(actor: UserAccount) throws -> ReportTable {
        let rows = try closuresAwaitingByCaseworker(by: actor).map { c -> [ReportCell] in
            [Self.caseworkerCell(c.caseworkerId, c.caseworkerName), .count(c.count)]
        }
        return ReportTable(id: ReportKind.closuresAwaiting.rawValue, title: ReportKind.closuresAwaiting.title.text,
                           columns: [ReportColumn("caseworker", ReportText.colCaseworker.text, .label),
                                     ReportColumn("cases", ReportText.colCases.text, .count)],
                           rows: rows)
    }

    static func caseworkerCell(_ id: Int64?, _ name: String?) -> ReportCell {
        id == nil ? .label(ReportText.unassigned.text) : .text(name ?? "#\(id!)")
    }

    // MARK: - Period reports

    func casesPerMonthTable(_ filter: ReportFilter, now: Date, actor: UserAccount) throws -> ReportTable {
        let rows = try casesPerMonth(filter, now: now, by: actor).map { m -> [ReportCell] in
            [.text(m.label), .count(m.opened), .count(m.closed)]
        }
        return ReportTable(id: ReportKind.casesPerMonth.rawValue, title: ReportKind.casesPerMonth.title.text,
                           columns: [ReportColumn("month", ReportText.colMonth.text, .label),
                                     ReportColumn("opened", ReportText.colOpened.text, .count),
                                     ReportColumn("closed", ReportText.colClosed.text, .count)],
                           rows: rows, notes: [ReportText.noteDaysUTC.text])
    }

    func servicesTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        var counts: [ReferralKind: [ReferralStatus: Int]] = [:]
        for c in try referralsByKindAndStatus(filter, by: actor) { counts[c.kind, default: [:]][c.status] = c.count }
        let kinds = filter.kind.map { [$0] } ?? ReferralKind.allCases
        let columns = [ReportColumn("kind", ReportText.colKind.text, .label)]
            + ReferralStatus.allCases.map { ReportColumn($0.rawValue, $0.label.text, .count) }
            + [ReportColumn("total", ReportText.colTotal.text, .total)]
        let rows = kinds.map { kind -> [ReportCell] in
            let cells = ReferralStatus.allCases.map { counts[kind]?[$0] ?? 0 }
            return [.label(kind.label.text)] + cells.map { .count($0) } + [.count(cells.reduce(0, +))]
        }
        return ReportTable(id: ReportKind.services.rawValue, title: ReportKind.services.title.text,
                           columns: columns, rows: rows)
    }

    func responseTimeTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        let rows = try partnerResponseTimes(filter, by: actor).map { r -> [ReportCell] in
            [.label(r.kind.label.text), .count(r.responses), r.medianDays.map { .number($0) } ?? .empty]
        }
        return ReportTable(id: ReportKind.responseTime.rawValue, title: ReportKind.responseTime.title.text,
                           columns: [ReportColumn("kind", ReportText.colKind.text, .label),
                                     ReportColumn("responses", ReportText.colResponses.text, .count),
                                     ReportColumn("medianDays", ReportText.colMedianDays.text, .statistic(basedOn: "responses"))],
                           rows: rows)
    }

    func outcomesTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        var counts: [ReferralKind: [ReferralResult: Int]] = [:]
        for c in try referralResultsByKind(filter, by: actor) { counts[c.kind, default: [:]][c.result] = c.count }
        let kinds = filter.kind.map { [$0] } ?? ReferralKind.allCases
        let columns = [ReportColumn("kind", ReportText.colKind.text, .label)]
            + ReferralResult.allCases.map { ReportColumn($0.rawValue, $0.label, .count) }
        let rows = kinds.map { kind -> [ReportCell] in
            [.label(kind.label.text)] + ReferralResult.allCases.map { .count(counts[kind]?[$0] ?? 0) }
        }
        return ReportTable(id: ReportKind.outcomes.rawValue, title: ReportKind.outcomes.title.text,
                           columns: columns, rows: rows)
    }

    func peopleTable(_ kind: ReportKind, keyTitle: LocalizedText, _ counts: [PeopleCount]) -> ReportTable {
        let rows = counts.map { c -> [ReportCell] in
            [c.name.map { .text($0) } ?? .label(ReportText.notGiven.text), .count(c.count)]
        }
        return ReportTable(id: kind.rawValue, title: kind.title.text,
                           columns: [ReportColumn("key", keyTitle, .label),
                                     ReportColumn("people", ReportText.colPeople.text, .count)],
                           rows: rows, notes: [ReportText.notePeopleByRegistration.text])
    }

    func intakesTable(_ filter: ReportFilter, actor: UserAccount) throws -> ReportTable {
        let rows = try intakesPerEvent(filter, by: actor).map { e -> [ReportCell] in
            [.text(e.name), .text(e.heldOn), .count(e.cases), .count(e.people)]
        }
        return ReportTable(id: ReportKind.intakesPerEvent.rawValue, title: ReportKind.intakesPerEvent.title.text,
                           columns: [ReportColumn("event", ReportText.colEvent.text, .label),
                                     ReportColumn("date", ReportText.colDate.text, .label),
                                     ReportColumn("cases", ReportText.colIntakes.text, .count),
                                     ReportColumn("people", ReportText.colPeople.text, .count)],
                           rows: rows)
    }
}
