import FoundationEssentials
import JourneyCore
import JourneyView

/// Saving, quitting, recovering: the editor decides and asks, the runtime
/// touches the files and reports back.
extension Editor {
    mutating func begin(_ opening: Opening) {
        journaling = document.path != nil
        pendingJournals = opening.journals
        if !opening.ignored.isEmpty { say(opening.ignored.joined(separator: "; ")) }
        beginLibrary(opening)
        if let holder = opening.heldBy {
            push(.picker(Choice(title: "Open elsewhere", notes: [
                "\(document.path ?? "This map") is open in another journey: \(holder).",
            ], options: [
                .init(label: "Open read-only", hotkey: "r", value: .openReadOnly),
                .init(label: "Open anyway (each keeps its own journal; saving asks before overwriting)", hotkey: "a",
                      value: .openAnyway),
                .init(label: "Quit", hotkey: "q", value: .quit),
            ], mustAnswer: true)))
        } else if !pendingJournals.isEmpty {
            offerRecovery()
        }
    }

    /// Journals left by journeys that died: recover, drop, look read-only, or quit.
    mutating func offerRecovery() {
        let edits = pendingJournals.reduce(0) { $0 + $1.records }
        var notes = pendingJournals.map { journal in
            "\(journal.records) unsaved edit\(journal.records == 1 ? "" : "s") by \(journal.user)@\(journal.host)"
                + (journal.started.map { ", begun at " + LocalTime.minuteText($0) } ?? "")
                + (journal.headerDamaged ? " (its header is damaged; the edits are read anyway)" : "") + "."
        }
        notes.append("Recovering merges them by id into the file as it is now; where both changed one thing, you choose.")
        push(.picker(Choice(title: "Unsaved edits found (\(edits))", notes: notes, options: [
            .init(label: "Recover them", hotkey: "r", value: .recover),
            .init(label: "Discard them", hotkey: "d", value: .discardJournal),
            .init(label: "Open read-only", hotkey: "o", value: .openReadOnly),
            .init(label: "Quit (they stay for later)", hotkey: "q", value: .quit),
        ], mustAnswer: true)))
    }

    mutating func chooseSafely(_ value: ChoiceValue) {
        switch value {
        case .recover:
            recoveryChoices = [:]
            effects.append(.recover(pendingJournals, onto: map, choices: [:], otherwise: nil))
        case .resolve(let conflict, let side, let andTheRest):
            recoveryChoices[conflict] = side
            openConflicts.removeFirst()
            if andTheRest {
                for open in openConflicts { recoveryChoices[open.id] = side }
                openConflicts = []
            }
            if openConflicts.isEmpty {
                effects.append(.recover(pendingJournals, onto: map, choices: recoveryChoices, otherwise: nil))
            } else {
                askAboutConflict()
            }
        case .discardJournal:
            effects.append(.discardJournals(pendingJournals))
            pendingJournals = []
            say("unsaved edits dropped")
        case .openReadOnly:
            openConflicts = []
            readOnly = true
            journaling = false
            refuse("read-only: nothing here changes the file (W saves a copy elsewhere)")
        case .openAnyway:
            journaling = true
            warn("opened anyway: each journey keeps its own journal; saving asks before overwriting the other's work")
            if !pendingJournals.isEmpty { offerRecovery() }
        case .quit: finish(discarding: false)
        case .overwriteTheirs(let thenQuit): save(to: document.path, checks: .none, thenQuit: thenQuit)
        case .reloadTheirs: effects.append(.reload)
        case .saveElsewhere(let thenQuit): ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
        case .keepEditing: say("not saved")
        default: break
        }
    }

    /// The journals' edits, merged into the map: one step `u` takes back.
    mutating func recovered(_ results: [RecoveryResult]) {
        let undecided = results.flatMap(\.unresolved)
        guard undecided.isEmpty else {
            openConflicts = undecided
            return askAboutConflict()
        }
        pendingJournals = []
        if let refusal = results.compactMap(\.refusal).first {
            refuse("could not recover: \(refusal); the journal is kept")
        }
        guard let recovered = results.last?.map else { return }
        let edits = results.reduce(0) { $0 + $1.editsRead - $1.alreadySaved }
        let damaged = results.reduce(0) { $0 + $1.damaged.count }
        let recovering = "\(edits) edit\(edits == 1 ? "" : "s")"
        commit(Edits.replaceMap(map, with: recovered),
               message: "recovered \(recovering)"
                   + (damaged > 0 ? "; \(damaged) damaged record\(damaged == 1 ? "" : "s") left out (the journal is kept aside)" : "")
                   + "; Ctrl-S keeps them, u undoes the recovery",
               note: "the recovery of \(recovering)")
        if map == recovered { effects.append(.retire(results)) }
    }

    /// One collision at a time: yours or the file's, for this one or for all that are left.
    mutating func askAboutConflict() {
        guard let conflict = openConflicts.first else { return }
        let decided = recoveryChoices.count
        let total = decided + openConflicts.count
        push(.picker(Choice(title: "Conflict \(decided + 1) of \(total)", notes: [
            "Your unsaved edits and the file as it is now both changed \(conflict.what).",
            "Yours: “\(conflict.mine)”", "The file's: “\(conflict.theirs)”",
        ], options: [
            .init(label: "Keep mine", hotkey: "m", value: .resolve(conflict: conflict.id, side: .mine, andTheRest: false)),
            .init(label: "Keep the file's", hotkey: "t", value: .resolve(conflict: conflict.id, side: .theirs, andTheRest: false)),
            .init(label: "Mine, here and in every conflict left", hotkey: "M",
                  value: .resolve(conflict: conflict.id, side: .mine, andTheRest: true)),
            .init(label: "The file's, here and in every conflict left", hotkey: "T",
                  value: .resolve(conflict: conflict.id, side: .theirs, andTheRest: true)),
            .init(label: "Cancel: open read-only, the journals stay", hotkey: "c", value: .openReadOnly),
        ], cancel: .openReadOnly, mustAnswer: true)))
    }

    mutating func journaled(_ report: JournalReport) {
        switch report {
        case .upToDate:
            if file.journalBehind { say("the journal has caught up: every edit is safe again") }
            file.journalBehind = false
        case .behind(let edits, let reason):
            file.journalBehind = true
            warn("journal behind by \(edits) edit\(edits == 1 ? "" : "s") (\(reason)); save often (Ctrl-S)")
        case .refused(let reason, let step):
            // The edit holds a value a map file could not hold: it is taken back.
            guard map == step.after else { return }
            document.discardLast(restoring: step.before)
            mapChanged(before: step.after, keeping: location, journaled: false)
            refuse("not kept: \(reason)")
        }
    }

    // MARK: saving

    /// `:w [PATH]`, `:w! [PATH]`, `:wq`, Ctrl-S.
    mutating func save(_ argument: String, checks: SaveRequest.Checks, thenQuit: Bool = false) {
        let path = argument.isEmpty ? nil : argument
        save(to: path ?? document.path, checks: checks, thenQuit: thenQuit, isSaveAs: path != nil && path != document.path)
    }

    mutating func save(to path: String?, checks: SaveRequest.Checks, thenQuit: Bool = false, isSaveAs: Bool = false) {
        // Save-as passes read-only mode; a watcher must never write, whatever asks.
        guard watching == nil else {
            say(Self.watchingNote)
            return
        }
        guard let path else {
            ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
            return
        }
        if readOnly && !isSaveAs {
            refuse("read-only: save elsewhere with W or :w PATH")
            return
        }
        effects.append(.save(SaveRequest(map: map, path: path, isSaveAs: isSaveAs, checks: checks,
                                         revision: document.history.current, thenQuit: thenQuit)))
    }

    mutating func askSaveAs() {
        ask(.saveAs(thenQuit: false), label: "Save as:", text: document.path ?? "")
    }

    mutating func finishSave(_ result: SaveResult) {
        switch result {
        case .saved(let path, let revision, let thenQuit):
            document.markSaved(at: path, revision: revision)
            readOnly = false
            journaling = true
            file.name = path
            file.isNew = false
            say("saved \(path) (\(map.touchpointCount) touchpoint\(map.touchpointCount == 1 ? "" : "s"))")
            if saveLibrary(thenQuit: thenQuit) { return }
            if thenQuit { finish(discarding: false) }
        case .changedOnDisk(let request):
            push(.picker(Choice(title: "Changed on disk", notes: [
                "\(request.path) was changed by someone else since you opened or saved it.",
            ], options: [
                .init(label: "Overwrite it with yours", hotkey: "o", value: .overwriteTheirs(thenQuit: request.thenQuit)),
                .init(label: "Reload theirs (u brings yours back)", hotkey: "r", value: .reloadTheirs),
                .init(label: "Save yours elsewhere", hotkey: "s", value: .saveElsewhere(thenQuit: request.thenQuit)),
                .init(label: "Cancel", hotkey: "c", value: .keepEditing),
            ], cancel: .keepEditing)))
        case .exists(let request):
            ask(.confirm(.overwrite(path: request.path, thenQuit: request.thenQuit)),
                label: "\(request.path) exists. Overwrite it? y overwrites · n or Esc keeps it")
        case .readOnlyFile(let request):
            ask(.confirm(.writeReadOnly(path: request.path, thenQuit: request.thenQuit)),
                label: "\(request.path) is read-only. Write it anyway (as :w!)? y writes · n or Esc keeps it")
        case .lockedByOther(let request, let holder):
            refuse("not saved: \(request.path) is open in another journey (\(holder)); save elsewhere")
        case .failed(_, let message):
            say(message)
        }
    }

    mutating func answerConfirmation(_ key: Key, _ question: Confirmation) {
        switch key {
        case .character("y"), .character("Y"):
            pop()
            switch question {
            case .overwrite(let path, let thenQuit), .writeReadOnly(let path, let thenQuit):
                save(to: path, checks: .none, thenQuit: thenQuit, isSaveAs: path != document.path)
            }
        case .character("n"), .character("N"), .escape, .control("c"), .control("g"):
            pop()
            say("not saved")
        default: break
        }
    }

    mutating func finishReload(_ result: Result<JourneyMap, ReloadFailure>) {
        switch result {
        case .success(let fresh):
            let place = location
            let before = map
            document.reload(fresh)
            mapChanged(before: before, keeping: place, journaled: false)
            effects.append(.endJournal)
            say("reloaded \(file.name); u brings your version back")
        case .failure(let failure):
            refuse("cannot reload: \(failure.message)")
        }
    }

    // MARK: quitting

    mutating func requestQuit(askEvenIfSaved: Bool = false) {
        if document.isModified && !readOnly {
            // A map a link opened goes back to the one it came from rather than out of journey.
            let leave = linkedMaps.backTo == nil ? "quit" : "go back"
            ask(.confirmQuit, label: "Unsaved changes. Save them? y save and \(leave) · n \(leave) without saving · Esc stay")
        } else if askEvenIfSaved {
            ask(.confirmQuit, label: linkedMaps.backTo.map { "Go back to \($0)? y goes back · Esc stays" }
                ?? "Quit journey? y quits · Esc stays")
        } else {
            finish(discarding: false)
        }
    }

    mutating func quitDiscarding() { finish(discarding: true) }

    /// Ends the session. The journal goes only when nothing in it is unsaved,
    /// or the user said to drop it.
    mutating func finish(discarding: Bool) {
        if !document.isModified || discarding { effects.append(.endJournal) }
        effects.append(.quit)
        isFinished = true
    }

    mutating func answerQuit(_ key: Key) {
        switch key {
        case .character("y"), .character("Y"), .character("s"):
            pop()
            if document.isModified { save(to: document.path, checks: .all, thenQuit: true) } else { finish(discarding: false) }
        case .character("n"), .character("N"), .character("d"):
            pop()
            if document.isModified { quitDiscarding() } else { say("still here") }
        case .escape, .character("c"), .control("c"), .control("g"):
            pop()
            say("still here")
        default: break
        }
    }

    // MARK: history

    mutating func undo() { step(back: true) }
    mutating func redo() { step(back: false) }

    mutating func step(back: Bool) {
        guard !readOnly else {
            refuse("read-only")
            return
        }
        guard back ? document.history.canUndo : document.history.canRedo else {
            refuse(back ? "nothing to undo" : "nothing to redo")
            return
        }
        let before = map
        let note = back ? document.history.undoNote : document.history.redoNote
        let place = back ? document.undo() : document.redo()
        mapChanged(before: before, keeping: place ?? location)
        let what = TookBack.summary(from: before, to: map, note: note)
        say(back ? "took back\(what); Ctrl-R brings it back" : "brought back\(what); u takes it back")
    }

    mutating func travel(earlier: Bool, _ count: Int?) {
        guard !readOnly else {
            refuse("read-only")
            return
        }
        let steps = count ?? 1
        guard steps > 0, steps <= 1_000_000 else {
            refuse("N counts changes: 1 to 1000000", usageOf: earlier ? "earlier" : "later")
            return
        }
        let before = map
        let revision = document.history.current
        let place = earlier ? document.earlier(steps) : document.later(steps)
        guard revision != document.history.current else {
            refuse("no \(earlier ? "earlier" : "later") change")
            return
        }
        mapChanged(before: before, keeping: place ?? location)
        let what = TookBack.summary(from: before, to: map, note: nil)
        say("at change \(document.history.current) of \(document.history.revisionCount): "
            + (earlier ? "took back\(what); :later \(steps) brings it back" : "brought back\(what); :earlier \(steps) takes it back"))
    }

    // MARK: help

    mutating func helpKey(_ key: Key, scroll: Int) {
        let page = max(1, height - 6)
        var scroll = scroll
        switch key {
        case .character("?"), .escape, .character("q"), .control("c"), .control("g"):
            pop()
            return
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll -= 1
        case .pageDown, .character(" "): scroll += page
        case .pageUp: scroll -= page
        case .home, .character("g"): scroll = 0
        case .end, .character("G"): scroll = Int.max / 2
        default: break
        }
        let limit = HelpOverlay.maxScroll(rows: HelpContent.rows, width: width, height: height)
        replaceTop(.help(scroll: max(0, min(scroll, limit))))
    }
}
