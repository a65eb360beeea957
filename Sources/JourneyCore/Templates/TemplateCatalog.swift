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
        var byName = Dictionary(uniqueKeysWithValues: users.map { ($0.name, $0) })
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
    static func userTemplates(in folder: String, builtInNames: Set<String>) -> [Template] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { file in
            let path = folder + "/" + file
            let name = String(file.dropLast(".json".count))
            let loaded = Result { () throws(MapLoadError) in try MapStore.load(path: path) }
            let description = switch loaded {
            case .success(let map): map.title
            case .failure(let error): "does not load: \(error.description)"
            }
            return Template(name: name, description: description,
                            origin: .file(path: path, replacesBuiltIn: builtInNames.contains(name)), make: { loaded })
        }
    }
}
