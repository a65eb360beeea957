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

extension Editor {
    /// `:share [PERSONA]`: marks the persona (the current one unless named) and the channels it prefers as
    /// shared; the save puts them in the workspace library, which then holds them for every map that shares them.
    mutating func sharePersona(_ named: String?) {
        guard let link = workspaceLibrary, document.path != nil else {
            return refuse("this map has no file yet: save it in a workspace first (:w PATH), then :share")
        }
        if let problem = link.problem { return refuse("the workspace library cannot be used: " + problem) }
        let p = named.flatMap { name in map.personas.firstIndex { $0.name == name } } ?? gridPlace.persona
        guard map.personas.indices.contains(p) else { return refuse("this map has no persona: :persona NAME adds one") }
        let persona = map.personas[p]
        let name = DisplayText.singleLine(persona.name)
        if persona.shared { return refuse("\(name) is shared already: its edits are saved to the workspace library") }
        let channels = map.channels.indices.filter { persona.preferredChannels.contains(map.channels[$0].id) }
        let taken = [link.library?.persona(id: persona.id).flatMap { $0 == WorkspaceLibrary.entry(persona) ? nil : "persona" }]
            + channels.map { c in
                link.library?.channel(id: map.channels[c].id).flatMap { $0 == WorkspaceLibrary.entry(map.channels[c]) ? nil : "channel" }
            }
        if let clash = taken.compactMap({ $0 }).first {
            return refuse("the workspace library already has a different \(clash) of this id; give it another id here, or "
                          + "`journey library share --replace` puts this one in its place")
        }
        commit(Edits.updateInfo(map) { info in
            info.personas[p].shared = true
            for c in channels { info.channels[c].shared = true }
        }, message: SharedNames(personas: [name], channels: channels.map { DisplayText.singleLine(map.channels[$0].name) }).words
            + " shared: Ctrl-S writes to \(link.shown) · u undoes")
    }
}
