@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// An opportunity is linked to the pain points it addresses from the grid's
/// item list (`L`), and adding one on a touchpoint with pain points offers it.
@Suite struct LinkFromTheGridTests {
    /// The editor on the sample, in the item list of one of the checkout's lanes.
    func onCheckout(_ kind: LaneKind) throws -> Editor {
        var e = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                       width: 120, height: 40)
        e.goTo("Checkout")
        let lanes = e.map.lanes.filter { !$0.hidden }
        let lane = try #require(lanes.firstIndex { $0.kind == kind })
        for key in "g" + String(repeating: "j", count: lane) { _ = e.update(.key(.character(key))) }
        _ = e.update(.key(.enter))
        #expect(e.itemList?.kind == kind)
        return e
    }

    @Test func lTicksAPainPointOfTheTouchpointFirstAndUndoTakesItBack() throws {
        var e = try onCheckout(.opportunities)
        let checkout = try #require(e.map.touchpoint(id: "checkout"))
        let opportunity = try #require(e.itemList?.selected)
        _ = e.update(.key(.character("L")))
        let picker = try #require(e.view.picker)
        let firstPain = try #require(checkout.painPoints.first)
        #expect(picker.options.first?.contains(InsightsText.short(firstPain.text, 50)) == true, "its own touchpoint's pain points first")
        let before = e.map
        let wasLinked = checkout.opportunities.first { $0.id == opportunity }?.addresses.contains(firstPain.id) == true
        _ = e.update(.key(.enter))
        let after = e.map.touchpoint(id: "checkout")?.opportunities.first { $0.id == opportunity }
        #expect(after?.addresses.contains(firstPain.id) == !wasLinked)
        #expect(e.itemList != nil, "back in the item list")
        _ = e.update(.key(.escape))
        _ = e.update(.key(.character("u")))
        #expect(e.map == before)
    }

    @Test func lOnAPainPointSaysWhatItIsFor() throws {
        var e = try onCheckout(.painPoints)
        _ = e.update(.key(.character("L")))
        #expect(e.view.picker == nil)
        #expect(e.view.message?.severity == .refusal)
        #expect(e.view.message?.text.hasPrefix("L links an opportunity") == true)
    }

    @Test func addingAnOpportunityWhereThereArePainPointsOffersTheLink() throws {
        var e = try onCheckout(.opportunities)
        _ = e.update(.key(.character("a")))
        for c in "Show the fee on the product page" { _ = e.update(.key(.character(c))) }
        _ = e.update(.key(.enter))
        #expect(e.view.message?.text
                == "added “Show the fee on the product page”; L links it to the pain points it addresses, a adds another")
    }
}
