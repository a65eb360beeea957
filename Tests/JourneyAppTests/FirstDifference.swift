/// Where two texts first differ, by line, for a failure's message.
func firstDifference(_ found: String, _ expected: String) -> String {
    let (a, b) = (found.split(separator: "\n", omittingEmptySubsequences: false),
                  expected.split(separator: "\n", omittingEmptySubsequences: false))
    guard let line = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
        return a.count == b.count ? "no line differs" : "\(a.count) lines instead of \(b.count)"
    }
    return "line \(line + 1) is\n  \(a[line])\ninstead of\n  \(b[line])"
}
