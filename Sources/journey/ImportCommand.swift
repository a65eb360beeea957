import ArgumentParser
import FoundationEssentials
import JourneyCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from a Mermaid journey diagram or a touchpoints CSV.",
        discussion: """
            Ids come from names, so importing the same file twice gives the same map. \
            Exit codes: 65 the file cannot be imported (the message gives the line), 66 it cannot be read, \
            73 the map cannot be written (an existing file is only replaced with --force).
            """
    )

    @Argument(help: "A Mermaid journey diagram (.mmd) or a CSV written by `journey export --format csv`.",
              completion: .file(extensions: ["mmd", "mermaid", "csv"]))
    var file: String

    @Option(help: "The format (default: from FILE's extension).")
    var format: ImportFormat?

    @Option(name: [.short, .customLong("output")], help: "The map file to write (default: standard output).",
            completion: .file(extensions: ["json"]))
    var output: String?

    @Flag(help: "Replace the -o file if it exists.")
    var force = false

    func validate() throws {
        if format == nil && ImportFormat(guessingFrom: file) == nil {
            throw ValidationError("cannot tell the format of \(file) from its name; say --format mermaid or --format csv")
        }
    }

    func run() throws {
        let bytes = try readMapBytes(file)
        let map: JourneyMap
        do {
            let imported = try (format ?? ImportFormat(guessingFrom: file) ?? .mermaid).read(bytes, file: file)
            imported.warnings.forEach { warn($0.description) }
            map = imported.map
        } catch {
            throw fail(error.description, code: error.exitCode)
        }
        let encoded: [UInt8]
        switch MapStore.checkedBytes(map, file: output ?? file) {
        case .success(let checked): encoded = checked
        case .failure(let error): throw fail(error.description, code: 65)
        }
        guard let output else {
            try printData(encoded)
            return
        }
        if isSameFile(file, output) {
            throw fail("\(output) is the file being imported; write the map to another file", code: 73)
        }
        try write(encoded, to: output, replacing: force)
        let touchpoints = map.touchpointCount
        warn("wrote \(output): \(map.stages.count) stages, \(touchpoints) touchpoint" + (touchpoints == 1 ? "" : "s")
             + ", \(map.personas.count) personas")
    }
}

extension ImportFormat: ExpressibleByArgument {}
