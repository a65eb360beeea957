import JourneyApp
import JourneyCore

extension Opening {
    /// Takes the map's lock and looks for journals left beside it.
    public init(claiming file: MapFile) {
        let claim = file.claim()
        let holder = claim.heldBy.map { holder in
            "\(holder.user)@\(holder.host), process \(holder.pid)" + (holder.since.map { " since " + LocalTime.minuteText($0) } ?? "")
        }
        self.init(heldBy: holder, journals: claim.journals, ignored: claim.ignored.map(\.description))
    }
}
