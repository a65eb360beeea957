import JourneyTestSupport
import Testing
@testable import JourneyCore

/// The touchpoints CSV as spreadsheets hand it back: a map's own emotion
/// scale, headers retyped in another case or spacing, `;` and tab separators
/// with decimal commas, trailing empty columns and rows. An export re-saved
/// by Python's csv module as such a spreadsheet would is checked in
/// JourneyEndToEndTests (ExportConsumerTests).
@Suite struct CSVSpreadsheetTests {
    static func mapOnOneToFive(scores: [Double]) -> JourneyMap { ExportMaps.onOneToFive(scores: scores) }

    static func imported(_ text: String, bom: Bool = false) throws -> JourneyMap {
        try CSVImport.parse((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8), file: "sheet.csv")
    }

    /// Scores of 1 and 2 only once came back as +1 and +2 on −2…2; a 5 was refused.
    @Test(arguments: [[1, 2, 2, 1], [1, 5, 3.5, 2]])
    func aMapOnOneToFiveRoundTripsWithItsScores(scores: [Double]) throws {
        let map = Self.mapOnOneToFive(scores: scores)
        let text = CSVExport.export(map, table: .touchpoints)
        #expect(text.hasPrefix("stage,touchpoint,channel,moment of truth,Actions,Thoughts,Owner,emotion: Maya (1..5),emotion: Tom (1..5),"))
        let back = try Self.imported(text)
        #expect(back.emotionScale == map.emotionScale)
        #expect(CSVTests.fieldsByName(back) == CSVTests.fieldsByName(map))
    }

    @Test func aScaleReadsHoweverItIsWrittenAndOtherBracketsArePartOfTheName() throws {
        for written in ["(1..5)", "(1…5)", "(1 to 5)", "(1-5)", "( 1 .. 5 )", "(+1..5)"] {
            #expect(try Self.imported("stage,touchpoint,emotion: Maya \(written)\r\nA,B,5\r\n").emotionScale == EmotionScale(min: 1, max: 5),
                    "\(written)")
        }
        #expect(try Self.imported("stage,touchpoint,emotion: Maya (-3-3)\r\nA,B,-3\r\n").emotionScale == EmotionScale(min: -3, max: 3))
        let bracketed = try Self.imported("stage,touchpoint,emotion: Maya (mobile),emotion: Tom (2)\r\nA,B,1,2\r\n")
        #expect(bracketed.personas.map(\.name) == ["Maya (mobile)", "Tom (2)"])
        #expect(bracketed.emotionScale == EmotionScale())
    }

    @Test func aPersonaNamedLikeAScaleKeepsItsName() throws {
        var map = Self.mapOnOneToFive(scores: [1, 2])
        map.personas[0].name = "Team (1..5)"
        map.emotionScale = EmotionScale()
        let back = try Self.imported(CSVExport.export(map, table: .touchpoints))
        #expect(back.personas.map(\.name) == ["Team (1..5)", "Tom"])
        #expect(back.emotionScale == EmotionScale())
        #expect(CSVTests.fieldsByName(back) == CSVTests.fieldsByName(map))
    }

    @Test func aHeaderWithoutAScaleIsOnMinusTwoToTwoAndAColumnWithoutOneTakesTheOthers() throws {
        #expect(try Self.imported("stage,touchpoint,emotion: Maya\r\nA,B,-2\r\n").emotionScale == EmotionScale())
        let mixed = try Self.imported("stage,touchpoint,emotion: Maya (0..10),emotion: Tom\r\nA,B,9,10\r\n")
        #expect(mixed.emotionScale == EmotionScale(min: 0, max: 10))
        #expect(CSVTests.fieldsByName(mixed).first?.suffix(2) == ["Maya=9.0", "Tom=10.0"])
    }

    @Test func aScoreOffTheScaleIsRefusedSayingWhereWhatAndWhatToDo() {
        let named = CSVTests.failure("stage,touchpoint,emotion: Maya (1..5)\r\nA,B,0\r\n")
        #expect(named?.line == 2)
        #expect(named?.message.contains("column C \"emotion: Maya (1..5)\"") == true, "\(String(describing: named))")
        #expect(named?.message.contains("1 to 5") == true, "\(String(describing: named))")
        let unnamed = CSVTests.failure("stage,touchpoint,emotion: Maya\r\nA,B,3\r\n")
        #expect(unnamed?.line == 2)
        #expect(unnamed?.message.contains("-2..2") == true, "\(String(describing: unnamed))")
        #expect(unnamed?.message.contains("\"emotion: Maya (1..5)\"") == true, "\(String(describing: unnamed))")
        for header in ["emotion: Maya (5..1)", "emotion: Maya (1..500)", "emotion: Maya (1.5..5)"] {
            let failure = CSVTests.failure("stage,touchpoint,\(header)\r\nA,B,3\r\n")
            #expect(failure?.line == 1, "\(header)")
            #expect(failure?.message.contains(header) == true, "\(String(describing: failure))")
        }
        let disagreeing = CSVTests.failure("stage,touchpoint,emotion: Maya (1..5),emotion: Tom (-2..2)\r\nA,B,3,1\r\n")
        #expect(disagreeing?.line == 1)
        #expect(disagreeing?.message.contains("one emotion scale") == true, "\(String(describing: disagreeing))")
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

    @Test(arguments: ["nan", "inf", "1e400", "-5", "1e13", "0x10", "1.234,5", "12 000", "lots"])
    func aBadFigureIsRefusedSayingWhereWhatAndWhatToDo(cell: String) {
        for separator in [";", "\t"] {
            let failure = CSVTests.failure(["stage", "touchpoint", "reach", "emotion: Maya (1..5)"].joined(separator: separator) + "\r\n"
                                           + ["A", "B", cell, "3"].joined(separator: separator) + "\r\n")
            #expect(failure?.line == 2)
            #expect(failure?.message.hasPrefix("column C \"reach\": reach is a whole number from 0 to 1000000000000; got ") == true,
                    "\(String(describing: failure))")
            let score = CSVTests.failure(["stage", "touchpoint", "reach", "emotion: Maya (1..5)"].joined(separator: separator) + "\r\n"
                                         + ["A", "B", "", cell].joined(separator: separator) + "\r\n")
            #expect(score?.line == 2)
            #expect(score?.message.hasPrefix("column D \"emotion: Maya (1..5)\": the score ") == true, "\(String(describing: score))")
        }
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
