import ArgumentParser
import FoundationEssentials
import JourneyCore

struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git diff and merge maps by ids in this repository: writes .gitattributes and the repository's config.",
        discussion: """
            Adds `PATTERN diff=journey merge=journey` to .gitattributes at the top of the repository, and sets \
            diff.journey.command (git diff), diff.journey.textconv (git log -p, git show), merge.journey.name and \
            merge.journey.driver in the repository's .git/config. They name this journey binary by its full path: \
            run git-setup again after moving it. Running it twice changes nothing.
            """
    )

    @Option(help: "Which files are maps (a .gitattributes pattern).")
    var pattern = "*.journey.json"

    func validate() throws {
        guard !pattern.isEmpty, !pattern.contains(where: { $0 == " " || $0 == "\t" || $0.isNewline }) else {
            throw ValidationError("--pattern must be one .gitattributes pattern without spaces, e.g. '*.journey.json' or 'maps/*.json'")
        }
    }

    func run() throws {
        let top: String
        switch Git.run(["rev-parse", "--show-toplevel"]) {
        case .success(let output): top = output.trimmingNewlines()
        case .failure(let message): throw fail("not in a git repository (\(message)); run it inside the repository that holds your maps", code: 64)
        }
        let journey = ShellWord.quoted(Self.executablePath())
        let settings = [
            ("diff.journey.command", "\(journey) diff"),
            ("diff.journey.textconv", "\(journey) show --plain"),
            ("merge.journey.name", "journey map merge, by ids"),
            ("merge.journey.driver", "\(journey) merge %O %A %B %P"),
        ]
        for (key, value) in settings {
            if case .failure(let message) = Git.run(["config", "--local", key, value]) {
                throw fail("git config \(key) failed: \(message)", code: 73)
            }
            say("git config \(key) \(value)")
        }
        let attributes = top + "/.gitattributes"
        let line = "\(pattern) diff=journey merge=journey"
        let existing = (try? String(contentsOfFile: attributes, encoding: .utf8)) ?? ""
        if existing.split(whereSeparator: \.isNewline).contains(where: { $0 == line }) {
            say("\(attributes) already has: \(line)")
        } else {
            let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + line + "\n"
            try write(Array(text.utf8), to: attributes, replacing: true)
            say("added to \(attributes): \(line)")
        }
        say("commit .gitattributes so that everyone's git knows the maps; each clone runs `journey git-setup` once for its own config")
    }

    /// This binary's full path, so git finds it whatever PATH it runs with.
    static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

/// The git found on PATH, run to its end.
enum Git {
    enum Outcome {
        case success(String)
        case failure(String)
    }

    static func run(_ arguments: [String]) -> Outcome {
        switch ChildProcess.run(["git"] + arguments) {
        case .failure(let error):
            return .failure("cannot run git: \(error.description)")
        case .success(let git) where git.status != 0:
            let message = String(decoding: git.errors, as: UTF8.self).trimmingWhitespace()
            return .failure(message.isEmpty ? "git exited \(git.status)" : message)
        case .success(let git):
            return .success(String(decoding: git.output, as: UTF8.self))
        }
    }
}
