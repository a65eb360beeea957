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
        // A user template's name, title and path come from files: shown escaped, never sent to the terminal raw.
        let names = templates.map { DisplayText.singleLine($0.name) }
        let width = names.map(\.count).max() ?? 0
        let out = StandardOutput()
        for (template, name) in zip(templates, names) {
            var line = name + String(repeating: " ", count: width + 2 - name.count) + DisplayText.singleLine(template.description)
            if case .file(let path, let replacesBuiltIn) = template.origin {
                line += "\n" + String(repeating: " ", count: width + 2) + "(" + DisplayText.singleLine(path)
                    + (replacesBuiltIn ? "; replaces the built-in template" : "") + ")"
            }
            out.write(line + "\n")
        }
        try out.check()
    }
}
