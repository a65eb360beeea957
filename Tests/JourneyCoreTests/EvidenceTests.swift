import JourneyJSON
import Testing
@testable import JourneyCore

/// Research sources and what cites them: the file, the levels, the edits and `journey diff`.
@Suite struct EvidenceTests {
    /// The sample as it was before it recorded research.
    let sample = Self.withoutEvidence(SampleMap.make())

    static func withoutEvidence(_ map: JourneyMap) -> JourneyMap {
        var bare = map
        bare.sources = []
        for s in bare.stages.indices {
            for i in bare.stages[s].touchpoints.indices {
                var t = bare.stages[s].touchpoints[i]
                t.evidence = Evidence()
                t.laneSources = [:]
                for kind in LaneKind.itemLists {
                    t.setItems((t.items(of: kind) ?? []).map { item in
                        var plain = item
                        plain.evidence = Evidence()
                        return plain
                    }, of: kind)
                }
                bare.stages[s].touchpoints[i] = t
            }
        }
        return bare
    }

    /// The sample with two sources, a cited touchpoint, a lane text, an item and a parked idea.
    func cited() -> JourneyMap {
        var map = sample
        map.sources = [Source(id: "src-int", kind: .interview, title: "Eight shopper interviews", day: "2026-03-02",
                              link: "research/interviews.md", note: "Recorded with consent"),
                       Source(id: "src-ga", kind: .analytics, title: "Checkout funnel Q1")]
        map.stages[3].touchpoints[0].evidence = Evidence(sources: ["src-ga"])
        map.stages[3].touchpoints[0].laneSources["thoughts"] = ["src-int"]
        map.stages[3].touchpoints[0].painPoints[0].evidence = Evidence(sources: ["src-int", "src-ga"], level: .reported)
        map.parkingLot = [Item(id: "idea-1", text: "Loyalty points")]
        map.parkingLot[0].evidence = Evidence(level: .assumed)
        return map
    }

    @Test func everyPartRoundTripsThroughTheFile() throws {
        let map = cited()
        let bytes = try MapStore.encode(map)
        let decoded = try MapStore.decode(bytes, file: "t")
        #expect(decoded == map)
        #expect(try MapStore.encode(decoded) == bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""evidence": {"#) && text.contains(#""lanes": {"#) && text.contains(#""kind": "interview""#))
        // A map with no evidence writes none: files made before stay byte for byte.
        #expect(!String(decoding: try MapStore.encode(sample), as: UTF8.self).contains("evidence"))
    }

    @Test func aMeasurementKeepsItsResponsesAndSource() throws {
        var map = cited()
        map.stages[3].touchpoints[0].metrics.record(.nps, Measurement(day: "2026-04-01", value: 30, responses: 10, source: "src-ga"))
        let decoded = try MapStore.decode(MapStore.encode(map), file: "t")
        #expect(decoded.stages[3].touchpoints[0].metrics.history[.nps] == [Measurement(day: "2026-04-01", value: 30, responses: 10,
                                                                                      source: "src-ga")])
        #expect(decoded.stages[3].touchpoints[0].metrics[.nps] == 30)
    }

    /// As for every list of the format, null is an empty one (the schema says so too).
    @Test func aNullListOfSourcesIsNone() throws {
        let json = Step.set(MapEncoder.encode(cited()), ["stages", 3, "touchpoints", 0, "evidence", "lanes", "thoughts"], to: .null)
        #expect(try MapDecoder.decode(json).stages[3].touchpoints[0].laneSources["thoughts"] == nil)
    }

    @Test func membersALaterVersionAddsAreKept() throws {
        var json = MapEncoder.encode(cited())
        json = Step.set(json, ["stages", 3, "touchpoints", 0, "evidence", "confidence"], to: .string("high"))
        let map = try MapDecoder.decode(json)
        #expect(map.stages[3].touchpoints[0].evidence.extra["confidence"] == .string("high"))
        #expect(MapEncoder.encode(map) == json)
    }

    @Test(arguments: [
        (["sources", 0, "kind"], JSONValue.string("podcast"), "sources[0].kind: unknown source kind \"podcast\""),
        (["sources", 1, "id"], .string("src-int"), "sources[1].id: the id \"src-int\" is used twice"),
        (["stages", 3, "touchpoints", 0, "evidence", "level"], .string("hunch"), "unknown evidence level \"hunch\""),
        (["stages", 3, "touchpoints", 0, "evidence", "sources"], .array([.string("")]), "expected the id of a source"),
        (["stages", 3, "touchpoints", 0, "evidence", "lanes", "thoughts"], .string("src-int"), "expected an array of source ids"),
        (["sources", 0, "day"], .string("2026-02-30"), "sources[0].day"),
    ] as [([Step], JSONValue, String)])
    func aWrongValueIsRefusedWithItsPlace(path: [Step], value: JSONValue, message: String) {
        let json = Step.set(MapEncoder.encode(cited()), path, to: value)
        #expect(throws: MapDecodingError.self) { try MapDecoder.decode(json) }
        do {
            _ = try MapDecoder.decode(json)
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func theLevelIsSaidOrFollowsTheSourcesOrIsAssumed() {
        let map = cited()
        #expect(map.evidenceLevel(of: .touchpoint(stage: 3, index: 0)) == .measured)
        #expect(map.evidenceLevel(of: .item(stage: 3, index: 0, kind: .painPoints, item: 0)) == .reported)
        #expect(map.evidenceLevel(of: .touchpoint(stage: 0, index: 0)) == .assumed)
        #expect(map.evidenceLevel(of: .parked(item: 0)) == .assumed)
        // Observed outranks measured when both are cited; a source that is gone counts for nothing.
        #expect(Evidence(sources: ["src-ga", "src-int"]).level(in: map.sources) == .observed)
        #expect(Evidence(sources: ["src-gone"]).level(in: map.sources) == .assumed)
        #expect(Evidence(sources: ["src-gone", "src-ga"]).cited(in: map.sources).map(\.id) == ["src-ga"])
        #expect(map.evidenceLevel(of: .touchpoint(stage: 99, index: 0)) == .assumed)
    }

    @Test func namesAreReadAsPeopleTypeThem() {
        #expect(Source.Kind.named("support tickets") == .supportTickets)
        #expect(Source.Kind.named("SupportTickets") == .supportTickets)
        #expect(Source.Kind.named("tickets") == .supportTickets)
        #expect(Source.Kind.named("usability") == .usabilityTest)
        #expect(Source.Kind.named("Analytics") == .analytics)
        #expect(Source.Kind.named("") == nil && Source.Kind.named("test") == .usabilityTest)
        #expect(EvidenceLevel.named("Observed") == .observed && EvidenceLevel.named("meas") == .measured)
        #expect(EvidenceLevel.named("a") == nil && EvidenceLevel.named("hunch") == nil)
    }

    @Test func citingAndSayingAreUndoneExactly() throws {
        let map = cited()
        let claims: [Claim] = [.touchpoint(stage: 0, index: 0), .laneText(stage: 0, index: 0, lane: "actions"),
                               .item(stage: 3, index: 0, kind: .opportunities, item: 1), .parked(item: 0)]
        for claim in claims {
            let cite = try #require(Edits.cite(map, claim, source: "src-int"))
            var after = map
            cite.apply(to: &after)
            #expect(after.evidence(of: claim)?.sources == ["src-int"])
            #expect(Edits.cite(after, claim, source: "src-int") == nil, "citing twice changes nothing")
            let uncite = try #require(Edits.cite(after, claim, source: "src-int", cited: false))
            var back = after
            uncite.apply(to: &back)
            #expect(back == map)
            cite.inverse.apply(to: &after)
            #expect(after == map)
        }
        #expect(Edits.setEvidenceLevel(map, .laneText(stage: 0, index: 0, lane: "actions"), to: .observed) == nil)
        let said = try #require(Edits.setEvidenceLevel(map, .touchpoint(stage: 0, index: 0), to: .observed))
        var after = map
        said.apply(to: &after)
        #expect(after.evidenceLevel(of: .touchpoint(stage: 0, index: 0)) == .observed)
        #expect(Edits.cite(map, .item(stage: 3, index: 0, kind: .quotes, item: 9), source: "src-int") == nil)
    }

    @Test func removingASourceTakesItsCitationsWithItAsOneStep() throws {
        var map = cited()
        map.stages[3].metrics.record(.csat, Measurement(day: "2026-04-01", value: 80, responses: 12, source: "src-int"))
        let edit = try #require(Edits.removeSource(map, id: "src-int"))
        var after = map
        edit.apply(to: &after)
        #expect(after.sources.map(\.id) == ["src-ga"])
        let checkout = after.stages[3].touchpoints[0]
        #expect(checkout.laneSources.isEmpty && checkout.painPoints[0].evidence.sources == ["src-ga"])
        #expect(after.stages[3].metrics.history[.csat] == [Measurement(day: "2026-04-01", value: 80, responses: 12)])
        #expect(!String(decoding: try MapStore.encode(after), as: UTF8.self).contains("src-int"))
        edit.inverse.apply(to: &after)
        #expect(after == map)
        #expect(Edits.removeSource(map, id: "src-none") == nil)
    }

    @Test func aNewSourceGetsAFreshIDAndIsOneStep() throws {
        let map = cited()
        let (edit, source) = try #require(Edits.addSource(map, kind: .survey, title: "Post-purchase survey", day: "2026-05-01"))
        #expect(source.id.hasPrefix("src-") && !map.containsID(source.id))
        var after = map
        edit.apply(to: &after)
        #expect(after.sources.last == source && after.containsID(source.id))
        let renamed = try #require(Edits.updateSource(after, id: source.id) { $0.title = "NPS survey" })
        renamed.apply(to: &after)
        #expect(after.sources.last?.title == "NPS survey")
    }

    /// Git's merge driver: two people citing different sources for one claim keep both; sources added on both sides are kept.
    @Test func citationsMadeOnTwoBranchesAreBothKept() throws {
        let base = cited()
        var ours = base, theirs = base
        try #require(Edits.addSource(base, kind: .survey, title: "Ours")).0.apply(to: &ours)
        try #require(Edits.addSource(base, kind: .observation, title: "Theirs")).0.apply(to: &theirs)
        let oursID = ours.sources.last!.id, theirsID = theirs.sources.last!.id
        try #require(Edits.cite(ours, .touchpoint(stage: 0, index: 0), source: oursID)).apply(to: &ours)
        try #require(Edits.cite(theirs, .touchpoint(stage: 0, index: 0), source: theirsID)).apply(to: &theirs)
        try #require(Edits.setEvidenceLevel(theirs, .item(stage: 3, index: 0, kind: .painPoints, item: 0), to: .observed))
            .apply(to: &theirs)
        let result = MapMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(result.isClean, "\(result.conflicts.map(\.what))")
        #expect(result.map.sources.map(\.title) == ["Eight shopper interviews", "Checkout funnel Q1", "Ours", "Theirs"])
        #expect(Set(result.map.stages[0].touchpoints[0].evidence.sources) == [oursID, theirsID])
        #expect(result.map.evidenceLevel(of: .item(stage: 3, index: 0, kind: .painPoints, item: 0)) == .observed)
        #expect(try MapStore.decode(MapStore.encode(result.map), file: "merged.json") == result.map)
    }

    @Test func diffSaysWhatWasCitedAndSaid() throws {
        let map = cited()
        var after = map
        try #require(Edits.cite(map, .touchpoint(stage: 3, index: 0), source: "src-int")).apply(to: &after)
        let level = try #require(Edits.setEvidenceLevel(after, .item(stage: 3, index: 0, kind: .painPoints, item: 0), to: nil))
        level.apply(to: &after)
        try #require(Edits.updateSource(after, id: "src-ga") { $0.link = "https://analytics.example/q1" }).apply(to: &after)
        let lines = DiffText.plain(MapDiff.compare(map, after), color: false).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("cited source") && $0.contains("Eight shopper interviews") && $0.contains("Checkout") },
                "\(lines)")
        #expect(lines.contains { $0.contains("evidence level") && $0.contains("reported by customers") }, "\(lines)")
        #expect(lines.contains { $0.contains("link") && $0.contains("https://analytics.example/q1") }, "\(lines)")
        #expect(lines.count == 3, "\(lines)")
    }
}

/// A place in a JSON document, written as literals: `["stages", 3, "name"]`.
enum Step: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, Sendable {
    case key(String), index(Int)

    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }

    /// The document with the value at `path` replaced (or added, for a key).
    static func set(_ json: JSONValue, _ path: [Step], to value: JSONValue) -> JSONValue {
        guard let first = path.first else { return value }
        let rest = Array(path.dropFirst())
        switch (first, json) {
        case (.key(let key), .object(var members)):
            members[key] = set(members[key] ?? .object([:]), rest, to: value)
            return .object(members)
        case (.index(let n), .array(var elements)):
            elements[n] = set(elements[n], rest, to: value)
            return .array(elements)
        default:
            return json
        }
    }
}
