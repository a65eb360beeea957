import ArgumentParser
import FoundationEssentials
import JourneyCore

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Record a survey's responses as NPS or CSAT figures of a map's touchpoints and stages, and its comments as quotes.",
        discussion: """
            FILE is a survey tool's CSV export, one response a row: a date (YYYY-MM-DD, YYYYMMDD or a date and time; \
            "Submitted At", "Timestamp", "End Date"…), a stage and/or touchpoint (by name, in any case, or by id), a score \
            ("Score", "How likely are you to recommend…", "Satisfaction"…) and maybe a comment ("Comment", "Feedback", \
            "Reason"…). The header is the first of the first \(SurveyImport.headerSearch) rows that names a date, a score and a \
            stage or touchpoint: title rows above it are skipped, and so are rows right below it that are more header (no day, \
            no number). --columns names columns whose headers say something else: \
            date="Submitted At",touchpoint=Page,score=Rating,comment=Why. The scores are NPS (0 to 10) when the score's \
            header says "recommend" or "NPS", CSAT (1 to 5) when it says "satisf…" or "CSAT", else as --kind says. \
            Each day's responses give a touchpoint NPS (\(SurveyKind.nps.rule)) or CSAT (\(SurveyKind.csat.rule)), \
            to a tenth, recorded as a measurement naming its responses and the survey; a stage counts its own responses \
            and every response at its touchpoints. The survey becomes a research source (found again by its path and title, \
            so importing the same file again changes nothing), and at most \(SurveyRecording.quotesKept) comments a touchpoint, \
            worst scores first, become quotes citing it; comments on a stage are counted, not kept. A row with no score is \
            skipped and counted; a score off the scale or not whole is refused. Every row is checked before anything is recorded. \
            Exit codes: 0 recorded (or nothing new), 65 a row cannot be read (the message gives the line), \
            66 a file cannot be read, 73 the map cannot be written (it is open in journey: import after closing it).
            """
    )

    @OptionGroup var export: ExportOptions

    @Option(help: "What the scores are, when the score column's header does not say: nps (0-10) or csat (1-5).")
    var kind: SurveyKind?

    @Option(help: "The survey's title as a research source (default: the file's name without its extension).")
    var title: String?

    func run() throws {
        let named = try export.named(SurveyImport.Column.self)
        let source = export.source
        let title = title ?? Self.defaultTitle(source)
        guard !title.trimmingSpaces().isEmpty else { throw ValidationError("--title needs some text") }
        try export.update(verb: "survey") { before, text throws(ImportFailure) in
            let survey = try SurveyImport(text, file: source, map: before, kind: kind, columns: named)
            guard !survey.responses.isEmpty else {
                throw ImportFailure(file: source, line: nil, "no response has a score (\(survey.blankScores) rows without one); "
                                    + "is the score column the right one? Name it with --columns score=HEADER")
            }
            let recording = SurveyRecording(survey, in: before, title: title, link: source)
            return (recording.map, Self.summary(survey, recording, title: title))
        }
    }

    /// "checkout-pulse" for "exports/checkout-pulse.csv".
    static func defaultTitle(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    static func summary(_ survey: SurveyImport, _ recording: SurveyRecording, title: String) -> String {
        func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        var skipped: [String] = []
        if survey.blankScores > 0 { skipped.append(plural(survey.blankScores, "row") + " without a score skipped") }
        if survey.headerRowsSkipped > 0 { skipped.append(plural(survey.headerRowsSkipped, "header row") + " skipped") }
        let (m, q) = (recording.measurements, recording.quotes)
        var parts = [
            plural(survey.responses.count, "\(survey.kind.metric.label) response")
                + (skipped.isEmpty ? "" : " (" + skipped.joined(separator: ", ") + ")")
                + " to “\(DisplayText.singleLine(title))” (" + (recording.sourceIsNew ? "new source " : "source ") + recording.sourceID + ")",
            plural(m.new + m.changed + m.same, "measurement") + ": \(m.new) new, \(m.changed) changed, \(m.same) already there",
            plural(q.new + q.same, "quote") + ": \(q.new) new, \(q.same) already there",
        ]
        parts += recording.notKept
        if recording.stageComments > 0 { parts.append(SurveyRecording.stageCommentWords(recording.stageComments)) }
        return parts.joined(separator: "; ")
    }
}

extension SurveyKind: ExpressibleByArgument {}
