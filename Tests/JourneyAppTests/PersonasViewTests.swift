import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// The personas view driven by keys: every change is one undoable step, is
/// journaled, and the grid's scoring persona stays on the same persona.
@Suite struct PersonasViewTests {
    let sample = SampleMap.make()

    /// Keys in the key scripts' notation, after `v p` opens the view.
    func session(_ keys: String, map: JourneyMap = SampleMap.make(), path: String? = nil, width: Int = 100,
                 height: Int = 30) throws -> Session {
        Session(try KeyNotation.parse("vp" + keys), width: width, height: height, map: map, path: path)
    }

    func persona(_ session: Session, _ index: Int = 0) -> Persona { session.map.personas[index] }

    @Test func aTextFieldIsEditedInPlaceAndUndone() throws {
        // Down to Gender, replace it.
        let edited = try session("jj<enter><c-u>Non-binary<enter>")
        #expect(persona(edited).gender == "Non-binary")
        #expect(edited.grid.statusText.contains("gender Non-binary"))
        #expect(edited.editor.modeName == "PERSONAS")
        let undone = try session("jj<enter><c-u>Non-binary<enter>u")
        #expect(undone.map == sample)
        #expect(undone.editor.modeName == "PERSONAS", "u works in the view")
    }

    @Test func hostileAgesAreRefusedAndTheLineStaysOpen() throws {
        for typed in ["nan", "1e400", "-5", "151", "12.5", "inf", "0x20", "3O", "\u{1B}[31m"] {
            let refused = try session("j<enter><c-u>\(typed)<enter>")
            #expect(refused.editor.modeName == "TYPING", "\(typed): the line stays open to be fixed")
            let said = refused.view.message?.text ?? "no message"
            #expect(said.hasPrefix("age is a whole number from 0 to 150; got ") && said.hasSuffix("; Esc keeps “34”"), "\(typed): \(said)")
            #expect(refused.map == sample, "\(typed) changed nothing")
        }
        let fixed = try session("j<enter><c-u>nan<enter><c-u>40<enter>")
        #expect(persona(fixed).age == 40)
        #expect(fixed.editor.modeName == "PERSONAS")
        let cleared = try session("j<enter><c-u><enter>")
        #expect(persona(cleared).age == nil)
        let kept = try session("j<enter><c-u>-5<enter><esc>")
        #expect(kept.map == sample)
    }

    @Test func anEmptyNameIsRefusedAndARenameSaysWhatItWas() throws {
        let empty = try session("<enter><c-u>   <enter>")
        #expect(empty.editor.modeName == "TYPING")
        #expect(empty.grid.statusText.contains("needs a name"))
        let renamed = try session("<enter><c-u>Mia<enter>")
        #expect(persona(renamed).name == "Mia")
        #expect(renamed.grid.statusText.contains("was Maya"))
    }

    @Test func goalsAreAddedEditedReorderedAndRemoved() throws {
        let goals = sample.personas[0].goals
        // Rows: name, age, gender, income, education, location, job, then the goals.
        let toGoals = "jjjjjjj"
        let added = try session(toGoals + "aRun a sub-3 marathon<enter>")
        #expect(persona(added).goals == [goals[0], "Run a sub-3 marathon", goals[1], goals[2]])
        #expect(added.editor.view.screens.personas.row == 8, "the new goal is selected")
        let edited = try session(toGoals + "<enter><c-u>Replace worn shoes<enter>")
        #expect(persona(edited).goals[0] == "Replace worn shoes")
        let moved = try session(toGoals + "JJ")
        #expect(persona(moved).goals == [goals[1], goals[2], goals[0]])
        #expect(moved.view.message?.text.contains("already") == false)
        let top = try session(toGoals + "K")
        #expect(top.map == sample)
        #expect(top.grid.statusText.contains("first already"))
        let removed = try session(toGoals + "x")
        #expect(persona(removed).goals == Array(goals.dropFirst()))
        #expect(removed.grid.statusText.contains("u brings it back"))
        let back = try session(toGoals + "xu")
        #expect(back.map == sample)
        let empty = try session(toGoals + "<enter><c-u><enter>")
        #expect(empty.editor.modeName == "TYPING", "an empty goal is not kept")
    }

    @Test func anEmptyListAddsOnEnterAndRemovingTheLastLeavesIt() throws {
        var map = SampleMap.make()
        map.personas[0].challenges = []
        // name … job (7 rows), 3 goals, then the empty challenges row.
        let added = try session("jjjjjjjjjj<enter>No time<enter>", map: map)
        #expect(added.map.personas[0].challenges == ["No time"])
        let gone = try session("jjjjjjjjjj<enter>No time<enter>x", map: map)
        #expect(gone.map.personas[0].challenges == [])
        #expect(gone.grid.row(holding: "▶ Challenges")?.hasSuffix(" (none: a adds a challenge)") == true)
    }

    @Test func preferredChannelsArePickedAndNeverTwice() throws {
        let preferred = sample.personas[0].preferredChannels
        let rows = 7 + 3 + 3 + 2  // fields, goals, challenges, habits and decision: then the channels
        let toChannels = String(repeating: "j", count: rows)
        // The picker offers only channels Maya does not prefer yet.
        let picking = try session(toChannels + "a")
        #expect(picking.editor.modeName == "CHOOSE")
        for id in preferred {
            let name = sample.channel(id: id)!.name
            #expect(!picking.screen.contains("│ " + name + " "), "\(name) is not offered again\n\(picking.screen)")
        }
        let picked = try session(toChannels + "aweb<enter>")
        #expect(persona(picked).preferredChannels == [preferred[0], "website"] + preferred.dropFirst())
        // Enter on an item replaces it: the current one is offered, the others she has are not.
        let replaced = try session(toChannels + "<enter>chat<enter>")
        #expect(persona(replaced).preferredChannels == ["chat"] + preferred.dropFirst())
        let moved = try session(toChannels + "J")
        #expect(persona(moved).preferredChannels[1] == preferred[0])

        var full = SampleMap.make()
        full.personas[0].preferredChannels = full.channels.map(\.id)
        let none = try session(toChannels + "a", map: full)
        #expect(none.editor.modeName == "PERSONAS")
        #expect(none.grid.statusText.contains("every channel of the map"))
    }

    @Test func hostileTextIsKeptAsDataAndShownEscaped() throws {
        let huge = String(repeating: "long ", count: 4000)
        let escape = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}evil"
        var keys: [HeadlessTerminal.Input] = try KeyNotation.parse("vpG<enter><c-u>")
        keys += [.paste(escape + huge), .key(.enter), .key(.character("k")), .key(.enter), .key(.control("u")),
                 .paste(escape), .key(.enter)]
        let hostile = Session(keys, width: 100, height: 30, map: sample)
        #expect(persona(hostile).story == escape + huge.trimmingCharacters(in: .whitespaces))
        #expect(persona(hostile).quote == escape)
        let screen = hostile.screen
        #expect(!screen.contains("\u{1B}"), "no escape reaches the terminal")
        // The quote's row, and the story's first row, of Maya's fields.
        #expect(hostile.grid.row(holding: "▶ Quote ")?.hasSuffix(" ^[]0;pwned^G^[[2J<202E>evil") == true)
        #expect(hostile.grid.row(holding: "  Story ")?.contains(" ^[]0;pwned^G^[[2J<202E>evillong long") == true)
        let saved = try MapStore.encode(hostile.map)
        #expect(try MapStore.decode(saved, file: "hostile") == hostile.map)
    }

    @Test func personasAreAddedRemovedWithTheirScoresAndReordered() throws {
        let added = try session("ANadia<enter>")
        #expect(added.map.personas.map(\.name) == ["Maya", "Nadia", "Tom"])
        #expect(added.view.screens.personas.personaID == added.map.personas[1].id)
        let unnamed = try session("A<enter>")
        #expect(unnamed.editor.modeName == "TYPING")

        let removed = try session("D")
        #expect(removed.map.personas.map(\.name) == ["Tom"])
        #expect(removed.map.stages.allSatisfy { $0.touchpoints.allSatisfy { $0.emotion["maya"] == nil } })
        #expect(removed.grid.statusText.contains("removed Maya and their scores at 18 touchpoints"))
        let back = try session("Du")
        #expect(back.map == sample, "u brings Maya back with her scores")
        let last = try session("DD")
        #expect(last.map.personas.count == 1)
        #expect(last.grid.statusText.contains("at least one persona"))

        let moved = try session(">")
        #expect(moved.map.personas.map(\.id) == ["tom", "maya"])
        #expect(moved.view.screens.personas.personaID == "maya", "the selection follows the persona")
        #expect(moved.grid.statusLine.contains("persona 2 of 2"))
    }

    @Test func theGridsScoringPersonaStaysOnTheSamePersona() throws {
        // In the grid, p makes Tom the scoring persona; then in the view Maya moves after him.
        let input = try KeyNotation.parse("pvp>")
        let moved = Session(input, width: 100, height: 30, map: sample)
        #expect(moved.map.personas[moved.view.gridPlace.persona].id == "tom")
        let removed = Session(try KeyNotation.parse("pvpD"), width: 100, height: 30, map: sample)
        #expect(removed.map.personas[removed.view.gridPlace.persona].id == "tom")
        // Removing the scoring persona itself leaves a valid one.
        let itself = Session(try KeyNotation.parse("pvp<tab>D"), width: 100, height: 30, map: sample)
        #expect(itself.map.personas.indices.contains(itself.view.gridPlace.persona))
        // Undoing the reorder (and redoing it) keeps Tom too: undo goes through the history, not the view.
        let undone = Session(try KeyNotation.parse("pvp>u"), width: 100, height: 30, map: sample)
        #expect(undone.map.personas.map(\.id) == ["maya", "tom"])
        #expect(undone.map.personas[undone.view.gridPlace.persona].id == "tom")
        let redone = Session(try KeyNotation.parse("pvp>u<c-r>"), width: 100, height: 30, map: sample)
        #expect(redone.map.personas[redone.view.gridPlace.persona].id == "tom")
    }

    @Test func editsInTheViewAreJournaledAndRecovered() throws {
        let file = try MapOnDisk(sample)
        defer { file.remove() }
        // Never saved: the journal holds the edits, as after a crash.
        let session = try session("j<enter><c-u>40<enter>jjjjjjaFaster 10k<enter>>ANadia<enter>", path: file.path)
        #expect(session.view.file.isModified)
        let recovered = file.recovered()
        #expect(recovered == session.map)
        #expect(recovered?.personas.map(\.name) == ["Tom", "Maya", "Nadia"])
        #expect(recovered?.personas[1].age == 40)
        #expect(recovered?.personas[1].goals[1] == "Faster 10k")
    }
}
