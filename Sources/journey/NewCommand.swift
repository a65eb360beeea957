import ArgumentParser
import FoundationEssentials
import JourneyCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new map file: the sample, a template, or a blank map with the default stages.",
        discussion: "The file gets the mode the umask leaves (with umask 077, 0600)."
    )

    @Argument(help: "The file to create; an existing file is never overwritten.")
    var file: String

    @Flag(help: "A blank map with the default stages instead of the sample.")
    var blank = false

    @Option(help: "Start from a template instead of the sample (`journey templates` lists them).")
    var template: String?

    func validate() throws {
        if blank, template != nil { throw ValidationError("--blank and --template cannot be used together") }
    }

    func run() throws {
        let (map, what) = try choice()
        switch MapStore.save(map, to: file, asNewFile: true) {
        case .saved:
            say("wrote \(what) to \(file)")
        case .failed(let error):
            throw fail(error.description, code: 73)
        default:
            throw fail("\(file) already exists; journey new never overwrites. Choose another name, or open it with `journey edit \(file)`.", code: 73)
        }
    }

    /// The map to write and how to name it in the message.
    func choice() throws -> (JourneyMap, String) {
        if blank { return (BlankMap.make(), "a blank map") }
        guard let template else { return (SampleMap.make(), "the sample map") }
        let catalog = TemplateCatalog.load(environment: .process)
        guard let found = catalog.named(template) else {
            throw fail("no template named \"\(template)\"; templates: \(catalog.names.joined(separator: ", "))", code: 64)
        }
        switch found.make() {
        case .success(let map):
            return (TemplateStart.map(map, madeOn: CalendarDay.today), "the \(template) template")
        case .failure(let error): throw fail("template \(template): \(error.description)", code: error.exitCode)
        }
    }
}
