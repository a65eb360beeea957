import ArgumentParser
import Foundation
import JourneyCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the map format, for editors and validators.",
        discussion: "A map may name it in a \"$schema\" member; journey keeps that member on save."
    )

    func run() throws {
        do {
            FileHandle.standardOutput.write(Data(try JSONWriter.write(MapSchema.make())))
        } catch {
            throw fail(error.description, code: 70)
        }
    }
}
