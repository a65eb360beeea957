import JourneyJSON
import Testing
@testable import JourneyCore

/// Issue 27, item 8: a map git merged as text (a clone without journey's
/// merge driver) holds `<<<<<<<` markers; the load says so and what to do,
/// not "not valid JSON: expected a key".
@Suite struct MergeMarkerTests {
    /// The sample as saved, its title line replaced by git's markers around two titles.
    static func conflicted(_ markers: (_ ours: String, _ theirs: String) -> [String],
                           lineEnd: String = "\n") throws -> (text: [UInt8], line: Int) {
        let lines = String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self).split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("  \"title\": ") })
        let merged = lines[..<index] + markers("  \"title\": \"Ours\",", "  \"title\": \"Theirs\",") + lines[(index + 1)...]
        return (Array(merged.joined(separator: lineEnd).utf8), index + 1)
    }

    static func loadError(_ text: [UInt8], file: String = "map.journey.json") -> MapLoadError? {
        do {
            _ = try MapStore.decode(text, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func gitsMarkersAreNamedWithWhatToDo() throws {
        let (text, line) = try Self.conflicted { ["<<<<<<< HEAD", $0, "=======", $1, ">>>>>>> theirs"] }
        let error = try #require(Self.loadError(text))
        #expect(error.kind == .mergeMarkers(line: line))
        #expect(error.exitCode == 65)
        #expect(error.description.hasPrefix("map.journey.json holds git's conflict markers (<<<<<<< at line \(line)): "))
        #expect(error.description.contains("Run `journey git-setup`"), "\(error)")
        #expect(error.description.contains("then `git checkout --merge map.journey.json` to merge it again by ids"), "\(error)")
    }

    @Test func diff3MarkersAndCRLFLineEndsAreMarkersToo() throws {
        let diff3 = try Self.conflicted { ["<<<<<<< ours", $0, "||||||| base", "  \"title\": \"Base\",", "=======", $1, ">>>>>>> theirs"] }
        #expect(Self.loadError(diff3.text)?.kind == .mergeMarkers(line: diff3.line))
        let crlf = try Self.conflicted({ ["<<<<<<< HEAD", $0, "=======", $1, ">>>>>>> theirs"] }, lineEnd: "\r\n")
        #expect(Self.loadError(crlf.text)?.kind == .mergeMarkers(line: crlf.line))
    }

    /// Only a whole set of markers is git's; anything less is a JSON error like any other.
    @Test(arguments: ["{\n<<<<<<< HEAD\n}", "{\n<<<<<<< HEAD\n=======\n}", "{\n=======\n>>>>>>> theirs\n}",
                      "{\n <<<<<<< HEAD\n=======\n>>>>>>> theirs\n}", "{\n<<<<<<<< HEAD\n========\n>>>>>>>> theirs\n}"])
    func lessThanGitsMarkersIsNotValidJSON(text: String) {
        guard case .notJSON? = Self.loadError(Array(text.utf8))?.kind else {
            Issue.record("\(String(describing: Self.loadError(Array(text.utf8))))")
            return
        }
    }

    @Test func aPathTheShellWouldSplitIsQuotedInTheCommand() throws {
        let (text, _) = try Self.conflicted { ["<<<<<<< HEAD", $0, "=======", $1, ">>>>>>> theirs"] }
        let error = try #require(Self.loadError(text, file: "our maps/it's.journey.json"))
        #expect(error.description.contains("`git checkout --merge 'our maps/it'\\''s.journey.json'`"), "\(error)")
    }
}
