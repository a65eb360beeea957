@testable import JourneyApp
import JourneyCore
import JourneyView
import Testing

/// `:set` is one command: a setting of the editor, or a field of a persona
/// named first or chosen with `p`.
struct SetCommandTests {
    static func editor() -> Editor {
        Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "map.json", width: 120,
               height: 40)
    }

    static func command(_ line: String, on editor: inout Editor) {
        _ = editor.update(.key(.character(":")))
        line.forEach { _ = editor.update(.key(.character($0))) }
        _ = editor.update(.key(.enter))
    }

    @Test func aPersonaNamedFirstIsTheOneChangedAndTheConfirmationNamesIt() {
        var editor = Self.editor()
        #expect(editor.map.personas.map(\.name) == ["Maya", "Tom"])
        Self.command("set tom age 24", on: &editor)
        #expect(editor.map.personas[1].age == 24)
        #expect(editor.map.personas[0].age == 34, "p has chosen no one: Maya, the current persona, is untouched")
        #expect(editor.view.message?.text == "Tom: age 24")
    }

    @Test func preferredChannelsAreSetByTheirNamesAndOneUndoTakesThemBack() {
        var editor = Self.editor()
        let names = editor.map.channels.map(\.name)
        Self.command("set tom channels \(names[1].uppercased()), \(names[0])", on: &editor)
        #expect(editor.map.personas[1].preferredChannels == [editor.map.channels[1].id, editor.map.channels[0].id])
        #expect(editor.view.message?.text == "Tom: preferred channels \(names[1]), \(names[0])")
        _ = editor.update(.key(.character("u")))
        #expect(editor.map == SampleMap.make())
        Self.command("set tom channels Carrier pigeon", on: &editor)
        #expect(editor.map == SampleMap.make())
        #expect(editor.view.message?.severity == .refusal)
        #expect(editor.view.message?.text.hasPrefix("no channel “Carrier pigeon”; the map's channels are \(names[0])") == true)
        Self.command("set tom channels", on: &editor)
        #expect(editor.map.personas[1].preferredChannels.isEmpty)
        #expect(editor.view.message?.text == "Tom: preferred channels cleared")
    }

    @Test func withoutANameTheCurrentPersonaIsChanged() {
        var editor = Self.editor()
        Self.command("set age 40", on: &editor)
        #expect(editor.map.personas[0].age == 40)
        #expect(editor.view.message?.text == "Maya: age 40")
    }

    @Test func aSettingIsNotAPersonaField() {
        var editor = Self.editor()
        Self.command("set slowlink", on: &editor)
        #expect(editor.view.settings.slowLink)
        Self.command("set noslowlink", on: &editor)
        #expect(!editor.view.settings.slowLink)
        Self.command("set slowlink maybe", on: &editor)
        #expect(editor.view.message?.text.hasPrefix("“maybe” is not on or off; usage: :slowlink [on|off]") == true)
        #expect(editor.map == SampleMap.make())
    }

    @Test func theCurveIsASettingWithAChoice() {
        var editor = Self.editor()
        #expect(editor.view.settings.curve == .braille)
        Self.command("set curve cells", on: &editor)
        #expect(editor.view.settings.curve == .cells)
        Self.command("set curve dots", on: &editor)
        #expect(editor.view.settings.curve == .cells)
        #expect(editor.view.message?.severity == .refusal)
        Self.command("set nocurve", on: &editor)
        #expect(editor.view.message?.severity == .refusal)
        Self.command("curve braille", on: &editor)
        #expect(editor.view.settings.curve == .braille)
        #expect(editor.map == SampleMap.make())
    }

    @Test func aWatcherMayChangeItsSettingsButNoPersona() {
        var editor = Self.editor()
        editor.startWatching(WatchUpdate(map: nil, editor: .editing, lead: nil))
        Self.command("set slowlink", on: &editor)
        #expect(editor.view.settings.slowLink)
        Self.command("set tom age 24", on: &editor)
        #expect(editor.map == SampleMap.make())
        #expect(editor.view.message?.text == Editor.watchingNote)
    }

    @Test func anUnknownWordSaysWhatCanBeSet() {
        var editor = Self.editor()
        Self.command("set colour blue", on: &editor)
        #expect(editor.view.message?.text.hasPrefix("no NAME “colour”; usage: :set [PERSONA] NAME [VALUE] — a field of a persona "
            + "(the current one unless named first): name age") == true)
    }
}
