import Foundation
import JourneyJSON
import Testing
@testable import JourneyCore

/// The published schema: the golden copy at the repository root is what
/// `journey schema` prints, and it names every member the codec knows.
@Suite struct MapSchemaTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Schema/journey-map.schema.json")

    @Test func theRepositoryCopyIsCurrent() throws {
        let text = String(decoding: try JSONWriter.write(MapSchema.make()), as: UTF8.self)
        ExportGolden.check(text, at: Self.golden, named: "Schema/journey-map.schema.json")
    }

    func properties(_ definition: String) -> Set<String> {
        guard case .object(let definitions)? = members(MapSchema.make())["$defs"],
              case .object(let properties)? = members(definitions[definition] ?? .null)["properties"] else { return [] }
        return Set(properties.keys)
    }

    func members(_ value: JSONValue) -> [String: JSONValue] {
        if case .object(let members) = value { return members }
        return [:]
    }

    @Test func itDescribesEveryMemberTheCodecKnows() {
        #expect(properties("persona") == MapEncoder.personaKeys)
        #expect(properties("touchpoint") == MapEncoder.touchpointKeys)
        #expect(properties("item") == MapEncoder.itemKeys)
        #expect(properties("metrics") == MapEncoder.metricsKeys)
        #expect(properties("conflict") == MergeConflict.keys)
        #expect(members(MapSchema.make())["$id"] == .string("https://journey.invalid/schema/journey-map-3.json"))
        #expect(properties("votingRound") == VotingRecord.keys)
    }

    @Test func aSchemaMemberInAMapIsKeptOnSave() throws {
        // Sorted keys put it first.
        let saved = String(decoding: try MapStore.encode(SampleMap.make()), as: UTF8.self)
        let text = "{\n  \"$schema\": \"../Schema/journey-map.schema.json\"," + saved.dropFirst()
        let map = try MapStore.decode(Array(text.utf8), file: "with-schema.json")
        #expect(map.extra["$schema"] == .string("../Schema/journey-map.schema.json"))
        #expect(String(decoding: try MapStore.encode(map), as: UTF8.self) == text)
    }
}
