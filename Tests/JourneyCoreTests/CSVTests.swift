import Foundation
import JourneyTestSupport
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

    static func fieldsByName(_ map: JourneyMap) -> [[String]] { ExportMaps.csvFields(map) }

    static func hostileMap() -> JourneyMap { ExportMaps.hostileToCSV() }

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
}
