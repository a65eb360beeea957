import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The insights view driven by keys: each edit lands on the item by id, is
/// one undoable step, and bad input keeps the line open with a message.
@Suite struct InsightsViewTests {
    let sample = SampleMap.make()
    /// Into the insights view; the first row is the top priority, "Shipping fee appears…" (a pain point),
    /// the second "Show shipping cost…" (an opportunity).
    let open: [HeadlessTerminal.Input] = [.key(.character("v")), .key(.character("i"))]
    let toOpportunity: [HeadlessTerminal.Input] = [.key(.down)]

    func typed(_ text: String) -> [HeadlessTerminal.Input] { text.map { .key(.character($0)) } }

    func item(_ map: JourneyMap, _ id: String) -> Item? { map.insights().first { $0.item.id == id }?.item }

    func session(_ input: [HeadlessTerminal.Input], width: Int = 120, height: Int = 40) -> Session {
        // A pause after each key, so keys typed one by one are never taken for a paste.
        Session((open + input).flatMap { [$0, .idle] }, width: width, height: height, map: sample)
    }

    @Test func opensOnTheRankedTable() {
        let s = session([])
        #expect(s.editor.modeName == "INSIGHTS")
        #expect(s.grid.selectedRow?.hasPrefix("▶  1 Shipping fee appears") == true)
        #expect(s.view.screenStatus == "row 1 of 22")
    }

    @Test func enterEditsTheTextAndUndoTakesItBack() {
        let s = session([.key(.enter), .key(.control("u"))] + typed("Shipping fee shows late") + [.key(.enter)])
        #expect(item(s.map, "pp-shipping-surprise")?.text == "Shipping fee shows late")
        let undone = session([.key(.enter), .key(.control("u"))] + typed("x") + [.key(.enter), .key(.character("u"))])
        #expect(undone.map == sample)
        // Empty text is refused and the line stays open.
        let empty = session([.key(.enter), .key(.control("u")), .key(.enter)])
        #expect(empty.view.prompt != nil && empty.grid.statusText.contains("needs text"))
        #expect(empty.map == sample)
    }

    @Test func ratingsAndVotes() {
        let s = session([.key(.character("I")), .key(.character("2")), .key(.character("E")), .key(.character("4")),
                         .key(.character("+")), .key(.character("+")), .key(.character("-"))])
        let rated = item(s.map, "pp-shipping-surprise")
        #expect(rated?.impact == 2 && rated?.effort == 4 && rated?.votes == 13)
        let cleared = session([.key(.character("I")), .key(.character("0"))])
        #expect(item(cleared.map, "pp-shipping-surprise")?.impact == nil)
        // The item moved down the ranking; the selection followed it by id.
        #expect(s.grid.selectedRow?.hasPrefix("▶ 22 Shipping fee appears") == true)
        #expect(s.grid.paneRows.first == " Shipping fee appears only at the final step")
        let undone = session([.key(.character("I")), .key(.character("2")), .key(.character("+")),
                              .key(.character("u")), .key(.character("u"))])
        #expect(undone.map == sample)
    }

    @Test func statusOwnerAndDueOfAnOpportunity() {
        let s = session(toOpportunity + [.key(.character("s")), .key(.character("4")),
                                         .key(.character("o")), .key(.control("u"))] + typed("Kim") + [.key(.enter),
                                         .key(.character("d")), .key(.control("u"))] + typed("2026-05-01") + [.key(.enter)])
        let planned = item(s.map, "op-shipping-upfront")
        #expect(planned?.status == .done && planned?.owner == "Kim" && planned?.due == "2026-05-01")
        let cleared = session(toOpportunity + [.key(.character("d")), .key(.control("u")), .key(.enter)])
        #expect(item(cleared.map, "op-shipping-upfront")?.due == nil)
        // A pain point has no plan: refused with a message.
        let pain = session([.key(.character("s"))])
        #expect(pain.map == sample && pain.grid.statusText.contains("is a pain point"))
    }

    @Test func hostileDueDaysAreRefusedAndTheLineStaysOpen() {
        for bad in ["nan", "1e400", "-5", "2026-02-30", "2026-2-3", "\u{1B}[31m2026-01-01", String(repeating: "9", count: 5000)] {
            let s = session(toOpportunity + [.key(.character("d")), .key(.control("u")), .paste(bad), .key(.enter)])
            #expect(s.map == sample, "\(bad.prefix(20)) is refused")
            #expect(s.view.prompt != nil, "the line stays open to fix")
            #expect(s.grid.statusText.contains("is not a day") && s.grid.statusText.contains("YYYY-MM-DD"))
            #expect(!s.screen.contains("\u{1B}"))
        }
    }

    @Test func hostileOwnerAndTextAreKeptAsDataAndShownEscaped() {
        let evil = "\u{1B}]0;pwned\u{07}\u{202E}Kim"
        let s = session(toOpportunity + [.key(.character("o")), .key(.control("u")), .paste(evil), .key(.enter)])
        #expect(item(s.map, "op-shipping-upfront")?.owner == evil)
        #expect(!s.screen.contains("\u{1B}") && !s.screen.contains("\u{202E}"))
        let plan = s.grid.paneRows.first { $0.hasPrefix(" Status ") }
        #expect(plan?.contains(" · owner ^[]0;pwned^G<202E>Kim · ") == true, "the plan row of the detail pane")
        let huge = String(repeating: "long ", count: 20_000)
        let big = session([.key(.enter), .key(.control("u")), .paste(huge), .key(.enter)])
        #expect(item(big.map, "pp-shipping-surprise")?.text == huge)
    }

    @Test func linkingAPainPointShowsOnBothAndUnlinksAgain() {
        // "Return label needs a printer" is addressed by the QR-code opportunity only; link the guest checkout to it too.
        let pick: [HeadlessTerminal.Input] = [.key(.character("L"))] + typed("return label") + [.key(.enter)]
        let filter: [HeadlessTerminal.Input] = [.key(.character("f"))] + typed("opportunities") + [.key(.enter)]
        let s = session(filter + [.key(.end)] + pick)
        #expect(s.grid.statusText.contains("addresses “Return label needs a printer”"))
        let guest = item(s.map, "op-delivery-window")
        #expect(guest?.addresses.contains("pp-print-label") == true, "\(String(describing: guest))")
        let addresses = s.grid.paneRows.first { $0.hasPrefix(" Addresses: “") }
        #expect(addresses?.contains("“Return label needs a printer”") == true, "the detail pane's addresses row")
        // Read the other way, from the pain point: both opportunities address it now.
        let links = ItemLinks(s.map)
        let pain = s.map.insights().first { $0.item.id == "pp-print-label" }!
        #expect(Set(links.linked(pain).map(\.item.id)) == ["op-qr-return", "op-delivery-window"])
        let again = session(filter + [.key(.end)] + pick + pick)
        #expect(again.map == sample)
    }

    @Test func sortFilterAndQuadrantKeys() {
        let s = session([.key(.character(">"))])
        #expect(s.grid.row(1).contains("sort: votes, highest first"))
        let reversed = session([.key(.character(">")), .key(.character("r"))])
        #expect(reversed.grid.row(1).contains("sort: votes, lowest first"))
        let filtered = session([.key(.character("f"))] + typed("in progress") + [.key(.enter)])
        #expect(filtered.grid.row(1).contains("2 of 22") && filtered.grid.row(1).contains("filter: status in progress"))
        let quadrant = session([.key(.character("Q"))])
        // The chart's top-left heading, over its effort axis.
        #expect(quadrant.grid.row(holding: "QUICK WINS (14)")?.hasPrefix(" QUICK WINS (14): high impact, low effort ") == true)
        #expect(quadrant.grid.row(below: "QUICK WINS (14)")?.hasPrefix("    effort 1 ") == true)
    }

    @Test func gJumpsToTheItemsTouchpointInTheGrid() {
        let s = session([.key(.character("g"))])
        #expect(s.editor.modeName == "GRID")
        #expect(s.grid.statusText.contains("” at Purchase › Checkout"))
        // The grid's detail pane shows the item under the cursor.
        #expect(s.grid.paneTitle?.hasPrefix("Purchase › Checkout ") == true && s.grid.paneTitle?.hasSuffix(" › Pain points") == true)
        #expect(s.grid.paneRows.first?.hasPrefix(" • Shipping fee appears only at the final step ") == true)
    }

    @Test func plusVotesOnce() {
        let s = session([.key(.character("+"))])
        #expect(item(s.map, "pp-shipping-surprise")?.votes == 13)
    }
}
