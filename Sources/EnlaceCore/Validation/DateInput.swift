/// Whether a numeric date like 03/04/1985 is read day first (Mexican use, the default) or
/// month first (US use).
public enum DayMonthOrder: String, Sendable, Hashable, Codable, CaseIterable {
    case dayFirst
    case monthFirst
}

/// A date read from what a person typed.
public struct ParsedDate: Sendable, Hashable {
    /// The date, read in the requested day/month order.
    public let date: CalendarDate
    /// The other reading when day and month could be swapped and both give a real date
    /// (03/04/1985): the UI should show the date in words so the person can confirm.
    public let alternative: CalendarDate?

    public var isAmbiguous: Bool { alternative != nil }

    public init(date: CalendarDate, alternative: CalendarDate? = nil) {
        self.date = date
        self.alternative = alternative
    }

    /// "Fecha ambigua: se leyó 3 de abril de 1985; también podría ser 4 de marzo de 1985."
    /// Nil when the date is not ambiguous.
    public func ambiguityMessage(_ language: Language) -> String? {
        guard let alternative else { return nil }
        return DateMessage.ambiguous.format(language, [
            "chosen": DateInput.words(date, language),
            "other": DateInput.words(alternative, language),
        ])
    }
}

/// Why a typed date was refused.
public enum DateProblem: Error, Sendable, Hashable {
    case empty
    case tooLong(count: Int)
    case unrecognized(input: String)
    case unknownMonthName(String)
    case monthOutOfRange(Int)
    case dayZero
    case dayOutOfRange(day: Int, month: Int, year: Int)
    case february29NotLeap(year: Int)
    case yearOutOfRange(Int)
    case birthInFuture(CalendarDate)
    case birthTooOld(CalendarDate)
    case ageOutOfRange(Int)

    public func message(_ language: Language) -> String {
        switch self {
        case .empty:
            return DateMessage.empty(language)
        case .tooLong(let count):
            return DateMessage.tooLong.format(language, ["count": String(count)])
        case .unrecognized(let input):
            return DateMessage.unrecognized.format(language, ["input": input])
        case .unknownMonthName(let word):
            return DateMessage.unknownMonthName.format(language, ["word": word])
        case .monthOutOfRange(let month):
            return DateMessage.monthOutOfRange.format(language, ["month": String(month)])
        case .dayZero:
            return DateMessage.dayZero(language)
        case .dayOutOfRange(let day, let month, let year):
            let name = MonthName(rawValue: month)?(language) ?? String(month)
            return DateMessage.dayOutOfRange.format(language, [
                "monthName": name,
                "days": String(CalendarDate.daysIn(month: month, year: year)),
                "day": String(day),
            ])
        case .february29NotLeap(let year):
            return DateMessage.february29NotLeap.format(language, ["year": String(year)])
        case .yearOutOfRange(let year):
            return DateMessage.yearOutOfRange.format(language, [
                "year": String(year),
                "min": String(DateInput.minYear), "max": String(DateInput.maxYear),
            ])
        case .birthInFuture(let date):
            return DateMessage.birthInFuture.format(language, ["date": DateInput.words(date, language)])
        case .birthTooOld(let date):
            return DateMessage.birthTooOld.format(language, [
                "date": DateInput.words(date, language), "years": String(DateInput.maxAge),
            ])
        case .ageOutOfRange:
            return DateMessage.ageOutOfRange.format(language, ["max": String(DateInput.maxAge)])
        }
    }
}

/// Reading dates typed on a bilingual desk, and writing them in words.
///
/// Accepted: `1985-03-12` (also with / or .), `12/03/1985`, `12-03-1985`, `12.03.85`
/// (day first unless told month first; two-digit years resolved around `today`),
/// `12 mar 1985`, `12 de marzo de 1985`, `March 12, 1985`, `Mar 12th 1985`, `1ro de marzo de 1985`,
/// and days counted from `today`: `hoy`, `mañana`, `pasado mañana`, `ayer`, `antier`, `today`,
/// `tomorrow`, `day after tomorrow`, `yesterday`, `+3`, `-2`, `+3 días` (accents and case optional).
public enum DateInput {
    public static let minYear = 1000
    public static let maxYear = 9999
    /// Oldest accepted age for a birth date.
    public static let maxAge = 120
    /// Longest text examined; longer input is refused without reading it.
    public static let maxInputLength = 64

    /// Reads a date. `today` resolves two-digit years: they land within
    /// `twoDigitYearFuture` years after today's year at most, otherwise in the past century.
    public static func parse(
        _ text: String,
        order: DayMonthOrder = .dayFirst,
        today: CalendarDate,
        twoDigitYearFuture: Int = 20
    ) -> Result<ParsedDate, DateProblem> {
        if text.utf8.count > maxInputLength * 4 || text.count > maxInputLength {
            return .failure(.tooLong(count: text.count))
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(.empty) }
        let shown = VisibleText.text(trimmed)

        if let offset = relativeDays(trimmed) {
            guard let date = today.adding(days: offset), (minYear...maxYear).contains(date.year) else {
                return .failure(.unrecognized(input: shown))
            }
            return .success(ParsedDate(date: date))
        }

        let resolveYear: (String) -> Result<Int, DateProblem> = { digits in
            let n = Int(digits)!
            switch digits.count {
            case 2:
                var year = today.year - today.year % 100 + n
                if year > today.year + twoDigitYearFuture { year -= 100 }
                return .success(year)
            case 4:
                return (minYear...maxYear).contains(n) ? .success(n) : .failure(.yearOutOfRange(n))
            default:
                return .failure(.yearOutOfRange(n))
            }
        }

        if let groups = numericGroups(trimmed) {
            guard groups.count == 3, groups.allSatisfy({ (1...4).contains($0.count) }) else {
                return .failure(.unrecognized(input: shown))
            }
            if groups[0].count == 4 {
                // Year first is always year-month-day.
                return check(year: Int(groups[0])!, month: Int(groups[1])!, day: Int(groups[2])!)
                    .map { ParsedDate(date: $0) }
            }
            guard groups[0].count <= 2, groups[1].count <= 2 else {
                return .failure(.unrecognized(input: shown))
            }
            let year: Int
            switch resolveYear(groups[2]) {
            case .success(let y): year = y
            case .failure(let p): return .failure(p)
            }
            let a = Int(groups[0])!, b = Int(groups[1])!
            let (day, month) = order == .dayFirst ? (a, b) : (b, a)
            return check(year: year, month: month, day: day).map { date in
                var alternative: CalendarDate?
                if a != b, a <= 12, b <= 12 {
                    alternative = CalendarDate(year: year, month: day, day: month)
                }
                return ParsedDate(date: date, alternative: alternative)
            }
        }

        // Dates with a month name.
        var numbers: [String] = []
        var words: [String] = []
        var month: Int?
        for token in wordTokens(trimmed) {
            if token.first!.isNumber {
                numbers.append(token)
            } else if fillerWords.contains(token) {
                continue
            } else if let m = monthNumber(token) {
                if month != nil { return .failure(.unrecognized(input: shown)) }
                month = m
            } else {
                words.append(token)
            }
        }
        if month == nil, numbers.count == 2, words.count == 1 {
            return .failure(.unknownMonthName(words[0]))
        }
        guard let month, words.isEmpty, numbers.count == 2 else {
            return .failure(.unrecognized(input: shown))
        }
        // Which number is the year: the one with 3+ digits, else the last one.
        let dayText: String, yearText: String
        if numbers[0].count >= 3 && numbers[1].count <= 2 {
            (yearText, dayText) = (numbers[0], numbers[1])
        } else if numbers[0].count <= 2 {
            (dayText, yearText) = (numbers[0], numbers[1])
        } else {
            return .failure(.unrecognized(input: shown))
        }
        let year: Int
        switch resolveYear(yearText) {
        case .success(let y): year = y
        case .failure(let p): return .failure(p)
        }
        return check(year: year, month: month, day: Int(dayText)!).map { ParsedDate(date: $0) }
    }

    /// Reads a birth date: as `parse`, then refuses dates after `today` or more than
    /// `maxAge` years before it. Two-digit years are read in the past.
    public static func parseBirthDate(
        _ text: String,
        order: DayMonthOrder = .dayFirst,
        today: CalendarDate
    ) -> Result<ParsedDate, DateProblem> {
        parse(text, order: order, today: today, twoDigitYearFuture: 0).flatMap { parsed in
            if let problem = checkBirthDate(parsed.date, today: today) { return .failure(problem) }
            let alternative = parsed.alternative.flatMap {
                checkBirthDate($0, today: today) == nil ? $0 : nil
            }
            return .success(ParsedDate(date: parsed.date, alternative: alternative))
        }
    }

    /// Nil when `date` can be a living person's birth date on `today`: not after today and
    /// not more than `maxAge` years before it.
    public static func checkBirthDate(_ date: CalendarDate, today: CalendarDate) -> DateProblem? {
        if date > today { return .birthInFuture(date) }
        // More than `maxAge` years before today (29 February counts as 28 February).
        let limitYear = today.year - maxAge
        let limitDay = min(today.day, CalendarDate.daysIn(month: today.month, year: limitYear))
        if let limit = CalendarDate(year: limitYear, month: today.month, day: limitDay), date < limit {
            return .birthTooOld(date)
        }
        return nil
    }

    /// The date with these numbers, or why it does not exist.
    public static func check(year: Int, month: Int, day: Int) -> Result<CalendarDate, DateProblem> {
        guard (minYear...maxYear).contains(year) else { return .failure(.yearOutOfRange(year)) }
        guard (1...12).contains(month) else { return .failure(.monthOutOfRange(month)) }
        guard day >= 1 else { return .failure(.dayZero) }
        if month == 2, day == 29, !CalendarDate.isLeapYear(year) {
            return .failure(.february29NotLeap(year: year))
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .failure(.dayOutOfRange(day: day, month: month, year: year))
        }
        return .success(date)
    }

    /// "12 de marzo de 1985" / "March 12, 1985".
    public static func words(_ date: CalendarDate, _ language: Language) -> String {
        DateMessage.dateInWords.format(language, [
            "day": String(date.day),
            "monthName": MonthName(rawValue: date.month)!(language),
            "year": String(date.year),
        ])
    }

    /// The line to show beside a date field as it is typed: the date in words, the ambiguity
    /// warning when day and month could be swapped, or why the text is not a date.
    public static func feedback(_ result: Result<ParsedDate, DateProblem>, _ language: Language) -> String {
        switch result {
        case .success(let parsed): return parsed.ambiguityMessage(language) ?? words(parsed.date, language)
        case .failure(let problem): return problem.message(language)
        }
    }

    /// The likely birth year of someone who says they are `age` years old on `today`. They
    /// may have been born the year before if their birthday has not come yet this year:
    /// see `possibleBirthYears`.
    public static func estimatedBirthYear(age: Int, today: CalendarDate) -> Result<Int, DateProblem> {
        guard (0...maxAge).contains(age) else { return .failure(.ageOutOfRange(age)) }
        return .success(today.year - age)
    }

    /// Both years someone aged `age` on `today` may have been born in.
    public static func possibleBirthYears(age: Int, today: CalendarDate) -> Result<ClosedRange<Int>, DateProblem> {
        estimatedBirthYear(age: age, today: today).map { ($0 - 1)...$0 }
    }

    // MARK: - Days from today

    /// Words for a day near today, folded (lowercase, no accents), and how many days from today.
    static let relativeWords: [String: Int] = [
        "hoy": 0, "manana": 1, "pasado manana": 2, "ayer": -1, "antier": -2, "anteayer": -2,
        "antes de ayer": -2,
        "today": 0, "tomorrow": 1, "day after tomorrow": 2, "the day after tomorrow": 2,
        "yesterday": -1, "day before yesterday": -2, "the day before yesterday": -2,
    ]

    /// Longest count of days accepted in `+N` / `-N`: ten years.
    public static let maxRelativeDays = 3660

    /// The days from today that `text` names: a word of `relativeWords`, or a signed number of
    /// days ("+3", "- 2", "+3 días", "+10 days"). Nil for anything else, a plain number included.
    static func relativeDays(_ text: String) -> Int? {
        let folded = NameFolding.searchForm(text)
        if let days = relativeWords[folded] { return days }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        var words = NameFolding.searchForm(String(text.dropFirst())).split(separator: " ").map(String.init)
        if words.count == 2, ["d", "dia", "dias", "day", "days"].contains(words[1]) { words.removeLast() }
        guard words.count == 1, let n = Int(words[0]), words[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              n <= maxRelativeDays else { return nil }
        return sign == "+" ? n : -n
    }

    // MARK: - Tokens

    /// The digit groups of an all-numeric date ("12/03/1985", "1985-03-12", "12 03 85"), or nil
    /// when the text has anything besides ASCII digits and the separators / - . and space.
    /// Groups must be separated by one separator (spaces around it allowed), the same one
    /// throughout; anything else gives an empty list, which the caller refuses.
    private static func numericGroups(_ text: String) -> [String]? {
        var groups: [String] = []
        var current = ""
        var separators: [String] = []
        var currentSeparator = ""
        for c in text {
            if c.isASCII, c.isNumber {
                if current.isEmpty, !groups.isEmpty {
                    separators.append(currentSeparator)
                    currentSeparator = ""
                }
                current.append(c)
            } else if c == "/" || c == "-" || c == "." || c == " " {
                if !current.isEmpty { groups.append(current); current = "" }
                if c != " " { currentSeparator.append(c) }
            } else {
                return nil
            }
        }
        if !current.isEmpty { groups.append(current) }
        // "12/03/1985", "12 03 1985": every separator is the same single mark (or only spaces).
        let kinds = Set(separators)
        guard kinds.count <= 1, (kinds.first ?? "").count <= 1, currentSeparator.isEmpty else {
            return []
        }
        return groups.isEmpty ? nil : groups
    }

    /// Lowercase, accentless tokens: runs of letters and runs of digits. Ordinal endings
    /// after a number (1st, 12th, 1ro, 1er, 1º) are dropped.
    private static func wordTokens(_ text: String) -> [String] {
        var tokens: [String] = []
        for word in NameFolding.searchForm(text).split(separator: " ") {
            var runs: [String] = []
            var current = ""
            var currentIsDigit = false
            for c in word {
                let isDigit = c.isASCII && c.isNumber
                if !current.isEmpty, isDigit != currentIsDigit {
                    runs.append(current)
                    current = ""
                }
                current.append(c)
                currentIsDigit = isDigit
            }
            if !current.isEmpty { runs.append(current) }
            var i = 0
            while i < runs.count {
                tokens.append(runs[i])
                if runs[i].first!.isNumber, i + 1 < runs.count, ordinalEndings.contains(runs[i + 1]) {
                    i += 1
                }
                i += 1
            }
        }
        return tokens
    }

    private static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th", "ro", "er", "o", "a"]

    private static let fillerWords: Set<String> = [
        "de", "del", "of", "the", "el",
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    private static let monthNames: [(String, Int)] = [
        ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
        ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
        ("noviembre", 11), ("diciembre", 12),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
        ("december", 12),
    ]

    /// Extra abbreviations that are not prefixes of a full name.
    private static let monthAbbreviations: [String: Int] = ["sept": 9, "set": 9]

    /// The month a word names: a full Spanish or English name, or a prefix of at least three
    /// letters that names only one month ("mar", "sept", "dic", "ago").
    static func monthNumber(_ word: String) -> Int? {
        if let m = monthAbbreviations[word] { return m }
        guard word.count >= 3 else { return nil }
        let matches = Set(monthNames.filter { $0.0.hasPrefix(word) }.map(\.1))
        return matches.count == 1 ? matches.first : nil
    }
}
