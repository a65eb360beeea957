import Foundation
import JourneyJSON
import Testing
@testable import JourneyCore

@Suite struct MapCodecTests {
    let sample = SampleMap.make()

    @Test func sampleIsARealMap() {
        #expect(sample.stages.count >= 6)
        #expect(sample.touchpointCount >= 15)
        #expect(sample.personas.count == 2)
        let channels = Set(sample.stages.flatMap { $0.touchpoints.compactMap(\.channel) })
        #expect(channels.count >= 4)
        for persona in sample.personas {
            #expect(sample.stages.allSatisfy { $0.touchpoints.allSatisfy { $0.emotion[persona.id] != nil } })
        }
        let all = sample.stages.flatMap(\.touchpoints)
        #expect(all.contains { !$0.painPoints.isEmpty } && all.contains { !$0.opportunities.isEmpty })
        #expect(all.contains { !$0.quotes.isEmpty } && all.contains { !$0.metrics.isEmpty })
    }

    @Test func roundTripKeepsEveryValue() throws {
        let bytes = try MapStore.encode(sample)
        let decoded = try MapStore.decode(bytes, file: "t")
        #expect(decoded == sample)
        #expect(try MapStore.encode(decoded) == bytes)
    }

    @Test func blankMapRoundTrips() throws {
        let blank = BlankMap.make()
        #expect(try MapStore.decode(MapStore.encode(blank), file: "t") == blank)
        #expect(blank.stages.map(\.name) == ["Awareness", "Consideration", "Decision", "Purchase", "Retention", "Advocacy"])
    }

    @Test func fileIsWrittenForReadableDiffs() throws {
        let text = String(decoding: try MapStore.encode(sample), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        #expect(text.hasPrefix("{\n  \"channels\": ["))
        #expect(text.contains("\n  \"format\": \"journey-map\",\n"))
        #expect(text.contains("\n  \"version\": 3\n"))
    }

    @Test func unknownFieldsAreKeptOnSave() throws {
        var document = try JSONParser.parse(MapStore.encode(sample))
        guard case .object(var root) = document, case .array(var stages)? = root["stages"],
              case .object(var stage) = stages[1], case .array(var touchpoints)? = stage["touchpoints"],
              case .object(var touchpoint) = touchpoints[0] else {
            Issue.record("unexpected sample shape")
            return
        }
        root["x-workshop"] = .object(["room": .string("B12"), "seats": .number("12.50")])
        stage["colour"] = .string("teal")
        touchpoint["sticker"] = .array([.bool(true), .null])
        touchpoints[0] = .object(touchpoint)
        stage["touchpoints"] = .array(touchpoints)
        stages[1] = .object(stage)
        root["stages"] = .array(stages)
        document = .object(root)

        let map = try MapStore.decode(JSONWriter.write(document), file: "t")
        let saved = try JSONParser.parse(MapStore.encode(map))
        #expect(saved == document)
    }

    @Test func versionZeroIsMigrated() throws {
        let old = """
            {"format": "journey-map", "version": 0, "title": "Old",
             "stages": [{"id": "s", "name": "Stage", "touchpoints": [{"id": "t", "name": "Shop", "emotion": -1}]}]}
            """
        let map = try MapStore.decode(Array(old.utf8), file: "old.json")
        #expect(map.personas.map(\.id) == ["persona-1"])
        #expect(map.stages[0].touchpoints[0].emotion == ["persona-1": -1])
        #expect(map.lanes == Lane.defaults)
    }

    @Test func columnIndexGivesEmptyStagesAColumn() {
        var map = BlankMap.make()
        map.stages[1].touchpoints = [Touchpoint(id: "a", name: "A"), Touchpoint(id: "b", name: "B")]
        map.stages[3].touchpoints = [Touchpoint(id: "c", name: "C")]
        let index = ColumnIndex(map)
        #expect(index.count == 7)
        #expect(index.position(of: 0) == .init(stage: 0, touchpoint: nil))
        #expect(index.position(of: 1) == .init(stage: 1, touchpoint: 0))
        #expect(index.position(of: 2) == .init(stage: 1, touchpoint: 1))
        #expect(index.position(of: 3) == .init(stage: 2, touchpoint: nil))
        #expect(index.position(of: 4) == .init(stage: 3, touchpoint: 0))
        #expect(index.position(of: 6) == .init(stage: 5, touchpoint: nil))
        #expect(index.stageRange(1) == 1..<3)
    }
}
