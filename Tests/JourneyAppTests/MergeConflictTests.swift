import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// A map that `journey merge` left with conflicts: the editor says so on
/// opening, `:conflicts` lists them, and each is decided as one undoable step.
@Suite struct MergeConflictTests {
    /// The sample after two branches changed the checkout's actions differently.
    static func conflicted() -> JourneyMap {
        let merged = merge()
        #expect(merged.conflicts.count == 1)
        return merged.map
    }

    static func merge() -> MapMergeResult {
        let base = SampleMap.make()
        var ours = base, theirs = base
        let (s, i) = base.locate(touchpoint: "checkout")!
        ours.stages[s].touchpoints[i].text["actions"] = "Pays by card"
        theirs.stages[s].touchpoints[i].text["actions"] = "Pays by invoice"
        return MapMerge.merge(base: base, ours: ours, theirs: theirs)
    }

    func input(_ text: String) -> [HeadlessTerminal.Input] {
        text.map { .key($0 == "\n" ? .enter : .character($0)) }
    }

    func actions(_ map: JourneyMap) -> String? { map.touchpoint(id: "checkout")?.text["actions"] }

    @Test func openingSaysThereAreConflicts() {
        let session = Session([], map: Self.conflicted())
        #expect(session.view.message == StatusMessage("1 merge conflict in this map: :conflicts decides them", severity: .warning))
        #expect(session.grid.statusText.contains("⚠ 1 merge conflict in this map"))
    }

    @Test func takingTheirsChangesTheTextAndDropsTheConflictAndUndoBringsBothBack() {
        let session = Session(input(":conflicts\n\nt"), map: Self.conflicted())
        #expect(actions(session.map) == "Pays by invoice")
        #expect(session.map.conflicts.isEmpty)
        #expect(session.grid.statusText.contains("took theirs (no conflicts left)"))
        let undone = Session(input(":conflicts\n\ntu"), map: Self.conflicted())
        #expect(actions(undone.map) == "Pays by card")
        #expect(undone.map.conflicts.count == 1)
    }

    @Test func editingKeepsOursAndGoesThere() {
        // From two lanes below, so the lane it lands on is the conflict's, not the cursor's.
        let session = Session(input("jj:conflicts\n\ne"), map: Self.conflicted())
        #expect(actions(session.map) == "Pays by card")
        #expect(session.map.conflicts.isEmpty)
        #expect(session.editor.cursor.touchpoint == "checkout")
        #expect(session.editor.cursor.lane == "actions", "e lands on the conflicting lane")
    }

    @Test func theListStaysOpenForTheNextConflict() {
        let base = SampleMap.make()
        var ours = base, theirs = base
        for (id, mine, other) in [("checkout", "Pays by card", "Pays by invoice"), ("search-ad", "Clicks", "Scrolls past")] {
            let (s, i) = base.locate(touchpoint: id)!
            ours.stages[s].touchpoints[i].text["actions"] = mine
            theirs.stages[s].touchpoints[i].text["actions"] = other
        }
        let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs).map
        #expect(merged.conflicts.count == 2)
        let session = Session(input(":conflicts\n\nt"), map: merged)
        #expect(session.map.conflicts.count == 1)
        #expect(session.editor.view.picker?.title.hasPrefix("Merge conflicts (1)") == true, "the list of those left is open")
    }

    @Test func thePickerShowsBothVersions() {
        let session = Session(input(":conflicts\n\n"), map: Self.conflicted())
        #expect(session.screen.contains("ours: Pays by card"))
        #expect(session.screen.contains("theirs: Pays by invoice"))
    }

    @Test func theDialogShowsLongVersionsWholeWithTheChangedWordsMarked() throws {
        let base = SampleMap.make()
        var ours = base, theirs = base
        let (s, i) = base.locate(touchpoint: "checkout")!
        let long = "Compares the total with the price seen on the product page, then looks for a discount code before paying"
        ours.stages[s].touchpoints[i].text["actions"] = long + " by card"
        theirs.stages[s].touchpoints[i].text["actions"] = long + " by invoice"
        var merged = MapMerge.merge(base: base, ours: ours, theirs: theirs).map
        merged.conflicts[0].base = .string(long)
        let session = Session(input(":conflicts\n\n"), width: 120, height: 40, map: merged)
        let notes = try #require(session.editor.view.picker?.notes)
        #expect(notes == ["base: " + long, "ours: " + long + "{+ by card+}", "theirs: " + long + "{+ by invoice+}"])
    }

    /// Issue 27, item 6: where git said which branch each side was, the list and the dialog say so.
    @Test func theListAndTheDialogNameEachSidesBranch() throws {
        var merged = Self.merge()
        merged.name(MergeSides(ours: "upstream main", theirs: "1a2b3c4 of feature/pricing, being replayed"))
        let list = Session(input(":conflicts\n"), width: 160, height: 30, map: merged.map)
        #expect(list.screen.contains("ours (upstream main): Pays by card"))
        #expect(list.screen.contains("theirs (1a2b3c4 of feature/pricing, being replayed): Pays by invoice"))
        let dialog = Session(input(":conflicts\n\n"), width: 160, height: 30, map: merged.map)
        let notes = try #require(dialog.editor.view.picker?.notes)
        #expect(notes.count == 3 && notes[1].hasPrefix("ours (upstream main): ")
                    && notes[2].hasPrefix("theirs (1a2b3c4 of feature/pricing, being replayed): "))
        #expect(dialog.screen.contains("Take ours (upstream main): Pays by card"))
        #expect(dialog.screen.contains("Take theirs (1a2b3c4 of feature/pricing, being replayed): Pays by invoice"))
        let taken = Session(input(":conflicts\n\nt"), width: 160, height: 30, map: merged.map)
        #expect(taken.grid.statusText.contains("took theirs (1a2b3c4 of feature/pricing, being replayed)"))
    }

    @Test func aMapWithoutConflictsSaysSo() {
        let session = Session(input(":conflicts\n"), map: SampleMap.make())
        #expect(session.view.message?.text == "no merge conflicts in this map")
    }

    @Test func aDecidedConflictIsSavedAndItsJournalRecoversIt() throws {
        let folder = NSTemporaryDirectory() + "journey-conflicts-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/map.json"
        #expect(MapStore.save(Self.conflicted(), to: path).isSaved)
        let saved = Session(input(":conflicts\n\nt") + [.key(.control("s"))], map: SampleMap.make(), path: path)
        #expect(saved.view.file.isModified == false)
        let reopened = try MapStore.load(path: path)
        #expect(reopened.conflicts.isEmpty)
        #expect(actions(reopened) == "Pays by invoice")

        // The same decision, never saved: the journal holds it, and recovery gives it back.
        #expect(MapStore.save(Self.conflicted(), to: path, force: true).isSaved)
        var journal: Recovered?
        _ = Session(input(":conflicts\n\nt"), map: SampleMap.make(), path: path)
        if case .success(let opened) = MapFile.open(path) {
            let claim = opened.file.claim()
            defer { opened.file.close(keepJournal: false) }
            let results = claim.journals.map { opened.file.recover($0, onto: opened.map!, otherwise: nil) }
            journal = results.last.map { Recovered(map: $0.map, unresolved: $0.unresolved.count) }
        }
        #expect(journal?.unresolved == 0)
        #expect(journal.map { actions($0.map) } == "Pays by invoice")
        #expect(journal?.map.conflicts.isEmpty == true)
    }

    struct Recovered {
        var map: JourneyMap
        var unresolved: Int
    }
}
