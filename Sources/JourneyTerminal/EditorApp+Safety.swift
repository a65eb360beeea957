import Foundation
import JourneyCore
import JourneyView

/// What opening a map found beside it.
public enum OpeningSituation {
    case clean(MapLock?)
    /// A journal with unsaved edits from a journey that is no longer running.
    case unsavedEdits(JournalContents, MapLock)
    /// A journey still running (or on another host) has the map open.
    case openElsewhere(MapLock.Holder)

    /// Takes the map's lock, then looks for a journal left behind.
    public static func check(mapPath: String) -> OpeningSituation {
        switch MapLock.acquire(mapPath: mapPath) {
        case .failure(let holder):
            return .openElsewhere(holder)
        case .success(let lock):
            guard let journal = JournalContents.read(mapPath: mapPath) else { return .clean(lock) }
            if journal.editCount > 0 { return .unsavedEdits(journal, lock) }
            journal.remove()  // a journal of a journey that ended without edits: nothing to keep
            return .clean(lock)
        }
    }
}

/// Never lose work: the recovery journal, opening a map with one, the lock
/// it doubles as, read-only mode, and saving over a file changed by someone else.
extension EditorApp {
    func begin(_ situation: OpeningSituation) {
        switch situation {
        case .clean(let lock):
            self.lock = lock
            startJournal()
        case .unsavedEdits(let journal, let lock):
            self.lock = lock
            pendingJournal = journal
            var notes = ["\(document.path ?? "This map") has \(journal.editCount) edit\(journal.editCount == 1 ? "" : "s") "
                         + "never saved, by \(journal.user)@\(journal.host)"
                         + (journal.lastEdit.map { ", the last at " + Self.time($0) } ?? "") + "."]
            if journal.isDamaged { notes.append("The journal's end is damaged: everything before the damage can be recovered.") }
            if !journal.matches(base: document.diskFingerprint) {
                notes.append("The file has changed since: the edits will be applied to it as it is now.")
            }
            offer(.recover, title: "Unsaved edits found", notes: notes,
                  options: [("r", "Recover them"), ("d", "Discard them"), ("o", "Open read-only"), ("q", "Quit")])
        case .openElsewhere(let holder):
            let since = holder.since.map { " since " + Self.time($0) } ?? ""
            offer(.openElsewhere, title: "Open elsewhere",
                  notes: ["\(document.path ?? "This map") is open in another journey: \(holder.user)@\(holder.host), "
                          + "process \(holder.pid)\(since)."],
                  options: [("r", "Open read-only"), ("a", "Open anyway (both of you may save over each other)"), ("q", "Quit")])
        }
    }

    func offer(_ purpose: PickerPurpose, title: String, notes: [String], options: [(Character, String)], cancel: Int? = nil) {
        state.picker = Picker(title: title, notes: notes, options: options.map(\.1), hotkeys: options.map(\.0), cancel: cancel)
        pickerPurpose = purpose
    }

    static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    /// From now on, edits are journaled. The journal file itself is made at
    /// the first edit, so it exists only while there are unsaved edits.
    func startJournal() {
        journal = nil
        journaling = !readOnly && document.path != nil
    }

    /// Records what the last step did to the map, before the screen shows it.
    func journalLastStep() {
        guard journaling, let path = document.path else { return }
        do {
            if journal == nil { journal = try JournalWriter(mapPath: path, base: document.diskFingerprint) }
            try journal?.append(document.history.lastApplied)
        } catch {
            journaling = false
            state.message = "⚠ \(error.description); save often"
        }
    }

    /// The journal has served its purpose: the file holds every edit, or the
    /// user chose to drop them.
    func endJournal() {
        journal?.remove()
        journal = nil
        journaling = false
    }

    func chooseSafely(_ option: Int, for purpose: PickerPurpose) {
        switch (purpose, option) {
        case (.recover, 0): recover()
        case (.recover, 1):
            pendingJournal?.remove()
            pendingJournal = nil
            startJournal()
            state.message = "unsaved edits dropped"
        case (.recover, 2), (.openElsewhere, 0):
            readOnly = true
            state.message = "read-only: nothing here changes the file"
        case (.openElsewhere, 1):
            state.message = "⚠ opened anyway, without a recovery journal (the other journey keeps its own); save often"
        case (.recover, _), (.openElsewhere, _):
            quitting = true
        case (.changedOnDisk(let thenQuit), 0):
            if save(force: true) && thenQuit { quitting = true }
        case (.changedOnDisk, 1): reloadFromDisk()
        case (.changedOnDisk(let thenQuit), 2): ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
        case (.changedOnDisk, _): state.message = "not saved"
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
