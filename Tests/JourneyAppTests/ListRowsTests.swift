@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// Every list moves by the same keys and rules (`ListRows`): down and up a row,
/// a page, the first and the last row, never out of range.
@Suite struct ListRowsTests {
    static let lists: [(MapScreen, ListRows)] = [
        (.overview, Commands.overviewList), (.personas, Commands.personaCardList), (.insights, Commands.insightsList),
        (.metrics, Commands.metricsList), (.channels, Commands.channelsList),
    ]

    func editor(showing screen: MapScreen, height: Int = 24) -> Editor {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                            width: 100, height: height)
        editor.show(screen)
        return editor
    }

    @Test(arguments: lists.indices)
    func everyListMovesByTheSameRules(index: Int) {
        let (screen, list) = Self.lists[index]
        var e = editor(showing: screen, height: 14)
        let count = list.count(e)
        #expect(count > 2, "\(screen.rawValue): the sample has rows to move through")
        e.move(in: list, .last)
        #expect(list.selected(e) == count - 1, "\(screen.rawValue): last")
        e.move(in: list, .down)
        #expect(list.selected(e) == count - 1, "\(screen.rawValue): down from the last row stays there")
        e.move(in: list, .first)
        #expect(list.selected(e) == 0, "\(screen.rawValue): first")
        e.move(in: list, .up)
        #expect(list.selected(e) == 0, "\(screen.rawValue): up from the first row stays there")
        e.move(in: list, .down)
        #expect(list.selected(e) == 1, "\(screen.rawValue): down a row")
        if list.paged != nil {
            e.move(in: list, .pageDown)
            let paged = list.selected(e)
            #expect(paged > 1 && paged <= count - 1, "\(screen.rawValue): a page down moves on, within the list")
            e.move(in: list, .pageUp)
            #expect(list.selected(e) < paged, "\(screen.rawValue): a page up comes back")
        }
    }

    @Test func theChannelsViewTakesTheListKeysItLacked() {
        var e = editor(showing: .channels)
        let count = Commands.channelsList.count(e)
        _ = e.update(.key(.end))
        #expect(Commands.channelsList.selected(e) == count - 1)
        #expect(e.view.screens.channels.row == .noChannel || e.channelRows.last == e.view.screens.channels.row)
        _ = e.update(.key(.character("g")))
        #expect(e.view.screens.channels.row == e.channelRows.first)
    }

    @Test func theItemsOfACellGoFirstAndLast() throws {
        var e = editor(showing: .grid, height: 30)
        let touchpoint = try #require(e.map.stages.flatMap(\.touchpoints).first { $0.painPoints.count > 1 })
        e.goTo(touchpoint.name)
        for key in "g" + CaptureTests.toPainPoints { _ = e.update(.key(.character(key))) }
        _ = e.update(.key(.enter))
        let items = e.itemList.flatMap { e.items($0) } ?? []
        #expect(items.count > 1, "the sample's first touchpoint has pain points")
        _ = e.update(.key(.character("G")))
        #expect(e.itemList?.selected == items.last?.id)
        _ = e.update(.key(.character("g")))
        #expect(e.itemList?.selected == items.first?.id)
    }
}
