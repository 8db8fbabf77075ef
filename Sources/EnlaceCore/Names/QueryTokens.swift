/// A case number as typed in a search box: "2026-000123" (year and sequence) or "#123"
/// (sequence only).
public struct CaseNumberQuery: Sendable, Hashable {
    public let year: Int?
    public let sequence: Int

    public init(year: Int?, sequence: Int) {
        self.year = year
        self.sequence = sequence
    }
}

/// What a typed search query is made of, so the store can look in the right columns:
/// name words, phone digits, a CURP, a case number, other document numbers.
public struct QueryTokens: Sendable, Hashable {
    /// Name words in search form, particles dropped ("de la Cruz" -> ["cruz"]).
    public var nameTokens: [String] = []
    /// `NamePhonetics.key` of each name token, same order.
    public var phoneticTokens: [String] = []
    /// Digits of a phone number typed in the query (7 or more digits, possibly across
    /// spaces: "(312) 555-0142"). A full US or Mexico number is reduced to its 10 national
    /// digits; otherwise the digits as typed.
    public var phoneDigits: String?
    /// An 18-character text shaped like a CURP, uppercase (its check digit is not verified:
    /// a wrong one should still find the record it was copied from).
    public var curp: String?
    public var caseNumber: CaseNumberQuery?
    /// Dates typed with a four-digit year ("12/03/1985", "1985-03-12"), for a birth-date
    /// search. When day and month could be swapped both readings are listed, the requested
    /// order first.
    public var dates: [CalendarDate] = []
    /// Other tokens with digits: short digit runs and letter-digit mixes (matrícula number,
    /// A-number), uppercase without punctuation.
    public var documentNumbers: [String] = []
    /// Whether the query was longer than `maxLength` and only its start was read.
    public var truncated = false

    /// Longest query read, in characters.
    public static let maxLength = 200

    public var isEmpty: Bool {
        nameTokens.isEmpty && phoneDigits == nil && curp == nil && caseNumber == nil && dates.isEmpty
            && documentNumbers.isEmpty
    }

    public init() {}

    /// Words that label what follows rather than name a person ("caso #12", "tel 312...").
    public static let ignoredWords: Set<String> = [
        "caso", "case", "expediente", "folio", "tel", "telefono", "phone", "cel", "celular", "curp",
    ]

    /// Classifies a typed query. `order` reads numeric dates (day first by default).
    public static func parse(_ query: String, order: DayMonthOrder = .dayFirst) -> QueryTokens {
        var result = QueryTokens()
        var text = Substring(query)
        if query.utf8.count > maxLength, query.count > maxLength {
            text = query.prefix(maxLength)
            result.truncated = true
        }
        let raw = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline || $0 == "," || $0 == ";" })
            .map { String($0).filter { !$0.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) } }
            .filter { !$0.isEmpty }

        var nameWords: [String] = []
        var phoneRun = ""
        var digitRuns: [String] = []
        func endPhoneRun() {
            if !phoneRun.isEmpty { digitRuns.append(phoneRun) }
            phoneRun = ""
        }
        for token in raw {
            if let caseNumber = caseNumber(token) {
                endPhoneRun()
                if result.caseNumber == nil { result.caseNumber = caseNumber }
                continue
            }
            let compact = token.uppercased().filter { $0 != "-" && $0 != "." }
            if compact.count == 18, looksLikeCURP(compact) {
                endPhoneRun()
                if result.curp == nil { result.curp = compact }
                continue
            }
            if let dates = dates(token, order: order) {
                endPhoneRun()
                for d in dates where !result.dates.contains(d) { result.dates.append(d) }
                continue
            }
            if isPhoneLike(token) {
                phoneRun += PhoneNumber.searchDigits(token)
                continue
            }
            endPhoneRun()
            let hasDigit = token.contains(where: { $0.isASCII && $0.isNumber })
            let hasLetter = token.contains(where: { $0.isLetter })
            if hasDigit && hasLetter {
                let doc = NameFolding.compactForm(token).uppercased()
                if !doc.isEmpty { result.documentNumbers.append(doc) }
            } else if hasLetter {
                nameWords += NameFolding.searchForm(token).split(separator: " ").map(String.init)
                    .filter { !ignoredWords.contains($0) }
            }
        }
        endPhoneRun()

        for run in digitRuns {
            if run.count >= 7, result.phoneDigits == nil {
                if case .success(let phone) = PhoneNumber.parse(run) {
                    result.phoneDigits = phone.nationalNumber
                } else if case .success(let phone) = PhoneNumber.parse(run, defaultCountry: .mx) {
                    result.phoneDigits = phone.nationalNumber
                } else {
                    result.phoneDigits = run
                }
            } else {
                result.documentNumbers.append(run)
            }
        }

        let significant = nameWords.filter { !NameTokenizer.particles.contains($0) }
        var names = OrderedTokens()
        names.add(significant.isEmpty ? nameWords : significant)
        result.nameTokens = names.list
        result.phoneticTokens = names.list.map { NamePhonetics.key($0) }
        return result
    }

    /// Digits with phone punctuation only, and at least one digit: "(312)", "555-0142", "+52".
    private static func isPhoneLike(_ token: String) -> Bool {
        var digits = 0
        for c in token {
            if c.isASCII, c.isNumber { digits += 1 }
            else if !"()+-./".contains(c) { return false }
        }
        return digits > 0
    }

    /// The dates of a token shaped like a numeric date with a four-digit year and / or - or .
    /// between its parts (empty when no reading is a real date: the token is still not a phone
    /// number); nil for anything else (phone numbers have a 3-digit first group).
    private static func dates(_ token: String, order: DayMonthOrder) -> [CalendarDate]? {
        let parts = token.split(omittingEmptySubsequences: false, whereSeparator: { "/-.".contains($0) })
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        let lengths = parts.map(\.count)
        let numbers = parts.map { Int($0)! }
        if lengths[0] == 4, lengths[1] <= 2, lengths[2] <= 2 {
            return CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2]).map { [$0] } ?? []
        }
        guard lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 else { return nil }
        let (a, b, year) = (numbers[0], numbers[1], numbers[2])
        let first = order == .dayFirst ? CalendarDate(year: year, month: b, day: a)
                                       : CalendarDate(year: year, month: a, day: b)
        let second = order == .dayFirst ? CalendarDate(year: year, month: a, day: b)
                                        : CalendarDate(year: year, month: b, day: a)
        let found = [first, second].compactMap { $0 }
        var unique: [CalendarDate] = []
        for d in found where !unique.contains(d) { unique.append(d) }
        return unique
    }

    /// "2026-000123" or "#123".
    private static func caseNumber(_ token: String) -> CaseNumberQuery? {
        if token.hasPrefix("#") {
            let digits = token.dropFirst()
            guard (1...9).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let n = Int(digits) else { return nil }
            return CaseNumberQuery(year: nil, sequence: n)
        }
        let parts = token.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...9).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), (2000...2999).contains(year), let n = Int(parts[1]) else { return nil }
        return CaseNumberQuery(year: year, sequence: n)
    }

    /// 4 letters, 6 digits, H/M, 5 letters, a letter or digit, a digit.
    static func looksLikeCURP(_ s: String) -> Bool {
        let c = Array(s)
        guard c.count == 18 else { return false }
        func letter(_ x: Character) -> Bool { (x.isASCII && x.isLetter) || x == "Ñ" }
        func digit(_ x: Character) -> Bool { x.isASCII && x.isNumber }
        return c[0..<4].allSatisfy(letter) && c[4..<10].allSatisfy(digit) && (c[10] == "H" || c[10] == "M")
            && c[11..<16].allSatisfy(letter) && (letter(c[16]) || digit(c[16])) && digit(c[17])
    }
}
