import FoundationEssentials
import JourneyApp
import JourneyCore

/// The user's config for a full-screen subcommand: read once at start;
/// `--mouse` turns the mouse on for this run without writing anything,
/// `:set mouse` (in the editor) is what remembers it.
enum UserSettings {
    /// Applies the config to the editor (a problem with it goes on the status
    /// line, once) and answers where `:set` remembers things, if anywhere.
    static func apply(to editor: inout Editor, mouseFlag: Bool) -> String? {
        let path = UserConfig.path(environment: .process)
        let loaded = path.map { UserConfig.load(from: $0) }
        if mouseFlag || loaded?.config.mouse == true { editor.useMouse() }
        if let problem = loaded?.problem { editor.noteAlso(problem) }
        return path
    }
}
