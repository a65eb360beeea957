import Foundation
@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// How many keys a facilitator spends on commands (not on the words they
/// type) to build the reference map of the live-typing issue: 6 stages, 13
/// touchpoints with channels, actions and thoughts, two personas scored
/// everywhere, 19 pain points and 16 opportunities with impact, effort and
/// votes, 6 quotes, owners. The script is Scripts/cells/reference-map/keys.
@Suite struct KeystrokeTests {
    @Test func theReferenceMapTakesFewCommandKeysPerTouchpoint() throws {
        let folder = KeyScriptTests.folder.appendingPathComponent("cells/reference-map")
        let input = try KeyNotation.parse(String(contentsOf: folder.appendingPathComponent("keys"), encoding: .utf8))
        var editor = Editor(document: Document(map: BlankMap.make(), path: nil, isSaved: true), displayName: "reference",
                            width: 120, height: 40)
        var commandKeys = 0
        var typedCharacters = 0
        for case .key(let key) in input {
            // A character typed into an open field is the facilitator's words; everything else is a command.
            if case .character = key, editor.acceptsText { typedCharacters += 1 } else { commandKeys += 1 }
            _ = editor.update(.key(key))
        }
        let map = editor.map
        let touchpoints = map.stages.flatMap(\.touchpoints)
        #expect(map.stages.count == 6)
        #expect(touchpoints.count == 13)
        #expect(touchpoints.allSatisfy { $0.channel != nil && $0.text["actions"] != nil && $0.text["thoughts"] != nil })
        #expect(touchpoints.allSatisfy { $0.emotion.count == 2 }, "both personas scored everywhere")
        #expect(touchpoints.allSatisfy { $0.text["owner"] != nil })
        let pains = touchpoints.flatMap(\.painPoints)
        let opportunities = touchpoints.flatMap(\.opportunities)
        #expect(pains.count == 19)
        #expect(opportunities.count == 16)
        #expect((pains + opportunities).allSatisfy { $0.impact != nil && $0.effort != nil })
        #expect(touchpoints.flatMap(\.quotes).count == 6)
        #expect(map.personas.map(\.name) == ["Maya", "Tom"])
        let perTouchpoint = Double(commandKeys) / Double(touchpoints.count)
        print(String(format: "reference map: %d command keys, %d typed characters; %.1f command keys per touchpoint",
                     commandKeys, typedCharacters, perTouchpoint))
        #expect(perTouchpoint <= 30, "at most half of the 60 command keys per touchpoint counted before")
    }
}
