@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// Each command declares what it takes; shared code reads the typed words
/// against it before the command runs, and refuses with what was wrong and
/// the command's one usage text.
struct SignatureTests {
    struct Desk {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "map.json",
                            width: 120, height: 40)
        var effects: [Effect] = []

        mutating func command(_ line: String) {
            effects = editor.update(.key(.character(":")))
            line.forEach { effects += editor.update(.key(.character($0))) }
            effects += editor.update(.key(.enter))
        }

        var message: String { editor.view.message?.text ?? "" }
        var refused: Bool { editor.view.message?.severity == .refusal }
    }

    static func usage(_ name: String) -> String { Commands.named(name)!.usageLine }

    @Test func usageIsMadeFromTheSignature() {
        let typed = Dictionary(uniqueKeysWithValues: Commands.all.filter(\.typable).map { ($0.name, $0.typed) })
        #expect(typed["scale"] == ":scale MIN MAX")
        #expect(typed["metric"] == ":metric NAME [VALUE]")
        #expect(typed["channel"] == ":channel NAME [offline]")
        #expect(typed["mouse"] == ":mouse [on|off]")
        #expect(typed["vote"] == ":vote [start|reveal|end|end!] [ITEMS] [budget N] [per N]")
        #expect(typed["set"] == ":set [PERSONA] NAME [VALUE]")
        #expect(typed["measure"] == ":measure NAME VALUE [DATE]")
        #expect(typed["quit"] == ":quit")
    }

    @Test func aMissingArgumentIsRefusedWithTheUsage() {
        var desk = Desk()
        desk.command("scale 1")
        #expect(desk.message == "MAX is missing; " + Self.usage("scale"))
        #expect(desk.message.hasSuffix("usage: :scale MIN MAX — the emotion scale, e.g. 1 5 or -3 3"))
        #expect(desk.refused)
        desk.command("persona")
        #expect(desk.message == "NAME is missing; " + Self.usage("persona"))
        #expect(desk.refused, "a usage told for wrong arguments is a refusal, not news")
        #expect(desk.editor.map == SampleMap.make())
    }

    @Test func aWordWhereANumberIsWantedIsRefused() {
        var desk = Desk()
        desk.command("scale one 5")
        #expect(desk.message == "MIN is a whole number, not “one”; " + Self.usage("scale"))
        desk.command("earlier soon")
        #expect(desk.message == "N is a whole number, not “soon”; " + Self.usage("earlier"))
        desk.command("earlier 0")
        #expect(desk.message == "N counts changes: 1 to 1000000; " + Self.usage("earlier"))
        #expect(desk.refused)
    }

    @Test func wordsBeyondWhatACommandTakesAreRefused() {
        var desk = Desk()
        desk.command("scale 1 5 9")
        #expect(desk.message == "“9” is more than :scale takes; " + Self.usage("scale"))
        desk.command("metric nps 30 40")
        #expect(desk.message == "“40” is more than :metric takes; " + Self.usage("metric"))
        #expect(desk.editor.map == SampleMap.make())
    }

    @Test func anUnknownChoiceIsRefusedWithTheChoices() {
        var desk = Desk()
        desk.command("vote tally")
        #expect(desk.message == "“tally” is not start, reveal, end or end!; " + Self.usage("vote"))
        desk.command("vote reveal now")
        #expect(desk.message == "“now” is not pain, opportunities or both; " + Self.usage("vote"))
        desk.command("vote reveal both")
        #expect(desk.message == "only :vote start takes more words; " + Self.usage("vote"))
        desk.command("mouse maybe")
        #expect(desk.message == "“maybe” is not on or off; " + Self.usage("mouse"))
        #expect(desk.refused)
    }

    @Test func scoreAndParkNeedWhatTheySayTheyTake() {
        var desk = Desk()
        desk.command("score")
        #expect(desk.message == "VALUE is missing; " + Self.usage("score"))
        desk.command("park")
        #expect(desk.message == "TEXT is missing; " + Self.usage("park"))
        #expect(desk.editor.topPrompt == nil, "no line is opened again to type the idea in")
        #expect(desk.editor.map == SampleMap.make())
    }

    @Test(arguments: [("on", true), ("yes", true), ("1", true), ("TRUE", true), ("off", false), ("no", false), ("0", false),
                      ("false", false)])
    func onAndOffAreSpelledAlikeEverywhere(word: String, on: Bool) {
        var desk = Desk()
        desk.command("mouse " + word)
        #expect(desk.effects.contains { if case .mouse(on: on, remember: true) = $0 { true } else { false } })
        desk.command("slowlink " + word)
        #expect(desk.editor.view.settings.slowLink == on)
        desk.command("set slowlink " + word)
        #expect(desk.editor.view.settings.slowLink == on)
        desk.command("lead " + word)
        #expect(desk.message.hasPrefix(on ? "save the map to a file first" : "not leading"), "\(desk.message)")
    }

    @Test func freeTextIsTakenAsTypedLessTheSpacesAtItsEnds() {
        var desk = Desk()
        desk.command("park   two  spaces  inside  ")
        #expect(desk.editor.map.parkingLot.last?.text == "two  spaces  inside")
        desk.command("channel Pop  up store offline")
        #expect(desk.editor.map.channels.last?.name == "Pop  up store")
        #expect(desk.editor.map.channels.last?.kind == .offline)
        desk.command("channel offline")
        #expect(desk.editor.map.channels.last?.name == "offline")
        #expect(desk.editor.map.channels.last?.kind == .online)
    }

    @Test func setTakesAPersonaOfSeveralWordsInAnyCase() {
        var desk = Desk()
        desk.command("persona Anna Maria")
        desk.command("set anna MARIA job Head chef")
        #expect(desk.editor.map.personas.last?.jobTitle == "Head chef")
        #expect(desk.message == "Anna Maria: job title Head chef")
    }

    @Test func aPersonaNamedAsAFieldDoesNotHideTheField() {
        var desk = Desk()
        desk.command("persona Age")
        desk.command("set age 40")
        #expect(desk.editor.map.personas[0].age == 40, "no field is given after Age: age is the field")
        desk.command("set age age 50")
        #expect(desk.editor.map.personas.last?.age == 50)
    }

    @Test func aChoiceOfOneIsNamedAlone() {
        let problem = ArgumentProblem(kind: .noSuch("KIND", typed: "x", choices: ["offline"]), at: 0)
        #expect(problem.description(of: "channel") == "“x” is not offline")
    }

    @Test func setRefusesASettingOfAPersonaAndAValueAfterNo() {
        var desk = Desk()
        desk.command("set tom slowlink")
        #expect(desk.message == "slowlink is a setting of the editor, not of a persona; " + Self.usage("set"))
        desk.command("set noslowlink on")
        #expect(desk.message == "noslowlink takes no value; " + Self.usage("set"))
        #expect(!desk.editor.view.settings.slowLink)
    }

    /// A key runs its command with nothing typed: it cannot be one that needs an argument.
    @Test func noCommandWithKeysNeedsAnArgument() {
        for command in Commands.all where !command.keys.isEmpty {
            #expect(command.signature.parameters.allSatisfy { $0.isOptional }, "\(command.name)")
        }
    }

    @Test func aSignatureNamesEachParameterOnceAndHasOneTextAtMost() {
        for command in Commands.all {
            let names = command.signature.parameters.map(\.name)
            #expect(Set(names).count == names.count, "\(command.name)")
            #expect(command.signature.parameters.filter { $0.kind == .text }.count <= 1, "\(command.name)")
        }
    }
}
