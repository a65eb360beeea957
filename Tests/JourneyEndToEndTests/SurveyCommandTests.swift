import Foundation
import JourneyCore
import Testing

/// `journey survey` run as a person runs it: a dry run that prints what
/// `journey diff` would, a write, the same file again, bad rows and a map that is open.
@Suite struct SurveyCommandTests {
    static let export = "\u{FEFF}Checkout pulse — responses\r\n"
        + "Submitted At,Touchpoint,How likely are you to recommend Stride to a friend?,Comment\r\n"
        + "2031-06-01 09:12:00,Checkout,10,\r\n2031-06-01 09:13:00,Checkout,9,\r\n2031-06-01 09:14:00,Checkout,9,\r\n"
        + "2031-06-01 09:15:00,Checkout,10,\r\n2031-06-01 09:16:00,Checkout,9,\r\n2031-06-01 09:17:00,Checkout,7,\r\n"
        + "2031-06-01 09:18:00,Checkout,8,\r\n2031-06-01 09:19:00,Checkout,7,\r\n"
        + "2031-06-01 09:20:00,Checkout,4,\"Card declined, twice\"\r\n2031-06-01 09:21:00,Checkout,0,\r\n"
        + "2031-06-01 09:22:00,Checkout,,no score\r\n"

    @Test func aDryRunPrintsTheDiffThenTheSameFileTwiceWritesOnce() throws {
        let (scratch, map, original) = try ExportImporterRuns.newMap()
        defer { scratch.remove() }
        let csv = scratch.write("pulse.csv", Self.export)

        let dry = try Binary.run(["survey", map, "--from", csv, "--title", "Checkout pulse", "--dry-run", "--color", "never"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stderr.hasPrefix("journey: 10 NPS responses (1 row without a score skipped, 1 header row skipped) "
                                     + "to “Checkout pulse” (new source src-"),
                "\(dry.stderr)")
        #expect(dry.stderr.hasSuffix("; 2 measurements: 2 new, 0 changed, 0 already there; 1 quote: 1 new, 0 already there "
                                     + "(a dry run: nothing written)\n"), "\(dry.stderr)")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == original, "a dry run writes nothing")
        #expect(dry.stdout.contains("2031-06-01: 30") && dry.stdout.contains("added quote \"Card declined, twice\" in Purchase › Checkout"),
                "\(dry.stdout)")

        let wrote = try Binary.run(["survey", map, "--from", csv, "--title", "Checkout pulse"])
        #expect(wrote.status == 0 && wrote.stderr.hasSuffix("; wrote \(map)\n"), "\(wrote.stderr)")
        let before = scratch.write("before.json", original)
        let diff = try Binary.run(["diff", before, map, "--color", "never"])
        let unsourced = { (text: String) in text.split(separator: "\n").filter { !$0.contains("added source") } }
        #expect(unsourced(diff.stdout) == unsourced(dry.stdout), "the dry run said what the write did, but for the new source's id")

        let written = try String(contentsOfFile: map, encoding: .utf8)
        let again = try Binary.run(["survey", map, "--from", csv, "--title", "Checkout pulse"])
        #expect(again.status == 0 && again.stderr.contains("0 new, 0 changed, 2 already there; 1 quote: 0 new, 1 already there; \(map) is unchanged"),
                "\(again.stderr)")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == written, "byte for byte")

        let shown = try Binary.run(["show", map, "--view", "metrics", "--color", "never", "--width", "120"])
        #expect(shown.stdout.contains("2031-06-01  30  from 10 responses to “Checkout pulse” (% promoters 9–10 minus % detractors 0–6)"),
                "\(shown.stdout)")
    }

    @Test func badInputChangesNothingAndSaysWhere() throws {
        let (scratch, map, original) = try ExportImporterRuns.newMap()
        defer { scratch.remove() }
        let bad = try Binary.run(["survey", map, "--from", scratch.write("bad.csv", Self.export + "2031-06-02,Checkout,7.5,\r\n")])
        #expect(bad.status == 65)
        #expect(bad.stderr == "journey: \(scratch.file("bad.csv")):14: NPS score is a whole number from 0 to 10; got 7.5\n", "\(bad.stderr)")
        let plain = scratch.write("plain.csv", "date,touchpoint,score\n2031-06-01,Checkout,4\n")
        let unknown = try Binary.run(["survey", map, "--from", plain])
        #expect(unknown.status == 65 && unknown.stderr.contains("say which: --kind nps or --kind csat"), "\(unknown.stderr)")
        let kind = try Binary.run(["survey", map, "--from", plain, "--kind", "ces"])
        #expect(kind.status == 64, "\(kind.stderr)")
        let option = try Binary.run(["survey", map, "--from", plain, "--columns", "rating=Score"])
        #expect(option.status == 64 && option.stderr.contains("--columns takes COLUMN=HEADER pairs"), "\(option.stderr)")
        let binary = try Binary.run(["survey", map, "--from", scratch.write("nul.csv", "date,touchpoint,nps\n2031-06-01,Checkout,\u{0}\n")])
        #expect(binary.status == 65 && binary.stderr.contains("nul.csv:2: not a text file: a NUL byte"), "\(binary.stderr)")
        let missing = try Binary.run(["survey", map, "--from", scratch.file("none.csv")])
        #expect(missing.status == 66, "\(missing.stderr)")
        let noMap = try Binary.run(["survey", scratch.file("none.json"), "--from", plain, "--kind", "csat"])
        #expect(noMap.status == 66, "\(noMap.stderr)")
        #expect(try String(contentsOfFile: map, encoding: .utf8) == original)
    }

    @Test func aMapOpenInAnEditorIsNotWrittenUnderIt() throws {
        try ExportImporterRuns.expectRefusedWhileOpen("survey", export: "pulse.csv", Self.export)
    }
}
