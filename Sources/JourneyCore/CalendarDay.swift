import Foundation

/// A day as the map file writes it: YYYY-MM-DD, a real date of the Gregorian
/// calendar, in UTC (a map's days are not tied to anyone's time zone).
public enum CalendarDay {
    /// Whether `text` is exactly such a day: "2026-02-30" and "2026-2-3" are not.
    public static func isValid(_ text: String) -> Bool {
        date(text) != nil
    }

    public static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) }),
              let date = format.date(from: text), format.string(from: date) == text else { return nil }
        return date
    }

    public static func text(_ date: Date) -> String { format.string(from: date) }

    public static var today: String { text(Date()) }

    /// Days from one day to another (negative when `to` comes first).
    public static func days(from start: Date, to end: Date) -> Int {
        calendar.dateComponents([.day], from: start, to: end).day ?? 0
    }

    public static func adding(months: Int, days: Int, to date: Date) -> Date? {
        calendar.date(byAdding: DateComponents(month: months, day: days), to: date)
    }

    /// What a user may be told a day must look like.
    public static let expected = "a day written YYYY-MM-DD, e.g. 2026-03-31"

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static let format: DateFormatter = {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        return format
    }()
}
