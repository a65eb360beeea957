import Testing
@testable import JourneyCore

/// The touchpoints CSV as spreadsheets hand it back: headers retyped in
/// another case or spacing, `;` and tab separators with decimal commas,
/// trailing empty columns and rows.
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

    /// Excel and LibreOffice in European locales write `;` and decimal commas; "Unicode text" is tab-separated.
    @Test(arguments: [false, true])
    func semicolonAndTabSeparatedSheetsImport(bom: Bool) throws {
        let semicolons = try Self.imported("stage;touchpoint;emotion: Maya;conversion rate (%);Notes;;\r\n"
                                           + "Aware;Ad;0,5;2,8;a, b;;\r\n;;;;;;\r\n;;;;;;\r\n", bom: bom)
        #expect(CSVTests.fieldsByName(semicolons) == [["Aware", "Ad", "", "false", "Actions=", "Thoughts=", "Owner=", "Notes=a, b",
                                                       "Maya=0.5", "conversionRate=2.8"]])
        let tabs = try Self.imported("stage\ttouchpoint\temotion: Maya\treach\nAware\tAd\t1,5\t300\n", bom: bom)
        #expect(CSVTests.fieldsByName(tabs) == [["Aware", "Ad", "", "false", "Actions=", "Thoughts=", "Owner=", "Maya=1.5", "reach=300.0"]])
    }

    @Test func separatorsLeftAndRightOfTheTableAreReadAsSpreadsheetsMeanThem() throws {
        let announced = try Self.imported("sep=;\r\nstage;touchpoint;reach\r\nA;B;7\r\n")
        #expect(CSVTests.fieldsByName(announced) == [["A", "B", "", "false", "Actions=", "Thoughts=", "Owner=", "reach=7.0"]])
        let quoted = try Self.imported("stage,touchpoint,\"a;b;c\",\"d;e\"\r\nA,B,x,y\r\n")
        #expect(quoted.lanes.suffix(2).map(\.name) == ["a;b;c", "d;e"], "semicolons inside quotes separate nothing")
        #expect(CSVTests.failure("stage,touchpoint,reach\r\nA,B,\"1,5\"\r\n")?.line == 2, "no decimal comma where the comma separates")
        let stray = CSVTests.failure("stage;touchpoint;;\r\nA;B;;x\r\n")
        #expect(stray?.message == "this row has 4 fields and the header names 2 columns; quote a field that holds a semicolon, "
                + "or name column D in the header")
        #expect(CSVTests.failure("stage;touchpoint;reach\r\nA;B\r\n")?.line == 2)
        let below = try Self.imported("\r\n;;\r\nstage;touchpoint;reach\r\nA;B;7\r\n")
        #expect(below.stages.first?.touchpoints.first?.metrics[.reach] == 7, "blank rows above the header")
        #expect(CSVTests.failure(";;\r\n;;\r\n")?.message.contains("the file is empty") == true)
        #expect(CSVTests.failure("stage;touchpoint;conversion rate\r\nA;B;-0,5\r\n")?.message
            == "column C \"conversion rate\": conversion rate is a percentage from 0 to 100; got -0,5; correct the cell or empty it")
    }
}
