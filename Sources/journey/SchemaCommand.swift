import ArgumentParser
import FoundationEssentials
import JourneyCore
import JourneyJSON

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the map format, for editors and validators.",
        discussion: "A map may name it in a \"$schema\" member; journey keeps that member on save."
    )

    @Flag(help: "The schema of a workspace library (journey-library.json) instead.")
    var library = false

    func run() throws {
        let schema: [UInt8]
        do {
            schema = try JSONWriter.write(library ? LibrarySchema.make() : MapSchema.make())
        } catch {
            throw fail("\(error)", code: 70)
        }
        try printBytes(schema)
    }
}
