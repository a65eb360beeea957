import Foundation
import JourneyCore
import Testing

/// Issue 25: on a shared host, the map in a folder every account may
/// write (as /tmp), another account plants files beside it. Journey
/// believes only files the kernel says are the map owner's or its own:
/// anything else is ignored with a message, never adopted, never waited on.
@Suite(.serialized, .enabled(if: Accounts.isAvailable, "needs root, setpriv and timeout, to run as two accounts"))
struct SharedHostTests {
    var host: String { ProcessInfo.processInfo.hostName }

    /// Finding 5: the owner's own journal, copied by another account under a
    /// journal's name, names the owner and the owner's editor in its header.
    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aForgedJournalIsNeitherShownNorRecovered() throws {
        let folder = try SharedFolder()
        defer { folder.remove() }
        let editor = try folder.ownersEditor()
        try editor.retitle("Forged title")
        try Editors.kill(of: folder.map)
        let genuine = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .first { $0.hasPrefix(".map.json.journal-") })
        let template = folder.file("template")
        try FileManager.default.moveItem(atPath: folder.file(genuine), toPath: template)
        chmod(template, 0o644)
        try folder.plant(".map.json.journal-forged", "cp \"$2\" \"$1\"", template)
        unlink(template)

        let update = try #require(LiveMap(folder.map).poll())
        #expect(update.map?.title != "Forged title", "the watcher showed the forged edit")
        #expect(update.notes.contains { $0.contains(".map.json.journal-forged is ignored") }, "\(update.notes)")

        let recovered = try Accounts.run(Accounts.owner, "exec \"$0\" recover \"$1\"", [folder.map])
        #expect(!recovered.hung && recovered.result.status == 0, "\(recovered.result.stderr)")
        #expect(recovered.result.stderr.contains(".map.json.journal-forged is ignored"), "\(recovered.result.stderr)")
        #expect(try MapStore.load(path: folder.map).title != "Forged title", "the forged edit was recovered as the owner's")
        #expect(FileManager.default.fileExists(atPath: folder.file(".map.json.journal-forged")), "another account's file is left alone")
    }

    /// Finding 6: a lead another account planted, naming pid 1 (which always
    /// runs) and a timer of 99999999999 s, steers no watcher, and the owner still leads.
    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aPlantedLeadNeitherSteersWatchersNorStopsTheOwnerLeading() throws {
        let folder = try SharedFolder()
        defer { folder.remove() }
        let lead = "{\"format\":\"journey-lead\",\"version\":1,\"screen\":\"insights\",\"pid\":1,\"host\":\"\(host)\","
            + "\"session\":\"planted\",\"timer\":{\"until\":99999999999}}\n"
        try folder.plant(".map.json.lead", text: lead)
        try folder.plant(".map.json.lead-planted", text: lead)
        let live = LiveMap(folder.map)
        #expect(try #require(live.poll()).lead == nil, "a watcher followed a planted lead")

        let editor = try folder.ownersEditor()
        try editor.type(":lead\n")
        try editor.waitFor("[leading]")
        var followed: LeadPosition?
        let deadline = Date().addingTimeInterval(10)
        while followed == nil && Date() < deadline {
            followed = live.poll()?.lead
            usleep(20_000)
        }
        #expect(followed != nil && followed?.pid != 1, "the watcher does not follow the owner's lead")
    }

    /// Finding 7: a FIFO at the lock's name (opened without O_NONBLOCK, a
    /// read waited for a writer for ever).
    @Test(.enabled(if: Tmux.isAvailable, "needs tmux"))
    func aFIFOAtTheLockHangsNeitherEditNorWatchNorRecover() throws {
        let folder = try SharedFolder()
        defer { folder.remove() }
        try folder.plant(".map.json.lock", "mkfifo \"$1\"")
        let recovered = try Accounts.run(Accounts.owner, "exec \"$0\" recover \"$1\"", [folder.map])
        #expect(!recovered.hung && recovered.result.status == 0, "\(recovered.result.stderr)")
        #expect(recovered.result.stderr.contains(".map.json.lock is ignored: it is not a regular file"), "\(recovered.result.stderr)")
        let watched = try Accounts.run(Accounts.owner, "exec \"$0\" watch \"$1\" < /dev/null", [folder.map])
        #expect(!watched.hung && watched.result.stderr.contains("needs a terminal"), "\(watched.result.stderr)")
        let editor = try folder.ownersEditor()
        try editor.waitFor("is ignored")
    }

    /// Finding 8: a journal line of 32 MB without a newline was searched again
    /// at every 64 KB read (quadratic: minutes); now each byte is looked at once.
    @Test func aLongLineWithoutANewlineIsReadInOnePass() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        _ = FileManager.default.createFile(atPath: scratch.file(".map.json.journal-long"), contents: Data(repeating: 0x78, count: 32 << 20))
        let start = Date()
        let recovered = try Spawn.run("/usr/bin/timeout", ["-s", "KILL", "60", Binary.journey, "recover", path],
                                      environment: ProcessInfo.processInfo.environment)
        #expect(recovered.status != 124 && recovered.status != 128 + SIGKILL, "recover hung on a long line")
        print("recover of a 32 MB line: exit \(recovered.status) in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
    }

    /// Finding 9: a journal of half a million damaged records is counted,
    /// and a few of them named: the message was every one of them.
    @Test func damagedRecordsAreCountedAndAFewNamed() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let path = scratch.file("map.json")
        _ = try Binary.run(["new", path])
        _ = FileManager.default.createFile(atPath: scratch.file(".map.json.journal-damaged"),
                                           contents: Data(String(repeating: "x\n", count: 1 << 19).utf8))
        let recovered = try Binary.run(["recover", path])
        #expect(recovered.status == 65, "\(recovered.stderr.prefix(500))")
        #expect(recovered.stderr.utf8.count < 4096, "\(recovered.stderr.utf8.count) bytes of message")
        #expect(recovered.stderr.contains("and \((1 << 19) - 3) more"), "\(recovered.stderr.prefix(500))")
    }
}
