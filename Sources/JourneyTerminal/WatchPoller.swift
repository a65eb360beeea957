import FoundationEssentials
import JourneyCore

/// `journey watch`'s look at the map, at most every `interval` seconds
/// (50 ms: an edit shows well within 200 ms), whatever else wakes the loop.
public final class WatchPoller {
    let live: LiveMap
    let interval: Double
    private var next = Date.distantPast

    public init(_ live: LiveMap, interval: Double = 0.05) {
        self.live = live
        self.interval = interval
    }

    /// What changed, if it is time to look and something did.
    func poll(now: Date = Date()) -> WatchUpdate? {
        guard now >= next else { return nil }
        next = now.addingTimeInterval(interval)
        return live.poll()
    }

    var untilNextPoll: Double { max(0.001, next.timeIntervalSinceNow) }
}
