import Foundation
import JourneyJSON
import JourneyTestSupport
import Testing
@testable import JourneyCore

/// Linked journeys and current vs future state in the file, the diff, the
/// merge and the comparison: a touchpoint's `link`, a map's `futureOf`, an
/// opportunity's `removes`.
@Suite struct LinkedMapsTests {
    /// The sample as a future state: linked, declaring its current state, an opportunity removing two pain points.
    static func future() -> JourneyMap {
        var map = SampleMap.make()
        map.futureOf = "current.json"
        map.stages[3].touchpoints[0].link = "detail/checkout.json"
        map.stages[3].touchpoints[0].opportunities[0].removes = [map.stages[3].touchpoints[0].painPoints[0].id, "pp-gone"]
        return map
    }

    @Test func theNewMembersRoundTripAndAreWrittenWhereTheyBelong() throws {
        let map = Self.future()
        let bytes = try MapStore.encode(map)
        #expect(try MapStore.decode(bytes, file: "t") == map)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\n  \"futureOf\": \"current.json\",\n"))
        #expect(text.contains("\"link\": \"detail/checkout.json\""))
        #expect(text.contains("\"removes\": [\n"))
        #expect(!String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self).contains("futureOf"),
                "absent when none: files stay short")
    }

    @Test(arguments: [("\"\"", "a link may not be empty"), ("\"a\\u0007b.json\"", "control characters"),
                      ("\"a\\nb.json\"", "control characters"), ("\"a\\u0085b.json\"", "control characters")])
    func aLinkThatIsNoPathIsRefusedWhereItIs(value: String, words: String) throws {
        var root = try JSONParser.parse(MapStore.encode(SampleMap.make()))
        guard case .object(var members) = root else { return }
        members["futureOf"] = try JSONParser.parse(Array(value.utf8))
        root = .object(members)
        let bytes = try JSONWriter.write(root)
        let message = thrownText { () throws(MapLoadError) in _ = try MapStore.decode(bytes, file: "f.json") }
        #expect(message.contains("futureOf"), "\(message)")
        #expect(message.contains(words), "\(message)")
        #expect(MapLink.problem(with: "detail/checkout.json") == nil)
    }

    @Test func anEmptyRemovedIDIsRefused() throws {
        var map = SampleMap.make()
        map.stages[3].touchpoints[0].opportunities[0].removes = [""]
        let bytes = try MapStore.encode(map)
        let message = thrownText { () throws(MapLoadError) in _ = try MapStore.decode(bytes, file: "f.json") }
        #expect(message.contains("opportunities[0].removes[0]") && message.contains("may not be empty"), "\(message)")
    }

    @Test func theDiffSaysWhatWasLinkedAndWhatIsRemoved() {
        let lines = DiffText.plain(MapDiff.compare(SampleMap.make(), Self.future()), color: false)
        #expect(lines.contains("~ map: future state of: (none) → current.json\n"), "\(lines)")
        #expect(lines.contains("~ Purchase › Checkout: linked to: (none) → detail/checkout.json\n"), "\(lines)")
        #expect(lines.contains("+ added current pain point to remove \"pp-gone\" in opportunity Purchase › Checkout: "), "\(lines)")
        let facts = MapFacts.lines(Self.future())
        #expect(facts.contains("future state of: current.json\n"))
        #expect(facts.contains("Checkout › linked to: detail/checkout.json\n"))
    }

    @Test func aLinkMergesAsAPlainMember() throws {
        let base = SampleMap.make()
        var ours = base, theirs = base
        ours.stages[3].touchpoints[0].link = "detail/checkout.json"
        theirs.stages[3].touchpoints[0].name = "Checkout page"
        theirs.futureOf = "current.json"
        let merged = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.isClean)
        #expect(merged.map.stages[3].touchpoints[0].link == "detail/checkout.json")
        #expect(merged.map.stages[3].touchpoints[0].name == "Checkout page")
        #expect(merged.map.futureOf == "current.json")

        var other = base
        other.stages[3].touchpoints[0].link = "detail/pay.json"
        let clash = MapMerge.merge(base: base, ours: ours, theirs: other)
        #expect(clash.conflicts.count == 1, "two links for one touchpoint: someone decides")
        #expect(clash.map.stages[3].touchpoints[0].link == "detail/checkout.json", "ours until then")
    }

    @Test func editsOfTheNewMembersUndoExactly() throws {
        let map = SampleMap.make()
        let linking = try #require(Edits.updateTouchpoint(map, stage: 3, index: 0) { $0.link = "detail/checkout.json" })
        var changed = map
        linking.apply(to: &changed)
        #expect(changed.stages[3].touchpoints[0].link == "detail/checkout.json")
        let declaring = try #require(Edits.updateInfo(changed) { $0.futureOf = "current.json" })
        declaring.apply(to: &changed)
        #expect(changed.futureOf == "current.json")
        declaring.inverse.apply(to: &changed)
        linking.inverse.apply(to: &changed)
        #expect(changed == map)
    }

    @Test func aRelativeLinkIsReadFromTheFolderOfItsMap() {
        #expect(MapLink.resolve("detail/checkout.json", from: "maps/journey.json") == "maps/detail/checkout.json")
        #expect(MapLink.resolve("../current.json", from: "/srv/maps/future/map.json") == "/srv/maps/future/../current.json")
        #expect(MapLink.resolve("detail/checkout.json", from: "journey.json") == "detail/checkout.json")
        #expect(MapLink.resolve("/abs/map.json", from: "maps/journey.json") == "/abs/map.json", "kept as typed")
        #expect(MapLink.resolve("x.json", from: nil) == "x.json")
    }

    @Test func aLinkedMapIsReadFromItsFolderAndAPipeThereHangsNothing() throws {
        let folder = NSTemporaryDirectory() + "journey-linked-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/detail", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(MapStore.save(BlankMap.make(title: "Detail"), to: folder + "/detail/checkout.json").isSaved)
        #expect(try MapStore.loadLinked("detail/checkout.json", from: folder + "/high.json").title == "Detail")
        #expect(mkfifo(folder + "/pipe.json", 0o600) == 0)
        let refused = thrownText { () throws(MapLoadError) in _ = try MapStore.loadLinked("pipe.json", from: folder + "/high.json") }
        #expect(refused.contains("pipe.json"), "\(refused)")
        let missing = thrownText { () throws(MapLoadError) in _ = try MapStore.loadLinked("gone.json", from: folder + "/high.json") }
        #expect(missing.contains(folder + "/gone.json"), "\(missing)")
    }

    @Test func anExportLinksOnlyToPathsBesideIt() {
        #expect(MapLink.relativeURL("detail/check out.json") == "detail/check%20out.json")
        #expect(MapLink.relativeURL("javascript:alert(1)") == nil)
        #expect(MapLink.relativeURL("/etc/passwd") == nil)
        #expect(MapLink.relativeURL("//host/x.json") == nil)
        let markdown = MarkdownExport.export(Self.future())
        #expect(markdown.contains("**Future state of:** [current.json](current.json)"))
        #expect(markdown.contains("Checkout [↗](detail/checkout.json)"))
        let html = HTMLExport.export(Self.future())
        #expect(html.contains("<a class=\"map-link\" href=\"detail/checkout.json\" title=\"detail/checkout.json\">↗</a>"))
        #expect(html.contains("<p class=\"future-of\">Future state of <a class=\"map-link\" href=\"current.json\""))
        var hostile = Self.future()
        hostile.stages[3].touchpoints[0].link = "javascript:alert(\"x\")"
        #expect(!HTMLExport.export(hostile).contains("href=\"javascript"))
    }
}

/// The current state beside the future, stage by stage.
@Suite struct MapComparisonTests {
    @Test func stagesMatchByIDThenByNameAndTouchpointsByID() throws {
        let current = SampleMap.make()
        var future = LinkedMapsTests.future()
        future.stages[0].id = "renamed-id"
        future.stages[0].touchpoints.remove(at: 1)
        future.stages[1].touchpoints[0].channel = nil
        future.stages[1].touchpoints[0].emotion[future.personas[0].id] = 2
        future.stages[2].touchpoints.append(Touchpoint(id: "tp-new", name: "Chat with a fitter"))
        let comparison = MapComparison(current: current, future: future)
        #expect(comparison.stages.count == current.stages.count)
        #expect(comparison.stages.allSatisfy { $0.current != nil && $0.future != nil }, "the first stage by its name")
        #expect(comparison.stages[0].changes == [.init(kind: .removed, name: current.stages[0].touchpoints[1].name)])
        let changed = try #require(comparison.stages[1].changes.first)
        #expect(changed.kind == .changed && changed.name == future.stages[1].touchpoints[0].name)
        #expect(changed.what == ["channel", "emotion: " + future.personas[0].name])
        #expect(comparison.stages[2].changes == [.init(kind: .added, name: "Chat with a fitter")])
        #expect(comparison.stages[3].changes.map(\.what) == [["linked to"]])
    }

    @Test func eachPersonasEmotionIsTheStagesAverageInEitherMap() throws {
        let current = SampleMap.make()
        var future = current
        let persona = current.personas[0].id
        for t in future.stages[0].touchpoints.indices { future.stages[0].touchpoints[t].emotion[persona] = 2 }
        let comparison = MapComparison(current: current, future: future)
        let pair = try #require(comparison.personas.first)
        let scores = current.stages[0].touchpoints.compactMap { $0.emotion[persona] }
        #expect(comparison.emotion(pair, stage: 0, future: false) == scores.reduce(0, +) / Double(scores.count))
        #expect(comparison.emotion(pair, stage: 0, future: true) == 2)
    }

    @Test func removalsNameTheCurrentPainPointsByTextAndTellOfOnesItDoesNotHold() throws {
        let current = SampleMap.make()
        let comparison = MapComparison(current: current, future: LinkedMapsTests.future())
        let removal = try #require(comparison.removals.first)
        #expect(removal.opportunity == current.stages[3].touchpoints[0].opportunities[0].text)
        #expect(removal.place == "Purchase › Checkout")
        #expect(removal.painPoints.map(\.text) == [current.stages[3].touchpoints[0].painPoints[0].text, "pp-gone"])
        #expect(removal.painPoints.map(\.place) == ["Purchase › Checkout", nil])
    }
}
