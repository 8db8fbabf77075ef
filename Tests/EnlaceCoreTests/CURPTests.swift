import Testing
import Foundation
@testable import EnlaceCore

/// A small seeded generator, so generated cases are the same on every run.
typealias SeededGenerator = SplitMix64

/// Builds valid CURPs from parts, with the check digit computed by `CURP.checkDigit`.
enum CURPMaker {
    static let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    static let consonants = Array("BCDFGHJKLMNPQRSTVWXYZ")

    static func make(name: String, date: CalendarDate, sex: CURPSex, place: String, consonants: String,
                     differentiator: Character? = nil) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let diff = differentiator ?? (date.year < 2000 ? "0" : "A")
        let first17 = name + two(date.year % 100) + two(date.month) + two(date.day) + sex.rawValue + place
            + consonants + String(diff)
        return first17 + String(CURP.checkDigit(for: first17)!)
    }

    static func random(using rng: inout SeededGenerator) -> (curp: String, date: CalendarDate, sex: CURPSex, place: CURPBirthPlace) {
        let name = String((0..<4).map { _ in letters.randomElement(using: &rng)! })
        let year = Int.random(in: 1906...2025, using: &rng)
        let month = Int.random(in: 1...12, using: &rng)
        let day = Int.random(in: 1...CalendarDate.daysIn(month: month, year: year), using: &rng)
        let date = CalendarDate(year: year, month: month, day: day)!
        let sex: CURPSex = Bool.random(using: &rng) ? .male : .female
        let places = MexicanState.allCases.map { CURPBirthPlace.state($0) } + [.abroad]
        let place = places.randomElement(using: &rng)!
        let cons = String((0..<3).map { _ in consonants.randomElement(using: &rng)! })
        let diff: Character = year < 2000
            ? Character(String(Int.random(in: 0...9, using: &rng)))
            : letters.randomElement(using: &rng)!
        return (make(name: name, date: date, sex: sex, place: place.curpCode, consonants: cons, differentiator: diff),
                date, sex, place)
    }
}

@Suite struct CURPTests {
    // Worked by hand for a made-up person, Ana Pérez López, born 5 Nov 1992 in the Estado de
    // México (MC): PELA921105MMCRPN0 + check digit. Values: P=26 E=14 L=21 A=10 9 2 1 1 0 5
    // M=22 M=22 C=12 R=28 P=26 N=23 0; weights 18 down to 2:
    // 26·18=468 14·17=238 21·16=336 10·15=150 9·14=126 2·13=26 1·12=12 1·11=11 0·10=0 5·9=45
    // 22·8=176 22·7=154 12·6=72 28·5=140 26·4=104 23·3=69 0·2=0 -> sum 2127;
    // 2127 mod 10 = 7; (10 − 7) mod 10 = 3. The CURP is PELA921105MMCRPN03.
    @Test func handComputedExample() throws {
        #expect(CURP.checkDigit(for: "PELA921105MMCRPN0") == "3")
        let curp = try CURP.validate("PELA921105MMCRPN03").get()
        #expect(curp.birthDate == CalendarDate(year: 1992, month: 11, day: 5))
        #expect(curp.sex == .female)
        #expect(curp.birthPlace == .state(.estadoDeMexico))
        #expect(curp.value == "PELA921105MMCRPN03")
    }

    // Second hand check: GOMC850312HJCMRR0 -> 16·18+25·17+22·16+12·15+8·14+5·13+0·12+3·11
    // +1·10+2·9+17·8+19·7+12·6+22·5+28·4+28·3+0·2 = 2130; 2130 mod 10 = 0 -> digit 0.
    @Test func handComputedExampleWithZeroDigit() {
        #expect(CURP.checkDigit(for: "GOMC850312HJCMRR0") == "0")
        #expect(CURP("gomc850312hjcmrr00")?.birthPlace == .state(.jalisco))
    }

    @Test func generatedCURPsAreValidAndImplyTheirParts() throws {
        var rng = SeededGenerator(seed: 2026)
        for _ in 0..<500 {
            let (text, date, sex, place) = CURPMaker.random(using: &rng)
            let curp = try CURP.validate(text).get()
            #expect(curp.birthDate == date)
            #expect(curp.sex == sex)
            #expect(curp.birthPlace == place)
        }
    }

    @Test func everyWrongCheckDigitIsRefusedNamingTheExpectedOne() {
        let valid = "PELA921105MMCRPN03"
        for digit in "0123456789" where digit != "3" {
            let text = String(valid.dropLast()) + String(digit)
            #expect(CURP.validate(text).failureProblems == [.wrongCheckDigit(expected: "3", found: digit)])
        }
        let message = CURPProblem.wrongCheckDigit(expected: "3", found: "7").message(.es)
        #expect(message.contains("debería ser 3"))
        #expect(CURPProblem.wrongCheckDigit(expected: "3", found: "7").message(.en).contains("should be 3"))
    }

    @Test func aTypoInTheBodyIsCaughtByTheCheckDigit() {
        // One letter changed (P -> R in the consonants): the check digit no longer fits.
        #expect(CURP.validate("PELA921105MMCRRN03").failureProblems.contains {
            if case .wrongCheckDigit = $0 { return true } else { return false }
        })
    }

    @Test func centuryComesFromTheDifferentiator() throws {
        let born2000 = try CURP.validate(CURPMaker.make(
            name: "HEGJ", date: CalendarDate(year: 2000, month: 2, day: 29)!, sex: .female, place: "DF",
            consonants: "RRN")).get()
        #expect(born2000.birthDate.iso == "2000-02-29")
        #expect(CURP("HEGJ000229MDFRRNA4") != nil)
        // Same digits with a digit differentiator mean 1900, and 1900 was not a leap year.
        let first17 = "HEGJ000229MDFRRN0"
        let text = first17 + String(CURP.checkDigit(for: first17)!)
        #expect(CURP.validate(text).failureProblems
                == [.impossibleDate(digits: "000229", reason: .february29NotLeap(year: 1900))])
    }

    @Test func bornAbroad() throws {
        let text = CURPMaker.make(name: "SAHM", date: CalendarDate(year: 2004, month: 1, day: 1)!, sex: .male,
                                  place: "NE", consonants: "XRR")
        #expect(text == "SAHM040101HNEXRRA7")
        #expect(try CURP.validate(text).get().birthPlace == .abroad)
    }

    @Test(arguments: [
        ("", [CURPProblem.empty]),
        ("   ", [.empty]),
        ("PELA921105", [.wrongLength(count: 10)]),
        ("PELA921105MMCRPN03X", [.wrongLength(count: 19)]),
        ("PELA921105MMCRPN0$", [.badCharacters(["$"]), .checkDigitNotDigit(found: "$")]),
        ("PELA921105MMCRPN0\u{7}", [.badCharacters(["\u{7}"]), .checkDigitNotDigit(found: "\u{7}")]),
        ("PE$A921105MMCRPN03", [.badCharacters(["$"]), .nameLettersExpected]),
        ("P3LA921105MMCRPN03", [.nameLettersExpected]),
        ("PELA92110AMMCRPN03", [.dateDigitsExpected]),
        ("PELA921305MMCRPN03", [.impossibleDate(digits: "921305", reason: .monthOutOfRange(13))]),
        ("PELA920231MMCRPN03", [.impossibleDate(digits: "920231", reason: .dayOutOfRange(day: 31, month: 2, year: 1992))]),
        ("PELA921105XMCRPN03", [.badSex(found: "X")]),
        ("PELA921105MXXRPN03", [.unknownStateCode("XX")]),
        ("PELA921105MMCRAN03", [.consonantsExpected(found: "RAN")]),
        ("PELA921105MMCRPN$3", [.badCharacters(["$"]), .badDifferentiator(found: "$")]),
        ("PELA921105MMCRPN0Z", [.checkDigitNotDigit(found: "Z")]),
    ])
    func problems(text: String, expected: [CURPProblem]) {
        let problems = CURP.validate(text).failureProblems
        // Besides the named problem, a changed character may also break the check digit.
        let withoutCheckDigit = problems.filter {
            if case .wrongCheckDigit = $0 { return false } else { return true }
        }
        #expect(withoutCheckDigit == expected)
        for p in problems {
            #expect(!p.message(.es).isEmpty && !p.message(.en).isEmpty)
            #expect(!p.message(.es).contains("{") && !p.message(.en).contains("{"))
        }
    }

    @Test func severalProblemsAreAllReported() {
        let problems = CURP.validate("1234ABCDEFZZZAAAAA").failureProblems
        #expect(problems.contains(.nameLettersExpected))
        #expect(problems.contains(.dateDigitsExpected))
        #expect(problems.contains(.badSex(found: "Z")))
        #expect(problems.contains(.unknownStateCode("ZZ")))
        #expect(problems.contains(.checkDigitNotDigit(found: "A")))
    }

    @Test func lowercaseSpacesAndHyphensAreAccepted() {
        #expect(CURP(" pela-921105-mmcrpn03 ")?.value == "PELA921105MMCRPN03")
        #expect(CURP("PELA 921105 MMC RPN 03")?.value == "PELA921105MMCRPN03")
    }

    @Test func messagesNameTheDetails() {
        #expect(CURPProblem.wrongLength(count: 17).message(.es) == "La CURP tiene 18 caracteres; usted escribió 17.")
        #expect(CURPProblem.unknownStateCode("XX").message(.en).contains("“XX”"))
        #expect(CURPProblem.impossibleDate(digits: "921305", reason: .monthOutOfRange(13)).message(.es)
                .contains("El mes 13 no existe"))
        #expect(CURPProblem.badCharacters(["\u{7}"]).message(.es).contains("U+7"))
    }

    @Test func hugeInputIsRefusedQuickly() {
        let huge = String(repeating: "PELA921105MMCRPN03", count: 600)
        #expect(CURP.validate(huge).failureProblems == [.wrongLength(count: huge.count)])
        #expect(CURP.validate(String(repeating: "é", count: 10_000)).failureProblems == [.wrongLength(count: 10_000)])
    }

    @Test func mismatchesWithTypedData() throws {
        let curp = try CURP.validate("PELA921105MMCRPN03").get()
        #expect(curp.mismatches(birthDate: CalendarDate(year: 1992, month: 11, day: 5), sex: .female).isEmpty)
        #expect(curp.mismatches(birthDate: nil, sex: nil).isEmpty)
        let typed = CalendarDate(year: 1992, month: 5, day: 11)!
        let warnings = curp.mismatches(birthDate: typed, sex: .male)
        #expect(warnings == [.birthDate(curp: curp.birthDate, typed: typed), .sex(curp: .female, typed: .male)])
        #expect(warnings[0].message(.es)
                == "La CURP indica nacimiento el 5 de noviembre de 1992, pero la fecha escrita es 11 de mayo de 1992.")
        #expect(warnings[1].message(.en) == "The CURP gives sex female, but the typed one is male.")
    }

    @Test func codableAsItsString() throws {
        let curp = try CURP.validate("PELA921105MMCRPN03").get()
        let data = try JSONEncoder().encode([curp])
        #expect(String(decoding: data, as: UTF8.self) == "[\"PELA921105MMCRPN03\"]")
        #expect(try JSONDecoder().decode([CURP].self, from: data) == [curp])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CURP].self, from: Data("[\"PELA921105MMCRPN04\"]".utf8))
        }
    }

    @Test func enyeCountsInTheAlphabet() throws {
        // Ñ is index 24 in the alphabet; typed lowercase or decomposed (N + combining tilde)
        // it is the same character.
        let first17 = "MUÑA850312HJCRRR0"
        let digit = try #require(CURP.checkDigit(for: first17))
        #expect(CURP.checkDigit(for: "MUNA850312HJCRRR0") != digit)
        #expect(CURP(first17 + String(digit)) != nil)
        #expect(CURP("mun\u{303}a850312hjcrrr0" + String(digit))?.value == first17 + String(digit))
    }

    @Test func checkDigitHelperRefusesBadInput() {
        #expect(CURP.checkDigit(for: "SHORT") == nil)
        #expect(CURP.checkDigit(for: "PELA921105MMCRPN$") == nil)
        #expect(CURP.checkDigit(for: "pela921105mmcrpn0") == "3")
    }
}

extension Result where Success == CURP, Failure == CURPValidationError {
    var failureProblems: [CURPProblem] {
        if case .failure(let e) = self { return e.problems }
        return []
    }
}
