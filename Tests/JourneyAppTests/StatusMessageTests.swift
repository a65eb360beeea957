@testable import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyTestSupport
import JourneyView
import Testing

/// Every message says how much it matters: news, a warning (drawn with ⚠), or
/// a refusal that changed nothing.
@Suite struct StatusMessageTests {
    func typed(_ text: String) -> [HeadlessTerminal.Input] {
        text.map { .key($0 == "\n" ? .enter : .character($0)) }
    }

    @Test func whatWasDoneIsNews() {
        let session = Session(typed(":lead off\n"))
        #expect(session.view.message == StatusMessage("not leading: watchers move freely"))
    }

    @Test func aCommandThatChangesNothingIsARefusal() {
        for line in [":nonsense\n", ":scale 1 1\n", ":timer soon\n", ":vote maybe\n", ":view nowhere\n"] {
            let session = Session(typed(line))
            #expect(session.map == SampleMap.make(), "\(line) changes nothing")
            #expect(session.view.message?.severity == .refusal, "\(line): \(session.view.message?.text ?? "no message")")
        }
    }

    @Test func aRefusalInReadOnlyModeSaysSo() {
        var editor = Editor(document: Document(map: SampleMap.make(), path: nil, isSaved: true), displayName: "sample", width: 100, height: 30)
        editor.readOnly = true
        _ = editor.update(Event.key(Key.character("x")))
        #expect(editor.map == SampleMap.make())
        #expect(editor.view.message?.severity == .refusal)
        #expect(editor.view.message?.text.hasPrefix("read-only") == true)
    }

    @Test func aWarningIsDrawnWithItsSignAndTheTextKeepsOnlyTheWords() {
        let warning = StatusMessage("journal behind by 1 edit (disk full); save often (Ctrl-S)", severity: .warning)
        #expect(warning.shown == "⚠ " + warning.text)
        #expect(StatusMessage("saved").shown == "saved")
        #expect(warning.adding("more").severity == .warning)
    }
}
