import Testing
@testable import JourneyCore

extension Result {
    /// What a refusal says, or nil when the value was accepted.
    var failureDescription: String? {
        guard case .failure(let error) = self else { return nil }
        return String(describing: error)
    }
}

@Suite struct MetricTableTests {
    @Test func jsonKeysAreTheOnesSavedFilesHold() {
        #expect(Metric.allCases.map(\.rawValue)
                == ["reach", "conversionRate", "dropOffRate", "csat", "nps", "churnRate", "averageSpend", "lifetimeValue"])
    }

    @Test(arguments: [
        ("reach", Metric.reach), ("conversion", .conversionRate), ("conv", .conversionRate), ("dropoff", .dropOffRate),
        ("drop", .dropOffRate), ("csat", .csat), ("nps", .nps), ("churn", .churnRate), ("spend", .averageSpend),
        ("ltv", .lifetimeValue), ("LTV", .lifetimeValue), ("Conv", .conversionRate), ("conversionRate", .conversionRate),
        ("dropoffrate", .dropOffRate), ("CHURNRATE", .churnRate), ("averageSpend", .averageSpend), ("lifetimevalue", .lifetimeValue),
    ])
    func aTypedNameResolves(typed: String, metric: Metric) {
        #expect(Metric.named(typed) == metric)
    }

    @Test func everyTypedNameAndKeyResolvesToItsOwnMetric() {
        var seen: Set<String> = []
        for metric in Metric.allCases {
            for name in metric.typedNames + [metric.rawValue, metric.rawValue.uppercased()] {
                #expect(Metric.named(name) == metric, "\(name)")
            }
            for name in metric.typedNames { #expect(seen.insert(name).inserted, "\(name) names two metrics") }
        }
        #expect(Metric.named("revenue") == nil)
        #expect(Metric.named("") == nil)
    }

    @Test func ratesArePercentagesAndOnlyReachIsWhole() {
        #expect(Metric.allCases.filter(\.isWhole) == [.reach])
        #expect(Metric.allCases.filter { $0.unit == "%" } == [.conversionRate, .dropOffRate, .csat, .churnRate])
        #expect(Metric.allCases.allSatisfy { $0.range.lowerBound >= -100 && $0.range.upperBound <= 1e12 })
    }
}

@Suite struct RuleBookParseTests {
    @Test(arguments: ["nan", "NaN", "inf", "-inf", "infinity", "+Infinity", "1e400", "-1e400", "0x10", "abc", "12abc", "1_000",
                      "1,5", "--5", "+-5", "1e", "+", "-", "%", "1e13", "1000000000001", "99999999999999999999", "-1", "2.5",
                      "12%", "-9223372036854775808"])
    func reachRefuses(typed: String) {
        let result = RuleBook.parse(typed, for: .metric(.reach))
        #expect(result.failureDescription == "reach is a whole number from 0 to 1000000000000; got \(typed)")
    }

    @Test func eachRefusalNamesTheFieldAndItsRange() {
        #expect(RuleBook.parse("250", for: .metric(.conversionRate)).failureDescription
                == "conversion rate is a percentage from 0 to 100; got 250")
        #expect(RuleBook.parse("-5", for: .metric(.averageSpend)).failureDescription
                == "average spend is a number from 0 to 1000000000000; got -5")
        #expect(RuleBook.parse("nan", for: .metric(.lifetimeValue)).failureDescription
                == "lifetime value is a number from 0 to 1000000000000; got nan")
        #expect(RuleBook.parse("-101", for: .metric(.nps)).failureDescription == "NPS is a number from -100 to 100; got -101")
        #expect(RuleBook.parse("3", for: .emotionScore(on: EmotionScale())).failureDescription
                == "emotion score is a number from -2 to 2 (the map's emotion scale); got 3")
        #expect(RuleBook.parseWhole("6", for: .item(.impact)).failureDescription == "impact is a whole number from 1 to 5; got 6")
        #expect(RuleBook.parseWhole("1000001", for: .item(.votes)).failureDescription
                == "votes is a whole number from 0 to 1000000; got 1000001")
        #expect(RuleBook.parseWhole("29.5", for: .age).failureDescription == "age is a whole number from 0 to 150; got 29.5")
    }

    @Test func negativesAreRefusedWhereTheRangeStartsAtZero() {
        for metric in Metric.allCases where metric != .nps {
            #expect(RuleBook.parse("-1", for: .metric(metric)).failureDescription != nil, "\(metric)")
        }
        #expect(RuleBook.parse("-100", for: .metric(.nps)) == .success(-100))
    }

    @Test func acceptedValues() throws {
        #expect(RuleBook.parse("12.5%", for: .metric(.conversionRate)) == .success(12.5))
        #expect(RuleBook.parse(" 12.5 % ", for: .metric(.churnRate)) == .success(12.5))
        #expect(RuleBook.parse(".5", for: .metric(.csat)) == .success(0.5))
        #expect(RuleBook.parse("+1", for: .emotionScore(on: EmotionScale())) == .success(1))
        #expect(RuleBook.parse("1e12", for: .metric(.reach)) == .success(1e12))
        #expect(RuleBook.parse("1000000000000", for: .metric(.lifetimeValue)) == .success(1e12))
        #expect(RuleBook.parseWhole("1e2", for: .age) == .success(100))
        #expect(RuleBook.parseWhole("5", for: .item(.effort)) == .success(5))
    }

    @Test func minusZeroIsZero() throws {
        let value = try #require(try RuleBook.parse("-0", for: .metric(.nps)).get())
        #expect(value == 0 && value.sign == .plus)
        #expect(try RuleBook.parse("-0.0", for: .metric(.reach)).get()?.sign == .plus)
        #expect(try RuleBook.check(-0.0, for: .metric(.csat)).get()?.sign == .plus)
    }

    @Test func emptyTextClears() {
        #expect(RuleBook.parse("", for: .metric(.reach)) == .success(nil))
        #expect(RuleBook.parse("   ", for: .metric(.nps)) == .success(nil))
        #expect(RuleBook.parseWhole("", for: .age) == .success(nil))
    }

    @Test func aPercentSignIsOnlyForPercentages() {
        #expect(RuleBook.parse("40%", for: .metric(.nps)).failureDescription != nil)
        #expect(RuleBook.parse("40%", for: .metric(.dropOffRate)) == .success(40))
    }
}

@Suite struct ScaleRuleTests {
    @Test func extremeScalesAreRefusedWithoutTrapping() {
        let map = SampleMap.make()
        #expect(Edits.setEmotionScale(map, min: .min, max: .max).failureDescription
                == "emotion scale minimum is a whole number from -100 to 100; got -9223372036854775808")
        #expect(Edits.setEmotionScale(map, min: -2, max: .max).failureDescription
                == "emotion scale maximum is a whole number from -100 to 100; got 9223372036854775807")
        #expect(Edits.setEmotionScale(map, min: -2, max: 101).failureDescription
                == "emotion scale maximum is a whole number from -100 to 100; got 101")
        #expect(Edits.setEmotionScale(map, min: 5, max: -5).failureDescription
                == "the emotion scale's minimum (5) must be below its maximum (-5)")
        #expect(throws: Never.self) { try Edits.setEmotionScale(map, min: -100, max: 100).get() }
    }

    @Test func stepsAndNeutralNeverTrap() {
        #expect(EmotionScale(min: .min, max: .max).steps == .max)
        #expect(EmotionScale(min: .min, max: .max).neutral == 0)
        #expect(EmotionScale(min: .max - 1, max: .max).neutral > 0)
        #expect(EmotionScale(min: 5, max: 1).steps == 0)
        #expect(EmotionScale(min: 1, max: 5).steps == 5)
        #expect(EmotionScale().steps == 5)
    }

    @Test func theLoaderHoldsTheScaleToTheSameLimits() {
        let text = #"{"format": "journey-map", "version": 1, "emotionScale": {"min": -2, "max": 101}}"#
        #expect(throws: MapLoadError.self) { try MapStore.decode(Array(text.utf8), file: "t") }
        do {
            _ = try MapStore.decode(Array(text.utf8), file: "t")
        } catch {
            #expect(error.description == "t: not a journey map: emotionScale.max: 101 is not a whole number from -100 to 100.")
        }
    }
}

@Suite struct NumericEditTests {
    @Test func editsRefuseWhatTheRulesRefuse() {
        let map = SampleMap.make()
        #expect(Edits.setMetric(map, stage: 0, touchpoint: 0, .lifetimeValue, to: .nan).failureDescription
                == "lifetime value is a number from 0 to 1000000000000; got nan")
        #expect(Edits.setMetric(map, stage: 0, touchpoint: nil, .averageSpend, to: .infinity).failureDescription
                == "average spend is a number from 0 to 1000000000000; got inf")
        #expect(Edits.setMetric(map, stage: 0, touchpoint: 0, .reach, to: 2.5).failureDescription != nil)
        #expect(Edits.setPersonaAge(map, persona: 0, age: .max).failureDescription
                == "age is a whole number from 0 to 150; got 9223372036854775807")
        #expect(Edits.setItemFigure(map, stage: 1, index: 0, kind: .painPoints, item: 0, .votes, to: -1).failureDescription
                == "votes is a whole number from 0 to 1000000; got -1")
    }

    @Test func acceptedNumbersLandWhereAsked() throws {
        var map = SampleMap.make()
        try Edits.setMetric(map, stage: 0, touchpoint: 0, .nps, to: -40).get()?.apply(to: &map)
        try Edits.setMetric(map, stage: 0, touchpoint: nil, .lifetimeValue, to: 310).get()?.apply(to: &map)
        try Edits.setPersonaAge(map, persona: 1, age: 61).get()?.apply(to: &map)
        #expect(map.stages[0].touchpoints[0].metrics[.nps] == -40)
        #expect(map.stages[0].metrics[.lifetimeValue] == 310)
        #expect(map.personas[1].age == 61)
        try Edits.setMetric(map, stage: 0, touchpoint: 0, .nps, to: nil).get()?.apply(to: &map)
        #expect(map.stages[0].touchpoints[0].metrics[.nps] == nil)
    }

    @Test func aMetricSetAfterARefusedOneStillApplies() throws {
        // `:metric ltv nan` then `:metric reach 5` crashed the editor: nan made
        // the touchpoint unequal to itself, so the next change's check failed.
        var map = SampleMap.make()
        #expect(Edits.setMetric(map, stage: 0, touchpoint: 0, .lifetimeValue, to: .nan).failureDescription != nil)
        let edit = try #require(try Edits.setMetric(map, stage: 0, touchpoint: 0, .reach, to: 5).get())
        edit.apply(to: &map)
        #expect(map.stages[0].touchpoints[0].metrics[.reach] == 5)
        #expect(try MapStore.decode(try MapStore.encode(map), file: "t") == map)
    }
}
