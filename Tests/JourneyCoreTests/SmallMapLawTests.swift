import Testing
@testable import JourneyCore
import JourneyTestSupport

/// `SmallMap` stands in for a Dictionary in the model: over random sequences
/// of operations it must hold what a Dictionary holds, and two maps with the
/// same pairs must be equal however they were built.
@Suite struct SmallMapLawTests {
    /// "é" twice, composed and decomposed: one key to a String's `==`, as to a Dictionary.
    static let keys = ["a", "actions", "b", "é", "e\u{301}", "owner", "thoughts", "z", "", "Zed"]
    static let distinctKeys = keys.filter { $0 != "e\u{301}" }

    static func check(_ small: SmallMap<String, Int>, _ dictionary: [String: Int]) {
        #expect(small.count == dictionary.count)
        #expect(small.isEmpty == dictionary.isEmpty)
        #expect(Array(small.keys) == dictionary.keys.sorted())
        #expect(Array(small.values) == dictionary.sorted { $0.key < $1.key }.map(\.value))
        for key in keys { #expect(small[key] == dictionary[key]) }
    }

    @Test(arguments: 0..<200)
    func actsAsADictionary(seed: UInt64) {
        var r = SeededRandom(seed: seed)
        var small: SmallMap<String, Int> = [:]
        var dictionary: [String: Int] = [:]
        for _ in 0..<60 {
            let key = Self.keys.randomElement(using: &r)!
            let value = Int.random(in: -3...3, using: &r)
            switch Int.random(in: 0..<6, using: &r) {
            case 0, 1:
                small[key] = value
                dictionary[key] = value
            case 2:
                small[key] = nil
                dictionary[key] = nil
            case 3:
                #expect(small.removeValue(forKey: key) == dictionary.removeValue(forKey: key))
            case 4:
                small[key, default: 0] += value
                dictionary[key, default: 0] += value
            default:
                #expect(small[key, default: 7] == dictionary[key, default: 7])
            }
            Self.check(small, dictionary)
        }
        #expect(small.mapValues { $0 * 2 } == SmallMap(dictionary.mapValues { $0 * 2 }.map { ($0.key, $0.value) }))
        #expect(small.filter { $0.value > 0 } == SmallMap(dictionary.filter { $0.value > 0 }.map { ($0.key, $0.value) }))
    }

    @Test(arguments: 0..<100)
    func equalityIgnoresTheOrderOfBuilding(seed: UInt64) {
        var r = SeededRandom(seed: seed)
        let pairs = Self.distinctKeys.shuffled(using: &r).prefix(Int.random(in: 0...Self.distinctKeys.count, using: &r))
            .map { (key: $0, value: Int.random(in: 0...2, using: &r)) }
        var forwards: SmallMap<String, Int> = [:]
        for (key, value) in pairs { forwards[key] = value }
        var backwards: SmallMap<String, Int> = [:]
        for (key, value) in pairs.reversed() { backwards[key] = value }
        let shuffled = SmallMap(pairs.shuffled(using: &r))
        #expect(forwards == backwards)
        #expect(forwards == shuffled)
        #expect(forwards.hashValue == shuffled.hashValue)
        Self.check(shuffled, Dictionary(uniqueKeysWithValues: pairs.map { ($0.key, $0.value) }))
        if let (key, value) = pairs.first {
            var changed = forwards
            changed[key] = value + 1
            #expect(changed != forwards)
            changed[key] = nil
            #expect(changed != forwards)
        }
    }

    @Test func aLiteralAndPairsGivenTwiceKeepTheLastAsADictionaryDoes() {
        let literal: SmallMap<String, Int> = ["thoughts": 1, "actions": 2, "owner": 3]
        Self.check(literal, ["thoughts": 1, "actions": 2, "owner": 3])
        let twice = SmallMap([(key: "b", value: 1), (key: "a", value: 2), (key: "b", value: 3), (key: "a", value: 4)])
        Self.check(twice, ["a": 4, "b": 3])
        #expect(Array(literal.map(\.key)) == ["actions", "owner", "thoughts"])
    }

    @Test func metricsKeepTheTablesOrder() {
        let metrics: SmallMap<Metric, Double> = [.nps: 1, .reach: 2, .lifetimeValue: 3, .conversionRate: 4]
        #expect(Array(metrics.keys) == Metric.allCases.filter { metrics[$0] != nil })
    }
}
