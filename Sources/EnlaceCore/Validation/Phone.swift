/// The countries whose phone numbers the desk accepts.
public enum PhoneCountry: String, Sendable, Hashable, Codable, CaseIterable {
    /// The United States (North American Numbering Plan, +1).
    case us = "US"
    /// Mexico (+52).
    case mx = "MX"

    /// The country calling code, without "+".
    public var callingCode: String {
        switch self {
        case .us: return "1"
        case .mx: return "52"
        }
    }

    public var label: PhoneMessage {
        switch self {
        case .us: return .countryUS
        case .mx: return .countryMX
        }
    }
}

/// A valid US or Mexico phone number. Stored as E.164 (`+13125550142`), shown in the
/// country's local format.
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    public let country: PhoneCountry
    /// The 10 national digits, without country code or old prefixes.
    public let nationalNumber: String

    /// Longest text examined; longer input is refused without reading it.
    public static let maxInputLength = 40

    /// `+13125550142`, `+525512345678`.
    public var e164: String { "+" + country.callingCode + nationalNumber }

    public var description: String { e164 }

    /// "(312) 555-0142" in the US; "55 1234 5678" or "614 123 4567" in Mexico.
    public var localFormat: String {
        let d = Array(nationalNumber)
        func part(_ r: Range<Int>) -> String { String(d[r]) }
        switch country {
        case .us:
            return "(\(part(0..<3))) \(part(3..<6))-\(part(6..<10))"
        case .mx:
            if Self.mexicanTwoDigitAreaCodes.contains(part(0..<2)) {
                return "\(part(0..<2)) \(part(2..<6)) \(part(6..<10))"
            }
            return "\(part(0..<3)) \(part(3..<6)) \(part(6..<10))"
        }
    }

    /// "+1 312 555 0142", "+52 55 1234 5678": for showing a number of the other country.
    public var internationalFormat: String {
        switch country {
        case .us:
            let d = Array(nationalNumber)
            return "+1 \(String(d[0..<3])) \(String(d[3..<6])) \(String(d[6..<10]))"
        case .mx:
            return "+52 " + localFormat
        }
    }

    /// Digit strings a store can index so that a search by any usual part finds the number:
    /// the national number, the number with country code, and the last 7 digits.
    public var searchTokens: [String] {
        [nationalNumber, country.callingCode + nationalNumber, String(nationalNumber.suffix(7))]
    }

    /// Mexico's metropolitan areas with two-digit area codes (Mexico City 55 and 56,
    /// Guadalajara 33, Monterrey 81); every other area code has three digits.
    static let mexicanTwoDigitAreaCodes: Set<String> = ["33", "55", "56", "81"]

    /// Reads a stored E.164 number back; nil if it is not a valid US or Mexico number.
    public init?(e164: String) {
        guard e164.hasPrefix("+"), case .success(let n) = PhoneNumber.parse(e164), n.e164 == e164 else {
            return nil
        }
        self = n
    }

    private init(country: PhoneCountry, nationalNumber: String) {
        self.country = country
        self.nationalNumber = nationalNumber
    }

    /// The digits of a text, for searching by phone (at most 32 of them).
    public static func searchDigits(_ text: String) -> String {
        var digits = ""
        for c in text.unicodeScalars where ("0"..."9").contains(c) {
            digits.unicodeScalars.append(c)
            if digits.utf8.count == 32 { break }
        }
        return digits
    }

    /// Reads a number typed in any usual form: "(312) 555-0142", "312.555.0142",
    /// "+1 312 555 0142", "1-312-555-0142", "+52 1 55 1234 5678" (the old mobile 1 is
    /// dropped), "044 55 1234 5678", "01 614 123 4567", "011 52 ...", "00 1 ...". Ten digits
    /// without a country code belong to `defaultCountry`.
    public static func parse(_ text: String, defaultCountry: PhoneCountry = .us) -> Result<PhoneNumber, PhoneProblem> {
        if text.utf8.count > maxInputLength * 4 || text.count > maxInputLength {
            return .failure(.tooLong(count: text.count))
        }
        var digits = ""
        var letters: [Character] = []
        var bad: [Character] = []
        var hasPlus = false
        var plusMisplaced = false
        for c in text {
            if c.isASCII, c.isNumber {
                digits.append(c)
            } else if c == "+" {
                if digits.isEmpty, !hasPlus { hasPlus = true } else { plusMisplaced = true }
            } else if c == " " || c == "-" || c == "." || c == "(" || c == ")" || c == "/" || c == "\t"
                        || c == "\u{00A0}" {
                continue
            } else if c.isLetter {
                if !letters.contains(c) { letters.append(c) }
            } else {
                if !bad.contains(c) { bad.append(c) }
            }
        }
        if !letters.isEmpty { return .failure(.letters(letters)) }
        if !bad.isEmpty { return .failure(.badCharacters(bad)) }
        if plusMisplaced { return .failure(.plusNotAtStart) }
        if digits.isEmpty { return .failure(.empty) }

        var international = hasPlus
        if !international {
            // International access codes: 011 from the US, 00 from Mexico.
            if digits.hasPrefix("011"), digits.count > 11 {
                digits.removeFirst(3)
                international = true
            } else if digits.hasPrefix("00"), digits.count > 11 {
                digits.removeFirst(2)
                international = true
            }
        }

        if international {
            if digits.hasPrefix("1") {
                return us(String(digits.dropFirst()), typedCountryCode: true)
            }
            if digits.hasPrefix("52") {
                return mx(String(digits.dropFirst(2)))
            }
            return .failure(.unsupportedCountry(code: String(digits.prefix(2))))
        }

        // Mexico's old domestic prefixes: 044 / 045 (mobile), 01 (long distance).
        if digits.count == 13, digits.hasPrefix("044") || digits.hasPrefix("045") {
            return mx(String(digits.dropFirst(3)))
        }
        if digits.count == 12, digits.hasPrefix("01") {
            return mx(String(digits.dropFirst(2)))
        }
        // Country code typed without "+".
        if digits.count == 12, digits.hasPrefix("52") { return mx(String(digits.dropFirst(2))) }
        if digits.count == 13, digits.hasPrefix("521") { return mx(String(digits.dropFirst(2))) }
        if digits.count == 11, digits.hasPrefix("1") {
            return us(String(digits.dropFirst()), typedCountryCode: true)
        }
        if digits.count == 10 {
            switch defaultCountry {
            case .us: return us(digits, typedCountryCode: false)
            case .mx: return mx(digits)
            }
        }
        if digits.count == 7 || digits.count == 8 { return .failure(.missingAreaCode) }
        return .failure(.wrongLength(count: digits.count))
    }

    private static func us(_ national: String, typedCountryCode: Bool) -> Result<PhoneNumber, PhoneProblem> {
        guard national.count == 10 else { return .failure(.wrongLengthUS(count: national.count)) }
        let d = Array(national)
        let area = String(d[0..<3])
        if d[0] == "0" || d[0] == "1" { return .failure(.usAreaCodeStart(areaCode: area)) }
        if d[1] == "1", d[2] == "1" { return .failure(.usAreaCodeReserved(areaCode: area)) }
        if d[3] == "0" || d[3] == "1" { return .failure(.usExchangeStart(exchange: String(d[3..<6]))) }
        return .success(PhoneNumber(country: .us, nationalNumber: national))
    }

    private static func mx(_ rest: String) -> Result<PhoneNumber, PhoneProblem> {
        var national = rest
        // "+52 1 55 1234 5678": the 1 once marked mobiles and is no longer dialled.
        if national.count == 11, national.hasPrefix("1") { national.removeFirst() }
        guard national.count == 10 else { return .failure(.wrongLengthMX(count: national.count)) }
        if national.hasPrefix("0") || national.hasPrefix("1") { return .failure(.mxStartsWithZeroOrOne) }
        return .success(PhoneNumber(country: .mx, nationalNumber: national))
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let n = PhoneNumber(e164: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not an E.164 US or MX number")
        }
        self = n
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(e164)
    }
}

/// Why a typed phone number was refused.
public enum PhoneProblem: Error, Sendable, Hashable {
    case empty
    case tooLong(count: Int)
    case letters([Character])
    case badCharacters([Character])
    case plusNotAtStart
    case unsupportedCountry(code: String)
    case missingAreaCode
    case wrongLength(count: Int)
    case wrongLengthUS(count: Int)
    case wrongLengthMX(count: Int)
    case usAreaCodeStart(areaCode: String)
    case usAreaCodeReserved(areaCode: String)
    case usExchangeStart(exchange: String)
    case mxStartsWithZeroOrOne

    public func message(_ language: Language) -> String {
        switch self {
        case .empty: return PhoneMessage.empty(language)
        case .tooLong(let count): return PhoneMessage.tooLong.format(language, ["count": String(count)])
        case .letters(let letters):
            return PhoneMessage.letters.format(language, ["letters": String(letters.prefix(10))])
        case .badCharacters(let chars):
            let shown = chars.prefix(10).map { VisibleText.character($0) }.joined(separator: " ")
            return PhoneMessage.badCharacters.format(language, ["characters": shown])
        case .plusNotAtStart: return PhoneMessage.plusNotAtStart(language)
        case .unsupportedCountry(let code): return PhoneMessage.unsupportedCountry.format(language, ["code": code])
        case .missingAreaCode: return PhoneMessage.missingAreaCode(language)
        case .wrongLength(let count): return PhoneMessage.wrongLength.format(language, ["count": String(count)])
        case .wrongLengthUS(let count): return PhoneMessage.wrongLengthUS.format(language, ["count": String(count)])
        case .wrongLengthMX(let count): return PhoneMessage.wrongLengthMX.format(language, ["count": String(count)])
        case .usAreaCodeStart(let area): return PhoneMessage.usAreaCodeStart.format(language, ["areaCode": area])
        case .usAreaCodeReserved(let area): return PhoneMessage.usAreaCodeReserved.format(language, ["areaCode": area])
        case .usExchangeStart(let exchange): return PhoneMessage.usExchangeStart.format(language, ["exchange": exchange])
        case .mxStartsWithZeroOrOne: return PhoneMessage.mxStartsWithZeroOrOne(language)
        }
    }
}
