import Foundation
import JourneyCore
import JourneyView
import Testing

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/JourneyView/Resources/Themes")

    @Test(arguments: ["default", "mono", "projector-dark", "projector-light"])
    func aBuiltInThemeParsesAndStylesEveryRole(name: String) throws {
        let theme = try ThemeCatalog.load(name, environment: [:])
        #expect(theme.name == name, "the name finds its own file")
        #expect(ThemeRole.allCases.allSatisfy { theme.styles[$0] != nil }, "every role has a style")
        #expect(theme.personas.count >= 2)
    }

    /// A file in the themes folder is embedded whatever it is called; only the catalog's table makes it a theme.
    @Test func everyThemeFileIsBuiltIn() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.themesFolder.path)
        #expect(files.map { String($0.dropLast(".json".count)) }.sorted() == ThemeCatalog.builtInNames)
    }

    /// On a light terminal profile the terminal's own background is white: a
    /// projector theme's text must never stand on it, in every view and in
    /// present mode, and its colours are the 16 every terminal has.
    @Test(arguments: ["projector-dark", "projector-light"])
    func aProjectorThemePaintsItsOwnBackgroundEverywhere(name: String) throws {
        let theme = try ThemeCatalog.load(name, environment: [:])
        let map = SampleMap.make()
        var frames: [(String, CellGrid)] = []
        for screen in MapScreen.allCases {
            var state = ViewState(file: FileStatus(name: "sample.json"))
            state.screen = screen
            frames.append((screen.rawValue, EditorScreen.render(map: map, index: ColumnIndex(map), state: state, theme: theme,
                                                                width: 100, height: 30)))
        }
        var presenting = ViewState(file: FileStatus(name: "sample.json"))
        presenting.present = PresentState(stage: map.stages[1].id, spotlight: map.stages[1].touchpoints[0].id)
        frames.append(("present", EditorScreen.render(map: map, index: ColumnIndex(map), state: presenting, theme: theme,
                                                      width: 100, height: 30)))
        for (name, grid) in frames {
            let bare = (0..<grid.height).flatMap { y in (0..<grid.width).map { (x: $0, y: y) } }
                .filter { grid[$0.x, $0.y].style.background == .standard || grid[$0.x, $0.y].style.foreground == .standard }
            #expect(bare.isEmpty, "\(name): \(bare.count) cells in the terminal's colours, first at \(bare.first.map { "\($0)" } ?? "")")
        }
        for style in theme.styles.values + theme.personas {
            for colour in [style.foreground, style.background] {
                if case .indexed(let n) = colour { #expect(n < 16, "\(name): colour \(n) is beyond the 16") }
            }
        }
    }

    @Test func monoHasNoColour() throws {
        let theme = try ThemeCatalog.load("mono", environment: [:])
        #expect(theme.styles.values.allSatisfy { $0.foreground == .standard && $0.background == .standard })
    }

    @Test func noColorRemovesColour() throws {
        let theme = try ThemeCatalog.load("default", environment: ["NO_COLOR": "1"])
        #expect(theme.styles.values.allSatisfy { $0.foreground == .standard && $0.background == .standard })
        #expect(theme[.cursor].attributes.contains(.bold))
    }

    @Test func aThemeFileByPath() throws {
        let path = NSTemporaryDirectory() + "journey-theme-\(getpid()).json"
        try #"{"name": "mine", "styles": {"cursor": {"fg": "bright-red", "bg": 236, "attrs": ["underline"]}}}"#
            .write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let theme = try ThemeCatalog.load(path, environment: [:])
        #expect(theme[.cursor] == Style(foreground: .indexed(9), background: .indexed(236), attributes: .underline))
    }

    @Test func unknownThemeSaysWhatThereIs() {
        #expect(throws: Theme.LoadError.self) { try ThemeCatalog.load("neon", environment: [:]) }
        do {
            _ = try ThemeCatalog.load("neon", environment: [:])
        } catch {
            #expect(error.message.contains("built-in themes: default, mono, projector-dark, projector-light"))
        }
    }
}
