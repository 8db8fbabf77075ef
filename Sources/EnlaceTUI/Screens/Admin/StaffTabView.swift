import Foundation
import EnlaceCore
import EnlaceStore

/// Draws the staff tab: the accounts in a table (user, name, roles, status, last sign-in on
/// wide terminals), or the form open over it.
enum StaffTabView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let tab = state.admin.staff
        let (x0, width) = (2, buffer.width - 4)
        if let refusal = tab.refusal {
            AdminView.drawRefusal(refusal, lang, into: &buffer)
            return
        }
        if let open = tab.form {
            let title: String
            switch open.purpose {
            case .newAccount: title = StaffTabText.newAccountTitle(lang)
            case .roles(let username, _): title = StaffTabText.rolesTitle.format(lang, ["user": username])
            }
            AdminView.drawForm(open.form, title: title, labelWidth: 24, lang, into: &buffer)
            return
        }
        guard tab.loaded else {
            buffer.put(AdminText.loading(lang), x: x0, y: AdminScreen.headerRow, role: .muted)
            return
        }
        let columns = [
            TableColumn(StaffTabText.columnUser(lang), .flexible(min: 8, max: 16)),
            TableColumn(StaffTabText.columnName(lang), .flexible(min: 10, max: 28, weight: 2)),
            TableColumn(StaffTabText.columnRoles(lang), .flexible(min: 17, max: 34, weight: 2)),
            TableColumn(StaffTabText.columnStatus(lang), .flexible(min: 22, max: 30)),
            TableColumn(StaffTabText.columnLastSignIn(lang), .fixed(16), shownFrom: 100),
        ]
        let page = AdminScreen.page(state)
        let table = Table(columns, x: x0, headerRow: AdminScreen.headerRow, width: width, rows: page)
        if tab.members.isEmpty {
            table.drawHeader(into: &buffer)
            table.drawEmpty(StaffTabText.empty(lang), into: &buffer)
            return
        }
        let top = tab.cursor.top
        let visible = tab.members[top..<min(tab.members.count, top + page)]
        table.draw(visible.map { cells($0, state) }, selected: tab.cursor.selected - top, into: &buffer)
    }

    static func cells(_ member: StaffMember, _ state: AppState) -> [TableCell] {
        let lang = state.language
        var status: [String] = [member.active ? StaffTabText.statusActive(lang) : StaffTabText.statusInactive(lang)]
        if member.isLocked(at: state.now) { status.append(StaffTabText.statusLocked(lang)) }
        if member.mustChangePassword { status.append(StaffTabText.statusTemporary(lang)) }
        let role: StyleRole = !member.active ? .muted : member.isLocked(at: state.now) ? .warning : .normal
        return [TableCell(member.username, role), TableCell(member.displayName, role),
                TableCell(member.rolesLabel(lang), role), TableCell(status.joined(separator: ", "), role),
                TableCell(member.lastSignIn.map { stamp($0, state.timeZone) } ?? StaffTabText.never(lang), .muted)]
    }

    /// "2026-12-02 10:15" in the desk's time zone.
    static func stamp(_ date: Date, _ timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
