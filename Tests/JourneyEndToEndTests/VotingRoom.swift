import Foundation

/// A dot vote in real terminals: the facilitator's editor in one tmux, each
/// participant's `journey vote` in another, all on one map in a scratch
/// folder. `launch` turns a participant's shell command into what their pane
/// runs, so the same room can put participants behind SSH (`ssh -tt user@host '…'`).
final class VotingRoom {
    let scratch = Scratch()
    let map: String
    let launch: (String) -> String
    private(set) var editor: Tmux?
    private(set) var voters: [String: Tmux] = [:]

    init(launch: @escaping (String) -> String = { $0 }) throws {
        map = scratch.file("map.json")
        self.launch = launch
        let made = try Binary.run(["new", map])
        guard made.status == 0 else { throw Tmux.TmuxError(message: "journey new: \(made.stderr)") }
    }

    deinit { scratch.remove() }

    func shell(_ command: String) -> String {
        "cd '\(scratch.path)' && \(command); echo EXIT-$?; sleep 60"
    }

    /// The facilitator's editor on the map.
    @discardableResult
    func openEditor(width: Int = 120, height: Int = 40) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: shell("'\(Binary.journey)' map.json"))
        try tmux.waitFor("GRID")
        editor = tmux
        return tmux
    }

    /// A participant's `journey vote map.json --as NAME`, once its first screen shows.
    @discardableResult
    func join(_ name: String, width: Int = 80, height: Int = 24) throws -> Tmux {
        try join(name, command: launch(shell("'\(Binary.journey)' vote map.json --as '\(name)'")), width: width, height: height)
    }

    /// The account `name`'s own `journey vote map.json`, as that account, under its login name.
    @discardableResult
    func join(account name: String, width: Int = 80, height: Int = 24) throws -> Tmux {
        try join(name, command: OtherAccount.launch(name, shell("'\(Binary.journey)' vote map.json")), width: width, height: height)
    }

    private func join(_ name: String, command: String, width: Int, height: Int) throws -> Tmux {
        let tmux = try Tmux(width: width, height: height, command: command)
        try tmux.waitFor("Vote: \(name)")
        voters[name] = tmux
        return tmux
    }

    /// Types a `:` command in the editor.
    func command(_ line: String) throws {
        guard let editor else { return }
        try editor.type(":" + line)
        try editor.send("Enter")
    }

    /// The editor's status line, once it satisfies `condition`.
    @discardableResult
    func waitForStatus(_ what: String, _ condition: @escaping (String) -> Bool) throws -> String {
        guard let editor else { return "" }
        return try editor.waitFor(what) { screen in
            condition(String(screen.split(separator: "\n").last ?? ""))
        }
    }
}
