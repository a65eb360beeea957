import Foundation
import JourneyCore
import Testing

/// `journey measure` run as a person runs it: a dry run that prints what
/// `journey diff` would, a write, the same file again, and a map that is open.
@Suite struct MeasureCommandTests {
    static let export = "\u{FEFF}Date;Stage;Touchpoint;Metric;Value\r\n# from the analytics tool\r\n"
        + "2031-06-01;;Checkout;conversion;62,5%\r\n2031-06-01;Awareness;;reach;1200\r\n"

    @Test func aDryRunPrintsTheDiffThenTheSameFileTwiceWritesOnce() throws {
        let (scratch, map, original) = try ExportImporterRuns.newMap()
        defer { scratch.remove() }
        let csv = scratch.write("kpis.csv", Self.export)

        let dry = try Binary.run(["measure", map, "--from", csv, "--dry-run", "--color", "never"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr == "journey: 2 measurements: 2 new, 0 changed, 0 already there (a dry run: nothing written)\n")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == original, "a dry run writes nothing")

        let wrote = try Binary.run(["measure", map, "--from", csv])
        #expect(wrote.status == 0 && wrote.stderr.hasSuffix("; wrote \(map)\n"), "\(wrote.stderr)")
        let before = scratch.write("before.json", original)
        let diff = try Binary.run(["diff", before, map, "--color", "never"])
        #expect(diff.stdout == dry.stdout, "the dry run said what the write did")
        #expect(diff.stdout.contains("2031-06-01: 62.5%"), "\(diff.stdout)")

        let written = try String(contentsOfFile: map, encoding: .utf8)
        let again = try Binary.run(["measure", map, "--from", csv])
        #expect(again.status == 0 && again.stderr.contains("0 new, 0 changed, 2 already there; \(map) is unchanged"))
        #expect(try String(contentsOfFile: map, encoding: .utf8) == written)
    }

    @Test func aBadRowAndABadColumnsOptionChangeNothingAndSayWhere() throws {
        let (scratch, map, original) = try ExportImporterRuns.newMap()
        defer { scratch.remove() }
        let csv = scratch.write("kpis.csv", Self.export + "2031-06-02;;Checkout;conversion;1e400\r\n")
        let bad = try Binary.run(["measure", map, "--from", csv])
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("journey: \(csv):5: conversion rate is "), "\(bad.stderr)")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == original)
        let option = try Binary.run(["measure", map, "--from", csv, "--columns", "when=Date"])
        #expect(option.status == 64 && option.stderr.contains("--columns takes COLUMN=HEADER pairs"), "\(option.stderr)")
        let missing = try Binary.run(["measure", map, "--from", scratch.file("none.csv")])
        #expect(missing.status == 66, "\(missing.stderr)")
    }

    @Test func aMapOpenInAnEditorIsNotWrittenUnderIt() throws {
        try ExportImporterRuns.expectRefusedWhileOpen("measure", export: "kpis.csv", Self.export)
    }
}
