import JourneyCore

/// The workspace library: what opening the map found there, and the shared
/// personas and channels a save also writes to it (`LibraryLink`).
extension Editor {
    mutating func beginLibrary(_ opening: Opening) {
        workspaceLibrary = opening.library
        if let news = opening.libraryNews { say(news) }
    }

    /// After the map is saved: its shared entries edited since go to the library too.
    /// Returns whether a write was asked for (a quit then waits for it).
    mutating func saveLibrary(thenQuit: Bool) -> Bool {
        guard let update = workspaceLibrary?.update(for: map) else { return false }
        quitAfterLibrary = thenQuit
        effects.append(.writeLibrary(update))
        return true
    }

    mutating func libraryWritten(_ update: LibraryUpdate, _ report: LibraryWriteReport) {
        workspaceLibrary?.wrote(update, report)
        let quit = quitAfterLibrary
        quitAfterLibrary = false
        if let sentence = report.sentence {
            if report.wentWell { say("saved \(file.name); " + sentence) } else { warn(sentence + (quit ? "; :q quits" : "")) }
        }
        if quit && report.wentWell { finish(discarding: false) }
    }
}
