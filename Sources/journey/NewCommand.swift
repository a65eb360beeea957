import ArgumentParser
import Foundation
import JourneyCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new map file: the sample, or a blank map with the default stages."
    )

    @Argument(help: "The file to create; an existing file is never overwritten.")
    var file: String

    @Flag(help: "A blank map with the default stages instead of the sample.")
    var blank = false

    func run() throws {
        if FileManager.default.fileExists(atPath: file) {
            throw fail("\(file) already exists; journey new never overwrites. Choose another name, or open it with `journey edit \(file)`.", code: 73)
        }
        let map = blank ? BlankMap.make() : SampleMap.make()
        do {
            try MapStore.save(map, to: file)
        } catch {
            throw fail(error.description, code: 73)
        }
        print("journey: wrote \(blank ? "a blank map" : "the sample map") to \(file)")
    }
}
