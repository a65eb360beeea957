import JourneyApp
import JourneyCore

/// The maps a session left by following links, to come back to.
struct Trail {
    struct Left {
        var editor: Editor
        var files: FileEffects
        var voting: VotingEffects
    }

    var maps: [Left] = []
}

/// Following a touchpoint's link (`Effect.follow`): the map it names opens in
/// a new editor, as `journey edit` opens one (lock, journals, recovery), and
/// the map left stays open, unsaved changes and all, until its linked map
/// closes (`q`, `Ctrl-O`); then it is back as it was, the cursor where it was.
extension Runtime {
    /// Where a link from the map being edited points.
    func resolve(_ link: String) -> String { MapLink.resolve(link, from: editor.document.path) }

    func follow(_ link: String) -> Event {
        let path = resolve(link)
        let real = MapPaths(path).real
        if files.realPath == real { return .linked(.followFailed("\(link) is this map itself: nothing to open")) }
        if let place = trail.maps.lastIndex(where: { $0.files.realPath == real }) {
            let steps = trail.maps.count - place
            return .linked(.followFailed("\(link) is open already, \(steps) map\(steps == 1 ? "" : "s") back: "
                                             + "Ctrl-O goes back to it"))
        }
        let opened: MapFile.Opened
        switch MapFile.open(path) {
        case .success(let found): opened = found
        case .failure(let error): return .linked(.followFailed(error.description))
        }
        guard let map = opened.map else {
            return .linked(.followFailed("\(path): no such map; :link sets the path, from this map's folder"))
        }
        // As `journey edit` opens it: shared personas and channels as the workspace library has them.
        var library = Opening.clean
        let resolved = library.joinLibrary(of: path, map: map)
        var opening = Opening(claiming: opened.file)
        (opening.library, opening.libraryNews) = (library.library, library.libraryNews)
        var next = Editor(document: Document(map: resolved ?? map, path: path, isSaved: resolved == nil), displayName: path,
                          opening: opening, width: terminal.width, height: terminal.height)
        next.keepSettings(of: editor)
        let from = editor.displayName
        trail.maps.append(Trail.Left(editor: editor, files: files, voting: voting))
        editor = next
        files = FileEffects(file: opened.file, attached: true)
        voting = VotingEffects(files: files)
        send(.resize(width: terminal.width, height: terminal.height))
        readCurrentStateAtStart()
        return .linked(.arrived(from: from))
    }

    /// After a linked map's editor finished: its file closes and the map it
    /// was opened from is back. False when there is none (journey ends).
    func comeBack() -> Bool {
        guard let left = trail.maps.popLast() else { return false }
        let from = editor.displayName
        files.close(keepJournal: editor.document.isModified)
        editor = left.editor
        files = left.files
        voting = left.voting
        send(.resize(width: terminal.width, height: terminal.height))
        send(.linked(.cameBack(from: from)))
        return true
    }

    /// A future-state map's current state, read once the editor opens (its own effects go out only after an event).
    func readCurrentStateAtStart() {
        guard let link = editor.map.futureOf else { return }
        send(.linked(.currentState(link: link, readLinked(link))))
    }

    /// Another map, read and not held (no lock, no journal): the current state of a future-state map.
    func readLinked(_ link: String) -> Result<JourneyMap, ReloadFailure> {
        do {
            return .success(try MapStore.loadLinked(link, from: editor.document.path))
        } catch {
            return .failure(ReloadFailure(message: error.description))
        }
    }
}
