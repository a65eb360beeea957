import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Linked journeys in the editor: `:link` and `:unlink` (undoable), `Ctrl-]`
/// opening the linked map and `Ctrl-O` (or `q`) coming back where the cursor
/// was; a future-state map's `:futureof`, `:removes` and the compare view.
@Suite final class FollowingLinksTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "journey-links-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/detail", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func keys(_ text: String) -> [HeadlessTerminal.Input] { (try? KeyNotation.parse(text)) ?? [] }
    func file(_ name: String) -> String { folder + "/" + name }

    /// The sample, its Checkout linked to `link`, saved as high.json; the detailed map saved beside it. Each
    /// call in a folder of its own: a session that ends with unsaved edits leaves a journal for the next.
    func highAndDetail(link: String = "detail/checkout.json", detailLink: String? = nil) throws -> String {
        let folder = self.folder + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/detail", withIntermediateDirectories: true)
        func file(_ name: String) -> String { folder + "/" + name }
        var high = SampleMap.make()
        high.stages[3].touchpoints[0].link = link
        #expect(MapStore.save(high, to: file("high.json")).isSaved)
        var detail = BlankMap.make(title: "Checkout in detail")
        detail.stages[0].touchpoints = [Touchpoint(id: "tp-basket", name: "Basket")]
        detail.stages[0].touchpoints[0].link = detailLink
        #expect(MapStore.save(detail, to: file("detail/checkout.json")).isSaved)
        return file("high.json")
    }

    static let toCheckout = "'Checkout<enter>"

    @Test func linkingAndUnlinkingAreEachOneUndoableStep() {
        let linked = Session(keys(Self.toCheckout + ":link detail/checkout.json<enter>"))
        #expect(linked.map.stages[3].touchpoints[0].link == "detail/checkout.json")
        #expect(linked.view.message?.text.contains("Ctrl-] opens it") == true)
        #expect(linked.screen.contains("Opens ↗ detail/checkout.json"), "the detail pane names the link")
        let undone = Session(keys(Self.toCheckout + ":link detail/checkout.json<enter>u"))
        #expect(undone.map == SampleMap.make())
        let unlinked = Session(keys(Self.toCheckout + ":link a.json<enter>:unlink<enter>"))
        #expect(unlinked.map.stages[3].touchpoints[0].link == nil)
        let back = Session(keys(Self.toCheckout + ":link a.json<enter>:unlink<enter>u"))
        #expect(back.map.stages[3].touchpoints[0].link == "a.json")
        let refused = Session(keys(Self.toCheckout + ":link <enter>"))
        #expect(refused.map == SampleMap.make())
    }

    @Test func theGridMarksALinkedTouchpointEvenWhenNarrow() throws {
        var map = SampleMap.make()
        map.stages[0].touchpoints[0].link = "detail/search.json"
        for (width, height) in [(80, 24), (40, 12)] {
            let session = Session([], width: width, height: height, map: map)
            let header = try #require(session.grid.rows(containing: map.stages[0].touchpoints[0].name.prefix(4).description).first)
            #expect(session.grid.row(header).contains("↗"), "\(width)x\(height): \(session.grid.row(header))")
        }
    }

    @Test func ctrlBracketOpensTheLinkedMapAndCtrlOComesBackWhereTheCursorWas() throws {
        let high = try highAndDetail()
        let there = Session(keys(Self.toCheckout + "<c-]>"), path: high)
        #expect(there.screen.contains("Checkout in detail"), "the linked map is on screen")
        #expect(there.grid.statusText.contains("linked from"))
        #expect(there.map.title == SampleMap.make().title, "input ended there: the session reports the map it started with")

        let back = Session(keys(Self.toCheckout + "jj<c-]><c-o>"), path: high)
        #expect(back.view.message?.text == "back from " + high.dropLast("high.json".count) + "detail/checkout.json")
        #expect(back.view.gridPlace == Session(keys(Self.toCheckout + "jj"), path: high).view.gridPlace, "the cursor where it was")
        #expect(back.screen.contains("Purchase › Checkout"))
        #expect(back.screen.contains(SampleMap.make().title))

        let quit = Session(keys(Self.toCheckout + "<c-]>q"), path: high)
        #expect(quit.view.message?.text.hasPrefix("back from") == true, "q on a linked map comes back too")
        #expect(!quit.editor.isFinished)
    }

    /// A linked map opens as `journey edit` opens it: its shared personas as the workspace library has them.
    @Test func theLinkedMapTakesItsSharedPersonasFromTheWorkspaceLibrary() throws {
        let high = try highAndDetail()
        let folder = String(high.dropLast("high.json".count))
        var detail = try MapStore.load(path: folder + "detail/checkout.json")
        var maya = SampleMap.make().personas[0]
        maya.preferredChannels = []
        maya.shared = true
        detail.personas = [maya]
        #expect(MapStore.save(detail, to: folder + "detail/checkout.json").isSaved)
        var library = WorkspaceLibrary()
        maya.name = "Maya Rossi"
        library.put(maya)
        #expect(LibraryFile.save(library, to: folder + WorkspaceLibrary.fileName) == nil)
        let there = Session(keys(Self.toCheckout + "<c-]>:w<enter>"), path: high)
        #expect(there.screen.contains("Checkout in detail"))
        #expect(try MapStore.load(path: folder + "detail/checkout.json").personas[0].name == "Maya Rossi")
    }

    @Test func unsavedChangesAreNeverLostOnEitherSide() throws {
        let high = try highAndDetail()
        // The map left keeps its unsaved edits (and its lock and journal) while the linked one is open.
        let kept = Session(keys(":title Draft<enter>" + Self.toCheckout + "<c-]><c-o>"), path: high)
        #expect(kept.map.title == "Draft")
        #expect(kept.editor.document.isModified)

        // Leaving a changed linked map asks, as quitting does; y saves it.
        let asked = Session(keys(Self.toCheckout + "<c-]>:title Basket detail<enter><c-o>"), path: try highAndDetail())
        #expect(asked.grid.statusText.contains("y save and go back"), "\(asked.grid.statusText)")
        let saving = try highAndDetail()
        let saved = Session(keys(Self.toCheckout + "<c-]>:title Basket detail<enter><c-o>y"), path: saving)
        #expect(saved.view.message?.text.hasPrefix("back from") == true)
        #expect(try MapStore.load(path: saving.dropLast("high.json".count) + "detail/checkout.json").title == "Basket detail")
    }

    @Test func aLinkThatCannotBeFollowedSaysWhyAndChangesNothing() throws {
        let missing = Session(keys(Self.toCheckout + "<c-]>"), path: try highAndDetail(link: "detail/missing.json"))
        #expect(missing.view.message?.text.contains("missing.json") == true, "\(missing.view.message?.text ?? "")")
        #expect(missing.screen.contains(SampleMap.make().title))

        let itself = Session(keys(Self.toCheckout + "<c-]>"), path: try highAndDetail(link: "high.json"))
        #expect(itself.view.message?.text == "high.json is this map itself: nothing to open")

        let noLink = Session(keys("<c-]>"), path: try highAndDetail())
        #expect(noLink.view.message?.text.contains("links to no map") == true)
        let nothingBack = Session(keys("<c-o>"), path: try highAndDetail())
        #expect(nothingBack.view.message?.text.contains("nothing to go back to") == true)
    }

    @Test func aCycleOfLinksDoesNotLoop() throws {
        let high = try highAndDetail(detailLink: "../high.json")
        let cycle = Session(keys(Self.toCheckout + "<c-]><c-]>"), path: high)
        #expect(cycle.grid.statusText.contains("open already, 1 map back"), "\(cycle.grid.statusText)")
        #expect(cycle.screen.contains("Checkout in detail"), "still on the linked map")
    }

    /// The sample as a future state of cur.json: Checkout's first opportunity removing its first pain point.
    func currentAndFuture() throws -> String {
        let folder = self.folder + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        func file(_ name: String) -> String { folder + "/" + name }
        #expect(MapStore.save(SampleMap.make(), to: file("cur.json")).isSaved)
        var future = SampleMap.make()
        future.title = "Stride 2027"
        future.futureOf = "cur.json"
        future.stages[0].touchpoints.remove(at: 1)
        #expect(MapStore.save(future, to: file("fut.json")).isSaved)
        return file("fut.json")
    }

    @Test func futureOfIsOneUndoableStep() {
        let set = Session(keys(":futureof cur.json<enter>"))
        #expect(set.map.futureOf == "cur.json")
        let undone = Session(keys(":futureof cur.json<enter>u"))
        #expect(undone.map.futureOf == nil)
        let cleared = Session(keys(":futureof cur.json<enter>:futureof<enter>"))
        #expect(cleared.map.futureOf == nil)
    }

    @Test func removesTogglesACurrentPainPointOnTheOpportunityByItsText() throws {
        let future = try currentAndFuture()
        let pain = SampleMap.make().stages[3].touchpoints[0].painPoints[0]
        let opportunities = "'Checkout<enter>" + String(repeating: "j", count: 4) + "<enter>"
        let removed = Session(keys(opportunities + ":removes \(pain.text)<enter>"), path: future)
        #expect(removed.map.stages[3].touchpoints[0].opportunities[0].removes == [pain.id], "\(removed.grid.statusText)")
        let undone = Session(keys(opportunities + ":removes \(pain.text)<enter><esc>u"), path: try currentAndFuture())
        #expect(undone.map.stages[3].touchpoints[0].opportunities[0].removes.isEmpty)
        let unknown = Session(keys(opportunities + ":removes no such pain<enter>"), path: try currentAndFuture())
        #expect(unknown.grid.statusText.contains("has no pain point"))
    }

    @Test func theCompareViewShowsBothMapsStageByStage() throws {
        let future = try currentAndFuture()
        let session = Session(keys("vf"), path: future)
        let grid = session.grid
        #expect(session.editor.modeName.lowercased().contains("compare"), "\(session.editor.modeName)")
        #expect(grid.row(1).hasPrefix("Current cur.json: " + SampleMap.make().title))
        #expect(grid.row(2) == "Future  Stride 2027")
        #expect(grid.row(4).hasPrefix("── Emotion now and future, ▁ -2 … █ +2 ─"))
        let persona = SampleMap.make().personas[0].name
        let now = try #require(grid.rows(containing: persona).first { $0 > 4 }, "below the title's legend")
        #expect(grid.row(now).hasPrefix(persona) && grid.row(now).contains(" now "))
        #expect(grid.row(now - 1).hasPrefix(String(repeating: " ", count: 16) + "Awareness "))
        #expect(grid.row(now + 1).hasPrefix("  future"))
        let scrolled = Session(keys("vf" + String(repeating: "j", count: 12)), path: try currentAndFuture())
        #expect(scrolled.screen.contains("− " + SampleMap.make().stages[0].touchpoints[1].name))

        let plain = Session(keys("vf"))
        #expect(plain.screen.contains("This map is the future state of no map."))
    }
}

/// `:removes` completes from the current state's pain points once it is read.
struct RemovesCompletionTests {
    @Test func tabOffersTheCurrentStatesPainPoints() {
        var future = SampleMap.make()
        future.futureOf = "cur.json"
        var current = SampleMap.make()
        current.stages[3].touchpoints[0].painPoints[0].text = "Surprise shipping fee"
        var editor = Editor(document: Document(map: future, path: nil, isSaved: true), displayName: "fut.json", width: 120, height: 40)
        _ = editor.update(.linked(.currentState(link: "cur.json", .success(current))))
        _ = editor.update(.key(.character(":")))
        "removes Surp".forEach { _ = editor.update(.key(.character($0))) }
        _ = editor.update(.key(.tab))
        #expect(editor.view.prompt?.editor.text == "removes Surprise shipping fee")
    }
}
