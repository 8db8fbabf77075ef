import Testing
import Foundation
@testable import EnlaceCore

private let today = CalendarDate(year: 2026, month: 11, day: 21)!

private func d(_ y: Int, _ m: Int, _ day: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: day)! }

@Suite struct DateInputTests {
    @Test(arguments: [
        ("1985-03-12", d(1985, 3, 12)),
        ("1985/3/12", d(1985, 3, 12)),
        ("12/03/1985", d(1985, 3, 12)),
        ("12-03-1985", d(1985, 3, 12)),
        ("12.03.1985", d(1985, 3, 12)),
        ("12 / 03 / 1985", d(1985, 3, 12)),
        ("12/3/85", d(1985, 3, 12)),
        ("12 mar 1985", d(1985, 3, 12)),
        ("12 de marzo de 1985", d(1985, 3, 12)),
        ("12 De Marzo Del 1985", d(1985, 3, 12)),
        ("12-mar-85", d(1985, 3, 12)),
        ("March 12, 1985", d(1985, 3, 12)),
        ("mar 12th 1985", d(1985, 3, 12)),
        ("1ro de enero de 2000", d(2000, 1, 1)),
        ("1º de enero de 2000", d(2000, 1, 1)),
        ("3 sept 2001", d(2001, 9, 3)),
        ("3 set 2001", d(2001, 9, 3)),
        ("25 dic 1999", d(1999, 12, 25)),
        ("ago 5, 2010", d(2010, 8, 5)),
        ("August 5 2010", d(2010, 8, 5)),
        ("1985 marzo 12", d(1985, 3, 12)),
        ("29/02/2024", d(2024, 2, 29)),
        ("29 feb 2000", d(2000, 2, 29)),
        ("  31/12/1999  ", d(1999, 12, 31)),
        ("lunes 12 de marzo de 1985", d(1985, 3, 12)),
    ])
    func accepted(text: String, date: CalendarDate) throws {
        #expect(try DateInput.parse(text, today: today).get().date == date)
    }

    @Test func monthFirstOrder() throws {
        #expect(try DateInput.parse("03/12/1985", order: .monthFirst, today: today).get().date == d(1985, 3, 12))
        #expect(try DateInput.parse("03/12/1985", today: today).get().date == d(1985, 12, 3))
        // Year-first and month-name forms do not depend on the order.
        #expect(try DateInput.parse("1985-03-12", order: .monthFirst, today: today).get().date == d(1985, 3, 12))
        #expect(try DateInput.parse("12 mar 1985", order: .monthFirst, today: today).get().date == d(1985, 3, 12))
    }

    @Test(arguments: [
        ("30/02/2001", DateProblem.dayOutOfRange(day: 30, month: 2, year: 2001)),
        ("29/02/2023", .february29NotLeap(year: 2023)),
        ("29/02/1900", .february29NotLeap(year: 1900)),
        ("31/04/2020", .dayOutOfRange(day: 31, month: 4, year: 2020)),
        ("31 jun 2020", .dayOutOfRange(day: 31, month: 6, year: 2020)),
        ("12/13/1985", .monthOutOfRange(13)),
        ("1985-13-01", .monthOutOfRange(13)),
        ("00/03/1985", .dayZero),
        ("32/01/1985", .dayOutOfRange(day: 32, month: 1, year: 1985)),
        ("12/03/0985", .yearOutOfRange(985)),
        ("12/03/198", .yearOutOfRange(198)),
        ("", .empty),
        ("   ", .empty),
        ("12 smarch 1985", .unknownMonthName("smarch")),
        ("ahorita", .unrecognized(input: "ahorita")),
        ("+", .unrecognized(input: "+")),
        ("+3 semanas", .unrecognized(input: "+3 semanas")),
        ("3", .unrecognized(input: "3")),
        ("+3661", .unrecognized(input: "+3661")),
        ("mañana 12/03/1985", .unrecognized(input: "mañana 12/03/1985")),
        ("12/03", .unrecognized(input: "12/03")),
        ("12031985", .unrecognized(input: "12031985")),
        ("12/03-1985", .unrecognized(input: "12/03-1985")),
        ("12//03/1985", .unrecognized(input: "12//03/1985")),
        ("12 ma 1985", .unknownMonthName("ma")),
        ("12\u{7}/03/1985", .unrecognized(input: "12?/03/1985")),
    ])
    func refused(text: String, problem: DateProblem) {
        #expect(DateInput.parse(text, today: today).failure == problem)
    }

    /// Days counted from today (21 November 2026), as a caseworker types them.
    @Test(arguments: [
        ("hoy", d(2026, 11, 21)),
        ("HOY", d(2026, 11, 21)),
        ("  Hoy  ", d(2026, 11, 21)),
        ("mañana", d(2026, 11, 22)),
        ("manana", d(2026, 11, 22)),
        ("Mañana.", d(2026, 11, 22)),
        ("MAÑANA", d(2026, 11, 22)),
        ("pasado mañana", d(2026, 11, 23)),
        ("pasado  manana", d(2026, 11, 23)),
        ("ayer", d(2026, 11, 20)),
        ("antier", d(2026, 11, 19)),
        ("anteayer", d(2026, 11, 19)),
        ("today", d(2026, 11, 21)),
        ("Tomorrow", d(2026, 11, 22)),
        ("yesterday", d(2026, 11, 20)),
        ("day after tomorrow", d(2026, 11, 23)),
        ("the day after tomorrow", d(2026, 11, 23)),
        ("day before yesterday", d(2026, 11, 19)),
        ("+3", d(2026, 11, 24)),
        ("+ 3", d(2026, 11, 24)),
        ("+0", d(2026, 11, 21)),
        ("+10", d(2026, 12, 1)),
        ("+41", d(2027, 1, 1)),
        ("-2", d(2026, 11, 19)),
        ("-21", d(2026, 10, 31)),
        ("+3 días", d(2026, 11, 24)),
        ("+3 dias", d(2026, 11, 24)),
        ("+1 día", d(2026, 11, 22)),
        ("+3 days", d(2026, 11, 24)),
        ("-1 day", d(2026, 11, 20)),
        ("+3660", d(2036, 11, 28)),
    ])
    func daysFromToday(text: String, date: CalendarDate) throws {
        let parsed = try DateInput.parse(text, today: today).get()
        #expect(parsed.date == date)
        #expect(!parsed.isAmbiguous)
    }

    @Test func daysFromTodayInEveryDayMonthOrderAndInWords() throws {
        #expect(try DateInput.parse("mañana", order: .monthFirst, today: today).get().date == d(2026, 11, 22))
        // The line under the field says which day was understood.
        #expect(DateInput.feedback(DateInput.parse("mañana", today: today), .es) == "22 de noviembre de 2026")
        #expect(DateInput.feedback(DateInput.parse("+3", today: today), .en) == "November 24, 2026")
        // Past the end of a month and a year.
        let lastDay = CalendarDate(year: 2026, month: 12, day: 31)!
        #expect(try DateInput.parse("tomorrow", today: lastDay).get().date == d(2027, 1, 1))
    }

    @Test func birthDatesTakeTodayAndYesterdayButNotTomorrow() throws {
        #expect(try DateInput.parseBirthDate("hoy", today: today).get().date == today)
        #expect(try DateInput.parseBirthDate("ayer", today: today).get().date == d(2026, 11, 20))
        #expect(try DateInput.parseBirthDate("-400", today: today).get().date == d(2025, 10, 17))
        #expect(DateInput.parseBirthDate("mañana", today: today).failure == .birthInFuture(d(2026, 11, 22)))
        #expect(DateInput.parseBirthDate("+3", today: today).failure == .birthInFuture(d(2026, 11, 24)))
        #expect(DateInput.parseBirthDate("tomorrow", today: today).failure?.message(.en)
                == "The birth date November 22, 2026 is after today.")
    }

    @Test func refusalMessagesSayWhy() {
        #expect(DateProblem.february29NotLeap(year: 2023).message(.es)
                == "2023 no es año bisiesto: febrero de 2023 tiene 28 días.")
        #expect(DateProblem.dayOutOfRange(day: 31, month: 4, year: 2020).message(.es)
                == "El mes de abril tiene 30 días; no existe el día 31.")
        #expect(DateProblem.dayOutOfRange(day: 31, month: 4, year: 2020).message(.en)
                == "April has 30 days; there is no day 31.")
        #expect(DateProblem.monthOutOfRange(13).message(.en) == "Month 13 does not exist: months go from 1 to 12.")
        #expect(DateProblem.unrecognized(input: "ayer").message(.es).contains("«ayer»"))
    }

    @Test func ambiguityIsFlagged() throws {
        let parsed = try DateInput.parse("03/04/1985", today: today).get()
        #expect(parsed.date == d(1985, 4, 3))
        #expect(parsed.alternative == d(1985, 3, 4))
        #expect(parsed.isAmbiguous)
        #expect(parsed.ambiguityMessage(.es)
                == "Fecha ambigua: se leyó 3 de abril de 1985; también podría ser 4 de marzo de 1985.")
        #expect(parsed.ambiguityMessage(.en)
                == "Ambiguous date: read as April 3, 1985; it could also be March 4, 1985.")
    }

    @Test(arguments: ["13/04/1985", "04/04/1985", "1985-03-04", "4 mar 1985"])
    func notAmbiguous(text: String) throws {
        let parsed = try DateInput.parse(text, today: today).get()
        #expect(!parsed.isAmbiguous)
        #expect(parsed.ambiguityMessage(.es) == nil)
    }

    @Test func twoDigitYearsPivotAroundToday() throws {
        #expect(try DateInput.parse("01/01/85", today: today).get().date.year == 1985)
        #expect(try DateInput.parse("01/01/26", today: today).get().date.year == 2026)
        #expect(try DateInput.parse("01/01/46", today: today).get().date.year == 2046)
        #expect(try DateInput.parse("01/01/47", today: today).get().date.year == 1947)
        #expect(try DateInput.parse("01/01/30", today: today, twoDigitYearFuture: 0).get().date.year == 1930)
        let in2003 = CalendarDate(year: 2003, month: 6, day: 1)!
        #expect(try DateInput.parse("01/01/99", today: in2003).get().date.year == 1999)
        #expect(try DateInput.parse("01/01/02", today: in2003).get().date.year == 2002)
    }

    @Test func birthDates() throws {
        #expect(try DateInput.parseBirthDate("12/03/85", today: today).get().date == d(1985, 3, 12))
        // A two-digit birth year is never in the future.
        #expect(try DateInput.parseBirthDate("01/01/30", today: today).get().date == d(1930, 1, 1))
        #expect(try DateInput.parseBirthDate("21/11/2026", today: today).get().date == today)
        #expect(DateInput.parseBirthDate("22/11/2026", today: today).failure == .birthInFuture(d(2026, 11, 22)))
        // Exactly 120 years before today is accepted; one day earlier is not.
        #expect(try DateInput.parseBirthDate("21/11/1906", today: today).get().date == d(1906, 11, 21))
        #expect(DateInput.parseBirthDate("20/11/1906", today: today).failure == .birthTooOld(d(1906, 11, 20)))
        #expect(DateInput.parseBirthDate("20/11/1906", today: today).failure?.message(.es)
                == "La fecha de nacimiento 20 de noviembre de 1906 daría más de 120 años de edad; revise el año.")
        #expect(DateInput.parseBirthDate("31/02/1990", today: today).failure
                == .dayOutOfRange(day: 31, month: 2, year: 1990))
    }

    @Test func birthDateAmbiguityKeepsOnlyPossibleReadings() throws {
        // Day first, 11/12/2026 is 11 December 2026: in the future, refused. 12/11/2026 is
        // 12 November 2026; its other reading (11 December) is in the future, so it is not
        // offered as an alternative.
        #expect(DateInput.parseBirthDate("11/12/2026", today: today).failure == .birthInFuture(d(2026, 12, 11)))
        let parsed = try DateInput.parseBirthDate("12/11/2026", today: today).get()
        #expect(parsed.date == d(2026, 11, 12))
        #expect(parsed.alternative == nil)
    }

    @Test func words() {
        #expect(DateInput.words(d(1985, 3, 12), .es) == "12 de marzo de 1985")
        #expect(DateInput.words(d(1985, 3, 12), .en) == "March 12, 1985")
        #expect(DateInput.words(d(2000, 1, 1), .es) == "1 de enero de 2000")
        #expect(DateInput.words(d(2024, 2, 29), .en) == "February 29, 2024")
    }

    @Test func feedbackLine() {
        #expect(DateInput.feedback(DateInput.parse("13/03/1985", today: today), .es) == "13 de marzo de 1985")
        #expect(DateInput.feedback(DateInput.parse("13/03/1985", today: today), .en) == "March 13, 1985")
        #expect(DateInput.feedback(DateInput.parse("03/04/1985", today: today), .en)
                == "Ambiguous date: read as April 3, 1985; it could also be March 4, 1985.")
        #expect(DateInput.feedback(DateInput.parse("29/02/2023", today: today), .es)
                == "2023 no es año bisiesto: febrero de 2023 tiene 28 días.")
    }

    @Test func approximateAge() {
        #expect(DateInput.estimatedBirthYear(age: 40, today: today).success == 1986)
        #expect(DateInput.possibleBirthYears(age: 40, today: today).success == 1985...1986)
        #expect(DateInput.estimatedBirthYear(age: 0, today: today).success == 2026)
        #expect(DateInput.estimatedBirthYear(age: -1, today: today).failure == .ageOutOfRange(-1))
        #expect(DateInput.estimatedBirthYear(age: 121, today: today).failure == .ageOutOfRange(121))
        #expect(DateProblem.ageOutOfRange(121).message(.es) == "La edad debe estar entre 0 y 120 años.")
    }

    @Test func hostileInput() {
        let huge = String(repeating: "1", count: 10_000)
        #expect(DateInput.parse(huge, today: today).failure == .tooLong(count: 10_000))
        #expect(DateInput.parse(String(repeating: "12 de marzo ", count: 1000), today: today).failure
                == .tooLong(count: 12_000))
        #expect(DateInput.parse("99999999999999999999/1/1", today: today).failure != nil)
        #expect(DateInput.parse("\u{0}\u{1}\u{2}", today: today).failure == .unrecognized(input: "???"))
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2024-02-29", true), ("2023-02-29", false), ("1900-02-29", false), ("2000-02-29", true),
        ("1985-3-12", false), ("1985-03-12", true), ("85-03-12", false), ("1985-04-31", false),
        ("0000-01-01", false), ("abcd-ef-gh", false), ("1985-03-12 ", false), ("１９８５-03-12", false),
    ])
    func iso(text: String, valid: Bool) {
        let date = CalendarDate(iso: text)
        #expect((date != nil) == valid)
        if let date { #expect(date.iso == text) }
    }

    @Test func comparableAndPadded() {
        #expect(d(1985, 3, 12) < d(1985, 3, 13))
        #expect(d(1985, 12, 31) < d(1986, 1, 1))
        #expect(d(5, 1, 2).iso == "0005-01-02")
    }

    @Test func dayArithmetic() {
        #expect(d(1970, 1, 1).daysSinceEpoch == 0)
        #expect(d(2000, 3, 1).daysSinceEpoch == 11_017)
        #expect(d(2024, 2, 28).adding(days: 1) == d(2024, 2, 29))
        #expect(d(2023, 2, 28).adding(days: 1) == d(2023, 3, 1))
        #expect(d(1969, 12, 31).daysSinceEpoch == -1)
        #expect(d(1985, 3, 12).days(to: d(1985, 4, 12)) == 31)
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<1000 {
            let n = Int.random(in: -700_000...2_900_000, using: &rng)
            #expect(CalendarDate(daysSinceEpoch: n)!.daysSinceEpoch == n)
        }
    }

    @Test func ageOnADay() {
        #expect(d(1985, 3, 12).age(on: d(2026, 3, 11)) == 40)
        #expect(d(1985, 3, 12).age(on: d(2026, 3, 12)) == 41)
        #expect(d(2000, 2, 29).age(on: d(2023, 2, 28)) == 22)
        #expect(d(2000, 2, 29).age(on: d(2023, 3, 1)) == 23)
    }

    @Test func fromInstantInUTCAndBack() {
        let date = Date(timeIntervalSince1970: 1_779_407_999) // 2026-05-21 23:59:59 UTC
        #expect(CalendarDate(date) == d(2026, 5, 21))
        #expect(CalendarDate(date, timeZone: TimeZone(secondsFromGMT: 3600)!) == d(2026, 5, 22))
        #expect(d(2026, 5, 21).startOfDayUTC == Date(timeIntervalSince1970: 1_779_321_600))
    }

    @Test func codableAsISOText() throws {
        let data = try JSONEncoder().encode([d(1985, 3, 12)])
        #expect(String(decoding: data, as: UTF8.self) == "[\"1985-03-12\"]")
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [d(1985, 3, 12)])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data("[\"1985-02-30\"]".utf8))
        }
    }
}

// Result.success / .failure accessors live in TestSupport.swift.
