import Foundation
import Testing
@testable import JourneyCore

/// CalendarDay counts days itself; Foundation's formatter and calendar
/// (ICU's Gregorian calendar, Julian before October 1582) are the oracle.
@Suite struct CalendarDayTests {
    static let formatter: DateFormatter = {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "UTC")
        format.dateFormat = "yyyy-MM-dd"
        return format
    }()

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func oracleDate(_ text: String) -> Date? {
        guard let date = formatter.date(from: text), formatter.string(from: date) == text else { return nil }
        return date
    }

    static let years = [0, 1, 2, 4, 100, 1499, 1500, 1581, 1582, 1583, 1600, 1700, 1900, 1969, 1970, 2000, 2024, 2025,
                        2026, 2100, 2400, 9999]

    static var texts: [String] {
        years.flatMap { year in
            (0...13).flatMap { month in
                (0...32).map { day in
                    String(format: "%04d-%02d-%02d", year, month, day)
                }
            }
        }
    }

    @Test func readsWhatTheFormatterReads() {
        for text in Self.texts {
            #expect(CalendarDay.date(text) == Self.oracleDate(text), "\(text)")
        }
    }

    @Test func writesWhatTheFormatterWrites() {
        for text in Self.texts {
            guard let date = Self.oracleDate(text) else { continue }
            for seconds in [0.0, 1, 43_200, 86_399] {
                let moment = date.addingTimeInterval(seconds)
                #expect(CalendarDay.text(moment) == Self.formatter.string(from: moment), "\(text) + \(seconds) s")
            }
        }
    }

    @Test func addsAndCountsAsTheCalendarDoes() {
        for text in Self.texts {
            guard let date = Self.oracleDate(text) else { continue }
            for (months, days) in [(0, 7), (1, 0), (3, 0), (6, 0), (12, 0), (1, 30), (-1, 0), (0, -400)] {
                let expected = Self.calendar.date(byAdding: DateComponents(month: months, day: days), to: date)
                let added = CalendarDay.adding(months: months, days: days, to: date)
                #expect(added == expected, "\(text) + \(months) months \(days) days")
                if let expected {
                    #expect(CalendarDay.days(from: date, to: expected)
                                == Self.calendar.dateComponents([.day], from: date, to: expected).day, "\(text)")
                }
            }
        }
    }
}
