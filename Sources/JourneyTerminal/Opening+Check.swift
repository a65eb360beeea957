import JourneyApp
import JourneyCore

/// Taking a map's lock and looking for a journal left behind, before the editor starts.
public enum OpeningCheck {
    public static func check(mapPath: String) -> (Opening, MapLock?) {
        switch MapLock.acquire(mapPath: mapPath) {
        case .failure(let holder):
            let since = holder.since.map { " since " + Editor.timeText($0) } ?? ""
            return (.openElsewhere(holder: "\(holder.user)@\(holder.host), process \(holder.pid)\(since)"), nil)
        case .success(let lock):
            guard let journal = JournalContents.read(mapPath: mapPath) else { return (.clean, lock) }
            if journal.editCount > 0 { return (.unsavedEdits(journal), lock) }
            journal.remove()  // a journal of a journey that ended without edits: nothing to keep
            return (.clean, lock)
        }
    }
}
