import FoundationEssentials

/// The templates `journey new --template` can start from: the built-in ones,
/// then every `NAME.json` in the user's folder ($JOURNEY_TEMPLATES, else
/// ~/.config/journey/templates). A user template with a built-in's name
/// replaces it, as a user theme does, so a team can adapt a built-in. A user
/// template that does not load is listed with its error.
public struct TemplateCatalog: Sendable {
    public var templates: [Template]

    public static func load(environment: Environment, builtIns: [BuiltinTemplate] = BuiltinTemplate.all)
        -> TemplateCatalog {
        let builtInNames = Set(builtIns.map(\.name))
        let users = userFolder(environment: environment).map { userTemplates(in: $0, builtInNames: builtInNames) } ?? []
        // The first of names equal as Swift strings (see `userTemplates`) is the one used.
        var byName = Dictionary(users.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var templates = builtIns.map { builtIn in
            byName.removeValue(forKey: builtIn.name)
                ?? Template(name: builtIn.name, description: builtIn.description, origin: .builtIn, make: builtIn.make)
        }
        templates += users.filter { !builtInNames.contains($0.name) }
        return TemplateCatalog(templates: templates)
    }

    public static func userFolder(environment: Environment) -> String? {
        if let folder = environment["JOURNEY_TEMPLATES"], !folder.isEmpty { return folder }
        return environment["HOME"].map { $0 + "/.config/journey/templates" }
    }

    public func named(_ name: String) -> Template? { templates.first { $0.name == name } }

    public var names: [String] { templates.map(\.name) }

    /// Each visible `.json` file of the folder, loaded now so that a broken one says why.
    /// Two names Swift holds equal (`café` in NFC and in NFD) are two files
    /// but one template: the first by bytes is used, the other is listed with why not.
    static func userTemplates(in folder: String, builtInNames: Set<String>) -> [Template] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var used: [String: String] = [:]
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { file in
                let path = folder + "/" + file
                let name = String(file.dropLast(".json".count))
                let origin = Template.Origin.file(path: path, replacesBuiltIn: builtInNames.contains(name))
                let load: @Sendable () -> Result<JourneyMap, MapLoadError> = {
                    Result { () throws(MapLoadError) in try MapStore.decode(try MapStore.readFile(path: path, streams: false), file: path) }
                }
                if let first = used[name] {
                    return Template(name: name, description: "not used: the same name as \(first) in another Unicode form; rename one",
                                    origin: origin, make: load)
                }
                used[name] = path
                let loaded = load()
                let description = switch loaded {
                case .success(let map): map.title
                case .failure(let error): "does not load: \(error.description)"
                }
                return Template(name: name, description: description, origin: origin, make: { loaded })
            }
    }
}
