import Foundation
@testable import JourneyCore

/// An editor's use of the store without the editor: open, edit (each edit
/// journaled), save. Remembers the map after each edit, and the last one
/// the store confirmed safe (journaled up to date, or saved).
struct EditingSession {
    let file: MapFile
    var document: Document
    var states: [JourneyMap]
    var confirmed = 0

    /// Opens and claims the map at `path` (a missing file opens blank); nil when it cannot be read.
    init?(path: String, fileSystem fs: FileSystem = PosixFileSystem.shared) {
        guard case .success(let opened) = MapFile.open(path, fileSystem: fs) else { return nil }
        _ = opened.file.claim()
        file = opened.file
        let map = opened.map ?? BlankMap.make()
        document = Document(map: map, path: path, isSaved: true)
        states = [map]
    }

    var map: JourneyMap { document.map }

    @discardableResult
    mutating func edit(_ transaction: Transaction?) -> Result<JournalStatus, MapDecodingError>? {
        guard let transaction else { return nil }
        let before = document.map
        document.commit(transaction, at: nil)
        let result = file.journal(transaction, after: document.map)
        if case .failure = result {
            document.discardLast(restoring: before)  // as the editor does: an edit the journal refuses is not kept
            return result
        }
        states.append(document.map)
        if case .success(.upToDate) = result { confirmed = states.count - 1 }
        return result
    }

    @discardableResult
    mutating func undo() -> Result<JournalStatus, MapDecodingError> {
        _ = document.undo()
        states.append(document.map)
        let result = file.journal(document.history.lastApplied, after: document.map)
        if case .success(.upToDate) = result { confirmed = states.count - 1 }
        return result
    }

    @discardableResult
    mutating func save(force: Bool = false) -> SaveOutcome {
        let outcome = file.save(document.map, force: force)
        if outcome.isSaved {
            document.markSaved(at: file.paths.given)
            confirmed = states.count - 1
        }
        return outcome
    }

    /// What `journey recover` would make of the journals beside `path` now, read with the real file system.
    static func recover(_ path: String, otherwise: RecoverySide? = nil) -> (map: JourneyMap?, results: [RecoveryResult]) {
        guard case .success(let opened) = MapFile.open(path) else { return (nil, []) }
        var map = opened.map ?? BlankMap.make()
        var results: [RecoveryResult] = []
        for journal in FoundJournal.all(opened.file.paths) {
            let result = opened.file.recover(journal, onto: map, otherwise: otherwise)
            map = result.map
            results.append(result)
        }
        return (map, results)
    }
}
