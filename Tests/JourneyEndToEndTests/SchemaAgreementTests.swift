import Foundation
import JourneyCore
import JourneyJSON
import Testing

/// Issue 27, item 11: the loader (`MapStore.decode`) and a real validator on
/// `journey schema`'s output give one verdict on every mutation of the sample
/// map, but for the few rules about the whole map that the schema says it cannot state.
@Suite struct SchemaAgreementTests {
    /// The sample, with what a map may hold and the sample does not: a `$schema`, its lanes written out,
    /// a conflict, a parked idea, a revealed voting round, a metric's target and history, a due day,
    /// the map it is the future state of, a touchpoint's link and the pain points an opportunity removes.
    static func base() throws -> JSONValue {
        guard case .object(var root) = try JSONParser.parse(MapStore.encode(SampleMap.make())),
              case .object(let additions) = try JSONParser.parse(Array(Self.additions.utf8)) else { return .null }
        root.merge(additions) { _, added in added }
        var base = JSONValue.object(root)
        let touchpoint: [MapMutations.Step] = [.key("stages"), .index(0), .key("touchpoints"), .index(0)]
        base = MapMutations.replacing(base, at: (touchpoint + [.key("metrics"), .key("targets")])[...],
                                      with: .object(["conversionRate": .int(4)]))
        base = MapMutations.replacing(base, at: (touchpoint + [.key("metrics"), .key("history")])[...], with: try JSONParser.parse(
            Array(#"{"conversionRate": [{"day": "2025-12-31", "value": 2.1}, {"day": "2026-03-31", "value": 2.8}]}"#.utf8)))
        base = MapMutations.replacing(base, at: (touchpoint + [.key("link")])[...], with: .string("detail/search ad.json"))
        base = MapMutations.replacing(base, at: [.key("stages"), .index(0), .key("touchpoints"), .index(1), .key("opportunities"),
                                                 .index(0), .key("removes")][...], with: .array([.string("pp-generic-ad")]))
        return MapMutations.replacing(base, at: [.key("stages"), .index(0), .key("touchpoints"), .index(1), .key("opportunities"),
                                                 .index(0), .key("due")][...], with: .string("2026-03-31"))
    }

    static let additions = """
        {"$schema": "./journey-map.schema.json", "futureOf": "../current/map.journey.json",
         "lanes": [{"id": "actions", "kind": "actions", "name": "Actions", "hidden": false}, {"id": "thoughts", "kind": "thoughts"},
                   {"id": "emotion", "kind": "emotion"}, {"id": "painPoints", "kind": "painPoints"},
                   {"id": "opportunities", "kind": "opportunities"}, {"id": "quotes", "kind": "quotes"},
                   {"id": "owner", "kind": "owner"}, {"id": "metrics", "kind": "metrics"}],
         "conflicts": [{"id": "conflict-1", "kind": "value", "path": ["title"], "what": "Title",
                        "base": "Stride", "ours": "Stride: buying shoes", "theirs": "Stride online",
                        "sides": {"ours": "main", "theirs": "feature/pricing"}}],
         "parkingLot": [{"id": "idea-1", "text": "Loyalty points for club runners", "impact": 3, "effort": 2, "votes": 1}],
         "votingRounds": [{"id": "round-1", "opened": "2026-03-01T10:00:00Z", "revealed": "2026-03-01T10:20:00Z",
                           "budget": 5, "perItem": 3, "kinds": ["painPoints", "opportunities"],
                           "ballots": {"Kim": {"pp-generic-ad": 2}}}]}
        """

    @Test func theLoaderAndTheSchemaAgreeOnEveryMutationOfTheSample() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let schema = try Binary.run(["schema"])
        try #require(schema.status == 0)
        scratch.write("schema.json", schema.stdout)
        let base = try Self.base()
        let corpus = [Mutation(name: "the base itself", document: base)] + MapMutations.corpus(of: base)
        var files: [String] = []
        var refusals: [String?] = []
        for (number, mutation) in corpus.enumerated() {
            let bytes = try JSONWriter.write(mutation.document)
            files.append(scratch.file("\(number).json"))
            try Data(bytes).write(to: URL(fileURLWithPath: files[number]))
            do {
                _ = try MapStore.decode(bytes, file: "map.journey.json")
                refusals.append(nil)
            } catch {
                refusals.append(error.description)
            }
        }
        let valid = try SchemaValidator.verdicts(schema: scratch.file("schema.json"), files: files)

        var disagreements: [String] = []
        for (number, mutation) in corpus.enumerated() {
            let loader = refusals[number].map { "the loader refuses it (\($0))" } ?? "the loader accepts it"
            let verdicts = loader + ", the schema finds it " + (valid[number] ? "valid" : "invalid")
            if let rule = mutation.beyondTheSchema {
                if refusals[number] == nil || !valid[number] { disagreements.append("\(mutation.name) (\(rule)): \(verdicts)") }
            } else if (refusals[number] == nil) != valid[number] {
                disagreements.append("\(mutation.name): \(verdicts)")
            }
        }
        if !disagreements.isEmpty {
            Issue.record("\(disagreements.count) of \(corpus.count) mutations:\n\(disagreements.joined(separator: "\n"))")
        }
        #expect(refusals[0] == nil && valid[0])
        // A corpus that tests both verdicts, on every part of the format.
        #expect(corpus.count > 600 && refusals.count { $0 == nil } > 100 && refusals.count { $0 != nil } > 300)
    }
}
