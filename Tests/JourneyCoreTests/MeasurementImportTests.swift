@testable import JourneyCore
import JourneyTestSupport
import Testing

/// `journey measure`: an analytics export's rows as dated measurements.
@Suite struct MeasurementImportTests {
    let sample = SampleMap.make()

    func read(_ text: String, columns: [MeasurementImport.Column: String] = [:]) throws(ImportFailure) -> MeasurementImport {
        try MeasurementImport(text, file: "kpis.csv", map: sample, columns: columns)
    }

    func failure(_ text: String, columns: [MeasurementImport.Column: String] = [:]) -> String {
        thrownText { () throws(ImportFailure) in _ = try read(text, columns: columns) }
    }

    var checkout: (stage: Int, index: Int) {
        let s = sample.stages.firstIndex { $0.touchpoints.contains { $0.name == "Checkout" } }!
        return (s, sample.stages[s].touchpoints.firstIndex { $0.name == "Checkout" }!)
    }

    @Test func rowsAreRecordedByTouchpointOrStageNameInAnyCase() throws {
        let text = "Date,Stage,Touchpoint,Metric,Value\n2031-01-01,,checkout,conversion,62%\n2031-01-02,awareness,,reach,1200\n"
        let (map, new, changed, same) = try read(text).recorded(in: sample)
        #expect((new, changed, same) == (2, 0, 0))
        let metrics = map.stages[checkout.stage].touchpoints[checkout.index].metrics
        #expect(metrics.history[.conversionRate]?.last == Measurement(day: "2031-01-01", value: 62))
        #expect(metrics[.conversionRate] == 62, "the latest measurement is the current value")
        #expect(map.stages[0].metrics.history[.reach] == [Measurement(day: "2031-01-02", value: 1200)])
    }

    @Test func theSameRowsAgainChangeNothing() throws {
        let first = "date,touchpoint,metric,value\n2031-01-01,Checkout,conversion,62\n2031-01-08,Checkout,conversion,64\n"
        let overlapping = "date,touchpoint,metric,value\n2031-01-08,Checkout,conversion,64\n2031-01-15,Checkout,conversion,66\n"
        let once = try read(first).recorded(in: sample).map
        let again = try MeasurementImport(first, file: "kpis.csv", map: once).recorded(in: once)
        #expect(again.map == once && (again.new, again.changed, again.same) == (0, 0, 2))
        let both = try MeasurementImport(overlapping, file: "more.csv", map: once).recorded(in: once)
        #expect((both.new, both.same) == (1, 1))
        let series = both.map.stages[checkout.stage].touchpoints[checkout.index].metrics.history[.conversionRate] ?? []
        #expect(series.filter { $0.day.hasPrefix("2031") }.map(\.value) == [62, 64, 66], "each measurement once")
        let changed = try MeasurementImport("date,touchpoint,metric,value\n2031-01-08,Checkout,conversion,63\n", file: "fix.csv",
                                            map: once).recorded(in: once)
        #expect(changed.changed == 1 && changed.map.stages[checkout.stage].touchpoints[checkout.index].metrics[.conversionRate] == 63)
    }

    @Test func aSpreadsheetsExportIsRead() throws {
        // A BOM, a comment, an Excel sep= line, semicolons, a decimal comma, a blank row.
        let text = "\u{FEFF}sep=;\n# Analytics export, June\nDay;Step;KPI;Figure\n\n2031-06-01;Checkout;csat;81,5\n"
        let rows = try read(text).rows
        #expect(rows.map(\.value) == [81.5] && rows.map(\.metric) == [.csat])
    }

    @Test func columnsWithOtherHeadersAreNamedByTheUser() throws {
        let text = "When,Page,Indicator,Amount\n2031-06-01,Checkout,nps,12\n"
        #expect(failure(text).hasPrefix("kpis.csv:1: no column for the date, metric, value, stage or touchpoint; "))
        let rows = try read(text, columns: [.date: "when", .touchpoint: "PAGE", .metric: "Indicator", .value: "amount"]).rows
        #expect(rows.count == 1 && rows[0].metric == .nps && rows[0].value == 12)
        #expect(failure(text, columns: [.date: "Timestamp"])
            == #"kpis.csv:1: no column "Timestamp" for the date; the header has "When", "Page", "Indicator", "Amount""#)
    }

    @Test(arguments: [
        ("2031-02-30,Checkout,conversion,5", "kpis.csv:2: the date \"2031-02-30\" is not a day as YYYY-MM-DD"),
        ("01/06/2031,Checkout,conversion,5", "kpis.csv:2: the date \"01/06/2031\" is not a day as YYYY-MM-DD"),
        (",Checkout,conversion,5", "kpis.csv:2: no date; every row needs one, as YYYY-MM-DD"),
        ("2031-06-01,Checkout,bounce,5", "kpis.csv:2: no metric \"bounce\"; the metrics are "),
        ("2031-06-01,Checkout,conversion,140", "kpis.csv:2: conversion rate is "),
        ("2031-06-01,Checkout,conversion,nan", "kpis.csv:2: conversion rate is "),
        ("2031-06-01,Checkout,reach,1e400", "kpis.csv:2: reach is "),
        ("2031-06-01,Checkout,reach,-5", "kpis.csv:2: reach is "),
        ("2031-06-01,Checkout,reach,", "kpis.csv:2: no value for reach"),
        ("2031-06-01,Nowhere,reach,5", "kpis.csv:2: no touchpoint \"Nowhere\" in the map"),
        ("2031-06-01,Purchase,reach,5", "kpis.csv:2: no touchpoint \"Purchase\" in the map; it is a stage: give it in a stage column"),
        ("2031-06-01,Checkout,reach,1,000", "kpis.csv:2: this row has 5 fields and the header names 4 columns; quote a field that holds a comma"),
    ])
    func aBadRowIsRefusedWithItsLineAndNothingIsRead(row: String, expected: String) {
        let said = failure("date,touchpoint,metric,value\n2031-06-01,Checkout,conversion,60\n".replacing("2031-06-01,Checkout,conversion,60", with: row))
        #expect(said.hasPrefix(expected), "\(said)")
    }

    @Test func daysAreReadAsAnalyticsToolsWriteThem() throws {
        let text = "date,touchpoint,metric,value\n20310601,Checkout,reach,1\n2031-06-02T10:15:00Z,Checkout,reach,2\n"
            + "2031-06-03 08:00,Checkout,reach,3\n"
        #expect(try read(text).rows.map(\.day) == ["2031-06-01", "2031-06-02", "2031-06-03"])
        #expect(failure("date,touchpoint,metric,value\n6/1/2031,Checkout,reach,1\n").hasPrefix("kpis.csv:2: the date \"6/1/2031\" is not a day"))
        #expect(failure("date,touchpoint,metric,value\n20310231,Checkout,reach,1\n").hasPrefix("kpis.csv:2: the date \"20310231\""))
    }

    @Test func aQuotedThousandIsOneFieldAndTrailingEmptyFieldsAreNothing() throws {
        let rows = try read("date,touchpoint,metric,value,,\n2031-06-01,Checkout,reach,\"1000\",,\n").rows
        #expect(rows.map(\.value) == [1000])
    }

    @Test func twoValuesForOneDayAreRefusedAndTheSameTwiceIsOne() throws {
        let clash = "date,touchpoint,metric,value\n2031-06-01,Checkout,conversion,60\n2031-06-01,checkout,conversion,61\n"
        #expect(failure(clash) == "kpis.csv:3: conversion rate of Checkout on 2031-06-01 is given on line 2 too, with another value; keep one")
        let twice = "date,touchpoint,metric,value\n2031-06-01,Checkout,conversion,60\n2031-06-01,checkout,conversion,60%\n"
        #expect(try read(twice).rows.count == 1)
    }

    @Test func aTouchpointNameTwoStagesShareNeedsItsStage() throws {
        var map = sample
        map.stages[0].touchpoints[0].name = "Checkout"
        let text = "date,touchpoint,metric,value\n2031-06-01,Checkout,reach,5\n"
        #expect(throws: ImportFailure(file: "kpis.csv", line: 2, "2 touchpoints are called \"Checkout\"; add a stage column, or name it by its id")) {
            try MeasurementImport(text, file: "kpis.csv", map: map)
        }
        let staged = "date,stage,touchpoint,metric,value\n2031-06-01,\(map.stages[0].name),Checkout,reach,5\n"
        let rows = try MeasurementImport(staged, file: "kpis.csv", map: map).rows
        #expect(rows.first?.stage == 0 && rows.first?.touchpoint == 0)
        let byID = "date,touchpoint,metric,value\n2031-06-01,\(map.stages[0].touchpoints[0].id),reach,5\n"
        #expect(try MeasurementImport(byID, file: "kpis.csv", map: map).rows.first?.stage == 0)
    }
}
