import Foundation
import JourneyCore
import Testing

/// Store cases that root would hide: run as `nobody` through setpriv, who
/// may not write where root may, and whose umask and files are its own.
@Suite(.serialized, .enabled(if: SecondUser.isAvailable, "needs root, setpriv and a user nobody to act as a second user"))
struct SecondUserTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    @Test func newFollowsTheUmaskOfTheUserWhoRunsIt() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        chmod(scratch.path, 0o777)
        let path = scratch.file("theirs.json")
        let made = try SecondUser.run("umask 027 && exec \"$0\" new \"$1\"", path)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(mode(path) == 0o640)
        var info = stat()
        stat(path, &info)
        #expect(info.st_uid == SecondUser.uid)
    }

    /// Issue 25, finding 14: another account's link at report.html in a
    /// sticky folder made `journey export -o report.html` overwrite what it
    /// points to; `import -o --force` and `new` likewise. journey reads links
    /// itself, so the kernel's protected_symlinks (off here, as on many hosts) cannot help.
    @Test func anotherAccountsLinkInAStickyFolderIsNotFollowed() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let shared = scratch.file("shared"), mine = scratch.file("mine")
        mkdir(shared, 0o755)
        chmod(shared, 0o1777)
        mkdir(mine, 0o700)
        let notes = scratch.write("mine/notes.txt", "my notes\n")
        let diagram = scratch.write("mine/flow.mmd", "journey\n  section S\n    T: 5: Me\n")
        let planted = try SecondUser.run("ln -s '\(notes)' \"$1/report.html\" && ln -s '\(notes)' \"$1/map.json\" "
                                         + "&& ln -s '\(mine)/new.json' \"$1/new.json\"", shared)
        #expect(planted.status == 0, "\(planted.stderr)")

        let attempts = [["export", "-o", shared + "/report.html"], ["import", diagram, "-o", shared + "/map.json", "--force"],
                        ["new", shared + "/new.json"]]
        for arguments in attempts {
            let refused = try Binary.run(arguments)
            #expect(refused.status == 73, "\(arguments): \(refused.status) \(refused.stderr)")
            #expect(refused.stderr.contains("a link another account (uid \(SecondUser.uid)) made in a folder anyone may write to"),
                    "\(refused.stderr)")
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes\n")
        #expect(!FileManager.default.fileExists(atPath: mine + "/new.json"))

        // A link of one's own is followed, as the kernel would.
        symlink(mine + "/report.html", shared + "/own.html")
        let own = try Binary.run(["export", "-o", shared + "/own.html"])
        #expect(own.status == 0, "\(own.stderr)")
        #expect(FileManager.default.fileExists(atPath: mine + "/report.html"))
    }

    /// nobody edits, is killed; recovery into a folder nobody cannot write,
    /// or onto a read-only map, changes nothing and keeps the journal.
    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func recoveryThatCannotSaveKeepsTheJournalAndTheMap() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        chmod(scratch.path, 0o777)
        let path = scratch.file("m.json")
        _ = try SecondUser.run("exec \"$0\" new \"$1\"", path)
        let tmux = try Tmux(width: 100, height: 30,
                            command: "exec \(SecondUser.setpriv.joined(separator: " ")) '\(Binary.journey)' '\(path)'")
        try tmux.waitFor("Search ad")
        try tmux.retitle("Recovered title")
        try Editors.kill(of: path)
        _ = try? tmux.waitFor("the editor to be gone", timeout: 5) { !$0.contains("Search ad") }
        let original = FileManager.default.contents(atPath: path)
        let journals = FoundJournal.all(MapPaths(path)).map(\.path)
        #expect(journals.count == 1)

        chmod(scratch.path, 0o755)  // nobody can no longer make files here
        let unwritable = try SecondUser.run("exec \"$0\" recover \"$1\"", path)
        #expect(unwritable.status == 73, "\(unwritable.stderr)")
        #expect(unwritable.stderr.contains("the file on disk is unchanged"))
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(FoundJournal.all(MapPaths(path)).map(\.path) == journals)

        chmod(scratch.path, 0o777)
        chmod(path, 0o444)
        let readOnly = try SecondUser.run("exec \"$0\" recover \"$1\"", path)
        #expect(readOnly.status == 73 && readOnly.stderr.contains("read-only"), "\(readOnly.stderr)")
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(FoundJournal.all(MapPaths(path)).map(\.path) == journals)

        chmod(path, 0o644)
        let recovered = try SecondUser.run("exec \"$0\" recover \"$1\"", path)
        #expect(recovered.status == 0, "\(recovered.stderr)")
        #expect(try MapStore.load(path: path).title == "Recovered title")
        #expect(FoundJournal.all(MapPaths(path)).isEmpty)
        var info = stat()
        stat(path, &info)
        #expect(info.st_uid == SecondUser.uid && mode(path) == 0o644)
    }
}

/// Runs journey as the user nobody.
/// A participant on a shared host is another account: whoever may read the
/// map may vote, under their login name, through the facilitator's journey.
@Suite(.serialized, .enabled(if: SecondUser.isAvailable && Tmux.isAvailable, "needs root, setpriv, a user nobody and tmux"))
struct SecondUserVotingTests {
    @Test func anotherAccountVotesUnderItsLoginNameAndNeverAsSomeoneElse() throws {
        let room = try VotingRoom { command in
            (SecondUser.setpriv + ["/bin/bash", "-c", command]).map(SSHServer.quoted).joined(separator: " ")
        }
        try room.openEditor()
        try room.command("vote start budget 2 per 1")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        var info = stat()
        lstat(room.scratch.file(".map.json.votes"), &info)
        #expect(info.st_mode & 0o7777 == 0o711, "the facilitator's, passable to vote.sock: \(String(info.st_mode & 0o7777, radix: 8))")

        let nobody = try room.join("nobody")
        try nobody.waitFor("2 of 2 left")
        try nobody.send("+", "Enter")
        try nobody.waitFor("submitted 1 dot")
        try room.waitForStatus("nobody's ballot") { $0.contains("vote 1 voter 1 dot") }

        // The facilitator enters Ana's ballot; nobody then tries to vote as Ana.
        try room.command("voter Ana")
        // Two command lines in one burst would read as a paste, which never runs commands: one at a time.
        try room.editor?.waitFor("Ana's ballot")
        try room.command("view insights")
        try room.waitForStatus("the insights") { $0.contains("INSIGHTS") }
        try room.editor?.send("+")
        try room.waitForStatus("Ana's dot") { $0.contains("vote 2 voters 2 dots") }
        let impostor = try SecondUser.run("cd \"$1\" && exec \"$0\" vote map.json --as Ana", room.scratch.path)
        #expect(impostor.status == 77 && impostor.stderr.contains("you vote as your login name, nobody, not as Ana"), "\(impostor.stderr)")
        try room.waitForStatus("still two dots") { $0.contains("vote 2 voters 2 dots") }
    }
}

enum SecondUser {
    static let setpriv = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    static var uid: uid_t { getpwnam("nobody")?.pointee.pw_uid ?? 65534 }

    static var isAvailable: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv[0]) && getpwnam("nobody") != nil
            && getgrnam("nogroup") != nil
    }

    /// `script` runs in sh as nobody, with $0 the journey binary and $1 `argument`.
    static func run(_ script: String, _ argument: String) throws -> Spawn.Result {
        try Spawn.run(setpriv[0], Array(setpriv.dropFirst()) + ["/bin/sh", "-c", script, Binary.journey, argument],
                      environment: ProcessInfo.processInfo.environment)
    }
}
