/// Mexico's mandatory rest days (Ley Federal del Trabajo, art. 74), on which Mexican consulates
/// are closed: a consular referral's working days skip them as well as the US ones.
/// (Consulates publish their own calendars too; these are the days every one of them keeps.)
public enum MexicanHolidays {
    public enum Holiday: String, CaseIterable, Sendable {
        case newYear, constitution, juarez, labor, independence, transferOfPower, revolution, christmas

        public var label: LocalizedText {
            switch self {
            case .newYear: return .init(es: "Año Nuevo", en: "New Year's Day")
            case .constitution: return .init(es: "Día de la Constitución", en: "Constitution Day")
            case .juarez: return .init(es: "Natalicio de Benito Juárez", en: "Benito Juárez's birthday")
            case .labor: return .init(es: "Día del Trabajo", en: "Labour Day")
            case .independence: return .init(es: "Día de la Independencia", en: "Independence Day")
            case .transferOfPower: return .init(es: "Transmisión del Poder Ejecutivo Federal", en: "Presidential inauguration")
            case .revolution: return .init(es: "Día de la Revolución", en: "Revolution Day")
            case .christmas: return .init(es: "Navidad", en: "Christmas Day")
            }
        }

        /// The day it falls on in `year`; nil when it does not fall that year (the transfer of
        /// power is every six years: 2024, 2030...).
        public func day(in year: Int) -> CalendarDate? {
            switch self {
            case .newYear: return CalendarDate(year: year, month: 1, day: 1)
            case .constitution: return USHolidays.nth(1, weekday: 1, month: 2, year: year)
            case .juarez: return USHolidays.nth(3, weekday: 1, month: 3, year: year)
            case .labor: return CalendarDate(year: year, month: 5, day: 1)
            case .independence: return CalendarDate(year: year, month: 9, day: 16)
            case .transferOfPower: return (year - 2024) % 6 == 0 ? CalendarDate(year: year, month: 10, day: 1) : nil
            case .revolution: return USHolidays.nth(3, weekday: 1, month: 11, year: year)
            case .christmas: return CalendarDate(year: year, month: 12, day: 25)
            }
        }
    }

    public static func holiday(on day: CalendarDate) -> Holiday? {
        Holiday.allCases.first { $0.day(in: day.year) == day }
    }
}

/// Which days a partner of a kind of referral is closed, for counting its working days.
public enum PartnerCalendar {
    /// Weekends and US federal holidays for every partner; Mexican rest days too for the
    /// consulates (consular orientation).
    public static func isWorkingDay(_ day: CalendarDate, for kind: ReferralKind?) -> Bool {
        guard USHolidays.isWorkingDay(day) else { return false }
        if kind == .consularOrientation, MexicanHolidays.holiday(on: day) != nil { return false }
        return true
    }
}
