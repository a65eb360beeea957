import Foundation
import JourneyCore
import Testing

/// Issue 25, findings 1–4: what other accounts on a shared host could do to
/// a dot vote, each tried as real accounts (jtbob, jtcarol, jtdave) against
/// the facilitator's editor, run by the user running the tests.
@Suite(.serialized, .enabled(if: OtherAccount.isAvailable && Tmux.isAvailable, "needs root, setpriv, useradd and tmux"))
struct VotingTrustTests {
    init() throws {
        for name in ["jtbob", "jtcarol", "jtdave"] { try OtherAccount.ensure(name) }
    }

    var votes: String { ".map.json.votes" }

    /// A room in a folder everyone may make files in, sticky as /tmp is.
    func sharedRoom() throws -> VotingRoom {
        let room = try VotingRoom()
        chmod(room.scratch.path, 0o1777)
        return room
    }

    /// Finding 1: dave stuffed ballots under names not his, read bob's before
    /// the reveal, and pre-claimed carol's name.
    @Test func aBallotCountsOnlyForTheAccountThatOwnsItsNameAndNobodyReadsAnothers() throws {
        let room = try sharedRoom()
        try room.openEditor()
        try room.command("vote start budget 2 per 1")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        let bob = try room.join(account: "jtbob")
        try bob.waitFor("2 of 2 left")
        try bob.send("+", "Enter")
        try bob.waitFor("submitted 1 dot")
        try room.waitForStatus("bob's ballot") { $0.contains("vote 1 voter 1 dot") }

        for name in ["jtcarol", "p1"] {
            let claimed = try OtherAccount.run("jtdave", in: room.scratch.path, "exec \"$0\" vote map.json --as \"$1\"", name)
            #expect(claimed.status != 0 && claimed.stderr.contains("you vote as your login name, jtdave"), "\(claimed.stderr)")
        }
        let forged = try OtherAccount.run("jtdave", in: room.scratch.path, "printf '{}' > \"$1\"",
                                          votes + "/" + ParticipantName.fileName("jtcarol"))
        #expect(forged.status != 0, "dave wrote a ballot file in the voting folder")
        let peek = try OtherAccount.run("jtdave", in: room.scratch.path, "cat \"$1\"/ballot-*.json; ls \"$1\"", votes)
        #expect(peek.status != 0 && !peek.stdout.contains("dots"), "dave read: \(peek.stdout)")
        try room.waitForStatus("no ballot added") { $0.contains("vote 1 voter 1 dot") }

        let carol = try room.join(account: "jtcarol")
        try carol.waitFor("a fresh ballot") { $0.contains("2 of 2 left") && !$0.contains("your ballot is back") }
        try carol.send("+", "Enter")
        try carol.waitFor("submitted 1 dot")
        try room.waitForStatus("carol's ballot") { $0.contains("vote 2 voters 2 dots") }
        try room.command("vote reveal")
        try room.editor?.waitFor("revealed: 2 dots from 2 participants")
    }

    /// Finding 2: a round.json and a ballot planted beside the map were taken up as an open round.
    @Test func aRoundPlantedByAnotherAccountIsNeverTakenUp() throws {
        let room = try sharedRoom()
        let map = try MapStore.load(path: room.map)
        let item = try #require(map.stages.flatMap(\.touchpoints).flatMap(\.painPoints).first).id
        let round = #"{"format":"journey-vote-round","version":1,"id":"round-planted","opened":"2026-01-01T00:00:00Z","budget":99,"perItem":99,"kinds":["painPoints"],"items":[{"id":"\#(item)","kind":"painPoints","stage":"","touchpoint":"","text":"x"}]}"#
        let ballot = #"{"format":"journey-ballot","version":1,"participant":"p1","round":"round-planted","dots":{"\#(item)":99}}"#
        let planted = try OtherAccount.run("jtdave", in: room.scratch.path,
                                           "mkdir -m 755 \"$1\" && printf '%s' \"$2\" > \"$1\"/round.json && printf '%s' \"$3\" > \"$1\"/\"$4\"",
                                           votes, round, ballot, ParticipantName.fileName("p1"))
        #expect(planted.status == 0, "\(planted.stderr)")

        let editor = try room.openEditor()
        try editor.waitFor("the planted round ignored") { $0.contains("is ignored") && $0.contains("jtdave's") }
        #expect(!(try editor.screen().contains("vote 1 voter")))
        try room.command("vote")
        try room.waitForStatus("no round") { $0.contains("no voting round") }
        try room.command("vote start")
        try editor.waitFor("the folder in the way") { $0.contains("is in the way") && $0.contains("jtdave's") }
        try room.command("wq")
        try editor.waitFor("EXIT-0")
        #expect(try MapStore.load(path: room.map).votingRounds.isEmpty)
    }

    /// Finding 3: a voting folder made in advance by dave was used, and dave replaced bob's ballot in it.
    @Test func aVotingFolderMadeInAdvanceByAnotherAccountIsRefused() throws {
        let room = try sharedRoom()
        let made = try OtherAccount.run("jtdave", in: room.scratch.path, "mkdir -m 777 \"$1\"", votes)
        #expect(made.status == 0, "\(made.stderr)")
        let editor = try room.openEditor()
        try room.command("vote start budget 2 per 1")
        try editor.waitFor("the folder in the way") { $0.contains("is in the way") && $0.contains("jtdave's") }
        try room.command("vote")
        try room.waitForStatus("no round") { $0.contains("no voting round") }

        // Once dave's folder is gone, the editor makes its own, which nobody else may write in.
        _ = try OtherAccount.run("jtdave", in: room.scratch.path, "rmdir \"$1\"", votes)
        try room.command("vote start budget 2 per 1")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        var info = stat()
        lstat(room.scratch.file(votes), &info)
        #expect(info.st_uid == getuid() && info.st_mode & 0o7777 == 0o711, "\(String(info.st_mode & 0o7777, radix: 8))")
        let bob = try room.join(account: "jtbob")
        try bob.waitFor("2 of 2 left")
        try bob.send("+", "Enter")
        try bob.waitFor("submitted 1 dot")
        try room.waitForStatus("bob's ballot") { $0.contains("vote 1 voter 1 dot") }
        let replaced = try OtherAccount.run("jtdave", in: room.scratch.path,
                                            "printf '{}' > \"$1\"/x && mv -f \"$1\"/x \"$1\"/\"$2\"", votes, ParticipantName.fileName("jtbob"))
        #expect(replaced.status != 0, "dave replaced bob's ballot")
        try room.command("vote reveal")
        try editor.waitFor("revealed: 1 dot from 1 participant")
        try room.command("vote end")
        // Typed together, the two lines would arrive as one burst, which the editor takes as a paste.
        try room.waitForStatus("the round closed") { !$0.contains("vote ") }
        try room.command("wq")
        try editor.waitFor("EXIT-0")
        #expect(try MapStore.load(path: room.map).votingRounds.first?.ballots["jtbob"]?.values.reduce(0, +) == 1)
    }

    /// Finding 4: four 65 MB ballots read on the editor's loop held up every key for half a minute.
    @Test func hugeOrSilentRequestsHoldUpNeitherTheEditorNorOtherVoters() throws {
        let room = try sharedRoom()
        let editor = try room.openEditor()
        try room.command("vote start budget 2 per 1")
        try room.waitForStatus("the round") { $0.contains("vote 0 voters 0 dots") }
        let huge = try OtherAccount.run("jtdave", in: room.scratch.path, "head -c 68157440 /dev/zero > \"$1\"/ballot-70.json", votes)
        #expect(huge.status != 0, "dave wrote 65 MB into the voting folder")

        // Four clients pour 65 MB each into the socket and one says nothing at all, while bob votes and the facilitator types.
        let socket = room.scratch.file(votes + "/vote.sock")
        let silent = try #require(RawVoteClient(socket))
        let sent = Gathered()
        let pouring = DispatchGroup()
        for _ in 0..<4 {
            DispatchQueue.global().async(group: pouring) {
                guard let client = RawVoteClient(socket) else { return }
                sent.add(client.pour(65 << 20))
            }
        }
        let bob = try room.join(account: "jtbob")
        try bob.waitFor("2 of 2 left")
        try bob.send("+", "Enter")
        try bob.waitFor("submitted 1 dot")
        try room.waitForStatus("bob's ballot") { $0.contains("vote 1 voter 1 dot") }
        // The ballot is said first; the state asked for after it stays on the status line.
        try room.command("vote")
        try editor.waitFor("the editor answering") { $0.contains("1 ballot (jtbob)") }
        #expect(pouring.wait(timeout: .now() + 30) == .success, "the pouring clients were let go")
        #expect(sent.values.count == 4 && sent.values.allSatisfy { $0 < 16 << 20 }, "the server stopped reading early: \(sent.values)")
        #expect(silent.waitForEnd(watchdog: 30), "a client that says nothing is let go")
        try room.command("vote reveal")
        try editor.waitFor("revealed: 1 dot from 1 participant")
    }
}

/// A client of `vote.sock` that does what no journey does: pours bytes, or says nothing.
final class RawVoteClient {
    let fd: Int32

    init?(_ path: String) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
    }

    deinit { close(fd) }

    /// Sends up to `count` bytes; how many went before the server stopped taking them.
    func pour(_ count: Int) -> Int {
        let chunk = [UInt8](repeating: UInt8(ascii: "["), count: 1 << 16)
        var done = 0
        while done < count {
            let n = chunk.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { break }
            done += n
        }
        return done
    }

    /// Whether the server closes the connection within `watchdog` seconds.
    func waitForEnd(watchdog: Int32) -> Bool {
        var byte: UInt8 = 0
        var timeout = timeval(tv_sec: Int(watchdog), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while true {
            let n = recv(fd, &byte, 1, 0)
            if n == 0 || (n < 0 && errno == ECONNRESET) { return true }
            if n < 0 { return false }
        }
    }
}

/// Counts gathered from concurrent clients.
final class Gathered: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: [Int] = []
    func add(_ value: Int) { lock.withLock { kept.append(value) } }
    var values: [Int] { lock.withLock { kept } }
}
