import Foundation
import EnlaceCore
import EnlaceStore

extension CommandID {
    static let personAccessExport = CommandID("person.access.export")
}

/// What the "Accesos / Access" tab holds: the page read (the newest entries), its cursor.
public struct PersonAccessTabState: Sendable {
    public var page: PersonAccessPage?
    public var loading = false
    public var cursor = ListCursor()

    public init() {}
}

/// The "Accesos / Access" tab (supervisors): who viewed or changed the person's record, their
/// cases and referrals, newest first. Read when the tab is first shown, in one audited call
/// (`CaseDesk.personAccess`, its own `viewedAccess` row); `c` writes the whole list as CSV
/// (`CaseDesk.exportPersonAccess`, audited as an export) to the output folder.
enum PersonAccessTab {
    typealias T = PersonAccessTabText

    static func refusal(_ state: AppState) -> LocalizedText? {
        if let off = PersonCommands.only(.access)(state) { return off }
        if !state.user.has(.supervisor) { return T.onlySupervisors.text }
        return state.person?.accessTab.page == nil ? T.notLoaded.text : nil
    }

    static let commands: [Command] = [
        Command(.personAccessExport, keys: [.char("c")], label: T.exportLabel.text, help: T.exportHelp.text,
                scopes: [.person], inFooter: true, shownWhen: PersonCommands.shown(.access),
                disabledReason: refusal, perform: export),
    ]

    /// On first showing the tab (supervisors): the list, once.
    static func shown(_ state: inout AppState) -> [Effect] {
        guard var person = state.person, state.user.has(.supervisor), person.accessTab.page == nil,
              !person.accessTab.loading else { return [] }
        person.accessTab.loading = true
        state.person = person
        let personId = person.personId
        return [.run("person.access.load", failure: { error in
            StateChange { state in
                state.person?.accessTab.loading = false
                state.say(LocalizedText.plain(DeskTask.describe(error, state.language)), .error)
                return []
            }
        }) { ctx in
            let page = try ctx.desk.personAccess(id: personId, by: ctx.user)
            return StateChange { state in
                guard var person = state.person, person.personId == personId else { return [] }
                person.accessTab.page = page
                person.accessTab.loading = false
                person.accessTab.cursor.clamp(count: page.entries.count, page: PersonAccessTabView.listRows(state.height))
                state.person = person
                return []
            }
        }]
    }

    static func move(_ state: inout AppState, _ move: ListMove) -> [Effect] {
        guard var person = state.person else { return [] }
        person.accessTab.cursor.apply(move, count: person.accessTab.page?.entries.count ?? 0,
                                      page: PersonAccessTabView.listRows(state.height))
        state.person = person
        return []
    }

    /// `c`: every entry as CSV (`accesos-persona-<id>-<time>.csv`, mode 0600) in the output
    /// folder; the message line says where, with the audit checkpoint of the export's own row.
    static func export(_ state: inout AppState) -> [Effect] {
        guard let personId = state.person?.personId else { return [] }
        let (language, timeZone) = (state.language, state.timeZone)
        return [.run("person.access.export") { ctx in
            let page = try ctx.desk.exportPersonAccess(id: personId, by: ctx.user)
            let name = ReportExport.fileName("accesos-persona-\(personId)", .csv(byteOrderMark: false), now: ctx.now)
            let url = ctx.outputDirectory.appendingPathComponent(name)
            do {
                try PrivateFile.write(PersonAccessCSV.text(page.entries, language: language, timeZone: timeZone), to: url)
            } catch {
                let reason = (error as? PrivateFile.Failure).map { String(cString: strerror($0.errno)) } ?? "\(error)"
                return StateChange { state in
                    state.say(T.notWritten.text.filling(["path": .plain(url.path), "reason": .plain(reason)]), .error)
                    return []
                }
            }
            return StateChange { state in
                state.say(T.exported.text.filling([
                    "file": .plain(url.lastPathComponent), "folder": .plain(url.deletingLastPathComponent().path),
                    "n": .plain(String(page.entries.count)), "checkpoint": .plain(page.checkpoint.short)]), .success)
                return []
            }
        }]
    }
}

/// The access list as CSV (RFC 4180, CRLF, through Core's report writer): when (local time),
/// who, what (viewed, changed, exported), the record (the person's, or a case's part), the
/// audit action and row id. Shared by the screen and `enlace person access --format csv`.
public enum PersonAccessCSV {
    public static func table(_ entries: [PersonAccessEntry], language: Language, timeZone: TimeZone) -> ReportTable {
        let a = PersonAccessText.self
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let columns = [ReportColumn("when", a.headerWhen.text, .label), ReportColumn("who", a.headerWho.text, .label),
                       ReportColumn("what", a.headerWhat.text, .label), ReportColumn("record", a.headerRecord.text, .label),
                       ReportColumn("action", .plain("action"), .label), ReportColumn("auditId", .plain("audit_id"), .label)]
        let rows: [[ReportCell]] = entries.map { e in
            [.text(formatter.string(from: e.at)), .text(e.who ?? a.unknownUser(language)), .label(e.kind.label),
             .text(PersonAccessTabView.record(e, language)), .text(e.action), .text(String(e.auditId))]
        }
        return ReportTable(id: "person-access", title: PersonAccessTabText.heading.text, columns: columns, rows: rows)
    }

    public static func text(_ entries: [PersonAccessEntry], language: Language, timeZone: TimeZone) -> String {
        CSVReportWriter.csv(table(entries, language: language, timeZone: timeZone), language: language, byteOrderMark: false)
    }
}
