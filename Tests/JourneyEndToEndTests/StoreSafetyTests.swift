import Foundation
import JourneyCore
import Testing

/// The store's promises through the real binary: links, owners, modes, the
/// umask, read-only files, saved edits never replayed twice, odd paths.
@Suite(.serialized) struct StoreSafetyTests {
    func mode(_ path: String) -> mode_t {
        var info = stat()
        lstat(path, &info)
        return info.st_mode
    }

    func owner(_ path: String) -> (uid_t, gid_t) {
        var info = stat()
        stat(path, &info)
        return (info.st_uid, info.st_gid)
    }

    func journals(in folder: String, of name: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasPrefix("." + name + ".journal") }.sorted()
    }

    func edit(_ path: String) throws -> Tmux {
        let tmux = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(path)'")
        try tmux.waitFor("Search ad")
        return tmux
    }

    /// The repro from issue 9: a journal put back after the save that
    /// contained its edits must not add them a second time.
    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aJournalFromBeforeASaveDoesNotReplayItsEditsAgain() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("m.json")
        _ = try Binary.run(["new", path])
        let tmux = try edit(path)
        try tmux.send("o")
        try tmux.type("New step\n")
        try tmux.waitFor("New step")
        let copies = journals(in: scratch.path, of: "m.json")
        #expect(copies.count == 1)
        let saved = copies.map { (name: $0, bytes: FileManager.default.contents(atPath: scratch.file($0))!) }
        try tmux.send("C-s")
        try tmux.waitFor("saved /")
        try tmux.send("q")
        _ = try? tmux.waitFor("the editor to be gone") { !$0.contains("Search ad") }  // the server ends with it
        for copy in saved { _ = FileManager.default.createFile(atPath: scratch.file(copy.name), contents: copy.bytes) }
        let recovered = try Binary.run(["recover", path])
        #expect(recovered.status == 0, "\(recovered.stderr)")
        let shown = try Binary.run(["show", path])
        #expect(shown.status == 0, "\(shown.stderr)")
        let names = try MapStore.load(path: path).stages.flatMap(\.touchpoints).map(\.name)
        #expect(names.filter { $0 == "New step" }.count == 1)
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func savingThroughASymlinkSavesTheRealFileAndKeepsTheLink() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let real = scratch.file("real.json")
        let link = scratch.file("link.json")
        _ = try Binary.run(["new", real])
        symlink("real.json", link)
        let tmux = try edit(link)
        try tmux.retitle("Through the link")
        try tmux.send("C-s")
        try tmux.waitFor("saved ")
        #expect(mode(link) & S_IFMT == S_IFLNK, "the link stays a link")
        #expect(try MapStore.load(path: real).title == "Through the link")
        // The same map by its real name is the same lock.
        let second = try Tmux(width: 100, height: 30, command: "'\(Binary.journey)' '\(real)'")
        try second.waitFor("Open elsewhere")
    }

    @Test func newFilesFollowTheUmask() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("private.json")
        let made = try Spawn.run("/bin/sh", ["-c", "umask 077 && exec \"$0\" new \"$1\"", Binary.journey, path],
                                 environment: ProcessInfo.processInfo.environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(mode(path) & 0o777 == 0o600)
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aReadOnlyMapIsNotOverwrittenWithoutAsking() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("frozen.json")
        _ = try Binary.run(["new", path])
        chmod(path, 0o444)
        let before = FileManager.default.contents(atPath: path)
        let tmux = try edit(path)
        try tmux.retitle("Changed")
        try tmux.send("C-s")
        try tmux.waitFor("is read-only")
        #expect(FileManager.default.contents(atPath: path) == before, "the file is unchanged until the user says so")
        try tmux.send("y")  // write anyway, as vim's :w!
        try tmux.waitFor("saved ")
        #expect(try MapStore.load(path: path).title == "Changed")
        #expect(mode(path) & 0o777 == 0o444, "the mode is kept")
    }

    @Test(.enabled(if: Tmux.isAvailable && getuid() == 0, "needs tmux and root, to save another user's file"))
    func rootSavingAnotherUsersMapKeepsItsOwnerGroupAndMode() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("theirs.json")
        _ = try Binary.run(["new", path])
        let nobody = getpwnam("nobody")!.pointee
        chown(path, nobody.pw_uid, nobody.pw_gid)
        chmod(path, 0o640)
        let tmux = try edit(path)
        try tmux.retitle("Root was here")
        try tmux.send("C-s")
        try tmux.waitFor("saved ")
        #expect(try MapStore.load(path: path).title == "Root was here")
        let (uid, gid) = owner(path)
        #expect(uid == nobody.pw_uid && gid == nobody.pw_gid)
        #expect(mode(path) & 0o777 == 0o640)
    }

    @Test func aFolderIsNamedAsAFolder() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let shown = try Binary.run(["show", scratch.path])
        #expect(shown.status == 66)
        #expect(shown.stderr.contains("is a folder"), "\(shown.stderr)")
        #expect(!shown.stderr.contains("permissions"))
    }

    @Test func aByteOrderMarkIsSkippedAndUTF16IsRefusedByName() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("m.json")
        _ = try Binary.run(["new", path])
        let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
        let bom = scratch.file("bom.json")
        _ = FileManager.default.createFile(atPath: bom, contents: Data([0xEF, 0xBB, 0xBF] + bytes))
        let shownBOM = try Binary.run(["show", bom])
        #expect(shownBOM.status == 0, "\(shownBOM.stderr)")
        let utf16 = scratch.file("utf16.json")
        let text = String(decoding: bytes, as: UTF8.self)
        _ = FileManager.default.createFile(atPath: utf16, contents: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!)
        let shown16 = try Binary.run(["show", utf16])
        #expect(shown16.status == 65)
        #expect(shown16.stderr.contains("UTF-16"), "\(shown16.stderr)")
    }

    @Test func editingStandardInputMakesNoLockInDev() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("m.json")
        _ = try Binary.run(["new", path])
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? [])
        let result = try Spawn.run("/bin/sh", ["-c", "exec \"$0\" edit /dev/stdin < \"$1\"", Binary.journey, path],
                                   environment: ProcessInfo.processInfo.environment)
        #expect(result.status != 0)
        let after = Set((try? FileManager.default.contentsOfDirectory(atPath: "/dev")) ?? [])
        let made = after.subtracting(before).filter { $0.contains("stdin") }
        #expect(made.isEmpty, "made \(made) in /dev")
        for name in made { unlink("/dev/" + name) }
    }

    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func editingATerminalIsRefusedWithoutReadingIt() throws {
        let tmux = try Tmux(width: 120, height: 10, command: "'\(Binary.journey)' edit /dev/stdin; echo exited-$?; sleep 60")
        let screen = try tmux.waitFor("exited-")
        #expect(screen.contains("not a regular file") && screen.contains("exited-66"), "\(screen)")
    }
}
