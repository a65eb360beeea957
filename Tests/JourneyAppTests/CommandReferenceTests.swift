import Foundation
import JourneyApp
import JourneyTestSupport
import Testing

/// README.md's tables of keys and `:` commands are made from the command
/// table, between `<!-- NAME:begin … -->` and `<!-- NAME:end -->`. This fails
/// when they differ; JOURNEY_UPDATE_GOLDENS=1 rewrites them (then read the diff).
@Suite struct CommandReferenceTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    struct MissingMarkers: Error, CustomStringConvertible {
        var table: CommandReference.Table
        var description: String { "README.md has no <!-- \(table.rawValue):begin --> … <!-- \(table.rawValue):end --> section" }
    }

    /// The text with each table's section made again from the command table.
    static func regenerated(_ text: String) throws -> String {
        var text = text
        for table in CommandReference.Table.allCases {
            guard let begin = text.range(of: "<!-- \(table.rawValue):begin"),
                  let lineEnd = text[begin.upperBound...].firstIndex(of: "\n"),
                  let end = text.range(of: "<!-- \(table.rawValue):end -->", range: lineEnd..<text.endIndex) else {
                throw MissingMarkers(table: table)
            }
            text = String(text[...lineEnd]) + CommandReference.markdown(table) + "\n" + String(text[end.lowerBound...])
        }
        return text
    }

    @Test func theReadmeTablesAreTheCommandTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let regenerated = try Self.regenerated(text)
        if let mismatch = GoldenFile.mismatch(regenerated, at: Self.readme, named: "README.md's tables of keys and commands") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test func everyCommandIsInTheTables() {
        let keys = CommandReference.markdown(.keys)
        let commands = CommandReference.markdown(.commands)
        for command in Commands.all {
            #expect(keys.contains(command.summary) || commands.contains(command.summary), "\(command.name) is in neither table")
            if command.typable { #expect(commands.contains("`:\(command.name)"), ":\(command.name) is in the commands table") }
        }
    }
}
