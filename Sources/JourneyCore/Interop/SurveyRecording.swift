/// What `journey survey` records of a survey's responses, as one change:
/// - the survey as a `Source` of kind survey, found again by its link and
///   title, so importing the same file again adds nothing;
/// - per touchpoint and day, and per stage and day (a stage counts its own
///   responses and every response at its touchpoints), the figure
///   `SurveyKind.figure` makes, as a measurement that names its responses
///   and the source; a day's measurement replaces the one of that day;
/// - at most `quotesKept` comments a touchpoint as quotes citing the source,
///   worst scores first (ties: the earlier row), one not already a quote
///   there; the rest are counted. A comment on a stage is no quote (a quote
///   belongs to a touchpoint) and is counted too.
public struct SurveyRecording: Sendable {
    public static let quotesKept = 3

    public var map: JourneyMap
    public var sourceID: String
    public var sourceIsNew: Bool
    public var measurements = (new: 0, changed: 0, same: 0)
    public var quotes = (new: 0, same: 0)
    /// "12 more comments at Checkout not kept as quotes", a touchpoint a line.
    public var notKept: [String] = []
    public var stageComments = 0

    /// Records `survey` in `map` as the survey titled `title` at `link`.
    public init(_ survey: SurveyImport, in map: JourneyMap, title: String, link: String) {
        self.map = map
        let latest = survey.responses.map(\.day).max()
        let places = MapPlaces(map)
        if let found = map.sources.first(where: { $0.kind == .survey && $0.link == link && $0.title == title }) {
            (sourceID, sourceIsNew) = (found.id, false)
        } else {
            (sourceID, sourceIsNew) = (IDs.fresh("src", in: map), true)
        }
        recordFigures(survey)
        recordQuotes(survey, places: places)
        stageComments = survey.responses.filter { $0.touchpoint == nil && !$0.comment.isEmpty }.count
        if sourceIsNew {
            let first = survey.responses.map(\.day).min() ?? ""
            var note = "\(survey.responses.count) \(survey.kind.metric.label) responses, \(first) to \(latest ?? ""), "
                + "imported by journey survey"
            if !notKept.isEmpty { note += "; " + notKept.joined(separator: "; ") }
            if stageComments > 0 { note += "; " + Self.stageCommentWords(stageComments) }
            self.map.sources.append(Source(id: sourceID, kind: .survey, title: title, day: latest, link: link, note: note))
        } else if let index = self.map.sources.firstIndex(where: { $0.id == sourceID }), let latest,
                  self.map.sources[index].day.map({ $0 < latest }) ?? true {
            self.map.sources[index].day = latest
        }
    }

    /// "4 comments on stages not kept: a quote belongs to a touchpoint".
    public static func stageCommentWords(_ count: Int) -> String {
        "\(count) comment\(count == 1 ? " on a stage" : "s on stages") not kept: a quote belongs to a touchpoint"
    }

    private struct Tally { var count = 0; var sum = 0 }

    private struct Key: Hashable, Comparable {
        var stage: Int
        /// −1: the stage itself.
        var touchpoint: Int
        var day: String

        static func < (a: Key, b: Key) -> Bool { (a.stage, a.touchpoint, a.day) < (b.stage, b.touchpoint, b.day) }
    }

    private mutating func recordFigures(_ survey: SurveyImport) {
        var tallies: [Key: Tally] = [:]
        for response in survey.responses {
            let weight = survey.kind.weight(response.score)
            var keys = [Key(stage: response.stage, touchpoint: -1, day: response.day)]
            if let t = response.touchpoint { keys.append(Key(stage: response.stage, touchpoint: t, day: response.day)) }
            for key in keys {
                tallies[key, default: Tally()].count += 1
                tallies[key, default: Tally()].sum += weight
            }
        }
        let metric = survey.kind.metric
        for (key, tally) in tallies.sorted(by: { $0.key < $1.key }) {
            let measurement = Measurement(day: key.day, value: survey.kind.figure(sum: tally.sum, count: tally.count),
                                          responses: tally.count, source: sourceID)
            let before = key.touchpoint < 0 ? map.stages[key.stage].metrics.measurement(of: metric, on: key.day)
                : map.stages[key.stage].touchpoints[key.touchpoint].metrics.measurement(of: metric, on: key.day)
            switch before {
            case nil: measurements.new += 1
            case measurement?: measurements.same += 1
            default: measurements.changed += 1
            }
            if key.touchpoint < 0 {
                map.stages[key.stage].metrics.record(metric, measurement)
            } else {
                map.stages[key.stage].touchpoints[key.touchpoint].metrics.record(metric, measurement)
            }
        }
    }

    private mutating func recordQuotes(_ survey: SurveyImport, places: MapPlaces) {
        var comments: [MapPlaces.Place: [SurveyImport.Response]] = [:]
        for response in survey.responses where !response.comment.isEmpty {
            guard let t = response.touchpoint else { continue }
            comments[MapPlaces.Place(stage: response.stage, index: t), default: []].append(response)
        }
        var taken = Set<String>()
        for (place, responses) in comments.sorted(by: { ($0.key.stage, $0.key.index) < ($1.key.stage, $1.key.index) }) {
            var seen = Set<String>()
            let worstFirst = responses.sorted { ($0.score, $0.line) < ($1.score, $1.line) }.filter { seen.insert($0.comment).inserted }
            for response in worstFirst.prefix(Self.quotesKept) {
                if map.stages[place.stage].touchpoints[place.index].quotes.contains(where: { $0.text == response.comment }) {
                    quotes.same += 1
                    continue
                }
                var quote = Edits.newItem(map, kind: .quotes, text: response.comment, avoiding: taken.union([sourceID]))
                quote.evidence.sources = [sourceID]
                taken.insert(quote.id)
                map.stages[place.stage].touchpoints[place.index].quotes.append(quote)
                quotes.new += 1
            }
            let rest = worstFirst.count - min(worstFirst.count, Self.quotesKept)
            if rest > 0 {
                notKept.append("\(rest) more comment\(rest == 1 ? "" : "s") at \(places.name(stage: place.stage, touchpoint: place.index)) "
                               + "not kept as quotes")
            }
        }
    }
}
