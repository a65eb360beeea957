import ArgumentParser
import FoundationEssentials
import JourneyCore

struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Apply the unsaved edits that crashed or killed journeys left beside FILE, and save.",
        discussion: """
            Every journal beside the map is replayed by id onto the file as it is now. Edits the file \
            already holds (saved before the crash) are skipped. Where a journal and the file changed the \
            same value differently, nothing is written unless --keep says which side wins.
            A journal that could not be fully applied (damaged records, an older format) is never \
            deleted: it is kept as .FILE.journal-SESSION.damaged.
            Exit codes: 0 recovered (or nothing to recover); 3 conflicts need --keep, nothing changed; \
            65 a journal was kept aside, not fully applied; 66 FILE cannot be read; 73 FILE cannot be \
            saved, nothing changed; 75 FILE is open in a running journey.
            """
    )

    @Argument(help: "The map file.")
    var file: String

    @Option(help: "Which side wins where the journal and the file collide: mine (the journal) or theirs (the file).")
    var keep: Side?

    enum Side: String, ExpressibleByArgument, CaseIterable {
        case mine, theirs
        var recoverySide: RecoverySide { self == .mine ? .mine : .theirs }
    }

    func run() throws {
        let opened: MapFile.Opened
        switch MapFile.open(file) {
        case .success(let found): opened = found
        case .failure(let error): throw fail(error.description, code: error.exitCode)
        }
        let mapFile = opened.file
        let claim = mapFile.claim()
        defer { mapFile.close(keepJournal: false) }
        for refusal in claim.ignored { warn(refusal.description) }
        if let holder = claim.heldBy {
            throw fail("\(file) is open in another journey (\(holder.user)@\(holder.host), process \(holder.pid)); "
                       + "recover it there, or quit that journey first", code: 75)
        }
        guard !claim.journals.isEmpty else {
            print("journey: \(file) has no recovery journal; nothing to recover")
            return
        }
        // A map never saved was a blank map when its journal began.
        let start = opened.map ?? BlankMap.make()
        var map = start
        var results: [RecoveryResult] = []
        for journal in claim.journals {
            let result = mapFile.recover(journal, onto: map, otherwise: keep?.recoverySide)
            map = result.map
            results.append(result)
        }
        let undecided = results.flatMap(\.unresolved)
        guard undecided.isEmpty else {
            for conflict in undecided {
                warn("conflict: \(conflict.what): mine \"\(conflict.mine)\", theirs \"\(conflict.theirs)\"")
            }
            throw fail("\(undecided.count) conflict\(undecided.count == 1 ? "" : "s") between the journals and \(file); "
                       + "nothing was changed. Run again with --keep mine or --keep theirs", code: 3)
        }
        if map != opened.map {
            switch mapFile.save(map) {
            case .saved: break
            case .failed(let error): throw fail(error.description, code: 73)
            case .readOnlyFile: throw fail("\(file) is a read-only file; nothing was changed", code: 73)
            default: throw fail("\(file) changed while recovering; nothing was changed. Run again", code: 73)
            }
        }
        var incomplete = false
        for result in results {
            for conflict in result.conflicts { warn("kept \(conflict.choice?.rawValue ?? "theirs"): \(conflict.what)") }
            if let refusal = result.refusal { warn(refusal) }
            if !result.damaged.isEmpty {
                warn("\(result.journal.path): damaged, left out: \(result.damaged)")
            }
            for lost in result.lost { warn("left out: \(lost)") }
            if let aside = mapFile.retire(result) {
                warn("the journal is kept as \(aside)")
                incomplete = true
            }
        }
        let edits = results.reduce(0) { $0 + $1.editsRead }
        let saved = results.reduce(0) { $0 + $1.alreadySaved }
        print("journey: recovered \(edits) edit\(edits == 1 ? "" : "s") from \(results.count) journal\(results.count == 1 ? "" : "s") "
              + "into \(file)" + (saved > 0 ? " (\(saved) already saved, skipped)" : ""))
        if incomplete { throw ExitCode(65) }
    }
}
