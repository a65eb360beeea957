import Foundation
import JourneyApp
import JourneyCore
import JourneyTerminal
import JourneyView

/// Runs the editor on a headless terminal through the same runtime as the
/// real one: input in, screens and the editor's final state out. With a
/// `path`, the map is opened from that file (lock, journal, saves) as
/// `journey edit` does; else `map` is edited with no file behind it.
struct Session {
    let editor: Editor
    let terminal: HeadlessTerminal

    init(_ input: [HeadlessTerminal.Input], width: Int = 80, height: Int = 24, map: JourneyMap = SampleMap.make(),
         path: String? = nil, isNewFile: Bool = false, mouse: Bool = false, configPath: String? = nil) {
        var document = Document(map: map, path: path, isSaved: !isNewFile)
        var files = FileEffects()
        var opening = Opening.clean
        if let path, case .success(let opened) = MapFile.open(path) {
            opening = Opening(claiming: opened.file)
            let resolved = opening.joinLibrary(of: path, map: opened.map ?? map)
            document = Document(map: resolved ?? opened.map ?? map, path: path, isSaved: resolved == nil)
            files = FileEffects(file: opened.file, attached: true)
        }
        var editor = Editor(document: document, displayName: path ?? "sample", isNewFile: isNewFile, opening: opening,
                            width: width, height: height)
        if mouse { editor.useMouse() }
        terminal = HeadlessTerminal(width: width, height: height, input: input)
        let runtime = Runtime(editor: editor, terminal: terminal, files: files, theme: ThemeCatalog.builtinDefault)
        runtime.configPath = configPath
        runtime.run()
        self.editor = runtime.editor
    }

    init(keys: [Key], width: Int = 80, height: Int = 24, map: JourneyMap = SampleMap.make()) {
        self.init(keys.map(HeadlessTerminal.Input.key), width: width, height: height, map: map)
    }

    var map: JourneyMap { editor.map }
    var view: ViewState { editor.view }
    var screen: String { terminal.screen?.text ?? "" }
    /// The last screen as cells, for checks on a row or region (JourneyTestSupport).
    var grid: CellGrid { terminal.screen ?? CellGrid(width: 0, height: 0) }
}

/// A map saved in a folder of its own, for sessions that open it as
/// `journey edit` does (lock, journal, saves). `remove()` when done.
struct MapOnDisk {
    let folder: String
    let path: String

    init(_ map: JourneyMap = SampleMap.make(), name: String = "map.json") throws {
        folder = NSTemporaryDirectory() + "journey-test-\(UUID().uuidString)"
        path = folder + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard MapStore.save(map, to: path).isSaved else { throw CocoaError(.fileWriteUnknown) }
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// The map as recovery makes it after a crash: the file with its journals replayed.
    func recovered() -> JourneyMap? {
        guard case .success(let opened) = MapFile.open(path) else { return nil }
        let claim = opened.file.claim()
        defer { opened.file.close(keepJournal: false) }
        return claim.journals.map { opened.file.recover($0, onto: opened.map!, otherwise: nil) }.last?.map
    }
}
