import Foundation
import Testing
@testable import JourneyCore

/// The parking lot: ideas kept in the map (`parkingLot`), placed later on a
/// touchpoint as one undoable step.
@Suite struct ParkingLotTests {
    func parked(_ texts: [String], in map: JourneyMap = SampleMap.make()) -> JourneyMap {
        var map = map
        for text in texts { Edits.park(map, text: text)?.0.apply(to: &map) }
        return map
    }

    @Test func roundTripsThroughSaveAndLoad() throws {
        let folder = NSTemporaryDirectory() + "journey-parking-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/map.json"
        let map = parked(["Loyalty card?", "\u{1B}[31mred\u{202E} ideas | 9 9"])
        #expect(MapStore.save(map, to: path).isSaved)
        let loaded = try MapStore.load(path: path)
        #expect(loaded == map)
        #expect(loaded.parkingLot.map(\.text) == ["Loyalty card?", "\u{1B}[31mred\u{202E} ideas | 9 9"])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\n  \"parkingLot\": [\n"))
        #expect(text.contains("\n  \"version\": \(MapFormat.version)\n"), "an optional member: no new format version")
    }

    @Test func anEmptyLotIsLeftOutOfTheFile() throws {
        let text = String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self)
        #expect(!text.contains("parkingLot"))
    }

    @Test func aRepeatedIdIsRefused() throws {
        var map = parked(["one"])
        map.parkingLot.append(map.parkingLot[0])
        let bytes = try MapStore.encode(map)
        #expect(throws: MapLoadError.self) { try MapStore.decode(bytes, file: "t") }
    }

    @Test func placingMovesTheIdeaInOneUndoableStep() throws {
        let map = parked(["Self-service refunds"])
        let id = map.parkingLot[0].id
        let edit = try #require(Edits.place(map, idea: id, stage: 1, index: 0, kind: .opportunities))
        var after = map
        edit.apply(to: &after)
        #expect(after.parkingLot.isEmpty)
        #expect(after.stages[1].touchpoints[0].opportunities.last?.id == id, "a move keeps the id")
        #expect(after.stages[1].touchpoints[0].opportunities.last?.text == "Self-service refunds")
        var undone = after
        edit.inverse.apply(to: &undone)
        #expect(undone == map)
        #expect(Edits.place(map, idea: "nothing", stage: 1, index: 0, kind: .quotes) == nil)
        #expect(Edits.place(map, idea: id, stage: 1, index: 0, kind: .actions) == nil, "not a list lane")
    }

    @Test func newIdsAvoidParkedOnes() {
        let map = parked(["a", "b", "c"])
        let ids = Set(map.parkingLot.map(\.id))
        #expect(ids.count == 3)
        #expect(ids.allSatisfy(map.containsID))
    }

    @Test func theJournalCarriesTheLot() throws {
        let map = parked(["kept in the journal"])
        let info = try JournalChange.mapInfo(JournalChange.json(map.info), at: .root)
        #expect(info == map.info)
    }

    @Test func aMergeTakesOneSidesLotAndAsksWhenBothChangedIt() throws {
        let base = parked(["shared idea"])
        let ours = try #require(Edits.place(base, idea: base.parkingLot[0].id, stage: 0, index: 0, kind: .quotes))
            .applied(to: base)
        let clean = MapMerge.merge(base: base, ours: ours, theirs: base)
        #expect(clean.map.parkingLot.isEmpty && clean.map.conflicts.isEmpty)
        #expect(clean.map.stages[0].touchpoints[0].quotes.last?.text == "shared idea")
        // Both sides changed the lot: it merges as one value, so this is a conflict to settle, never a silent loss.
        let theirs = parked(["their idea"], in: base)
        let both = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(!both.map.conflicts.isEmpty)
    }
}

extension Transaction {
    func applied(to map: JourneyMap) -> JourneyMap {
        var map = map
        apply(to: &map)
        return map
    }
}
