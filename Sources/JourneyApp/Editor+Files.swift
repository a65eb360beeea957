import Foundation
import JourneyCore
import JourneyView

/// Saving, quitting, recovering: the editor decides and asks, the runtime
/// touches the files and reports back.
extension Editor {
    mutating func begin(_ opening: Opening) {
        switch opening {
        case .clean:
            journaling = document.path != nil
        case .unsavedEdits(let journal):
            pendingJournal = journal
            var notes = ["\(document.path ?? "This map") has \(journal.editCount) edit\(journal.editCount == 1 ? "" : "s") "
                         + "never saved, by \(journal.user)@\(journal.host)"
                         + (journal.lastEdit.map { ", the last at " + Self.timeText($0) } ?? "") + "."]
            if journal.isDamaged { notes.append("The journal's end is damaged: everything before the damage can be recovered.") }
            if !journal.matches(base: document.diskFingerprint) {
                notes.append("The file has changed since: the edits will be applied to it as it is now.")
            }
            push(.picker(Choice(title: "Unsaved edits found", notes: notes, options: [
                .init(label: "Recover them", hotkey: "r", value: .recover),
                .init(label: "Discard them", hotkey: "d", value: .discardJournal),
                .init(label: "Open read-only", hotkey: "o", value: .openReadOnly),
                .init(label: "Quit", hotkey: "q", value: .quit),
            ], mustAnswer: true)))
        case .openElsewhere(let holder):
            push(.picker(Choice(title: "Open elsewhere", notes: [
                "\(document.path ?? "This map") is open in another journey: \(holder).",
            ], options: [
                .init(label: "Open read-only", hotkey: "r", value: .openReadOnly),
                .init(label: "Open anyway (each keeps its own journal; saving asks before overwriting)", hotkey: "a",
                      value: .openAnyway),
                .init(label: "Quit", hotkey: "q", value: .quit),
            ], mustAnswer: true)))
        }
    }

    public static func timeText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    mutating func chooseSafely(_ value: ChoiceValue) {
        switch value {
        case .recover: recover()
        case .discardJournal:
            pendingJournal = nil
            effects.append(.endJournal)
            journaling = true
            view.message = "unsaved edits dropped"
        case .openReadOnly:
            pendingJournal = nil
            readOnly = true
            journaling = false
            view.message = "read-only: nothing here changes the file (W saves a copy elsewhere)"
        case .openAnyway:
            journaling = true
            view.message = "⚠ opened anyway: the other journey has it open too; saving asks before overwriting its work"
        case .quit: finish(discarding: false)
        case .overwriteTheirs(let thenQuit): save(to: document.path, checks: .none, thenQuit: thenQuit)
        case .reloadTheirs: effects.append(.reload)
        case .saveElsewhere(let thenQuit): ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
        case .keepEditing: view.message = "not saved"
        default: break
        }
    }

    mutating func recover() {
        guard let journal = pendingJournal else { return }
        pendingJournal = nil
        journaling = true
        do {
            let edits = try journal.replay(onto: map)
            commit(edits, message: "recovered \(journal.editCount) edit\(journal.editCount == 1 ? "" : "s"); "
                   + "Ctrl-S keeps them, u undoes the recovery")
        } catch {
            readOnly = true
            journaling = false
            view.message = "could not recover (\(error)); the journal is kept at \(journal.path); opened read-only"
        }
    }

    // MARK: saving

    /// `:w [PATH]`, `:w! [PATH]`, `:wq`, Ctrl-S.
    mutating func save(_ argument: String, checks: SaveRequest.Checks, thenQuit: Bool = false) {
        let path = argument.isEmpty ? nil : argument
        save(to: path ?? document.path, checks: checks, thenQuit: thenQuit, isSaveAs: path != nil && path != document.path)
    }

    mutating func save(to path: String?, checks: SaveRequest.Checks, thenQuit: Bool = false, isSaveAs: Bool = false) {
        guard let path else {
            ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
            return
        }
        if readOnly && !isSaveAs {
            view.message = "read-only: save elsewhere with W or :w PATH"
            return
        }
        effects.append(.save(SaveRequest(map: map, path: path, isSaveAs: isSaveAs, checks: checks,
                                         expectedFingerprint: isSaveAs ? nil : document.diskFingerprint,
                                         revision: document.history.current, thenQuit: thenQuit)))
    }

    mutating func askSaveAs() {
        ask(.saveAs(thenQuit: false), label: "Save as:", text: document.path ?? "")
    }

    mutating func finishSave(_ result: SaveResult) {
        switch result {
        case .saved(let path, let revision, let fingerprint, let thenQuit):
            document.markSaved(path: path, revision: revision, fingerprint: fingerprint)
            readOnly = false
            journaling = true
            view.fileName = path
            view.isNewFile = false
            view.message = "saved \(path) (\(map.touchpointCount) touchpoint\(map.touchpointCount == 1 ? "" : "s"))"
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
            view.message = "not saved: \(request.path) is open in another journey (\(holder)); save elsewhere"
        case .failed(_, let message):
            view.message = message
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
            view.message = "not saved"
        default: break
        }
    }

    mutating func finishReload(_ result: Result<LoadedFile, ReloadFailure>) {
        switch result {
        case .success(let file):
            let place = location
            let before = map
            document.reload(file.map, diskBytes: file.bytes)
            mapChanged(before: before, keeping: place, journaled: false)
            effects.append(.endJournal)
            view.message = "reloaded \(view.fileName); u brings your version back"
        case .failure(let failure):
            view.message = "cannot reload: \(failure.message)"
        }
    }

    // MARK: quitting

    mutating func requestQuit(askEvenIfSaved: Bool = false) {
        if document.isModified && !readOnly {
            ask(.confirmQuit, label: "Unsaved changes. Save them? y save and quit · n quit without saving · Esc stay")
        } else if askEvenIfSaved {
            ask(.confirmQuit, label: "Quit journey? y quits · Esc stays")
        } else {
            finish(discarding: false)
        }
    }

    mutating func quitDiscarding() { finish(discarding: true) }

    /// Ends the session. The journal goes only when nothing in it is unsaved,
    /// or the user said to drop it.
    mutating func finish(discarding: Bool) {
        if (!document.isModified || discarding) && pendingJournal == nil { effects.append(.endJournal) }
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
            if document.isModified { quitDiscarding() } else { view.message = "still here" }
        case .escape, .character("c"), .control("c"), .control("g"):
            pop()
            view.message = "still here"
        default: break
        }
    }

    // MARK: history

    mutating func undo() { step(back: true) }
    mutating func redo() { step(back: false) }

    mutating func step(back: Bool) {
        guard !readOnly else {
            view.message = "read-only"
            return
        }
        guard back ? document.history.canUndo : document.history.canRedo else {
            view.message = back ? "nothing to undo" : "nothing to redo"
            return
        }
        let before = map
        let place = back ? document.undo() : document.redo()
        mapChanged(before: before, keeping: place ?? location)
        view.message = back ? "undone" : "redone"
    }

    mutating func travel(earlier: Bool, _ argument: String) {
        guard !readOnly else {
            view.message = "read-only"
            return
        }
        guard let steps = argument.isEmpty ? 1 : Int(argument), steps > 0, steps <= 1_000_000 else {
            view.message = "usage: :\(earlier ? "earlier" : "later") N — a number of changes, e.g. 3"
            return
        }
        let before = map
        let revision = document.history.current
        let place = earlier ? document.earlier(steps) : document.later(steps)
        guard revision != document.history.current else {
            view.message = "no \(earlier ? "earlier" : "later") change"
            return
        }
        mapChanged(before: before, keeping: place ?? location)
        view.message = "at change \(document.history.current) of \(document.history.revisionCount)"
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
