/// Evidence in words, the same wherever it is shown: the editor's messages,
/// the evidence and insights views, `journey show` and the exports.
public enum EvidenceText {
    /// "measured in data · Web funnel, Q1 2026", "observed in research (said)", "assumed".
    public static func summary(_ map: JourneyMap, _ claim: Claim, titleColumns: Int = 40) -> String {
        guard let evidence = map.evidence(of: claim) else { return "" }
        let level = map.evidenceLevel(of: claim).words + (evidence.level == nil ? "" : " (said)")
        let cited = evidence.cited(in: map.sources).map { title($0, columns: titleColumns) }
        return ([claim.hasLevel ? level : nil] + cited).compactMap { $0 }.joined(separator: " · ")
    }

    /// A source's title, on one line, cut to fit.
    public static func title(_ source: Source, columns: Int = 40) -> String {
        DisplayText.singleLine(DisplayText.visible(source.title, columns: columns))
    }

    /// "Twelve runner interviews (interview, 2026-02-12)".
    public static func line(_ source: Source, columns: Int = 50) -> String {
        title(source, columns: columns) + " (" + ([source.kind.words] + [source.day].compactMap { $0 }).joined(separator: ", ") + ")"
    }

    /// "12 observed, 8 reported, 10 measured, 13 assumed".
    public static func levels(_ report: EvidenceReport) -> String {
        let counts = report.levels
        return EvidenceLevel.allCases.map { "\(counts[$0, default: 0]) \($0.rawValue)" }.joined(separator: ", ")
    }
}
