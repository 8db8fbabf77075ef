import Testing
@testable import EnlaceCore

struct USHolidaysTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// The observed federal holidays of 2026 and 2027, as the US Office of Personnel
    /// Management publishes them.
    @Test(arguments: [
        ("2026-01-01", USHolidays.Holiday.newYear), ("2026-01-19", .martinLutherKing), ("2026-02-16", .presidents),
        ("2026-05-25", .memorial), ("2026-06-19", .juneteenth), ("2026-07-03", .independence),
        ("2026-09-07", .labor), ("2026-10-12", .columbus), ("2026-11-11", .veterans),
        ("2026-11-26", .thanksgiving), ("2026-12-25", .christmas),
        ("2027-01-01", .newYear), ("2027-01-18", .martinLutherKing), ("2027-05-31", .memorial),
        ("2027-06-18", .juneteenth), ("2027-07-05", .independence), ("2027-11-25", .thanksgiving),
        ("2027-12-24", .christmas), ("2027-12-31", .newYear),
    ])
    func observedDays(iso: String, holiday: USHolidays.Holiday) {
        #expect(USHolidays.holiday(on: day(iso)) == holiday, "\(iso)")
        #expect(!USHolidays.isWorkingDay(day(iso)))
    }

    @Test func weekdaysWeekendsAndOrdinaryDays() {
        #expect(USHolidays.weekday(day("1970-01-01")) == 4)
        #expect(USHolidays.weekday(day("2026-11-22")) == 0)
        #expect(USHolidays.weekday(day("1969-12-31")) == 3)
        #expect(!USHolidays.isWorkingDay(day("2026-11-21")))   // Saturday
        #expect(USHolidays.isWorkingDay(day("2026-11-23")))    // Monday
        #expect(USHolidays.isWorkingDay(day("2026-07-04")) == false) // Saturday, observed on Friday 3rd
        #expect(USHolidays.holiday(on: day("2026-07-04")) == nil)
        #expect(USHolidays.isWorkingDay(day("2026-12-24")))
        for h in USHolidays.Holiday.allCases {
            #expect(!h.label.es.isEmpty && !h.label.en.isEmpty)
        }
    }
}

struct MexicanHolidaysTests {
    func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Mexico's mandatory rest days of 2026 and the transfer of power of 2030 (LFT art. 74).
    @Test(arguments: [
        ("2026-01-01", MexicanHolidays.Holiday.newYear), ("2026-02-02", .constitution), ("2026-03-16", .juarez),
        ("2026-05-01", .labor), ("2026-09-16", .independence), ("2026-11-16", .revolution),
        ("2026-12-25", .christmas), ("2030-10-01", .transferOfPower), ("2024-10-01", .transferOfPower),
    ])
    func restDays(iso: String, holiday: MexicanHolidays.Holiday) {
        #expect(MexicanHolidays.holiday(on: day(iso)) == holiday, "\(iso)")
    }

    @Test func consulatesCloseOnBothCalendarsOtherPartnersOnTheUSOne() {
        #expect(MexicanHolidays.holiday(on: day("2026-10-01")) == nil)   // not a transfer year
        // Wednesday 16 September 2026: a consulate is closed, a clinic is open.
        #expect(!PartnerCalendar.isWorkingDay(day("2026-09-16"), for: .consularOrientation))
        #expect(PartnerCalendar.isWorkingDay(day("2026-09-16"), for: .telemedicine))
        #expect(PartnerCalendar.isWorkingDay(day("2026-09-16"), for: nil))
        // Thanksgiving closes both.
        #expect(!PartnerCalendar.isWorkingDay(day("2026-11-26"), for: .consularOrientation))
        #expect(!PartnerCalendar.isWorkingDay(day("2026-11-26"), for: .legalAid))
        for h in MexicanHolidays.Holiday.allCases { #expect(!h.label.es.isEmpty && !h.label.en.isEmpty) }
    }
}
