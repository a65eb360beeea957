import Foundation
import JourneyCore
import JourneyView

/// What opening a map found beside it.
public enum OpeningSituation {
    case clean
    /// A journal with unsaved edits from a journey that is no longer running.
    case unsavedEdits(JournalContents)
    /// A journey still running (or on another host) has the map open.
    case openElsewhere(JournalContents)

    public static func check(mapPath: String) -> OpeningSituation {
        guard let journal = JournalContents.read(mapPath: mapPath) else { return .clean }
        if journal.writerIsRunning { return .openElsewhere(journal) }
        if journal.editCount > 0 { return .unsavedEdits(journal) }
        journal.remove()  // a journal of a journey that ended without edits: nothing to keep
        return .clean
    }
}

/// Never lose work: the recovery journal, opening a map with one, the lock
/// it doubles as, read-only mode, and saving over a file changed by someone else.
extension EditorApp {
    func begin(_ situation: OpeningSituation) {
        switch situation {
        case .clean:
            startJournal()
        case .unsavedEdits(let journal):
            pendingJournal = journal
            var facts = "\(journal.editCount) unsaved edit\(journal.editCount == 1 ? "" : "s")"
            if let last = journal.lastEdit { facts += ", the last at \(Self.time(last))" }
            facts += " by \(journal.user)@\(journal.host)"
            if journal.isDamaged { facts += "; the journal's end is damaged" }
            if !journal.matches(base: document.diskFingerprint) { facts += "; the file changed since" }
            ask(.recover, label: "Found \(facts). r recover · d discard them · o open read-only · q quit")
        case .openElsewhere(let journal):
            let since = journal.started.map { " since " + Self.time($0) } ?? ""
            ask(.openElsewhere, label: "Open elsewhere: \(journal.user)@\(journal.host), process \(journal.pid ?? 0)\(since). "
                + "r read-only · a open anyway · q quit")
        }
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    func startJournal() {
        guard !readOnly, let path = document.path else { return }
        do {
            journal = try JournalWriter(mapPath: path, base: document.diskFingerprint)
        } catch {
            journal = nil
            state.message = "⚠ \(error.description); save often"
        }
    }

    /// Records what the last step did to the map, before the screen shows it.
    func journalLastStep() {
        guard let journal else { return }
        do {
            try journal.append(document.history.lastApplied)
        } catch {
            self.journal = nil
            state.message = "⚠ \(error.description); save often"
        }
    }

    /// The journal has served its purpose: the file holds every edit, or the
    /// user chose to drop them.
    func endJournal() {
        journal?.remove()
        journal = nil
    }

    func answerSafety(_ purpose: PromptPurpose, _ key: Key) {
        func done() {
            state.prompt = nil
            promptPurpose = nil
        }
        switch (purpose, key) {
        case (.recover, .character("r")):
            done()
            recover()
        case (.recover, .character("d")):
            done()
            pendingJournal?.remove()
            pendingJournal = nil
            startJournal()
            state.message = "unsaved edits dropped"
        case (.recover, .character("o")), (.openElsewhere, .character("r")):
            done()
            readOnly = true
            state.isReadOnly = true
            state.message = "read-only: nothing here changes the file"
        case (.openElsewhere, .character("a")):
            done()
            state.message = "⚠ opened anyway, without a recovery journal (the other journey keeps its own); save often"
        case (.recover, .character("q")), (.openElsewhere, .character("q")), (_, .control("c")):
            quitting = true
        case (.changedOnDisk(let thenQuit), .character("o")):
            done()
            if save(force: true) && thenQuit { quitting = true }
        case (.changedOnDisk, .character("r")):
            done()
            reloadFromDisk()
        case (.changedOnDisk(let thenQuit), .character("s")):
            done()
            ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
        case (.changedOnDisk, .escape):
            done()
            state.message = "not saved"
        default: break
        }
    }

    func recover() {
        guard let journal = pendingJournal else { return }
        pendingJournal = nil
        do {
            let edits = try journal.replay(onto: map)
            startJournal()
            commit(edits, message: "recovered \(journal.editCount) edit\(journal.editCount == 1 ? "" : "s"); "
                   + "Ctrl-S keeps them, u undoes the recovery")
        } catch {
            readOnly = true
            state.isReadOnly = true
            state.message = "could not recover (\(error)); the journal is kept at \(journal.path); opened read-only"
        }
    }

    func reloadFromDisk() {
        guard let path = document.path else { return }
        do {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            let fresh = try MapStore.decode(bytes, file: path)
            document.reload(fresh, diskBytes: bytes)
            startJournal()
            documentChanged(journaled: false)
            state.message = "reloaded \(path); u brings your version back"
        } catch {
            state.message = "cannot reload: \(error)"
        }
    }
}
