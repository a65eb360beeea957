import JourneyCore
import JourneyTestSupport

/// Builds a believable map of any size: six stages, touchpoints spread over
/// them, text in every lane, two personas with scores, items and metrics.
enum MapGenerator {
    static func make(touchpoints count: Int) -> JourneyMap {
        var map = SampleMap.make()
        map.title = "Generated journey with \(count) touchpoints"
        let channels = map.channels.map(\.id)
        let personas = map.personas.map(\.id)
        var random = SeededRandom(seed: UInt64(count))
        let perStage = count / map.stages.count
        var made = 0
        for s in map.stages.indices {
            let here = s == map.stages.count - 1 ? count - made : perStage
            map.stages[s].touchpoints = (0..<here).map { i in
                let n = made + i
                var t = Touchpoint(id: "tp-\(n)", name: "Touchpoint \(n)", channel: channels[n % channels.count])
                t.text = [
                    "actions": "Customer \(n) looks at the offer, compares it with two others and reads the small print.",
                    "thoughts": "Is this really the right choice for me, or should I wait for a better deal?",
                    "owner": "Team \(n % 12)",
                ]
                for persona in personas { t.emotion[persona] = Double(Int(random.next() % 5) - 2) }
                if n % 3 == 0 {
                    t.painPoints = [Item(id: "pp-\(n)", text: "Slow page \(n) loses the customer's attention",
                                         impact: Int(random.next() % 5) + 1, effort: Int(random.next() % 5) + 1,
                                         votes: Int(random.next() % 9))]
                }
                if n % 4 == 0 {
                    t.opportunities = [Item(id: "op-\(n)", text: "Show delivery dates before checkout", impact: 4, effort: 2)]
                }
                if n % 5 == 0 { t.quotes = [Item(id: "q-\(n)", text: "I just want to know when it arrives.")] }
                if n % 2 == 0 { t.metrics = Metrics([.reach: Double(1000 + n), .conversionRate: 12.5, .dropOffRate: 30]) }
                t.momentOfTruth = n % 50 == 0
                return t
            }
            made += here
        }
        return map
    }
}

