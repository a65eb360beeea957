import JourneyJSON
import Testing
@testable import JourneyCore

/// Issue 27, item 6: a conflict keeps which branch each side was, in a member
/// older files do not have and older journeys keep as they found it.
@Suite struct MergeSidesTests {
    static func labelled(_ sides: MergeSides) -> JourneyMap {
        let base = SampleMap.make()
        var merged = MapMerge.merge(base: base, ours: MapEdit.applying([.title("Ours")], to: base),
                                    theirs: MapEdit.applying([.title("Theirs")], to: base))
        merged.name(sides)
        return merged.map
    }

    @Test func theSidesAreSavedAndReadBack() throws {
        let sides = MergeSides(ours: "main", theirs: "feature/pricing", extra: ["later": .bool(true)])
        let map = Self.labelled(sides)
        let bytes = try MapStore.encode(map)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""sides": {"#))
        let loaded = try MapStore.decode(bytes, file: "merged.json")
        #expect(loaded.conflicts.first?.sides == sides)
        #expect(try MapStore.encode(loaded) == bytes)
    }

    @Test func aConflictWithoutSidesNamesThemPlainly() {
        let map = Self.labelled(MergeSides(ours: nil, theirs: "feature/pricing"))
        #expect(map.conflicts.first?.named(.ours) == "ours")
        #expect(map.conflicts.first?.named(.theirs) == "theirs (feature/pricing)")
        var unnamed = map.conflicts[0]
        unnamed.sides = nil
        #expect(unnamed.named(.theirs) == "theirs")
    }

    @Test func aSidesMemberThatIsNotAnObjectIsRefusedByName() throws {
        var text = String(decoding: try MapStore.encode(Self.labelled(MergeSides(ours: "main", theirs: "x"))), as: UTF8.self)
        text = text.replacing(#/"sides": \{[^}]*\}/#, with: #""sides": "main""#)
        let error = #expect(throws: MapLoadError.self) { try MapStore.decode(Array(text.utf8), file: "merged.json") }
        #expect(error?.description.contains("conflicts[0].sides") == true, "\(String(describing: error))")
    }
}
