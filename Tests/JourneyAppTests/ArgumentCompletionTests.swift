@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// Tab after a command's name and a space completes its argument from what
/// the signature says it takes: one candidate is filled in, several are
/// listed, none tells the usage.
struct ArgumentCompletionTests {
    /// The command line after typing `line` and Tab, and what the status line says.
    func tab(_ line: String, map: JourneyMap = SampleMap.make()) -> (line: String, message: String) {
        var editor = Editor(document: Document(map: map, path: nil, isSaved: true), displayName: "map.json", width: 120,
                            height: 40)
        _ = editor.update(.key(.character(":")))
        line.forEach { _ = editor.update(.key(.character($0))) }
        _ = editor.update(.key(.tab))
        return (editor.topPrompt?.editor.text ?? "", editor.view.message?.text ?? "")
    }

    @Test func oneCandidateIsFilledIn() {
        #expect(tab("move-to ret").line == "move-to Retention")
        #expect(tab("theme m").line == "theme mono")
        #expect(tab("view ins").line == "view insights")
        #expect(tab("metric nps").line == "metric nps ", "a space follows when more can be typed")
        #expect(tab("cadence half").line == "cadence half-yearly")
    }

    @Test func severalAreListedAndWhatTheyShareIsFilledIn() {
        let move = tab("move-to ")
        #expect(move.line == "move-to ")
        #expect(move.message == "Awareness  Consideration  Decision  Purchase  Retention  Advocacy")
        let on = tab("mouse o")
        #expect(on.line == "mouse o")
        #expect(on.message == "on  off")
        let theme = tab("theme pro")
        #expect(theme.line == "theme projector-")
        #expect(theme.message == "projector-dark  projector-light")
    }

    @Test func optionsAreOfferedBesideTheWordsInOrderAndOnlyOnce() {
        #expect(tab("vote start b").line == "vote start b", "both and budget begin with b")
        #expect(tab("vote start b").message == "both  budget")
        #expect(tab("vote start bu").line == "vote start budget ")
        #expect(tab("vote start budget 3 pe").line == "vote start budget 3 per ")
        #expect(tab("vote start budget 3 b").line == "vote start budget 3 both ", "budget is given already")
        #expect(tab("vote start budget 3 per 2 pa").line == "vote start budget 3 per 2 pain ")
        #expect(tab("vote start budget ").line == "vote start budget ", "a number is not completed")
    }

    @Test func noneTellsTheUsage() {
        #expect(tab("scale ").message == "usage: " + ":scale MIN MAX — the emotion scale, e.g. 1 5 or -3 3")
        #expect(tab("move-to Nowhere").line == "move-to Nowhere")
        #expect(tab("move-to Nowhere").message == Commands.named("move-to")!.usageLine)
    }

    @Test func aNameOfSeveralWordsIsCompletedWhateverItsCase() {
        #expect(tab("go fit che").line == "go Fit check-in")
        #expect(tab("go fit ch").message == "Fit chat  Fit check-in")
        #expect(tab("go size").message == "Size guide  Size swap")
        #expect(tab("go size").line == "go Size ")
    }

    @Test func setOffersPersonasThenWhatCanBeSet() {
        #expect(tab("set t").line == "set Tom ")
        #expect(tab("set Tom a").line == "set Tom age ")
        #expect(tab("set slow").line == "set slowlink ")
        #expect(tab("set nos").line == "set noslowlink ")
    }

    @Test func wordsAfterATextAreCompletedAtItsEnd() {
        #expect(tab("channel Pop up off").line == "channel Pop up offline")
        #expect(tab("vote s").line == "vote start ")
        #expect(tab("earlier ").message == Commands.named("earlier")!.usageLine)
    }
}
