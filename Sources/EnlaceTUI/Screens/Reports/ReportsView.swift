import EnlaceCore

/// Draws one report chart: its title, what it counts, the chart. Every value is printed as a
/// number beside its bar, so the charts read the same in the monochrome theme.
enum ReportsView {
    static let chartRow = 5

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lang = state.language
        let reports = state.reports
        let width = buffer.width - 4
        var x = 2 + buffer.put(ReportsText.title(lang), x: 2, y: 1, role: .header)
        if let refusal = reports.refusal {
            for (i, line) in TextWidth.wrap(refusal(lang), width: width).enumerated() {
                buffer.put(line, x: 2, y: 3 + i, role: .warning)
            }
            return
        }
        guard reports.loaded, let panel = reports.panel else {
            buffer.put(reports.loaded ? ReportsText.empty(lang) : ReportsText.loading(lang), x: 2, y: 3, role: .muted)
            return
        }
        x += buffer.put(" · " + ReportsText.position.format(lang, ["i": String(reports.selected + 1), "n": String(reports.panels.count)]),
                        x: x, y: 1, role: .normal)
        let hint = ReportsText.hint(lang)
        let hintX = buffer.width - 2 - TextWidth.columns(of: hint)
        if hintX > x + 1 { buffer.put(hint, x: hintX, y: 1, role: .muted) }
        buffer.put(panel.title(lang), x: 2, y: 2, role: .title, maxWidth: width)
        if let note = panel.note { buffer.put(note(lang), x: 2, y: 3, role: .muted, maxWidth: width) }
        let filters = filterLine(reports, panel: panel, lang)
        buffer.put(filters.text, x: 2, y: 4, role: filters.active ? .normal : .muted, maxWidth: width)
        let chartWidth = min(width, 76)
        let rows = max(0, buffer.height - 2 - chartRow)
        switch panel.chart {
        case .bars(let bars):
            guard bars.contains(where: { $0.value > 0 }) else {
                buffer.put(ReportsText.empty(lang), x: 2, y: chartRow, role: .muted)
                return
            }
            let items = bars.prefix(rows).map { BarItem($0.label(lang), $0.value) }
            BarChart.draw(Array(items), into: &buffer, x: 2, y: chartRow, width: chartWidth)
        case .grouped(let series, let labels, let values):
            buffer.put(GroupedBarChart.legend(series.map { $0(lang) }), x: 2, y: chartRow, role: .normal, maxWidth: width)
            guard values.contains(where: { $0.contains { $0 > 0 } }) else {
                buffer.put(ReportsText.empty(lang), x: 2, y: chartRow + 1, role: .muted)
                return
            }
            // The newest groups (at the end) that fit whole; how many more above, when some do not.
            let groups = zip(labels, values).map { GroupedBarChart.Group($0, $1) }
            let perGroup = max(1, series.count)
            var fit = max(0, rows - 1) / perGroup
            if fit < groups.count { fit = max(0, rows - 2) / perGroup }
            var y = chartRow + 1
            if fit < groups.count {
                buffer.put(ReportsText.moreAbove.format(lang, ["n": String(groups.count - fit)]), x: 2, y: y, role: .muted,
                           maxWidth: width)
                y += 1
            }
            let lines = GroupedBarChart.lines(groups, width: chartWidth)
            for (i, line) in lines.suffix(fit * perGroup).enumerated() {
                buffer.put(line, x: 2, y: y + i, role: .normal)
            }
        }
    }

    /// The filters in words, and which of them this chart does not take.
    static func filterLine(_ reports: ReportsState, panel: ReportPanel, _ lang: Language) -> (text: String, active: Bool) {
        let f = reports.filter
        var parts: [String] = []
        var unused: [String] = []
        switch (f.from, f.to) {
        case let (from?, to?): parts.append(ReportsText.filterPeriod.format(lang, ["from": from.iso, "to": to.iso]))
        case let (from?, nil): parts.append(ReportsText.filterFrom.format(lang, ["from": from.iso]))
        case let (nil, to?): parts.append(ReportsText.filterTo.format(lang, ["to": to.iso]))
        case (nil, nil): break
        }
        if (f.from != nil || f.to != nil) && !panel.kind.acceptsDateRange { unused.append(ReportsText.usesDates(lang)) }
        if f.caseworkerId != nil {
            parts.append(ReportsText.filterPerson.format(lang, ["name": reports.caseworkerName ?? ""]))
            if !panel.kind.acceptsCaseworker { unused.append(ReportsText.usesPerson(lang)) }
        }
        if let kind = f.kind {
            parts.append(ReportsText.filterKind.format(lang, ["kind": kind.label(lang)]))
            if !panel.kind.acceptsKind { unused.append(ReportsText.usesKind(lang)) }
        }
        guard !parts.isEmpty else { return (ReportsText.filterNone(lang), false) }
        if !unused.isEmpty { parts.append(ReportsText.filterNotTaken.format(lang, ["what": unused.joined(separator: ", ")])) }
        return (parts.joined(separator: " · "), true)
    }
}
