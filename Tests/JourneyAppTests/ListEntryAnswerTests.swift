@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView
import Testing

/// The map's goals and a persona's goals and channels have no ids: a field
/// opened on one finds it again by its text when the list changed while the
/// line was typed (an undo here, another editor's edit), and changes nothing
/// when it is gone.
@Suite struct ListEntryAnswerTests {
    let sample = SampleMap.make()

    /// An editor on the sample, driven key by key, so the map can change between keys.
    struct Desk {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample",
                            width: 100, height: 30)
        var map: JourneyMap { editor.map }
        var message: String { editor.view.message?.text ?? "" }

        /// Keys in the key scripts' notation.
        mutating func keys(_ text: String) throws {
            for input in try KeyNotation.parse(text) {
                if case .key(let key) = input { _ = editor.update(.key(key)) }
            }
        }
    }

    func toOverviewGoal(_ index: Int) -> String {
        "vo" + String(repeating: "j", count: OverviewRow.rows(of: sample).firstIndex(of: .goal(index))!)
    }

    /// The personas view, on Maya's first goal: name … job are seven rows.
    let toPersonaGoals = "vpjjjjjjj"

    @Test func anOverviewGoalThatMovedIsStillTheOneChanged() throws {
        let goals = sample.objectives.goals
        var desk = Desk()
        // The first goal moves down, and is opened there, as goal 2.
        try desk.keys(toOverviewGoal(0) + "J<enter><c-u>Changed")
        #expect(desk.editor.modeName == "TYPING")
        desk.editor.undo()
        try desk.keys("<enter>")
        #expect(desk.map.objectives.goals == ["Changed"] + goals.dropFirst())
        #expect(desk.message == "goal 1 changed")
    }

    @Test func anOverviewGoalThatIsGoneChangesNothing() throws {
        var desk = Desk()
        try desk.keys(toOverviewGoal(0) + "aExtra<enter><enter><c-u>Changed")
        #expect(desk.map.objectives.goals[1] == "Extra")
        desk.editor.undo()
        try desk.keys("<enter>")
        #expect(desk.map.objectives.goals == sample.objectives.goals, "the goal now at its place is not the one opened")
        #expect(desk.message.contains("“Extra” is no longer there"), "\(desk.message)")
        #expect(desk.editor.modeName == "OVERVIEW")
    }

    @Test func aPersonasGoalThatMovedIsStillTheOneChanged() throws {
        let goals = sample.personas[0].goals
        var desk = Desk()
        try desk.keys(toPersonaGoals + "J<enter><c-u>Changed")
        #expect(desk.editor.modeName == "TYPING")
        desk.editor.undo()
        try desk.keys("<enter>")
        #expect(desk.map.personas[0].goals == ["Changed"] + goals.dropFirst())
        #expect(desk.message.hasPrefix("Maya: goal 1 of \(goals.count): Changed"), "\(desk.message)")
    }

    @Test func aPersonasGoalThatIsGoneChangesNothing() throws {
        var desk = Desk()
        try desk.keys(toPersonaGoals + "aExtra<enter><enter><c-u>Changed")
        #expect(desk.map.personas[0].goals[1] == "Extra")
        desk.editor.undo()
        try desk.keys("<enter>")
        #expect(desk.map.personas[0].goals == sample.personas[0].goals)
        #expect(desk.message.contains("goal “Extra” is no longer there"), "\(desk.message)")
        #expect(desk.editor.modeName == "PERSONAS")
    }

    @Test func aPreferredChannelThatIsGoneIsNotReplaced() throws {
        // Fields, goals, challenges, habits and decision: then the channels.
        let toChannels = "vp" + String(repeating: "j", count: 7 + 3 + 3 + 2)
        var desk = Desk()
        // Website is added, then opened to be replaced by Chat.
        try desk.keys(toChannels + "aweb<enter><enter>chat")
        #expect(desk.map.personas[0].preferredChannels.contains("website"))
        #expect(desk.editor.modeName == "CHOOSE")
        desk.editor.undo()
        try desk.keys("<enter>")
        #expect(desk.map.personas[0].preferredChannels == sample.personas[0].preferredChannels)
        #expect(desk.message.contains("preferred channel “Website” is no longer there"), "\(desk.message)")
    }
}
