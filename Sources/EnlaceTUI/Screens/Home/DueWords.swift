import Foundation
import EnlaceCore

/// A due date in words relative to today, in the person's time zone: "hoy 15:00", "ayer",
/// "hace 3 días", "mañana", "en 2 días" (English: "today 15:00", "yesterday", "3 days ago"...).
enum DueWords {
    static func days(from now: Date, to date: Date, _ timeZone: TimeZone) -> Int {
        let today = CalendarDate(now, timeZone: timeZone)
        let day = CalendarDate(date, timeZone: timeZone)
        return today.days(to: day)
    }

    static func text(_ date: Date, now: Date, timeZone: TimeZone, _ language: Language) -> String {
        let n = days(from: now, to: date, timeZone)
        switch n {
        case 0: return HomeText.dueToday.format(language, ["time": Chrome.clock(date, timeZone)])
        case -1: return HomeText.dueYesterday(language)
        case 1: return HomeText.dueTomorrow(language)
        case ..<0: return HomeText.dueDaysAgo.format(language, ["n": "\(-n)"])
        default: return HomeText.dueInDays.format(language, ["n": "\(n)"])
        }
    }
}
