import Testing
@testable import JourneyCore

/// The touchpoints CSV as spreadsheets hand it back: headers retyped in
/// another case or spacing.
@Suite struct CSVSpreadsheetTests {
    static func imported(_ text: String, bom: Bool = false) throws -> JourneyMap {
        try CSVImport.parse((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), file: "sheet.csv")
    }

    /// `Emotion: Maya` once became a text lane, `Reach` and `conversion rate` text lanes too.
    @Test func headersAreMatchedWhateverTheirCaseAndSpacing() throws {
        let map = try Self.imported("STAGE,Touchpoint ,  Channel,Moment-of-truth,Emotion: Maya,EMOTION :Tom,Reach,conversion rate,CSAT %,actions\r\n"
                                    + "Aware,Ad,Search,yes,1,-1,120000,2.5,80,Clicks\r\n")
        #expect(map.personas.map(\.name) == ["Maya", "Tom"])
        #expect(map.lanes == Lane.defaults)
        let touchpoint = try #require(map.stages.first?.touchpoints.first)
        #expect(touchpoint.name == "Ad")
        #expect(map.channel(id: touchpoint.channel)?.name == "Search")
        #expect(touchpoint.momentOfTruth)
        #expect(touchpoint.emotion["maya"] == 1 && touchpoint.emotion["tom"] == -1)
        #expect(touchpoint.metrics[.reach] == 120000 && touchpoint.metrics[.conversionRate] == 2.5 && touchpoint.metrics[.csat] == 80)
        #expect(touchpoint.text["actions"] == "Clicks")
    }

    @Test func aHeaderNearAKnownOneIsATextLaneWithAWarningThatNamesIt() throws {
        let header = "stage,touchpoint,Emotion Maya,Reeach,LTV,emotions: Tom,Notes,Emotion\r\n"
        let imported = try CSVImport.read(Array((header + "A,B,1,2,3,4,x,\r\n").utf8), file: "near.csv")
        #expect(imported.map.lanes.map(\.name).suffix(6) == ["Emotion Maya", "Reeach", "LTV", "emotions: Tom", "Notes", "Emotion"])
        #expect(imported.map.personas.isEmpty)
        #expect(imported.warnings.map(\.line) == [1, 1, 1, 1, 1])
        let expected = [("C", "Emotion Maya", "emotion: Maya"), ("D", "Reeach", "reach"), ("E", "LTV", "lifetime value"),
                        ("F", "emotions: Tom", "emotion: Tom"), ("H", "Emotion", "emotion: <persona name>")]
        for (warning, (letter, name, meant)) in zip(imported.warnings, expected) {
            #expect(warning.message.hasPrefix("column \(letter) \"\(name)\" is read as a text lane: did you mean \"\(meant)\"?"), "\(warning)")
        }
        #expect(try CSVImport.read(Array(CSVExport.export(SampleMap.make(), table: .touchpoints).utf8), file: "s.csv").warnings == [])
        let missing = CSVTests.failure("stage,touchpoints\r\nA,B\r\n")
        #expect(missing?.message == "no `touchpoint` column: did you mean column B \"touchpoints\"? Rename it to touchpoint")
    }

    /// The export writes a lane named "Reach" beside the metric "reach": the exact name keeps the metric.
    @Test func aLaneNamedLikeAKnownColumnRoundTripsAndTwoInexactOnesAreRefused() throws {
        var map = SampleMap.make()
        map.lanes.append(Lane(id: "r", kind: .text, name: "Reach"))
        map.stages[0].touchpoints[0].text["r"] = "wide"
        let back = try CSVImport.read(Array(CSVExport.export(map, table: .touchpoints).utf8), file: "r.csv")
        #expect(CSVTests.fieldsByName(back.map) == CSVTests.fieldsByName(map))
        #expect(back.warnings.map(\.message) == ["column H \"Reach\" is read as a text lane, as column K \"reach\" holds reach"])
        #expect(CSVTests.failure("stage,touchpoint,Reach,REACH\r\nA,B,1,2\r\n")?.message
            == "column C \"Reach\" and column D \"REACH\" are both read as reach; rename or delete one")
    }
}
