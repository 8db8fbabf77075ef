import Foundation
import EnlaceCore

/// Times of day as typed at the desk: "10", "10:30", "10.30", "9 am", "3:15 pm", "15 h",
/// "15:00 hrs". Minutes after midnight; nil when the text is not a time.
enum ClockTime {
    static func parse(_ text: String) -> Int? {
        var t = text.lowercased().filter { !$0.isWhitespace }
        guard !t.isEmpty, t.count <= 16 else { return nil }
        var meridiem: String?
        for (suffix, value) in [("a.m.", "am"), ("p.m.", "pm"), ("am", "am"), ("pm", "pm"),
                                ("hrs", ""), ("hr", ""), ("h", "")] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            if !value.isEmpty { meridiem = value }
            break
        }
        let parts = t.split(separator: ":", omittingEmptySubsequences: false).count == 2
            ? t.split(separator: ":", omittingEmptySubsequences: false)
            : t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              var hour = Int(parts[0]), parts[0].count <= 2 else { return nil }
        var minute = 0
        if parts.count == 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (0...59).contains(m) else { return nil }
            minute = m
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            if meridiem == "am" && hour == 12 { hour = 0 }
            if meridiem == "pm" && hour < 12 { hour += 12 }
        }
        guard (0...23).contains(hour) else { return nil }
        return hour * 60 + minute
    }

    /// "9:00-17:00", "9 a 17", "9am to 5pm": a window within one day, start before end.
    static func window(_ text: String) -> AvailabilityWindow? {
        let lowered = text.lowercased()
        for separator in [" to ", " a ", "–", "-"] {
            let pieces = lowered.components(separatedBy: separator)
            guard pieces.count == 2, let from = parse(pieces[0]), let to = parse(pieces[1]) else { continue }
            let window = AvailabilityWindow(fromMinute: from, toMinute: to)
            return window.isValid ? window : nil
        }
        return nil
    }

    /// "09:30".
    static func text(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
