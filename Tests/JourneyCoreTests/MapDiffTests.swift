@testable import JourneyCore
import JourneyJSON
import Testing

/// `journey diff` finds changes by ids: a move is a move, a rename a rename.
@Suite struct MapDiffTests {
    let sample = SampleMap.make()

    func lines(_ old: JourneyMap, _ new: JourneyMap) -> [String] {
        DiffText.plain(MapDiff.compare(old, new), color: false).split(separator: "\n").map(String.init)
    }

    @Test func equalMapsHaveNoDifferences() {
        #expect(MapDiff.compare(sample, sample).isEmpty)
        #expect(DiffText.stat([]) == "no differences\n")
    }

    @Test func aChangeWithNoFieldNameHasOneColon() {
        var wider = sample
        wider.emotionScale = EmotionScale(min: -3, max: 3)
        #expect(lines(sample, wider) == ["~ emotion scale: -2..2 → -3..3"])
    }

    @Test func aTouchpointMovedToAnotherStageIsOneMove() {
        var map = sample
        let moved = map.stages[1].touchpoints.remove(at: 1)
        map.stages[2].touchpoints.append(moved)
        #expect(lines(sample, map) == ["→ moved touchpoint \"Size guide\" from \"Consideration\" to \"Decision\""])
    }

    @Test func oneTouchpointMovedWithinAStageIsOneMoveNotMany() {
        var map = sample
        let last = map.stages[1].touchpoints.removeLast()
        map.stages[1].touchpoints.insert(last, at: 0)
        #expect(lines(sample, map) == ["→ moved touchpoint \"Fit chat\" in Consideration: now first"])
    }

    @Test func renamesTextsScoresItemsAndMetricsSayWhatAndWhere() {
        var map = sample
        map.stages[0].touchpoints[0].name = "Search ads"
        map.stages[0].touchpoints[0].text["actions"] = "Searches for his shoe model and clicks a Stride ad at the top of the results."
        map.stages[3].touchpoints[0].emotion["maya"] = -1
        map.stages[0].touchpoints[0].painPoints[0].impact = 4
        map.stages[3].touchpoints[0].opportunities.append(Item(id: "op-new", text: "Show the fee up front"))
        map.stages[4].touchpoints[0].painPoints.removeAll()
        map.stages[0].metrics[.reach] = 450000
        map.personas[1].goals.append("Run a 10k")
        #expect(lines(sample, map) == [
            "+ added goal \"Run a 10k\" in persona Tom",
            "~ Awareness: reach: 430000 → 450000",
            "~ renamed touchpoint \"Search ad\" → \"Search ads\" in Awareness",
            "~ Awareness › Search ads: Actions: Searches for [-her-]{+his+} shoe model and clicks a Stride ad at the top of the results.",
            "~ pain point Awareness › Search ads: Ad shows a generic sale, not the model searched: impact: 2 → 4",
            "~ Purchase › Checkout: emotion: Maya: +1 → -1",
            "+ added opportunity \"Show the fee up front\" in Purchase › Checkout",
            "- removed pain point \"Unclear if heel slip means the wrong size\" from Retention › Fit check-in",
        ])
    }

    @Test func whatIsDoneAboutAnItemAndTheTrendOfAMetricAreDifferencesToo() {
        var map = sample
        map.stages[3].touchpoints[0].opportunities[0].status = .done
        map.stages[3].touchpoints[0].opportunities[0].owner = "Kim"
        map.stages[3].touchpoints[0].opportunities[0].due = nil
        map.stages[3].touchpoints[0].opportunities[0].addresses.append("pp-forced-account")
        map.stages[3].touchpoints[0].metrics.targets[.conversionRate] = 70
        map.stages[3].touchpoints[0].metrics.record(.conversionRate, 61, on: "2026-06-30")
        let place = "opportunity Purchase › Checkout: Show shipping cost on the product page"
        #expect(lines(sample, map) == [
            "~ \(place): status: \"in progress\" → done",
            "~ \(place): owner: \"Checkout squad\" → Kim",
            "~ \(place): due: 2026-01-20 → (none)",
            "+ added addressed pain point \"Account required before payment\" in \(place)",
            "~ Purchase › Checkout: conversion rate: 59% → 61%",
            "~ Purchase › Checkout: target conversion rate: 68% → 70%",
            "+ added measurement of conversion rate \"2026-06-30: 61%\" in metrics Purchase › Checkout",
        ])
    }

    @Test func theParkingLotIsPartOfTheDiffAndTheFacts() {
        var map = sample
        map.parkingLot = [Item(id: "idea-1", text: "Gait analysis in store")]
        #expect(lines(sample, map) == ["+ added parked idea \"Gait analysis in store\""])
        #expect(MapFacts.lines(map).hasSuffix("\nparked idea: Gait analysis in store\n"))
    }

    @Test func aLongTextShowsBothVersionsAndLineBreaksStayVisible() {
        var map = sample
        map.objectives.purpose = "A new purpose\nover two lines"
        map.stages[0].name = "Aware\nness"
        #expect(lines(sample, map) == [
            "~ objectives: purpose",
            "    - " + sample.objectives.purpose,
            "    + A new purpose",
            "    + over two lines",
            "~ renamed stage \"Awareness\" → \"Aware⏎ness\"",
        ])
    }

    @Test func addedAndRemovedThingsOfEveryKind() {
        var map = sample
        map.personas.removeLast()
        for s in map.stages.indices {
            for t in map.stages[s].touchpoints.indices { map.stages[s].touchpoints[t].emotion["tom"] = nil }
        }
        map.channels.append(Channel(id: "tv", name: "TV", kind: .offline))
        map.stages.append(Stage(id: "loyalty", name: "Loyalty", touchpoints: [Touchpoint(id: "club", name: "Club")]))
        map.stages[0].touchpoints.removeFirst()
        map.extra["x-tool"] = .string("v2")
        let found = MapDiff.compare(sample, map)
        #expect(found.contains { $0.kind == .removed && $0.subject == "persona" && $0.old == "Tom" })
        #expect(found.contains { $0.kind == .added && $0.subject == "channel" && $0.new == "TV" })
        #expect(found.contains { $0.kind == .added && $0.subject == "stage" && $0.new == "Loyalty" })
        #expect(found.contains { $0.kind == .added && $0.subject == "touchpoint" && $0.new == "Club" && $0.place == "Loyalty" })
        #expect(found.contains { $0.kind == .removed && $0.subject == "touchpoint" && $0.old == "Search ad" })
        #expect(found.contains { $0.subject == "other field" && $0.field == "x-tool" && $0.new == "\"v2\"" })
        #expect(!found.contains { $0.field?.hasPrefix("emotion: Tom") == true }, "a removed persona's scores go with it, not one line each")
    }

    @Test func statCountsKindsAndSubjects() {
        var map = sample
        map.stages[0].touchpoints[0].name = "X"
        map.stages[0].touchpoints[1].text["actions"] = "Y"
        #expect(DiffText.stat(MapDiff.compare(sample, map)) == "2 differences: 1 renamed, 1 changed (2 touchpoint)\n")
    }

    @Test func jsonNamesEachDifferenceByIDs() throws {
        var map = sample
        map.stages[0].touchpoints[0].emotion["tom"] = 2
        let parsed = try JSONParser.parse(DiffText.json(MapDiff.compare(sample, map)))
        guard case .array(let entries) = parsed, case .object(let entry)? = entries.first else {
            Issue.record("not an array of objects")
            return
        }
        #expect(entries.count == 1)
        #expect(entry["kind"] == .string("changed"))
        #expect(entry["field"] == .string("emotion: Tom"))
        #expect(entry["old"] == .string("+0.5") && entry["new"] == .string("+2"))
        #expect(entry["ids"] == .array([.string("awareness"), .string("search-ad")]))
    }

    @Test func everyFactOfTheMapIsOneStableLine() {
        let facts = MapFacts.lines(sample)
        #expect(facts == MapFacts.lines(SampleMap.make()))
        #expect(facts.contains("\nSearch ad › emotion: Tom: +0.5\n"))
        #expect(facts.contains("\nSearch ad › pain point: Ad shows a generic sale, not the model searched (impact 2, effort 1, 3 votes)\n"))
        #expect(facts.contains("\nCheckout › opportunity › addresses: Shipping fee appears only at the final step\n"))
        #expect(facts.contains("\nCheckout › conversion rate › target: 68%\nCheckout › conversion rate › 2025-09-30: 55%\n"))
        var map = sample
        map.stages[0].touchpoints[0].text["thoughts"] = "one\ntwo"
        let changed = Set(MapFacts.lines(map).split(separator: "\n")).symmetricDifference(facts.split(separator: "\n"))
        #expect(changed.count == 2, "one fact changed: one line out, one in: \(changed)")
    }

    /// Issue 27, item 9: every touchpoint fact named its stage, so renaming
    /// a stage changed a hundred lines of `git log -p`.
    @Test func aRenamedStageIsOneChangedFact() {
        var map = sample
        map.stages[1].name = "Compare"
        let changed = Set(MapFacts.lines(map).split(separator: "\n")).symmetricDifference(MapFacts.lines(sample).split(separator: "\n"))
        #expect(changed == ["stage Consideration", "stage Compare"])
    }

    /// The touchpoints under a stage's line are its touchpoints: a move
    /// changes where the moved touchpoint's lines stand, no line of another.
    @Test func aMovedTouchpointMovesOnlyItsOwnFacts() throws {
        var map = sample
        let moved = map.stages[1].touchpoints.remove(at: 1)
        map.stages[2].touchpoints.append(moved)
        let before = MapFacts.lines(sample).split(separator: "\n"), after = MapFacts.lines(map).split(separator: "\n")
        #expect(Set(before) == Set(after))
        let others = { (line: Substring) in line != "touchpoint Size guide" && !line.hasPrefix("Size guide › ") }
        #expect(before.filter(others) == after.filter(others))
        let decision = try #require(after.firstIndex(of: "stage Decision"))
        #expect(try #require(after.firstIndex(of: "touchpoint Size guide")) > decision)
    }

    /// Issue 27, item 7: a map `journey merge` left with conflicts says so in `journey diff` and `git diff`.
    @Test func undecidedConflictsAreSaidAfterTheDifferencesAndInTheFacts() {
        var map = sample
        for name in ["Compare two shoes", "Compare prices"] {
            map.conflicts.append(MergeConflict(id: "c\(map.conflicts.count + 1)", path: ["stages", "decision", "touchpoints", "compare", "name"],
                                               what: "Touchpoint \"\(name)\": name", base: nil, ours: nil, theirs: nil))
        }
        #expect(DiffText.undecided(map) == "! 2 merge conflicts left undecided: decide them with :conflicts in journey\n")
        map.conflicts.removeLast()
        #expect(DiffText.undecided(map) == "! 1 merge conflict left undecided: decide it with :conflicts in journey\n")
        #expect(DiffText.undecided(sample) == "")
        #expect(MapFacts.lines(map).hasSuffix("\nundecided merge conflict: Touchpoint \"Compare two shoes\": name\n"))
    }

    @Test func textFromTheFileNeverDrivesTheTerminal() {
        var map = sample
        map.title = "Clear\u{1B}[2J"
        map.stages[0].name = "Aware\u{202E}ness"
        map.stages[0].touchpoints[0].text["actions"] = "a\u{1B}]0;owned\u{7}b"
        map.stages[0].touchpoints[0].painPoints[0].text = "\u{9B}31m red"
        for output in [DiffText.plain(MapDiff.compare(sample, map), color: true), MapFacts.lines(map)] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x9B || $0 == "\u{7}" || $0 == "\u{202E}" })
            #expect(!output.contains("\u{1B}[2J") && !output.contains("\u{1B}]0;"))
            #expect(output.contains("Clear^[[2J") && output.contains("Aware<202E>ness"))
        }
    }
}
