import EnlaceCore

/// The reports screen: one chart at a time, chosen with Tab or the arrows, narrowed by a
/// date range, a caseworker and a referral kind; the chart's report is exported to a file.
public struct ReportsState: Sendable {
    public var panels: [ReportPanel] = []
    public var selected = 0
    public var loaded = false
    /// Why this person may not see reports (words, no data), when so.
    public var refusal: LocalizedText?
    /// What narrows the charts that take it (the store ignores the rest).
    public var filter = ReportFilter()
    /// The name of the caseworker of `filter`, to show.
    public var caseworkerName: String?
    /// CSV exports start with a byte order mark (for spreadsheet programs).
    public var byteOrderMark = false

    public init() {}

    public var panel: ReportPanel? { panels.indices.contains(selected) ? panels[selected] : nil }
}

/// One bar of a report: words in both languages (the language switches without reloading).
public struct ReportBar: Sendable, Equatable {
    public var label: LocalizedText
    public var value: Int

    public init(_ label: LocalizedText, _ value: Int) {
        self.label = label
        self.value = value
    }

    /// A label that reads the same in both languages (a name, a month).
    public init(name: String, _ value: Int) {
        self.init(LocalizedText.plain(name), value)
    }
}

/// What a panel draws.
public enum ReportChart: Sendable, Equatable {
    /// One bar per item, the value printed after it.
    case bars([ReportBar])
    /// Several series per label (e.g. opened and closed per month), a legend naming them.
    case grouped(series: [LocalizedText], labels: [String], values: [[Int]])
}

/// A chart with its title and what it counts.
/// The report behind it (`kind`, read with `filter`) is what the exports write.
public struct ReportPanel: Sendable, Equatable {
    public var title: LocalizedText
    public var note: LocalizedText?
    public var chart: ReportChart
    public var kind: ReportKind
    /// The filter the chart was read with (the screen's, with the period a chart needs).
    public var filter: ReportFilter

    public init(title: LocalizedText, note: LocalizedText? = nil, chart: ReportChart, kind: ReportKind,
                filter: ReportFilter = ReportFilter()) {
        self.title = title
        self.note = note
        self.chart = chart
        self.kind = kind
        self.filter = filter
    }
}
