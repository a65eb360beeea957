import ArgumentParser
import Foundation
import JourneyCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new map file: the sample, or a blank map with the default stages.",
        discussion: "The file gets the mode the umask leaves (with umask 077, 0600)."
    )

    @Argument(help: "The file to create; an existing file is never overwritten.")
    var file: String

    @Flag(help: "A blank map with the default stages instead of the sample.")
    var blank = false

    func run() throws {
        let map = blank ? BlankMap.make() : SampleMap.make()
        switch MapStore.save(map, to: file, asNewFile: true) {
        case .saved:
            print("journey: wrote \(blank ? "a blank map" : "the sample map") to \(file)")
        case .failed(let error):
            throw fail(error.description, code: 73)
        default:
            throw fail("\(file) already exists; journey new never overwrites. Choose another name, or open it with `journey edit \(file)`.", code: 73)
        }
    }
}
