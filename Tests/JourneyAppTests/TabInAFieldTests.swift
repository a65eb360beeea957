@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// Tab in a field means one thing: keep it and type the next lane's field of
/// the same touchpoint. The Metrics lane, set at the command line, is skipped.
@Suite struct TabInAFieldTests {
    func editorOnOwner() throws -> Editor {
        var e = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                       width: 120, height: 40)
        let lanes = e.map.lanes.filter { !$0.hidden }
        let owner = try #require(lanes.firstIndex { $0.kind == .owner })
        #expect(lanes.indices.contains(owner + 1) && lanes[owner + 1].kind == .metrics, "the sample's Metrics lane follows Owner")
        for key in "0g" + String(repeating: "j", count: owner) { _ = e.update(.key(.character(key))) }
        return e
    }

    @Test func tabFromTheLastLaneToTypeInStaysOutOfTheCommandLine() throws {
        var e = try editorOnOwner()
        _ = e.update(.key(.character("a")))
        for c in " too" { _ = e.update(.key(.character(c))) }
        _ = e.update(.key(.tab))
        #expect(e.modeName == "GRID", "not at a :metric prompt")
        #expect(e.view.message?.text == "that was the last lane to type in; o adds the next touchpoint")
        #expect(e.map.stages[0].touchpoints[0].text["owner"]?.hasSuffix(" too") == true, "what was typed is kept")
        _ = e.update(.key(.tab))
        #expect(e.map.stages[0].touchpoints[0].text["owner"]?.hasSuffix(" too") == true)
    }

    @Test func theHintSaysWhereTabGoes() throws {
        var e = try editorOnOwner()
        _ = e.update(.key(.character("a")))
        #expect(e.view.hints.contains(KeyHint("Tab", "next lane")))
    }
}
