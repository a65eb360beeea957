import Foundation
import JourneyCore
import Testing

/// Many maps in a folder: `journey check`'s link rules on real files, and
/// `journey compare` printing a current state beside its future.
@Suite struct LinkedMapsCommandTests {
    /// cur.json from `journey new`, fut.json its copy changed: a touchpoint gone, a link, the current state declared.
    func pair(_ scratch: Scratch) throws -> (current: String, future: String) {
        let current = scratch.file("cur.json")
        #expect(try Binary.run(["new", current]).status == 0)
        var future = try MapStore.load(path: current)
        future.title = "Stride 2027"
        future.futureOf = "cur.json"
        future.stages[0].touchpoints.remove(at: 1)
        future.stages[3].touchpoints[0].opportunities[0].removes = [future.stages[3].touchpoints[0].painPoints[0].id]
        let path = scratch.file("fut.json")
        #expect(MapStore.save(future, to: path).isSaved)
        return (current, path)
    }

    @Test func checkFindsLinksToFilesThatDoNotLoad() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (current, future) = try pair(scratch)
        #expect(try Binary.run(["check", future, "--only", "broken-link", "--only", "broken-future-of"]).status == 0)

        var map = try MapStore.load(path: future)
        map.stages[3].touchpoints[0].link = "detail/checkout.json"
        map.stages[3].touchpoints[0].opportunities[0].removes.append("pp-gone")
        #expect(MapStore.save(map, to: future).isSaved)
        let found = try Binary.run(["check", future, "--only", "broken-link", "--only", "broken-future-of"])
        #expect(found.status == 1)
        let lines = found.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(found.stdout)")
        #expect(lines.first?.hasPrefix("\(future): stages[3].touchpoints[0].link: warning: touchpoint \"Checkout\" links to "
                                           + "detail/checkout.json, which does not load: ") == true, "\(found.stdout)")
        #expect(lines.last?.hasSuffix("removes pain point \"pp-gone\", which cur.json does not hold (broken-future-of)") == true)

        // A file there that is no map is as broken as none.
        try FileManager.default.createDirectory(atPath: scratch.file("detail"), withIntermediateDirectories: true)
        scratch.write("detail/checkout.json", "not json")
        let notAMap = try Binary.run(["check", future, "--only", "broken-link"])
        #expect(notAMap.status == 1 && notAMap.stdout.contains("broken-link"))
        try FileManager.default.removeItem(atPath: current)
        let gone = try Binary.run(["check", future, "--only", "broken-future-of"])
        #expect(gone.status == 1 && gone.stdout.contains("futureOf: warning: the map is the future state of cur.json, which does not load"),
                "\(gone.stdout)")
    }

    @Test func comparePrintsBothMapsAndSaysWhatIsWrongOtherwise() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let (current, future) = try pair(scratch)
        let printed = try Binary.run(["compare", current, future, "--width", "80", "--color", "never"])
        #expect(printed.status == 0, "\(printed.stderr)")
        let lines = printed.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("Current \(current): ") == true)
        #expect(lines.contains("Future  Stride 2027"))
        #expect(lines.contains { $0.hasPrefix("── Pain points the future removes") })
        let sample = try MapStore.load(path: current)
        #expect(lines.contains("  − " + sample.stages[0].touchpoints[1].name))
        #expect(lines.contains { $0.hasPrefix("  − “" + sample.stages[3].touchpoints[0].painPoints[0].text + "”") })
        #expect(lines.allSatisfy { $0.count <= 80 })

        let shown = try Binary.run(["show", future, "--view", "compare", "--width", "80", "--color", "never"])
        // The same but for the first line, which names the current state as the map does rather than as given here.
        #expect(shown.status == 0 && shown.stdout.split(separator: "\n").dropFirst() == printed.stdout.split(separator: "\n").dropFirst(),
                "\(shown.stdout)")
        #expect(shown.stdout.hasPrefix("Current cur.json: "))
        let notFuture = try Binary.run(["show", current, "--view", "compare", "--width", "80"])
        #expect(notFuture.status == 0 && notFuture.stdout.contains("Not a future-state map"))

        let alone = try Binary.run(["compare", future, "--width", "80"])
        #expect(alone.status == 0 && alone.stdout.contains("Stride 2027"), "its futureOf names the current state")

        let missing = try Binary.run(["compare", scratch.file("nothing.json"), future])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("nothing.json"), "\(missing.stderr)")
        let noCurrent = try Binary.run(["compare", current])
        #expect(noCurrent.status == 64 && noCurrent.stderr.contains("names no current state"), "\(noCurrent.stderr)")
        scratch.write("broken.json", "{\"format\": \"journey-map\", \"version\": 3, \"stages\": 7}")
        let broken = try Binary.run(["compare", scratch.file("broken.json"), future])
        #expect(broken.status == 65 && broken.stderr.contains("broken.json"), "\(broken.stderr)")
        let usage = try Binary.run(["compare"])
        #expect(usage.status != 0 && usage.stderr.contains("journey compare CURRENT FUTURE"))
    }
}
