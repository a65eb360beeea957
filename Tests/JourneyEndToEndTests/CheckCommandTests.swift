import Foundation
import JourneyCore
import JourneyJSON
import Testing

/// `journey check` as a repository's CI runs it.
@Suite struct CheckCommandTests {
    @Test func aCleanMapPrintsNothingAndFindingsSayWhereAndExit1() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let clean = scratch.file("clean.json")
        #expect(try Binary.run(["new", clean, "--template", "support-case"]).status == 0)
        let quiet = try Binary.run(["check", clean])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty, "\(quiet.stdout)\(quiet.stderr)")

        var map = try MapStore.load(path: clean)
        map.stages[0].goal = ""
        map.conflicts = [MergeConflict(id: "c1", path: ["title"], what: "The map: title", base: nil, ours: .string("A"),
                                       theirs: .string("B"))]
        let dirty = scratch.file("dirty.json")
        #expect(MapStore.save(map, to: dirty).isSaved)
        let found = try Binary.run(["check", clean, dirty])
        #expect(found.status == 1)
        #expect(found.stdout == """
            \(dirty): conflicts[0]: error: unresolved merge conflict: The map: title (merge-conflict)
            \(dirty): stages[0]: warning: stage "\(map.stages[0].name)" has no goal (stage-without-goal)

            """)
        let json = try Binary.run(["check", dirty, "--format", "json"])
        guard case .array(let entries)? = try? JSONParser.parse(Array(json.stdout.utf8)) else {
            Issue.record("not a JSON array: \(json.stdout)")
            return
        }
        #expect(entries.count == 2)
        let disabled = try Binary.run(["check", dirty, "--disable", "merge-conflict", "--disable", "stage-without-goal"])
        #expect(disabled.status == 0)
    }

    /// A map made from any template today is clean: its review cycle and its example measurements lead up to today.
    @Test func everyTemplateMadeTodayChecksClean() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        for template in BuiltinTemplate.all {
            let file = scratch.file("\(template.name).json")
            #expect(try Binary.run(["new", file, "--template", template.name]).status == 0)
            let result = try Binary.run(["check", file])
            #expect(result.status == 0 && result.stdout.isEmpty, "\(template.name): \(result.stdout)\(result.stderr)")
        }
    }

    /// The CI job README gives: fail on a moment of truth that cites no research, and on nothing else.
    @Test func onlyRunsTheNamedRuleAndFailsOnAnUnbackedMomentOfTruth() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.file("map.json")
        #expect(try Binary.run(["new", file]).status == 0)
        let backed = try Binary.run(["check", file, "--only", "unbacked-claim", "--format", "github"])
        #expect(backed.status == 0 && backed.stdout.isEmpty, "\(backed.stdout)\(backed.stderr)")
        var map = try MapStore.load(path: file)
        map.stages[3].touchpoints[0].evidence = Evidence()
        #expect(MapStore.save(map, to: file).isSaved)
        let unbacked = try Binary.run(["check", file, "--only", "unbacked-claim", "--format", "github"])
        #expect(unbacked.status == 1)
        #expect(unbacked.stdout.hasPrefix("::warning file=\(file),title=journey check%3A unbacked-claim::"), "\(unbacked.stdout)")
        #expect(unbacked.stdout.contains("touchpoint \"Checkout\" is a moment of truth and cites no research"))
        #expect(unbacked.stdout.split(separator: "\n").count == 1, "the sample's overdue review is not this job's business")
        let unknown = try Binary.run(["check", file, "--only", "unbacked-claims"])
        #expect(unknown.status == 64 && unknown.stderr.contains("no rule is called \"unbacked-claims\""))
    }

    @Test func unreadableFilesExit2AndTheOthersAreStillChecked() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let bad = scratch.write("bad.json", "{\"format\": \"journey-map\"")
        let good = scratch.file("good.json")
        #expect(try Binary.run(["new", good, "--blank"]).status == 0)
        let result = try Binary.run(["check", bad, good])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.json:1:"))
        #expect(result.stdout.contains("good.json: stages[0]: warning: stage \"Awareness\" has no touchpoints"))
        var hostile = try MapStore.load(path: good)
        hostile.stages[1].name = "Clear\u{1B}[2J"
        #expect(MapStore.save(hostile, to: good).isSaved)
        let escaped = try Binary.run(["check", good])
        #expect(escaped.stdout.contains("stage \"Clear^[[2J\" has no touchpoints"))
        #expect(!escaped.stdout.contains("\u{1B}"))
        let unknown = try Binary.run(["check", good, "--disable", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no rule is called \"nope\""))
        let list = try Binary.run(["check", "--list"])
        #expect(list.status == 0)
        let readme = try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../README.md").path, encoding: .utf8)
        for line in list.stdout.split(separator: "\n") {
            #expect(readme.contains("\n    " + line + "\n"), "README lists the rule as `journey check --list` does: \(line)")
        }
        #expect(list.stdout.split(separator: "\n").count == CheckRule.allCases.count)
    }

    /// The sample was last reviewed 2025-05-14, quarterly: due 2025-08-14. Its other findings are warnings.
    @Test func severityErrorPassesTheSampleAndTodayFixesTheDayReviewsAreDueAgainst() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let sample = scratch.file("sample.json")
        #expect(MapStore.save(SampleMap.make(), to: sample).isSaved)
        #expect(try Binary.run(["check", sample]).status == 1)
        let errorsOnly = try Binary.run(["check", sample, "--severity", "error"])
        #expect(errorsOnly.status == 0 && errorsOnly.stdout.isEmpty, "\(errorsOnly.stdout)\(errorsOnly.stderr)")

        let early = try Binary.run(["check", sample, "--today", "2025-06-01"])
        #expect(!early.stdout.contains("review-overdue"), "\(early.stdout)")
        let late = try Binary.run(["check", sample, "--today", "2025-09-01"])
        #expect(late.stdout.contains(
            "objectives.lastReviewed: warning: last reviewed 2025-05-14, reviewed quarterly: due 2025-08-14, 18 days ago (review-overdue)"),
            "\(late.stdout)")

        var conflicted = SampleMap.make()
        conflicted.conflicts = [MergeConflict(id: "c1", path: ["title"], what: "The map: title", base: nil, ours: .string("A"),
                                              theirs: .string("B"))]
        let dirty = scratch.file("dirty.json")
        #expect(MapStore.save(conflicted, to: dirty).isSaved)
        let failed = try Binary.run(["check", dirty, "--severity", "error"])
        #expect(failed.status == 1)
        #expect(failed.stdout == "\(dirty): conflicts[0]: error: unresolved merge conflict: The map: title (merge-conflict)\n")
        let both = try Binary.run(["check", dirty, "--severity", "warning"])
        #expect(both.stdout.contains("warning:") && both.stdout.contains("error:"))
    }

    /// `--format github`: a workflow command per finding, escaped as the runner
    /// reads it; a map's own text cannot break the line, so it cannot start a
    /// command of its own (the runner reads one only at a line's start).
    @Test func githubFormatAnnotatesTheMapFile() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var map = SampleMap.make()
        map.conflicts = [MergeConflict(id: "c1", path: ["title"], what: "Title, 100%: ok\n::error::forged", base: nil,
                                       ours: .string("A"), theirs: .string("B"))]
        let path = scratch.file("odd, name: 100%.json")
        #expect(MapStore.save(map, to: path).isSaved)
        let result = try Binary.run(["check", path, "--format", "github", "--severity", "error"])
        #expect(result.status == 1)
        let escapedPath = path.replacing("%", with: "%25").replacing(":", with: "%3A").replacing(",", with: "%2C")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "one line and its end: \(result.stdout)")
        #expect(lines[0].hasPrefix("::error file=\(escapedPath),title=journey check%3A merge-conflict::conflicts[0]: "
                                   + "unresolved merge conflict: Title, 100%25: ok"), "\(lines[0])")
        #expect(lines[0].hasSuffix("ok ::error::forged"), "the forged command stays inside the message, on the same line")
        let clean = try Binary.run(["check", path, "--format", "github", "--disable", "merge-conflict", "--severity", "error"])
        #expect(clean.status == 0 && clean.stdout.isEmpty)
    }

    @Test func aDayThatIsNotOneIsAUsageError() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let sample = scratch.file("sample.json")
        #expect(MapStore.save(SampleMap.make(), to: sample).isSaved)
        for day in ["2025-02-29", "nan", "99999-01-01", "2025-13-01", "2025-6-1", "0000-01-01", "", "2025-06-01\u{1B}[2J"] {
            let result = try Binary.run(["check", sample, "--today", day])
            #expect(result.status == 64, "\(day)")
            #expect(result.stderr.contains("is not a day: give a day written YYYY-MM-DD"), "\(day): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"))
        }
        let severity = try Binary.run(["check", sample, "--severity", "info"])
        #expect(severity.status == 64)
    }
}
