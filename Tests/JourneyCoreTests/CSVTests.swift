import Foundation
import Testing
@testable import JourneyCore

@Suite struct CSVTests {
    @Test func sampleGoldens() {
        ExportGolden.check(CSVExport.export(SampleMap.make(), table: .touchpoints), file: "sample.touchpoints.csv")
        ExportGolden.check(CSVExport.export(SampleMap.make(), table: .items), file: "sample.items.csv")
    }

    @Test func numbersArePlain() {
        #expect([1e-05, -0.0, 1e12, 12.6, -1.5, 1.5e-7, 430000].map(PlainNumber.text)
            == ["0.00001", "0", "1000000000000", "12.6", "-1.5", "0.00000015", "430000"])
    }

    @Test func writerQuotesAndReaderCountsLines() throws {
        let text = CSVWriter.table([["a", "b,c"], ["say \"hi\"", "two\r\nlines"], ["x", "y"]])
        #expect(text == "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,y\r\n")
        let records = try CSVReader.records(text, file: "t.csv")
        #expect(records.map(\.fields) == [["a", "b,c"], ["say \"hi\"", "two\r\nlines"], ["x", "y"]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    static func fieldsByName(_ map: JourneyMap) -> [[String]] {
        map.stages.flatMap { stage in
            stage.touchpoints.map { touchpoint in
                [stage.name, touchpoint.name, map.channel(id: touchpoint.channel)?.name ?? "", "\(touchpoint.momentOfTruth)"]
                    + map.lanes.filter(\.kind.holdsText).map { "\($0.name)=\(touchpoint.text[$0.id] ?? "")" }
                    + map.personas.map { "\($0.name)=\(touchpoint.emotion[$0.id].map { "\($0)" } ?? "")" }
                    + touchpoint.metrics.figures.map { "\($0.metric)=\($0.value)" }
            }
        }
    }

    static func hostileMap() -> JourneyMap {
        var map = MermaidJourneyTests.hostileMap()
        map.channels = [Channel(id: "c", name: "=HYPERLINK(\"x\")", kind: .online), Channel(id: "s", name: "Store", kind: .offline)]
        map.lanes.append(Lane(id: "n", kind: .text, name: "-notes, \"quoted\""))
        for (index, stage) in map.stages.enumerated() {
            for t in stage.touchpoints.indices {
                map.stages[index].touchpoints[t].channel = t == 0 ? "c" : "s"
                map.stages[index].touchpoints[t].momentOfTruth = t == 0
                map.stages[index].touchpoints[t].text = ["actions": "+1 @x\r\nnext", "n": "'quoted", "owner": "-",
                                                         "thoughts": "a bell\u{7} and an escape\u{1B}[31m, kept as data"]
                map.stages[index].touchpoints[t].metrics[.conversionRate] = 0.00001
            }
        }
        return map
    }

    @Test func touchpointsRoundTripKeepsEveryField() throws {
        for map in [SampleMap.make(), Self.hostileMap()] {
            let back = try CSVImport.parse(Array(CSVExport.export(map, table: .touchpoints).utf8), file: "map.csv")
            #expect(Self.fieldsByName(back) == Self.fieldsByName(map))
            var used: [String] = []
            for name in Self.fieldsByName(map).map({ $0[2] }) where !used.contains(name) { used.append(name) }
            #expect(back.channels.map(\.name) == used)
            #expect(try MapStore.decode(try MapStore.encode(back), file: "m.json") == back)
        }
    }

    static func failure(_ text: String) -> ImportFailure? {
        do {
            _ = try CSVImport.parse(Array(text.utf8), file: "bad.csv")
            return nil
        } catch {
            return error
        }
    }

    @Test func badImportsSayWhere() {
        let header = "stage,touchpoint,emotion: Maya\r\n"
        #expect(Self.failure(header + "A,\"two\nlines\",1\r\nA,B,x\r\n")?.line == 4)
        #expect(Self.failure(header + "A,B,7\r\n")?.line == 2)
        #expect(Self.failure(header + "A,B,-3\r\n")?.message.contains("emotion: Maya") == true)
        #expect(Self.failure(header + "A,B\r\n")?.line == 2)
        #expect(Self.failure(header + "A,\"open\r\n")?.line == 2)
        #expect(Self.failure("stage,touchpoint,stage\r\n")?.message.contains("two columns") == true)
        #expect(Self.failure("touchpoint,x\r\n")?.message.contains("stage") == true)
        #expect(Self.failure(CSVExport.export(SampleMap.make(), table: .items))?.message.contains("items table") == true)
        #expect(Self.failure(header + "A,B\u{0},1\r\n")?.line == 2)
        #expect((try? CSVImport.parse(Array(header.utf8) + [0xFF], file: "b.csv")) == nil)
        #expect(Self.failure("")?.line == nil)
    }

    @Test func pythonCSVReadsBothTables() throws {
        let map = SampleMap.make()
        let touchpoints = try ExternalCheck.run("python3", "csv_check.py", on: CSVExport.export(map, table: .touchpoints), extension: "csv",
                                                arguments: ["\(map.touchpointCount)", "stage=Awareness@1", "touchpoint=Search ad@1",
                                                            "emotion: Tom=0.5@1", "reach=120000@1", "moment of truth=yes@5"])
        #expect(touchpoints.status == 0, "\(touchpoints.stderr)")
        let itemCount = map.stages.flatMap(\.touchpoints).reduce(0) { $0 + $1.painPoints.count + $1.opportunities.count + $1.quotes.count }
        let items = try ExternalCheck.run("python3", "csv_check.py", on: CSVExport.export(map, table: .items), extension: "csv",
                                          arguments: ["\(itemCount)", "kind=pain point@1", "priority=10@1", "touchpoint owner=Growth marketing@1",
                                                      "status=idea@2", "owner=Social and content@2", "addresses=pp-generic-ad@2"])
        #expect(items.status == 0, "\(items.stderr)")
        let hostile = Self.hostileMap()
        let odd = try ExternalCheck.run("python3", "csv_check.py", on: CSVExport.export(hostile, table: .touchpoints), extension: "csv",
                                        arguments: ["\(hostile.touchpointCount)", "touchpoint=two\nlines@11", "channel='=HYPERLINK(\"x\")@1"])
        #expect(odd.status == 0, "\(odd.stderr)")
        let broken = try ExternalCheck.run("python3", "csv_check.py", on: "a,b\r\n1,2,3\r\n", extension: "csv", arguments: ["1"])
        #expect(broken.status != 0, "the checker accepted a short header")
    }
}
