import Foundation
import Testing
@testable import JourneyCore

/// Hostile input for the importers, each case a bug that was found by
/// attacking them. Work is counted, never timed.
@Suite struct InteropAttackTests {
    @Test func manyTouchpointsWithOneNameGetIdsInLinearWork() {
        var ids = NameIDs()
        let made = (0..<5_000).map { _ in ids.make(from: "Checkout", fallback: "touchpoint") }
        #expect(made.prefix(3) == ["checkout", "checkout-2", "checkout-3"])
        #expect(made.last == "checkout-5000")
        #expect(ids.probes <= 2 * made.count, "ids from one name took \(ids.probes) look-ups for \(made.count) ids")
    }

    @Test func idsSkipWhatAnotherNameTookAsBefore() {
        var ids = NameIDs()
        #expect(ids.make(from: "x", fallback: "f") == "x")
        #expect(ids.make(from: "x 3", fallback: "f") == "x-3")
        #expect(ids.make(from: "x", fallback: "f") == "x-2")
        #expect(ids.make(from: "x", fallback: "f") == "x-4")
        #expect(ids.make(from: "x 5", fallback: "f") == "x-5")
        #expect(ids.make(from: "x", fallback: "f") == "x-6")
    }

    @Test func aLineOfManyAccessibleDescriptionsNeitherOverflowsTheStackNorCopiesTheRest() throws {
        let text = "journey\n" + String(repeating: "accDescr{}", count: 50_000) + "accDescr { last }\nsection S\n  t: 3: A\n"
        let map = try MermaidJourney.parse(Array(text.utf8), file: "acc.mmd")
        #expect(map.objectives.purpose == "last")
        #expect(map.touchpointCount == 1)
    }

    @Test func manyPersonaAndLaneColumnsAreReadWithoutLookingEachUpPerCell() throws {
        let count = 3_000
        let header = ["stage", "touchpoint"] + (0..<count).map { "emotion: p\($0)" } + (0..<count).map { "lane \($0)" }
        let row = ["s", "t"] + Array(repeating: "1", count: count) + Array(repeating: "x", count: count)
        var reader = try CSVTouchpointReader(header: CSVReader.Record(line: 1, fields: header), file: "p.csv")
        try reader.read(CSVReader.Record(line: 2, fields: row))
        #expect(reader.map.personas.count == count)
        #expect(reader.map.lanes.count == Lane.defaults.count + count)
        #expect(reader.lookups <= 2 * header.count, "\(reader.lookups) look-ups for \(header.count) columns")
    }

    @Test func aStageWithNoNameExportsToMermaidThatImportsBack() throws {
        var map = JourneyMap(title: "T")
        map.stages = [Stage(id: "s", name: "", touchpoints: [Touchpoint(id: "t", name: "Visit")])]
        let text = MermaidJourney.export(map)
        let back = try MermaidJourney.parse(Array(text.utf8), file: "t.mmd")
        #expect(back.stages.map(\.name) == ["(untitled)"])
        #expect(back.stages.first?.touchpoints.map(\.name) == ["Visit"])
    }

    /// Before the fix each line copied all the lines before it: 800,000
    /// lines (10 MB) did not finish in 5 minutes.
    @Test func aLongAccessibleDescriptionIsGatheredWithoutCopyingItPerLine() throws {
        let lines = Array(repeating: "line of text", count: 200_000)
        let text = "journey\naccDescr {\n" + lines.joined(separator: "\n") + "\n}\nsection S\n  t: 3\n"
        let map = try MermaidJourney.parse(Array(text.utf8), file: "d.mmd")
        #expect(map.objectives.purpose == lines.joined(separator: "\n"))
    }
}
