/// Moving a day by whole months, for dated examples brought up to today.
extension CalendarDay {
    /// The day `months` later (earlier when negative): the last day of a month
    /// stays the last (30 April and a month: 31 May), any other day is kept
    /// where the new month has it (30 January and a month: 28 February).
    public static func moving(_ text: String, months: Int) -> String? {
        guard let date = date(text) else { return nil }
        let start = Day(julianDay: date.julianDay)
        let index = start.monthIndex + months
        var moved = Day(year: index.floorDivided(by: 12), month: index.floorModulo(12) + 1, day: 1)
        moved.day = start.day == start.monthLength ? moved.monthLength : min(start.day, moved.monthLength)
        return moved.year >= 1 ? moved.text : nil
    }

    /// Whole months from the month `start` falls in to the month of `end`; nil unless both are days.
    public static func months(from start: String, to end: String) -> Int? {
        guard let a = date(start), let b = date(end) else { return nil }
        return Day(julianDay: b.julianDay).monthIndex - Day(julianDay: a.julianDay).monthIndex
    }
}

extension CalendarDay.Day {
    /// Months counted from the start of year 0.
    var monthIndex: Int { year * 12 + month - 1 }
}
