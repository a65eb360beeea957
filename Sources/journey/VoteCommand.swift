import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JourneyApp
import JourneyCore
import JourneyTerminal

struct VoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vote",
        abstract: "Place your dots in the voting round open on a map (the facilitator's :vote start).",
        discussion: "Run it in your own terminal on the host the map is on: it lists the round's pain points and "
            + "opportunities by stage; j/k move, + and - place a dot, Enter submits (change it until the round "
            + "closes), q quits. It waits for a round if none is open yet. It hands your ballot to the facilitator's journey "
            + "and never writes the map itself."
    )

    @Argument(help: "The map file the facilitator has open.")
    var file: String

    @Option(name: .customLong("as"), help: "Your name, as the room knows you; your login name if left out. Only the facilitator's own account may vote as another name.")
    var name: String?

    @OptionGroup var options: ThemeOption

    func run() throws {
        let theme = try loadTheme(options.theme)
        let name = self.name ?? VoterAccounts.loginName
        if let problem = ParticipantName.problem(name) {
            throw fail("--as \(name.debugDescription): \(problem)", code: 64)
        }
        var info = stat()
        guard lstat(file, &info) == 0 else {
            throw fail("\(file): no such map; give the map file the facilitator has open", code: 66)
        }
        guard stat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw fail("\(file): not a map file (it is a folder or something else); give the map file the facilitator has open", code: 66)
        }
        let client = BallotClient(paths: MapPaths(file))
        // Another account's name is refused at once, before any screen, when the facilitator's journey runs.
        if case .answered(let answer) = client.ask(.round(participant: name)), let refused = answer.refused {
            throw fail(refused, code: 77)
        }
        let terminal = try openTerminal(refusal: "vote needs a terminal")
        let loop = VoterLoop(voter: Voter(fileName: file, participant: name), terminal: terminal, client: client, theme: theme)
        loop.run()
        terminal.close()
        if let refused = loop.refusal { throw fail(refused, code: 77) }
    }
}
