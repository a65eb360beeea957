import ArgumentParser
import FoundationEssentials
import JourneyCore

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the templates `journey new FILE --template NAME` can start from.",
        discussion: """
            Besides the built-in templates, every NAME.json map in $JOURNEY_TEMPLATES (else \
            ~/.config/journey/templates) is a template; one with a built-in's name replaces it.
            """
    )

    func run() throws {
        let templates = TemplateCatalog.load(environment: .process).templates
        let width = templates.map(\.name.count).max() ?? 0
        for template in templates {
            var line = template.name + String(repeating: " ", count: width + 2 - template.name.count) + template.description
            if case .file(let path, let replacesBuiltIn) = template.origin {
                line += "\n" + String(repeating: " ", count: width + 2) + "(\(path)"
                    + (replacesBuiltIn ? "; replaces the built-in template" : "") + ")"
            }
            print(line)
        }
    }
}
