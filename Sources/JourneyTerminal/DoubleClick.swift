import FoundationEssentials
import JourneyCore
import JourneyView

/// Tells a double-click from two clicks. The terminal reports each click
/// at once (ncurses' own click resolution would hold every click back for
/// its interval, waiting for a second): a click on the same cell as the last
/// one, soon after it, is a double-click; any other is a click. (Clicks
/// that reach ncurses in one read, as over a link that holds them back,
/// come out as the last alone: one click.)
struct DoubleClick {
    /// Seconds between the clicks of a double-click (most desktops use 0.4–0.5);
    /// `JOURNEY_DOUBLE_CLICK=SECONDS` sets another (a slow link, a test that waits between the clicks).
    let interval: Double

    init(interval: Double = Self.chosenInterval) {
        self.interval = interval
    }

    static let chosenInterval: Double = {
        guard let text = Environment.process["JOURNEY_DOUBLE_CLICK"], let seconds = Double(text),
              seconds > 0, seconds <= 10 else { return 0.4 }
        return seconds
    }()

    private var last: (x: Int, y: Int, time: Date)?

    mutating func click(x: Int, y: Int, at time: Date) -> MouseEvent.Action {
        if let last, last.x == x, last.y == y, time.timeIntervalSince(last.time) >= 0,
           time.timeIntervalSince(last.time) <= interval {
            // A third click starts again: a click, not another double-click.
            self.last = nil
            return .doubleClick
        }
        last = (x, y, time)
        return .click
    }
}
