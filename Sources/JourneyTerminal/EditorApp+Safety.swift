import Foundation
import JourneyCore
import JourneyView

/// What opening a map found beside it.
public enum OpeningSituation {
    case clean(MapFile?)
    /// Journals with unsaved edits from journeys that are no longer running.
    case unsavedEdits([FoundJournal], MapFile)
    /// A journey still running (or on another host) has the map open.
    case openElsewhere(MapLock.Holder, MapFile)

    /// Takes the map's lock and looks for journals left beside it.
    public init(claiming file: MapFile) {
        let claim = file.claim()
        if let holder = claim.heldBy {
            self = .openElsewhere(holder, file)
        } else if !claim.journals.isEmpty {
            self = .unsavedEdits(claim.journals, file)
        } else {
            self = .clean(file)
        }
    }
}

/// Never lose work: the recovery journal, opening a map with journals left
/// beside it, the lock, read-only mode, and the questions a save may ask.
extension EditorApp {
    func begin(_ situation: OpeningSituation) {
        switch situation {
        case .clean(let file):
            self.file = file
            startJournal()
        case .unsavedEdits(let journals, let file):
            self.file = file
            pendingJournals = journals
            let edits = journals.reduce(0) { $0 + $1.records }
            var notes = journals.map { journal in
                "\(journal.records) unsaved record\(journal.records == 1 ? "" : "s") by \(journal.user)@\(journal.host)"
                    + (journal.started.map { ", begun at " + Self.time($0) } ?? "") + "."
            }
            if journals.contains(where: { $0.base != file.diskFingerprint }) {
                notes.append("The file has changed since: edits are merged by id; you choose where both changed one thing.")
            }
            offer(.recover, title: "Unsaved edits found (\(edits))", notes: notes,
                  options: [("r", "Recover them"), ("d", "Discard them"), ("o", "Open read-only"), ("q", "Quit")])
        case .openElsewhere(let holder, let file):
            self.file = file
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

    /// From now on, edits are journaled (the journal file is made at the first edit).
    func startJournal() {
        journaling = !readOnly && document.path != nil && file != nil
    }

    /// Records what the last step did to the map, before the screen shows
    /// it. An edit the journal refuses (a value the map could not load) is
    /// taken back onto `before`, when given; returns false then.
    @discardableResult
    func journalLastStep(before: JourneyMap? = nil) -> Bool {
        guard journaling, let file else { return true }
        switch file.journal(document.history.lastApplied, after: map) {
        case .success(.upToDate):
            if state.message?.hasPrefix("⚠ journal behind") == true { state.message = "journal caught up" }
        case .success(.behind(let edits, let reason)):
            state.message = "⚠ journal behind by \(edits) edit\(edits == 1 ? "" : "s"): \(reason); save often"
        case .failure(let error):
            state.message = "not kept: \(error) (a map could not hold it)"
            guard let before else { return true }
            document.discardLast(restoring: before)
            return false
        }
        return true
    }

    func chooseSafely(_ option: Int, for purpose: PickerPurpose) {
        switch (purpose, option) {
        case (.recover, 0): recover(otherwise: nil)
        case (.recover, 1):
            pendingJournals.forEach { file?.discard($0) }
            pendingJournals = []
            startJournal()
            state.message = "unsaved edits dropped"
        case (.recover, 2), (.openElsewhere, 0):
            readOnly = true
            state.message = "read-only: nothing here changes the file"
        case (.openElsewhere, 1):
            startJournal()
            state.message = "⚠ opened anyway (each journey keeps its own recovery journal); save often"
        case (.recover, _), (.openElsewhere, _):
            quitting = true
        case (.recoveryConflicts, 0): recover(otherwise: .mine)
        case (.recoveryConflicts, 1): recover(otherwise: .theirs)
        case (.recoveryConflicts, _):
            readOnly = true
            state.message = "nothing recovered; the journals are kept; opened read-only"
        case (.changedOnDisk(let thenQuit), 0), (.readOnlyFile(let thenQuit), 0):
            if save(force: true) && thenQuit { quitting = true }
        case (.overwrite(let path, let thenQuit), 0):
            if save(to: path, force: true) && thenQuit { quitting = true }
        case (.changedOnDisk, 1): reloadFromDisk()
        case (.changedOnDisk(let thenQuit), 2), (.readOnlyFile(let thenQuit), 1):
            ask(.saveAs(thenQuit: thenQuit), label: "Save as:")
        case (.changedOnDisk, _), (.readOnlyFile, _), (.overwrite, _): state.message = "not saved"
        default: break
        }
    }

    /// Replays every journal found, one after the other, onto the map as
    /// read; collisions are asked about once (all mine or all theirs).
    func recover(otherwise side: RecoverySide?) {
        guard let file else { return }
        var recovered = map
        var results: [RecoveryResult] = []
        for journal in pendingJournals {
            let result = file.recover(journal, onto: recovered, otherwise: side)
            recovered = result.map
            results.append(result)
        }
        let undecided = results.flatMap(\.unresolved)
        if !undecided.isEmpty {
            offer(.recoveryConflicts, title: "\(undecided.count) conflict\(undecided.count == 1 ? "" : "s")",
                  notes: undecided.prefix(5).map { "\($0.what): mine \"\($0.mine)\", theirs \"\($0.theirs)\"" },
                  options: [("m", "Keep mine"), ("t", "Keep theirs"), ("c", "Cancel (open read-only)")], cancel: 2)
            return
        }
        pendingJournals = []
        startJournal()
        let edits = results.reduce(0) { $0 + $1.editsRead }
        let recoveredText = "recovered \(edits) edit\(edits == 1 ? "" : "s")"
        commit(Edits.replaceMap(map, with: recovered), message: recoveredText + "; Ctrl-S keeps them, u undoes the recovery")
        // The recovered edits are in this session's journal now (when it is up to date): the old journals may go.
        guard file.journalWriter.status == .upToDate else { return }
        let kept = results.compactMap { file.retire($0) }
        let damaged = results.flatMap(\.damaged).count + results.filter { $0.refusal != nil }.count
        if damaged > 0 || !kept.isEmpty {
            state.message = recoveredText + "; \(damaged) damaged record"
                + "\(damaged == 1 ? "" : "s") left out, kept in \(kept.joined(separator: ", "))"
        }
    }

    func reloadFromDisk() {
        guard let file else { return }
        switch file.reload() {
        case .success(let fresh):
            document.reload(fresh)
            startJournal()
            documentChanged(journaled: false)
            state.message = "reloaded \(file.paths.given); u brings your version back"
        case .failure(let error):
            state.message = "cannot reload: \(error)"
        }
    }
}
