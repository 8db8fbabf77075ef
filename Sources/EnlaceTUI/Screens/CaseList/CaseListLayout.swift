/// Where the case list draws on a screen of a given size.
public enum CaseListLayout {
    /// Rows: 0 frame+title, 1 screen title and filter, 2 column headers, 3... cases,
    /// height-2 message line, height-1 frame+footer.
    public static let firstRow = 3
    public static let maxFilterLength = 200

    public static func pageSize(height: Int) -> Int {
        max(1, height - 5)
    }

    /// Column widths for a content width; the caseworker column appears on wide terminals.
    struct Columns {
        var number = 11
        var person: Int
        var status = 17
        var priority = 9
        var age = 7
        var caseworker: Int

        init(contentWidth: Int) {
            caseworker = contentWidth >= 100 ? min(24, contentWidth / 6) : 0
            let fixed = number + status + priority + age + caseworker + (caseworker > 0 ? 5 : 4)
            person = max(8, contentWidth - fixed)
        }
    }
}
