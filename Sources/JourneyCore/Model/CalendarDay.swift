import FoundationEssentials

/// A day as the map file writes it: YYYY-MM-DD, a real date of the Gregorian
/// calendar, in UTC (a map's days are not tied to anyone's time zone).
///
/// Plain arithmetic on day numbers, not a DateFormatter: that one loads ICU's
/// data and time zones, milliseconds at every start for a map with a date in
/// it. The calendar is the one ICU's (and so Foundation's) Gregorian calendar
/// is: Julian before 15 October 1582, so that every answer stays what it was.
public enum CalendarDay {
    /// Whether `text` is exactly such a day: "2026-02-30" and "2026-2-3" are not.
    public static func isValid(_ text: String) -> Bool {
        date(text) != nil
    }

    /// Why `text` is not such a day, for a message that says what to write; nil when it is one.
    public static func problem(with text: String) -> String? {
        guard !isValid(text) else { return nil }
        guard digits(text) != nil else { return "\"\(text)\" is not \(expected)" }
        return "\"\(text)\" is not a day of the calendar; give \(expected)"
    }

    public static func date(_ text: String) -> Date? {
        guard let bytes = digits(text) else { return nil }
        func number(_ digits: ArraySlice<UInt8>) -> Int { digits.reduce(0) { $0 * 10 + Int($1 - 48) } }
        let day = Day(year: number(bytes[0..<4]), month: number(bytes[5..<7]), day: number(bytes[8..<10]))
        guard day.year >= 1, (1...12).contains(day.month), (1...31).contains(day.day),
              Day(julianDay: day.julianDay) == day else { return nil }
        return Date(julianDay: day.julianDay)
    }

    /// The bytes of text shaped NNNN-NN-NN, digits and two hyphens.
    private static func digits(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (48...57).contains($0.element) })
        else { return nil }
        return bytes
    }

    public static func text(_ date: Date) -> String { Day(julianDay: date.julianDay).text }

    public static var today: String { text(Date()) }

    /// Days from one day to another (negative when `to` comes first).
    public static func days(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / secondsPerDay).rounded(.towardZero))
    }

    /// Months first, the day of the month kept where the new month has it
    /// (31 January and a month: the end of February), then days.
    public static func adding(months: Int, days: Int, to date: Date) -> Date? {
        let start = Day(julianDay: date.julianDay)
        let monthIndex = start.year * 12 + start.month - 1 + months
        var moved = Day(year: monthIndex.floorDivided(by: 12), month: monthIndex.floorModulo(12) + 1, day: 0)
        moved.day = min(start.day, moved.monthLength)
        let seconds = date.timeIntervalSince1970 - Double(date.julianDay - unixEpochJulianDay) * secondsPerDay
        return Date(julianDay: moved.julianDay + days).addingTimeInterval(seconds)
    }

    /// What a user may be told a day must look like.
    public static let expected = "a day written YYYY-MM-DD, e.g. 2026-03-31"

    static let secondsPerDay = 86_400.0
    /// 1 January 1970, the day Date's seconds count from.
    static let unixEpochJulianDay = 2_440_588
    /// 15 October 1582, the first day of the Gregorian calendar; the day before is 4 October (Julian).
    static let gregorianStart = 2_299_161

    /// A year, month and day, and their Julian day number (days counted from 4713 BC).
    struct Day: Equatable {
        var year: Int
        var month: Int
        var day: Int

        init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        init(julianDay: Int) {
            // Richards' algorithm; the Gregorian correction only from the start of that calendar.
            var f = julianDay + 1401
            if julianDay >= gregorianStart { f += (((4 * julianDay + 274_277) / 146_097) * 3) / 4 - 38 }
            let e = 4 * f + 3
            let h = 5 * (e % 1461 / 4) + 2
            day = h % 153 / 5 + 1
            month = (h / 153 + 2) % 12 + 1
            year = e / 1461 - 4716 + (14 - month) / 12
        }

        /// As ICU resolves a date: by the Gregorian rules, unless that falls before their start.
        var julianDay: Int {
            let a = (14 - month) / 12
            let y = year + 4800 - a
            let m = month + 12 * a - 3
            let common = day + (153 * m + 2) / 5 + 365 * y + y / 4
            let gregorian = common - y / 100 + y / 400 - 32_045
            return gregorian >= gregorianStart ? gregorian : common - 32_083
        }

        var isLeapYear: Bool {
            year < 1582 ? year % 4 == 0 : year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        }

        var monthLength: Int {
            switch month {
            case 2: isLeapYear ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// YYYY-MM-DD; a year before 1 AD by its number in its era, as "yyyy" writes it.
        var text: String {
            zeroPadded(year >= 1 ? year : 1 - year, 4) + "-" + zeroPadded(month, 2) + "-" + zeroPadded(day, 2)
        }
    }
}

extension Date {
    /// The Julian day number of the UTC day this falls in.
    var julianDay: Int {
        Int((timeIntervalSince1970 / CalendarDay.secondsPerDay).rounded(.down)) + CalendarDay.unixEpochJulianDay
    }

    /// Midnight (UTC) at the start of a Julian day number.
    init(julianDay: Int) {
        self.init(timeIntervalSince1970: Double(julianDay - CalendarDay.unixEpochJulianDay) * CalendarDay.secondsPerDay)
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int { (self - floorModulo(divisor)) / divisor }
    func floorModulo(_ divisor: Int) -> Int { (self % divisor + divisor) % divisor }
}

/// `value` in decimal with zeros in front, at least `width` digits.
func zeroPadded(_ value: some BinaryInteger, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
