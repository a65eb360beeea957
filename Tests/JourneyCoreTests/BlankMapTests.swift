@testable import JourneyCore
import Testing

/// A blank map holds nothing unused: the practice's six stages and one persona
/// for the first emotion score; channels come as touchpoints need them.
@Suite struct BlankMapTests {
    @Test func aBlankMapHasNoChannelsToClearAway() {
        let map = BlankMap.make()
        #expect(map.channels.isEmpty)
        #expect(map.stages.map(\.name) == BlankMap.defaultStages.map(\.1))
        #expect(map.personas.map(\.name) == ["Customer"])
        #expect(MapCheck.run(map, rules: [.touchpointWithoutChannel, .emptyStage]).count == 6, "only its empty stages are told")
    }

    @Test func anImportStillKnowsACommonChannelIsOffline() throws {
        let csv = "stage,touchpoint,channel\nPurchase,Till,store\n"
        let map = try CSVImport.parse(Array(csv.utf8), file: "sheet.csv")
        #expect(map.channels.first?.kind == .offline)
    }
}
