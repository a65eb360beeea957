import FoundationEssentials
import JourneyCore

/// A map changed from an export by a command (`measure`, `survey`): held as
/// an editor holds it, so it is never written under a running journey nor
/// over unrecovered edits; the export read and checked whole before
/// anything is written; the change printed as `journey diff` prints it
/// (`--dry-run`) or saved as one write.
struct MapUpdate {
    /// The map's path.
    let map: String
    /// The command's name, for messages: "measure after it is closed".
    let verb: String

    /// `change` gets the map and the export's text, and gives the map after and
    /// a summary of what it did, said on stderr.
    func run(from export: String, dryRun: Bool, color: Bool,
             _ change: (JourneyMap, String) throws(ImportFailure) -> (map: JourneyMap, summary: String)) throws {
        try run(dryRun: dryRun, color: color) { before in
            let bytes = try readMapBytes(export)
            do throws(ImportFailure) {
                return try change(before, try ImportText.decode(bytes, file: export))
            } catch {
                throw fail(error.description, code: error.exitCode)
            }
        }
    }

    /// `change` gets the map as on disk and gives the map after and a summary of what it did, said on stderr.
    func run(dryRun: Bool, color: Bool, _ change: (JourneyMap) throws -> (map: JourneyMap, summary: String)) throws {
        let file: MapFile, before: JourneyMap
        switch MapFile.open(map) {
        case .success(let opened) where opened.map != nil: (file, before) = (opened.file, opened.map!)
        case .success: throw fail("\(map): no such file; journey \(verb) changes a map that exists (journey new makes one)", code: 66)
        case .failure(let error): throw fail(error.description, code: error.exitCode)
        }
        let claim = file.claim()
        defer { file.close(keepJournal: false) }
        if let holder = claim.heldBy {
            throw fail("\(map) is open in journey (\(holder.who)); nothing was written: \(verb) after it is closed", code: 73)
        }
        if !claim.journals.isEmpty {
            throw fail("\(map) has edits to recover from a journey that stopped; open it in journey first, then \(verb)", code: 73)
        }
        let (after, summary) = try change(before)
        if dryRun {
            try printBytes(Array(DiffText.plain(MapDiff.compare(before, after), color: color).utf8))
            return warn(summary + " (a dry run: nothing written)")
        }
        guard after != before else { return warn(summary + "; \(map) is unchanged") }
        switch file.save(after) {
        case .saved: warn(summary + "; wrote \(map)")
        case .failed(let error): throw fail(error.description, code: 73)
        case .readOnlyFile: throw fail("\(map) is read-only; nothing was written", code: 73)
        case .exists, .changedOnDisk, .lockedElsewhere:
            throw fail("\(map) changed while journey \(verb) read it; nothing was written: run it again", code: 73)
        }
    }
}
