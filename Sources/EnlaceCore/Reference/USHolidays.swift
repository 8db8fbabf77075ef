/// The US federal holidays, on the days they are observed: partners (clinics, legal aid,
/// consulates' US offices) answer on working days, so response due dates skip them.
/// A holiday on a Saturday is observed the Friday before, on a Sunday the Monday after.
public enum USHolidays {
    public enum Holiday: String, CaseIterable, Sendable {
        case newYear, martinLutherKing, presidents, memorial, juneteenth, independence,
             labor, columbus, veterans, thanksgiving, christmas

        public var label: LocalizedText {
            switch self {
            case .newYear: return .init(es: "Año Nuevo", en: "New Year's Day")
            case .martinLutherKing: return .init(es: "Día de Martin Luther King Jr.", en: "Martin Luther King Jr. Day")
            case .presidents: return .init(es: "Día de los Presidentes", en: "Presidents' Day")
            case .memorial: return .init(es: "Día de los Caídos", en: "Memorial Day")
            case .juneteenth: return .init(es: "Juneteenth", en: "Juneteenth")
            case .independence: return .init(es: "Día de la Independencia", en: "Independence Day")
            case .labor: return .init(es: "Día del Trabajo", en: "Labor Day")
            case .columbus: return .init(es: "Día de los Pueblos Indígenas / Colón", en: "Indigenous Peoples' / Columbus Day")
            case .veterans: return .init(es: "Día de los Veteranos", en: "Veterans Day")
            case .thanksgiving: return .init(es: "Día de Acción de Gracias", en: "Thanksgiving Day")
            case .christmas: return .init(es: "Navidad", en: "Christmas Day")
            }
        }

        /// The day it is observed in `year`.
        public func observed(in year: Int) -> CalendarDate {
            switch self {
            case .newYear: return USHolidays.observedFixed(year, 1, 1)
            case .martinLutherKing: return USHolidays.nth(3, weekday: 1, month: 1, year: year)
            case .presidents: return USHolidays.nth(3, weekday: 1, month: 2, year: year)
            case .memorial: return USHolidays.last(weekday: 1, month: 5, year: year)
            case .juneteenth: return USHolidays.observedFixed(year, 6, 19)
            case .independence: return USHolidays.observedFixed(year, 7, 4)
            case .labor: return USHolidays.nth(1, weekday: 1, month: 9, year: year)
            case .columbus: return USHolidays.nth(2, weekday: 1, month: 10, year: year)
            case .veterans: return USHolidays.observedFixed(year, 11, 11)
            case .thanksgiving: return USHolidays.nth(4, weekday: 4, month: 11, year: year)
            case .christmas: return USHolidays.observedFixed(year, 12, 25)
            }
        }
    }

    /// The holiday observed on `day`, if any (New Year's Day of the next year can fall on
    /// December 31).
    public static func holiday(on day: CalendarDate) -> Holiday? {
        for year in [day.year, day.year + 1] {
            if let h = Holiday.allCases.first(where: { $0.observed(in: year) == day }) { return h }
        }
        return nil
    }

    /// Saturday, Sunday or an observed federal holiday.
    public static func isWorkingDay(_ day: CalendarDate) -> Bool {
        let w = weekday(day)
        return w != 0 && w != 6 && holiday(on: day) == nil
    }

    /// 0 Sunday ... 6 Saturday (1 January 1970 was a Thursday).
    public static func weekday(_ day: CalendarDate) -> Int {
        ((day.daysSinceEpoch % 7) + 7 + 4) % 7
    }

    static func observedFixed(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> CalendarDate {
        let day = CalendarDate(year: year, month: month, day: dayOfMonth)!
        switch weekday(day) {
        case 6: return day.adding(days: -1)!
        case 0: return day.adding(days: 1)!
        default: return day
        }
    }

    /// The `n`th `weekday` (0 Sunday ... 6 Saturday) of a month.
    static func nth(_ n: Int, weekday target: Int, month: Int, year: Int) -> CalendarDate {
        let first = CalendarDate(year: year, month: month, day: 1)!
        let offset = (target - weekday(first) + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))!
    }

    static func last(weekday target: Int, month: Int, year: Int) -> CalendarDate {
        let lastDay = CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
        let back = (weekday(lastDay) - target + 7) % 7
        return lastDay.adding(days: -back)!
    }
}
