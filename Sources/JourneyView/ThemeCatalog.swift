import FoundationEssentials
import JourneyCore

/// Finds a theme by name or path: a path is read as it is; a name is looked
/// for as NAME.json in $JOURNEY_THEMES and ~/.config/journey/themes, then
/// among the compiled-in themes (Resources/Themes).
public enum ThemeCatalog {
    static let builtIn: [String: [UInt8]] = [
        "default": PackageResources.default_json, "mono": PackageResources.mono_json,
        "projector-dark": PackageResources.projector_dark_json, "projector-light": PackageResources.projector_light_json,
    ]

    public static let builtInNames = builtIn.keys.sorted()

    public static func load(_ nameOrPath: String?, environment: Environment) throws(Theme.LoadError) -> Theme {
        let theme = try find(nameOrPath ?? "default", environment: environment)
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return theme.withoutColor }
        return theme
    }

    static func find(_ nameOrPath: String, environment: Environment) throws(Theme.LoadError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") {
            return try read(path: nameOrPath)
        }
        var folders: [String] = []
        if let custom = environment["JOURNEY_THEMES"] { folders.append(custom) }
        if let home = environment["HOME"] { folders.append(home + "/.config/journey/themes") }
        for folder in folders {
            let path = folder + "/" + nameOrPath + ".json"
            if FileManager.default.fileExists(atPath: path) { return try read(path: path) }
        }
        if let bytes = builtIn[nameOrPath] {
            return try Theme.parse(bytes, source: nameOrPath)
        }
        throw Theme.LoadError(message: "no theme named \"\(nameOrPath)\"; built-in themes: "
                                + builtInNames.joined(separator: ", ")
                                + ", or give the path of a theme file")
    }

    static func read(path: String) throws(Theme.LoadError) -> Theme {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Theme.LoadError(message: "theme file \(path) cannot be read; check the path")
        }
        return try Theme.parse([UInt8](data), source: path)
    }

    public static let builtinDefault: Theme = try! Theme.parse(PackageResources.default_json, source: "default")
}
