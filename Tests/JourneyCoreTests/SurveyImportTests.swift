@testable import JourneyCore
import JourneyTestSupport
import Testing

/// `journey survey`: a survey's responses as NPS or CSAT measurements, its comments as quotes.
@Suite struct SurveyImportTests {
    let sample = SampleMap.make()

    func read(_ text: String, kind: SurveyKind? = nil, columns: [SurveyImport.Column: String] = [:],
              map: JourneyMap? = nil) throws(ImportFailure) -> SurveyImport {
        try SurveyImport(text, file: "pulse.csv", map: map ?? sample, kind: kind, columns: columns)
    }

    func record(_ text: String, kind: SurveyKind? = nil, in map: JourneyMap? = nil, title: String = "Checkout pulse",
                link: String = "pulse.csv") throws -> SurveyRecording {
        SurveyRecording(try read(text, kind: kind, map: map ?? sample), in: map ?? sample, title: title, link: link)
    }

    func failure(_ text: String, kind: SurveyKind? = nil, columns: [SurveyImport.Column: String] = [:]) -> String {
        thrownText { () throws(ImportFailure) in _ = try read(text, kind: kind, columns: columns) }
    }

    var checkout: (stage: Int, index: Int) {
        let s = sample.stages.firstIndex { $0.touchpoints.contains { $0.name == "Checkout" } }!
        return (s, sample.stages[s].touchpoints.firstIndex { $0.name == "Checkout" }!)
    }

    /// Five promoters, three passives, two detractors: 50% − 20% = NPS 30.
    static let tenAtCheckout = "Date,Touchpoint,NPS,Comment\n"
        + ["10,", "9,", "9,", "10,", "9,Quick", "7,", "8,", "7,Fine I guess", "6,Too many steps", "2,Card declined"]
        .map { "2031-06-01,Checkout," + $0 }.joined(separator: "\n") + "\n"

    @Test func tenNPSResponsesGiveThirtyAndTheWorstCommentsBecomeQuotesCitingTheSurvey() throws {
        let recording = try record(Self.tenAtCheckout)
        let touchpoint = recording.map.stages[checkout.stage].touchpoints[checkout.index]
        let measurement = try #require(touchpoint.metrics.history[.nps]?.first { $0.day == "2031-06-01" })
        #expect(measurement == Measurement(day: "2031-06-01", value: 30, responses: 10, source: recording.sourceID))
        #expect(touchpoint.metrics[.nps] == 30, "the latest measurement is the current value")
        let source = try #require(recording.map.sources.first { $0.id == recording.sourceID })
        #expect(source.kind == .survey && source.title == "Checkout pulse" && source.link == "pulse.csv" && source.day == "2031-06-01")
        let added = touchpoint.quotes.filter { $0.evidence.sources == [recording.sourceID] }
        #expect(added.map(\.text) == ["Card declined", "Too many steps", "Fine I guess"], "worst scores first, three kept")
        #expect(recording.notKept == ["1 more comment at Checkout not kept as quotes"])
        #expect(source.note.contains("1 more comment at Checkout not kept as quotes"))
        #expect((recording.measurements.new, recording.quotes.new) == (2, 3), "the touchpoint's and its stage's figure")
    }

    @Test func aStageCountsItsOwnResponsesAndThoseAtItsTouchpoints() throws {
        let csv = Self.tenAtCheckout.replacing("Date,Touchpoint,", with: "Date,Stage,Touchpoint,")
            .replacing("2031-06-01,Checkout,", with: "2031-06-01,,Checkout,")
            + "2031-06-01,,Delivery,0,\n2031-06-01,Purchase,,10,Great overall\n2031-06-02,,Delivery,9,\n"
        let recording = try record(csv)
        let stage = recording.map.stages[checkout.stage]
        // Day one: the ten at Checkout, one detractor at Delivery, one promoter at the stage: (6 − 3) / 12.
        #expect(stage.metrics.history[.nps]?.map(\.value) == [25, 100])
        #expect(stage.metrics.history[.nps]?.map(\.responses) == [12, 1])
        #expect(recording.stageComments == 1, "a comment on a stage is counted, not kept")
        #expect(!stage.touchpoints.contains { $0.quotes.contains { $0.text == "Great overall" } })
    }

    @Test(arguments: [
        // 4–5 are satisfied: three of four is 75%; one of three is 33.3, to a tenth.
        ("5\n4\n4\n2", 75.0), ("5\n1\n2", 33.3), ("1\n1", 0), ("5", 100), ("4\n3\n3\n3\n3\n3", 16.7),
    ])
    func csatIsTheShareOfFoursAndFives(scores: String, figure: Double) throws {
        let text = "Date,Touchpoint,How satisfied were you?\n"
            + scores.split(separator: "\n").map { "2031-06-01,Checkout,\($0)" }.joined(separator: "\n")
        let survey = try read(text)
        #expect(survey.kind == .csat, "recognised from the header")
        let recording = SurveyRecording(survey, in: sample, title: "t", link: "l")
        #expect(recording.map.stages[checkout.stage].touchpoints[checkout.index].metrics.history[.csat]?.first?.value == figure)
    }

    @Test func figuresAreRoundedToATenthHalvesAwayFromZero() {
        #expect(SurveyKind.nps.figure(sum: 1, count: 3) == 33.3)
        #expect(SurveyKind.nps.figure(sum: -1, count: 3) == -33.3)
        #expect(SurveyKind.nps.figure(sum: 1, count: 16) == 6.3, "6.25")
        #expect(SurveyKind.nps.figure(sum: -1, count: 16) == -6.3, "−6.25")
        #expect(SurveyKind.nps.figure(sum: -7, count: 7) == -100)
        #expect(SurveyKind.csat.figure(sum: 2, count: 3) == 66.7)
    }

    @Test func theKindIsReadFromTheHeaderOrAskedFor() throws {
        #expect(try read("Submitted At,Touchpoint,How likely are you to recommend us to a friend?\n2031-06-01,Checkout,7\n").kind == .nps)
        #expect(try read("date,touchpoint,CSAT score\n2031-06-01,Checkout,4\n").kind == .csat)
        let plain = "date,touchpoint,Score\n2031-06-01,Checkout,4\n"
        #expect(failure(plain) == "pulse.csv:1: cannot tell from the header \"Score\" whether the scores are NPS (0 to 10) "
                + "or CSAT (1 to 5); say which: --kind nps or --kind csat")
        #expect(try read(plain, kind: .csat).kind == .csat)
    }

    @Test func aSurveyToolsExportIsRead() throws {
        // SurveyMonkey's shape: a title row, the header, a second header row of
        // sub-answers; a BOM, a comment with a comma and a line break, a blank score.
        let text = "\u{FEFF}Checkout pulse,,,\r\n"
            + "End Date,Touchpoint,How likely are you to recommend Stride?,\"What's the main reason for your score?\"\r\n"
            + ",,Response,Open-Ended Response\r\n"
            + "2031-06-01 10:22:01,Checkout,3,\"Card declined,\r\nthen it timed out\"\r\n"
            + "2031-06-01T11:00:00Z,Checkout,,\r\n"
            + "20310602,Checkout,10,\"She said \"\"wow\"\"\"\r\n"
        let survey = try read(text)
        #expect(survey.kind == .nps && survey.blankScores == 1 && survey.headerRowsSkipped == 2)
        #expect(survey.responses.map(\.comment) == ["Card declined,\r\nthen it timed out", "She said \"wow\""])
        #expect(survey.responses.map(\.day) == ["2031-06-01", "2031-06-02"])
        #expect(survey.responses.map(\.line) == [4, 7], "lines count the break inside the quoted comment")
    }

    @Test func semicolonsDecimalCommasAndOtherHeadersAreRead() throws {
        let text = "sep=;\n# Typeform export\nWhen;Page;Rating;Why\n2031-06-01;checkout;5,0;Great\n2031-06-01;CHECKOUT;4;\n"
        #expect(failure(text, kind: .csat).hasPrefix("pulse.csv:3: no column for the date, stage or touchpoint among \"When\""))
        let survey = try read(text, kind: .csat, columns: [.date: "When", .touchpoint: "page", .comment: "Why"])
        #expect(survey.responses.map(\.score) == [5, 4] && survey.responses.map(\.comment) == ["Great", ""])
    }

    @Test(arguments: [
        ("2031-06-01,Checkout,nan", "pulse.csv:2: NPS score is a whole number from 0 to 10; got nan"),
        ("2031-06-01,Checkout,1e400", "pulse.csv:2: NPS score is a whole number from 0 to 10; got 1e400"),
        ("2031-06-01,Checkout,7.5", "pulse.csv:2: NPS score is a whole number from 0 to 10; got 7.5"),
        ("2031-06-01,Checkout,-1", "pulse.csv:2: NPS score is a whole number from 0 to 10; got -1"),
        ("2031-06-01,Checkout,11", "pulse.csv:2: NPS score is a whole number from 0 to 10; got 11"),
        ("06/01/2031,Checkout,7", "pulse.csv:2: the date \"06/01/2031\" is not a day as YYYY-MM-DD"),
        ("2031-06-01,Nowhere,7", "pulse.csv:2: no touchpoint \"Nowhere\" in the map"),
        ("2031-06-01,Checkout,7,extra", "pulse.csv:2: this row has 4 fields and the header names 3 columns"),
    ])
    func aBadRowIsRefusedWithItsLine(row: String, message: String) {
        #expect(failure("date,touchpoint,nps\n" + row + "\n").hasPrefix(message))
    }

    @Test func aCSATScoreOffItsScaleIsRefused() {
        #expect(failure("date,touchpoint,csat\n2031-06-01,Checkout,0\n")
            == "pulse.csv:2: CSAT score is a whole number from 1 to 5; got 0")
    }

    @Test func hostileCommentsAreKeptWholeAsImportKeepsItemText() throws {
        let long = String(repeating: "slow ", count: 4000)
        let text = "date,touchpoint,nps,comment\n2031-06-01,Checkout,1,\"\u{1B}[2Jgone\u{7}\"\n2031-06-01,Checkout,2,\(long)\n"
        let quotes = try record(text).map.stages[checkout.stage].touchpoints[checkout.index].quotes.map(\.text)
        #expect(quotes.contains("\u{1B}[2Jgone\u{7}"), "control characters are data, escaped where shown")
        #expect(quotes.contains(long.trimmingWhitespace()), "a long comment stays whole")
    }
}
