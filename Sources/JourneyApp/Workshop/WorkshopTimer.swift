import FoundationEssentials
import JourneyView

/// A facilitator's countdown (`:timer 10m`), on the status line while the
/// room works. It counts by the clock, not by ticks, so a late tick never
/// makes it slow, and a paused one keeps what was left.
struct WorkshopTimer: Equatable {
    enum State: Equatable {
        case running(until: Date)
        case paused(left: TimeInterval)
    }

    var state: State
    /// The bell has rung for this countdown.
    var rang = false

    static let longest: TimeInterval = 24 * 3600

    init(seconds: TimeInterval, now: Date) {
        state = .running(until: now.addingTimeInterval(seconds))
    }

    func left(at now: Date) -> TimeInterval {
        switch state {
        case .running(let until): max(0, until.timeIntervalSince(now))
        case .paused(let left): left
        }
    }

    /// Whole seconds as shown: 9:59 for anything over 9:58.
    func shownSeconds(at now: Date) -> Int { Int(left(at: now).rounded(.up)) }

    func isUp(at now: Date) -> Bool { left(at: now) <= 0 }

    /// When the shown second next changes; nil when it will not by itself.
    func nextChange(after now: Date) -> Date? {
        guard case .running = state else { return nil }
        let left = left(at: now)
        guard left > 0 else { return nil }
        let toNext = left - (left.rounded(.up) - 1)
        return now.addingTimeInterval(toNext)
    }

    mutating func pause(at now: Date) {
        if case .running = state { state = .paused(left: left(at: now)) }
    }

    mutating func resume(at now: Date) {
        if case .paused(let left) = state { state = .running(until: now.addingTimeInterval(left)) }
    }

    /// Adds (or takes) time; it never goes below zero or over a day.
    mutating func add(_ seconds: TimeInterval, at now: Date) {
        let left = min(Self.longest, max(0, left(at: now) + seconds))
        switch state {
        case .running: state = .running(until: now.addingTimeInterval(left))
        case .paused: state = .paused(left: left)
        }
        if left > 0 { rang = false }
    }

    func face(at now: Date) -> TimerFace {
        if isUp(at: now) { return TimerFace(text: "time is up", urgent: true) }
        let seconds = shownSeconds(at: now)
        var text = "timer " + Self.clockText(seconds)
        if case .paused = state { text += " paused" }
        return TimerFace(text: text, urgent: seconds <= 60)
    }

    /// 9:05, 1:00:00.
    static func clockText(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(s))" : "\(m):\(two(s))"
    }

    /// "10m", "90s", "1h", "1h30m", "2m30s", "2:30" (minutes and seconds), or a
    /// bare number of minutes. Nil for anything else, zero, or over a day.
    static func duration(_ text: String) -> TimeInterval? {
        let typed = text.lowercased().filter { !$0.isWhitespace }
        guard !typed.isEmpty, typed.count <= 12 else { return nil }
        var total = 0.0
        if typed.contains(":") {
            let parts = typed.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let m = Int(parts[0]), let s = Int(parts[1]), m >= 0, (0..<60).contains(s),
                  parts[1].count == 2 else { return nil }
            total = Double(m * 60 + s)
        } else if let minutes = Int(typed) {
            total = Double(minutes) * 60
        } else {
            var number = ""
            var seen: Set<Character> = []
            for c in typed {
                if c.isASCII && c.isNumber {
                    number.append(c)
                    continue
                }
                let unit: Double? = ["h": 3600, "m": 60, "s": 1][c]
                guard let unit, let value = Int(number), !seen.contains(c) else { return nil }
                seen.insert(c)
                total += Double(value) * unit
                number = ""
            }
            guard number.isEmpty else { return nil }
        }
        guard total > 0, total <= longest else { return nil }
        return total
    }
}
