import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView

/// Runs the editor on a headless terminal through the same runtime as the
/// real one: input in, frames and the editor's final state out.
struct Session {
    let editor: Editor
    let terminal: HeadlessTerminal

    init(_ input: [HeadlessTerminal.Input], width: Int = 80, height: Int = 24, map: JourneyMap = SampleMap.make(),
         path: String? = nil, isNewFile: Bool = false, opening: Opening = .clean) {
        // A map opened from a file remembers the file as read, to notice changes made by others.
        let bytes = path.flatMap { try? MapStore.readFile(path: $0) }
        let document = Document(map: bytes.flatMap { try? MapStore.decode($0, file: path!) } ?? map, path: path,
                                isSaved: !isNewFile, diskBytes: bytes)
        let editor = Editor(document: document, displayName: path ?? "sample", isNewFile: isNewFile, opening: opening,
                            width: width, height: height)
        terminal = HeadlessTerminal(width: width, height: height, input: input)
        let runtime = Runtime(editor: editor, terminal: terminal, files: FileEffects(mapPath: path, lock: nil),
                              theme: ThemeCatalog.builtinDefault)
        runtime.run()
        self.editor = runtime.editor
    }

    init(keys: [Key], width: Int = 80, height: Int = 24, map: JourneyMap = SampleMap.make()) {
        self.init(keys.map(HeadlessTerminal.Input.key), width: width, height: height, map: map)
    }

    var map: JourneyMap { editor.map }
    var view: ViewState { editor.view }
    var screen: String { terminal.lastFrame?.text ?? "" }
}
