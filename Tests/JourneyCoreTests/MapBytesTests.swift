@testable import JourneyCore
@testable import JourneyJSON
import JourneyTestSupport
import Testing

/// The store writes a map's bytes straight from the model and reads them
/// back from a flat tape; both must agree byte for byte and value for value
/// with the tree they replace.
@Suite struct MapBytesTests {
    /// Unknown members, some named like known ones (which a known member replaces when it is there).
    static let extraKeys = ["aaa", "kind", "n", "nameX", "zz", "émoji", "e\u{301}t", "channel", "id", "metrics", "text"]

    static func extra(_ r: inout SeededRandom) -> Extra {
        let keys = r.next() % 4 == 0 ? extraKeys : Array(extraKeys.prefix(7))
        var extra: Extra = [:]
        for _ in 0..<Int.random(in: 0...2, using: &r) {
            let value: JSONValue = Bool.random(using: &r) ? .string(RandomMaps.text(&r))
                : .object(["x": .array([.number("1.50"), .null, .bool(false)])])
            extra[keys.randomElement(using: &r)!] = value
        }
        return extra
    }

    static func map(_ seed: UInt64) -> JourneyMap {
        var r = SeededRandom(seed: seed)
        var map = RandomMaps.map(&r)
        map.extra = extra(&r)
        for s in map.stages.indices {
            map.stages[s].extra = extra(&r)
            if Bool.random(using: &r) { map.stages[s].metrics = Metrics([.reach: 12, .nps: -3.25]) }
            for t in map.stages[s].touchpoints.indices {
                var touchpoint = map.stages[s].touchpoints[t]
                touchpoint.extra = extra(&r)
                if Bool.random(using: &r) { touchpoint.channel = nil }
                touchpoint.momentOfTruth = Bool.random(using: &r)
                if Bool.random(using: &r) { touchpoint.link = "detail/\(RandomMaps.text(&r)).json" }
                if Bool.random(using: &r) {
                    var item = Item(id: "i\(s)-\(t)", text: RandomMaps.text(&r), impact: 3, effort: 1, votes: 2,
                                    status: .inProgress, owner: "Ann", due: "2026-01-02", addresses: ["x"])
                    item.extra = extra(&r)
                    if Bool.random(using: &r) { item.removes = ["pp-\(s)", "pp-\(t)"] }
                    touchpoint.opportunities = [item, Item(id: "j\(s)-\(t)", text: "")]
                }
                if Bool.random(using: &r) { touchpoint.quotes = [Item(id: "q\(s)-\(t)", text: RandomMaps.text(&r))] }
                if Bool.random(using: &r) { touchpoint.metrics = Metrics([.conversionRate: 0.5], extra: extra(&r)) }
                map.stages[s].touchpoints[t] = touchpoint
            }
        }
        if Bool.random(using: &r) { map.parkingLot = [Item(id: "park", text: "later")] }
        if Bool.random(using: &r) { map.futureOf = "../current \(RandomMaps.text(&r)).json" }
        return map
    }

    @Test func bytesAreWhatTheTreeWriterWrites() throws {
        for seed in 0..<150 as Range<UInt64> {
            let map = Self.map(seed)
            let expected = try JSONWriter.write(MapEncoder.encode(map))
            #expect(try MapStore.encode(map) == expected, "seed \(seed)")
        }
    }

    @Test func aNumberJSONCannotHoldIsRefusedAlike() {
        var map = Self.map(7)
        map.stages[0].touchpoints = [Touchpoint(id: "t", name: "T")]
        map.stages[0].touchpoints[0].emotion["persona-1"] = .nan
        #expect(throws: JSONWriter.Refusal(lexeme: "nan")) { try MapStore.encode(map) }
        #expect(throws: JSONWriter.Refusal(lexeme: "nan")) { try JSONWriter.write(MapEncoder.encode(map)) }
    }

    /// The same map, or the same complaint (an unknown member named like a known one may not read back).
    @Test func readsBackWhatTheTreeDecoderReads() throws {
        var refused = 0
        for seed in 0..<150 as Range<UInt64> {
            let bytes = try MapStore.encode(Self.map(seed))
            let fromTape = Result { () throws(MapLoadError) in try MapStore.decode(bytes, file: "t") }
            let fromTree = Result { () throws(MapDecodingError) in try MapDecoder.decode(try! JSONParser.parse(bytes)) }
            switch (fromTape, fromTree) {
            case (.success(let a), .success(let b)): #expect(a == b, "seed \(seed)")
            case (.failure(let a), .failure(let b)):
                refused += 1
                #expect(a.kind == .notAMap(b), "seed \(seed)")
            default: Issue.record("seed \(seed): \(fromTape) but \(fromTree)")
            }
        }
        #expect(refused < 120)
    }

    /// A map large enough that its touchpoints are written and read on several cores.
    static func largeMap(_ seed: UInt64) -> JourneyMap {
        var map = Self.map(seed)
        let few = map.stages.flatMap(\.touchpoints)
        map.stages[1].touchpoints = (0..<3 * SideBySide.minimum).map { n in
            var touchpoint = few.isEmpty ? Touchpoint(id: "", name: "T") : few[n % few.count]
            touchpoint.id = "many-\(n)"
            return touchpoint
        }
        return map
    }

    @Test func aLargeMapIsTheSameBytesAsOneByOne() throws {
        for seed in 0..<8 as Range<UInt64> {
            let map = Self.largeMap(seed)
            #expect(try MapStore.encode(map) == JSONWriter.write(MapEncoder.encode(map)), "seed \(seed)")
        }
    }

    @Test func theFirstNumberRefusedInALargeArrayIsTheOneNamed() {
        var map = Self.largeMap(3)
        map.stages[1].touchpoints[1400].emotion["persona-1"] = .infinity
        map.stages[1].touchpoints[200].emotion["persona-1"] = .nan
        #expect(throws: JSONWriter.Refusal(lexeme: "nan")) { try MapStore.encode(map) }
    }

    @Test func theFirstWrongTouchpointOfALargeMapIsTheOneNamed() throws {
        var map = BlankMap.make(title: "Large")
        map.stages[2].touchpoints = (0..<3 * SideBySide.minimum).map { Touchpoint(id: "t\($0)", name: "name \($0)") }
        let text = String(decoding: try MapStore.encode(map), as: UTF8.self)
            .replacingOccurrences(of: "\"name 1300\"", with: "true")
            .replacingOccurrences(of: "\"name 300\"", with: "300")
        #expect(throws: MapLoadError(file: "t", kind: .notAMap(MapDecodingError(
            JSONPath.root.key("stages").index(2).key("touchpoints").index(300).key("name"), "expected a string, found a number")))) {
            try MapStore.decode(Array(text.utf8), file: "t")
        }
    }

    @Test func anEscapedKeyIsItsText() throws {
        var bytes = try MapStore.encode(BlankMap.make(title: "Plain"))
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\"title\"", with: "\"t\\u0069tle\"")
        bytes = Array(text.utf8)
        #expect(try MapStore.decode(bytes, file: "t").title == "Plain")
    }
}
