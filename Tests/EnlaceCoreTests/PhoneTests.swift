import Testing
import Foundation
@testable import EnlaceCore

@Suite struct PhoneTests {
    @Test(arguments: [
        ("(312) 555-0142", "+13125550142", "(312) 555-0142"),
        ("312.555.0142", "+13125550142", "(312) 555-0142"),
        ("312-555-0142", "+13125550142", "(312) 555-0142"),
        ("3125550142", "+13125550142", "(312) 555-0142"),
        ("+1 312 555 0142", "+13125550142", "(312) 555-0142"),
        ("1-312-555-0142", "+13125550142", "(312) 555-0142"),
        ("+1 (312) 555-0142", "+13125550142", "(312) 555-0142"),
        ("011 1 312 555 0142", "+13125550142", "(312) 555-0142"),
        ("+52 55 1234 5678", "+525512345678", "55 1234 5678"),
        ("+52 1 55 1234 5678", "+525512345678", "55 1234 5678"),
        ("+5215512345678", "+525512345678", "55 1234 5678"),
        ("52 33 1234 5678", "+523312345678", "33 1234 5678"),
        ("044 55 1234 5678", "+525512345678", "55 1234 5678"),
        ("045 614 123 4567", "+526141234567", "614 123 4567"),
        ("01 614 123 4567", "+526141234567", "614 123 4567"),
        ("011 52 614 123 4567", "+526141234567", "614 123 4567"),
        ("00 52 81 1234 5678", "+528112345678", "81 1234 5678"),
        ("+52 (951) 123-4567", "+529511234567", "951 123 4567"),
    ])
    func accepted(text: String, e164: String, local: String) throws {
        let phone = try PhoneNumber.parse(text).get()
        #expect(phone.e164 == e164)
        #expect(phone.localFormat == local)
        #expect(PhoneNumber(e164: e164) == phone)
    }

    @Test func defaultCountryDecidesTenDigits() throws {
        #expect(try PhoneNumber.parse("5512345678").get().country == .us)
        let mx = try PhoneNumber.parse("55 1234 5678", defaultCountry: .mx).get()
        #expect(mx.e164 == "+525512345678")
        #expect(mx.internationalFormat == "+52 55 1234 5678")
        #expect(try PhoneNumber.parse("(312) 555-0142", defaultCountry: .mx).get().country == .mx)
        #expect(try PhoneNumber.parse("+1 312 555 0142", defaultCountry: .mx).get().country == .us)
    }

    @Test(arguments: [
        ("", PhoneProblem.empty),
        ("  ", .empty),
        ("---", .empty),
        ("312-555-O142", .letters(["O"])),
        ("1-800-FLOWERS", .letters(["F", "L", "O", "W", "E", "R", "S"])),
        ("312 555 0142 ext 5", .letters(["e", "x", "t"])),
        ("312*555*0142", .badCharacters(["*"])),
        ("312\u{0}5550142", .badCharacters(["\u{0}"])),
        ("312\u{1B}5550142", .badCharacters(["\u{1B}"])),
        ("312+5550142", .plusNotAtStart),
        ("++13125550142", .plusNotAtStart),
        ("+44 20 7946 0958", .unsupportedCountry(code: "44")),
        ("555-0142", .missingAreaCode),
        ("312555014", .wrongLength(count: 9)),
        ("312555014299", .wrongLength(count: 12)),
        ("+1 312 555 014", .wrongLengthUS(count: 9)),
        ("+52 55 1234 567", .wrongLengthMX(count: 9)),
        ("(012) 555-0142", .usAreaCodeStart(areaCode: "012")),
        ("(112) 555-0142", .usAreaCodeStart(areaCode: "112")),
        ("(911) 555-0142", .usAreaCodeReserved(areaCode: "911")),
        ("(312) 055-0142", .usExchangeStart(exchange: "055")),
        ("(312) 155-0142", .usExchangeStart(exchange: "155")),
        ("+52 05 1234 5678", .mxStartsWithZeroOrOne),
    ])
    func refused(text: String, problem: PhoneProblem) {
        #expect(PhoneNumber.parse(text).failure == problem)
        #expect(!problem.message(.es).contains("{") && !problem.message(.en).contains("{"))
    }

    @Test func messagesSayWhatToFix() {
        #expect(PhoneProblem.letters(["O"]).message(.es) == "Un teléfono solo lleva números; quite las letras (O).")
        #expect(PhoneProblem.usAreaCodeStart(areaCode: "012").message(.en).contains("type +52 first"))
        #expect(PhoneProblem.badCharacters(["\u{1B}"]).message(.es).contains("U+1B"))
        #expect(PhoneProblem.wrongLengthMX(count: 9).message(.es)
                == "Un teléfono de México tiene 10 dígitos después del +52; este tiene 9.")
    }

    @Test func hugeInputIsRefused() {
        let huge = String(repeating: "3", count: 10_000)
        #expect(PhoneNumber.parse(huge).failure == .tooLong(count: 10_000))
        #expect(PhoneNumber.parse(huge).failure?.message(.es).contains("10000") == true)
    }

    @Test func searchDigitsAndTokens() throws {
        #expect(PhoneNumber.searchDigits("(312) 555-0142") == "3125550142")
        #expect(PhoneNumber.searchDigits("abc") == "")
        #expect(PhoneNumber.searchDigits(String(repeating: "9", count: 10_000)).count == 32)
        let phone = try PhoneNumber.parse("+52 1 55 1234 5678").get()
        #expect(phone.searchTokens == ["5512345678", "525512345678", "2345678"])
    }

    @Test func e164RoundTripAndCodable() throws {
        #expect(PhoneNumber(e164: "+13125550142")?.localFormat == "(312) 555-0142")
        #expect(PhoneNumber(e164: "3125550142") == nil)
        #expect(PhoneNumber(e164: "+5215512345678") == nil)
        #expect(PhoneNumber(e164: "+4420794609") == nil)
        let phone = try PhoneNumber.parse("312.555.0142").get()
        let data = try JSONEncoder().encode([phone])
        #expect(String(decoding: data, as: UTF8.self) == "[\"+13125550142\"]")
        #expect(try JSONDecoder().decode([PhoneNumber].self, from: data) == [phone])
    }
}

// Result.success / .failure accessors live in TestSupport.swift.
