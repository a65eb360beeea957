import Foundation
import JourneyTestSupport
import Testing

/// Export goldens: an export of the sample compared with a checked-in file in
/// `Exports/`. Run with JOURNEY_UPDATE_GOLDENS=1 to rewrite them on purpose.
enum ExportGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Exports")

    static func url(_ file: String) -> URL { folder.appendingPathComponent(file) }

    static func check(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(actual, at: url(file), named: "Exports/\(file)", sourceLocation: sourceLocation)
    }

    /// Any golden file: `named` is how messages name it.
    static func check(_ actual: String, at url: URL, named file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let mismatch = GoldenFile.mismatch(actual, at: url, named: file) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }
}
