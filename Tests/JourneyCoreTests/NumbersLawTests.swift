import Foundation
@testable import JourneyCore
import JourneyTestSupport
import Testing

/// The law the rule book exists for: whatever it lets a user type, the map
/// saves, and loading those bytes gives back the same map. Numbers are typed
/// as text and go through `RuleBook.parse` and the numeric edits, as the
/// editor's commands do; many are hostile.
@Suite struct NumbersLawTests {
    static let hostile = [
        "inf", "-inf", "nan", "NaN", "infinity", "1e400", "-1e400", "1e-400", "-0", "-0.0", "", " ", "abc", "0x10", "1,5",
        "99999999999999999999", "-9223372036854775808", "9223372036854775807", "1e13", "1000000000001", "-1", "-101", "101",
        "151", "1000001", "2.5", "4.5", "12.5%", "100%", "%", "+", "+1", ".5", "1e12", "1000000000000", "150", "-100", "100",
    ]

    static func typed(_ r: inout SeededRandom) -> String {
        switch Int.random(in: 0..<4, using: &r) {
        case 0: String(Int.random(in: -3...6, using: &r))
        case 1: String(Double.random(in: -150...150, using: &r))
        case 2: String(Double.random(in: -2e12...2e12, using: &r))
        default: hostile.randomElement(using: &r)!
        }
    }

    /// A numeric edit from typed text, or the rule book's refusal.
    static func edit(_ map: JourneyMap, _ r: inout SeededRandom) -> Result<Transaction?, RuleViolation> {
        let positions = map.stages.indices.flatMap { s in map.stages[s].touchpoints.indices.map { (s, $0) } }
        let text = typed(&r)
        let stage = Int.random(in: 0..<map.stages.count, using: &r)
        guard let (s, i) = positions.randomElement(using: &r) else {
            return Edits.setPersonaAge(map, persona: 0, age: nil)
        }
        switch Int.random(in: 0..<6, using: &r) {
        case 0:
            let metric = Metric.allCases.randomElement(using: &r)!
            return RuleBook.parse(text, for: .metric(metric)).flatMap { Edits.setMetric(map, stage: s, touchpoint: i, metric, to: $0) }
        case 1:
            let metric = Metric.allCases.randomElement(using: &r)!
            return RuleBook.parse(text, for: .metric(metric)).flatMap { Edits.setMetric(map, stage: stage, touchpoint: nil, metric, to: $0) }
        case 2:
            let persona = map.personas.randomElement(using: &r)!.id
            return RuleBook.parse(text, for: .emotionScore(on: map.emotionScale)).flatMap {
                Edits.setEmotion(map, stage: s, index: i, persona: persona, score: $0)
            }
        case 3:
            let persona = Int.random(in: 0..<map.personas.count, using: &r)
            return RuleBook.parseWhole(text, for: .age).flatMap { Edits.setPersonaAge(map, persona: persona, age: $0) }
        case 4:
            guard !map.stages[s].touchpoints[i].painPoints.isEmpty else {
                let item = Item(id: IDs.fresh("pp", in: map), text: "Slow")
                return .success(Edits.updateItems(map, stage: s, index: i, kind: .painPoints) { $0.append(item) })
            }
            let figure = ItemFigure.allCases.randomElement(using: &r)!
            return RuleBook.parseWhole(text, for: .item(figure)).flatMap {
                Edits.setItemFigure(map, stage: s, index: i, kind: .painPoints, item: 0, figure, to: $0)
            }
        default:
            let other = typed(&r)
            let bounds = RuleBook.parseWhole(text, for: .scaleMinimum).flatMap { min in
                RuleBook.parseWhole(other, for: .scaleMaximum).map { max in (min ?? -2, max ?? 2) }
            }
            return bounds.flatMap { min, max in
                Edits.setEmotionScale(map, min: min, max: max).mapError { problem in
                    RuleViolation(description: problem.description, reason: problem.description)
                }
            }
        }
    }

    @Test func whateverTheRulesAcceptSavesAndLoadsBackEqual() throws {
        var accepted = 0
        var refused = 0
        for seed in 0..<2000 {
            var r = SeededRandom(seed: UInt64(seed) + 70_000)
            var map = RandomMaps.map(&r)
            for _ in 0..<Int.random(in: 1...30, using: &r) {
                switch Self.edit(map, &r) {
                case .success(let edit):
                    edit?.apply(to: &map)
                    accepted += 1
                case .failure:
                    refused += 1
                }
            }
            let bytes: [UInt8]
            do {
                bytes = try MapStore.encode(map)
            } catch {
                Issue.record("seed \(seed): an accepted map does not encode: \(error)")
                return
            }
            let loaded = try MapStore.decode(bytes, file: "seed \(seed)")
            guard loaded == map else {
                Issue.record("seed \(seed): the map loaded back differs")
                return
            }
        }
        #expect(accepted > 10_000 && refused > 10_000, "accepted \(accepted), refused \(refused)")
    }

    /// The same law through the journal: what was journaled recovers exactly.
    @Test func whateverTheRulesAcceptIsJournaledAndRecoveredExactly() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for seed in 0..<40 {
            var r = SeededRandom(seed: UInt64(seed) + 80_000)
            let base = RandomMaps.map(&r)
            var map = base
            let path = folder.file("map\(seed).json")
            #expect(MapStore.save(base, to: path).isSaved)
            var session = try #require(EditingSession(path: path))
            for _ in 0..<20 {
                guard case .success(let edit?) = Self.edit(map, &r) else { continue }
                edit.apply(to: &map)
                #expect(session.edit(edit).map { if case .success = $0 { true } else { false } } == true)
            }
            session.file.close(keepJournal: true)
            #expect(EditingSession.recover(path).map == map, "seed \(seed)")
        }
    }
}
