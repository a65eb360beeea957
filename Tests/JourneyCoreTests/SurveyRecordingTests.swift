@testable import JourneyCore
import JourneyTestSupport
import Testing

/// `journey survey` twice, with overlapping files, and against a plain reference computation.
@Suite struct SurveyRecordingTests {
    /// The sample before it recorded research: the only survey, sources and cited quotes are the ones imported here.
    let sample = EvidenceTests.withoutEvidence(SampleMap.make())

    func record(_ text: String, in map: JourneyMap, title: String = "Pulse", link: String = "pulse.csv") throws -> SurveyRecording {
        SurveyRecording(try SurveyImport(text, file: link, map: map), in: map, title: title, link: link)
    }

    static let june = "date,touchpoint,nps,comment\n2031-06-01,Checkout,2,Slow\n2031-06-01,Checkout,9,\n"
        + "2031-06-02,Checkout,10,Loved it\n2031-06-02,Delivery,4,Late\n"
    /// A later export of the same survey: June 2 again, and June 3.
    static let later = "date,touchpoint,nps,comment\n2031-06-02,Checkout,10,Loved it\n2031-06-02,Delivery,4,Late\n"
        + "2031-06-03,Checkout,0,Slow\n"

    func surveyed(_ map: JourneyMap) -> (measurements: Int, quotes: [String], sources: Int) {
        var measurements = 0
        var quotes: [String] = []
        for stage in map.stages {
            measurements += stage.metrics.history[.nps]?.count ?? 0
            for touchpoint in stage.touchpoints {
                measurements += touchpoint.metrics.history[.nps]?.count ?? 0
                quotes += touchpoint.quotes.filter { !$0.evidence.sources.isEmpty }.map(\.text)
            }
        }
        return (measurements, quotes.sorted(), map.sources.filter { $0.kind == .survey }.count)
    }

    @Test func theSameFileTwiceChangesNothing() throws {
        let once = try record(Self.june, in: sample)
        let twice = try record(Self.june, in: once.map)
        #expect(twice.map == once.map, "no second source, measurement or quote")
        #expect(!twice.sourceIsNew && twice.sourceID == once.sourceID)
        #expect((twice.measurements.new, twice.measurements.changed, twice.measurements.same) == (0, 0, once.measurements.new))
        #expect((twice.quotes.new, twice.quotes.same) == (0, 3))
    }

    @Test func twoOverlappingFilesGiveEachMeasurementAndQuoteOnce() throws {
        let first = try record(Self.june, in: sample)
        let both = try record(Self.later, in: first.map, title: "Pulse", link: "pulse-later.csv")
        let counts = surveyed(both.map)
        // Checkout: June 1, 2, 3; Delivery: June 2; their stages: June 1, 2, 3 (Purchase holds both).
        #expect(counts.measurements == 7)
        #expect(counts.quotes == ["Late", "Loved it", "Slow"], "a comment already quoted there is not quoted again")
        #expect(counts.sources == 2, "two files, two sources")
        let again = try record(Self.later, in: both.map, title: "Pulse", link: "pulse-later.csv")
        #expect(again.map == both.map)
    }

    @Test func theFigureOfEveryPlaceAndDayIsThePlainComputation() throws {
        let sessions = Int(Environment.process["JOURNEY_LAW_SESSIONS"] ?? "") ?? 300
        var random = SeededRandom(seed: 30)
        let places = sample.stages.enumerated().flatMap { s, stage in
            [(s, nil as Int?)] + stage.touchpoints.indices.map { (s, $0 as Int?) }
        }
        for trial in 0..<sessions {
            let kind = SurveyKind.allCases.randomElement(using: &random)!
            var rows: [(stage: Int, touchpoint: Int?, day: String, score: Int)] = []
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                let (s, t) = places.randomElement(using: &random)!
                rows.append((s, t, "2031-06-0\(Int.random(in: 1...3, using: &random))", Int.random(in: kind.scores, using: &random)))
            }
            let text = "date,stage,touchpoint,\(kind.rawValue)\n" + rows.map { row in
                let stage = sample.stages[row.stage]
                return "\(row.day),\(stage.id),\(row.touchpoint.map { stage.touchpoints[$0].id } ?? ""),\(row.score)"
            }.joined(separator: "\n")
            let map = try record(text, in: sample).map
            for (s, t) in places {
                for day in ["2031-06-01", "2031-06-02", "2031-06-03"] {
                    let scores = rows.filter { $0.stage == s && $0.day == day && (t == nil || $0.touchpoint == t) }.map(\.score)
                    let metrics = t.map { map.stages[s].touchpoints[$0].metrics } ?? map.stages[s].metrics
                    let got = metrics.history[kind.metric]?.first { $0.day == day }
                    guard !scores.isEmpty else {
                        #expect(got == nil, "trial \(trial)")
                        continue
                    }
                    let n = Double(scores.count)
                    let reference = kind == .nps
                        ? Double(scores.filter { $0 >= 9 }.count) / n * 100 - Double(scores.filter { $0 <= 6 }.count) / n * 100
                        : Double(scores.filter { $0 >= 4 }.count) / n * 100
                    #expect(got?.responses == scores.count, "trial \(trial)")
                    #expect(abs((got?.value ?? .nan) - reference) <= 0.05 + 1e-9, "trial \(trial): \(scores)")
                    #expect(got.map { ($0.value * 10).rounded() == $0.value * 10 } == true, "to a tenth")
                }
            }
        }
    }
}

extension SurveyRecordingTests {
    @Test func ofCommentsWithTheSameScoreTheEarlierRowsAreKept() throws {
        let text = "date,touchpoint,csat,comment\n" + ["first", "second", "third", "fourth", "fifth"]
            .map { "2031-06-01,Checkout,2,\($0)" }.joined(separator: "\n") + "\n2031-06-01,Checkout,1,worst\n"
        let recording = try record(text, in: sample)
        let quotes = recording.map.stages.flatMap(\.touchpoints).flatMap(\.quotes).filter { !$0.evidence.sources.isEmpty }
        #expect(quotes.map(\.text) == ["worst", "first", "second"])
        #expect(recording.notKept == ["3 more comments at Checkout not kept as quotes"])
    }
}
