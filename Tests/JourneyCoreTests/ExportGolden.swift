import Foundation
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
        if ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDENS"] == "1" {
            try! actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(Comment(rawValue: "no golden file \(file); run the tests with JOURNEY_UPDATE_GOLDENS=1 to make it"),
                         sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let row = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let want = row < a.count ? String(a[row]) : "(end)"
        let got = row < b.count ? String(b[row]) : "(end)"
        Issue.record(Comment(rawValue: "\(file) differs at line \(row + 1):\n  expected: \(want)\n  actual:   \(got)\n"
                             + "If the change is intended, rerun with JOURNEY_UPDATE_GOLDENS=1."),
                     sourceLocation: sourceLocation)
    }
}
