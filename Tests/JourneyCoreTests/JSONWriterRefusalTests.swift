import Foundation
import Testing
@testable import JourneyCore
@testable import JourneyJSON

/// The writer never writes a number JSON cannot hold, whoever asks.
@Suite struct JSONWriterRefusalTests {
    @Test(arguments: [Double.nan, .infinity, -.infinity, .signalingNaN])
    func aNonFiniteNumberIsRefused(value: Double) {
        #expect(throws: JSONWriter.Refusal.self) { try JSONWriter.write(.double(value)) }
        #expect(throws: JSONWriter.Refusal.self) { try JSONWriter.compact(.object(["a": .array([.double(value)])])) }
    }

    @Test func theRefusalNamesTheValue() {
        #expect(throws: JSONWriter.Refusal(lexeme: "nan")) { try JSONWriter.write(.object(["x": .double(.nan)])) }
        #expect(throws: JSONWriter.Refusal(lexeme: "-inf")) { try JSONWriter.compact(.double(-.infinity)) }
        #expect(JSONWriter.Refusal(lexeme: "inf").description == "cannot write the number inf: JSON holds finite numbers only")
    }

    @Test(arguments: ["", "01", "0x10", "1.", ".5", "+1", "1e", "--1", "1 ", "Infinity"])
    func aLexemeThatIsNotAJSONNumberIsRefused(lexeme: String) {
        #expect(throws: JSONWriter.Refusal(lexeme: lexeme)) { try JSONWriter.write(.number(lexeme)) }
    }

    @Test(arguments: ["0", "-0", "12.50", "1e400", "-1E-7", "1000000000000"])
    func everyJSONNumberIsWrittenAsItWasRead(lexeme: String) throws {
        #expect(try JSONWriter.compact(.number(lexeme)) == Array(lexeme.utf8))
    }

    static func mapWithSpend(_ value: Double) -> JourneyMap {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].metrics[.averageSpend] = value
        return map
    }

    @Test func aMapHoldingInfinityIsNotSavedAndTheFileStaysAsItWas() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let path = folder.write("map.json", "precious")
        #expect(throws: JSONWriter.Refusal(lexeme: "inf")) { try MapStore.encode(Self.mapWithSpend(.infinity)) }
        guard case .failed(let error) = MapStore.save(Self.mapWithSpend(.infinity), to: path) else {
            Issue.record("saved a map holding inf")
            return
        }
        #expect(error.description == "\(path): could not save (cannot write the number inf: JSON holds finite numbers only); the file on disk is unchanged.")
        #expect(FileManager.default.contents(atPath: path) == Data("precious".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["map.json"])
    }
}
