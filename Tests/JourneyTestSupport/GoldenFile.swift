import Foundation

/// Golden files: what a test makes, compared with a checked-in file; with
/// JOURNEY_UPDATE_GOLDENS=1 the file is rewritten instead, on purpose (then
/// read the diff). The caller records the message: this target is linked
/// into the benchmark too, which cannot link Testing.
public enum GoldenFile {
    public static var updating: Bool { ProcessInfo.processInfo.environment["JOURNEY_UPDATE_GOLDENS"] == "1" }

    /// Why `actual` is not what the file at `url` holds, or nil when it is
    /// (or the file was rewritten). `name` is how the message names the file.
    public static func mismatch(_ actual: String, at url: URL, named name: String) -> String? {
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if updating {
            if expected != actual {
                try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try! actual.write(to: url, atomically: true, encoding: .utf8)
            }
            return nil
        }
        guard let expected else { return "no golden file \(name); run the tests with JOURNEY_UPDATE_GOLDENS=1 to make it" }
        guard expected != actual else { return nil }
        return "\(name) differs at \(firstDifference(actual, expected))\n"
            + "If the change is intended, rerun with JOURNEY_UPDATE_GOLDENS=1, then read the diff."
    }
}

/// Where two texts first differ, by line, for a failure's message.
public func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let row = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
    guard row < max(a.count, b.count) else { return "no line: the texts are the same" }
    let (want, got) = (row < b.count ? String(b[row]) : "(end)", row < a.count ? String(a[row]) : "(end)")
    return "line \(row + 1):\n  expected: \(want)\n  actual:   \(got)"
}
