import Foundation
import JourneyView
import Testing

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    @Test(arguments: ["default", "mono", "projector-dark", "projector-light"])
    func compiledInThemeMatchesItsFile(name: String) throws {
        let file = try String(contentsOf: Self.themesFolder.appendingPathComponent(name + ".json"), encoding: .utf8)
        #expect(file.trimmingCharacters(in: .whitespacesAndNewlines) == BuiltinThemes.sources[name])
        let theme = try ThemeCatalog.load(name, environment: [:])
        #expect(ThemeRole.allCases.allSatisfy { theme.styles[$0] != nil }, "every role has a style")
        #expect(theme.personas.count >= 2)
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
