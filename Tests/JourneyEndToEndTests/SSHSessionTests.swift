import Foundation
import Testing

/// journey over a real SSH login (OpenSSH's sshd on loopback, `ssh -tt`),
/// seen through tmux as the remote user sees it.
@Suite(.serialized, .enabled(if: Tmux.isAvailable && SSHServer.isAvailable,
                             "needs tmux and Debian's openssh-server, whose sshd the test starts on loopback (.ci/run installs both)"))
struct SSHSessionTests {
    /// A tmux window whose program is `command` run on the far side of an SSH login, in `folder`.
    static func remote(_ server: SSHServer, in folder: String, width: Int = 100, height: Int = 30,
                       _ command: String) throws -> Tmux {
        let far = "cd \(SSHServer.quoted(folder)) && LANG=C.UTF-8 exec \(command)"
        return try Tmux(width: width, height: height,
                        command: "env PS1='$ ' bash --norc --noprofile -c \(SSHServer.quoted(server.login(running: far) + "; echo SSH-EXIT-$?; sleep 600"))")
    }

    @Test func editSaveAndQuitOverSSH() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        let scratch = Scratch()
        defer { scratch.remove() }
        let tmux = try Self.remote(server, in: scratch.path, "'\(Binary.journey)' edit remote.json")
        // A login on a loaded machine (the other suites run beside this one) can take seconds.
        try tmux.waitFor("[new file]", timeout: 30)
        try tmux.send("R", "C-u")
        try tmux.type("Typed over SSH\n")
        try tmux.waitFor(" Typed over SSH ")
        try tmux.resize(width: 80, height: 24)
        // The window change travels the link with the keys: the status line moves to the 24th row.
        try tmux.waitFor("the status line on the 24th row") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 24 && rows[23].contains("GRID")
        }
        try tmux.send("C-s")
        try tmux.waitFor("saved remote.json")
        try tmux.send("q")
        try tmux.waitFor("SSH-EXIT-0")
        let saved = try String(contentsOfFile: scratch.file("remote.json"), encoding: .utf8)
        #expect(saved.contains("Typed over SSH"))
    }

    /// The link drops mid-edit (the client is killed): the edit is in the
    /// journal, and the next session offers it back.
    @Test func aDroppedLinkKeepsTheEditForTheNextSession() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        let scratch = Scratch()
        defer { scratch.remove() }
        let name = "dropped-\(UUID().uuidString.prefix(8)).json"
        let tmux = try Self.remote(server, in: scratch.path, "'\(Binary.journey)' edit \(name)")
        try tmux.waitFor("[new file]", timeout: 30)
        try tmux.send("R", "C-u")
        try tmux.type("Before the drop\n")
        try tmux.waitFor("── Before the drop")
        // The ssh client's command line names the port; journey's, on the far side, only the file.
        _ = try Spawn.run("/usr/bin/pkill", ["-KILL", "-f", "ssh -tt -p \(server.port) .*\(name)"], environment: [:])
        try tmux.waitFor("SSH-EXIT-")
        // sshd hangs up on journey, which keeps its journal and ends.
        func editorRuns() throws -> Bool {
            try Spawn.run("/usr/bin/pgrep", ["-x", "-f", "\(Binary.journey) edit \(name)"], environment: [:]).status == 0
        }
        let deadline = Date().addingTimeInterval(10)
        while try editorRuns(), Date() < deadline { usleep(50_000) }
        #expect(try !editorRuns(), "journey ended when its link dropped")
        let again = try Self.remote(server, in: scratch.path, "'\(Binary.journey)' edit \(name)")
        try again.waitFor("Unsaved edits found (1)", timeout: 30)
        try again.send("r")
        try again.waitFor("── Before the drop")
        try again.send("C-s")
        try again.waitFor("saved \(name)")
        try again.send("q")
        try again.waitFor("SSH-EXIT-0")
    }

    @Test func watchOverSSHFollowsTheEditor() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        try WatchScenarios.editsAppear { path in server.journey("watch \(SSHServer.quoted(path))") }
    }

    @Test func watchOverSSHSurvivesTheEditorKilledAndRestarted() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        try WatchScenarios.killedAndRestarted { path in server.journey("watch \(SSHServer.quoted(path))") }
    }

    /// Three participants log in and vote in `journey vote`; the facilitator reveals.
    @Test func threeParticipantsVoteOverSSH() throws {
        let server = try SSHServer.start()
        defer { server.stop() }
        let room = try VotingRoom { command in server.login(running: "LANG=C.UTF-8 bash -c \(SSHServer.quoted(command))") }
        try room.openEditor()
        try room.command("vote start pain budget 3 per 2")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        for (name, keys) in [("Ana", ["+", "+", "j", "+"]), ("Bo", ["+", "j", "+"]), ("Chen", ["j", "j", "+", "+", "j", "+"])] {
            let voter = try room.join(name)
            try voter.waitFor("3 of 3 left")
            try voter.tmux(["send-keys", "-t", voter.session] + keys + ["Enter"])
            try voter.waitFor("submitted")
        }
        try room.waitForStatus("three ballots") { $0.contains("vote 3 voters 8 dots") }
        try room.command("vote reveal")
        try room.editor?.waitFor("the ranked insights") {
            $0.contains("sort: votes, highest first") && $0.contains("revealed: 8 dots from 3 participants")
        }
        for voter in room.voters.values { try voter.waitFor("revealed") }
    }
}
