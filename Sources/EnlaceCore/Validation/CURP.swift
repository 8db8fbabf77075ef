/// Sex as coded in a CURP (character 11): H (hombre) or M (mujer).
///
/// Only H and M are accepted. Some civil registries have started issuing non-binary markers,
/// but we could not confirm a published RENAPO rule for the CURP character, so it is not
/// guessed here.
public enum CURPSex: String, Sendable, Hashable, Codable, CaseIterable {
    case male = "H"
    case female = "M"

    public var label: CURPMessage {
        switch self {
        case .male: return .sexMale
        case .female: return .sexFemale
        }
    }
}

/// A valid CURP (Clave Única de Registro de Población) and what it implies.
///
/// Layout (positions 1-based): 1-4 letters from the name, 5-10 birth date YYMMDD, 11 sex
/// H/M, 12-13 state code (NE = born abroad), 14-16 inner consonants of the name, 17
/// differentiator (digit if born before 2000, letter from 2000), 18 check digit.
public struct CURP: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The 18 characters, uppercase.
    public let value: String
    /// Birth date, with the century resolved by the differentiator (character 17).
    public let birthDate: CalendarDate
    public let sex: CURPSex
    public let birthPlace: CURPBirthPlace

    public var description: String { value }

    /// The characters, in order, whose index is the value used by the check digit.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ")

    /// Longest text examined; anything longer is refused without looking at its content.
    public static let maxInputLength = 64

    private static let alphabetIndex: [Character: Int] = {
        var table: [Character: Int] = [:]
        for (i, c) in alphabet.enumerated() { table[c] = i }
        return table
    }()

    private static let vowels: Set<Character> = ["A", "E", "I", "O", "U"]

    /// The check digit of a CURP from its first 17 characters (case-insensitive), or nil if
    /// there are not exactly 17 characters of the CURP alphabet. Each character counts as its
    /// index in `alphabet`, times 18 minus its 0-based position; the digit is
    /// (10 − sum mod 10) mod 10.
    public static func checkDigit(for first17: String) -> Character? {
        let chars = Array(first17.uppercased())
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (position, c) in chars.enumerated() {
            guard let v = alphabetIndex[c] else { return nil }
            sum += v * (18 - position)
        }
        let digit = (10 - sum % 10) % 10
        return Character(String(digit))
    }

    /// Parses a CURP typed by a person. Case does not matter; spaces and hyphens between
    /// characters are ignored. Returns the CURP or every problem found.
    public static func validate(_ text: String) -> Result<CURP, CURPValidationError> {
        var problems: [CURPProblem] = []
        guard text.utf8.count <= maxInputLength * 4, text.count <= maxInputLength else {
            return .failure(CURPValidationError(problems: [.wrongLength(count: text.count)]))
        }
        var chars: [Character] = []
        var bad: [Character] = []
        for c in text.uppercased() {
            if c == " " || c == "-" || c == "\t" { continue }
            if alphabetIndex[c] != nil {
                chars.append(c)
            } else {
                if !bad.contains(c) { bad.append(c) }
                chars.append(c)
            }
        }
        if chars.isEmpty { return .failure(CURPValidationError(problems: [.empty])) }
        if !bad.isEmpty { problems.append(.badCharacters(bad)) }
        guard chars.count == 18 else {
            problems.append(.wrongLength(count: chars.count))
            return .failure(CURPValidationError(problems: problems))
        }
        func isLetter(_ c: Character) -> Bool { c.isASCII ? c.isLetter : c == "Ñ" }
        func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

        if !chars[0..<4].allSatisfy(isLetter) { problems.append(.nameLettersExpected) }

        // Differentiator first: it tells the century of the date.
        let differentiator = chars[16]
        var centuries: [Int]
        if isDigit(differentiator) { centuries = [1900] }
        else if isLetter(differentiator) { centuries = [2000] }
        else {
            problems.append(.badDifferentiator(found: differentiator))
            centuries = [1900, 2000]
        }

        var birthDate: CalendarDate?
        let dateChars = chars[4..<10]
        if dateChars.allSatisfy(isDigit) {
            let digits = String(dateChars)
            let yy = Int(digits.prefix(2))!
            let mm = Int(digits.dropFirst(2).prefix(2))!
            let dd = Int(digits.suffix(2))!
            var firstProblem: DateProblem?
            for century in centuries {
                switch DateInput.check(year: century + yy, month: mm, day: dd) {
                case .success(let d): birthDate = birthDate ?? d
                case .failure(let p): firstProblem = firstProblem ?? p
                }
            }
            if birthDate == nil, let p = firstProblem {
                problems.append(.impossibleDate(digits: digits, reason: p))
            }
        } else {
            problems.append(.dateDigitsExpected)
        }

        let sex = CURPSex(rawValue: String(chars[10]))
        if sex == nil { problems.append(.badSex(found: chars[10])) }

        let stateCode = String(chars[11...12])
        let place = CURPBirthPlace(curpCode: stateCode)
        if place == nil { problems.append(.unknownStateCode(stateCode)) }

        let consonants = chars[13..<16]
        if !consonants.allSatisfy({ isLetter($0) && !vowels.contains($0) }) {
            problems.append(.consonantsExpected(found: String(consonants)))
        }

        let last = chars[17]
        if !isDigit(last) {
            problems.append(.checkDigitNotDigit(found: last))
        } else if bad.isEmpty, let expected = checkDigit(for: String(chars[0..<17])), expected != last {
            problems.append(.wrongCheckDigit(expected: expected, found: last))
        }

        if problems.isEmpty, let birthDate, let sex, let place {
            return .success(CURP(value: String(chars), birthDate: birthDate, sex: sex, birthPlace: place))
        }
        return .failure(CURPValidationError(problems: problems))
    }

    /// A valid CURP, or nil. See `validate` for the reasons.
    public init?(_ text: String) {
        guard case .success(let curp) = CURP.validate(text) else { return nil }
        self = curp
    }

    private init(value: String, birthDate: CalendarDate, sex: CURPSex, birthPlace: CURPBirthPlace) {
        self.value = value
        self.birthDate = birthDate
        self.sex = sex
        self.birthPlace = birthPlace
    }

    /// Warnings when the birth date or sex typed for the person disagree with the CURP.
    /// Either may be nil (not typed yet): nothing is compared then.
    public func mismatches(birthDate typedDate: CalendarDate?, sex typedSex: CURPSex?) -> [CURPMismatch] {
        var result: [CURPMismatch] = []
        if let typedDate, typedDate != birthDate {
            result.append(.birthDate(curp: birthDate, typed: typedDate))
        }
        if let typedSex, typedSex != sex {
            result.append(.sex(curp: sex, typed: typedSex))
        }
        return result
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let curp = CURP(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a valid CURP")
        }
        self = curp
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// One thing wrong with a typed CURP.
public enum CURPProblem: Sendable, Hashable {
    case empty
    case wrongLength(count: Int)
    case badCharacters([Character])
    case nameLettersExpected
    case dateDigitsExpected
    case impossibleDate(digits: String, reason: DateProblem)
    case badSex(found: Character)
    case unknownStateCode(String)
    case consonantsExpected(found: String)
    case badDifferentiator(found: Character)
    case checkDigitNotDigit(found: Character)
    case wrongCheckDigit(expected: Character, found: Character)

    /// The message to show, in the person's language.
    public func message(_ language: Language) -> String {
        switch self {
        case .empty:
            return CURPMessage.empty(language)
        case .wrongLength(let count):
            return CURPMessage.wrongLength.format(language, ["count": String(count)])
        case .badCharacters(let chars):
            let shown = chars.prefix(10).map { VisibleText.character($0) }.joined(separator: " ")
            return CURPMessage.badCharacters.format(language, ["characters": shown])
        case .nameLettersExpected:
            return CURPMessage.nameLettersExpected(language)
        case .dateDigitsExpected:
            return CURPMessage.dateDigitsExpected(language)
        case .impossibleDate(let digits, let reason):
            return CURPMessage.impossibleDate.format(
                language, ["digits": digits, "reason": reason.message(language)])
        case .badSex(let found):
            return CURPMessage.badSex.format(language, ["found": VisibleText.character(found)])
        case .unknownStateCode(let code):
            return CURPMessage.unknownStateCode.format(language, ["code": code])
        case .consonantsExpected(let found):
            return CURPMessage.consonantsExpected.format(language, ["found": found])
        case .badDifferentiator(let found):
            return CURPMessage.badDifferentiator.format(language, ["found": VisibleText.character(found)])
        case .checkDigitNotDigit(let found):
            return CURPMessage.checkDigitNotDigit.format(language, ["found": VisibleText.character(found)])
        case .wrongCheckDigit(let expected, let found):
            return CURPMessage.wrongCheckDigit.format(
                language, ["expected": String(expected), "found": String(found)])
        }
    }
}

/// Every problem found in a typed CURP.
public struct CURPValidationError: Error, Sendable, Hashable {
    public let problems: [CURPProblem]

    public func messages(_ language: Language) -> [String] { problems.map { $0.message(language) } }
}

/// A difference between what a CURP implies and what was typed for the person. A warning:
/// the person may still be saved.
public enum CURPMismatch: Sendable, Hashable {
    case birthDate(curp: CalendarDate, typed: CalendarDate)
    case sex(curp: CURPSex, typed: CURPSex)

    public func message(_ language: Language) -> String {
        switch self {
        case .birthDate(let curp, let typed):
            return CURPMessage.birthDateMismatch.format(language, [
                "curpDate": DateInput.words(curp, language),
                "typedDate": DateInput.words(typed, language),
            ])
        case .sex(let curp, let typed):
            return CURPMessage.sexMismatch.format(language, [
                "curpSex": curp.label(language), "typedSex": typed.label(language),
            ])
        }
    }
}
