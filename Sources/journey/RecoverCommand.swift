import ArgumentParser
import Foundation
import JourneyCore

struct RecoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recover",
        abstract: "Apply the unsaved edits a crashed or killed journey left in FILE's recovery journal, and save.",
        discussion: "journey edit offers the same when it finds a journal; this does it without a terminal."
    )

    @Argument(help: "The map file.")
    var file: String

    func run() throws {
        let lock: MapLock
        switch MapLock.acquire(mapPath: file) {
        case .success(let taken): lock = taken
        case .failure(let holder):
            throw fail("\(file) is open in another journey (\(holder.user)@\(holder.host), process \(holder.pid)); "
                       + "recover it there, or quit that journey first", code: 75)
        }
        defer { lock.release() }
        guard let journal = JournalContents.read(mapPath: file) else {
            print("journey: \(file) has no recovery journal; nothing to recover")
            return
        }
        // A map never saved was a blank map when its journal began.
        var map = FileManager.default.fileExists(atPath: file) ? try decodeMap(try readMapBytes(file), file: file) : BlankMap.make()
        do {
            try journal.replay(onto: map).apply(to: &map)
        } catch {
            throw fail("the journal \(journal.path) does not fit \(file) (\(error)); both are left as they are", code: 65)
        }
        do {
            try MapStore.save(map, to: file)
        } catch {
            throw fail(error.description, code: 73)
        }
        journal.remove()
        let damaged = journal.isDamaged ? " (the journal's damaged end was left out)" : ""
        print("journey: recovered \(journal.editCount) edit\(journal.editCount == 1 ? "" : "s") into \(file)\(damaged)")
    }
}
